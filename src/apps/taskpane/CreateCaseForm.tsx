import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export interface CreateCaseFormProps {
  handlers: OrganisationProfile['handlers'];
  busy: boolean;
  onCreate: (handlerId: string) => void;
}

/** Picks the person who will handle the request and opens the tracked case. */
export function CreateCaseForm({ handlers, busy, onCreate }: CreateCaseFormProps) {
  const styles = useStyles();
  const [handlerId, setHandlerId] = useState(handlers[0]?.id ?? '');
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(handlerId);
      }}
    >
      <Field label="Handled by" required>
        <Select data-testid="handler-picker" value={handlerId} onChange={(_event, { value }) => setHandlerId(value)}>
          {handlers.map((handler) => (
            <option key={handler.id} value={handler.id}>
              {handler.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={busy || handlerId === ''} data-testid="create-case-button">
        Create tracked case
      </Button>
    </form>
  );
}
