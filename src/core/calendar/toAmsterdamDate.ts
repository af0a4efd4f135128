import type { CalendarDate } from './legalDeadline.ts';
import { parseInstant } from './parseInstant.ts';

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when EU summer time starts or ends. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR_MS;
}

/**
 * The offset of Amsterdam time from UTC at an instant, in hours: +2 in summer time, +1 otherwise.
 * EU rule (Directive 2000/84/EC): summer time runs from the last Sunday of March, 01:00 UTC, to the
 * last Sunday of October, 01:00 UTC. Computed here, not read from the host's time zone data,
 * so every browser and server gives the same answer.
 *
 * @example
 * getAmsterdamOffsetHours(Date.parse('2026-07-01T12:00:00Z')) // 2
 */
export function getAmsterdamOffsetHours(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const isSummerTime = epochMs >= lastSundayAtOneUtc(year, 2) && epochMs < lastSundayAtOneUtc(year, 9);
  return isSummerTime ? 2 : 1;
}

/**
 * The Europe/Amsterdam calendar date of an instant: the day a request counts as received.
 *
 * @example
 * toAmsterdamDate('2026-01-30T23:30:00Z') // '2026-01-31' (00:30 in Amsterdam, winter time)
 * toAmsterdamDate('2026-07-14T22:15:00Z') // '2026-07-15' (00:15 in Amsterdam, summer time)
 */
export function toAmsterdamDate(instant: string | number): CalendarDate {
  const epochMs = typeof instant === 'number' ? instant : parseInstant(instant);
  return new Date(epochMs + getAmsterdamOffsetHours(epochMs) * HOUR_MS).toISOString().slice(0, 10);
}
