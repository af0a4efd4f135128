import { formatCalendarDate } from './calendarDate.ts';
import type { CalendarDate } from './legalDeadline.ts';

/**
 * Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, also known as
 * Meeus/Jones/Butcher), from which Easter Monday, Ascension Day and Whit Monday follow.
 *
 * @example
 * computeEasterSunday(2026) // '2026-04-05'
 */
export function computeEasterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`Easter is computed for Gregorian years from 1583, got ${year}.`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCalendarDate({ year, month, day });
}
