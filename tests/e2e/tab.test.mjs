import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { findSeriousAccessibilityViolations, seedCases, startHarness } from './harness.mjs';

/** A case as the pane stores it; received on `receivedOn`, due on `deadline`. */
function storedCase(reference, receivedOn, deadline, overrides = {}) {
  const receivedAt = `${receivedOn}T09:00:00Z`;
  const internetMessageId = `<${reference}@mail.example>`;
  return {
    id: `e2e-${reference}`,
    reference,
    requester: { name: 'Lotte Verhoeven', email: 'lotte@mail.example' },
    rightsInvoked: ['access'],
    language: 'nl',
    sourceMessages: [{ internetMessageId, conversationId: `conv-${reference}`, subject: `Request ${reference}`, receivedAt }],
    handler: 'Bas',
    status: 'open',
    receivedAt,
    legalDeadline: { kind: 'month-period', receivedOn, deadline, extended: false },
    targetDate: deadline,
    checklist: [],
    auditTrail: [
      { type: 'received', at: receivedAt, internetMessageId },
      { type: 'opened', at: receivedAt, by: 'Anna' },
    ],
    ...overrides,
  };
}

// The browser clock stands at Tuesday 24 November 2026 (see harness.mjs).
const overdue = storedCase('AVG-2026-0101', '2026-10-19', '2026-11-19', {
  requester: { name: '=HYPERLINK("https://evil.example","x")', email: 'evil@mail.example' },
});
const dueThursday = storedCase('AVG-2026-0102', '2026-10-26', '2026-11-26', { rightsInvoked: ['access', 'erasure'] });
const closedOnTime = storedCase('AVG-2026-0103', '2026-10-01', '2026-11-02', {
  status: 'closed',
  outcome: 'completed',
  auditTrail: [
    { type: 'received', at: '2026-10-01T09:00:00Z', internetMessageId: '<AVG-2026-0103@mail.example>' },
    { type: 'reply_sent', at: '2026-10-20T09:00:00Z', by: 'Anna', templateId: 'completion-access' },
    { type: 'closed', at: '2026-10-20T09:05:00Z', by: 'Anna', outcome: 'completed' },
  ],
});

// A breach reported with an erasure request on Monday 23 November, 10:00 in Amsterdam.
const breachAndErasure = storedCase('AVG-2026-0104', '2026-11-23', '2026-12-23', {
  rightsInvoked: ['erasure', 'breach_report'],
  breachNotificationDeadline: { kind: 'hours', receivedOn: '2026-11-23', deadlineAt: '2026-11-26T09:00:00.000Z' },
});

describe('Teams tab in demo mode', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  it('shows an empty register on a fresh profile, with the export disabled', async () => {
    const tab = await harness.open('tab.html');
    await tab.getByTestId('empty-register').waitFor();
    assert.equal(await tab.getByTestId('export-register').isDisabled(), true);
    await tab.close();
  });

  it('lists cases with deadlines, marks the overdue one in words and summarises the register', async () => {
    const tab = await harness.open('tab.html');
    await seedCases(tab, [overdue, dueThursday, closedOnTime, breachAndErasure]);
    await tab.reload();
    const rows = tab.getByTestId('case-row');
    await rows.first().waitFor();
    // The breach notification ends at 10:00 on Thursday, before the other case due that day.
    assert.deepEqual(await rows.evaluateAll((all) => all.map((row) => row.dataset.reference)), ['AVG-2026-0101', 'AVG-2026-0104', 'AVG-2026-0102']);
    assert.equal(await rows.nth(0).getByTestId('days-left').innerText(), 'Overdue by 5 days');
    assert.equal(await rows.nth(1).getByTestId('legal-deadline').innerText(), 'Wednesday 23 December 2026');
    assert.equal(await rows.nth(1).getByTestId('breach-deadline').innerText(), 'Notify the authority: Thursday 26 November 2026, 10:00 (72 hours, Art. 33)');
    assert.equal(await rows.nth(1).getByTestId('days-left').innerText(), '2 days left');
    assert.equal(await rows.nth(2).getByTestId('legal-deadline').innerText(), 'Thursday 26 November 2026');
    assert.equal(await rows.nth(2).getByTestId('days-left').innerText(), '2 days left');
    const figure = (id) => tab.getByTestId(`summary-${id}`).locator('dd').innerText();
    assert.deepEqual(
      [await figure('open'), await figure('due-this-week'), await figure('overdue'), await figure('on-time')],
      ['3', '2', '1', '1 of 1 (100%)'],
    );
    await tab.close();
  });

  it('opens a case with its audit trail', async () => {
    const tab = await harness.open('tab.html');
    await tab.getByTestId('filter-closed').click();
    await tab.getByRole('button', { name: 'AVG-2026-0103' }).click();
    const trail = tab.getByTestId('case-detail').getByTestId('audit-trail');
    assert.match(await trail.innerText(), /Reply sent by Anna \(template: completion-access\)[\s\S]*Closed as completed by Anna/);
    await tab.close();
  });

  it('exports the whole register as CSV with formulas neutralised', async () => {
    const tab = await harness.open('tab.html');
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByTestId('export-register').click()]);
    assert.equal(download.suggestedFilename(), 'privacy-register-2026-11-24.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    assert.ok(csv.startsWith('\uFEFF"Reference";"Requester name";'), 'Dutch Excel: byte-order mark and semicolons');
    assert.equal(lines.length, 5);
    assert.match(csv, /"AVG-2026-0104";[^\r]*"2026-12-23";"2026-11-26 10:00"/, 'the breach deadline in Amsterdam time beside the answer deadline');
    assert.ok(csv.includes(`"'=HYPERLINK(""https://evil.example"",""x"")"`), 'the formula in the requester name gets a leading apostrophe');
    await tab.close();
  });

  it('has no serious or critical accessibility violations, list and case detail', async () => {
    const tab = await harness.open('tab.html');
    await tab.getByTestId('case-row').first().waitFor();
    assert.deepEqual(await findSeriousAccessibilityViolations(tab), []);
    await tab.getByRole('button', { name: 'AVG-2026-0101' }).click();
    await tab.getByTestId('case-detail').waitFor();
    assert.deepEqual(await findSeriousAccessibilityViolations(tab), []);
    await tab.close();
  });

  it('reached nothing outside the test server and threw no uncaught errors', () => {
    assert.deepEqual(harness.browser.offSiteRequests, []);
    assert.deepEqual(harness.browser.pageErrors, []);
  });
});
