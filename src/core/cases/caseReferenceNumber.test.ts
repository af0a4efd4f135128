import { formatCaseReference } from './formatCaseReference.ts';
import { highestReferenceNumber, parseReferenceNumber } from './caseReferenceNumber.ts';

describe('parseReferenceNumber', () => {
  it('reads back what formatCaseReference wrote', () => {
    expect(parseReferenceNumber(formatCaseReference(2026, 7))).toEqual({ year: 2026, sequence: 7 });
  });

  it('gives undefined for a reference in another shape', () => {
    expect(parseReferenceNumber('AVG-2026')).toBeUndefined();
    expect(parseReferenceNumber('AVG-2026-x')).toBeUndefined();
  });
});

describe('highestReferenceNumber', () => {
  it('counts only the given year and skips references it cannot read', () => {
    const cases = [{ reference: 'AVG-2026-0003' }, { reference: 'AVG-2025-0009' }, { reference: 'odd' }];
    expect(highestReferenceNumber(cases, 2026)).toBe(3);
    expect(highestReferenceNumber(cases, 2027)).toBe(0);
  });
});
