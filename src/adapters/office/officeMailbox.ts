import type { MailMessage, Mailbox } from '../mailbox.ts';
import { callOffice, OfficeCallError } from './officeCall.ts';
import type { OfficeNamespace } from './officeCall.ts';

/** Outlook refuses reply bodies over 32 KB (displayReplyFormAsync). */
const MAX_REPLY_HTML_CHARS = 32 * 1024;

export interface OfficeMailboxOptions {
  /** Told when following the selected message fails, so the screen can say the pane may be stale. */
  onError?: (error: OfficeCallError) => void;
}

/**
 * The `Mailbox` over Office.js in Outlook's read mode: the open message, the ItemChanged event of a
 * pinned pane, and Outlook's own reply form. Every Office callback is a promise that rejects with a
 * clear `OfficeCallError`.
 *
 * @example
 * Office.onReady(() => render(<TaskPane mailbox={createOfficeMailbox(Office)} … />));
 */
export function createOfficeMailbox(office: OfficeNamespace, options: OfficeMailboxOptions = {}): Mailbox {
  const mailbox = office.context.mailbox;
  const report = (error: unknown) => {
    if (error instanceof OfficeCallError) options.onError?.(error);
  };

  return {
    async currentMessage() {
      const item = mailbox.item as Office.MessageRead | null | undefined;
      if (item === null || item === undefined) return null;
      const body = await callOffice<string>(office, 'read the message body', (done) =>
        item.body.getAsync(office.CoercionType.Text, done),
      );
      return toMailMessage(item, body, await findReceivingMailbox(office, item, mailbox.userProfile.emailAddress));
    },
    onMessageChanged(listener) {
      const handler = () => listener();
      callOffice<void>(office, 'follow the selected message', (done) =>
        mailbox.addHandlerAsync(office.EventType.ItemChanged, handler, done),
      ).catch(report);
      return () => {
        callOffice<void>(office, 'stop following the selected message', (done) =>
          mailbox.removeHandlerAsync(office.EventType.ItemChanged, done),
        ).catch(report);
      };
    },
    async openReply(draft) {
      const item = mailbox.item as Office.MessageRead | null | undefined;
      if (item === null || item === undefined) throw new OfficeCallError('Select a message before opening a reply.');
      if (draft.htmlBody.length > MAX_REPLY_HTML_CHARS) {
        throw new OfficeCallError('The reply is longer than Outlook accepts (32 KB). Shorten the template text and try again.');
      }
      await callOffice<void>(office, 'open the reply form', (done) => item.displayReplyFormAsync({ htmlBody: draft.htmlBody }, done));
    },
  };
}

/**
 * The mailbox the message arrived in: the shared mailbox's owner when Outlook says the item lives in
 * one (support@, info@), else the signed-in user's own mailbox. Only the mailbox name depends on it,
 * so a failure falls back instead of hiding the message.
 */
async function findReceivingMailbox(office: OfficeNamespace, item: Office.MessageRead, userMailbox: string): Promise<string> {
  if (typeof item.getSharedPropertiesAsync !== 'function') return userMailbox;
  try {
    const shared = await callOffice<Office.SharedProperties>(office, 'read the shared mailbox', (done) => item.getSharedPropertiesAsync(done));
    return shared.owner || userMailbox;
  } catch {
    return userMailbox;
  }
}

function toMailMessage(item: Office.MessageRead, body: string, userMailbox: string): MailMessage {
  return {
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId,
    mailbox: userMailbox,
    from: { name: item.from?.displayName, email: item.from?.emailAddress ?? '' },
    to: (item.to ?? []).map((recipient) => recipient.emailAddress),
    subject: item.subject ?? '',
    body,
    bodyType: 'text',
    // Read mode has no received time; for a received message its creation time is when it arrived.
    receivedAt: new Date(item.dateTimeCreated).toISOString(),
  };
}
