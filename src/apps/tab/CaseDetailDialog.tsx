import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { formatDisplayDate, formatDisplayDateTime } from '../shared/formatForDisplay.ts';
import { AuditTrailList } from '../shared/AuditTrailList.tsx';
import { describeLegalDeadline } from '../shared/describeLegalDeadline.ts';
import { formatPersonAddress } from '../shared/formatPersonAddress.ts';
import type { SystemNameList } from '../shared/listSystemNames.ts';
import { nameCaseOutcome } from '../shared/nameCaseOutcome.ts';
import { nameCaseStatus } from '../shared/nameCaseStatus.ts';
import { nameHandler, type HandlerList } from '../shared/nameHandler.ts';
import { describeRight } from '../shared/rightDisplayName.ts';
import { describeCaseDeadline } from './describeCaseDeadline.ts';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  // Lets each term and its fact sit in the grid while staying grouped for assistive technology.
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  fact: { margin: 0 },
});

export interface CaseDetailDialogProps {
  privacyCase: PrivacyCase;
  now: string;
  handlers: HandlerList;
  systems?: SystemNameList;
  onClose: () => void;
}

/** Everything about one case, with its audit trail from first receipt to the latest event. */
export function CaseDetailDialog({ privacyCase, now, handlers, systems = [], onClose }: CaseDetailDialogProps) {
  const styles = useStyles();
  const standing = describeCaseDeadline(privacyCase, now);
  const breach = privacyCase.legalDeadline.kind === 'hours' ? undefined : privacyCase.breachNotificationDeadline;
  const facts: [string, string][] = [
    ['Requester', formatPersonAddress(privacyCase.requester)],
    ['Rights invoked', privacyCase.rightsInvoked.map(describeRight).join(', ')],
    ['Handler', nameHandler(handlers, privacyCase.handler)],
    ['Status', `${nameCaseStatus(privacyCase.status)}${privacyCase.outcome ? ` (${nameCaseOutcome(privacyCase.outcome)})` : ''}`],
    ['Received', formatDisplayDateTime(privacyCase.receivedAt)],
    ['Legal deadline', describeLegalDeadline(privacyCase.legalDeadline)],
    ...(breach ? [['Notify the authority by', describeLegalDeadline(breach)] as [string, string]] : []),
    ['Time left', standing.text],
    ['Our target', formatDisplayDate(privacyCase.targetDate)],
    ...(privacyCase.processorFor
      ? [['Acting as processor for', `${privacyCase.processorFor} (Art. 28(3)(e); their deadline governs)`] as [string, string]]
      : []),
    ['Messages', privacyCase.sourceMessages.map((m) => m.subject ?? m.internetMessageId).join('; ')],
  ];
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface data-testid="case-detail" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Case {privacyCase.reference}</DialogTitle>
          <DialogContent>
            <dl className={styles.facts}>
              {facts.map(([term, fact]) => (
                <div key={term} className={styles.pair}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.fact}>{fact}</dd>
                </div>
              ))}
            </dl>
            <h3>Audit trail</h3>
            <AuditTrailList auditTrail={privacyCase.auditTrail} handlers={handlers} systems={systems} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
