import { parseCalendarDate } from './calendarDate.ts';
import type { CalendarDate } from './legalDeadline.ts';
import { listDutchPublicHolidays } from './listDutchPublicHolidays.ts';

// Holidays depend only on the year, so each year is computed once; counting working days over
// hundreds of cases asks for the same few years again and again.
const holidaysByYear = new Map<number, ReadonlySet<CalendarDate>>();

function holidaysOf(year: number): ReadonlySet<CalendarDate> {
  let holidays = holidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = new Set(listDutchPublicHolidays(year).map((holiday) => holiday.date));
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/**
 * Whether a date is a public holiday under the Algemene termijnenwet (Dutch legal periods).
 *
 * @example
 * isPublicHoliday('2026-04-27') // true (King's Day)
 * isPublicHoliday('2026-04-03') // false (Good Friday is a working day)
 */
export function isPublicHoliday(date: CalendarDate): boolean {
  return holidaysOf(parseCalendarDate(date).year).has(date);
}
