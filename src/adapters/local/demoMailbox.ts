import type { MailMessage, Mailbox, ReplyDraft } from '../mailbox.ts';
import { DEMO_MESSAGES } from './demoMessages.ts';

/** A reply the demo mailbox "opened": kept so the screen can preview what Outlook would show. */
export interface OpenedDemoReply {
  inReplyTo: string;
  draft: ReplyDraft;
}

/** The mailbox outside Office: a fixed list of messages, one of which staff select in a picker. */
export interface DemoMailbox extends Mailbox {
  listMessages(): readonly MailMessage[];
  /** Selects a message by internet message id and tells the listeners. */
  select(internetMessageId: string): void;
  /** Replies opened so far, oldest first. */
  openedReplies(): readonly OpenedDemoReply[];
}

/** Raised when the demo mailbox is asked for a message it does not hold, or to reply to nothing. */
export class DemoMailboxError extends Error {
  override readonly name = 'DemoMailboxError';
}

/**
 * Creates the demo mailbox over `DEMO_MESSAGES` (or the messages given), with nothing selected.
 *
 * @example
 * const mailbox = createDemoMailbox();
 * mailbox.select(mailbox.listMessages()[0].internetMessageId);
 * await mailbox.currentMessage(); // the first demo message
 */
export function createDemoMailbox(messages: readonly MailMessage[] = DEMO_MESSAGES): DemoMailbox {
  const listeners = new Set<() => void>();
  const replies: OpenedDemoReply[] = [];
  let selected: MailMessage | null = null;

  return {
    listMessages: () => messages,
    async currentMessage() {
      return selected;
    },
    select(internetMessageId) {
      const message = messages.find((m) => m.internetMessageId === internetMessageId);
      if (message === undefined) throw new DemoMailboxError(`The demo mailbox holds no message ${internetMessageId}.`);
      selected = message;
      for (const listener of [...listeners]) listener();
    },
    onMessageChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async openReply(draft) {
      if (selected === null) throw new DemoMailboxError('Select a message before opening a reply.');
      replies.push({ inReplyTo: selected.internetMessageId, draft: { ...draft } });
    },
    openedReplies: () => [...replies],
  };
}
