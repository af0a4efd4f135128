import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/** What staff decide when opening a case. */
export interface CaseOpening {
  handlerId: string;
  /** The business customer we act for as processor (Art. 28(3)(e)), when the request came through them. */
  processorFor?: string;
  /** As processor: the ISO instant the customer received the request; their deadline counts from it. */
  controllerReceivedAt?: string;
}

export interface CreateCaseFormProps {
  handlers: OrganisationProfile['handlers'];
  busy: boolean;
  onCreate: (opening: CaseOpening) => void;
}

/** Picks the person who will handle the request and opens the tracked case. */
export function CreateCaseForm({ handlers, busy, onCreate }: CreateCaseFormProps) {
  const styles = useStyles();
  const [handlerId, setHandlerId] = useState(handlers[0]?.id ?? '');
  const [asProcessor, setAsProcessor] = useState(false);
  const [customer, setCustomer] = useState('');
  const [customerReceivedOn, setCustomerReceivedOn] = useState('');
  const isComplete = handlerId !== '' && (!asProcessor || customer.trim() !== '');
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (!asProcessor) return onCreate({ handlerId });
        // Noon UTC lies on the same Amsterdam day all year, and only the day counts for the deadline.
        const controllerReceivedAt = customerReceivedOn === '' ? undefined : `${customerReceivedOn}T12:00:00Z`;
        onCreate({ handlerId, processorFor: customer.trim(), ...(controllerReceivedAt ? { controllerReceivedAt } : {}) });
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
      <Checkbox
        label="A business customer passes this request on to us (we act as their processor)"
        checked={asProcessor}
        onChange={(_event, { checked }) => setAsProcessor(checked === true)}
        data-testid="processor-checkbox"
      />
      {asProcessor && (
        <Field label="Customer we act for" required hint="Their deadline towards the requester governs.">
          <Input value={customer} onChange={(_event, { value }) => setCustomer(value)} data-testid="processor-customer" />
        </Field>
      )}
      {asProcessor && (
        <Field label="Date the customer received the request" hint="Leave empty if they forwarded it the same day.">
          <Input type="date" value={customerReceivedOn} onChange={(_event, { value }) => setCustomerReceivedOn(value)} data-testid="processor-received-on" />
        </Field>
      )}
      <Button type="submit" appearance="primary" disabled={busy || !isComplete} data-testid="create-case-button">
        Create tracked case
      </Button>
    </form>
  );
}
