import { readListedWord, spanEvidence } from './replyWords.ts';
import { tokenizeText } from './tokenizeText.ts';

describe('the words of a short reply', () => {
  it('reads a word folded as the lists hold it, and a word longer than any listed one as empty', () => {
    const tokens = tokenizeText('Désinscrire SVP, Datenschutzgrundverordnung');
    expect([0, 1, 2].map((token) => readListedWord(tokens, token))).toEqual(['desinscrire', 'svp', '']);
  });

  it('gives the evidence of a right on the words of a span, asked in the sender\'s own words', () => {
    const text = 'Ja graag, dat ook';
    expect(spanEvidence(text, tokenizeText(text), 1, 2, 'erasure')).toEqual({
      evidence: { right: 'erasure', field: 'body', start: 3, end: 13, text: 'graag, dat' },
      weight: 1,
      isRecalled: false,
      isTopic: false,
      lodgesComplaint: false,
    });
  });
});
