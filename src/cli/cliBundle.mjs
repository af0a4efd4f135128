// @ts-check
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 * One CommonJS file of the CLI and everything it imports, kept in `cacheFolder` and rebuilt only when
 * a source file, esbuild or the build itself changed since it was written. Node 20 runs no TypeScript:
 * through tsx's loader each of the CLI's modules crosses to the loader's thread and back, and start-up
 * took about twice as long as it does from the bundle. CommonJS, because `node --build-snapshot` takes
 * a script, not a module (see `ensureCliSnapshot`). `import.meta.dirname` keeps naming the folder of
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
  const file = join(cacheFolder, 'cli.cjs');
  const recordFile = join(cacheFolder, 'cli.sources.json');
  // esbuild's version from its package file: loading esbuild itself took some 60 ms of every start.
  const { version: esbuildVersion } = /** @type {{ version: string }} */ (createRequire(import.meta.url)('esbuild/package.json'));
  const buildKey = JSON.stringify({ esbuildVersion, entry, builder: stampOf(fileURLToPath(import.meta.url)) });
  if (isFresh(file, recordFile, buildKey)) return { file, isRebuilt: false };
  const startedMs = Date.now();
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
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
  replaceFile(file, output.contents);
  // A source saved while the bundle was built may not be in it: without a record the next start builds again.
  if (sources.every((source) => source.mtimeMs < startedMs)) {
    replaceFile(recordFile, JSON.stringify({ buildKey, sources }));
  } else {
    rmSync(recordFile, { force: true });
  }
  return { file, isRebuilt: true };
}

/**
 * Writes a file under a name of its own, then renames it: a CLI started meanwhile reads a whole file, old or new.
 *
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
export function replaceFile(path, contents) {
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, contents);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * The size and modification time of a file: a file changed since has another.
 *
 * @param {string} path
 * @returns {SourceStamp}
 */
export function stampOf(path) {
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
