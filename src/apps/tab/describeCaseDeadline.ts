import { countDaysLeft } from '../../core/calendar/countDaysLeft.ts';
import { getDeadlineDate } from '../../core/calendar/getDeadlineDate.ts';
import { isDeadlinePassed } from '../../core/calendar/isDeadlinePassed.ts';
import type { CalendarDate, LegalDeadline } from '../../core/calendar/legalDeadline.ts';
import { findEarliestDeadline } from '../../core/cases/findEarliestDeadline.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { describeDaysLeft } from '../shared/describeDaysLeft.ts';

/** Where a case stands against its deadlines, as the register shows it. */
export interface CaseDeadlineStanding {
  /** The deadline that ends first: the 72-hour breach notification when it comes before the answer date. */
  earliestDeadline: LegalDeadline;
  deadlineDate: CalendarDate;
  /** The earlier of `deadlineDate` and the organisation's own target: what "due this week" counts by. */
  attentionDate: CalendarDate;
  /** Calendar days from today to the earliest deadline day; negative when overdue. */
  daysLeft: number;
  /** Open and past its earliest deadline. */
  isOverdue: boolean;
  /** For closed cases: answered on or before the legal deadline. Undefined while open. */
  closedOnTime?: boolean;
  /** The words shown in the "days left" column, so overdue is said in text, not only colour. */
  text: string;
}

/** When the case was closed, from its audit trail: the last `closed` event. */
export function findClosedAt(privacyCase: PrivacyCase): string | undefined {
  return [...privacyCase.auditTrail].reverse().find((event) => event.type === 'closed')?.at;
}

/**
 * Says how a case stands at `now` against the deadline that ends first (`findEarliestDeadline`),
 * using the calendar core's counts. A closed case is judged by its closing against the legal
 * deadline for answering, since closing is the answer.
 *
 * @example
 * describeCaseDeadline(openCaseDueOn('2026-03-02'), '2026-03-04T09:00:00Z').text // 'Overdue by 2 days'
 */
export function describeCaseDeadline(privacyCase: PrivacyCase, now: string): CaseDeadlineStanding {
  const earliestDeadline = findEarliestDeadline(privacyCase);
  const deadlineDate = getDeadlineDate(earliestDeadline);
  const attentionDate = privacyCase.targetDate < deadlineDate ? privacyCase.targetDate : deadlineDate;
  const daysLeft = countDaysLeft(earliestDeadline, now);
  const base = { earliestDeadline, deadlineDate, attentionDate, daysLeft };
  if (privacyCase.status === 'closed') {
    const closedAt = findClosedAt(privacyCase);
    const closedOnTime = closedAt !== undefined && !isDeadlinePassed(privacyCase.legalDeadline, closedAt);
    return { ...base, isOverdue: false, closedOnTime, text: closedOnTime ? 'Closed on time' : 'Closed late' };
  }
  const isOverdue = isDeadlinePassed(earliestDeadline, now);
  return { ...base, isOverdue, text: describeDaysLeft(daysLeft, isOverdue) };
}
