import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness } from './harness.mjs';

// A demo message (src/adapters/local/demoMessages.ts) the classifier reads as an access request.
const ACCESS_REQUEST = '<c1a7e2f0-inzage-0001@mail.example>';

/** Marks a page so a test can tell afterwards that it was never reloaded. */
async function markAsLoadedOnce(page) {
  await page.evaluate(() => {
    window.privacyDeskLoadedOnce = true;
  });
  return async () => page.evaluate(() => window.privacyDeskLoadedOnce === true);
}

describe('Open pages follow cases saved elsewhere, without a reload', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  it('a case opened in the pane appears in an open tab and in a second pane; a change in that pane reaches the others', async () => {
    const tab = await harness.open('tab.html');
    await tab.getByTestId('empty-register').waitFor();
    const tabNotReloaded = await markAsLoadedOnce(tab);
    const pane = await harness.openPaneOn(ACCESS_REQUEST);
    const secondPane = await harness.openPaneOn(ACCESS_REQUEST);
    await secondPane.getByTestId('create-case-button').waitFor();
    const secondPaneNotReloaded = await markAsLoadedOnce(secondPane);

    await pane.getByTestId('create-case-button').click();
    const reference = (await pane.getByTestId('case-reference').innerText()).trim();
    assert.match(reference, /^AVG-2026-\d{4}$/);

    const row = tab.locator(`[data-testid="case-row"][data-reference="${reference}"]`);
    await row.waitFor();
    assert.equal(await row.getByTestId('legal-deadline').innerText(), 'Wednesday 16 December 2026');
    await secondPane.getByTestId('case-reference').filter({ hasText: reference }).waitFor();
    assert.equal(await secondPane.getByTestId('create-case-button').count(), 0, 'the second pane offers no duplicate case');

    await secondPane.getByTestId('acknowledge-button').click();
    await pane.locator('[data-testid="case-status"][data-status="acknowledged"]').waitFor();
    await row.getByText('Acknowledged').waitFor();

    assert.equal(await tabNotReloaded(), true, 'the tab was not reloaded');
    assert.equal(await secondPaneNotReloaded(), true, 'the second pane was not reloaded');
    for (const page of [tab, pane, secondPane]) await page.close();
  });

  it('reached nothing outside the test server and threw no uncaught errors', () => {
    assert.deepEqual(harness.browser.offSiteRequests, []);
    assert.deepEqual(harness.browser.pageErrors, []);
  });
});
