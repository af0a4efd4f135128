import { addCalendarMonths } from './addCalendarMonths.ts';

describe('addCalendarMonths (Regulation 1182/71, Art. 3(2)(c))', () => {
  it('ends on the same date in the next month', () => {
    expect(addCalendarMonths('2026-03-15', 1)).toBe('2026-04-15');
  });

  it('ends 31 January on 28 February in a common year', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('ends 31 January on 29 February in a leap year', () => {
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('ends 31 March on 30 April', () => {
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('ends a 29 February receipt on 29 March', () => {
    expect(addCalendarMonths('2028-02-29', 1)).toBe('2028-03-29');
  });

  it('crosses the year end', () => {
    expect(addCalendarMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('counts three months from the receipt date, not month by month (30 November + 3 = 28 February)', () => {
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-01-31', 3)).toBe('2026-04-30');
  });

  it('refuses a fractional number of months', () => {
    expect(() => addCalendarMonths('2026-01-31', 1.5)).toThrow(/whole number/);
  });
});
