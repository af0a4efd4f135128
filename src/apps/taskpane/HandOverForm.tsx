import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { HandlerList } from '../shared/nameHandler.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export interface HandOverFormProps {
  handlers: HandlerList;
  /** The current handler's id, left out of the choice. */
  current: string | undefined;
  busy: boolean;
  onHandOver: (handlerId: string) => void;
}

/** Passes the case to a colleague from the profile's staff list. */
export function HandOverForm({ handlers, current, busy, onHandOver }: HandOverFormProps) {
  const styles = useStyles();
  const others = handlers.filter((handler) => handler.id !== current);
  const [handlerId, setHandlerId] = useState(others[0]?.id ?? '');
  if (others.length === 0) return null;
  return (
    <div className={styles.form}>
      <Field label="Hand over to" size="small">
        <Select size="small" value={handlerId} onChange={(_event, { value }) => setHandlerId(value)} data-testid="hand-over-picker">
          {others.map((handler) => (
            <option key={handler.id} value={handler.id}>
              {handler.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" disabled={busy || handlerId === ''} onClick={() => onHandOver(handlerId)} data-testid="hand-over-button">
        Hand over
      </Button>
    </div>
  );
}
