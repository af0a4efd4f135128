import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TrainingEmail } from '../core/classifier/model/trainRequestModel.ts';
import type { TrainingCorpusStamp } from '../core/classifier/model/requestModel.ts';
import { isRightLabel } from '../core/rights/rightLabel.ts';
import type { RightLabel } from '../core/rights/rightLabel.ts';
import { parseEmailLine } from './parseEmailLine.ts';

export interface TrainingCorpus {
  emails: TrainingEmail[];
  stamp: TrainingCorpusStamp;
  /** Lines that could not be read, as "file:line: reason"; they are not trained on. */
  problems: string[];
}

/**
 * Reads the labelled `*.jsonl` files of a corpus folder (sorted by name) for training, and stamps them
 * with their count and a SHA-256 of every file's name and contents, so a model can be checked against
 * the corpus it came from.
 *
 * @example
 * const { emails, stamp } = readTrainingCorpus('tests/fixtures/corpus');
 */
export function readTrainingCorpus(folder: string): TrainingCorpus {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort();
  const hash = createHash('sha256');
  const emails: TrainingEmail[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    hash.update(`${basename(file)}\n${text}\n`);
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = parseEmailLine(line);
      const labels = parsed.ok ? (JSON.parse(line) as { labels?: unknown }).labels : undefined;
      if (!parsed.ok) problems.push(`${file}:${index + 1}: ${parsed.error}`);
      else if (!Array.isArray(labels) || !labels.every(isRightLabel)) {
        problems.push(`${file}:${index + 1}: "labels" must be an array of right labels ([] = not a request)`);
      } else emails.push({ email: parsed.email, labels: [...new Set(labels as RightLabel[])] });
    });
  }
  return { emails, stamp: { emails: emails.length, sha256: hash.digest('hex') }, problems };
}
