import { CASE_REFERENCE_PATTERN, formatCaseReference } from './formatCaseReference.ts';

describe('formatCaseReference', () => {
  it('pads the number to four digits', () => {
    expect(formatCaseReference(2026, 7)).toBe('AVG-2026-0007');
  });

  it('keeps numbers beyond 9999 whole', () => {
    expect(formatCaseReference(2026, 12345)).toBe('AVG-2026-12345');
  });

  it('produces references the pattern accepts', () => {
    expect(CASE_REFERENCE_PATTERN.test(formatCaseReference(2027, 1))).toBe(true);
    expect(CASE_REFERENCE_PATTERN.test('AVG-2026-7')).toBe(false);
  });

  it.each([
    [2026, 0],
    [2026, 1.5],
    [26, 1],
  ])('refuses year %d with number %d', (year, number) => {
    expect(() => formatCaseReference(year, number)).toThrow(RangeError);
  });
});
