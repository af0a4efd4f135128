/**
 * An instant as an Amsterdam wall-clock date and time, `YYYY-MM-DD HH:mm`, the form a spreadsheet
 * reads as a date-time. The 72-hour breach deadline ends at an instant; a manager reads it in the
 * organisation's own time, summer or winter, not in UTC.
 *
 * @example
 * formatAmsterdamDateTime('2026-11-27T10:00:00.000Z') // '2026-11-27 11:00'
 * formatAmsterdamDateTime('2026-07-01T22:30:00.000Z') // '2026-07-02 00:30'
 */
export function formatAmsterdamDateTime(instant: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(parsed);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
