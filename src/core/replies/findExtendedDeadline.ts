import { addCalendarMonths } from '../calendar/addCalendarMonths.ts';
import { parseCalendarDate } from '../calendar/calendarDate.ts';
import type { CalendarDate } from '../calendar/legalDeadline.ts';
import { rollToWorkingDay } from '../calendar/rollToWorkingDay.ts';
import type { PrivacyCase } from '../cases/privacyCase.ts';
import { ReplyError } from './replyError.ts';

/**
 * The new deadline an extension notice announces, after checking that the notice may still be
 * sent: GDPR Art. 12(3) requires telling the requester within the first month, and allows at most
 * two further months (three months from receipt, counted like the first one).
 * Throws a `ReplyError` ('extension_not_allowed') otherwise, so staff never send a late notice.
 *
 * @example
 * // received 2026-11-24, today 2026-12-01, no date chosen: three months from receipt
 * findExtendedDeadline(privacyCase, '2026-12-01') // '2027-02-24'
 */
export function findExtendedDeadline(privacyCase: PrivacyCase, today: CalendarDate, chosen?: CalendarDate): CalendarDate {
  const { legalDeadline, reference } = privacyCase;
  if (legalDeadline.kind !== 'month-period') {
    throw refuse(`${reference} is a breach report: its 72-hour notification period cannot be extended (GDPR Art. 33).`);
  }
  const firstMonthEnd = rollToWorkingDay(addCalendarMonths(legalDeadline.receivedOn, 1));
  const latest = rollToWorkingDay(addCalendarMonths(legalDeadline.receivedOn, 3));
  checkDate(today, 'Today');
  if (today > firstMonthEnd) {
    throw refuse(
      `The extension notice for ${reference} can no longer be sent: the requester must be told within the first month, which ended on ${firstMonthEnd} (GDPR Art. 12(3)). Send the answer or a refusal instead.`,
    );
  }
  const newDeadline = chosen ?? (legalDeadline.extended ? legalDeadline.deadline : latest);
  checkDate(newDeadline, 'The new deadline');
  if (newDeadline <= firstMonthEnd || newDeadline > latest) {
    throw refuse(
      `The new deadline for ${reference} must fall after ${firstMonthEnd} and no later than ${latest} (at most two further months, GDPR Art. 12(3)); ${newDeadline} was given.`,
    );
  }
  return newDeadline;
}

function checkDate(date: CalendarDate, what: string): void {
  try {
    parseCalendarDate(date);
  } catch {
    throw new ReplyError('invalid_date', `${what} ("${date}") is not a calendar date (expected YYYY-MM-DD).`);
  }
}

function refuse(message: string): ReplyError {
  return new ReplyError('extension_not_allowed', message);
}
