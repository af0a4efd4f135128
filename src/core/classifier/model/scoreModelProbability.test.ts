import fc from 'fast-check';
import { extractModelFeatures } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { scoreLogisticModel } from './scoreLogisticModel.ts';
import { findStrongestNgrams, readModelProbabilities, readModelProbability, readRequestProbability, readRightProbabilities, scoreModelProbability } from './scoreModelProbability.ts';
import { SHIPPED_REQUEST_MODEL } from './shippedRequestModel.ts';

const MODEL: LogisticModel = {
  bias: -1,
  weights: { inzage: 2, 'mijn gegevens': 1.5, gegevens: 0.3, constructor: 0.7, 'a b': 0.1, b: 1e-17, '!gegevens': -2, 'niet !mijn': -0.4, '!mijn !gegevens': -1 },
};
/** Models read together that share words and pairs, weigh a word one of them only pairs, and weigh nothing at all. */
const RIGHT_MODELS: Readonly<Record<string, LogisticModel>> = {
  access: MODEL,
  erasure: { bias: 0.5, weights: { gegevens: -0.7, 'mijn gegevens': 2.5, mijn: 0.1, verwijderen: 3, '!verwijderen': -3, 'a b': 0.2 } },
  objection: { bias: -2, weights: { 'niet !mijn': 0.9, b: 0.3, 'b a': -0.1, inzage: -1 } },
  complaint: { bias: -3, weights: {} },
};
const WORDS = ['Inzage', 'verwijderen', 'mijn', 'MIJN', 'gegevens', 'gégévens', 'constructor', 'a', 'b', 'niet', 'not', 'maar', '> quoted', '\n', ' ', '.', ',', 'Ł', 'ß'];
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

  it('finds every pair of a word that opens many, in a short run and a long one', () => {
    const seconds = Array.from({ length: 40 }, (_, index) => `w${index}`);
    const weights = Object.fromEntries(seconds.flatMap((second, index) => [[`many ${second}`, index + 1], [`few ${second}`, index < 3 ? 0.5 : 0]]));
    const model: LogisticModel = { bias: 0, weights: { ...weights, [seconds[0] ?? '']: 0.25 } };
    for (const second of seconds) {
      for (const body of [`many ${second}`, `few ${second}`, `${second} many`]) expect(scoreModelProbability('', body, model)).toBe(slowProbability('', body, model));
    }
  });

  it('counts each n-gram once in every mail, however many mails it has read', () => {
    // A model of its own, so its readings are numbered from the first. The numbers wrap round after 255: a word read in
    // the tenth reading and then not until the tenth after the wrap must not count as read already.
    const model: LogisticModel = { ...MODEL, weights: { ...MODEL.weights } };
    for (let reading = 0; reading < 600; reading += 1) {
      const body = reading % 255 === 9 ? 'inzage mijn gegevens' : 'a b';
      expect(scoreModelProbability('', body, model)).toBe(slowProbability('', body, model));
    }
  });

  it('gives the same probability on hostile text (surrogates, binary)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        expect(scoreModelProbability(body, body, SHIPPED_REQUEST_MODEL.request)).toBe(slowProbability(body, body, SHIPPED_REQUEST_MODEL.request));
      }),
    );
    // The definition it is checked against builds every n-gram and looks each up in the whole model: about 0.6 s for the
    // hundred runs, past the default 5 s on a busy machine.
  }, 30_000);
});

