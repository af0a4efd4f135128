import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findSeriousAccessibilityViolations, REPO_ROOT, startHarness } from './harness.mjs';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LEGAL_PAGES = ['privacy.html', 'terms.html'];

/** Every `{ size, url }` icon the manifest names (the ribbon group and its button share them), once each. */
async function listManifestIcons() {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'manifest/manifest.json'), 'utf8'));
  const icons = new Map();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      if (typeof node.size === 'number' && typeof node.url === 'string') icons.set(node.url.replace(/^https:\/\/[^/]+\//, ''), node.size);
      Object.values(node).forEach(walk);
    }
  };
  walk(manifest);
  return [...icons].map(([path, size]) => ({ path, size }));
}

/** Width and height from a PNG's IHDR chunk, which always follows the signature. */
function readPngSize(bytes) {
  assert.deepEqual(bytes.subarray(0, 8), PNG_SIGNATURE, 'the file is a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Pages and icons the manifest links to, served from the build', () => {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  it('serves every ribbon icon the manifest names, as a PNG of the named size', async () => {
    const icons = await listManifestIcons();
    assert.deepEqual(icons.map((icon) => icon.path).sort(), ['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-80.png']);
    for (const { size, path } of icons) {
      const response = await fetch(`${harness.server.origin}/${path}`);
      assert.equal(response.status, 200, `${path} is served`);
      assert.equal(response.headers.get('content-type'), 'image/png');
      assert.deepEqual(readPngSize(Buffer.from(await response.arrayBuffer())), { width: size, height: size }, path);
    }
  });

  it('serves the privacy statement and the terms of use with their stylesheet, and nothing fails to load', async () => {
    for (const path of LEGAL_PAGES) {
      const page = await harness.browser.context.newPage();
      const failed = [];
      page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
      const response = await page.goto(`${harness.server.origin}/${path}`);
      assert.equal(response?.status(), 200, `${path} is served`);
      assert.match(await page.locator('h1').innerText(), /Privacy Desk/);
      assert.ok(await page.evaluate(() => document.styleSheets.length > 0), `${path} has its stylesheet`);
      assert.deepEqual(failed, [], `nothing ${path} loads is missing`);
      await page.close();
    }
  });

  it('has no serious or critical accessibility violations on the privacy statement and the terms of use', async () => {
    for (const path of LEGAL_PAGES) {
      const page = await harness.browser.context.newPage();
      await page.goto(`${harness.server.origin}/${path}`);
      assert.deepEqual(await findSeriousAccessibilityViolations(page), [], `violations on ${path}`);
      await page.close();
    }
  });

  it('reached nothing outside the test server and threw no uncaught errors', () => {
    assert.deepEqual(harness.browser.offSiteRequests, []);
    assert.deepEqual(harness.browser.pageErrors, []);
  });
});
