import { addCalendarDays, getDayOfWeek } from '../../core/calendar/calendarDate.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import type { CaseOutcome, PrivacyCase } from '../../core/cases/privacyCase.ts';
import { describeCaseDeadline } from './describeCaseDeadline.ts';

/** The manager's numbers: what is open, what is due, what is late, and how well we answered. */
export interface RegisterSummary {
  total: number;
  open: number;
  /**
   * Open, not overdue, and the earlier of its earliest deadline and our own target falls on or
   * before this Sunday (Amsterdam week, Monday to Sunday).
   */
  dueThisWeek: number;
  overdue: number;
  closed: number;
  /** Closed cases that were answered: all but those closed as not a request or withdrawn. */
  answered: number;
  closedOnTime: number;
  /** closedOnTime / answered, or undefined when nothing was answered yet. */
  onTimeRatio?: number;
}

export type RegisterFilter = 'all' | 'open' | 'dueThisWeek' | 'overdue' | 'closed';

/** Outcomes without an answer to time: nobody had to be answered, or the requester stopped. */
const UNANSWERED_OUTCOMES: readonly CaseOutcome[] = ['not_a_request', 'withdrawn'];

/**
 * Whether a case belongs under a register filter at `now`.
 *
 * @example
 * cases.filter((c) => isInRegisterFilter(c, 'overdue', now))
 */
export function isInRegisterFilter(privacyCase: PrivacyCase, filter: RegisterFilter, now: string): boolean {
  const isOpen = privacyCase.status !== 'closed';
  if (filter === 'all') return true;
  if (filter === 'closed') return !isOpen;
  if (!isOpen) return false;
  const standing = describeCaseDeadline(privacyCase, now);
  if (filter === 'overdue') return standing.isOverdue;
  if (filter === 'dueThisWeek') {
    const today = toAmsterdamDate(now);
    const sunday = addCalendarDays(today, (7 - getDayOfWeek(today)) % 7);
    return !standing.isOverdue && standing.attentionDate <= sunday;
  }
  return true;
}

/**
 * Counts the register for the summary at the top of the tab. The on-time ratio counts only cases
 * that were answered: one closed as not a request or withdrawn had no answer to be late with.
 *
 * @example
 * summarizeRegister(cases, '2026-03-04T09:00:00Z') // { total: 5, open: 3, overdue: 1, … }
 */
export function summarizeRegister(cases: readonly PrivacyCase[], now: string): RegisterSummary {
  const count = (filter: RegisterFilter) => cases.filter((c) => isInRegisterFilter(c, filter, now)).length;
  const closedCases = cases.filter((c) => c.status === 'closed');
  const answeredCases = closedCases.filter((c) => c.outcome === undefined || !UNANSWERED_OUTCOMES.includes(c.outcome));
  const closedOnTime = answeredCases.filter((c) => describeCaseDeadline(c, now).closedOnTime).length;
  return {
    total: cases.length,
    open: count('open'),
    dueThisWeek: count('dueThisWeek'),
    overdue: count('overdue'),
    closed: closedCases.length,
    answered: answeredCases.length,
    closedOnTime,
    onTimeRatio: answeredCases.length === 0 ? undefined : closedOnTime / answeredCases.length,
  };
}
