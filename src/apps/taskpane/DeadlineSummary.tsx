import { makeStyles, tokens } from '@fluentui/react-components';
import { countDaysLeft } from '../../core/calendar/countDaysLeft.ts';
import { isDeadlinePassed } from '../../core/calendar/isDeadlinePassed.ts';
import type { BreachNotificationDeadline, CalendarDate, LegalDeadline } from '../../core/calendar/legalDeadline.ts';
import { findEarliestDeadline } from '../../core/cases/findEarliestDeadline.ts';
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
  /** Set when a breach is reported next to a right: the Art. 33 notification, 72 hours. */
  breachNotificationDeadline?: BreachNotificationDeadline;
  targetDate: CalendarDate;
  /** ISO instant; injected so the screen and its tests agree on "today". */
  now: string;
}

/**
 * The legal deadline, the 72-hour breach notification beside it when a breach is reported too, the
 * organisation's target date and the time left until whichever deadline ends first.
 */
export function DeadlineSummary({ legalDeadline, breachNotificationDeadline, targetDate, now }: DeadlineSummaryProps) {
  const styles = useStyles();
  const earliest = findEarliestDeadline({ legalDeadline, breachNotificationDeadline });
  const overdue = isDeadlinePassed(earliest, now);
  // A breach-only case already shows its 72 hours as the legal deadline.
  const breach = legalDeadline.kind === 'hours' ? undefined : breachNotificationDeadline;
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Legal deadline</dt>
      <dd className={styles.detail} data-testid="legal-deadline" data-deadline={legalDeadline.kind === 'hours' ? legalDeadline.deadlineAt : legalDeadline.deadline}>
        {describeLegalDeadline(legalDeadline)}
      </dd>
      {breach && (
        <>
          <dt className={styles.term}>Notify the authority by</dt>
          <dd className={styles.detail} data-testid="breach-deadline" data-deadline={breach.deadlineAt}>
            {describeLegalDeadline(breach)}
          </dd>
        </>
      )}
      <dt className={styles.term}>Our target</dt>
      <dd className={styles.detail} data-testid="target-date" data-target={targetDate}>
        {formatDisplayDate(targetDate)}
      </dd>
      <dt className={styles.term}>Time left</dt>
      <dd className={overdue ? styles.overdue : styles.detail} data-testid="days-left">
        {`${describeDaysLeft(countDaysLeft(earliest, now), overdue)}${breach && earliest === breach ? ' (breach notification)' : ''}`}
      </dd>
    </dl>
  );
}
