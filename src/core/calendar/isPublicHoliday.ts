import { parseCalendarDate } from './calendarDate.ts';
import type { CalendarDate } from './legalDeadline.ts';
import { listDutchPublicHolidays } from './listDutchPublicHolidays.ts';

/**
 * Whether a date is a public holiday under the Algemene termijnenwet (Dutch legal periods).
 *
 * @example
 * isPublicHoliday('2026-04-27') // true (King's Day)
 * isPublicHoliday('2026-04-03') // false (Good Friday is a working day)
 */
export function isPublicHoliday(date: CalendarDate): boolean {
  const { year } = parseCalendarDate(date);
  return listDutchPublicHolidays(year).some((holiday) => holiday.date === date);
}
