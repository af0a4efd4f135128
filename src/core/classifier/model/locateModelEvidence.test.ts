import { extractModelFeatures } from './extractModelFeatures.ts';
import { locateModelEvidence } from './locateModelEvidence.ts';

describe('locateModelEvidence', () => {
  const subject = 'Inzageverzoek';
  const body = 'Hallo,\nGraag wil ik INZAGE in mijn gegevens.';
  const { tokens } = extractModelFeatures(subject, body);

  it('spans a word pair in the body as written, with its original case', () => {
    const [evidence] = locateModelEvidence(['mijn gegevens'], 'access', tokens, subject, body);
    expect(evidence).toEqual({ right: 'access', field: 'body', start: body.indexOf('mijn'), end: body.indexOf('.'), text: 'mijn gegevens' });
  });

  it('finds a word in the subject first when it occurs there', () => {
    const [evidence] = locateModelEvidence(['inzageverzoek'], 'access', tokens, subject, body);
    expect(evidence?.field).toBe('subject');
    expect(evidence?.text).toBe('Inzageverzoek');
  });

  it('matches the folded spelling and quotes the original one', () => {
    const [evidence] = locateModelEvidence(['inzage'], 'access', tokens, subject, body);
    expect(evidence?.text).toBe('INZAGE');
  });

  it('leaves out a pair split between subject and body, and n-grams not in the mail', () => {
    expect(locateModelEvidence(['inzageverzoek hallo', 'verwijder'], 'access', tokens, subject, body)).toEqual([]);
  });
});
