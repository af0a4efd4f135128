import { countDaysLeft } from '../../core/calendar/countDaysLeft.ts';
import { getDeadlineDate } from '../../core/calendar/getDeadlineDate.ts';
import { isDeadlinePassed } from '../../core/calendar/isDeadlinePassed.ts';
import type { CalendarDate } from '../../core/calendar/legalDeadline.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { describeDaysLeft } from '../shared/describeDaysLeft.ts';

/** Where a case stands against its legal deadline, as the register shows it. */
export interface CaseDeadlineStanding {
  deadlineDate: CalendarDate;
  /** Calendar days from today to the deadline day; negative when overdue. */
  daysLeft: number;
  /** Open and past its deadline. */
  isOverdue: boolean;
  /** For closed cases: closed on or before the deadline. Undefined while open. */
  closedOnTime?: boolean;
  /** The words shown in the "days left" column, so overdue is said in text, not only colour. */
  text: string;
}

/** When the case was closed, from its audit trail: the last `closed` event. */
export function findClosedAt(privacyCase: PrivacyCase): string | undefined {
  return [...privacyCase.auditTrail].reverse().find((event) => event.type === 'closed')?.at;
}

/**
 * Says how a case stands against its legal deadline at `now`, using the calendar core's counts.
 *
 * @example
 * describeCaseDeadline(openCaseDueOn('2026-03-02'), '2026-03-04T09:00:00Z').text // 'Overdue by 2 days'
 */
export function describeCaseDeadline(privacyCase: PrivacyCase, now: string): CaseDeadlineStanding {
  const deadlineDate = getDeadlineDate(privacyCase.legalDeadline);
  const daysLeft = countDaysLeft(privacyCase.legalDeadline, now);
  if (privacyCase.status === 'closed') {
    const closedAt = findClosedAt(privacyCase);
    const closedOnTime = closedAt !== undefined && !isDeadlinePassed(privacyCase.legalDeadline, closedAt);
    return { deadlineDate, daysLeft, isOverdue: false, closedOnTime, text: closedOnTime ? 'Closed on time' : 'Closed late' };
  }
  const isOverdue = isDeadlinePassed(privacyCase.legalDeadline, now);
  return { deadlineDate, daysLeft, isOverdue, text: describeDaysLeft(daysLeft, isOverdue) };
}
