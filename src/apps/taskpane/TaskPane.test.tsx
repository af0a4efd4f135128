// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { CaseChangeFeed } from '../../adapters/local/caseChangeNotifier.ts';
import { createDemoMailbox } from '../../adapters/local/demoMailbox.ts';
import { openIndexedDbCaseStore } from '../../adapters/local/indexedDbCaseStore.ts';
import { createMemoryCaseStore } from '../../adapters/local/memoryCaseStore.ts';
import type { MailMessage } from '../../adapters/mailbox.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { classifyEmail } from '../../core/classifier/classifyEmail.ts';
import { loadDefaultOrganisationProfile } from '../../core/organisation/loadDefaultOrganisationProfile.ts';
import { createManualCaseChangeFeed } from '../shared/manualCaseChangeFeed.test-support.ts';
import { renderWithProviders } from '../shared/renderWithProviders.test-support.tsx';
import { openCaseForMessage } from './openCaseForMessage.ts';
import { TaskPane } from './TaskPane.tsx';

const NOW = new Date('2026-11-24T10:00:00Z');

function buildMessage(overrides: Partial<MailMessage> & Pick<MailMessage, 'internetMessageId' | 'subject' | 'body'>): MailMessage {
  return {
    conversationId: 'conv-inzage',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Piet Jansen', email: 'piet@example.nl' },
    to: ['support@qualitynetworks.nl'],
    bodyType: 'text',
    receivedAt: '2026-11-16T09:00:00Z',
    ...overrides,
  };
}

const request = buildMessage({
  internetMessageId: '<request@example.nl>',
  subject: 'Inzageverzoek',
  body: 'Beste support,\n\nGraag wil ik inzage in alle persoonsgegevens die u van mij verwerkt (artikel 15 AVG).\n\nGroet,\nPiet',
});
const followUp = buildMessage({
  internetMessageId: '<follow-up@example.nl>',
  subject: 'RE: Inzageverzoek',
  body: 'Hallo, ik heb nog geen reactie gehad op mijn verzoek van vorige week. Groet, Piet',
  receivedAt: '2026-11-20T09:00:00Z',
});
const sameConversationOtherRequester = buildMessage({
  internetMessageId: '<colleague@example.nl>',
  subject: 'RE: Inzageverzoek',
  body: 'Graag wil ik ook inzage in mijn persoonsgegevens.',
  from: { name: 'Els de Boer', email: 'els@example.nl' },
  receivedAt: '2026-11-21T09:00:00Z',
});
const notARequest = buildMessage({
  internetMessageId: '<printer@example.nl>',
  conversationId: 'conv-printer',
  subject: 'Printer doet het niet',
  body: 'Hoi, de printer op de tweede verdieping geeft een papierstoring. Kunnen jullie kijken?',
});
const hostile = buildMessage({
  internetMessageId: '<hostile@example.nl>',
  conversationId: 'conv-hostile',
  subject: 'Verwijder mijn gegevens <img src=x onerror="alert(1)">',
  body: 'Verwijder al mijn persoonsgegevens uit jullie systemen. <img src=x onerror="alert(1)"> <script>alert(2)</script>',
});

const outOfOffice = buildMessage({
  internetMessageId: '<ooo@example.nl>',
  conversationId: 'conv-ooo',
  subject: 'Automatisch antwoord: Inzageverzoek',
  body: 'Ik ben afwezig tot en met 1 december en lees mijn mail niet. Voor dringende zaken: support@qualitynetworks.nl.',
});
const lateRequest = buildMessage({
  internetMessageId: '<late@example.nl>',
  conversationId: 'conv-late',
  subject: 'Inzageverzoek',
  body: 'Graag wil ik inzage in alle persoonsgegevens die u van mij verwerkt.',
  receivedAt: '2026-10-01T09:00:00Z',
});

const messages = [request, followUp, sameConversationOtherRequester, notARequest, hostile, outOfOffice, lateRequest];

