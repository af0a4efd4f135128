import { makeStyles, tokens } from '@fluentui/react-components';
import type { RegisterSummary } from './summarizeRegister.ts';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: 0 },
  figure: {
    display: 'flex',
    flexDirection: 'column-reverse',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '9rem',
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

function describeOnTime(summary: RegisterSummary): string {
  if (summary.onTimeRatio === undefined) return 'none answered yet';
  return `${summary.closedOnTime} of ${summary.answered} (${Math.round(summary.onTimeRatio * 100)}%)`;
}

/** The four numbers a manager looks at first, as a description list. */
export function RegisterSummaryBar({ summary }: { summary: RegisterSummary }) {
  const styles = useStyles();
  const figures = [
    { id: 'open', label: 'Open', value: String(summary.open) },
    { id: 'due-this-week', label: 'Due this week', value: String(summary.dueThisWeek) },
    { id: 'overdue', label: 'Overdue', value: String(summary.overdue) },
    { id: 'on-time', label: 'Answered on time', value: describeOnTime(summary) },
  ];
  return (
    <dl className={styles.bar} aria-label="Register summary" data-testid="register-summary">
      {figures.map((figure) => (
        <div key={figure.id} className={styles.figure} data-testid={`summary-${figure.id}`}>
          <dt className={styles.label}>{figure.label}</dt>
          <dd className={`${styles.value} ${figure.id === 'overdue' && summary.overdue > 0 ? styles.overdue : ''}`}>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
