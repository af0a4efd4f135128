import fc from 'fast-check';
import { emailBodyToText } from '../emailBodyToText.ts';
import { createTokenArrays, tokenizeText } from '../tokenizeText.ts';
import { extractModelFeatures, MODEL_TEXT_CHARS, NEGATED_MARK, readModelWords, type ModelWordList } from './extractModelFeatures.ts';

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

  it('marks the words after a negation up to the end of their clause, in every language', () => {
    const dutch = extractModelFeatures('', 'Ik wil NIET dat jullie mijn gegevens verwijderen. Wel graag een kopie.').ngrams;
    expect(dutch.has('!verwijderen')).toBe(true);
    expect(dutch.has('verwijderen')).toBe(false);
    expect(dutch.has('niet')).toBe(true);
    expect(dutch.has('kopie')).toBe(true);
    expect(extractModelFeatures('', "Don't delete my account").ngrams.has('!delete')).toBe(true);
    expect(extractModelFeatures('', 'Bitte keine Löschung').ngrams.has('!loschung')).toBe(true);
    expect(extractModelFeatures('', "n'effacez pas mes données").ngrams.has('!effacez')).toBe(true);
  });

  it('ends a negation at a conjunction, at a blank line and at the end of the subject, but not at a wrapped line', () => {
    expect(extractModelFeatures('', 'not now but delete it').ngrams.has('delete')).toBe(true);
    expect(extractModelFeatures('', 'I do not\nwant this').ngrams.has('!want')).toBe(true);
    expect(extractModelFeatures('', 'I do not\n\ndelete').ngrams.has('delete')).toBe(true);
    expect(extractModelFeatures('Not a test', 'delete').ngrams.has('delete')).toBe(true);
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
          const word = token.word.startsWith(NEGATED_MARK) ? token.word.slice(NEGATED_MARK.length) : token.word;
          expect(token.end - token.start).toBe(word.length);
          expect(/^[a-z0-9]+$/.test(word)).toBe(true);
          expect(source.slice(token.start, token.end).length).toBe(word.length);
        }
      }),
    );
  });

  it('reads a text again as it read it the first time (the words of the last text are kept)', () => {
    const noise = fc.constantFrom('Niet', 'mijn', 'GEGEVENS', 'not', 'delete', 'É', '> ', '\n', '\n\n', ', ', '. ', ' ', 'ß', '\u2019');
    const text = fc.array(noise, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (subject, body) => {
        extractModelFeatures('other', 'text');
        const fresh = extractModelFeatures(subject, body);
        const again = extractModelFeatures(subject, body);
        expect(again.tokens).toEqual(fresh.tokens);
        expect([...again.ngrams]).toEqual([...fresh.ngrams]);
      }),
    );
  });

  it('folds a character once: "\u01e3" folds to "\u00e6", which is no letter of the model, though "\u00e6" itself folds to "a"', () => {
    expect(extractModelFeatures('', 'x \u01e3 \u00e6 y').tokens.map(({ word }) => word)).toEqual(['x', 'a', 'y']);
  });

  it('reads the same words from the folded texts the rules hand over as from the texts alone', () => {
    const noise = fc.constantFrom('Niet', 'mijn', 'GEGEVENS', 'not', 'delete', 'É', '\u01e3', 'Æ', 'æ', '> ', '\n', '\n\n', ', ', '. ', ' ', 'ß', '\u2019', 'a@b.nl', 'www.', '(', '!');
    const text = fc.array(noise, { maxLength: 40 }).map((parts) => parts.join(''));
    const copied = ({ count, isBody, starts, ends, isNegated, values }: ModelWordList): number[][] =>
      [isBody, starts, ends, isNegated, values].map((numbers) => [...numbers.subarray(0, count)]);
    const subjectArrays = createTokenArrays();
    const bodyArrays = createTokenArrays();
    fc.assert(
      fc.property(text, text, (subject, body) => {
        readModelWords('other', 'text');
        const alone = copied(readModelWords(subject, body));
        readModelWords('other', 'text');
        const folded = { subject: tokenizeText(subject, subject.length, subjectArrays), body: tokenizeText(body, body.length, bodyArrays) };
        expect(copied(readModelWords(subject, body, undefined, folded))).toEqual(alone);
      }),
    );
  });

  it('does not depend on anything but its input (same text, same features)', () => {
    const first = extractModelFeatures('Inzage', 'Welke gegevens hebben jullie?');
    const second = extractModelFeatures('Inzage', 'Welke gegevens hebben jullie?');
    expect([...first.ngrams]).toEqual([...second.ngrams]);
  });
});
