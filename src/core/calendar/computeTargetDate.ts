import type { InternalTargets } from '../organisation/organisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import { addWorkingDays } from './addWorkingDays.ts';
import { addCalendarDays } from './calendarDate.ts';
import { getDeadlineDate } from './getDeadlineDate.ts';
import { isWorkingDay } from './isWorkingDay.ts';
import type { CalendarDate, LegalDeadline } from './legalDeadline.ts';
import { rollToWorkingDay } from './rollToWorkingDay.ts';

/** The last working day on or before `date`, but never before `floor`. */
function backToWorkingDay(date: CalendarDate, floor: CalendarDate): CalendarDate {
  let candidate = date;
  while (!isWorkingDay(candidate) && candidate > floor) {
    candidate = addCalendarDays(candidate, -1);
  }
  return candidate;
}

function targetForRight(right: RightLabel, legalDeadline: LegalDeadline, targets: InternalTargets): CalendarDate {
  const { receivedOn } = legalDeadline;
  switch (right) {
    case 'objection':
      // "Within two weeks": a target on a weekend or holiday moves back, so it stays within.
      return backToWorkingDay(addCalendarDays(receivedOn, targets.objectionDays), receivedOn);
    case 'unsubscribe':
      // 0 working days = the same working day, or the first working day after a weekend receipt.
      return addWorkingDays(rollToWorkingDay(receivedOn), targets.unsubscribeWorkingDays);
    default:
      return getDeadlineDate(legalDeadline);
  }
}

/**
 * The organisation's own target date for a case: the earliest of its targets for the rights
 * invoked (objection within two weeks, unsubscribe the same working day), never later than the
 * legal deadline. Rights without an own target aim at the legal deadline itself.
 *
 * @example
 * const legalDeadline = computeLegalDeadline('2026-03-02T09:00:00Z', 'objection');
 * computeTargetDate(legalDeadline, ['objection'], { objectionDays: 14, unsubscribeWorkingDays: 0 })
 * // '2026-03-16'
 */
export function computeTargetDate(
  legalDeadline: LegalDeadline,
  rights: readonly RightLabel[],
  targets: InternalTargets,
): CalendarDate {
  const deadlineDate = getDeadlineDate(legalDeadline);
  return rights
    .map((right) => targetForRight(right, legalDeadline, targets))
    .reduce((earliest, target) => (target < earliest ? target : earliest), deadlineDate);
}
