// @ts-check
// `npm run cli`: runs the CLI from a start-up snapshot of its bundle (see `ensureCliSnapshot`); where none can be built,
// from the bundle (`ensureCliBundle`) in this process; where no bundle can be built or written, from its sources through tsx.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCliBundle } from './cliBundle.mjs';
import { ensureCliSnapshot, forgetCliSnapshot, runFromSnapshot, SNAPSHOT_FAILURE_EXIT_CODE } from './cliSnapshot.mjs';

const cliFolder = dirname(fileURLToPath(import.meta.url));
const entry = join(cliFolder, 'main.ts');
const cacheFolder = resolve(cliFolder, '../../node_modules/.cache/privacy-desk');

/** @param {string} what */
function tellFallback(what) {
  process.stderr.write(`privacy-desk: ${what}\n`);
}

/** @param {unknown} error */
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}

async function start() {
  /** @type {string | undefined} */
  let bundle;
  try {
    bundle = (await ensureCliBundle({ entry, cacheFolder })).file;
  } catch (error) {
    tellFallback(`running the sources, no bundle (${reasonOf(error)})`);
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(entry).href);
    return;
  }
  try {
    const snapshot = ensureCliSnapshot({ bundleFile: bundle, cacheFolder }).file;
    const exitCode = await runFromSnapshot(snapshot, process.argv.slice(2));
    if (exitCode !== SNAPSHOT_FAILURE_EXIT_CODE) {
      process.exitCode = exitCode;
      return;
    }
    // Node said why on stderr; no input was read, so the bundle can still run the command.
    forgetCliSnapshot(cacheFolder);
    tellFallback('running the bundle, the start-up snapshot did not load');
  } catch (error) {
    tellFallback(`running the bundle, no start-up snapshot (${reasonOf(error)})`);
  }
  createRequire(import.meta.url)(bundle);
}

await start();
