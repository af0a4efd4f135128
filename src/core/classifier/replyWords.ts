import type { RightLabel } from '../rights/rightLabel.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** Longer than any word a short reply is read against ("desinscription", "einverstanden"). */
const MAX_LISTED_WORD_LENGTH = 16;

/**
 * The folded word of a token, as a short reply's own words are read against the word lists of `WORD_CLASSES`; a word longer
 * than any listed one reads as empty, which no list holds.
 */
export function readListedWord(tokens: TokenizedText, token: number): string {
  const start = tokens.starts[token] ?? 0;
  const end = tokens.ends[token] ?? start;
  if (end - start > MAX_LISTED_WORD_LENGTH) return '';
  // Built character by character: spreading a typed array into arguments iterates it generically, several times slower.
  let word = '';
  for (let index = start; index < end; index += 1) word += String.fromCharCode(tokens.folded[index] ?? 0);
  return word;
}

/** The evidence of a right on the words from token `first` to `last` of a field, asked in the sender's own words. */
export function spanEvidence(text: string, tokens: TokenizedText, first: number, last: number, right: RightLabel, field: 'subject' | 'body' = 'body'): WeighedEvidence {
  const start = tokens.starts[first] ?? 0;
  const end = tokens.ends[last] ?? start;
  return { evidence: { right, field, start, end, text: text.slice(start, end) }, weight: 1, isRecalled: false, isTopic: false, lodgesComplaint: false };
}
