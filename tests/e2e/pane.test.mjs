import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findSeriousAccessibilityViolations, startHarness } from './harness.mjs';

// Demo messages (src/adapters/local/demoMessages.ts); the browser clock stands at 24 November 2026.
const ACCESS_REQUEST = '<c1a7e2f0-inzage-0001@mail.example>'; // received Monday 16 November 2026
const FOLLOW_UP = '<c1a7e2f0-inzage-0002@mail.example>'; // same conversation, a week later
const NOT_A_REQUEST = '<4e1d8b70-firewall-rule@mail.example>'; // "Please delete that firewall rule"

/** Opens the tab and returns the register row of one case. */
async function openTabRow(harness, reference) {
  const tab = await harness.open('tab.html');
  await tab.getByTestId('filter-all').click();
  const row = tab.locator(`[data-testid="case-row"][data-reference="${reference}"]`);
  await row.waitFor();
  return { tab, row };
}

describe('Outlook task pane in demo mode, with the Teams tab', () => {
  let harness;
  let reference;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  it('shows the rights and the legal deadline of a sample request, opens its case and lists it in the tab', async () => {
    const pane = await harness.openPaneOn(ACCESS_REQUEST);
    assert.equal(await pane.getByTestId('request-verdict').getAttribute('data-verdict'), 'request');
    const rights = await pane.getByTestId('right-badge').evaluateAll((badges) => badges.map((badge) => badge.dataset.right));
    assert.ok(rights.includes('access'), `expected access among ${rights.join(', ')}`);
    assert.ok((await pane.getByTestId('evidence-mark').count()) > 0, 'the deciding words are highlighted');
    // Received 16 November (Amsterdam); one calendar month later is Wednesday 16 December, a working day.
    assert.equal(await pane.getByTestId('legal-deadline').getAttribute('data-deadline'), '2026-12-16');

    await pane.getByTestId('create-case-button').click();
    reference = (await pane.getByTestId('case-reference').innerText()).trim();
    assert.match(reference, /^AVG-2026-\d{4}$/);
    assert.equal(await pane.getByTestId('create-case-button').count(), 0);
    await pane.close();

    const { tab, row } = await openTabRow(harness, reference);
    assert.equal(await row.getByTestId('legal-deadline').innerText(), 'Wednesday 16 December 2026');
    assert.equal(await row.getByTestId('days-left').innerText(), '22 days left');
    assert.match(await row.innerText(), /Access/);
    await tab.close();
  });

  it('offers no case button for a message that is not a privacy request', async () => {
    const pane = await harness.openPaneOn(NOT_A_REQUEST);
    assert.equal(await pane.getByTestId('request-verdict').getAttribute('data-verdict'), 'not-a-request');
    await pane.getByTestId('no-case-needed').waitFor();
    assert.equal(await pane.getByTestId('create-case-button').count(), 0);
    await pane.close();
  });

  it('shows the existing case for a follow-up in the same conversation instead of opening a second one', async () => {
    const pane = await harness.openPaneOn(FOLLOW_UP);
    await pane.getByTestId('follow-up-notice').waitFor();
    assert.equal((await pane.getByTestId('case-reference').innerText()).trim(), reference);
    assert.match(await pane.getByTestId('follow-up-notice').innerText(), new RegExp(reference));
    assert.equal(await pane.getByTestId('create-case-button').count(), 0);
    await pane.close();
  });

  it('sends a templated reply from the pane and shows "Reply sent" in the audit trail in the tab', async () => {
    const pane = await harness.openPaneOn(ACCESS_REQUEST);
    await pane.getByTestId('reply-preview').waitFor();
    await pane.getByTestId('open-reply-button').click();
    const preview = pane.getByTestId('reply-preview-dialog');
    await preview.waitFor();
    assert.match(await preview.innerText(), new RegExp(reference));
    await pane.getByTestId('reply-preview-close').click();
    await pane.locator('[data-testid="audit-event"][data-event-type="reply_sent"]').waitFor();
    await pane.close();

    const { tab } = await openTabRow(harness, reference);
    await tab.getByRole('button', { name: reference }).click();
    const trail = await tab.getByTestId('case-detail').getByTestId('audit-trail').innerText();
    assert.match(trail, /Reply sent by /);
    await tab.close();
  });

  it('extends the case with reasons and a date, then opens the extension notice quoting that date', async () => {
    const pane = await harness.openPaneOn(ACCESS_REQUEST);
    await pane.getByTestId('extend-toggle').click();
    // Three months from receipt on 16 November, as the core counts it.
    assert.equal(await pane.getByTestId('extend-until').inputValue(), '2027-02-16');
    await pane.getByTestId('extend-until').fill('2027-01-15');
    await pane.getByTestId('extend-reason').fill('Archive search across five systems');
    await pane.getByTestId('extend-button').click();
    await pane.locator('[data-testid="legal-deadline"][data-deadline="2027-01-15"]').waitFor();
    assert.match(await pane.getByTestId('case-extension').innerText(), /to Friday 15 January 2027/);
    assert.equal(await pane.getByTestId('template-picker').inputValue(), 'extension');
    assert.deepEqual(await findSeriousAccessibilityViolations(pane), [], 'violations with an extended case');
    await pane.getByTestId('open-reply-button').click();
    const preview = pane.getByTestId('reply-preview-dialog');
    await preview.waitFor();
    assert.match(await preview.innerText(), /15 januari 2027/);
    await pane.getByTestId('reply-preview-close').click();
    await pane.locator('[data-testid="audit-event"][data-event-type="reply_sent"]').nth(1).waitFor();
    await pane.close();
  });

  it('has no serious or critical accessibility violations in the pane, for a request and a non-request', async () => {
    for (const message of [ACCESS_REQUEST, NOT_A_REQUEST]) {
      const pane = await harness.openPaneOn(message);
      assert.deepEqual(await findSeriousAccessibilityViolations(pane), [], `violations for ${message}`);
      await pane.close();
    }
  });

  it('reached nothing outside the test server and threw no uncaught errors', () => {
    assert.deepEqual(harness.browser.offSiteRequests, []);
    assert.deepEqual(harness.browser.pageErrors, []);
  });
});
