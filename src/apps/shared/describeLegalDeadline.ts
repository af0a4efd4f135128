import type { LegalDeadline } from '../../core/calendar/legalDeadline.ts';
import { formatDisplayDate, formatDisplayDateTime } from './formatForDisplay.ts';

/**
 * How the legal deadline reads on screen: a month period ends at the end of a day, a breach
 * notification at an exact time.
 *
 * @example
 * describeLegalDeadline({ kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T10:00:00Z' });
 * // 'Monday 30 March 2026, 12:00 (72 hours, Art. 33)'
 */
export function describeLegalDeadline(legalDeadline: LegalDeadline): string {
  if (legalDeadline.kind === 'hours') return `${formatDisplayDateTime(legalDeadline.deadlineAt)} (72 hours, Art. 33)`;
  return `${formatDisplayDate(legalDeadline.deadline)}${legalDeadline.extended ? ' (extended)' : ''}`;
}
