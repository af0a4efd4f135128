import { addCalendarDays, formatCalendarDate, getDayOfWeek } from './calendarDate.ts';
import { computeEasterSunday } from './computeEasterSunday.ts';
import type { CalendarDate } from './legalDeadline.ts';

export interface PublicHoliday {
  date: CalendarDate;
  name: string;
}

/**
 * The public holidays of the Algemene termijnenwet, art. 3, for one year, in date order.
 * Good Friday and Christmas Eve are not among them: they are working days for legal periods.
 *
 * @example
 * listDutchPublicHolidays(2026).map((holiday) => holiday.date)
 * // ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']
 */
export function listDutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = computeEasterSunday(year);
  const kingsDay = formatCalendarDate({ year, month: 4, day: 27 });
  const holidays: PublicHoliday[] = [
    { date: formatCalendarDate({ year, month: 1, day: 1 }), name: "New Year's Day" },
    { date: addCalendarDays(easter, 1), name: 'Easter Monday' },
    // King's Day moves to 26 April when 27 April is a Sunday (art. 3(1)).
    { date: getDayOfWeek(kingsDay) === 0 ? addCalendarDays(kingsDay, -1) : kingsDay, name: "King's Day" },
    { date: formatCalendarDate({ year, month: 5, day: 5 }), name: 'Liberation Day' },
    { date: addCalendarDays(easter, 39), name: 'Ascension Day' },
    { date: addCalendarDays(easter, 50), name: 'Whit Monday' },
    { date: formatCalendarDate({ year, month: 12, day: 25 }), name: 'Christmas Day' },
    { date: formatCalendarDate({ year, month: 12, day: 26 }), name: 'Boxing Day' },
  ];
  return holidays.sort((left, right) => left.date.localeCompare(right.date));
}
