import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureCliBundle } from './cliBundle.mjs';
import { ensureCliSnapshot, forgetCliSnapshot, runFromSnapshot, SNAPSHOT_FAILURE_EXIT_CODE } from './cliSnapshot.mjs';
import { writeSavedSource } from './writeSavedSource.test-support.ts';

let folder = '';
let cacheFolder = '';

function writeSource(name: string, text: string, secondsAgo: number): void {
  writeSavedSource(join(folder, name), text, secondsAgo);
}

/**
 * An entry that counts its top-level runs in a file and, started from a snapshot, writes what it holds and the
 * arguments it was given to the file named by its first argument, then exits with the code its second gives.
 */
const ENTRY = `
import { appendFileSync, writeFileSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';
import { requester } from './requester.ts';
const greeting: string = 'Dear ' + requester;
appendFileSync(${JSON.stringify('TOP_LEVEL_RUNS')}, 'x');
if (startupSnapshot.isBuildingSnapshot()) {
  startupSnapshot.setDeserializeMainFunction(() => {
    const [reportFile = '', exitCode = '0'] = process.argv.slice(1);
    writeFileSync(reportFile, JSON.stringify({ greeting, args: process.argv.slice(1) }));
    process.exitCode = Number(exitCode);
  });
}
`;

async function bundleOf(): Promise<string> {
  return (await ensureCliBundle({ entry: join(folder, 'entry.ts'), cacheFolder })).file;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'privacy-desk-cli-snapshot-'));
  cacheFolder = join(folder, 'cache');
  writeSource('requester.ts', "export const requester: string = 'Anna';\n", 60);
  writeSource('entry.ts', ENTRY.replace('TOP_LEVEL_RUNS', join(folder, 'top-level-runs')), 60);
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('ensureCliSnapshot', () => {
  it('saves the heap after the top level ran, and a start from it runs the main function with the arguments after node', async () => {
    const snapshot = ensureCliSnapshot({ bundleFile: await bundleOf(), cacheFolder });
    expect(snapshot.isRebuilt).toBe(true);
    expect(snapshot.file.startsWith(cacheFolder)).toBe(true);
    const report = join(folder, 'report.json');
    const exitCode = await runFromSnapshot(snapshot.file, [report, '3']);
    expect(exitCode).toBe(3);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({ greeting: 'Dear Anna', args: [report, '3'] });
    // The top level ran once, while the snapshot was built; the start read its result back.
    expect(readFileSync(join(folder, 'top-level-runs'), 'utf8')).toBe('x');
  }, 30_000);

  it('reuses the snapshot while the bundle, node and its options are as they were', async () => {
    const bundleFile = await bundleOf();
    const first = ensureCliSnapshot({ bundleFile, cacheFolder });
    expect(ensureCliSnapshot({ bundleFile, cacheFolder }).isRebuilt).toBe(false);
    expect(first.isRebuilt).toBe(true);
  }, 30_000);

  it('builds again after the bundle was rebuilt from a changed source', async () => {
    const bundleFile = await bundleOf();
    ensureCliSnapshot({ bundleFile, cacheFolder });
    writeSource('requester.ts', "export const requester: string = 'Bram';\n", 30);
    const rebuilt = ensureCliSnapshot({ bundleFile: await bundleOf(), cacheFolder });
    expect(rebuilt.isRebuilt).toBe(true);
    const report = join(folder, 'report.json');
    await runFromSnapshot(rebuilt.file, [report]);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ greeting: 'Dear Bram' });
  }, 30_000);

  it('builds again when NODE_OPTIONS changed, when it was forgotten, and when the snapshot was overwritten', async () => {
    const bundleFile = await bundleOf();
    const { file } = ensureCliSnapshot({ bundleFile, cacheFolder });
    const nodeOptions = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = '--max-old-space-size=300';
    try {
      expect(ensureCliSnapshot({ bundleFile, cacheFolder }).isRebuilt).toBe(true);
    } finally {
      if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = nodeOptions;
    }
    expect(ensureCliSnapshot({ bundleFile, cacheFolder }).isRebuilt).toBe(true);
    forgetCliSnapshot(cacheFolder);
    expect(ensureCliSnapshot({ bundleFile, cacheFolder }).isRebuilt).toBe(true);
    writeFileSync(file, 'not a snapshot');
    expect(ensureCliSnapshot({ bundleFile, cacheFolder }).isRebuilt).toBe(true);
    expect(ensureCliSnapshot({ bundleFile, cacheFolder }).isRebuilt).toBe(false);
  }, 60_000);

  it('throws when node cannot build a snapshot of the bundle, and leaves no snapshot behind', async () => {
    // A snapshot's script may require node's own modules only.
    writeSource('elsewhere.cjs', 'module.exports = 1;\n', 30);
    const bundleFile = join(folder, 'requires-a-file.cjs');
    writeFileSync(bundleFile, "require('./elsewhere.cjs');\n");
    expect(() => ensureCliSnapshot({ bundleFile, cacheFolder })).toThrow(/node --build-snapshot failed/);
    expect(readdirSync(cacheFolder)).toEqual([]);
  }, 30_000);

  it('throws when the snapshot cannot take its place, and leaves no part of it behind', async () => {
    const bundleFile = await bundleOf();
    mkdirSync(join(cacheFolder, 'cli.blob'));
    expect(() => ensureCliSnapshot({ bundleFile, cacheFolder })).toThrow();
    expect(readdirSync(cacheFolder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 30_000);
});

describe('runFromSnapshot', () => {
  it('resolves to the exit code node gives for a snapshot it cannot load', async () => {
    expect(await runFromSnapshot(join(folder, 'missing.blob'), ['classify'])).toBe(SNAPSHOT_FAILURE_EXIT_CODE);
  });

});
