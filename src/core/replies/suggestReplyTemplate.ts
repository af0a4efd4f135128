import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import { chooseReplyLanguage } from './chooseReplyLanguage.ts';
import type { ReplyLanguage } from './replyLanguagePack.ts';
import { findTemplateMismatch } from './findTemplateMismatch.ts';
import { findTemplateForRight, type ReplyTemplateId } from './replyTemplateId.ts';

export interface ReplySuggestion {
  templateId: ReplyTemplateId;
  language: ReplyLanguage;
}

/**
 * The reply a handler most likely writes next, from the case's stage (status, outcome and the
 * replies already sent in the audit trail), its rights and its language.
 *
 * The refusal flow: staff write the refusal while the case is still open (it is listed as fitting
 * every case with a right of the requester) and record it before closing the case as `refused`.
 * A case whose outcome is `refused` gets the refusal suggested before anything else, and a case
 * closed as refused without the refusal recorded still needs it (`isReplyExpected` keeps the
 * composer on screen for it).
 *
 * Otherwise: a breach report is thanked first; an unsubscribe is confirmed at once (it is done
 * immediately); a new case is acknowledged (a complaint with its own acknowledgement, a case
 * without an Art. 12(3) answer period never); then the identity check or extension notice while the
 * case waits for them; otherwise the completion reply of the first right not yet answered.
 *
 * @example
 * suggestReplyTemplate({ ...privacyCase, status: 'open', rightsInvoked: ['access'], language: 'nl' })
 * // { templateId: 'acknowledgement', language: 'nl' }
 * suggestReplyTemplate({ ...privacyCase, status: 'closed', outcome: 'refused' }).templateId // 'refusal'
 */
export function suggestReplyTemplate(privacyCase: PrivacyCase): ReplySuggestion {
  return { templateId: suggestTemplateId(privacyCase), language: chooseReplyLanguage(privacyCase.language) };
}

function suggestTemplateId(privacyCase: PrivacyCase): ReplyTemplateId {
  const { rightsInvoked: rights, status, auditTrail } = privacyCase;
  const sent = new Set(auditTrail.flatMap((event) => (event.type === 'reply_sent' ? [event.templateId] : [])));
  const isAcknowledged = sent.has('acknowledgement') || auditTrail.some((event) => event.type === 'acknowledged');
  const completions = rights.filter((right) => right !== 'complaint' && right !== 'breach_report').map(findTemplateForRight);
  const nextCompletion = completions.find((templateId) => !sent.has(templateId)) ?? completions[completions.length - 1];

  if (privacyCase.outcome === 'refused') return 'refusal';
  if (rights.includes('breach_report') && !sent.has('breach_report_reply')) return 'breach_report_reply';
  if (isOnly(rights, 'unsubscribe')) return 'completion_unsubscribe';
  const fits = (templateId: ReplyTemplateId) => findTemplateMismatch(templateId, privacyCase) === undefined;
  if (rights.includes('complaint') && !sent.has('complaint_acknowledgement') && fits('complaint_acknowledgement')) return 'complaint_acknowledgement';
  if (status === 'open' && !isAcknowledged && completions.length > 0 && fits('acknowledgement')) return 'acknowledgement';
  if (status === 'awaiting_identity') return 'identity_check';
  if (status === 'extended' && !sent.has('extension') && fits('extension')) return 'extension';
  return nextCompletion ?? (rights.includes('breach_report') ? 'breach_report_reply' : 'complaint_acknowledgement');
}

function isOnly(rights: readonly RightLabel[], right: RightLabel): boolean {
  return rights.length > 0 && rights.every((invoked) => invoked === right);
}
