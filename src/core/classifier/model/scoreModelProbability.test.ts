import fc from 'fast-check';
import { extractModelFeatures } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { scoreLogisticModel } from './scoreLogisticModel.ts';
import { scoreModelProbability } from './scoreModelProbability.ts';
import { SHIPPED_REQUEST_MODEL } from './shippedRequestModel.ts';

const MODEL: LogisticModel = {
  bias: -1,
  weights: { inzage: 2, 'mijn gegevens': 1.5, gegevens: 0.3, constructor: 0.7, 'a b': 0.1, b: 1e-17, '!gegevens': -2, 'niet !mijn': -0.4, '!mijn !gegevens': -1 },
};
const WORDS = ['Inzage', 'mijn', 'MIJN', 'gegevens', 'gégévens', 'constructor', 'a', 'b', 'niet', 'not', 'maar', '> quoted', '\n', ' ', '.', ',', 'Ł', 'ß'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((parts) => parts.join(' '));

function slowProbability(subject: string, body: string, model: LogisticModel): number {
  return scoreLogisticModel(extractModelFeatures(subject, body).ngrams, model).probability;
}

describe('scoreModelProbability', () => {
  it('counts a repeated word or pair once, as the n-gram set does', () => {
    const once = scoreModelProbability('', 'mijn gegevens', MODEL);
    expect(scoreModelProbability('', 'mijn gegevens mijn gegevens', MODEL)).toBe(once);
    expect(once).toBe(slowProbability('', 'mijn gegevens', MODEL));
  });

  it('matches pairs across the subject and body and folded spellings (MIJN Gégévens)', () => {
    expect(scoreModelProbability('MIJN', 'Gégévens', MODEL)).toBe(slowProbability('MIJN', 'Gégévens', MODEL));
    expect(scoreModelProbability('MIJN', 'Gégévens', MODEL)).not.toBe(scoreModelProbability('', 'gegevens', MODEL));
  });

  it('weighs a negated word apart from the plain one', () => {
    expect(scoreModelProbability('', 'niet mijn gegevens', MODEL)).toBe(slowProbability('', 'niet mijn gegevens', MODEL));
    expect(scoreModelProbability('', 'niet mijn gegevens', MODEL)).toBeLessThan(scoreModelProbability('', 'mijn gegevens', MODEL));
  });

  it('gives the same probability, to the last bit, as scoring the n-gram set (random texts)', () => {
    fc.assert(
      fc.property(text, text, (subject, body) => {
        expect(scoreModelProbability(subject, body, MODEL)).toBe(slowProbability(subject, body, MODEL));
        expect(scoreModelProbability(subject, body, SHIPPED_REQUEST_MODEL.request)).toBe(slowProbability(subject, body, SHIPPED_REQUEST_MODEL.request));
      }),
    );
  });

  it('gives the same probability on hostile text (surrogates, binary)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        expect(scoreModelProbability(body, body, SHIPPED_REQUEST_MODEL.request)).toBe(slowProbability(body, body, SHIPPED_REQUEST_MODEL.request));
      }),
    );
  });
});
