/**
 * The lawful bases of GDPR Art. 6(1)(a)–(f), in that order. A profile names one per processing
 * purpose; each reply language words them (`legalBasisNames` in the reply templates).
 */
export const LEGAL_BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'] as const;

export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * Checks that a value names a lawful basis of Art. 6(1).
 *
 * @example
 * isLegalBasis('contract') // true
 * isLegalBasis('gerechtvaardigd_belang') // false
 */
export function isLegalBasis(value: unknown): value is LegalBasis {
  return typeof value === 'string' && (LEGAL_BASES as readonly string[]).includes(value);
}
