import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { ReplyErrorCode } from './replyError.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';

export interface TemplateMismatch {
  code: ReplyErrorCode;
  message: string;
}

/** Replies about the Art. 12(3) answer period: they need a data-subject right and a month period. */
const ANSWER_PERIOD_TEMPLATES: readonly ReplyTemplateId[] = ['acknowledgement', 'extension', 'complaint_acknowledgement'];

/** Replies that describe the rights invoked, which a breach report on its own is not. */
const RIGHTS_TEMPLATES: readonly ReplyTemplateId[] = ['acknowledgement', 'extension', 'refusal'];

/**
 * Why a template does not fit a case, or `undefined` when it does. A case that only reports a
 * breach has no Art. 12(3) answer period: its legal deadline is the 72-hour notification (Art. 33),
 * so it is never acknowledged with an answer date, extended or refused; it gets the breach report
 * reply. `renderReply` throws this as a `ReplyError`; `listReplyTemplates` marks the template as
 * not relevant.
 *
 * @example
 * findTemplateMismatch('acknowledgement', breachOnlyCase)?.code // 'wrong_template'
 * findTemplateMismatch('breach_report_reply', breachOnlyCase) // undefined
 */
export function findTemplateMismatch(templateId: ReplyTemplateId, privacyCase: PrivacyCase): TemplateMismatch | undefined {
  const { reference, legalDeadline, rightsInvoked } = privacyCase;
  const code: ReplyErrorCode = templateId === 'extension' ? 'extension_not_allowed' : 'wrong_template';
  const hasRightOfDataSubject = rightsInvoked.some((right) => right !== 'breach_report');
  if (RIGHTS_TEMPLATES.includes(templateId) && !hasRightOfDataSubject) {
    return {
      code,
      message: `${reference} only reports a possible personal data breach and invokes no right of the requester, so it gets no ${describe(templateId)}. Send the reply to a breach report instead.`,
    };
  }
  if (ANSWER_PERIOD_TEMPLATES.includes(templateId) && legalDeadline.kind === 'hours') {
    return {
      code,
      message: `${reference} has no one-month answer date (Art. 12(3) GDPR): its legal deadline is the 72-hour breach notification (Art. 33 GDPR), which is never quoted to the requester${templateId === 'extension' ? ' and cannot be extended' : ''}. Send the reply to a breach report instead; if the requester also exercises a right, record that right on the case first.`,
    };
  }
  return undefined;
}

function describe(templateId: ReplyTemplateId): string {
  if (templateId === 'extension') return 'extension notice';
  return templateId === 'refusal' ? 'refusal' : 'acknowledgement with an answer date';
}
