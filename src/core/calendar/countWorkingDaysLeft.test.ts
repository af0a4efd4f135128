import { computeLegalDeadline } from './computeLegalDeadline.ts';
import { countWorkingDaysLeft } from './countWorkingDaysLeft.ts';

describe('countWorkingDaysLeft', () => {
  it('counts working days after today up to the deadline (Thursday → Monday: Friday and Monday)', () => {
    expect(countWorkingDaysLeft('2026-03-02', '2026-02-26T10:00:00Z')).toBe(2);
  });

  it('gives 0 on the deadline day', () => {
    expect(countWorkingDaysLeft('2026-03-02', '2026-03-02T10:00:00Z')).toBe(0);
  });

  it('counts the Monday deadline as the one working day left on a Saturday', () => {
    expect(countWorkingDaysLeft('2026-03-02', '2026-02-28T10:00:00Z')).toBe(1);
  });

  it('skips public holidays (Whit Monday 2026)', () => {
    expect(countWorkingDaysLeft('2026-05-26', '2026-05-22T10:00:00Z')).toBe(1);
  });

  it('counts overdue working days as negative', () => {
    expect(countWorkingDaysLeft('2026-02-27', '2026-03-03T10:00:00Z')).toBe(-2);
  });

  it('accepts a legal deadline', () => {
    expect(countWorkingDaysLeft(computeLegalDeadline('2026-01-31T10:00:00Z', 'access'), '2026-02-26T10:00:00Z')).toBe(2);
  });
});
