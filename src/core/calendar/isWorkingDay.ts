import { getDayOfWeek } from './calendarDate.ts';
import { isPublicHoliday } from './isPublicHoliday.ts';
import type { CalendarDate } from './legalDeadline.ts';

/**
 * Whether a legal period may end on this date: not a Saturday, Sunday or Dutch public holiday.
 *
 * @example
 * isWorkingDay('2026-12-24') // true (Christmas Eve)
 * isWorkingDay('2026-12-25') // false
 */
export function isWorkingDay(date: CalendarDate): boolean {
  const dayOfWeek = getDayOfWeek(date);
  return dayOfWeek !== 0 && dayOfWeek !== 6 && !isPublicHoliday(date);
}
