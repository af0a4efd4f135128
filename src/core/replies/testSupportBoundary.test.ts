import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..');

function listSourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isTestOnly = (path: string) => /\.test(-support)?\.tsx?$/.test(path);

describe('test support modules', () => {
  it('are imported by tests only, never by production code', () => {
    const production = listSourceFiles(SRC).filter((path) => !isTestOnly(path));
    const importers = production.filter((path) => readFileSync(path, 'utf8').includes('.test-support.'));
    expect(importers.map((path) => relative(SRC, path))).toEqual([]);
  });

  it('the reply fixtures live in a test support module, not in a name production code could take for its own', () => {
    const replyFolder = readdirSync(import.meta.dirname);
    expect(replyFolder).toContain('replyFixtures.test-support.ts');
    expect(replyFolder.filter((name) => /fixture/i.test(name) && !isTestOnly(name))).toEqual([]);
  });
});
