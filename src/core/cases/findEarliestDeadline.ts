import { getDeadlineDate } from '../calendar/getDeadlineDate.ts';
import type { LegalDeadline } from '../calendar/legalDeadline.ts';
import type { PrivacyCase } from './privacyCase.ts';

/**
 * The deadline of a case that ends first, for lists, sorting and overdue warnings: the 72-hour
 * breach notification when the case has one and it ends no later than the answer period,
 * otherwise the legal deadline for answering the requester. A breach deadline on the same day
 * as a month period wins, because the month period lasts until the end of that day.
 * Pass the result to `isDeadlinePassed`, `countDaysLeft` or `countWorkingDaysLeft`.
 *
 * @example
 * // breach report + erasure received 24 November 2026, 10:00 UTC
 * findEarliestDeadline(privacyCase) // { kind: 'hours', receivedOn: '2026-11-24', deadlineAt: '2026-11-27T10:00:00.000Z' }
 * isDeadlinePassed(findEarliestDeadline(privacyCase), now)
 */
export function findEarliestDeadline(
  privacyCase: Pick<PrivacyCase, 'legalDeadline' | 'breachNotificationDeadline'>,
): LegalDeadline {
  const { legalDeadline, breachNotificationDeadline } = privacyCase;
  if (breachNotificationDeadline === undefined) return legalDeadline;
  return getDeadlineDate(breachNotificationDeadline) <= getDeadlineDate(legalDeadline) ? breachNotificationDeadline : legalDeadline;
}
