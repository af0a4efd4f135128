import { formatCalendarDate, parseCalendarDate } from './calendarDate.ts';
import type { CalendarDate } from './legalDeadline.ts';

/**
 * Adds calendar months as Regulation 1182/71, Art. 3(2)(c) counts them: the period ends on the day
 * with the same date in the last month, or on that month's last day when it has no such date.
 * No rolling to working days here; see `rollToWorkingDay`.
 *
 * @example
 * addCalendarMonths('2026-01-31', 1) // '2026-02-28'
 * addCalendarMonths('2028-01-31', 1) // '2028-02-29' (leap year)
 * addCalendarMonths('2026-03-31', 1) // '2026-04-30'
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) {
    throw new RangeError(`Months must be a whole number, got ${months}.`);
  }
  const { year, month, day } = parseCalendarDate(date);
  // Day 0 of the month after the target month is the target month's last day.
  const lastDayOfTargetMonth = Number(formatCalendarDate({ year, month: month + months + 1, day: 0 }).slice(8));
  return formatCalendarDate({ year, month: month + months, day: Math.min(day, lastDayOfTargetMonth) });
}
