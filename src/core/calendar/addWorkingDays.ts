import { addCalendarDays } from './calendarDate.ts';
import { isWorkingDay } from './isWorkingDay.ts';
import type { CalendarDate } from './legalDeadline.ts';

/**
 * Moves forward over `workingDays` working days (weekends and Dutch public holidays skipped).
 * Zero returns the date itself, even when that is not a working day.
 *
 * @example
 * addWorkingDays('2026-04-24', 1) // '2026-04-28' (Friday → Tuesday, over King's Day)
 */
export function addWorkingDays(date: CalendarDate, workingDays: number): CalendarDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`Working days must be a whole number of zero or more, got ${workingDays}.`);
  }
  let candidate = date;
  for (let remaining = workingDays; remaining > 0; ) {
    candidate = addCalendarDays(candidate, 1);
    if (isWorkingDay(candidate)) {
      remaining -= 1;
    }
  }
  return candidate;
}
