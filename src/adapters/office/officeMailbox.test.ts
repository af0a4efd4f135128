import { OfficeMockObject } from 'office-addin-mock';
import { OfficeCallError } from './officeCall.ts';
import type { OfficeNamespace } from './officeCall.ts';
import { createOfficeMailbox } from './officeMailbox.ts';

type Callback = (result: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;

const succeeded = (value?: unknown) => ({ status: 'succeeded', value });
const failed = (message: string) => ({ status: 'failed', error: { code: 9002, message } });

/** Whether `version` (e.g. '1.10') is at most `supported`, comparing each number. */
function isAtMost(version: string, supported: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [topMajor = 0, topMinor = 0] = supported.split('.').map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/**
 * Builds the Office namespace as Outlook read mode shows it; `outcome` decides every *Async result,
 * `mailboxVersion` the highest Mailbox requirement set the client reports.
 */
function buildOffice(outcome: 'succeed' | 'fail', item: object | null = buildItem(outcome), mailboxVersion = '1.9') {
  const handlers: (() => void)[] = [];
  const mock = new OfficeMockObject(
    {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      CoercionType: { Text: 'text', Html: 'html' },
      EventType: { ItemChanged: 'olkItemSelectedChanged' },
      context: {
        requirements: {
          isSetSupported: (name: string, version = '1.1') => name === 'Mailbox' && isAtMost(version, mailboxVersion),
        },
        mailbox: {
          userProfile: { emailAddress: 'support@qualitynetworks.nl' },
          addHandlerAsync(_type: string, handler: () => void, done: Callback) {
            if (outcome === 'succeed') handlers.push(handler);
            done(outcome === 'succeed' ? succeeded() : failed('Mailbox 1.5 is not supported'));
          },
          removeHandlerAsync(_type: string, done: Callback) {
            handlers.length = 0;
            done(succeeded());
          },
        },
      },
    },
    // Outlook mode: values are readable without load()/sync(), as in Outlook's own API.
    'outlook' as ConstructorParameters<typeof OfficeMockObject>[1],
  );
  // The mock copies plain objects; the item is set afterwards so Date and function values stay as given.
  (mock.context.mailbox as { item: unknown }).item = item;
  return { office: mock as unknown as OfficeNamespace, fireItemChanged: () => handlers.forEach((h) => h()) };
}

function buildItem(outcome: 'succeed' | 'fail') {
  const replies: unknown[] = [];
  return {
    replies,
    internetMessageId: '<inzage-1@mail.example>',
    conversationId: 'AAQkAGI2',
    subject: 'Inzageverzoek',
    from: { displayName: 'Marleen Verhoeven', emailAddress: 'marleen@mail.example' },
    to: [{ displayName: 'Support', emailAddress: 'support@qualitynetworks.nl' }],
    dateTimeCreated: new Date('2026-11-16T09:12:44Z'),
    body: {
      getAsync(_coercion: string, done: Callback) {
        done(outcome === 'succeed' ? succeeded('Graag inzage in mijn gegevens.') : failed('The item is no longer available'));
      },
    },
    displayReplyFormAsync(form: { htmlBody: string }, done: Callback) {
      replies.push(form);
      done(outcome === 'succeed' ? succeeded() : failed('The reply form could not open'));
    },
    displayReplyForm(htmlBody: string) {
      replies.push({ synchronous: htmlBody });
    },
  };
}

describe('createOfficeMailbox', () => {
  it('reads the open message, its body as text and its arrival time', async () => {
    const { office } = buildOffice('succeed');
    const message = await createOfficeMailbox(office).currentMessage();
    expect(message).toEqual({
      internetMessageId: '<inzage-1@mail.example>',
      conversationId: 'AAQkAGI2',
      mailbox: 'support@qualitynetworks.nl',
      from: { name: 'Marleen Verhoeven', email: 'marleen@mail.example' },
      to: ['support@qualitynetworks.nl'],
      subject: 'Inzageverzoek',
      body: 'Graag inzage in mijn gegevens.',
      bodyType: 'text',
      receivedAt: '2026-11-16T09:12:44.000Z',
    });
  });

  it('names the shared mailbox the message arrived in when Outlook reports one', async () => {
    const item = {
      ...buildItem('succeed'),
      getSharedPropertiesAsync: (done: Callback) => done(succeeded({ owner: 'info@qualitynetworks.nl', targetMailbox: 'x', delegatePermissions: 1 })),
    };
    const { office } = buildOffice('succeed', item);
    expect((await createOfficeMailbox(office).currentMessage())?.mailbox).toBe('info@qualitynetworks.nl');
  });

  it('falls back to the signed-in mailbox when reading the shared mailbox fails', async () => {
    const item = { ...buildItem('succeed'), getSharedPropertiesAsync: (done: Callback) => done(failed('Not a shared folder')) };
    const { office } = buildOffice('succeed', item);
    expect((await createOfficeMailbox(office).currentMessage())?.mailbox).toBe('support@qualitynetworks.nl');
  });

  it('returns null when no message is open (pinned pane between selections)', async () => {
    const { office } = buildOffice('succeed', null);
    expect(await createOfficeMailbox(office).currentMessage()).toBeNull();
  });

  it('rejects with an OfficeCallError naming the action when the body cannot be read', async () => {
    const { office } = buildOffice('fail');
    const reading = createOfficeMailbox(office).currentMessage();
    await expect(reading).rejects.toThrow(OfficeCallError);
    await expect(reading).rejects.toThrow(/could not read the message body: The item is no longer available/);
  });

  it('calls the listener on ItemChanged until it unsubscribes', () => {
    const { office, fireItemChanged } = buildOffice('succeed');
    let calls = 0;
    const unsubscribe = createOfficeMailbox(office).onMessageChanged(() => calls++);
    fireItemChanged();
    unsubscribe();
    fireItemChanged();
    expect(calls).toBe(1);
  });

  it('reports a failed ItemChanged registration through onError instead of losing it', async () => {
    const { office } = buildOffice('fail');
    const errors: OfficeCallError[] = [];
    createOfficeMailbox(office, { onError: (error) => errors.push(error) }).onMessageChanged(() => undefined);
    await Promise.resolve();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/follow the selected message: Mailbox 1.5/)]);
    expect(errors[0]?.code).toBe(9002);
  });

  it('opens Outlook\'s reply form with the HTML body', async () => {
    const item = buildItem('succeed');
    const { office } = buildOffice('succeed', item);
    await createOfficeMailbox(office).openReply({ subject: 'RE: Inzageverzoek', htmlBody: '<p>Ontvangen</p>' });
    expect(item.replies).toEqual([{ htmlBody: '<p>Ontvangen</p>' }]);
  });

  it('rejects when the reply form fails to open', async () => {
    const { office } = buildOffice('fail');
    await expect(createOfficeMailbox(office).openReply({ subject: 's', htmlBody: '<p>x</p>' })).rejects.toThrow(/could not open the reply form/);
  });

  it('refuses a reply body over Outlook\'s 32 KB limit without calling Outlook', async () => {
    const item = buildItem('succeed');
    const { office } = buildOffice('succeed', item);
    const tooLong = `<p>${'a'.repeat(32 * 1024)}</p>`;
    await expect(createOfficeMailbox(office).openReply({ subject: 's', htmlBody: tooLong })).rejects.toThrow(/32 KB/);
    expect(item.replies).toEqual([]);
  });

  it('turns an Office call that throws (unsupported API) into a rejected OfficeCallError', async () => {
    const item = { ...buildItem('succeed'), displayReplyFormAsync: () => { throw new TypeError('not a function'); } };
    const { office } = buildOffice('succeed', item);
    await expect(createOfficeMailbox(office).openReply({ subject: 's', htmlBody: '<p>x</p>' })).rejects.toThrow(/update Outlook/);
  });

  it('falls back to displayReplyForm on Outlook clients below Mailbox 1.9', async () => {
    const item = buildItem('succeed');
    const { office } = buildOffice('succeed', item, '1.8');
    await createOfficeMailbox(office).openReply({ subject: 'RE: Inzageverzoek', htmlBody: '<p>Ontvangen</p>' });
    expect(item.replies).toEqual([{ synchronous: '<p>Ontvangen</p>' }]);
  });

  it('turns a failing displayReplyForm on an older client into an OfficeCallError', async () => {
    const item = { ...buildItem('succeed'), displayReplyForm: () => { throw new Error('Internal error'); } };
    const { office } = buildOffice('succeed', item, '1.5');
    await expect(createOfficeMailbox(office).openReply({ subject: 's', htmlBody: '<p>x</p>' })).rejects.toThrow(OfficeCallError);
  });

  it('does not ask for the shared mailbox below Mailbox 1.8, and names the signed-in mailbox', async () => {
    const getSharedPropertiesAsync = vi.fn((done: Callback) => done(succeeded({ owner: 'info@qualitynetworks.nl' })));
    const { office } = buildOffice('succeed', { ...buildItem('succeed'), getSharedPropertiesAsync }, '1.7');
    expect((await createOfficeMailbox(office).currentMessage())?.mailbox).toBe('support@qualitynetworks.nl');
    expect(getSharedPropertiesAsync).not.toHaveBeenCalled();
  });

  it('measures the 32 KB limit in UTF-8 bytes, as the replies core does: fewer characters can still be too many bytes', async () => {
    const item = buildItem('succeed');
    const { office } = buildOffice('succeed', item);
    // 11,000 euro signs are 11,000 characters but 33,000 bytes.
    const euros = `<p>${'€'.repeat(11_000)}</p>`;
    await expect(createOfficeMailbox(office).openReply({ subject: 's', htmlBody: euros })).rejects.toThrow(/33 KB, more than Outlook accepts \(32 KB\)/);
    const fits = `<p>${'a'.repeat(32 * 1024 - 7)}</p>`;
    await createOfficeMailbox(office).openReply({ subject: 's', htmlBody: fits });
    expect(item.replies).toEqual([{ htmlBody: fits }]);
  });
});
