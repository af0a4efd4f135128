import type { CalendarDate, LegalDeadline } from './legalDeadline.ts';
import { toAmsterdamDate } from './toAmsterdamDate.ts';

/**
 * The Europe/Amsterdam calendar day on which a deadline falls, for lists, sorting and day counts.
 *
 * @example
 * getDeadlineDate({ kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T22:30:00.000Z' })
 * // '2026-03-31' (00:30 in Amsterdam, summer time)
 */
export function getDeadlineDate(legalDeadline: LegalDeadline): CalendarDate {
  return legalDeadline.kind === 'hours' ? toAmsterdamDate(legalDeadline.deadlineAt) : legalDeadline.deadline;
}
