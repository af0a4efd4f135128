import { addCalendarDays } from './calendarDate.ts';
import { getDeadlineDate } from './getDeadlineDate.ts';
import { isWorkingDay } from './isWorkingDay.ts';
import type { CalendarDate, LegalDeadline } from './legalDeadline.ts';
import { toAmsterdamDate } from './toAmsterdamDate.ts';

/** Working days after `from` up to and including `to` (`from` < `to`). */
function countWorkingDaysBetween(from: CalendarDate, to: CalendarDate): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    count += isWorkingDay(day) ? 1 : 0;
  }
  return count;
}

/**
 * Working days left after today (Europe/Amsterdam, from the injected `now`) up to and including
 * the deadline day: 0 = due today (or nothing but weekend before it), negative = working days overdue.
 *
 * @example
 * countWorkingDaysLeft('2026-03-02', '2026-02-26T10:00:00Z') // 2 (Friday and Monday)
 */
export function countWorkingDaysLeft(deadline: LegalDeadline | CalendarDate, now: string): number {
  const deadlineDate = typeof deadline === 'string' ? deadline : getDeadlineDate(deadline);
  const today = toAmsterdamDate(now);
  return deadlineDate >= today
    ? countWorkingDaysBetween(today, deadlineDate)
    : -countWorkingDaysBetween(deadlineDate, today);
}
