/** A message as a host hands it to Privacy Desk: Outlook, Graph or the demo mailbox. */
export interface MailMessage {
  internetMessageId: string;
  conversationId: string;
  /** The shared mailbox it arrived in, e.g. `support@qualitynetworks.nl`. */
  mailbox: string;
  from: { name?: string; email: string };
  to: string[];
  subject: string;
  body: string;
  bodyType: 'text' | 'html';
  /** ISO 8601 instant. */
  receivedAt: string;
}

/** A reply prepared by staff; the host opens it for review, staff send it themselves. */
export interface ReplyDraft {
  subject: string;
  htmlBody: string;
}

/** The mailbox the task pane reads from: the open Outlook item, or the demo mailbox. */
export interface Mailbox {
  /** The message shown now, or null when none is selected. */
  currentMessage(): Promise<MailMessage | null>;
  /** Calls `listener` whenever the selected message changes; returns an unsubscribe function. */
  onMessageChanged(listener: () => void): () => void;
  /** Opens a reply form with the draft for the current message. */
  openReply(draft: ReplyDraft): Promise<void>;
}
