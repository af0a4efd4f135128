// @ts-check
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceFile, stampOf } from './cliBundle.mjs';

/**
 * The exit code node gives when a start-up snapshot cannot be built or loaded. The CLI's own commands
 * exit 0, 1 or 2, so this one means node stopped before any command ran.
 */
export const SNAPSHOT_FAILURE_EXIT_CODE = 14;

/**
 * @typedef {object} CliSnapshot
 * @property {string} file the blob to start node from (`node --snapshot-blob FILE`)
 * @property {boolean} isRebuilt whether this call built it
 */

/**
 * A V8 start-up snapshot of the CLI's bundle (see `ensureCliBundle`), kept beside it: node runs the
 * bundle's top level once (`node --build-snapshot`), which compiles the lexicons and the models, and
 * saves the heap. A start from the snapshot reads that heap back instead of compiling them again, some
 * 600 ms of every start. The snapshot holds V8's own layout, so it is tied to the node binary and to
 * the V8 options in `NODE_OPTIONS`: both are part of its key, with the bundle it was built from. Throws
 * when it cannot be built; the caller then runs the bundle.
 *
 * @param {{ bundleFile: string, cacheFolder: string }} where absolute paths
 * @returns {CliSnapshot}
 *
 * @example
 * const { file } = ensureCliSnapshot({ bundleFile: '/repo/node_modules/.cache/privacy-desk/cli.cjs', cacheFolder: '/repo/node_modules/.cache/privacy-desk' });
 */
export function ensureCliSnapshot({ bundleFile, cacheFolder }) {
  const file = join(cacheFolder, 'cli.blob');
  const recordFile = join(cacheFolder, 'cli.blob.json');
  const buildKey = JSON.stringify({
    bundle: stampOf(bundleFile),
    node: process.version,
    nodeBinary: stampOf(process.execPath),
    nodeOptions: process.env.NODE_OPTIONS ?? '',
    builder: stampOf(fileURLToPath(import.meta.url)),
  });
  if (hasRecord(file, recordFile, buildKey)) return { file, isRebuilt: false };
  rmSync(recordFile, { force: true });
  mkdirSync(cacheFolder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  const build = spawnSync(process.execPath, ['--snapshot-blob', partial, '--build-snapshot', bundleFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    rmSync(partial, { force: true });
    const reason = build.error?.message ?? build.stderr.trim().split('\n').find((line) => line.trim() !== '') ?? `exit code ${build.status}`;
    throw new Error(`node --build-snapshot failed: ${reason}`);
  }
  // Built under a name of its own, then renamed (as `replaceFile` does): a CLI started meanwhile reads a whole snapshot.
  try {
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  replaceFile(recordFile, JSON.stringify({ buildKey, snapshot: stampOf(file) }));
  return { file, isRebuilt: true };
}

/**
 * Forgets the snapshot built in `cacheFolder`, so the next start builds it again: for one that node
 * would not load.
 *
 * @param {string} cacheFolder
 */
export function forgetCliSnapshot(cacheFolder) {
  rmSync(join(cacheFolder, 'cli.blob.json'), { force: true });
}

/**
 * Runs the CLI from its snapshot in a process of its own that shares this one's standard streams;
 * resolves to its exit code (`SNAPSHOT_FAILURE_EXIT_CODE` when node could not load the snapshot, before
 * any input was read). A signal that stops this process is passed on, so the CLI stops with it.
 *
 * @param {string} snapshotFile
 * @param {readonly string[]} args the command and its arguments
 * @returns {Promise<number>}
 */
export function runFromSnapshot(snapshotFile, args) {
  const child = spawn(process.execPath, ['--snapshot-blob', snapshotFile, ...args], { stdio: 'inherit' });
  /** @type {NodeJS.Signals[]} */
  const passedOn = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const passOn = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
  for (const signal of passedOn) process.on(signal, passOn);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const passed of passedOn) process.off(passed, passOn);
      // Stopped by a signal, as a shell counts it.
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
    });
  });
}

/**
 * Whether the record names the same build and the snapshot is as that build left it: node aborts on a
 * snapshot cut short or overwritten, where it reports one built for another binary.
 *
 * @param {string} file
 * @param {string} recordFile
 * @param {string} buildKey
 * @returns {boolean}
 */
function hasRecord(file, recordFile, buildKey) {
  try {
    const record = /** @type {{ buildKey: string, snapshot: { mtimeMs: number, size: number } }} */ (JSON.parse(readFileSync(recordFile, 'utf8')));
    const now = stampOf(file);
    return record.buildKey === buildKey && record.snapshot.mtimeMs === now.mtimeMs && record.snapshot.size === now.size;
  } catch {
    return false;
  }
}
