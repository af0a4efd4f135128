// @ts-check
import { build, version as esbuildVersion } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} CliBundle
 * @property {string} file the bundle to import
 * @property {boolean} isRebuilt whether this call wrote it, its sources having changed
 */

/**
 * @typedef {object} SourceStamp
 * @property {string} path
 * @property {number} mtimeMs
 * @property {number} size
 */

/**
 * One JavaScript file of the CLI and everything it imports, kept in `cacheFolder` and rebuilt only when
 * a source file, esbuild or the build itself changed since it was written. Node 20 runs no TypeScript:
 * through tsx's loader each of the CLI's modules crosses to the loader's thread and back, and start-up
 * took about twice as long as it does from the bundle. `import.meta.dirname` keeps naming the folder of
 * the entry, as it does when the sources run, so the train command finds the corpus. Throws when the
 * bundle cannot be built or written; the caller then runs the sources.
 *
 * @param {{ entry: string, cacheFolder: string }} where absolute paths
 * @returns {Promise<CliBundle>}
 *
 * @example
 * const { file } = await ensureCliBundle({ entry: '/repo/src/cli/main.ts', cacheFolder: '/repo/node_modules/.cache/privacy-desk' });
 */
export async function ensureCliBundle({ entry, cacheFolder }) {
  const file = join(cacheFolder, 'cli.mjs');
  const recordFile = join(cacheFolder, 'cli.sources.json');
  const buildKey = JSON.stringify({ esbuildVersion, entry, builder: stampOf(fileURLToPath(import.meta.url)) });
  if (isFresh(file, recordFile, buildKey)) return { file, isRebuilt: false };
  const startedMs = Date.now();
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'import.meta.dirname': JSON.stringify(dirname(entry)) },
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no bundle');
  const workingFolder = process.cwd();
  const sources = Object.keys(result.metafile.inputs).map((input) => stampOf(isAbsolute(input) ? input : resolve(workingFolder, input)));
  mkdirSync(cacheFolder, { recursive: true });
  // Written under a name of its own, then renamed: a CLI started meanwhile reads a whole bundle, old or new.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, output.contents);
  renameSync(partial, file);
  // A source saved while the bundle was built may not be in it: without a record the next start builds again.
  if (sources.every((source) => source.mtimeMs < startedMs)) {
    const partialRecord = `${recordFile}.${process.pid}.partial`;
    writeFileSync(partialRecord, JSON.stringify({ buildKey, sources }));
    renameSync(partialRecord, recordFile);
  } else {
    rmSync(recordFile, { force: true });
  }
  return { file, isRebuilt: true };
}

/**
 * @param {string} path
 * @returns {SourceStamp}
 */
function stampOf(path) {
  const { mtimeMs, size } = statSync(path);
  return { path, mtimeMs, size };
}

/**
 * Whether the bundle is there, the record names the same build and every source it lists is as it
 * was; a source gone or unreadable, or a record that cannot be read, means not.
 *
 * @param {string} file
 * @param {string} recordFile
 * @param {string} buildKey
 * @returns {boolean}
 */
function isFresh(file, recordFile, buildKey) {
  try {
    statSync(file);
    const record = /** @type {{ buildKey: string, sources: SourceStamp[] }} */ (JSON.parse(readFileSync(recordFile, 'utf8')));
    if (record.buildKey !== buildKey) return false;
    return record.sources.every(({ path, mtimeMs, size }) => {
      const now = stampOf(path);
      return now.mtimeMs === mtimeMs && now.size === size;
    });
  } catch {
    return false;
  }
}
