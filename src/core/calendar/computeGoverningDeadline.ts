import type { RightLabel } from '../rights/rightLabel.ts';
import { computeLegalDeadline, LegalDeadlineError, type LegalDeadlineOptions } from './computeLegalDeadline.ts';
import type { LegalDeadline } from './legalDeadline.ts';

/**
 * The deadline for answering the requester (GDPR Art. 12(3)) when a mail invokes several rights.
 * Every right of the data subject shares the one-month period, so it governs as soon as one such
 * right is present, even next to a breach report: the 72-hour notification to the Autoriteit
 * Persoonsgegevens is a separate deadline (see `computeBreachNotificationDeadline`), not the answer
 * date. Only a mail that reports a breach and nothing else gets the 72 hours here.
 *
 * @example
 * computeGoverningDeadline('2026-01-30T23:30:00Z', ['access', 'erasure']).kind // 'month-period'
 * computeGoverningDeadline('2026-01-30T23:30:00Z', ['erasure', 'breach_report']).kind // 'month-period'
 * computeGoverningDeadline('2026-01-30T23:30:00Z', ['breach_report']).kind // 'hours'
 */
export function computeGoverningDeadline(
  receivedAt: string,
  rights: readonly RightLabel[],
  options: LegalDeadlineOptions = {},
): LegalDeadline {
  if (rights.length === 0) {
    throw new LegalDeadlineError('No right was given, so there is no deadline to compute. Choose at least one right.');
  }
  const dataSubjectRight = rights.find((right) => right !== 'breach_report');
  return computeLegalDeadline(receivedAt, dataSubjectRight ?? 'breach_report', options);
}
