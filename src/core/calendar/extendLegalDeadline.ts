import { addCalendarMonths } from './addCalendarMonths.ts';
import { parseCalendarDate } from './calendarDate.ts';
import { LegalDeadlineError } from './computeLegalDeadline.ts';
import type { CalendarDate, LegalDeadline, MonthPeriodDeadline } from './legalDeadline.ts';
import { rollToWorkingDay } from './rollToWorkingDay.ts';

export interface ExtendLegalDeadlineOptions {
  /** A new deadline chosen by staff; by default the longest the law allows. */
  until?: CalendarDate;
}

function checkChosenDate(until: CalendarDate): void {
  try {
    parseCalendarDate(until);
  } catch {
    throw new LegalDeadlineError(`The new deadline "${until}" is not a date; write it as YYYY-MM-DD, e.g. 2027-02-10.`);
  }
}

/**
 * The extended form of a month-period deadline (GDPR Art. 12(3), Regulation 1182/71): at most
 * three months from the same day of receipt, counted like the first month. A date chosen by staff
 * is rolled to a working day like any period end, and must fall after the current deadline and no
 * later than those three months. A breach notification cannot be extended.
 *
 * @example
 * const first = { kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false } as const;
 * extendLegalDeadline(first) // { ..., deadline: '2026-04-30', extended: true }
 * extendLegalDeadline(first, { until: '2026-04-04' }) // { ..., deadline: '2026-04-07', extended: true } (Saturday, Easter Monday)
 */
export function extendLegalDeadline(legalDeadline: LegalDeadline, options: ExtendLegalDeadlineOptions = {}): MonthPeriodDeadline {
  if (legalDeadline.kind === 'hours') {
    throw new LegalDeadlineError(
      'A breach notification (Art. 33) cannot be extended: it is due 72 hours after we became aware of it.',
    );
  }
  const latest = rollToWorkingDay(addCalendarMonths(legalDeadline.receivedOn, 3));
  if (options.until === undefined) {
    return { kind: 'month-period', receivedOn: legalDeadline.receivedOn, deadline: latest, extended: true };
  }
  checkChosenDate(options.until);
  const deadline = rollToWorkingDay(options.until);
  if (deadline <= legalDeadline.deadline || deadline > latest) {
    throw new LegalDeadlineError(
      `The new deadline must fall after ${legalDeadline.deadline} and no later than ${latest} ` +
        `(three months from receipt, GDPR Art. 12(3)); ${options.until} ends on ${deadline}. Choose another date.`,
    );
  }
  return { kind: 'month-period', receivedOn: legalDeadline.receivedOn, deadline, extended: true };
}
