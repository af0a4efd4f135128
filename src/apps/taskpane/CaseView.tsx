import { Badge, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import { AuditTrailList } from '../shared/AuditTrailList.tsx';
import { listSystemNames } from '../shared/listSystemNames.ts';
import { formatDisplayDate, formatDisplayDateTime } from '../shared/formatForDisplay.ts';
import { formatPersonAddress } from '../shared/formatPersonAddress.ts';
import { nameCaseOutcome } from '../shared/nameCaseOutcome.ts';
import { nameCaseStatus } from '../shared/nameCaseStatus.ts';
import { nameHandler } from '../shared/nameHandler.ts';
import { ChecklistPanel } from './ChecklistPanel.tsx';
import { DeadlineSummary } from './DeadlineSummary.tsx';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface CaseViewProps {
  privacyCase: PrivacyCase;
  profile: OrganisationProfile;
  now: string;
  busy: boolean;
  onStepDone: (stepId: string) => void;
  onStepWaived: (stepId: string, reason: string) => void;
  /** Stage buttons (acknowledge, identity, extend, close), placed above the checklist. */
  stageActions?: ReactNode;
  /** The reply composer, placed between the checklist and the audit trail. */
  replies?: ReactNode;
}

/** The tracked case for the open message: what is due when, what is left to do, and what happened. */
export function CaseView({ privacyCase, profile, now, busy, onStepDone, onStepWaived, stageActions, replies }: CaseViewProps) {
  const styles = useStyles();
  const systems = listSystemNames(profile);
  const extension = [...privacyCase.auditTrail].reverse().find((event) => event.type === 'extended');
  return (
    <div className={styles.view}>
      <div className={styles.header}>
        <Text weight="semibold" size={500} data-testid="case-reference">
          {privacyCase.reference}
        </Text>
        <Badge appearance="tint" color="informative" data-testid="case-status" data-status={privacyCase.status}>
          {nameCaseStatus(privacyCase.status)}
        </Badge>
      </div>
      <Text>{`Requester: ${formatPersonAddress(privacyCase.requester)}`}</Text>
      <Text data-testid="case-handler">{`Handled by: ${nameHandler(profile.handlers, privacyCase.handler)}`}</Text>
      {privacyCase.processorFor !== undefined && (
        <Text>
          {`We act as processor for ${privacyCase.processorFor} (Art. 28(3)(e)); their deadline governs.`}
          {privacyCase.controllerReceivedAt && ` They received the request on ${formatDisplayDate(toAmsterdamDate(privacyCase.controllerReceivedAt))}.`}
        </Text>
      )}
      <Text data-testid="case-received-date">{`Request received: ${formatDisplayDateTime(privacyCase.receivedAt)}`}</Text>
      <DeadlineSummary
        legalDeadline={privacyCase.legalDeadline}
        breachNotificationDeadline={privacyCase.breachNotificationDeadline}
        targetDate={privacyCase.targetDate}
        now={now}
      />
      {extension && (
        <Text data-testid="case-extension">
          {`Extended on ${formatDisplayDate(toAmsterdamDate(extension.at))} to ${formatDisplayDate(extension.newDeadline)}. Reason: ${extension.reason}`}
        </Text>
      )}
      {privacyCase.outcome !== undefined && <Text data-testid="case-outcome">{`Outcome: ${nameCaseOutcome(privacyCase.outcome)}`}</Text>}
      {stageActions}
      <section aria-labelledby="checklist-heading">
        <Subtitle2 as="h3" id="checklist-heading">
          Checklist
        </Subtitle2>
        <ChecklistPanel steps={privacyCase.checklist} systems={systems} disabled={busy || privacyCase.status === 'closed'} onDone={onStepDone} onWaive={onStepWaived} />
      </section>
      {replies}
      <section aria-labelledby="audit-heading">
        <Subtitle2 as="h3" id="audit-heading">
          Audit trail
        </Subtitle2>
        <AuditTrailList auditTrail={privacyCase.auditTrail} handlers={profile.handlers} systems={systems} />
      </section>
    </div>
  );
}
