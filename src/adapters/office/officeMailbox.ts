import { measureUtf8Bytes } from '../../core/replies/measureUtf8Bytes.ts';
import { OUTLOOK_REPLY_HTML_MAX_BYTES } from '../../core/replies/renderReply.ts';
import type { MailMessage, Mailbox, ReplyDraft } from '../mailbox.ts';
import { callOffice, OfficeCallError } from './officeCall.ts';
import type { OfficeNamespace } from './officeCall.ts';

/*
 * The manifest asks for Mailbox 1.5 (pinnable pane, ItemChanged); newer calls are used only where
 * the client reports their requirement set, with a fallback for older Outlook versions.
 */
const REPLY_FORM_ASYNC_SET = '1.9';
const SHARED_PROPERTIES_SET = '1.8';

export interface OfficeMailboxOptions {
  /** Told when following the selected message fails, so the screen can say the pane may be stale. */
  onError?: (error: OfficeCallError) => void;
}

/**
 * The `Mailbox` over Office.js in Outlook's read mode: the open message, the ItemChanged event of a
 * pinned pane, and Outlook's own reply form. Every Office callback is a promise that rejects with a
 * clear `OfficeCallError`. Calls newer than the manifest's Mailbox 1.5 are checked first: the reply
 * form falls back to `displayReplyForm` below Mailbox 1.9, the shared mailbox is read from 1.8 on.
 *
 * @example
 * Office.onReady(() => render(<TaskPane mailbox={createOfficeMailbox(Office)} … />));
 */
export function createOfficeMailbox(office: OfficeNamespace, options: OfficeMailboxOptions = {}): Mailbox {
  const mailbox = office.context.mailbox;
  const report = (error: unknown) => {
    if (error instanceof OfficeCallError) options.onError?.(error);
  };
  const supports = (version: string) => office.context.requirements.isSetSupported('Mailbox', version);

  return {
    async currentMessage() {
      const item = mailbox.item as Office.MessageRead | null | undefined;
      if (item === null || item === undefined) return null;
      const body = await callOffice<string>(office, 'read the message body', (done) =>
        item.body.getAsync(office.CoercionType.Text, done),
      );
      const userMailbox = mailbox.userProfile.emailAddress;
      const receivingMailbox = supports(SHARED_PROPERTIES_SET) ? await findReceivingMailbox(office, item, userMailbox) : userMailbox;
      return toMailMessage(item, body, receivingMailbox);
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
      checkReplySize(draft);
      if (supports(REPLY_FORM_ASYNC_SET)) {
        await callOffice<void>(office, 'open the reply form', (done) => item.displayReplyFormAsync({ htmlBody: draft.htmlBody }, done));
        return;
      }
      openReplyFormOnOlderOutlook(item, draft);
    },
  };
}

/** Outlook opens reply bodies of at most 32 KB, measured in UTF-8 bytes as the replies core does. */
function checkReplySize(draft: ReplyDraft): void {
  const bytes = measureUtf8Bytes(draft.htmlBody);
  if (bytes > OUTLOOK_REPLY_HTML_MAX_BYTES) {
    throw new OfficeCallError(
      `The reply is ${Math.ceil(bytes / 1024)} KB, more than Outlook accepts (32 KB). Shorten the reasons or the note and try again.`,
    );
  }
}

/** Before Mailbox 1.9 only the synchronous form exists; it reports no result, only a thrown error. */
function openReplyFormOnOlderOutlook(item: Office.MessageRead, draft: ReplyDraft): void {
  try {
    item.displayReplyForm(draft.htmlBody);
  } catch (cause) {
    throw new OfficeCallError('Outlook could not open the reply form. Update Outlook or use Outlook on the web.', undefined, { cause });
  }
}

/**
 * The mailbox the message arrived in: the shared mailbox's owner when Outlook says the item lives in
 * one (support@, info@), else the signed-in user's own mailbox. Only the mailbox name depends on it,
 * so a failure falls back instead of hiding the message.
 */
async function findReceivingMailbox(office: OfficeNamespace, item: Office.MessageRead, userMailbox: string): Promise<string> {
  // Only items in a shared folder or mailbox have the call, even on clients with Mailbox 1.8.
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
