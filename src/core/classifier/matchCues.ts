import { asciiSlot, type CompiledCues } from './compileCueRules.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** One phrase found in the text: the rule it belongs to and its first and last token. */
export interface CueMatch {
  rule: number;
  first: number;
  last: number;
}

const NO_WORDS: readonly number[] = [];

/** Counts the scanner's elementary steps, so tests can show the work grows linearly with the text. */
export interface ScanStats {
  steps: number;
}

/** The trie state a token leaves the scan in (see `ScanStates`): one walk, no allocation. */
function stateOfToken(cues: CompiledCues, folded: Uint16Array, start: number, end: number): number {
  let node = 0;
  for (let index = start; index < end; index += 1) {
    const code = folded[index] ?? 0;
    const slot = asciiSlot(code);
    const child = slot >= 0 ? (cues.asciiChildren[node * 36 + slot] ?? 0) : (cues.otherChildren.get(node * 65536 + code) ?? 0);
    if (child === 0) return node * 2;
    node = child;
  }
  return node * 2 + 1;
}

/**
 * Which lexicon words, and which trie states, the current text holds: one is present when its entry
 * equals the scan's number. Kept between scans because allocating and clearing fresh arrays per email
 * costs more than the check saves; a new number per scan forgets the previous text at once.
 */
let presentInScan = new Uint32Array(0);
let statesInScan = new Uint32Array(0);
let scanNumber = 0;

function startScan(wordCount: number, stateCount: number): number {
  scanNumber += 1;
  if (presentInScan.length < wordCount || statesInScan.length < stateCount || scanNumber === 0xffffffff) {
    presentInScan = new Uint32Array(wordCount);
    statesInScan = new Uint32Array(stateCount);
    scanNumber = 1;
  }
  return scanNumber;
}

/** Whether every word after the first occurs somewhere in the text; if not, the phrase cannot match. */
function hasLaterWords(words: readonly number[], present: Uint32Array, scan: number): boolean {
  for (let wordIndex = 1; wordIndex < words.length; wordIndex += 1) {
    if (present[words[wordIndex] ?? 0] !== scan) return false;
  }
  return true;
}

/**
 * Finds every lexicon phrase in a tokenised text. Each phrase is matched left to right, taking the
 * nearest next word within its gap and never going back, so the work per token is bounded by the
 * lexicon, not by the text: the scan is linear in the number of tokens.
 *
 * @example
 * matchCues(tokenizeText(text, foldText(text)), ERASURE_CUES) // [{ rule: 4, first: 0, last: 2 }]
 */
export function matchCues(tokens: TokenizedText, cues: CompiledCues, stats?: ScanStats): CueMatch[] {
  const tokenWords: (readonly number[])[] = new Array<readonly number[]>(tokens.count);
  const tokenPhrases: (readonly number[])[] = new Array<readonly number[]>(tokens.count);
  const scan = startScan(cues.phrasesByFirstWord.length, cues.laterWordsByState.length);
  const present = presentInScan;
  const seenStates = statesInScan;
  for (let index = 0; index < tokens.count; index += 1) {
    if (stats !== undefined) stats.steps += (tokens.ends[index] ?? 0) - (tokens.starts[index] ?? 0);
    const state = stateOfToken(cues, tokens.folded, tokens.starts[index] ?? 0, tokens.ends[index] ?? 0);
    const words = cues.laterWordsByState[state] ?? NO_WORDS;
    tokenWords[index] = words;
    tokenPhrases[index] = cues.phrasesByState[state] ?? NO_WORDS;
    // A word met before ("de", "the") leaves the same state again: its words are marked already.
    if (seenStates[state] === scan) continue;
    seenStates[state] = scan;
    for (const word of words) present[word] = scan;
  }
  const matches: CueMatch[] = [];
  for (let first = 0; first < tokens.count; first += 1) {
    const isLineStart = first === 0 || tokens.lines[first - 1] !== tokens.lines[first];
    for (const phraseIndex of tokenPhrases[first] ?? NO_WORDS) {
      const phrase = cues.phrases[phraseIndex];
      if (phrase === undefined || (phrase.lineStart && !isLineStart) || !hasLaterWords(phrase.words, present, scan)) continue;
      if (stats !== undefined) stats.steps += 1;
      const last = matchRest(tokens, tokenWords, phrase.words, phrase.gaps, first, stats);
      if (last >= 0) matches.push({ rule: phrase.rule, first, last });
    }
  }
  return matches;
}

/** Matches the words after the first within one sentence; returns the last token, or -1. */
function matchRest(
  tokens: TokenizedText,
  tokenWords: readonly (readonly number[])[],
  words: readonly number[],
  gaps: readonly number[],
  first: number,
  stats: ScanStats | undefined,
): number {
  const sentence = tokens.sentences[first];
  let position = first;
  for (let wordIndex = 1; wordIndex < words.length; wordIndex += 1) {
    const word = words[wordIndex] ?? -1;
    const limit = Math.min(tokens.count - 1, position + 1 + (gaps[wordIndex] ?? 0));
    let found = -1;
    for (let candidate = position + 1; candidate <= limit; candidate += 1) {
      if (stats !== undefined) stats.steps += 1;
      if (tokens.sentences[candidate] !== sentence) break;
      if ((tokenWords[candidate] ?? NO_WORDS).includes(word)) {
        found = candidate;
        break;
      }
    }
    if (found < 0) return -1;
    position = found;
  }
  return position;
}
