import { getDayOfWeek } from './calendarDate.ts';
import { computeEasterSunday } from './computeEasterSunday.ts';

describe('computeEasterSunday', () => {
  // Published Easter dates, including the earliest (22 March) and latest (25 April) possible.
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter %i on %s', (year, easter) => {
    expect(computeEasterSunday(year)).toBe(easter);
  });

  it('always gives a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const easter = computeEasterSunday(year);
      expect(getDayOfWeek(easter)).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => computeEasterSunday(1500)).toThrow(RangeError);
  });
});
