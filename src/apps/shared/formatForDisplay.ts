import type { CalendarDate } from '../../core/calendar/legalDeadline.ts';

/*
 * Display formatting shared by the task pane and the Teams tab. Every date is shown on the
 * Europe/Amsterdam calendar, whatever time zone the reader's computer is in, because the legal
 * deadline is counted on that calendar. Parts are assembled by hand so every browser shows the same.
 */

const DATE_PARTS: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

function partsOf(instant: Date, options: Intl.DateTimeFormatOptions): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = new Intl.DateTimeFormat('en-GB', options).formatToParts(instant);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/**
 * Formats an ISO instant as an Amsterdam date and time.
 *
 * @example
 * formatDisplayDateTime('2026-01-30T23:30:00Z'); // 'Saturday 31 January 2026, 00:30'
 */
export function formatDisplayDateTime(instant: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  const part = partsOf(parsed, { ...DATE_PARTS, timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) for people. The date is a day on the calendar, not an
 * instant, so it is read at noon UTC and no time zone can shift it.
 *
 * @example
 * formatDisplayDate('2026-03-02'); // 'Monday 2 March 2026'
 */
export function formatDisplayDate(date: CalendarDate): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime())) return date;
  const part = partsOf(parsed, { ...DATE_PARTS, timeZone: 'UTC' });
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
