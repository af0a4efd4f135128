import type { PrivacyCase } from './privacyCase.ts';

/**
 * Reads the year and sequence number from a case reference such as `AVG-2026-0007`. Returns
 * undefined for a reference in another shape, so a store can skip it when counting.
 *
 * @example
 * parseReferenceNumber('AVG-2026-0007'); // { year: 2026, sequence: 7 }
 */
export function parseReferenceNumber(reference: string): { year: number; sequence: number } | undefined {
  const parts = reference.split('-');
  if (parts.length < 3) return undefined;
  const year = Number(parts[parts.length - 2]);
  const sequence = Number(parts[parts.length - 1]);
  if (!Number.isInteger(year) || !Number.isInteger(sequence) || sequence < 0) return undefined;
  return { year, sequence };
}

/**
 * The highest sequence number used by `cases` in `year`, or 0 when none.
 *
 * @example
 * highestReferenceNumber([{ reference: 'AVG-2026-0003' }, { reference: 'AVG-2025-0009' }], 2026); // 3
 */
export function highestReferenceNumber(cases: readonly Pick<PrivacyCase, 'reference'>[], year: number): number {
  let highest = 0;
  for (const privacyCase of cases) {
    const parsed = parseReferenceNumber(privacyCase.reference);
    if (parsed !== undefined && parsed.year === year) highest = Math.max(highest, parsed.sequence);
  }
  return highest;
}
