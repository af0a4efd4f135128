import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseCommand } from '../../core/cases/caseCommand.ts';
import type { CaseOutcome, PrivacyCase } from '../../core/cases/privacyCase.ts';

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

export interface CaseStageActionsProps {
  privacyCase: PrivacyCase;
  staffMember: string;
  busy: boolean;
  onCommand: (command: CaseCommand) => void;
}

/**
 * Moves the case through its stages. Buttons only offer what fits the case now; the core's
 * `transition` still has the last word and its refusal is shown when it says no.
 */
export function CaseStageActions({ privacyCase, staffMember: by, busy, onCommand }: CaseStageActionsProps) {
  const styles = useStyles();
  const [form, setForm] = useState<'extend' | 'close'>();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<CaseOutcome>('completed');
  const isRecorded = (type: PrivacyCase['auditTrail'][number]['type']) => privacyCase.auditTrail.some((event) => event.type === type);
  const openForm = (next: 'extend' | 'close') => {
    setForm(next);
    setReason('');
  };
  const canExtend = privacyCase.legalDeadline.kind === 'month-period' && !privacyCase.legalDeadline.extended;

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
        {privacyCase.status !== 'awaiting_identity' && !isRecorded('identity_verified') && (
          <Button size="small" disabled={busy} onClick={() => onCommand({ type: 'request_identity', by })} data-testid="request-identity-button">
            Identity check asked
          </Button>
        )}
        {!isRecorded('identity_verified') && (
          <Button size="small" disabled={busy} onClick={() => onCommand({ type: 'verify_identity', by })} data-testid="verify-identity-button">
            Identity verified
          </Button>
        )}
        {canExtend && (
          <Button size="small" disabled={busy} onClick={() => openForm('extend')} data-testid="extend-toggle">
            Extend…
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => openForm('close')} data-testid="close-toggle">
          Close case…
        </Button>
      </div>
      {form === 'extend' && (
        <div className={styles.actions}>
          <Field label="Why more time is needed" required>
            <Input value={reason} onChange={(_event, { value }) => setReason(value)} data-testid="extend-reason" />
          </Field>
          <Button disabled={busy || reason.trim() === ''} onClick={() => onCommand({ type: 'extend', by, reason })} data-testid="extend-button">
            Extend by two months
          </Button>
        </div>
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
            <Input value={reason} onChange={(_event, { value }) => setReason(value)} data-testid="close-note" />
          </Field>
          <Button disabled={busy} onClick={() => onCommand({ type: 'close', by, outcome, note: reason })} data-testid="close-button">
            Close case
          </Button>
        </div>
      )}
    </section>
  );
}
