import { addCalendarMonths } from './addCalendarMonths.ts';
import { LegalDeadlineError } from './computeLegalDeadline.ts';
import type { LegalDeadline } from './legalDeadline.ts';
import { rollToWorkingDay } from './rollToWorkingDay.ts';

/**
 * The extended form of a month-period deadline: three months from the same day of receipt,
 * counted like the first month (GDPR Art. 12(3), Regulation 1182/71). An already extended
 * deadline is returned as it is; a breach notification cannot be extended.
 *
 * @example
 * extendLegalDeadline({ kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false })
 * // { kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-04-30', extended: true }
 */
export function extendLegalDeadline(legalDeadline: LegalDeadline): LegalDeadline {
  if (legalDeadline.kind === 'hours') {
    throw new LegalDeadlineError(
      'A breach notification (Art. 33) cannot be extended: it is due 72 hours after we became aware of it.',
    );
  }
  const deadline = rollToWorkingDay(addCalendarMonths(legalDeadline.receivedOn, 3));
  return { kind: 'month-period', receivedOn: legalDeadline.receivedOn, deadline, extended: true };
}
