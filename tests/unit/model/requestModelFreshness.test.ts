import { readFileSync } from 'node:fs';
import { readTrainingCorpus } from '../../../src/cli/readTrainingCorpus.ts';
import { DEFAULT_CORPUS_FOLDER, DEFAULT_MODEL_FILE } from '../../../src/cli/trainCommand.ts';
import { SHIPPED_REQUEST_MODEL } from '../../../src/core/classifier/model/shippedRequestModel.ts';

/**
 * The shipped file (one n-gram a line, for readable diffs) must stay small enough to load with the
 * add-in; the bundle carries it without the line breaks and compressed. Pruning harder costs the
 * model what it knows of unseen mail (model README).
 */
const MAX_MODEL_BYTES = 800_000;

describe('the shipped request model', () => {
  it('was trained on the current corpus (run `npm run -s cli -- train` after changing it)', () => {
    const { stamp } = readTrainingCorpus(DEFAULT_CORPUS_FOLDER);
    expect(SHIPPED_REQUEST_MODEL.corpus).toEqual(stamp);
  });

  it(`stays under ${MAX_MODEL_BYTES} bytes`, () => {
    expect(readFileSync(DEFAULT_MODEL_FILE, 'utf8').length).toBeLessThan(MAX_MODEL_BYTES);
  });
});
