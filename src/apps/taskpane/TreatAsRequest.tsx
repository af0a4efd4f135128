import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isRightLabel, RIGHT_LABELS } from '../../core/rights/rightLabel.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { describeRight } from '../shared/rightDisplayName.ts';

const useStyles = makeStyles({
  treatAnyway: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export interface TreatAsRequestProps {
  chosenRight: RightLabel | undefined;
  detected: readonly RightLabel[];
  onChoose: (right: RightLabel | undefined) => void;
}

/** A small escape hatch: staff who see a request the classifier missed choose the right themselves. */
export function TreatAsRequest({ chosenRight, detected, onChoose }: TreatAsRequestProps) {
  const styles = useStyles();
  const [right, setRight] = useState<RightLabel>(detected[0] ?? 'access');
  if (chosenRight !== undefined) {
    return (
      <div>
        <Button size="small" onClick={() => onChoose(undefined)} data-testid="undo-treat-as-request">
          Not a request after all
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.treatAnyway}>
      <Field label="Right invoked" size="small">
        <Select size="small" value={right} onChange={(_event, { value }) => isRightLabel(value) && setRight(value)} data-testid="treat-as-request-right">
          {RIGHT_LABELS.map((label) => (
            <option key={label} value={label}>
              {describeRight(label)}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" onClick={() => onChoose(right)} data-testid="treat-as-request">
        Treat as request anyway
      </Button>
    </div>
  );
}
