import { makeStyles, tokens } from '@fluentui/react-components';
import { countDaysLeft } from '../../core/calendar/countDaysLeft.ts';
import { isDeadlinePassed } from '../../core/calendar/isDeadlinePassed.ts';
import type { CalendarDate, LegalDeadline } from '../../core/calendar/legalDeadline.ts';
import { formatDisplayDate, formatDisplayDateTime } from '../shared/formatForDisplay.ts';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  overdue: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface DeadlineSummaryProps {
  legalDeadline: LegalDeadline;
  targetDate: CalendarDate;
  /** ISO instant; injected so the screen and its tests agree on "today". */
  now: string;
}

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

function describeDaysLeft(legalDeadline: LegalDeadline, now: string): string {
  const days = countDaysLeft(legalDeadline, now);
  if (isDeadlinePassed(legalDeadline, now)) return days < 0 ? `Overdue by ${-days} day${days === -1 ? '' : 's'}` : 'Overdue';
  if (days === 0) return 'Due today';
  return `${days} day${days === 1 ? '' : 's'} left`;
}

/** The legal deadline, the organisation's target date and the days left. */
export function DeadlineSummary({ legalDeadline, targetDate, now }: DeadlineSummaryProps) {
  const styles = useStyles();
  const overdue = isDeadlinePassed(legalDeadline, now);
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Legal deadline</dt>
      <dd className={styles.detail} data-testid="legal-deadline" data-deadline={legalDeadline.kind === 'hours' ? legalDeadline.deadlineAt : legalDeadline.deadline}>
        {describeLegalDeadline(legalDeadline)}
      </dd>
      <dt className={styles.term}>Our target</dt>
      <dd className={styles.detail} data-testid="target-date" data-target={targetDate}>
        {formatDisplayDate(targetDate)}
      </dd>
      <dt className={styles.term}>Time left</dt>
      <dd className={overdue ? styles.overdue : styles.detail} data-testid="days-left">
        {describeDaysLeft(legalDeadline, now)}
      </dd>
    </dl>
  );
}
