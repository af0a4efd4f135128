import { computeLegalDeadline } from './computeLegalDeadline.ts';
import { countDaysLeft } from './countDaysLeft.ts';

describe('countDaysLeft', () => {
  it('counts calendar days to the deadline day', () => {
    expect(countDaysLeft('2026-03-02', '2026-02-27T10:00:00Z')).toBe(3);
  });

  it('gives 0 on the deadline day itself (due today)', () => {
    expect(countDaysLeft('2026-03-02', '2026-03-02T21:00:00Z')).toBe(0);
  });

  it('goes negative once overdue', () => {
    expect(countDaysLeft('2026-03-02', '2026-03-04T10:00:00Z')).toBe(-2);
  });

  it('judges "today" on the Amsterdam calendar (23:30 UTC is already tomorrow in winter)', () => {
    expect(countDaysLeft('2026-03-02', '2026-02-27T23:30:00Z')).toBe(2);
  });

  it('accepts a legal deadline, including a breach deadline by its Amsterdam day', () => {
    expect(countDaysLeft(computeLegalDeadline('2026-01-30T23:30:00Z', 'access'), '2026-02-02T09:00:00Z')).toBe(28);
    expect(countDaysLeft(computeLegalDeadline('2026-03-27T10:00:00Z', 'breach_report'), '2026-03-27T10:00:00Z')).toBe(3);
  });
});
