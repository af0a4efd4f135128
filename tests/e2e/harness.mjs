import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowser } from './browser.mjs';
import { serveFolder } from './staticServer.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built pages; E2E_DIST points the tests at another build folder. */
export const DIST = process.env.E2E_DIST ?? join(REPO_ROOT, 'dist');

/** The instant the browser clock is frozen at: Tuesday 24 November 2026, 11:00 in Amsterdam. */
export const FROZEN_NOW = '2026-11-24T10:00:00Z';

/**
 * Serves `dist/` and starts a fresh browser whose clock stands still at `FROZEN_NOW`, so deadlines
 * and "days left" are the same on every run.
 *
 * @example
 * const harness = await startHarness();
 * const tab = await harness.open('tab.html');
 */
export async function startHarness() {
  for (const page of ['tab.html', 'taskpane.html']) {
    if (!existsSync(join(DIST, page))) throw new Error(`dist/${page} is missing: run "npm run build" before "npm run e2e".`);
  }
  const server = await serveFolder(DIST);
  const browser = await startBrowser();
  await browser.context.clock.setFixedTime(new Date(FROZEN_NOW));
  return {
    server,
    browser,
    /** Opens a page of the app and waits until React has drawn it. */
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/${path}`);
      await page.locator('#root > *').first().waitFor();
      return page;
    },
    /** Opens the task pane on a demo message, as selecting it in Outlook would, and waits for the verdict. */
    async openPaneOn(internetMessageId) {
      const pane = await this.open('taskpane.html');
      await pane.getByTestId('message-picker').selectOption(internetMessageId);
      await pane.getByTestId('request-verdict').waitFor();
      return pane;
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Puts cases straight into the browser's case database, as the task pane would have saved them,
 * for tab scenarios that do not need the pane. The page must have opened the store once. Each
 * record is at version 1, as after its first save.
 */
export async function seedCases(page, privacyCases) {
  const records = privacyCases.map((privacyCase) => ({
    id: privacyCase.id,
    version: 1,
    internetMessageIds: privacyCase.sourceMessages.map((m) => m.internetMessageId),
    conversationIds: privacyCase.sourceMessages.flatMap((m) => (m.conversationId ? [m.conversationId] : [])),
    privacyCase,
  }));
  await page.evaluate(async (rows) => {
    const database = await new Promise((done, fail) => {
      const request = indexedDB.open('privacy-desk');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise((done, fail) => {
      const tx = database.transaction('cases', 'readwrite');
      for (const row of rows) tx.objectStore('cases').put(row);
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    database.close();
  }, records);
}

/**
 * Tabster, Fluent UI's focus manager, adds focusable `aria-hidden` sentinels (`data-tabster-dummy`)
 * that only pass focus on; a known false positive of axe's aria-hidden-focus rule (tabster issue 288).
 * Only those nodes are let through; any other element breaking the rule still fails.
 */
function isTabsterSentinel(ruleId, node) {
  return ruleId === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy');
}

/** Runs axe-core in the page and returns the serious and critical violations, readable in a failure. */
export async function findSeriousAccessibilityViolations(page) {
  // A dialog fading in has too little contrast for a moment; measure the settled page. An animation
  // cancelled meanwhile (a re-render replacing it) rejects its promise with an AbortError: it is settled too.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)));
  await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterSentinel(violation.id, node)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
