import { getDeadlineDate } from './getDeadlineDate.ts';

describe('getDeadlineDate', () => {
  it('gives the deadline day of a month period', () => {
    expect(getDeadlineDate({ kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false })).toBe('2026-03-02');
  });

  it('gives the Amsterdam day of a breach deadline that is already the next day there (summer time)', () => {
    expect(getDeadlineDate({ kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T22:30:00.000Z' })).toBe('2026-03-31');
  });

  it('keeps the same day for a breach deadline in the afternoon', () => {
    expect(getDeadlineDate({ kind: 'hours', receivedOn: '2026-11-27', deadlineAt: '2026-11-30T16:00:00.000Z' })).toBe('2026-11-30');
  });
});
