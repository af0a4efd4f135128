import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import { trainNgramModels, trainRequestModel } from './trainRequestModel.ts';
import type { TrainingEmail } from './trainRequestModel.ts';
import type { LogisticModel } from './requestModel.ts';

const SMALL_CORPUS: TrainingEmail[] = [
  { email: { subject: 'Inzage', body: 'Graag een kopie van mijn gegevens.' }, labels: ['access'] },
  { email: { subject: 'Verwijderen', body: 'Verwijder al mijn gegevens.' }, labels: ['erasure'] },
  { email: { subject: 'Auskunft', body: 'Bitte eine Kopie meiner Daten.' }, labels: ['access'] },
  { email: { subject: 'Factuur', body: 'De factuur van mei klopt niet.' }, labels: [] },
  { email: { subject: 'Storing', body: '<p>De printer doet het niet.</p>', bodyType: 'html' }, labels: [] },
  { email: { subject: 'Rechnung', body: 'Die Rechnung ist doppelt.' }, labels: [] },
];
const STAMP = { emails: SMALL_CORPUS.length, sha256: 'test' };

describe('trainRequestModel', () => {
  it('is deterministic: training twice on the same corpus gives identical models', () => {
    expect(JSON.stringify(trainRequestModel(SMALL_CORPUS, STAMP))).toBe(JSON.stringify(trainRequestModel(SMALL_CORPUS, STAMP)));
  });

  it('learns request words as positive and service words as negative for "is a request"', () => {
    const { request } = trainRequestModel(SMALL_CORPUS, STAMP);
    expect(request.weights['gegevens']).toBeGreaterThan(0);
    expect(request.weights['factuur']).toBeLessThan(0);
  });

  it('trains one model per right, each against all other emails', () => {
    const model = trainRequestModel(SMALL_CORPUS, STAMP);
    expect(Object.keys(model.rights).sort()).toEqual([...RIGHT_LABELS].sort());
    expect(model.rights.access.weights['kopie']).toBeGreaterThan(0);
    expect(model.rights.erasure.weights['verwijder']).toBeGreaterThan(0);
    expect(model.rights.access.weights['verwijder']).toBeLessThan(0);
  });

  it('reads HTML bodies as converted text, not their tags', () => {
    const { request } = trainRequestModel(SMALL_CORPUS, STAMP);
    expect(request.weights['printer']).toBeLessThan(0);
    expect(request.weights['p']).toBeUndefined();
  });

  it('keeps at most the configured number of n-grams per model and records corpus and settings', () => {
    const settings = { learningRate: 0.5, l2: 1e-4, epochs: 5, seed: 3, keptFeatures: { request: 4, right: 2 }, averagedRuns: 1 };
    const model = trainRequestModel(SMALL_CORPUS, STAMP, settings);
    expect(Object.keys(model.request.weights)).toHaveLength(4);
    expect(Object.keys(model.rights.access.weights)).toHaveLength(2);
    expect(model.corpus).toEqual(STAMP);
    expect(model.settings).toEqual(settings);
  });

  it('averages the runs of each n-gram model, each run visiting the mails in its own seeded order', () => {
    const settings = { learningRate: 0.5, l2: 1e-4, epochs: 3, seed: 7, keptFeatures: { request: 1_000, right: 1_000 } };
    const [first, second] = [7, 8].map((seed) => trainNgramModels(SMALL_CORPUS, { ...settings, seed, averagedRuns: 1 }).request) as [LogisticModel, LogisticModel];
    const averaged = trainNgramModels(SMALL_CORPUS, { ...settings, averagedRuns: 2 }).request;
    expect(first.weights['gegevens']).not.toBe(second.weights['gegevens']);
    expect(averaged.bias).toBeCloseTo((first.bias + second.bias) / 2, 12);
    for (const ngram of ['gegevens', 'factuur', 'mijn gegevens']) {
      expect(averaged.weights[ngram]).toBeCloseTo(((first.weights[ngram] ?? 0) + (second.weights[ngram] ?? 0)) / 2, 12);
    }
  });

  it('learns the verdict from mails long enough for it, read by models that never saw them', () => {
    const filler = 'Met vriendelijke groet en alvast bedankt voor de moeite, namens het hele team van de afdeling op de tweede verdieping.';
    const long = (subject: string, body: string, labels: TrainingEmail['labels']): TrainingEmail => ({ email: { subject, body: `${body} ${filler}` }, labels });
    const corpus = Array.from({ length: 6 }, (_, index) => [
      long(`Inzageverzoek ${index}`, 'Ik wil graag een kopie van al mijn persoonsgegevens ontvangen.', ['access']),
      long(`Factuur ${index}`, 'De factuur van deze maand klopt niet, graag een creditnota.', []),
    ]).flat();
    const model = trainRequestModel(corpus, { emails: corpus.length, sha256: 'test' });
    expect(model.format).toBe(2);
    expect(model.verdict.weights['rulesFindRequest']).toBeGreaterThan(0);
    expect(trainRequestModel(SMALL_CORPUS, STAMP).verdict).toEqual({ bias: -10, weights: { rulesFindRequest: 20 } });
  });

  it('does not change the emails it learns from', () => {
    const frozen = Object.freeze(SMALL_CORPUS.map((item) => Object.freeze({ ...item, email: Object.freeze({ ...item.email }) })));
    expect(() => trainRequestModel(frozen, STAMP)).not.toThrow();
  });
});
