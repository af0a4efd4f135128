import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import { compoundHeadState, cueChild, type TokenizedText } from './tokenizeText.ts';

/** One phrase found in the text: the rule it belongs to and its first and last token. */
export interface CueMatch {
  rule: number;
  first: number;
  last: number;
}

/**
 * The frequent words of each language (`stopword` entries) found in a text, as token and language
 * index: only detectLanguage reads them, and they are about half of a mail's matches, so they are
 * kept in arrays reused from mail to mail instead of a match object each. In no particular order.
 */
export interface FrequentWords {
  count: number;
  tokens: Int32Array;
  languages: Int8Array;
}

const FREQUENT_WORDS_ROOM = 4_096;

export function createFrequentWords(): FrequentWords {
  // Room for the frequent words of a long mail from the start: growing them, met first after V8 had compiled matchCues,
  // threw the compiled code away.
  return { count: 0, tokens: new Int32Array(FREQUENT_WORDS_ROOM), languages: new Int8Array(FREQUENT_WORDS_ROOM) };
}

function addFrequentWord(words: FrequentWords, token: number, language: number): void {
  if (words.count === words.tokens.length) {
    const tokens = new Int32Array(words.count * 2);
    const languages = new Int8Array(words.count * 2);
    tokens.set(words.tokens);
    languages.set(words.languages);
    words.tokens = tokens;
    words.languages = languages;
  }
  words.tokens[words.count] = token;
  words.languages[words.count] = language;
  words.count += 1;
}

const STOPWORD = CUE_KIND_CODES.stopword;

/** Counts the scanner's elementary steps, so tests can show the work grows linearly with the text. */
export interface ScanStats {
  steps: number;
}

/** The scan state of a token (see `ScanStates`): one walk, no allocation. `tokenizeText` walks the same way when given the lexicon. */
function stateOfToken(cues: CompiledCues, folded: Uint16Array, start: number, end: number): number {
  const trieState = trieStateOfToken(cues, folded, start, end);
  return compoundHeadState(cues, folded, start, end, cues.stateIds[trieState] ?? 0, (trieState & 1) === 1);
}

/** The trie state a token leaves the walk in: where it ends, and whether it ends there exactly. */
function trieStateOfToken(cues: CompiledCues, folded: Uint16Array, start: number, end: number): number {
  let node = 0;
  for (let index = start; index < end; index += 1) {
    const child = cueChild(cues, node, folded[index] ?? 0);
    if (child < 0) return node * 2;
    node = child;
  }
  return node * 2 + 1;
}

/**
 * Which lexicon words, and which trie states, the sentence being read holds after the current token:
 * one is present when its entry equals the scan's number. Kept between scans because allocating and
 * clearing fresh arrays per sentence costs more than the check saves; a new number per sentence forgets
 * the one read before at once. One byte
 * an entry, so they take a quarter of the cache that they would in 32 bits; after 255 scans they are
 * cleared and the numbers start again. The state of each token is kept between scans for the same
 * reason (matchCues never runs twice at once).
 */
let presentInScan = new Uint8Array(0);
let statesInScan = new Uint8Array(0);
let scanNumber = 0;
let tokenStates = new Int32Array(0);
const LAST_SCAN_NUMBER = 255;
const EARLY_FIRST_CLEARING = 64;

function startScan(wordCount: number, stateCount: number): number {
  if (presentInScan.length >= wordCount && statesInScan.length >= stateCount) return nextSentenceScan();
  // Fresh arrays hold no number yet. The first clearing comes after a few mails, not after some thirty: V8 has by then
  // recorded how it runs, and compiles it with the rest, where met first after compiling it threw the compiled matchCues away.
  presentInScan = new Uint8Array(Math.max(wordCount, presentInScan.length));
  statesInScan = new Uint8Array(Math.max(stateCount, statesInScan.length));
  scanNumber = LAST_SCAN_NUMBER - EARLY_FIRST_CLEARING;
  return nextSentenceScan();
}

/** A new scan number for the next sentence read: the words of the one read before are forgotten. */
function nextSentenceScan(): number {
  scanNumber += 1;
  if (scanNumber > LAST_SCAN_NUMBER) {
    presentInScan.fill(0);
    statesInScan.fill(0);
    scanNumber = 1;
  }
  return scanNumber;
}

/** Whether every word after the second occurs after the phrase's first token in its sentence (the second is checked before). */
function hasWordsAfterSecond(cues: CompiledCues, phrase: number, present: Uint8Array, scan: number): boolean {
  const { phraseWords } = cues;
  const end = cues.phraseStarts[phrase + 1] ?? 0;
  for (let index = (cues.phraseStarts[phrase] ?? 0) + 2; index < end; index += 1) {
    if (present[phraseWords[index] ?? 0] !== scan) return false;
  }
  return true;
}

/**
 * Finds every lexicon phrase in a tokenised text. Each phrase is matched left to right, taking the
 * nearest next word within its gap and never going back, so the work per token is bounded by the
 * lexicon, not by the text: the scan is linear in the number of tokens. The tokens are read from the
 * last to the first, so the words of the tokens after each one in its sentence are known when its
 * phrases are tried: a phrase is tried only when every word after its first occurs there (a phrase that
 * opens a line, read within its paragraph and rare, is always tried). The matches, found last first,
 * are turned round at the end: they come in text order, a token's in the lexicon's order. Given
 * `frequentWords`, the frequent words go there (emptied first) and not into the matches.
 *
 * @example
 * matchCues(tokenizeText(text), ERASURE_CUES) // [{ rule: 4, first: 0, last: 2 }]
 */
