import { foldText } from './foldText.ts';
import { createTokenArrays, tokenizeText, type TokenizedText } from './tokenizeText.ts';

/** The token arrays as plain arrays of the text's tokens (the typed arrays may run past `count`). */
const tokenize = (text: string) => tokensOf(tokenizeText(text));
const tokensOf = (tokens: TokenizedText) => {
  const tokensOnly = (values: Int32Array): number[] => Array.from(values.subarray(0, tokens.count));
  return {
    count: tokens.count,
    starts: tokensOnly(tokens.starts),
    ends: tokensOnly(tokens.ends),
    lines: tokensOnly(tokens.lines),
    paragraphs: tokensOnly(tokens.paragraphs),
    sentences: tokensOnly(tokens.sentences),
    clauses: tokensOnly(tokens.clauses),
  };
};
const words = (text: string): string[] => {
  const tokens = tokenize(text);
  return tokens.starts.map((start, index) => text.slice(start, tokens.ends[index]));
};

describe('tokenizeText', () => {
  it('splits on spaces, punctuation, apostrophes and hyphens', () => {
    expect(words("Droit d'accès: e-mail, OK?")).toEqual(['Droit', 'd', 'accès', 'e', 'mail', 'OK']);
  });

  it('ends a sentence at a period before a capital, not in "art. 15" or "z.B. mit"', () => {
    const tokens = tokenize('Siehe Art. 15 und z.B. mit Daten. Danke');
    expect(tokens.sentences).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('ends a sentence before a lowercase word after a full word (informal mail without capitals)', () => {
    const tokens = tokenize('wil weten wat jullie hebben opgeslagen. heb ooit iets gevraagd');
    expect(tokens.sentences[5]).toBe(0);
    expect(tokens.sentences[6]).toBe(1);
  });

  it('ends a sentence before a lone lowercase "i" even after a short word, but not before "i.e." or a word', () => {
    expect(tokenize("pls stop it. i'm done").sentences).toEqual([0, 0, 0, 1, 1, 1]);
    expect(tokenize('see p. i.e. this').sentences).toEqual([0, 0, 0, 0, 0]);
    expect(tokenize('ask me. if so').sentences).toEqual([0, 0, 0, 0]);
    expect(tokenize('mag het weg. ben klaar').sentences).toEqual([0, 0, 0, 1, 1]);
    expect(tokenize('stop het aub. ik wil niet').sentences).toEqual([0, 0, 0, 1, 1, 1]);
    expect(tokenize('arrête svp. je suis parti').sentences).toEqual([0, 0, 1, 1, 1]);
    expect(tokenize('zie o.a. de lijst, z.s.m. graag').sentences).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(tokenize('Daten bzw. alle Kopien etc. und mehr').sentences).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('starts a paragraph and a sentence at a blank line, a clause at a comma and at a spaced dash', () => {
    const tokens = tokenize('delete it, thanks - bye\n\nnext');
    const [deleteClause, itClause, thanksClause, byeClause, nextClause] = tokens.clauses;
    expect(itClause).toBe(deleteClause);
    expect(thanksClause).toBeGreaterThan(itClause ?? 0);
    expect(byeClause).toBeGreaterThan(thanksClause ?? 0);
    expect(nextClause).toBeGreaterThan(byeClause ?? 0);
    expect(tokens.paragraphs).toEqual([0, 0, 0, 0, 1]);
    expect(tokens.sentences[4]).toBe(1);
  });

  it('takes no words from e-mail and web addresses, and still ends the sentence after one', () => {
    expect(words('Write to jo.de-wit+news@shop.example or sales@ today')).toEqual(['Write', 'to', 'or', 'today']);
    const tokens = tokenize('See https://shop.example/unsubscribe. Then www.shop.example/help helps');
    expect(words('See https://shop.example/unsubscribe. Then www.shop.example/help helps')).toEqual(['See', 'Then', 'helps']);
    expect(tokens.sentences).toEqual([0, 1, 1]);
  });

  it('reads each header field line of a quoted mail as a sentence of its own', () => {
    const tokens = tokenize('Hi\nFrom: Tom\nTo: Sales team\nSubject: remove me\nThanks');
    expect(tokens.sentences).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 3, 4]);
    expect(tokenize('Objet : une question\nmerci').sentences).toEqual([0, 0, 0, 1]);
    expect(tokenize('Note: two\nthree').sentences).toEqual([0, 0, 0]);
  });

  it('folds every character it reads past, addresses and look-aheads too, as foldText does', () => {
    const text = 'ÉCRIVEZ À Robert.Chen@Example.ORG, WWW.Example.COM/Löschen — OR HTTPS://X.Y - Straße:\n\nAan:  Ärger';
    expect(Array.from(tokenizeText(text).folded)).toEqual(Array.from(foldText(text)));
    expect(Array.from(tokenizeText(text, 30).folded)).toEqual(Array.from(foldText(text, 30)));
  });

  it('counts lines, and treats emoji surrogate halves as separators', () => {
    const tokens = tokenize('a\nb 😀c');
    expect(tokens.lines).toEqual([0, 1, 1]);
    expect(tokens.count).toBe(3);
  });

  it('writes the tokens into lent arrays as it would into its own, a longer text after a shorter one and back', () => {
    const arrays = createTokenArrays();
    const texts = ['Wis mijn gegevens.', 'Bitte löschen Sie meine Daten, alle.\n\nAan: privacy@example.org\nDank', 'Ok', ''];
    for (const text of texts) {
      const lent = tokenizeText(text, text.length, arrays);
      expect(lent.starts).toBe(arrays.numbers[0]);
      expect(lent.folded).toBe(arrays.folded);
      expect(tokensOf(lent)).toEqual(tokenize(text));
      expect(Array.from(lent.folded.subarray(0, lent.textLength))).toEqual(Array.from(foldText(text)));
    }
  });

  it('keeps the last word of a text when the lent arrays hold an earlier text\'s "@" right after it', () => {
    const arrays = createTokenArrays();
    tokenizeText('Wis mijn info@example.org', 25, arrays);
    const lent = tokenizeText('Wis mijn info', 13, arrays);
    expect(tokensOf(lent)).toEqual(tokenize('Wis mijn info'));
    expect(lent.count).toBe(3);
  });
});
