import type { CalendarDate } from './legalDeadline.ts';

/** The parts of a calendar date; `month` runs 1–12. */
export interface CalendarDateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Midnight UTC of a date; unlike `Date.UTC`, years 0–99 stay themselves instead of 1900–1999. */
function toEpochMs({ year, month, day }: CalendarDateParts): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/**
 * Writes a calendar date as `YYYY-MM-DD`, normalising overflowing days or months the way
 * `Date.UTC` does (so day 0 is the last day of the previous month).
 *
 * @example
 * formatCalendarDate({ year: 2026, month: 2, day: 29 }) // '2026-03-01'
 */
export function formatCalendarDate(parts: CalendarDateParts): CalendarDate {
  return new Date(toEpochMs(parts)).toISOString().slice(0, 10);
}

/** Days in a month of the Gregorian calendar (`month` 1–12). */
function countDaysInMonth(year: number, month: number): number {
  if (month === 2) {
    const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return isLeapYear ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a `YYYY-MM-DD` date; throws a `RangeError` naming the value when it is not a real date.
 *
 * @example
 * parseCalendarDate('2026-02-28') // { year: 2026, month: 2, day: 28 }
 */
export function parseCalendarDate(date: CalendarDate): CalendarDateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) {
    throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  }
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > countDaysInMonth(parts.year, parts.month)) {
    throw new RangeError(`"${date}" is not a real calendar date.`);
  }
  return parts;
}

/** Days since 1970-01-01 for a calendar date; used to count and compare days. */
export function toDayNumber(date: CalendarDate): number {
  return toEpochMs(parseCalendarDate(date)) / MS_PER_DAY;
}

/**
 * Adds (or with a negative amount, subtracts) calendar days.
 *
 * @example
 * addCalendarDays('2026-02-27', 2) // '2026-03-01'
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  return formatCalendarDate({ year, month, day: day + days });
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function getDayOfWeek(date: CalendarDate): number {
  return new Date(toEpochMs(parseCalendarDate(date))).getUTCDay();
}
