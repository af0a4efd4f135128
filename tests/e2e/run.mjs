// Runs the browser tests against the built pages: `npm run build && npm run e2e`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './browser.mjs';
import { DIST } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`No Chromium at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!existsSync(join(DIST, 'tab.html')) || !existsSync(join(DIST, 'taskpane.html'))) {
  console.error('dist/ holds no built pages. Run "npm run build" first.');
  process.exit(1);
}

const testFiles = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => join(here, name));

// One file at a time: each starts its own Chromium, and the machine may be small.
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...testFiles], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
