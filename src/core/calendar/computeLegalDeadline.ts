import type { RightLabel } from '../rights/rightLabel.ts';
import { addCalendarMonths } from './addCalendarMonths.ts';
import { computeBreachNotificationDeadline } from './computeBreachNotificationDeadline.ts';
import type { LegalDeadline } from './legalDeadline.ts';
import { parseInstant } from './parseInstant.ts';
import { rollToWorkingDay } from './rollToWorkingDay.ts';
import { toAmsterdamDate } from './toAmsterdamDate.ts';

export interface LegalDeadlineOptions {
  /** Three months from receipt instead of one (GDPR Art. 12(3), second sentence). */
  extended?: boolean;
}

/** Thrown when a deadline is asked for that the law does not know, e.g. an extended breach notification. */
export class LegalDeadlineError extends Error {
  override readonly name = 'LegalDeadlineError';
}

/**
 * The legal deadline for one right, from the instant of receipt.
 * Month periods follow Regulation 1182/71: the day of receipt (Europe/Amsterdam) is not counted,
 * the period ends on the same date one (or, extended, three) months later or that month's last day,
 * rolled to the next working day. A breach report ends exactly 72 hours after receipt.
 *
 * @example
 * computeLegalDeadline('2026-01-30T23:30:00Z', 'access')
 * // { kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false }
 * computeLegalDeadline('2026-03-27T10:00:00Z', 'breach_report')
 * // { kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T10:00:00.000Z' }
 */
export function computeLegalDeadline(
  receivedAt: string,
  right: RightLabel,
  options: LegalDeadlineOptions = {},
): LegalDeadline {
  const extended = options.extended === true;
  if (right === 'breach_report') {
    if (extended) {
      throw new LegalDeadlineError(
        'A breach notification (Art. 33) cannot be extended: it is due 72 hours after we became aware of it.',
      );
    }
    return computeBreachNotificationDeadline(receivedAt);
  }
  const receivedOn = toAmsterdamDate(parseInstant(receivedAt));
  const deadline = rollToWorkingDay(addCalendarMonths(receivedOn, extended ? 3 : 1));
  return { kind: 'month-period', receivedOn, deadline, extended };
}
