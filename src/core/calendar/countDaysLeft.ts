import { toDayNumber } from './calendarDate.ts';
import { getDeadlineDate } from './getDeadlineDate.ts';
import type { CalendarDate, LegalDeadline } from './legalDeadline.ts';
import { toAmsterdamDate } from './toAmsterdamDate.ts';

/**
 * Calendar days from today (Europe/Amsterdam, from the injected `now`) to the deadline day:
 * 0 = due today, negative = overdue by that many days.
 *
 * @example
 * countDaysLeft('2026-03-02', '2026-02-27T10:00:00Z') // 3
 * countDaysLeft('2026-03-02', '2026-03-03T10:00:00Z') // -1
 */
export function countDaysLeft(deadline: LegalDeadline | CalendarDate, now: string): number {
  const deadlineDate = typeof deadline === 'string' ? deadline : getDeadlineDate(deadline);
  return toDayNumber(deadlineDate) - toDayNumber(toAmsterdamDate(now));
}
