import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainRequestModel } from '../core/classifier/model/trainRequestModel.ts';
import { readTrainingCorpus } from './readTrainingCorpus.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_CORPUS_FOLDER = resolve(REPO_ROOT, 'tests/fixtures/corpus');
export const DEFAULT_MODEL_FILE = resolve(REPO_ROOT, 'src/core/classifier/model/requestModel.json');

const USAGE = `Usage: privacy-desk train [--corpus FOLDER] [--out FILE]
  --corpus  folder of labelled *.jsonl emails (default tests/fixtures/corpus)
  --out     where the model is written (default src/core/classifier/model/requestModel.json)`;

interface Writable {
  write(chunk: string): unknown;
}

/**
 * `privacy-desk train`: trains the request model on the labelled corpus and writes it as JSON.
 * Refuses a corpus with unreadable lines, so a broken fixture never silently shrinks the model.
 *
 * @example
 * await runTrainCommand([], process.stdout, process.stderr); // 0, model written
 */
export function runTrainCommand(args: readonly string[], stdout: Writable, stderr: Writable): number {
  const paths = { '--corpus': DEFAULT_CORPUS_FOLDER, '--out': DEFAULT_MODEL_FILE };
  for (let index = 0; index < args.length; index += 2) {
    const flag = args[index];
    const value = args[index + 1];
    if ((flag !== '--corpus' && flag !== '--out') || value === undefined) {
      stderr.write(`Unexpected argument "${flag}".\n${USAGE}\n`);
      return 2;
    }
    paths[flag] = resolve(value);
  }
  const corpus = readTrainingCorpus(paths['--corpus']);
  if (corpus.problems.length > 0 || corpus.emails.length === 0) {
    stderr.write(`Not trained: fix these corpus lines first.\n${corpus.problems.join('\n') || 'no emails found'}\n`);
    return 1;
  }
  const model = trainRequestModel(corpus.emails, corpus.stamp);
  const json = `${JSON.stringify(model, null, 1)}\n`;
  writeFileSync(paths['--out'], json);
  const kept = Object.keys(model.request.weights).length;
  stdout.write(`Trained on ${corpus.stamp.emails} emails; request model keeps ${kept} n-grams; ${json.length} bytes written.\n`);
  return 0;
}
