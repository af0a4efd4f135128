import {
  Badge,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import { describeLegalDeadline } from '../shared/describeLegalDeadline.ts';
import { formatDisplayDate } from '../shared/formatForDisplay.ts';
import { nameCaseStatus } from '../shared/nameCaseStatus.ts';
import { nameHandler, type HandlerList } from '../shared/nameHandler.ts';
import { nameRight } from '../shared/rightDisplayName.ts';
import { describeCaseDeadline } from './describeCaseDeadline.ts';

const useStyles = makeStyles({
  // Long addresses wrap inside their cell instead of running over the next column.
  wrap: { overflowWrap: 'anywhere' },
  email: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  breach: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
  // A badge has a fixed height; in a narrow column its words must wrap inside it, not spill out.
  overdue: { height: 'auto', whiteSpace: 'normal', paddingBlock: tokens.spacingVerticalXXS },
});

export interface CaseTableProps {
  cases: readonly PrivacyCase[];
  now: string;
  handlers: HandlerList;
  onOpenCase: (caseId: string) => void;
}

/**
 * One row per case; overdue rows say so in words and carry a red badge. A case with both an answer
 * period and a breach report shows the 72-hour notification deadline under the answer deadline;
 * "days left" counts to whichever ends first, and our own target stands beside them.
 */
export function CaseTable({ cases, now, handlers, onOpenCase }: CaseTableProps) {
  const styles = useStyles();
  return (
    <Table aria-label="Privacy requests" size="small">
      <TableHeader>
        <TableRow>
          {['Reference', 'Requester', 'Rights', 'Handler', 'Status', 'Received', 'Legal deadline', 'Our target', 'Days left'].map((column) => (
            <TableHeaderCell key={column}>{column}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {cases.map((privacyCase) => {
          const standing = describeCaseDeadline(privacyCase, now);
          // A breach-only case already shows its 72 hours as the legal deadline.
          const breach = privacyCase.legalDeadline.kind === 'hours' ? undefined : privacyCase.breachNotificationDeadline;
          return (
            <TableRow key={privacyCase.id} data-testid="case-row" data-reference={privacyCase.reference} data-overdue={standing.isOverdue}>
              <TableCell>
                <Link as="button" onClick={() => onOpenCase(privacyCase.id)}>
                  {privacyCase.reference}
                </Link>
              </TableCell>
              <TableCell className={styles.wrap}>
                {privacyCase.requester.name}
                <span className={styles.email}>{privacyCase.requester.email}</span>
              </TableCell>
              <TableCell>{privacyCase.rightsInvoked.map(nameRight).join(', ')}</TableCell>
              <TableCell>{nameHandler(handlers, privacyCase.handler)}</TableCell>
              <TableCell>{nameCaseStatus(privacyCase.status)}</TableCell>
              <TableCell>{formatDisplayDate(toAmsterdamDate(privacyCase.receivedAt))}</TableCell>
              <TableCell>
                <span data-testid="legal-deadline">{describeLegalDeadline(privacyCase.legalDeadline)}</span>
                {breach && (
                  <span className={styles.breach} data-testid="breach-deadline">
                    {`Notify the authority: ${describeLegalDeadline(breach)}`}
                  </span>
                )}
              </TableCell>
              <TableCell data-testid="target-date">{formatDisplayDate(privacyCase.targetDate)}</TableCell>
              <TableCell data-testid="days-left">
                {standing.isOverdue ? (
                  <Badge color="danger" appearance="filled" className={styles.overdue}>
                    {standing.text}
                  </Badge>
                ) : (
                  standing.text
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
