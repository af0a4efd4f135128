import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { LogisticModel, RequestModel } from './requestModel.ts';
import { scoreRequestModel } from './scoreRequestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';
import { DEFAULT_REQUEST_MODEL_SETTINGS } from './trainRequestModel.ts';

function modelWith(request: LogisticModel, access: LogisticModel): RequestModel {
  const rights = Object.fromEntries(RIGHT_LABELS.map((right) => [right, { bias: -3, weights: {} }])) as Record<RightLabel, LogisticModel>;
  return { format: 1, corpus: { emails: 0, sha256: '' }, settings: DEFAULT_REQUEST_MODEL_SETTINGS, request, rights: { ...rights, access } };
}

describe('scoreRequestModel', () => {
  const model = modelWith(
    { bias: -1, weights: { inzage: 2, 'mijn gegevens': 1.5, factuur: -2, a: 0.1, b: 0.2, c: 0.3, d: 0.4, e: 0.05, f: 0.04, g: 0.03, h: 0.02, i: 0.01 } },
    { bias: -2, weights: { inzage: 4 } },
  );

  it('gives the probability of bias plus the weights of the n-grams present', () => {
    const score = scoreRequestModel(new Set(['inzage', 'factuur', 'onbekend']), model);
    expect(score.request.probability).toBeCloseTo(sigmoid(-1 + 2 - 2), 12);
    expect(score.rights.access.probability).toBeCloseTo(sigmoid(2), 12);
    expect(score.rights.erasure.probability).toBeCloseTo(sigmoid(-3), 12);
  });

  it('lists only present n-grams that argued for "yes", strongest first, at most ten', () => {
    const score = scoreRequestModel(new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'factuur', 'inzage', 'mijn gegevens']), model);
    expect(score.request.topNgrams.map(({ ngram }) => ngram)).toEqual(['inzage', 'mijn gegevens', 'd', 'c', 'b', 'a', 'e', 'f', 'g', 'h']);
  });

  it('gives the bias alone for an email without features', () => {
    const score = scoreRequestModel(new Set(), model);
    expect(score.request.probability).toBeCloseTo(sigmoid(-1), 12);
    expect(score.request.topNgrams).toEqual([]);
  });

  it('never reads object prototype names such as "constructor" as weights', () => {
    const score = scoreRequestModel(new Set(['constructor', '__proto__', 'tostring']), model);
    expect(score.request.probability).toBeCloseTo(sigmoid(-1), 12);
  });
});