function renderPane(caseStore: CaseStore = createMemoryCaseStore(), caseChanges?: CaseChangeFeed) {
  const demoMailbox = createDemoMailbox(messages);
  const profile = loadDefaultOrganisationProfile();
  renderWithProviders(
    <TaskPane mailbox={demoMailbox} demoMailbox={demoMailbox} caseStore={caseStore} caseChanges={caseChanges} profile={profile} staffMember="sanne.devries@qualitynetworks.nl" clock={() => NOW} />,
  );
  return { demoMailbox, caseStore, profile };
}

/** Picks a message and waits until the pane shows it and has looked up its case. */
async function pick(message: MailMessage) {
  fireEvent.change(screen.getByTestId('message-picker'), { target: { value: message.internetMessageId } });
  await waitFor(() => expect(screen.getByTestId('message-subject').textContent).toBe(message.subject));
  await waitFor(() => expect(screen.queryByText(/Looking for an existing case/)).toBeNull());
}

/** The "treat as request anyway" checkbox of one right. */
function rightBox(right: string): HTMLElement {
  const box = screen.getAllByTestId('treat-as-request-right').find((element) => element.getAttribute('data-right') === right);
  if (!box) throw new Error(`No checkbox for ${right}`);
  return box;
}

async function createCase(handlerId?: string) {
  const button = await screen.findByTestId('create-case-button');
  if (handlerId) fireEvent.change(screen.getByTestId('handler-picker'), { target: { value: handlerId } });
  fireEvent.click(button);
  return screen.findByTestId('case-reference');
}

afterEach(cleanup);

