import { makeStyles, tokens } from '@fluentui/react-components';
import { countDaysLeft } from '../../core/calendar/countDaysLeft.ts';
import { isDeadlinePassed } from '../../core/calendar/isDeadlinePassed.ts';
import type { CalendarDate, LegalDeadline } from '../../core/calendar/legalDeadline.ts';
import { describeDaysLeft } from '../shared/describeDaysLeft.ts';
import { describeLegalDeadline } from '../shared/describeLegalDeadline.ts';
import { formatDisplayDate } from '../shared/formatForDisplay.ts';

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
        {describeDaysLeft(countDaysLeft(legalDeadline, now), overdue)}
      </dd>
    </dl>
  );
}
