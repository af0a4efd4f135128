import { rollToWorkingDay } from './rollToWorkingDay.ts';

describe('rollToWorkingDay', () => {
  it('keeps a working day', () => {
    expect(rollToWorkingDay('2026-11-24')).toBe('2026-11-24');
  });

  it('rolls a Saturday to Monday', () => {
    expect(rollToWorkingDay('2026-02-28')).toBe('2026-03-02');
  });

  it('rolls Christmas on a Friday over Boxing Day and the weekend to Monday', () => {
    expect(rollToWorkingDay('2026-12-25')).toBe('2026-12-28');
  });

  it('rolls Easter Sunday over Easter Monday to Tuesday', () => {
    expect(rollToWorkingDay('2026-04-05')).toBe('2026-04-07');
  });
});
