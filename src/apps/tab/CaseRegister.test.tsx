// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryCaseStore } from '../../adapters/local/memoryCaseStore.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { createManualCaseChangeFeed } from '../shared/manualCaseChangeFeed.test-support.ts';
import { renderWithProviders } from '../shared/renderWithProviders.test-support.tsx';
import { CaseRegister } from './CaseRegister.tsx';
import { buildRegisterCase, closeRegisterCase } from './registerCases.test-support.ts';

// Wednesday 4 March 2026, 10:00 in Amsterdam.
const now = () => '2026-03-04T09:00:00Z';

const overdue = buildRegisterCase('AVG-2026-0001', '2026-03-02', {
  requester: { name: 'Piet Jansen', email: 'piet@example.nl' },
  rightsInvoked: ['access', 'erasure'],
  handler: 'bas',
  auditTrail: [
    { type: 'received', at: '2026-02-02T09:00:00Z', internetMessageId: '<AVG-2026-0001@example.nl>' },
    { type: 'opened', at: '2026-02-02T09:05:00Z', by: 'anna' },
    { type: 'reply_sent', at: '2026-02-02T09:30:00Z', by: 'anna', templateId: 'acknowledgement' },
  ],
});
const dueFriday = buildRegisterCase('AVG-2026-0002', '2026-03-06');
const closedOnTime = closeRegisterCase(buildRegisterCase('AVG-2026-0003', '2026-03-02'), '2026-02-20T10:00:00Z');

const handlers = [{ id: 'bas', name: 'Bas Smit', email: 'bas.smit@qualitynetworks.nl' }];

async function renderRegister(store: CaseStore, downloadFile = vi.fn()) {
  renderWithProviders(<CaseRegister store={store} now={now} handlers={handlers} downloadFile={downloadFile} />);
  await screen.findByRole('heading', { name: 'Privacy register' });
  return downloadFile;
}

afterEach(cleanup);

