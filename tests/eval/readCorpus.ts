import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseLabelledEmail } from './parseLabelledEmail.ts';
import type { LabelledEmail } from './parseLabelledEmail.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const PROJECT_CORPUS_DIR = join(REPO_ROOT, 'tests/fixtures/corpus');
/** Third-party text kept beside the repository, never inside it; absent on most machines. */
export const PUBLIC_CORPUS_FILE = resolve(REPO_ROOT, '../shared/corpus/public/corpus.jsonl');

export interface Corpus {
  name: string;
  emails: LabelledEmail[];
  /** Lines that could not be read, as "file:line: reason"; they are left out of the figures. */
  problems: string[];
}

/**
 * Reads labelled emails from JSON Lines files, skipping blank lines and collecting bad lines as
 * problems instead of stopping, so one broken fixture does not hide every other figure.
 *
 * @example
 * const corpus = readCorpus('project', listProjectCorpusFiles());
 * console.log(corpus.emails.length, corpus.problems);
 */
export function readCorpus(name: string, files: readonly string[]): Corpus {
  const emails: LabelledEmail[] = [];
  const problems: string[] = [];
  const seenIds = new Set<string>();
  for (const file of files) {
    const where = relative(REPO_ROOT, file);
    readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const parsed = parseLabelledEmail(line);
        if (!parsed.ok) problems.push(`${where}:${index + 1}: ${parsed.error}`);
        else if (seenIds.has(parsed.labelled.id)) problems.push(`${where}:${index + 1}: duplicate id ${parsed.labelled.id}`);
        else {
          seenIds.add(parsed.labelled.id);
          emails.push(parsed.labelled);
        }
      });
  }
  return { name, emails, problems };
}

/** The project corpus files (`tests/fixtures/corpus/*.jsonl`), sorted; [] when the folder is missing. */
export function listProjectCorpusFiles(): string[] {
  if (!existsSync(PROJECT_CORPUS_DIR)) return [];
  return readdirSync(PROJECT_CORPUS_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => join(PROJECT_CORPUS_DIR, file));
}
