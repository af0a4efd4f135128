import type { MailMessage } from '../mailbox.ts';
import { createDemoMailbox, DemoMailboxError } from './demoMailbox.ts';
import { DEMO_MESSAGES } from './demoMessages.ts';

function buildMessage(internetMessageId: string, subject: string): MailMessage {
  return {
    internetMessageId,
    conversationId: `conv-${internetMessageId}`,
    mailbox: 'support@qualitynetworks.nl',
    from: { email: 'requester@example.nl' },
    to: ['support@qualitynetworks.nl'],
    subject,
    body: 'Graag inzage in mijn gegevens.',
    bodyType: 'text',
    receivedAt: '2026-11-16T09:00:00Z',
  };
}

const messages = [buildMessage('<a@example.nl>', 'Inzage'), buildMessage('<b@example.nl>', 'Verwijderen')];

describe('createDemoMailbox', () => {
  it('lists the demo messages by default and starts with nothing selected', async () => {
    const mailbox = createDemoMailbox();
    expect(mailbox.listMessages()).toBe(DEMO_MESSAGES);
    expect(await mailbox.currentMessage()).toBeNull();
  });

  it('makes the selected message current and tells every listener', async () => {
    const mailbox = createDemoMailbox(messages);
    const heard: string[] = [];
    mailbox.onMessageChanged(() => heard.push('first'));
    mailbox.onMessageChanged(() => heard.push('second'));
    mailbox.select('<b@example.nl>');
    expect((await mailbox.currentMessage())?.subject).toBe('Verwijderen');
    expect(heard).toEqual(['first', 'second']);
  });

  it('stops telling a listener after it unsubscribes', () => {
    const mailbox = createDemoMailbox(messages);
    let calls = 0;
    const unsubscribe = mailbox.onMessageChanged(() => calls++);
    mailbox.select('<a@example.nl>');
    unsubscribe();
    mailbox.select('<b@example.nl>');
    expect(calls).toBe(1);
  });

  it('rejects an unknown message id with a DemoMailboxError and keeps the selection', async () => {
    const mailbox = createDemoMailbox(messages);
    mailbox.select('<a@example.nl>');
    expect(() => mailbox.select('<missing@example.nl>')).toThrow(DemoMailboxError);
    expect((await mailbox.currentMessage())?.internetMessageId).toBe('<a@example.nl>');
  });

  it('records an opened reply against the selected message, copied from the draft', async () => {
    const mailbox = createDemoMailbox(messages);
    mailbox.select('<b@example.nl>');
    const draft = { subject: 'RE: Verwijderen', htmlBody: '<p>Ontvangen</p>' };
    await mailbox.openReply(draft);
    draft.subject = 'changed afterwards';
    expect(mailbox.openedReplies()).toEqual([
      { inReplyTo: '<b@example.nl>', draft: { subject: 'RE: Verwijderen', htmlBody: '<p>Ontvangen</p>' } },
    ]);
  });

  it('refuses to open a reply when no message is selected', async () => {
    const mailbox = createDemoMailbox(messages);
    await expect(mailbox.openReply({ subject: 'x', htmlBody: '' })).rejects.toThrow(DemoMailboxError);
    expect(mailbox.openedReplies()).toHaveLength(0);
  });
});
