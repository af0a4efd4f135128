import { InvalidInstantError, parseInstant } from './parseInstant.ts';

describe('parseInstant', () => {
  it('reads a UTC instant', () => {
    expect(parseInstant('2026-01-30T23:30:00Z')).toBe(Date.UTC(2026, 0, 30, 23, 30));
  });

  it('reads positive and negative offsets, with or without a colon', () => {
    expect(parseInstant('2026-01-31T00:30:00+01:00')).toBe(Date.UTC(2026, 0, 30, 23, 30));
    expect(parseInstant('2026-01-31T00:30:00+0100')).toBe(Date.UTC(2026, 0, 30, 23, 30));
    expect(parseInstant('2026-01-30T18:30-05:00')).toBe(Date.UTC(2026, 0, 30, 23, 30));
  });

  it('keeps milliseconds and ignores digits beyond them', () => {
    expect(parseInstant('2026-01-30T23:30:00.250Z')).toBe(Date.UTC(2026, 0, 30, 23, 30, 0, 250));
    expect(parseInstant('2026-01-30T23:30:00.250999Z')).toBe(Date.UTC(2026, 0, 30, 23, 30, 0, 250));
  });

  it.each([
    ['2026-01-30', 'a date without a time'],
    ['2026-01-30T23:30:00', 'a time without a zone'],
    ['2026-02-30T10:00:00Z', 'a day the month does not have'],
    ['2026-01-30T24:00:00Z', 'hour 24'],
    ['2026-01-30T23:30:60Z', 'second 60'],
    ['yesterday', 'words'],
    [' 2026-01-30T23:30:00Z', 'leading space'],
  ])('refuses "%s" (%s) with an actionable message', (value) => {
    expect(() => parseInstant(value)).toThrow(InvalidInstantError);
    expect(() => parseInstant(value)).toThrow(/e\.g\. 2026-01-30T23:30:00Z/);
  });

  it('rejects an over-long fraction of 100,000 digits', () => {
    expect(() => parseInstant(`2026-01-30T23:30:00.${'9'.repeat(100_000)}`)).toThrow(InvalidInstantError);
  });

  it.each([
    ['0099-01-01T10:00:00Z', 'a two-digit year that Date.UTC would read as 1999'],
    ['0000-01-01T00:00:00Z', 'year zero'],
    ['1000-01-01T00:00:00Z', 'a year before the Gregorian calendar'],
    ['1582-12-31T23:59:59Z', 'the last day before 1583'],
  ])('refuses "%s" (%s), naming the first year it accepts', (value) => {
    expect(() => parseInstant(value)).toThrow(InvalidInstantError);
    expect(() => parseInstant(value)).toThrow(/before 1583.*from 1583 on/);
  });

  it('accepts the first Gregorian year in full, without mapping it to another century', () => {
    expect(new Date(parseInstant('1583-01-01T00:00:00Z')).toISOString()).toBe('1583-01-01T00:00:00.000Z');
  });
});
