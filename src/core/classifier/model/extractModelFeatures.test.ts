import fc from 'fast-check';
import { emailBodyToText } from '../emailBodyToText.ts';
import { extractModelFeatures, MODEL_TEXT_CHARS } from './extractModelFeatures.ts';

describe('extractModelFeatures', () => {
  it('gives every word and every adjacent pair, lowercased and without accents', () => {
    const { ngrams } = extractModelFeatures('Löschung', 'Bitte MEINE Daten');
    expect([...ngrams].sort()).toEqual(['bitte', 'bitte meine', 'daten', 'loschung', 'loschung bitte', 'meine', 'meine daten'].sort());
  });

  it('splits words on punctuation and keeps digits (article numbers)', () => {
    const { ngrams } = extractModelFeatures('', "l'accès, art. 15!");
    expect(ngrams.has('l acces')).toBe(true);
    expect(ngrams.has('art 15')).toBe(true);
    expect(ngrams.has('15')).toBe(true);
  });

  it('leaves out quoted lines, also indented ones and those of converted HTML blockquotes', () => {
    const html = '<p>Dank je</p><blockquote>verwijder mijn gegevens</blockquote>';
    const { ngrams } = extractModelFeatures('', `${emailBodyToText(html, 'html')}\n  > wis alles`);
    expect(ngrams.has('verwijder')).toBe(false);
    expect(ngrams.has('wis')).toBe(false);
    expect(ngrams.has('dank je')).toBe(true);
  });

  it('reads only the first MODEL_TEXT_CHARS characters of subject and own text together', () => {
    const filler = 'x '.repeat(MODEL_TEXT_CHARS);
    expect(extractModelFeatures('', `${filler}verwijder`).ngrams.has('verwijder')).toBe(false);
    const quoted = '> y\n'.repeat(MODEL_TEXT_CHARS);
    expect(extractModelFeatures('', `${quoted}verwijder`).ngrams.has('verwijder')).toBe(true);
  });

  it('gives nothing for an empty mail or one of punctuation only', () => {
    expect(extractModelFeatures('', '').ngrams.size).toBe(0);
    expect(extractModelFeatures('!!!', '--- ...').ngrams.size).toBe(0);
  });

  it('locates every token in the field it came from, folded like the n-grams', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 400 }), (subject, body) => {
        for (const token of extractModelFeatures(subject, body).tokens) {
          const source = token.field === 'subject' ? subject : body;
          expect(token.end - token.start).toBe(token.word.length);
          expect(/^[a-z0-9]+$/.test(token.word)).toBe(true);
          expect(source.slice(token.start, token.end).length).toBe(token.word.length);
        }
      }),
    );
  });

  it('does not depend on anything but its input (same text, same features)', () => {
    const first = extractModelFeatures('Inzage', 'Welke gegevens hebben jullie?');
    const second = extractModelFeatures('Inzage', 'Welke gegevens hebben jullie?');
    expect([...first.ngrams]).toEqual([...second.ngrams]);
  });
});