export function matchCues(tokens: TokenizedText, cues: CompiledCues, stats?: ScanStats, frequentWords?: FrequentWords): CueMatch[] {
  const { count, starts, ends, folded } = tokens;
  const { stateStarts, stateLaterWords, statePhrases, phraseRules, ruleKinds } = cues;
  if (frequentWords !== undefined) frequentWords.count = 0;
  let scan = startScan(cues.wordCount, stateStarts.length / 2 - 1);
  const present = presentInScan;
  const seenStates = statesInScan;
  // The tokenizer found the tokens' states as it read them when it was given this lexicon.
  const statesRead = tokens.cuesRead === cues ? tokens.cueStates : undefined;
  // Grown only where read: the classifier's tokens bring their states, and a longer mail than any before, met after V8 had
  // compiled this function, threw the compiled code away for an array it never reads.
  if (statesRead === undefined && tokenStates.length < count) tokenStates = new Int32Array(Math.max(count, tokenStates.length * 2));
  const states = statesRead ?? tokenStates;
  if (statesRead === undefined) {
    for (let index = 0; index < count; index += 1) states[index] = stateOfToken(cues, folded, starts[index] ?? 0, ends[index] ?? 0);
  }
  const { sentences } = tokens;
  const matches: CueMatch[] = [];
  // Reading before the array (a field without words) is a miss that recompiles this function.
  let sentence = count > 0 ? (sentences[count - 1] ?? 0) : 0;
  for (let first = count - 1; first >= 0; first -= 1) {
    if (stats !== undefined) stats.steps += (ends[first] ?? 0) - (starts[first] ?? 0);
    const state = states[first] ?? 0;
    if (state === 0) continue;
    if (sentences[first] !== sentence) {
      sentence = sentences[first] ?? 0;
      scan = nextSentenceScan();
    }
    const entriesStart = stateStarts[state * 2] ?? 0;
    let entry = stateStarts[state * 2 + 2] ?? 0;
    if (entry !== entriesStart) {
      const isLineStart = first === 0 || tokens.lines[first - 1] !== tokens.lines[first];
      // Last entry first: the matches are turned round at the end.
      while (entry > entriesStart) {
        entry -= 2;
        const phraseAndLineStart = statePhrases[entry] ?? 0;
        if ((phraseAndLineStart & 1) === 1 && !isLineStart) continue;
        const second = statePhrases[entry + 1] ?? -1;
        const phrase = phraseAndLineStart >> 1;
        if (second < 0) {
          // A phrase of one word (most matches: frequent words, negations) ends where it starts.
          if (stats !== undefined) stats.steps += 1;
          const rule = phraseRules[phrase] ?? 0;
          if (frequentWords !== undefined && ruleKinds[rule] === STOPWORD) addFrequentWord(frequentWords, first, cues.ruleLanguages[rule] ?? -1);
          else matches.push({ rule, first, last: first });
          continue;
        }
        const opensLine = (phraseAndLineStart & 1) === 1;
        if (!opensLine && (present[second] !== scan || !hasWordsAfterSecond(cues, phrase, present, scan))) continue;
        if (stats !== undefined) stats.steps += 1;
        const last = matchRest(tokens, opensLine ? tokens.paragraphs : sentences, cues, states, phrase, first, stats);
        if (last < 0) continue;
        const rule = phraseRules[phrase] ?? 0;
        if (frequentWords !== undefined && ruleKinds[rule] === STOPWORD) addFrequentWord(frequentWords, first, cues.ruleLanguages[rule] ?? -1);
        else matches.push({ rule, first, last });
      }
    }
    // The first token of a sentence is the last read in it: no phrase there asks for the words after it.
    if (first === 0 || sentences[first - 1] !== sentence) continue;
    // A word met before ("de", "the") leaves the same state again: its words are marked already.
    if (seenStates[state] === scan) continue;
    seenStates[state] = scan;
    const wordsEnd = stateStarts[state * 2 + 3] ?? 0;
    for (let word = stateStarts[state * 2 + 1] ?? 0; word < wordsEnd; word += 1) present[stateLaterWords[word] ?? 0] = scan;
  }
  return matches.reverse();
}

/** Whether a token in `state` satisfies the later phrase word `word` (a state's later words are sorted). */
function satisfies(cues: CompiledCues, state: number, word: number): boolean {
  const { stateLaterWords } = cues;
  const end = cues.stateStarts[state * 2 + 3] ?? 0;
  for (let index = cues.stateStarts[state * 2 + 1] ?? 0; index < end; index += 1) {
    const later = stateLaterWords[index] ?? 0;
    if (later >= word) return later === word;
  }
  return false;
}

/**
 * Matches the words after the first within one sentence, or for a phrase that opens a line (a mail
 * header, whose fields are sentences of their own) within one paragraph; returns the last token, or -1.
 */
function matchRest(
  tokens: TokenizedText,
  spans: Int32Array,
  cues: CompiledCues,
  states: Int32Array,
  phrase: number,
  first: number,
  stats: ScanStats | undefined,
): number {
  const span = spans[first];
  const lastToken = tokens.count - 1;
  const wordsEnd = cues.phraseStarts[phrase + 1] ?? 0;
  let position = first;
  for (let wordIndex = (cues.phraseStarts[phrase] ?? 0) + 1; wordIndex < wordsEnd; wordIndex += 1) {
    const word = cues.phraseWords[wordIndex] ?? -1;
    const limit = Math.min(lastToken, position + 1 + (cues.phraseGaps[wordIndex] ?? 0));
    let found = -1;
    for (let candidate = position + 1; candidate <= limit; candidate += 1) {
      if (stats !== undefined) stats.steps += 1;
      if (spans[candidate] !== span) break;
      if (satisfies(cues, states[candidate] ?? 0, word)) {
        found = candidate;
        break;
      }
    }
    if (found < 0) return -1;
    position = found;
  }
  return position;
}
