import { isWorkingDay } from './isWorkingDay.ts';

describe('isWorkingDay', () => {
  it('treats Monday to Friday as working days', () => {
    expect(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].every(isWorkingDay)).toBe(true);
  });

  it('excludes Saturday and Sunday', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
  });

  it('excludes a public holiday on a weekday (Ascension Day 2026, a Thursday)', () => {
    expect(isWorkingDay('2026-05-14')).toBe(false);
  });

  it('keeps Good Friday and Christmas Eve as working days', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(true);
  });
});
