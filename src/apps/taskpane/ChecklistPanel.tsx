import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChecklistStep } from '../../core/cases/privacyCase.ts';
import type { SystemNameList } from '../shared/listSystemNames.ts';
import { nameChecklistStep } from '../shared/nameChecklistStep.ts';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  step: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', marginTop: tokens.spacingVerticalXS },
  state: { color: tokens.colorNeutralForeground2 },
});

export interface ChecklistPanelProps {
  steps: readonly ChecklistStep[];
  /** System names from the profile, in the staff's language, instead of raw system ids. */
  systems: SystemNameList;
  disabled: boolean;
  onDone: (stepId: string) => void;
  onWaive: (stepId: string, reason: string) => void;
}

/** The case's checklist: each open step can be marked done, or waived with a reason for the record. */
export function ChecklistPanel({ steps, systems, disabled, onDone, onWaive }: ChecklistPanelProps) {
  const styles = useStyles();
  if (steps.length === 0) return <Text data-testid="checklist">No steps for this case.</Text>;
  return (
    <ul className={styles.list} data-testid="checklist">
      {steps.map((step) => (
        <li key={step.id} className={styles.step} data-testid="checklist-step" data-step-id={step.id} data-state={step.state}>
          <Text block weight="semibold">
            {nameChecklistStep(step.id, systems)}
          </Text>
          <Text block>{step.description}</Text>
          {step.exception && <Text block size={200}>{`Kept: ${step.exception}`}</Text>}
          {step.state === 'open' ? (
            <OpenStepActions step={step} disabled={disabled} onDone={onDone} onWaive={onWaive} />
          ) : (
            <Text className={styles.state} size={200}>
              {step.state === 'done' ? 'Done' : `Waived: ${step.waiverReason ?? ''}`}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}

function OpenStepActions({ step, disabled, onDone, onWaive }: { step: ChecklistStep } & Omit<ChecklistPanelProps, 'steps' | 'systems'>) {
  const styles = useStyles();
  // The reason field appears only when staff choose to waive, to keep a long checklist readable.
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <div className={styles.actions}>
      <Button size="small" disabled={disabled} onClick={() => onDone(step.id)} data-testid="step-done-button" aria-label={`Mark done: ${step.description}`}>
        Mark done
      </Button>
      {waiving ? (
        <>
          <Field label="Reason to waive" size="small" required>
            <Input size="small" value={reason} onChange={(_event, { value }) => setReason(value)} data-testid="waive-reason" />
          </Field>
          <Button
            size="small"
            disabled={disabled || reason.trim() === ''}
            onClick={() => onWaive(step.id, reason.trim())}
            aria-label={`Waive: ${step.description}`}
            data-testid="step-waive-button"
          >
            Waive
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setWaiving(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => setWaiving(true)} aria-label={`Waive…: ${step.description}`} data-testid="step-waive-toggle">
          Waive…
        </Button>
      )}
    </div>
  );
}
