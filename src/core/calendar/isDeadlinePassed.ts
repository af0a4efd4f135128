import type { LegalDeadline } from './legalDeadline.ts';
import { parseInstant } from './parseInstant.ts';
import { toAmsterdamDate } from './toAmsterdamDate.ts';

/**
 * Whether a deadline has passed at `now`. A month period ends at the end of its last day in
 * Amsterdam; a breach notification at its exact instant.
 *
 * @example
 * isDeadlinePassed({ kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false },
 *   '2026-03-02T22:59:00Z') // false (23:59 in Amsterdam)
 */
export function isDeadlinePassed(legalDeadline: LegalDeadline, now: string): boolean {
  if (legalDeadline.kind === 'hours') {
    return parseInstant(now) > parseInstant(legalDeadline.deadlineAt);
  }
  return toAmsterdamDate(now) > legalDeadline.deadline;
}
