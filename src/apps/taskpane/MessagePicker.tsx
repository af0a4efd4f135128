import { Field, Select } from '@fluentui/react-components';
import type { MailMessage } from '../../adapters/mailbox.ts';

export interface MessagePickerProps {
  messages: readonly MailMessage[];
  selectedId: string | undefined;
  onSelect: (internetMessageId: string) => void;
}

/** Demo mode only: picks which demo message the pane shows, as selecting a message in Outlook would. */
export function MessagePicker({ messages, selectedId, onSelect }: MessagePickerProps) {
  return (
    <Field label="Message from the demo mailbox">
      <Select data-testid="message-picker" value={selectedId ?? ''} onChange={(_event, { value }) => onSelect(value)}>
        <option value="" disabled>
          Choose a message…
        </option>
        {messages.map((message) => (
          <option key={message.internetMessageId} value={message.internetMessageId} data-testid="message-option">
            {`${message.from.name ?? message.from.email}: ${message.subject}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
