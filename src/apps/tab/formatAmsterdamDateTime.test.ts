import { formatAmsterdamDateTime } from './formatAmsterdamDateTime.ts';

describe('formatAmsterdamDateTime', () => {
  it('writes a winter instant one hour ahead of UTC', () => {
    expect(formatAmsterdamDateTime('2026-11-27T10:00:00.000Z')).toBe('2026-11-27 11:00');
  });

  it('writes a summer instant two hours ahead, moving to the next day after 22:00 UTC', () => {
    expect(formatAmsterdamDateTime('2026-07-04T22:30:00.000Z')).toBe('2026-07-05 00:30');
  });

  it('writes midnight as 00:00, not 24:00', () => {
    expect(formatAmsterdamDateTime('2026-01-14T23:00:00Z')).toBe('2026-01-15 00:00');
  });

  it('returns an unreadable instant unchanged', () => {
    expect(formatAmsterdamDateTime('not a date')).toBe('not a date');
  });
});