describe('CaseRegister', () => {
  it('shows an empty state and disables the export when no case exists', async () => {
    await renderRegister(createMemoryCaseStore());
    expect(await screen.findByTestId('empty-register')).toHaveProperty('textContent', expect.stringContaining('No privacy requests yet'));
    expect(screen.getByTestId('export-register')).toHaveProperty('disabled', true);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists open cases, most urgent first, with deadline, days left and the handler by name', async () => {
    await renderRegister(createMemoryCaseStore([dueFriday, closedOnTime, overdue]));
    const rows = await screen.findAllByTestId('case-row');
    expect(rows.map((row) => row.dataset.reference)).toEqual(['AVG-2026-0001', 'AVG-2026-0002']);
    expect(within(rows[1]!).getByTestId('legal-deadline').textContent).toBe('Friday 6 March 2026');
    expect(within(rows[1]!).getByTestId('days-left').textContent).toBe('2 days left');
    expect(within(rows[0]!).getByText('Access, Erasure')).toBeTruthy();
    expect(within(rows[0]!).getByText('Bas Smit')).toBeTruthy();
    expect(within(rows[1]!).getByText('Unassigned')).toBeTruthy();
  });

  it('marks an overdue case in words, not only in colour', async () => {
    await renderRegister(createMemoryCaseStore([overdue, dueFriday]));
    const [first] = await screen.findAllByTestId('case-row');
    expect(first?.dataset.overdue).toBe('true');
    expect(within(first!).getByTestId('days-left').textContent).toBe('Overdue by 2 days');
  });

  it('summarises open, due this week, overdue and answered on time', async () => {
    await renderRegister(createMemoryCaseStore([overdue, dueFriday, closedOnTime]));
    const summary = await screen.findByTestId('register-summary');
    const figure = (id: string) => within(summary).getByTestId(`summary-${id}`).querySelector('dd')?.textContent;
    expect(figure('open')).toBe('2');
    expect(figure('due-this-week')).toBe('1');
    expect(figure('overdue')).toBe('1');
    expect(figure('on-time')).toBe('1 of 1 (100%)');
  });

  it('filters to overdue and to closed cases', async () => {
    await renderRegister(createMemoryCaseStore([overdue, dueFriday, closedOnTime]));
    fireEvent.click(await screen.findByTestId('filter-overdue'));
    expect(screen.getAllByTestId('case-row').map((row) => row.dataset.reference)).toEqual(['AVG-2026-0001']);
    fireEvent.click(screen.getByTestId('filter-closed'));
    const [closedRow] = screen.getAllByTestId('case-row');
    expect(closedRow?.dataset.reference).toBe('AVG-2026-0003');
    expect(within(closedRow!).getByTestId('days-left').textContent).toBe('Closed on time');
  });

  it('opens a case with its audit trail, including the sent reply', async () => {
    await renderRegister(createMemoryCaseStore([overdue]));
    fireEvent.click(await screen.findByRole('button', { name: 'AVG-2026-0001' }));
    const detail = await screen.findByTestId('case-detail');
    expect(within(detail).getByText('Case AVG-2026-0001')).toBeTruthy();
    const trail = within(detail).getByTestId('audit-trail');
    expect([...trail.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      expect.stringContaining('Request received'),
      expect.stringContaining('Case opened by anna'),
      expect.stringContaining('Reply sent by anna (template: acknowledgement)'),
    ]);
    fireEvent.click(within(detail).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('case-detail')).toBeNull());
  });

  it('exports every case, not only the filtered ones, as CSV', async () => {
    const downloadFile = await renderRegister(createMemoryCaseStore([overdue, dueFriday, closedOnTime]));
    fireEvent.click(await screen.findByTestId('filter-overdue'));
    fireEvent.click(screen.getByTestId('export-register'));
    expect(downloadFile).toHaveBeenCalledTimes(1);
    const [fileName, csv] = downloadFile.mock.calls[0] as [string, string];
    expect(fileName).toBe('privacy-register-2026-03-04.csv');
    expect(csv.trim().split('\r\n')).toHaveLength(4);
  });

  it('picks up a case opened in the pane meanwhile, on Refresh and on returning to the tab', async () => {
    const store = createMemoryCaseStore([dueFriday]);
    await renderRegister(store);
    expect(await screen.findAllByTestId('case-row')).toHaveLength(1);
    await store.save(overdue);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(2));
    await store.save(buildRegisterCase('AVG-2026-0009', '2026-03-20'));
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(3));
  });

  it('adds a case the pane saved in another window as soon as it is announced, without Refresh', async () => {
    const store = createMemoryCaseStore([overdue]);
    const changes = createManualCaseChangeFeed();
    renderWithProviders(<CaseRegister store={store} caseChanges={changes.feed} now={now} handlers={handlers} downloadFile={vi.fn()} />);
    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(1));
    await store.save(dueFriday);
    await act(async () => changes.announce(dueFriday.id));
    await waitFor(() => expect(screen.getAllByTestId('case-row').map((row) => row.dataset.reference)).toEqual(['AVG-2026-0001', 'AVG-2026-0002']));
  });

  it('shows the 72-hour breach notification under the answer deadline, counts days to it and sorts by it', async () => {
    const breach = buildRegisterCase('AVG-2026-0005', '2026-03-27', {
      rightsInvoked: ['erasure', 'breach_report'],
      receivedAt: '2026-03-03T10:00:00Z',
      breachNotificationDeadline: { kind: 'hours', receivedOn: '2026-03-03', deadlineAt: '2026-03-06T10:00:00.000Z' },
    });
    // Due before the breach case's answer deadline, but after its 72 hours.
    const dueNextTuesday = buildRegisterCase('AVG-2026-0004', '2026-03-10');
    await renderRegister(createMemoryCaseStore([dueNextTuesday, breach]));
    const rows = await screen.findAllByTestId('case-row');
    expect(rows.map((row) => row.dataset.reference)).toEqual(['AVG-2026-0005', 'AVG-2026-0004']);
    expect(within(rows[0]!).getByTestId('legal-deadline').textContent).toBe('Friday 27 March 2026');
    expect(within(rows[0]!).getByTestId('breach-deadline').textContent).toBe('Notify the authority: Friday 6 March 2026, 11:00 (72 hours, Art. 33)');
    expect(within(rows[0]!).getByTestId('days-left').textContent).toBe('2 days left');
    expect(within(rows[1]!).queryByTestId('breach-deadline')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'AVG-2026-0005' }));
    const detail = await screen.findByTestId('case-detail');
    expect(detail.textContent).toContain('Notify the authority byFriday 6 March 2026, 11:00 (72 hours, Art. 33)');
    expect(detail.textContent).toContain('Legal deadlineFriday 27 March 2026');
  });

  it('shows our own target beside the legal deadline and counts "due this week" by the earlier one', async () => {
    const unsubscribe = buildRegisterCase('AVG-2026-0006', '2026-04-02', { rightsInvoked: ['unsubscribe'], targetDate: '2026-03-04' });
    await renderRegister(createMemoryCaseStore([unsubscribe]));
    const [row] = await screen.findAllByTestId('case-row');
    expect(within(row!).getByTestId('target-date').textContent).toBe('Wednesday 4 March 2026');
    const summary = screen.getByTestId('register-summary');
    expect(within(summary).getByTestId('summary-due-this-week').querySelector('dd')?.textContent).toBe('1');
  });

  it('leaves withdrawn cases out of "answered on time"', async () => {
    const withdrawn = { ...closeRegisterCase(buildRegisterCase('AVG-2026-0007', '2026-02-16'), '2026-02-20T10:00:00Z'), outcome: 'withdrawn' as const };
    await renderRegister(createMemoryCaseStore([closedOnTime, withdrawn]));
    const summary = await screen.findByTestId('register-summary');
    expect(within(summary).getByTestId('summary-on-time').querySelector('dd')?.textContent).toBe('1 of 1 (100%)');
  });

  it('names checklist steps in the audit trail by right and system, not by id', async () => {
    const withStep = buildRegisterCase('AVG-2026-0008', '2026-03-20', {
      auditTrail: [{ type: 'step_done', at: '2026-03-03T10:00:00Z', by: 'bas', stepId: 'erasure:clang' }],
    });
    renderWithProviders(
      <CaseRegister store={createMemoryCaseStore([withStep])} now={now} handlers={handlers} systems={[{ id: 'clang', name: 'Clang / e-village' }]} downloadFile={vi.fn()} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'AVG-2026-0008' }));
    const trail = within(await screen.findByTestId('case-detail')).getByTestId('audit-trail');
    expect(trail.textContent).toContain('Erasure – Clang / e-village: done by Bas Smit');
    expect(trail.textContent).not.toContain('erasure:clang');
  });

  it('shows the store failure message instead of an endless spinner', async () => {
    const failing: CaseStore = { ...createMemoryCaseStore(), list: () => Promise.reject(new Error('The case database could not be opened.')) };
    await renderRegister(failing);
    expect(await screen.findByText('The case database could not be opened.')).toBeTruthy();
  });
});
