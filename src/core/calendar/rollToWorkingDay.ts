import { addCalendarDays } from './calendarDate.ts';
import { isWorkingDay } from './isWorkingDay.ts';
import type { CalendarDate } from './legalDeadline.ts';

/**
 * The date itself when it is a working day, otherwise the next working day
 * (Regulation 1182/71, Art. 3(4)).
 *
 * @example
 * rollToWorkingDay('2026-02-28') // '2026-03-02' (Saturday → Monday)
 */
export function rollToWorkingDay(date: CalendarDate): CalendarDate {
  let candidate = date;
  // At most a weekend plus adjacent holidays: the loop ends within a few steps.
  while (!isWorkingDay(candidate)) {
    candidate = addCalendarDays(candidate, 1);
  }
  return candidate;
}
