import { addWorkingDays } from './addWorkingDays.ts';

describe('addWorkingDays', () => {
  it('returns the date itself for zero working days', () => {
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it("skips a weekend and King's Day (Friday 24 April 2026 + 1 = Tuesday 28 April)", () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('counts five working days as one week without holidays', () => {
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('refuses a negative or fractional number', () => {
    expect(() => addWorkingDays('2026-11-23', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 0.5)).toThrow(RangeError);
  });
});
