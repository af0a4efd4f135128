import { foldCodeUnit, foldText } from './foldText.ts';

const folded = (text: string): string => String.fromCharCode(...foldText(text));

describe('foldText', () => {
  it('lowercases and removes accents in all four languages', () => {
    expect(folded('Löschung ÉCRIRE données Überprüfung')).toBe('loschung ecrire donnees uberprufung');
  });

  it('keeps one code unit per code unit, so offsets stay valid (ß, œ, æ)', () => {
    const text = 'Straße œuvre Æble';
    expect(foldText(text)).toHaveLength(text.length);
    expect(folded(text)).toBe('strase ouvre able');
  });

  it('makes typographic apostrophes, dashes and no-break spaces ASCII', () => {
    expect(folded('l’accès – d\u00a0x')).toBe("l'acces - d x");
  });

  it('leaves lone surrogates and other scripts unchanged', () => {
    expect(foldCodeUnit(0xd800)).toBe(0xd800);
    expect(folded('日本')).toBe('日本');
  });

  it('folds only the first `length` code units when asked', () => {
    expect(foldText('ABCDEF', 3)).toHaveLength(3);
  });
});
