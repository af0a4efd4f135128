import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser. Override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with a fresh, throw-away profile, so every test file begins with an empty
 * case database. Requests that leave 127.0.0.1 are refused: demo mode must need no network.
 *
 * @example
 * const browser = await startBrowser();
 * const page = await browser.context.newPage();
 * await browser.close();
 */
export async function startBrowser() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'privacy-desk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
  });
  // Fail fast: every step here completes in well under a second on a healthy build.
  context.setDefaultTimeout(10_000);
  const offSiteRequests = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//, (route) => {
    offSiteRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const pageErrors = [];
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
  return {
    context,
    /** URLs the pages tried to reach outside the test server. */
    offSiteRequests,
    /** Uncaught exceptions thrown in any page. */
    pageErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
