import type { LegalDeadline } from './legalDeadline.ts';
import { isDeadlinePassed } from './isDeadlinePassed.ts';

const monthPeriod: LegalDeadline = { kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false };
const breach: LegalDeadline = { kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T10:00:00.000Z' };

describe('isDeadlinePassed', () => {
  it('keeps a month period open until the end of its last day in Amsterdam (22:59 UTC = 23:59 CET)', () => {
    expect(isDeadlinePassed(monthPeriod, '2026-03-02T22:59:00Z')).toBe(false);
  });

  it('passes a month period at midnight Amsterdam time', () => {
    expect(isDeadlinePassed(monthPeriod, '2026-03-02T23:00:00Z')).toBe(true);
  });

  it('passes a breach deadline at its exact instant, not at the end of the day', () => {
    expect(isDeadlinePassed(breach, '2026-03-30T10:00:00Z')).toBe(false);
    expect(isDeadlinePassed(breach, '2026-03-30T10:00:01Z')).toBe(true);
  });
});