describe('TaskPane in demo mode', () => {
  it('lists every demo message in the picker and shows nothing until one is chosen', async () => {
    renderPane();
    expect(screen.getAllByTestId('message-option')).toHaveLength(messages.length);
    expect(await screen.findByText(/Select a message/)).toBeTruthy();
    expect(screen.queryByTestId('request-verdict')).toBeNull();
  });

  it('picks a request: verdict, right badge, marked deciding words, Amsterdam received date and deadlines', async () => {
    renderPane();
    await pick(request);
    const verdict = await screen.findByTestId('request-verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('request');
    expect(screen.getAllByTestId('right-badge').map((b) => b.getAttribute('data-right'))).toEqual(['access']);
    const marks = screen.getAllByTestId('evidence-mark');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.tagName === 'MARK')).toBe(true);
    // Every marked run is a verbatim piece of the subject or body the pane shows.
    expect(marks.every((mark) => `${request.subject}\n${request.body}`.includes(mark.textContent ?? '\u0000'))).toBe(true);
    expect(screen.getByTestId('received-date').textContent).toContain('Monday 16 November 2026, 10:00');
    expect(screen.getByTestId('legal-deadline').getAttribute('data-deadline')).toBe('2026-12-16');
    expect(screen.getByTestId('target-date').getAttribute('data-target')).toBe('2026-12-16');
  });

  it('creates one tracked case with the chosen handler, then shows it instead of a second create button', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    const reference = await createCase('thomas');
    expect(reference.textContent).toBe('AVG-2026-0001');
    expect(screen.queryByTestId('create-case-button')).toBeNull();
    expect(screen.getByTestId('case-status').getAttribute('data-status')).toBe('open');
    expect(screen.getByTestId('case-handler').textContent).toContain('Thomas Bakker');
    expect(screen.getAllByTestId('checklist-step').length).toBeGreaterThan(0);
    const stored = await caseStore.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.handler).toBe('thomas');
    const events = within(screen.getByTestId('audit-trail')).getAllByTestId('audit-event').map((e) => e.getAttribute('data-event-type'));
    expect(events).toEqual(expect.arrayContaining(['received', 'classified', 'opened', 'assigned']));
  });

  it('shows the existing case for the same message after switching away and back (no duplicate)', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    await pick(notARequest);
    await screen.findByTestId('no-case-needed');
    await pick(request);
    expect((await screen.findByTestId('case-reference')).textContent).toBe('AVG-2026-0001');
    expect(screen.queryByTestId('create-case-button')).toBeNull();
    expect(await caseStore.list()).toHaveLength(1);
  });

  it('shows the existing case for a follow-up from the same requester and attaches it on request', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    await pick(followUp);
    expect((await screen.findByTestId('case-reference')).textContent).toBe('AVG-2026-0001');
    expect(screen.getByTestId('follow-up-notice')).toBeTruthy();
    expect(screen.queryByTestId('create-case-button')).toBeNull();
    fireEvent.click(screen.getByTestId('attach-message-button'));
    await waitFor(() => expect(screen.queryByTestId('follow-up-notice')).toBeNull());
    const [stored] = await caseStore.list();
    expect(stored?.sourceMessages.map((m) => m.internetMessageId)).toEqual([request.internetMessageId, followUp.internetMessageId]);
    expect(stored?.auditTrail.at(-1)).toMatchObject({ type: 'message_attached', internetMessageId: followUp.internetMessageId });
  });

  it('records the business customer as processor and counts the deadline from their earlier receipt', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    fireEvent.click(await screen.findByTestId('processor-checkbox'));
    expect((screen.getByTestId('create-case-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('processor-customer'), { target: { value: 'Jansen Logistiek BV' } });
    // The customer received it on 10 November, six days before it reached us: their month governs.
    fireEvent.change(screen.getByTestId('processor-received-on'), { target: { value: '2026-11-10' } });
    await createCase();
    const [stored] = await caseStore.list();
    expect(stored?.processorFor).toBe('Jansen Logistiek BV');
    expect(screen.getByTestId('legal-deadline').getAttribute('data-deadline')).toBe('2026-12-10');
    expect(screen.getByText(/processor for Jansen Logistiek BV/).textContent).toContain('Tuesday 10 November 2026');
  });

  it('offers a new case to another requester writing in the same conversation', async () => {
    renderPane();
    await pick(request);
    await createCase();
    await pick(sameConversationOtherRequester);
    expect(await screen.findByTestId('create-case-button')).toBeTruthy();
    expect(screen.queryByTestId('case-reference')).toBeNull();
  });

  it('shows no case button for a non-request until staff treat it as a request anyway', async () => {
    const { caseStore } = renderPane();
    await pick(notARequest);
    expect((await screen.findByTestId('request-verdict')).getAttribute('data-verdict')).toBe('not-a-request');
    expect(screen.queryByTestId('create-case-button')).toBeNull();
    expect(screen.queryByTestId('right-badge')).toBeNull();
    fireEvent.click(rightBox('rectification'));
    fireEvent.click(screen.getByTestId('treat-as-request'));
    expect(screen.getAllByTestId('right-badge').map((b) => b.getAttribute('data-right'))).toEqual(['rectification']);
    await createCase();
    expect((await caseStore.list())[0]?.rightsInvoked).toEqual(['rectification']);
  });

  it('makes staff tick the right(s) before treating a message as a request: none ticked in advance, several allowed', async () => {
    const { caseStore } = renderPane();
    await pick(notARequest);
    expect(screen.getAllByTestId('treat-as-request-right').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    expect((screen.getByTestId('treat-as-request') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(rightBox('erasure'));
    fireEvent.click(rightBox('access'));
    fireEvent.click(screen.getByTestId('treat-as-request'));
    expect(screen.getAllByTestId('right-badge').map((b) => b.getAttribute('data-right'))).toEqual(['access', 'erasure']);
    await createCase();
    expect((await caseStore.list())[0]?.rightsInvoked).toEqual(['access', 'erasure']);
  });

  it('says plainly that an out-of-office reply is an automatic reply needing no action, without a confidence figure', async () => {
    renderPane();
    await pick(outOfOffice);
    const verdict = await screen.findByTestId('request-verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('automatic-reply');
    expect(verdict.textContent).toBe('Automatic reply (out of office or similar): no action is needed.');
    expect(screen.queryByText(/confidence/)).toBeNull();
    expect(screen.queryByText(/weak or conflicting/)).toBeNull();
  });

  it('shows the breach notification deadline beside the answer deadline, before and after opening the case', async () => {
    renderPane();
    await pick(notARequest);
    fireEvent.click(rightBox('erasure'));
    fireEvent.click(rightBox('breach_report'));
    fireEvent.click(screen.getByTestId('treat-as-request'));
    // Received Monday 16 November 10:00 in Amsterdam: 72 hours later is Thursday 19 November, 10:00.
    const checkDeadlines = () => {
      expect(screen.getByTestId('legal-deadline').getAttribute('data-deadline')).toBe('2026-12-16');
      expect(screen.getByTestId('breach-deadline').getAttribute('data-deadline')).toBe('2026-11-19T09:00:00.000Z');
      expect(screen.getByTestId('breach-deadline').textContent).toBe('Thursday 19 November 2026, 10:00 (72 hours, Art. 33)');
      expect(screen.getByTestId('days-left').textContent).toBe('Overdue by 5 days (breach notification)');
    };
    checkDeadlines();
    await createCase();
    checkDeadlines();
  });

  it('offers no identity check for a case that only unsubscribes or reports a breach', async () => {
    renderPane();
    await pick(notARequest);
    fireEvent.click(rightBox('unsubscribe'));
    fireEvent.click(rightBox('breach_report'));
    fireEvent.click(screen.getByTestId('treat-as-request'));
    await createCase();
    expect(screen.getByTestId('acknowledge-button')).toBeTruthy();
    expect(screen.queryByTestId('request-identity-button')).toBeNull();
    expect(screen.queryByTestId('verify-identity-button')).toBeNull();
  });

  it('names the systems of the checklist as the profile does, in the audit trail too', async () => {
    renderPane();
    await pick(request);
    await createCase();
    const steps = screen.getAllByTestId('checklist-step').map((step) => step.textContent ?? '');
    expect(steps.some((text) => text.startsWith('Access – Third parties'))).toBe(true);
    expect(steps.filter((text) => /office365|third_parties|·/.test(text))).toEqual([]);
    fireEvent.click(within(screen.getAllByTestId('checklist-step')[0] as HTMLElement).getByTestId('step-done-button'));
    await waitFor(() => expect(screen.getByTestId('audit-trail').textContent).toMatch(/Access – [^:]+: done by Sanne de Vries/));
    expect(screen.getByTestId('audit-trail').textContent).not.toContain('Step access:');
  });

  it('prepares the reply a recorded step asks for (the prepare_reply effect), replacing what was picked before', async () => {
    renderPane();
    await pick(request);
    await createCase();
    fireEvent.change(screen.getByTestId('template-picker'), { target: { value: 'refusal' } });
    fireEvent.click(screen.getByTestId('acknowledge-button'));
    await waitFor(() => expect(screen.queryByTestId('acknowledge-button')).toBeNull());
    expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).toBe('acknowledgement');
  });

  it('hands a case over and says who handles it now (the notify_handler effect)', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase('thomas');
    expect(screen.queryByTestId('case-notice')).toBeNull();
    fireEvent.change(screen.getByTestId('hand-over-picker'), { target: { value: 'sanne' } });
    fireEvent.click(screen.getByTestId('hand-over-button'));
    expect((await screen.findByTestId('case-notice')).textContent).toBe('Sanne de Vries is now handling this case.');
    expect(screen.getByTestId('case-handler').textContent).toContain('Sanne de Vries');
    expect((await caseStore.list())[0]?.handler).toBe('sanne');
  });

  it('calls the pane user "Demo user" in demo mode, not "signed in"', () => {
    renderPane();
    expect(screen.getByText(/Demo user: sanne.devries@qualitynetworks.nl/)).toBeTruthy();
    expect(screen.queryByText(/Signed in as/)).toBeNull();
  });

  it('shows markup in an email as text: an <img onerror> and a <script> never become elements', async () => {
    renderPane();
    await pick(hostile);
    const body = await screen.findByTestId('message-body');
    expect(body.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(body.textContent).toContain('<script>alert(2)</script>');
    expect(screen.getByTestId('message-subject').textContent).toContain('<img src=x');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('marks a checklist step done and waives another with its reason, each in the audit trail', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    const [first, second] = screen.getAllByTestId('checklist-step');
    fireEvent.click(within(first as HTMLElement).getByTestId('step-done-button'));
    await waitFor(() => expect(screen.getAllByTestId('checklist-step')[0]?.getAttribute('data-state')).toBe('done'));
    const waivable = screen.getAllByTestId('checklist-step')[1] as HTMLElement;
    expect(second?.getAttribute('data-step-id')).toBe(waivable.getAttribute('data-step-id'));
    fireEvent.click(within(waivable).getByTestId('step-waive-toggle'));
    expect((within(waivable).getByTestId('step-waive-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(waivable).getByTestId('waive-reason'), { target: { value: 'Requester has no newsletter subscription' } });
    fireEvent.click(within(waivable).getByTestId('step-waive-button'));
    await waitFor(() => expect(screen.getAllByTestId('checklist-step')[1]?.getAttribute('data-state')).toBe('waived'));
    const [stored] = await caseStore.list();
    expect(stored?.auditTrail.slice(-2)).toMatchObject([
      { type: 'step_done', by: 'sanne.devries@qualitynetworks.nl' },
      { type: 'step_waived', reason: 'Requester has no newsletter subscription' },
    ]);
  });

  it('preselects the acknowledgement in Dutch, switches to English, and records the opened reply', async () => {
    const { caseStore, demoMailbox } = renderPane();
    await pick(request);
    await createCase();
    expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).toBe('acknowledgement');
    expect((screen.getByTestId('language-picker') as HTMLSelectElement).value).toBe('nl');
    const dutchPreview = screen.getByTestId('reply-preview').textContent;
    fireEvent.change(screen.getByTestId('language-picker'), { target: { value: 'en' } });
    expect(screen.getByTestId('reply-preview').textContent).not.toBe(dutchPreview);
    expect(screen.getByTestId('reply-preview').textContent).toContain('AVG-2026-0001');
    fireEvent.click(screen.getByTestId('open-reply-button'));
    expect(await screen.findByTestId('reply-preview-dialog')).toBeTruthy();
    expect(demoMailbox.openedReplies()).toHaveLength(1);
    expect(demoMailbox.openedReplies()[0]?.inReplyTo).toBe(request.internetMessageId);
    const [stored] = await caseStore.list();
    expect(stored?.auditTrail.at(-1)).toMatchObject({ type: 'reply_sent', templateId: 'acknowledgement' });
    await waitFor(() => expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).not.toBe('acknowledgement'));
  });

  it('asks for reasons before a refusal can be opened', async () => {
    renderPane();
    await pick(request);
    await createCase();
    fireEvent.change(screen.getByTestId('template-picker'), { target: { value: 'refusal' } });
    expect(screen.getByTestId('reply-problem')).toBeTruthy();
    expect((screen.getByTestId('open-reply-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('reply-input-refusalReasons'), { target: { value: 'Wij verwerken geen gegevens van u.' } });
    expect(screen.getByTestId('reply-preview').textContent).toContain('Wij verwerken geen gegevens van u.');
    expect((screen.getByTestId('open-reply-button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('explains that the extension notice waits for a recorded extension, and offers no date field of its own', async () => {
    renderPane();
    await pick(request);
    await createCase();
    const option = [...(screen.getByTestId('template-picker') as HTMLSelectElement).options].find((o) => o.value === 'extension');
    expect(option?.textContent).toContain('(extend the case first)');
    fireEvent.change(screen.getByTestId('template-picker'), { target: { value: 'extension' } });
    expect(screen.getByTestId('reply-problem').textContent).toMatch(/once the extension is recorded/);
    expect((screen.getByTestId('open-reply-button') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('reply-input-newDeadline')).toBeNull();
  });

  it('extends to a chosen date with reasons, then prepares the notice that quotes that date and those reasons', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    fireEvent.click(screen.getByTestId('extend-toggle'));
    // Default: three months from receipt on 16 November, as the core counts it.
    expect((screen.getByTestId('extend-until') as HTMLInputElement).value).toBe('2027-02-16');
    fireEvent.change(screen.getByTestId('extend-until'), { target: { value: '2027-01-15' } });
    fireEvent.change(screen.getByTestId('extend-reason'), { target: { value: 'Archive search across five systems' } });
    expect(screen.getByTestId('extend-button').textContent).toBe('Extend to Friday 15 January 2027');
    fireEvent.click(screen.getByTestId('extend-button'));
    await waitFor(() => expect(screen.getByTestId('legal-deadline').getAttribute('data-deadline')).toBe('2027-01-15'));
    expect(screen.getByTestId('case-extension').textContent).toBe(
      'Extended on Tuesday 24 November 2026 to Friday 15 January 2027. Reason: Archive search across five systems',
    );
    expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).toBe('extension');
    expect((screen.getByTestId('reply-input-extensionReasons') as HTMLTextAreaElement).value).toBe('Archive search across five systems');
    expect(screen.getByTestId('reply-preview').textContent).toContain('15 januari 2027');
    // A checklist step done meanwhile keeps the prepared notice and what was typed in it.
    fireEvent.change(screen.getByTestId('reply-input-staffNote'), { target: { value: 'Wij houden u op de hoogte.' } });
    fireEvent.click(screen.getAllByTestId('step-done-button')[0] as HTMLElement);
    await waitFor(() => expect(screen.getAllByTestId('checklist-step')[0]?.getAttribute('data-state')).toBe('done'));
    expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).toBe('extension');
    expect((screen.getByTestId('reply-input-staffNote') as HTMLTextAreaElement).value).toBe('Wij houden u op de hoogte.');
    fireEvent.click(screen.getByTestId('open-reply-button'));
    await waitFor(async () => expect((await caseStore.list())[0]?.auditTrail.at(-1)).toMatchObject({ type: 'reply_sent', templateId: 'extension' }));
    await waitFor(() => expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).not.toBe('extension'));
  });

  it('offers no extension once the first month has passed', async () => {
    renderPane();
    await pick(lateRequest);
    await createCase();
    expect(screen.getByTestId('close-toggle')).toBeTruthy();
    expect(screen.queryByTestId('extend-toggle')).toBeNull();
  });

  it('extends a case with a reason: the legal deadline moves to three months after receipt', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    fireEvent.click(screen.getByTestId('extend-toggle'));
    expect((screen.getByTestId('extend-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('extend-reason'), { target: { value: 'Archive search across five systems' } });
    fireEvent.click(screen.getByTestId('extend-button'));
    await waitFor(() => expect(screen.getByTestId('case-status').getAttribute('data-status')).toBe('extended'));
    expect(screen.getByTestId('legal-deadline').getAttribute('data-deadline')).toBe('2027-02-16');
    expect(screen.queryByTestId('extend-toggle')).toBeNull();
    expect((await caseStore.list())[0]?.auditTrail.at(-1)).toMatchObject({ type: 'extended', reason: 'Archive search across five systems' });
  });

  it('refuses to close as completed while checklist steps are open, and says which', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    fireEvent.click(screen.getByTestId('close-toggle'));
    fireEvent.click(screen.getByTestId('close-button'));
    expect((await screen.findByTestId('case-problem')).textContent).toMatch(/still open/);
    expect((await caseStore.list())[0]?.status).toBe('open');
  });

  it('closes a withdrawn case with its outcome, after which no reply or stage button is offered', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    fireEvent.click(screen.getByTestId('close-toggle'));
    fireEvent.change(screen.getByTestId('close-outcome'), { target: { value: 'withdrawn' } });
    fireEvent.click(screen.getByTestId('close-button'));
    await waitFor(() => expect(screen.getByTestId('case-status').getAttribute('data-status')).toBe('closed'));
    expect(screen.getByTestId('case-outcome').textContent).toContain('withdrawn');
    expect(screen.queryByTestId('open-reply-button')).toBeNull();
    expect(screen.queryByTestId('close-toggle')).toBeNull();
    expect((await caseStore.list())[0]?.outcome).toBe('withdrawn');
  });

  it('still offers the refusal reply on a case closed as refused, and nothing once it is sent', async () => {
    const { caseStore } = renderPane();
    await pick(request);
    await createCase();
    fireEvent.click(screen.getByTestId('close-toggle'));
    fireEvent.change(screen.getByTestId('close-outcome'), { target: { value: 'refused' } });
    fireEvent.change(screen.getByTestId('close-note'), { target: { value: 'Wij verwerken geen gegevens van u.' } });
    fireEvent.click(screen.getByTestId('close-button'));
    await waitFor(() => expect(screen.getByTestId('case-status').getAttribute('data-status')).toBe('closed'));
    expect((screen.getByTestId('template-picker') as HTMLSelectElement).value).toBe('refusal');
    fireEvent.change(screen.getByTestId('reply-input-refusalReasons'), { target: { value: 'Wij verwerken geen gegevens van u.' } });
    fireEvent.click(screen.getByTestId('open-reply-button'));
    await waitFor(() => expect(screen.queryByTestId('open-reply-button')).toBeNull());
    const [stored] = await caseStore.list();
    expect(stored?.status).toBe('closed');
    expect(stored?.auditTrail.at(-1)).toMatchObject({ type: 'reply_sent', templateId: 'refusal' });
  });

  it('tells staff when the case cannot be saved and keeps offering the button', async () => {
    const failing: CaseStore = { ...createMemoryCaseStore(), save: () => Promise.reject(new Error('Disk full: free space and try again.')) };
    renderPane(failing);
    await pick(request);
    fireEvent.click(await screen.findByTestId('create-case-button'));
    expect((await screen.findByTestId('case-problem')).textContent).toContain('Disk full');
    expect(screen.getByTestId('create-case-button')).toBeTruthy();
    expect(screen.queryByTestId('case-reference')).toBeNull();
  });
});

describe('TaskPane on the browser case database', () => {
  it('saves the case where a second store on the same database (the Teams tab) reads it', async () => {
    const factory = new IDBFactory();
    renderPane(await openIndexedDbCaseStore({ factory }));
    await pick(request);
    const reference = (await createCase()).textContent;
    const tabStore = await openIndexedDbCaseStore({ factory });
    expect((await tabStore.list()).map((c) => c.reference)).toEqual([reference]);
    expect((await tabStore.listByMessage(followUp.internetMessageId, followUp.conversationId)).map((c) => c.reference)).toEqual([reference]);
  });
});

describe('TaskPane following cases saved in other windows', () => {
  it('shows the case opened in another window of this browser for the open message, without a reload', async () => {
    const caseStore = createMemoryCaseStore();
    const changes = createManualCaseChangeFeed();
    const { profile } = renderPane(caseStore, changes.feed);
    await pick(request);
    await screen.findByTestId('create-case-button');
    const elsewhere = await openCaseForMessage(caseStore, {
      message: request,
      classification: classifyEmail({ subject: request.subject, body: request.body, bodyType: 'text', from: request.from.email, to: request.to, receivedAt: request.receivedAt }),
      profile,
      openedBy: 'thomas.bakker@qualitynetworks.nl',
      handlerId: 'thomas',
      now: NOW.toISOString(),
    });
    await act(async () => changes.announce(elsewhere.id));
    expect((await screen.findByTestId('case-reference')).textContent).toBe(elsewhere.reference);
    expect(screen.queryByTestId('create-case-button')).toBeNull();
  });

  it('keeps its own newer change when a read started by an announcement finishes after it', async () => {
    const memory = createMemoryCaseStore();
    let heldRead: (() => void) | undefined;
    // Reads as the store was when asked, but answers only when the test lets it, as a slow database might.
    const caseStore: CaseStore = {
      ...memory,
      list: async () => {
        const snapshot = await memory.list();
        if (heldRead === undefined) return snapshot;
        return new Promise((resolve) => (heldRead = () => resolve(snapshot)));
      },
    };
    const changes = createManualCaseChangeFeed();
    renderPane(caseStore, changes.feed);
    await pick(request);
    await createCase();
    heldRead = () => undefined;
    await act(async () => changes.announce('case-saved-elsewhere'));
    fireEvent.click(screen.getByTestId('acknowledge-button'));
    await waitFor(() => expect(screen.getByTestId('case-status').getAttribute('data-status')).toBe('acknowledged'));
    await act(async () => heldRead?.());
    expect(screen.getByTestId('case-status').getAttribute('data-status')).toBe('acknowledged');
  });
});

describe('TaskPane when Outlook cannot open the reply form', () => {
  it('shows the reason and records no reply_sent event', async () => {
    const demoMailbox = createDemoMailbox(messages);
    const mailbox = { ...demoMailbox, openReply: () => Promise.reject(new Error('Outlook could not open the reply form: item was moved.')) };
    const caseStore = createMemoryCaseStore();
    renderWithProviders(
      <TaskPane mailbox={mailbox} demoMailbox={demoMailbox} caseStore={caseStore} profile={loadDefaultOrganisationProfile()} staffMember="sanne" clock={() => NOW} />,
    );
    await pick(request);
    await createCase();
    fireEvent.click(screen.getByTestId('open-reply-button'));
    expect((await screen.findByTestId('case-problem')).textContent).toContain('item was moved');
    expect(screen.queryByTestId('reply-preview-dialog')).toBeNull();
    expect((await caseStore.list())[0]?.auditTrail.some((event) => event.type === 'reply_sent')).toBe(false);
  });
});

describe('TaskPane in Outlook', () => {
  it('shows no message picker and reads the message the host reports', async () => {
    const demoMailbox = createDemoMailbox(messages);
    demoMailbox.select(request.internetMessageId);
    renderWithProviders(
      <TaskPane mailbox={demoMailbox} caseStore={createMemoryCaseStore()} profile={loadDefaultOrganisationProfile()} staffMember="sanne" clock={() => NOW} />,
    );
    expect(await screen.findByTestId('request-verdict')).toBeTruthy();
    expect(screen.queryByTestId('message-picker')).toBeNull();
  });

  it('shows a problem the host reports, such as Outlook refusing to follow the selected message', async () => {
    let report: (problem: string) => void = () => undefined;
    const hostProblems = { subscribe: (listener: (problem: string) => void) => ((report = listener), () => undefined) };
    renderWithProviders(
      <TaskPane mailbox={createDemoMailbox(messages)} caseStore={createMemoryCaseStore()} profile={loadDefaultOrganisationProfile()} staffMember="sanne" clock={() => NOW} hostProblems={hostProblems} />,
    );
    await screen.findByText(/Select a message/);
    act(() => report('Outlook could not follow the selected message: Mailbox 1.5 is not supported.'));
    expect(screen.getByTestId('host-problem').textContent).toContain('Mailbox 1.5');
  });
});
