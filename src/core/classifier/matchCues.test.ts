import { compileCueRules, LexiconError } from './compileCueRules.ts';
import fc from 'fast-check';
import { CUE_LEXICON } from './cueLexicon.ts';
import { createFrequentWords, matchCues, type ScanStats } from './matchCues.ts';
import { createTokenArrays, tokenizeText } from './tokenizeText.ts';

const cues = compileCueRules(
  [
    { kind: 'right', right: 'erasure', pattern: 'verwijder* ~3 @my gegevens' },
    { kind: 'right', right: 'access', pattern: "droit d'accès" },
    { kind: 'negation', pattern: 'niet|geen' },
  ],
  { my: 'mijn|my' },
);

function phrasesIn(text: string): string[] {
  const tokens = tokenizeText(text);
  return matchCues(tokens, cues).map((match) => text.slice(tokens.starts[match.first], tokens.ends[match.last]));
}

describe('compileCueRules and matchCues', () => {
  it('matches stems, word classes and gaps in any case and with accents', () => {
    expect(phrasesIn('Graag VERWIJDEREN jullie al mijn gegevens')).toEqual(['VERWIJDEREN jullie al mijn gegevens']);
  });

  it('reads apostrophes in patterns as word breaks, like the text', () => {
    expect(phrasesIn("J'exerce mon droit d’acces")).toEqual(['droit d’acces']);
  });

  it('does not match across a sentence end or beyond the gap', () => {
    expect(phrasesIn('Verwijder. Mijn gegevens')).toEqual([]);
    expect(phrasesIn('verwijder a b c d mijn gegevens')).toEqual([]);
  });

  it('matches a phrase that opens a line across the header fields of its paragraph, which are sentences of their own', () => {
    const header = compileCueRules([{ kind: 'replyMarker', pattern: 'from ~20 sent', lineStart: true }], {});
    const text = 'From: Tom\nSent: Monday\n\nSent again';
    const tokens = tokenizeText(text);
    expect(matchCues(tokens, header).map((match) => [match.first, match.last])).toEqual([[0, 2]]);
  });

  it('matches a word once when two alternatives fold to it', () => {
    const twins = compileCueRules([{ kind: 'informational', pattern: 'müssen|mussen wir' }], {});
    const tokens = tokenizeText('Was müssen wir tun?');
    expect(matchCues(tokens, twins)).toHaveLength(1);
  });

  it('matches a slip of a slip-tolerant word where the word matches, unless the slip is a word of the lexicon', () => {
    const hurried = compileCueRules(
      [
        { kind: 'right', right: 'erasure', pattern: 'verwijderen ~1 @my gegevens' },
        { kind: 'right', right: 'erasure', pattern: 'verwijdren ~1 alles' },
      ],
      { my: 'mijn' },
      ['verwijderen', 'gegevens'],
    );
    const matched = (text: string): number => matchCues(tokenizeText(text), hurried).length;
    expect(matched('verwijderren mijn gegvens')).toBe(1);
    expect(matched('verwijdren mijn gegevens')).toBe(0);
  });

  it('finds single-word cues', () => {
    expect(phrasesIn('wij verwijderen geen back-ups')).toEqual(['geen']);
  });

  it('matches words in scripts the fold leaves alone, next to words that share their first letters', () => {
    const greek = compileCueRules(
      [
        { kind: 'right', right: 'access', pattern: 'δεδομενα μου' },
        { kind: 'right', right: 'erasure', pattern: 'διαγραφη* δεδομ*' },
      ],
      {},
    );
    const text = 'Ζητώ τα δεδομενα μου και διαγραφησαν δεδομενων, δεδο μου';
    const tokens = tokenizeText(text);
    expect(matchCues(tokens, greek).map((match) => text.slice(tokens.starts[match.first], tokens.ends[match.last]))).toEqual([
      'δεδομενα μου',
      'διαγραφησαν δεδομενων',
    ]);
  });

  it('finds the same phrases with the scan states the tokenizer walked to as with its own walk', () => {
    const parts = fc.constantFrom('Verwijder', 'verwijderen', 'verwijderd', 'deleted', 'unsubscribed', 'mijn', 'gegevens', 'niet', 'droit', "d'accès", 'löschen', 'Sie', 'meine', 'Daten', 'de', 'a@b.nl', 'www.x.nl', 'ω', 'μαs', 'ǣ', '1', ' ', '. ', '\n', ', ');
    const arrays = createTokenArrays();
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        for (const lexicon of [cues, CUE_LEXICON]) {
          const own = matchCues(tokenizeText(text), lexicon);
          expect(matchCues(tokenizeText(text, text.length, arrays, lexicon), lexicon)).toEqual(own);
          expect(matchCues(tokenizeText(text, text.length, undefined, lexicon), lexicon)).toEqual(own);
        }
        // States walked in another lexicon are not read as this one's.
        expect(matchCues(tokenizeText(text, text.length, arrays, CUE_LEXICON), cues)).toEqual(matchCues(tokenizeText(text), cues));
      }),
      // A word that leaves the trie past a prefix ('verwijder*') takes the state it left from.
      { examples: [[['verwijderd', 'mijn', 'gegevens', 'a@b.nl', 'Verwijder', 'mijn', 'gegevens']]] },
    );
  });

  it('rejects malformed lexicon entries when the module loads', () => {
    expect(() => compileCueRules([{ kind: 'right', pattern: '@unknown' }], {})).toThrow(LexiconError);
    expect(() => compileCueRules([{ kind: 'right', pattern: 'a+b|x' }], {})).toThrow(LexiconError);
    expect(() => compileCueRules([{ kind: 'right', pattern: 'a ~99 b' }], {})).toThrow(LexiconError);
  });

  it('does work that grows linearly with the text, even for text built to make phrases restart', () => {
    const countSteps = (repeats: number): number => {
      const text = 'verwijder mijn mijn verwijder '.repeat(repeats);
      const stats: ScanStats = { steps: 0 };
      matchCues(tokenizeText(text), cues, stats);
      return stats.steps;
    };
    const small = countSteps(1_000);
    const large = countSteps(4_000);
    expect(large).toBeLessThanOrEqual(small * 4 * 1.05);
    expect(large).toBeGreaterThan(0);
  });

  it('keeps every frequent word of a mail longer than the room they start with', () => {
    const frequentWords = createFrequentWords();
    const countIn = (repeats: number): number => {
      matchCues(tokenizeText('ik wil het. '.repeat(repeats)), CUE_LEXICON, undefined, frequentWords);
      return frequentWords.count;
    };
    const inTen = countIn(10);
    expect(inTen).toBeGreaterThan(0);
    // Far past the room the arrays start with: each sentence still gives as many frequent words.
    expect(countIn(3_000)).toBe(inTen * 300);
    expect(Math.max(...frequentWords.tokens.subarray(0, frequentWords.count))).toBe(3 * 3_000 - 1);
  });
});
