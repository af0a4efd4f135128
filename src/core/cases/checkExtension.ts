import { toAmsterdamDate } from '../calendar/toAmsterdamDate.ts';
import { CaseTransitionError } from './caseCommand.ts';
import type { PrivacyCase } from './privacyCase.ts';

/**
 * Throws a `CaseTransitionError` unless the case may be extended now (GDPR Art. 12(3)): a month
 * period, not extended before, a reason for the requester, and still inside the first month.
 *
 * @example
 * checkExtension(privacyCase, 'Mail archive of 2019 must be restored first', '2026-12-01T09:00:00.000Z')
 */
export function checkExtension(privacyCase: PrivacyCase, reason: string, at: string): void {
  const { legalDeadline, reference } = privacyCase;
  if (legalDeadline.kind === 'hours') {
    throw new CaseTransitionError(
      'breach_not_extendable',
      `${reference} is a breach report: the 72 hours to notify the Autoriteit Persoonsgegevens cannot be extended (GDPR Art. 33).`,
    );
  }
  if (legalDeadline.extended) {
    throw new CaseTransitionError(
      'already_extended',
      `${reference} was already extended to ${legalDeadline.deadline}; the law allows one extension of two months in total.`,
    );
  }
  if (reason.trim() === '') {
    throw new CaseTransitionError(
      'missing_reason',
      'Give the reason for the extension: the requester must be told why (GDPR Art. 12(3)).',
    );
  }
  if (toAmsterdamDate(at) > legalDeadline.deadline) {
    throw new CaseTransitionError(
      'first_month_passed',
      `${reference} can no longer be extended: the requester had to be told within the first month, which ended on ${legalDeadline.deadline}. Answer now or send a refusal.`,
    );
  }
}