describe('readModelProbabilities', () => {
  const slowProbabilities = (subject: string, body: string, models: Readonly<Record<string, LogisticModel>>): Record<string, number> =>
    Object.fromEntries(Object.entries(models).map(([name, model]) => [name, slowProbability(subject, body, model)]));

  it('gives each model its own probability, to the last bit, with shared words and pairs counted once', () => {
    const body = 'niet mijn gegevens, mijn gegevens verwijderen a b a b';
    expect(readModelProbabilities('Inzage', body, RIGHT_MODELS)).toEqual(slowProbabilities('Inzage', body, RIGHT_MODELS));
    expect(readModelProbabilities('Inzage', body, RIGHT_MODELS).access).toBe(scoreModelProbability('Inzage', body, MODEL));
    expect(readModelProbabilities('', '', RIGHT_MODELS).complaint).toBe(slowProbability('', '', RIGHT_MODELS.complaint as LogisticModel));
  });

  it('gives the same probabilities, to the last bit, as scoring the n-gram set model by model (random texts)', () => {
    fc.assert(
      fc.property(text, text, (subject, body) => {
        expect(readModelProbabilities(subject, body, RIGHT_MODELS)).toEqual(slowProbabilities(subject, body, RIGHT_MODELS));
        expect(readModelProbabilities(subject, body, SHIPPED_REQUEST_MODEL.rights)).toEqual(slowProbabilities(subject, body, SHIPPED_REQUEST_MODEL.rights));
      }),
    );
  });

  it('gives the same probabilities on hostile text (surrogates, binary)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        expect(readModelProbabilities(body, body, SHIPPED_REQUEST_MODEL.rights)).toEqual(slowProbabilities(body, body, SHIPPED_REQUEST_MODEL.rights));
      }),
    );
  });

  it('leaves the request model reading of the same mail as it was, before and after', () => {
    const subject = 'Verzoek';
    const body = 'Ik wil graag inzage in mijn gegevens en verzoek u ze daarna niet meer te gebruiken.';
    const before = readModelProbability(subject, body, SHIPPED_REQUEST_MODEL.request);
    readModelProbabilities(subject, body, SHIPPED_REQUEST_MODEL.rights);
    expect(readModelProbability(subject, body, SHIPPED_REQUEST_MODEL.request)).toEqual(before);
    expect(before.probability).toBe(slowProbability(subject, body, SHIPPED_REQUEST_MODEL.request));
  });
});

describe('the request and right models read together (readRequestProbability, readRightProbabilities)', () => {
  it('give the probabilities the models give read apart, to the last bit (random texts)', () => {
    fc.assert(
      fc.property(text, text, (subject, body) => {
        expect(readRequestProbability(subject, body, SHIPPED_REQUEST_MODEL)).toEqual(readModelProbability(subject, body, SHIPPED_REQUEST_MODEL.request));
        expect(readRightProbabilities(subject, body, SHIPPED_REQUEST_MODEL)).toEqual(readModelProbabilities(subject, body, SHIPPED_REQUEST_MODEL.rights));
      }),
    );
  });
});

describe('findStrongestNgrams', () => {
  /** The strongest n-grams as `scoreLogisticModel` lists them, spelled from the words `findStrongestNgrams` points at. */
  const spelled = (subject: string, body: string, model: 'request' | 'access' | 'erasure'): { ngram: string; weight: number }[] => {
    const { tokens } = extractModelFeatures(subject, body);
    return findStrongestNgrams(subject, body, SHIPPED_REQUEST_MODEL, model).ngrams.map(({ firstWord, isPair, weight }) => ({
      ngram: isPair ? `${tokens[firstWord]?.word} ${tokens[firstWord + 1]?.word}` : (tokens[firstWord]?.word ?? ''),
      weight,
    }));
  };
  const slowStrongest = (subject: string, body: string, model: LogisticModel): { ngram: string; weight: number }[] =>
    scoreLogisticModel(extractModelFeatures(subject, body).ngrams, model).topNgrams;

  it('lists the n-grams scoreLogisticModel lists, in its order, at their first occurrence (random texts)', () => {
    const words = fc.constantFrom('Inzage', 'verwijderen', 'mijn', 'gegevens', 'kopie', 'niet', 'delete', 'my', 'data', 'please', 'account', ',', '.', '\n', '> x');
    const mail = fc.array(words, { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(mail, mail, (subject, body) => {
        expect(spelled(subject, body, 'request')).toEqual(slowStrongest(subject, body, SHIPPED_REQUEST_MODEL.request));
        expect(spelled(subject, body, 'access')).toEqual(slowStrongest(subject, body, SHIPPED_REQUEST_MODEL.rights.access));
        expect(spelled(subject, body, 'erasure')).toEqual(slowStrongest(subject, body, SHIPPED_REQUEST_MODEL.rights.erasure));
      }),
    );
  });
});
