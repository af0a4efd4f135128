import { formatDisplayDate, formatDisplayDateTime } from './formatForDisplay.ts';

describe('formatDisplayDateTime', () => {
  it('shows a late-evening UTC instant on the next Amsterdam day (winter time, +1)', () => {
    expect(formatDisplayDateTime('2026-01-30T23:30:00Z')).toBe('Saturday 31 January 2026, 00:30');
  });

  it('uses summer time (+2) in July', () => {
    expect(formatDisplayDateTime('2026-07-01T12:00:00Z')).toBe('Wednesday 1 July 2026, 14:00');
  });

  it('returns an unreadable instant unchanged instead of "Invalid Date"', () => {
    expect(formatDisplayDateTime('not a date')).toBe('not a date');
  });
});

describe('formatDisplayDate', () => {
  it('shows a calendar date without shifting it to another day', () => {
    expect(formatDisplayDate('2026-03-02')).toBe('Monday 2 March 2026');
  });

  it('returns an unreadable calendar date unchanged', () => {
    expect(formatDisplayDate('2026-13-45')).toBe('2026-13-45');
  });
});
