import type { RightLabel } from '../rights/rightLabel.ts';
import { computeLegalDeadline, LegalDeadlineError, type LegalDeadlineOptions } from './computeLegalDeadline.ts';
import type { LegalDeadline } from './legalDeadline.ts';

/**
 * The deadline that governs a request invoking several rights: the earliest one. Every right of
 * the data subject shares the one-month period; a breach report's 72 hours end sooner, so it governs.
 *
 * @example
 * computeGoverningDeadline('2026-01-30T23:30:00Z', ['access', 'erasure']).kind // 'month-period'
 * computeGoverningDeadline('2026-01-30T23:30:00Z', ['erasure', 'breach_report']).kind // 'hours'
 */
export function computeGoverningDeadline(
  receivedAt: string,
  rights: readonly RightLabel[],
  options: LegalDeadlineOptions = {},
): LegalDeadline {
  if (rights.length === 0) {
    throw new LegalDeadlineError('No right was given, so there is no deadline to compute. Choose at least one right.');
  }
  return computeLegalDeadline(receivedAt, rights.includes('breach_report') ? 'breach_report' : rights[0]!, options);
}
