import { RIGHT_LABELS, type RightLabel } from '../../rights/rightLabel.ts';
import { locateModelEvidence } from './locateModelEvidence.ts';
import type { LogisticModel, RequestNgramModels } from './requestModel.ts';
import { findStrongestNgrams } from './scoreModelProbability.ts';

/** The evidence for access of an access model that weighs just these n-grams, the first strongest. */
function evidenceOf(ngrams: readonly string[], subject: string, body: string): ReturnType<typeof locateModelEvidence> {
  const none: LogisticModel = { bias: 0, weights: {} };
  const access: LogisticModel = { bias: 0, weights: Object.fromEntries(ngrams.map((ngram, index) => [ngram, ngrams.length - index])) };
  const rights = Object.fromEntries(RIGHT_LABELS.map((right) => [right, right === 'access' ? access : none])) as Record<RightLabel, LogisticModel>;
  const models: RequestNgramModels = { request: none, rights };
  const strongest = findStrongestNgrams(subject, body, models, 'access');
  return locateModelEvidence(strongest.ngrams, 'access', strongest.words, subject, body);
}

describe('locateModelEvidence', () => {
  const subject = 'Inzageverzoek';
  const body = 'Hallo,\nGraag wil ik INZAGE in mijn gegevens.';

  it('spans a word pair in the body as written, with its original case', () => {
    const [evidence] = evidenceOf(['mijn gegevens'], subject, body);
    expect(evidence).toEqual({ right: 'access', field: 'body', start: body.indexOf('mijn'), end: body.indexOf('.'), text: 'mijn gegevens' });
  });

  it('finds a word in the subject first when it occurs there', () => {
    const [evidence] = evidenceOf(['inzageverzoek'], subject, body);
    expect(evidence?.field).toBe('subject');
    expect(evidence?.text).toBe('Inzageverzoek');
  });

  it('matches the folded spelling and quotes the original one', () => {
    const [evidence] = evidenceOf(['inzage'], subject, body);
    expect(evidence?.text).toBe('INZAGE');
  });

  it('leaves out a pair split between subject and body, and n-grams not in the mail', () => {
    expect(evidenceOf(['inzageverzoek hallo', 'verwijder'], subject, body)).toEqual([]);
  });

  it('spans a pair where it first occurs within one field, after an occurrence split between subject and body', () => {
    const [evidence] = evidenceOf(['mijn gegevens'], 'Mijn', 'gegevens: ik wil mijn gegevens zien');
    expect(evidence).toEqual({ right: 'access', field: 'body', start: 17, end: 30, text: 'mijn gegevens' });
  });
});
