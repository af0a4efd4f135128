// @ts-check
// `npm run cli`: runs the CLI from its bundle (see `ensureCliBundle`), or, where none can be built or
// written, from its sources through tsx.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCliBundle } from './cliBundle.mjs';

const cliFolder = dirname(fileURLToPath(import.meta.url));
const entry = join(cliFolder, 'main.ts');
const cacheFolder = resolve(cliFolder, '../../node_modules/.cache/privacy-desk');

/** @type {string | undefined} */
let bundle;
try {
  bundle = (await ensureCliBundle({ entry, cacheFolder })).file;
} catch (error) {
  process.stderr.write(`privacy-desk: running the sources, no bundle (${error instanceof Error ? error.message : String(error)})\n`);
}
if (bundle === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
} else {
  await import(pathToFileURL(bundle).href);
}
