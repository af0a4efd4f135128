import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureCliBundle } from './cliBundle.mjs';
import { writeSavedSource } from './writeSavedSource.test-support.ts';

let folder = '';
let entry = '';
let cacheFolder = '';

function writeSource(name: string, text: string, secondsAgo: number): void {
  writeSavedSource(join(folder, name), text, secondsAgo);
}

async function importFresh(file: string): Promise<{ requester: string; entryFolder: string }> {
  // A query makes each import a module of its own: node caches modules by URL.
  return import(`${pathToFileURL(file).href}?${statSync(file).mtimeMs}-${Math.random()}`) as Promise<{ requester: string; entryFolder: string }>;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'privacy-desk-cli-bundle-'));
  entry = join(folder, 'entry.ts');
  cacheFolder = join(folder, 'cache');
  writeSource('requester.ts', "export const requester: string = 'Anna';\n", 60);
  writeSource('entry.ts', "export { requester } from './requester.ts';\nexport const entryFolder: string = import.meta.dirname;\n", 60);
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('ensureCliBundle', () => {
  it('bundles the entry and what it imports into one module, import.meta.dirname naming the entry folder', async () => {
    const bundle = await ensureCliBundle({ entry, cacheFolder });
    expect(bundle.isRebuilt).toBe(true);
    expect(bundle.file.startsWith(cacheFolder)).toBe(true);
    const loaded = await importFresh(bundle.file);
    expect(loaded.requester).toBe('Anna');
    expect(loaded.entryFolder).toBe(folder);
  });

  it('reuses the bundle while no source changed', async () => {
    const first = await ensureCliBundle({ entry, cacheFolder });
    const writtenAt = statSync(first.file).mtimeMs;
    const second = await ensureCliBundle({ entry, cacheFolder });
    expect(second.isRebuilt).toBe(false);
    expect(statSync(second.file).mtimeMs).toBe(writtenAt);
  });

  it('builds again when an imported source changed', async () => {
    await ensureCliBundle({ entry, cacheFolder });
    writeSource('requester.ts', "export const requester: string = 'Bram';\n", 30);
    const rebuilt = await ensureCliBundle({ entry, cacheFolder });
    expect(rebuilt.isRebuilt).toBe(true);
    expect((await importFresh(rebuilt.file)).requester).toBe('Bram');
    expect((await ensureCliBundle({ entry, cacheFolder })).isRebuilt).toBe(false);
  });

  it('builds again when the bundle is gone', async () => {
    const first = await ensureCliBundle({ entry, cacheFolder });
    rmSync(first.file);
    expect((await ensureCliBundle({ entry, cacheFolder })).isRebuilt).toBe(true);
    expect(readFileSync(first.file, 'utf8')).toContain('Anna');
  });

  it('keeps no record of a source saved while it was building, so the next start builds again', async () => {
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(folder, 'requester.ts'), future, future);
    expect((await ensureCliBundle({ entry, cacheFolder })).isRebuilt).toBe(true);
    expect((await ensureCliBundle({ entry, cacheFolder })).isRebuilt).toBe(true);
  });

  it('rejects when the cache folder cannot be made, and when the sources do not build', async () => {
    const blocker = join(folder, 'blocker');
    writeFileSync(blocker, '');
    await expect(ensureCliBundle({ entry, cacheFolder: join(blocker, 'cache') })).rejects.toThrow();
    writeSource('requester.ts', 'export const requester: string = ;\n', 30);
    await expect(ensureCliBundle({ entry, cacheFolder })).rejects.toThrow();
  });
});
