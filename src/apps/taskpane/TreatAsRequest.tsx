import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RIGHT_LABELS } from '../../core/rights/rightLabel.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { describeRight } from '../shared/rightDisplayName.ts';

const useStyles = makeStyles({
  treatAnyway: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start', border: 'none', margin: 0, padding: 0 },
});

export interface TreatAsRequestProps {
  /** The rights staff chose, or undefined while the message is treated as no request. */
  chosenRights: readonly RightLabel[] | undefined;
  onChoose: (rights: readonly RightLabel[] | undefined) => void;
}

/**
 * A small escape hatch: staff who see a request the classifier missed tick the right(s) it invokes
 * themselves. Nothing is ticked in advance, so no case opens under a right nobody chose.
 */
export function TreatAsRequest({ chosenRights, onChoose }: TreatAsRequestProps) {
  const styles = useStyles();
  const [ticked, setTicked] = useState<readonly RightLabel[]>([]);
  if (chosenRights !== undefined) {
    return (
      <div>
        <Button size="small" onClick={() => onChoose(undefined)} data-testid="undo-treat-as-request">
          Not a request after all
        </Button>
      </div>
    );
  }
  const toggle = (right: RightLabel, checked: boolean) =>
    setTicked(checked ? RIGHT_LABELS.filter((label) => label === right || ticked.includes(label)) : ticked.filter((label) => label !== right));
  return (
    <fieldset className={styles.treatAnyway} data-testid="treat-as-request-rights">
      <legend>If this is a request after all, tick the right(s) it invokes:</legend>
      {RIGHT_LABELS.map((right) => (
        <Checkbox
          key={right}
          label={describeRight(right)}
          checked={ticked.includes(right)}
          onChange={(_event, { checked }) => toggle(right, checked === true)}
          data-testid="treat-as-request-right"
          data-right={right}
        />
      ))}
      <Button size="small" disabled={ticked.length === 0} onClick={() => onChoose(ticked)} data-testid="treat-as-request">
        Treat as request anyway
      </Button>
    </fieldset>
  );
}
