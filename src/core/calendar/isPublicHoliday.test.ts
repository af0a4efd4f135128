import { isPublicHoliday } from './isPublicHoliday.ts';
import { listDutchPublicHolidays } from './listDutchPublicHolidays.ts';

describe('isPublicHoliday (Algemene termijnenwet, art. 3)', () => {
  it.each([
    ['2026-01-01', "New Year's Day"],
    ['2026-04-06', 'Easter Monday'],
    ['2026-04-27', "King's Day"],
    ['2026-05-05', 'Liberation Day (every year)'],
    ['2027-05-05', 'Liberation Day in a non-lustrum year'],
    ['2026-05-14', 'Ascension Day'],
    ['2026-05-25', 'Whit Monday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-26', 'Boxing Day'],
  ])('counts %s (%s) as a holiday', (date) => {
    expect(isPublicHoliday(date)).toBe(true);
  });

  it("moves King's Day on a Sunday back to 26 April (2025)", () => {
    expect(isPublicHoliday('2025-04-26')).toBe(true);
    expect(isPublicHoliday('2025-04-27')).toBe(false);
  });

  it.each([
    ['2026-04-03', 'Good Friday'],
    ['2026-12-24', 'Christmas Eve'],
    ['2026-04-05', 'Easter Sunday (a Sunday anyway, not a listed holiday)'],
    ['2026-12-31', "New Year's Eve"],
  ])('does not count %s (%s)', (date) => {
    expect(isPublicHoliday(date)).toBe(false);
  });

  it('lists eight holidays a year in date order', () => {
    const dates = listDutchPublicHolidays(2027).map((holiday) => holiday.date);
    expect(dates).toHaveLength(8);
    expect([...dates].sort()).toEqual(dates);
  });
});
