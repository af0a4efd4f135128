import type { PrivacyCase } from '../cases/privacyCase.ts';

/**
 * Checks whether staff may still need to reply on a case, so a screen offers the reply composer:
 * every case not yet closed, and a case closed as refused whose refusal reply has not been recorded
 * as sent, since the requester must still be told the reasons and the right to complain and to go
 * to court (GDPR Art. 12(4)). Other closed cases are done.
 *
 * @example
 * isReplyExpected({ ...privacyCase, status: 'closed', outcome: 'refused', auditTrail: [] }) // true
 * isReplyExpected({ ...privacyCase, status: 'closed', outcome: 'completed' }) // false
 */
export function isReplyExpected(privacyCase: PrivacyCase): boolean {
  if (privacyCase.status !== 'closed') return true;
  return privacyCase.outcome === 'refused' && !isRefusalSent(privacyCase);
}

function isRefusalSent(privacyCase: PrivacyCase): boolean {
  return privacyCase.auditTrail.some((event) => event.type === 'reply_sent' && event.templateId === 'refusal');
}
