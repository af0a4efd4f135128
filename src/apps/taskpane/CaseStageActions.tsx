import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { toAmsterdamDate } from '../../core/calendar/toAmsterdamDate.ts';
import type { CaseCommand } from '../../core/cases/caseCommand.ts';
import type { CaseOutcome, PrivacyCase } from '../../core/cases/privacyCase.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import type { HandlerList } from '../shared/nameHandler.ts';
import { ExtendCaseForm } from './ExtendCaseForm.tsx';
import { HandOverForm } from './HandOverForm.tsx';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const OUTCOME_CHOICES: readonly { outcome: CaseOutcome; label: string }[] = [
  { outcome: 'completed', label: 'Completed' },
  { outcome: 'partially_completed', label: 'Partially completed (give reasons)' },
  { outcome: 'refused', label: 'Refused (give reasons)' },
  { outcome: 'withdrawn', label: 'Withdrawn by the requester' },
  { outcome: 'not_a_request', label: 'Not a request after all' },
];

/** Rights for which nobody's identity needs checking: a breach report or taking an address off a list. */
const NO_IDENTITY_CHECK: readonly RightLabel[] = ['breach_report', 'unsubscribe'];

export interface CaseStageActionsProps {
  privacyCase: PrivacyCase;
  staffMember: string;
  /** Staff from the profile, to hand the case over. */
  handlers: HandlerList;
  /** ISO instant; the extension is offered only within the first month. */
  now: string;
  busy: boolean;
  onCommand: (command: CaseCommand) => void;
}

/** Whether "Extend…" fits now: a month period, not extended yet, and the first month still running. */
function isExtensionOffered(privacyCase: PrivacyCase, now: string): boolean {
  const { legalDeadline } = privacyCase;
  return legalDeadline.kind === 'month-period' && !legalDeadline.extended && toAmsterdamDate(now) <= legalDeadline.deadline;
}

/**
 * Moves the case through its stages. Buttons only offer what fits the case now; the core's
 * `transition` still has the last word and its refusal is shown when it says no.
 */
export function CaseStageActions({ privacyCase, staffMember: by, handlers, now, busy, onCommand }: CaseStageActionsProps) {
  const styles = useStyles();
  const [form, setForm] = useState<'extend' | 'close'>();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<CaseOutcome>('completed');
  const isRecorded = (type: PrivacyCase['auditTrail'][number]['type']) => privacyCase.auditTrail.some((event) => event.type === type);
  const needsIdentity = privacyCase.rightsInvoked.some((right) => !NO_IDENTITY_CHECK.includes(right)) && !isRecorded('identity_verified');
  const { legalDeadline } = privacyCase;

  return (
    <section className={styles.section} aria-labelledby="stage-heading">
      <Subtitle2 as="h3" id="stage-heading">
        Next step
      </Subtitle2>
      <div className={styles.actions}>
        {!isRecorded('acknowledged') && (
          <Button size="small" disabled={busy} onClick={() => onCommand({ type: 'acknowledge', by })} data-testid="acknowledge-button">
            Receipt acknowledged
          </Button>
        )}
        {needsIdentity && privacyCase.status !== 'awaiting_identity' && (
          <Button size="small" disabled={busy} onClick={() => onCommand({ type: 'request_identity', by })} data-testid="request-identity-button">
            Identity check asked
          </Button>
        )}
        {needsIdentity && (
          <Button size="small" disabled={busy} onClick={() => onCommand({ type: 'verify_identity', by })} data-testid="verify-identity-button">
            Identity verified
          </Button>
        )}
        {isExtensionOffered(privacyCase, now) && (
          <Button size="small" disabled={busy} onClick={() => setForm('extend')} data-testid="extend-toggle">
            Extend…
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => setForm('close')} data-testid="close-toggle">
          Close case…
        </Button>
      </div>
      <HandOverForm handlers={handlers} current={privacyCase.handler} busy={busy} onHandOver={(handler) => onCommand({ type: 'assign', by, handler })} />
      {form === 'extend' && legalDeadline.kind === 'month-period' && (
        <ExtendCaseForm legalDeadline={legalDeadline} busy={busy} onExtend={({ reason, until }) => onCommand({ type: 'extend', by, reason, until })} />
      )}
      {form === 'close' && (
        <div className={styles.actions}>
          <Field label="Outcome" required>
            <Select value={outcome} onChange={(_event, { value }) => setOutcome(value as CaseOutcome)} data-testid="close-outcome">
              {OUTCOME_CHOICES.map((choice) => (
                <option key={choice.outcome} value={choice.outcome}>
                  {choice.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Note for the record">
            <Input value={note} onChange={(_event, { value }) => setNote(value)} data-testid="close-note" />
          </Field>
          <Button disabled={busy} onClick={() => onCommand({ type: 'close', by, outcome, note })} data-testid="close-button">
            Close case
          </Button>
        </div>
      )}
    </section>
  );
}
