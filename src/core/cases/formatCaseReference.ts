/** Human case references: `AVG-<year>-<number>`, the number at least four digits. */
export const CASE_REFERENCE_PATTERN = /^AVG-\d{4}-\d{4,9}$/;

/**
 * The human reference of a case, as staff quote it to requesters and the supervisory authority.
 * `number` is the case's sequence number within `year` (see `CaseStore.nextReferenceNumber`).
 *
 * @example
 * formatCaseReference(2026, 7) // 'AVG-2026-0007'
 * formatCaseReference(2026, 12345) // 'AVG-2026-12345'
 */
export function formatCaseReference(year: number, number: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`A case reference needs a four-digit year, got ${year}.`);
  }
  if (!Number.isInteger(number) || number < 1 || number > 999_999_999) {
    throw new RangeError(`A case reference number is a whole number from 1, got ${number}.`);
  }
  return `AVG-${year}-${String(number).padStart(4, '0')}`;
}
