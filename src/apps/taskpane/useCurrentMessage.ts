import { useEffect, useState } from 'react';
import type { MailMessage, Mailbox } from '../../adapters/mailbox.ts';

export interface CurrentMessageState {
  message: MailMessage | null;
  loading: boolean;
  /** What went wrong reading the message, in words for staff. */
  problem?: string;
}

/**
 * Follows the message selected in the mailbox (Outlook's ItemChanged, or the demo picker). A slow
 * read of an earlier message never overwrites a later selection.
 *
 * @example
 * const { message, loading, problem } = useCurrentMessage(mailbox);
 */
export function useCurrentMessage(mailbox: Mailbox): CurrentMessageState {
  const [state, setState] = useState<CurrentMessageState>({ message: null, loading: true });

  useEffect(() => {
    let latestRead = 0;
    let active = true;
    const read = () => {
      const readNumber = ++latestRead;
      setState((previous) => ({ ...previous, loading: true }));
      mailbox.currentMessage().then(
        (message) => {
          if (active && readNumber === latestRead) setState({ message, loading: false });
        },
        (error: unknown) => {
          if (active && readNumber === latestRead) setState({ message: null, loading: false, problem: errorMessage(error) });
        },
      );
    };
    read();
    const unsubscribe = mailbox.onMessageChanged(read);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [mailbox]);

  return state;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'The message could not be read. Select it again.';
}
