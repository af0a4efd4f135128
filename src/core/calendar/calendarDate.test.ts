import { addCalendarDays, formatCalendarDate, getDayOfWeek, parseCalendarDate, toDayNumber } from './calendarDate.ts';

describe('calendarDate', () => {
  it('round-trips a date through its parts', () => {
    expect(formatCalendarDate(parseCalendarDate('2028-02-29'))).toBe('2028-02-29');
  });

  it('normalises day 0 to the last day of the previous month', () => {
    expect(formatCalendarDate({ year: 2026, month: 3, day: 0 })).toBe('2026-02-28');
  });

  it('knows the Gregorian leap years: 2000 has 29 February, 2100 does not', () => {
    expect(parseCalendarDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(() => parseCalendarDate('2100-02-29')).toThrow(RangeError);
  });

  it.each(['2026-02-29', '2026-04-31', '2026-00-10', '2026-05-00', '2026-13-01', '2026-1-01', '31-01-2026', ''])('refuses "%s" as not a real date', (value) => {
    expect(() => parseCalendarDate(value)).toThrow(RangeError);
  });

  it('adds days across a month end and a leap day', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts day numbers so that consecutive days differ by one', () => {
    expect(toDayNumber('2026-03-01') - toDayNumber('2026-02-28')).toBe(1);
  });

  it('knows the day of the week (Sunday = 0)', () => {
    expect(getDayOfWeek('2026-11-22')).toBe(0);
    expect(getDayOfWeek('2026-11-28')).toBe(6);
  });

  it('keeps years 0–99 themselves instead of mapping them to 1900–1999', () => {
    expect(formatCalendarDate({ year: 99, month: 12, day: 32 })).toBe('0100-01-01');
    expect(addCalendarDays('0099-01-01', 1)).toBe('0099-01-02');
    expect(toDayNumber('0099-01-01')).toBeLessThan(toDayNumber('1583-01-01'));
  });
});
