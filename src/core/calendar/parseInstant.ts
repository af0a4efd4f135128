/** Thrown when a value is not an ISO 8601 instant with a time zone, or lies before the Gregorian calendar. */
export class InvalidInstantError extends Error {
  override readonly name = 'InvalidInstantError';
  constructor(
    readonly value: string,
    reason = 'is not an ISO 8601 instant. Give a date, a time and a time zone',
  ) {
    super(`"${value}" ${reason}, e.g. 2026-01-30T23:30:00Z or 2026-01-31T00:30:00+01:00.`);
  }
}

/** Legal periods and holidays are counted on the Gregorian calendar, which began in 1582. */
export const FIRST_GREGORIAN_YEAR = 1583;

// Fixed-width fields and one optional fraction: linear-time, no nested quantifiers.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

/**
 * Reads an ISO 8601 instant (date, time and `Z` or an offset) into milliseconds since the epoch.
 * A date without a time or a time without a zone is refused, because it names no single moment.
 *
 * @example
 * parseInstant('2026-01-30T23:30:00Z') // 1769815800000
 * parseInstant('2026-01-30') // throws InvalidInstantError
 * parseInstant('0099-01-01T10:00:00Z') // throws InvalidInstantError (before 1583)
 */
export function parseInstant(value: string): number {
  const match = INSTANT.exec(value);
  if (match === null) {
    throw new InvalidInstantError(value);
  }
  const field = (index: number): number => Number(match[index] ?? '0');
  const [year, month, day, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  // Also keeps `Date.UTC` away from years 0–99, which it would read as 1900–1999.
  if (year < FIRST_GREGORIAN_YEAR) {
    throw new InvalidInstantError(value, `lies before ${FIRST_GREGORIAN_YEAR}; deadlines are counted on the Gregorian calendar. Give a date from ${FIRST_GREGORIAN_YEAR} on`);
  }
  const offsetMinutes = match[9] === undefined ? 0 : (field(10) * 60 + field(11)) * (match[9] === '-' ? -1 : 1);
  const isInRange = month >= 1 && month <= 12 && hour <= 23 && minute <= 59 && second <= 59;
  const wallClockMs = Date.UTC(year, month - 1, day, hour, minute, second);
  if (!isInRange || day < 1 || new Date(wallClockMs).getUTCDate() !== day || field(10) > 23 || field(11) > 59) {
    throw new InvalidInstantError(value);
  }
  const fractionMs = Math.floor(Number(`0${match[7] ?? ''}`) * 1000);
  return wallClockMs + fractionMs - offsetMinutes * 60_000;
}
