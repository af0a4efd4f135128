import { CUE_LEXICON } from '../cueLexicon.ts';
import type { CueKind } from '../cueRule.ts';
import { foldCodeUnit, foldText } from '../foldText.ts';
import { firstVisible, isQuoteMarkAt } from '../lineShape.ts';
import { asciiSlot, narrowed, narrowedTrie, packSlotWords, type PackedTrieNumbers, type TrieNumbers } from '../packTrie.ts';

/** Requests say what they want early; the model reads this many characters of subject and own text. */
export const MODEL_TEXT_CHARS = 4_000;

/** One word the model read, located in the subject or in the converted body text. */
export interface ModelToken {
  field: 'subject' | 'body';
  start: number;
  end: number;
  /** Lowercased, accents removed, `NEGATED_MARK` in front inside a negation: the spelling the model's n-grams use. */
  word: string;
}

/**
 * Put before a word that follows a negation in its clause, so "niet verwijderen" and "verwijderen"
 * are different features: a word-counting model otherwise reads "do not delete" as "delete".
 */
export const NEGATED_MARK = '!';

export interface ModelFeatures {
  /** Every word and every pair of adjacent words ("mijn gegevens"), each once. */
  ngrams: ReadonlySet<string>;
  tokens: readonly ModelToken[];
}

const NEWLINE = 0x0a;

/** A quoted older message is someone else's words, as in the rules (`findZones`): its line starts with '>', perhaps indented. */
function isQuoteLine(text: string, lineStart: number): boolean {
  return isQuoteMarkAt(text, firstVisible(text, lineStart, text.length), text.length);
}

/** The single words of the rules' lexicon of one kind: the model reads negation as the rules do. */
function lexiconWords(kind: CueKind): string[] {
  return CUE_LEXICON.rules.filter((rule) => rule.kind === kind && !rule.pattern.includes(' ')).flatMap((rule) => rule.pattern.split('|'));
}

/** What a word does to the negation scope: 1 opens it (a negation), 2 closes it (a conjunction), 0 nothing. */
const OPENS_SCOPE = 1;
const CLOSES_SCOPE = 2;

/** The word slot (`asciiSlot` after folding) of each character of a word, or -1 for a character no model word has. */
function slotsOfFolded(word: string): number[] {
  return [...word].map((character) => asciiSlot(foldCodeUnit(character.charCodeAt(0))));
}

function buildScopeEffects(): ReadonlyMap<string, number> {
  const effects = new Map<string, number>();
  // A negation reaches to the end of its clause: punctuation, a blank line or a conjunction ("not now, but delete it").
  for (const word of lexiconWords('conjunction')) effects.set(word, CLOSES_SCOPE);
  // A word listed as both keeps the negation: it is the more careful reading.
  for (const word of lexiconWords('negation')) effects.set(word, OPENS_SCOPE);
  // A lexicon word with other characters ("d'") can never be a model word.
  return new Map([...effects].filter(([word]) => slotsOfFolded(word).every((slot) => slot >= 0)));
}

const SCOPE_EFFECTS = buildScopeEffects();

/** One word a model weighs, spelled in word slots (`asciiSlot`), plain or after a negation (`NEGATED_MARK`). */
export interface ModelWordEntry {
  isNegated: boolean;
  slots: readonly number[];
  /** What the reader hands back for the word (`ModelWordList.values`); 0 or more. */
  value: number;
}

/**
 * A model's words and the negation scope words packed into one trie (`packSlotWords`), so the scanner
 * walks one trie per letter, not two: root 0 holds plain words, root 1 negated ones, and the scope
 * words hang under both roots, since a word read inside a negation is walked from root 1 and can
 * still close the scope.
 */
export interface ModelWordTrie {
  trie: PackedTrieNumbers;
  plainRoot: number;
  negatedRoot: number;
  /** The value of the model word ending at each position, or -1. */
  valueAt: TrieNumbers;
  /** What the word ending at each position does to the negation scope (`OPENS_SCOPE`, `CLOSES_SCOPE`, 0). */
  scopeEffectAt: Uint8Array;
}

/**
 * Packs a model's words with the negation scope words into one `ModelWordTrie`. Runs once per model.
 *
 * @example
 * const words = packModelWords([{ isNegated: false, slots: [0, 1], value: 7 }]); // 'ab'
 */
export function packModelWords(modelWords: Iterable<ModelWordEntry>): ModelWordTrie {
  const entries = new Map<string, { root: number; slots: readonly number[]; value: number; scopeEffect: number }>();
  const entryOf = (root: number, slots: readonly number[]): { value: number; scopeEffect: number } => {
    const key = `${root}:${slots.join(',')}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { root, slots, value: -1, scopeEffect: 0 };
      entries.set(key, entry);
    }
    return entry;
  };
  for (const { isNegated, slots, value } of modelWords) entryOf(isNegated ? 1 : 0, slots).value = value;
  for (const [word, scopeEffect] of SCOPE_EFFECTS) for (const root of [0, 1]) entryOf(root, slotsOfFolded(word)).scopeEffect = scopeEffect;
  const listed = [...entries.values()];
  // Packed with each entry's index as its value, then spread into the two arrays the scanner reads.
  const packed = packSlotWords(
    2,
    listed.map(({ root, slots }, index) => ({ root, slots, value: index })),
  );
  const valueAt = new Int32Array(packed.valueAt.length).fill(-1);
  const scopeEffectAt = new Uint8Array(packed.valueAt.length);
  packed.valueAt.forEach((index, position) => {
    const entry = listed[index];
    if (entry === undefined) return;
    valueAt[position] = entry.value;
    scopeEffectAt[position] = entry.scopeEffect;
  });
  const [plainRoot = 0, negatedRoot = 0] = packed.rootPositions;
  return { trie: narrowedTrie(packed.trie), plainRoot, negatedRoot, valueAt: narrowed(valueAt), scopeEffectAt };
}

/** For a reader that needs no word values: every word then gets -1. */
const NO_WORDS = packModelWords([]);

/**
 * What the scanner makes of each code unit below this bound, in one byte: a word slot (0–35) for a
 * letter, else `OTHER` or `CLAUSE_END`. Bit 6 is set for every character that is not a letter and
 * bit 7 for punctuation that ends a clause, so the first pass over a line reads both without a branch.
 */
const CODE_CLASS_SIZE = 0x250;
const OTHER = 64;
/** Punctuation that ends a clause, and with it a negation's scope. */
const CLAUSE_END = 192;
const CODE_CLASS = Uint8Array.from({ length: CODE_CLASS_SIZE }, (_, code) => {
  const slot = asciiSlot(foldCodeUnit(code));
  if (slot >= 0) return slot;
  return '.,;:!?()'.includes(String.fromCharCode(code)) ? CLAUSE_END : OTHER;
});

/**
 * `CODE_CLASS` of a code unit already folded (`foldCodeUnit`), the class of the code unit it was
 * folded from: a letter is its own slot, not folded again ("ǣ" folds to "æ", which is no model
 * letter, though "æ" itself folds to "a"), and no character folds to clause-ending punctuation or
 * to a newline that is not one itself. Past the table every folded code unit is `OTHER`.
 */
const FOLDED_CLASS = Uint8Array.from({ length: CODE_CLASS_SIZE }, (_, code) => {
  const slot = asciiSlot(code);
  if (slot >= 0) return slot;
  return '.,;:!?()'.includes(String.fromCharCode(code)) ? CLAUSE_END : OTHER;
});

/** What the scanner makes of a code unit (see `CODE_CLASS`): past the table, a word slot if it folds to one, else `OTHER`. */
function classOfCode(code: number): number {
  if (code < CODE_CLASS_SIZE) return CODE_CLASS[code] ?? OTHER;
  const slot = asciiSlot(foldCodeUnit(code));
  return slot >= 0 ? slot : OTHER;
}

/**
 * The words of a text as the model reads them, in order: where each one is and, for the
 * `ModelWordTrie` it was read with, its value (-1: not a model word). One buffer, reused by every
 * reading: valid until the next call of `readModelWords`. At most one word per character read.
 */
export interface ModelWordList {
  count: number;
  /** 1 for a word of the body text, 0 for one of the subject. */
  isBody: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 for a word read after a negation in its clause. */
  isNegated: Uint8Array;
  values: Int32Array;
}

/**
 * The words of the text read last. The same mail is read again and again (the right models after the
 * request model, then the evidence): a repeated reading then walks only these words, not the lines,
 * quotes and negation scopes around them, and with the same trie not even those.
 */
const lastRead = {
  subject: '',
  bodyText: '',
  isComplete: false,
  valuesFrom: NO_WORDS,
  list: {
    count: 0,
    isBody: new Uint8Array(MODEL_TEXT_CHARS),
    starts: new Int32Array(MODEL_TEXT_CHARS),
    ends: new Int32Array(MODEL_TEXT_CHARS),
    isNegated: new Uint8Array(MODEL_TEXT_CHARS),
    values: new Int32Array(MODEL_TEXT_CHARS),
  } satisfies ModelWordList,
};

/** Looks the words of the text read last up again, in another trie. */
function revalueWords(subject: string, bodyText: string, { trie, plainRoot, negatedRoot, valueAt }: ModelWordTrie): void {
  const { count, isBody, starts, ends, isNegated, values } = lastRead.list;
  for (let word = 0; word < count; word += 1) {
    const text = isBody[word] === 1 ? bodyText : subject;
    const end = ends[word] ?? 0;
    let position = isNegated[word] === 1 ? negatedRoot : plainRoot;
    for (let index = starts[word] ?? 0; index < end && position >= 0; index += 1) {
      const child = (trie[position * 2] ?? 0) + classOfCode(text.charCodeAt(index));
      position = trie[child * 2 + 1] === position ? child : -1;
    }
    values[word] = position >= 0 ? (valueAt[position] ?? -1) : -1;
  }
}

/**
 * Where a line's first pass found its words: `edges` holds each word's start, then its end, in turn;
 * `clausesAt` the number of clause ends met before each edge; `classes` the class of each code unit
 * of the line (`FOLDED_CLASS`); `lineEnd` where the line ended. Reused by every line: one line is read
 * to at most `MODEL_TEXT_CHARS` code units.
 */
const lineScan = {
  edges: new Int32Array(MODEL_TEXT_CHARS + 2),
  clausesAt: new Int32Array(MODEL_TEXT_CHARS + 2),
  classes: new Uint8Array(MODEL_TEXT_CHARS),
  lineEnd: 0,
};

/**
 * Finds the words of the line starting at `from`, up to its newline or `to` (`lineScan`), in the
 * folded text (read from a typed array, where `charCodeAt` on a slice of the body costs more), without a
 * branch per character on letters: whether letters start or stop, unknown until the character is
 * read, took the most time when it decided where the scan went next. Each character's class is
 * written down, and its position as the next edge, but only a letter after a non-letter or a
 * non-letter after a letter moves the write position on. Returns the number of edges, two per word.
 */
function findWordEdges(folded: Uint16Array, from: number, to: number): number {
  const { edges, clausesAt, classes } = lineScan;
  let edgeCount = 0;
  let clauses = 0;
  let wasLetter = 0;
  let index = from;
  for (; index < to; index += 1) {
    const code = folded[index] ?? 0;
    if (code === NEWLINE) break;
    const codeClass = code < CODE_CLASS_SIZE ? (FOLDED_CLASS[code] ?? OTHER) : OTHER;
    const isLetter = ((codeClass >> 6) & 1) ^ 1;
    classes[index - from] = codeClass;
    edges[edgeCount] = index;
    clausesAt[edgeCount] = clauses;
    edgeCount += isLetter ^ wasLetter;
    clauses += codeClass >> 7;
    wasLetter = isLetter;
  }
  lineScan.lineEnd = index;
  // A word running to the end of the line ends there.
  edges[edgeCount] = index;
  clausesAt[edgeCount] = clauses;
  edgeCount += wasLetter;
  // What follows the last edge: a clause end there still ends the negation for the next line.
  clausesAt[edgeCount] = clauses;
  return edgeCount;
}

/**
 * Reads the words of the line starting at `from`, up to its newline or `to`, into the list, walking
 * `words` letter by letter; returns whether the words after the line are negated. The line's end is
 * left in `lineScan.lineEnd`.
 */
function scanLine(isBodyField: number, folded: Uint16Array, from: number, to: number, isNegatedBefore: boolean, words: ModelWordTrie): boolean {
  const { trie, plainRoot, negatedRoot, valueAt, scopeEffectAt } = words;
  const list = lastRead.list;
  const { edges, clausesAt, classes } = lineScan;
  const edgeCount = findWordEdges(folded, from, to);
  let isNegated = isNegatedBefore;
  let clausesBefore = 0;
  for (let edge = 0; edge < edgeCount; edge += 2) {
    // A clause end between the last word and this one ends a negation.
    if (clausesAt[edge] !== clausesBefore) isNegated = false;
    clausesBefore = clausesAt[edge + 1] ?? 0;
    const start = edges[edge] ?? 0;
    const end = edges[edge + 1] ?? 0;
    // Where the word has led in the trie, letter by letter; -1 once it left it.
    let position = isNegated ? negatedRoot : plainRoot;
    for (let index = start - from; index < end - from && position >= 0; index += 1) {
      const child = (trie[position * 2] ?? 0) + (classes[index] ?? 0);
      position = trie[child * 2 + 1] === position ? child : -1;
    }
    const word = list.count;
    list.isBody[word] = isBodyField;
    list.starts[word] = start;
    list.ends[word] = end;
    list.isNegated[word] = isNegated ? 1 : 0;
    list.values[word] = position >= 0 ? (valueAt[position] ?? -1) : -1;
    list.count = word + 1;
    const scopeEffect = position >= 0 ? scopeEffectAt[position] : 0;
    if (scopeEffect === OPENS_SCOPE) isNegated = true;
    else if (scopeEffect === CLOSES_SCOPE) isNegated = false;
  }
  if (clausesAt[edgeCount] !== clausesBefore) isNegated = false;
  return isNegated;
}

/**
 * The spelling the model's n-grams use for code units `start` to `end` of a text: folded (see `foldText`).
 *
 * @example
 * foldModelWord('Mijn Gegevens', 5, 13) // 'gegevens'
 */
export function foldModelWord(text: string, start: number, end: number): string {
  let index = start;
  while (index < end && foldCodeUnit(text.charCodeAt(index)) === text.charCodeAt(index)) index += 1;
  // Most words are written in lowercase already: a slice of the text is then the folded word.
  if (index === end) return text.slice(start, end);
  let word = text.slice(start, index);
  for (; index < end; index += 1) word += String.fromCharCode(foldCodeUnit(text.charCodeAt(index)));
  return word;
}

/** Reads the lines of one field that are not quotes, until the character budget is spent; returns what is left. */
function readField(isBodyField: number, text: string, folded: Uint16Array, budget: number, words: ModelWordTrie): number {
  let left = budget;
  let lineStart = 0;
  // Whether the words being read sit after a negation in their clause; carried across the lines of one field.
  let isNegated = false;
  while (lineStart < text.length && left > 0) {
    if (isQuoteLine(text, lineStart)) {
      const newline = text.indexOf('\n', lineStart);
      lineStart = newline < 0 ? text.length : newline + 1;
      continue;
    }
    // The line is read up to its newline, or as far as the budget reaches.
    isNegated = scanLine(isBodyField, folded, lineStart, Math.min(text.length, lineStart + left), isNegated, words);
    const end = lineScan.lineEnd;
    // A blank line ends a negation.
    if (end === lineStart) isNegated = false;
    left -= end - lineStart + 1;
    lineStart = end + 1;
  }
  return left;
}

/** A text folded (`foldText`), perhaps into a longer array: the rules' tokens of a field (`tokenizeText`) hold one. */
export interface FoldedText {
  folded: Uint16Array;
  textLength: number;
}

/** The folded subject and body text of a mail, as the rules have them. */
export interface FoldedFields {
  subject: FoldedText;
  body: FoldedText;
}

/** The folded text of `text`: the one given when it is of this text's length, else folded here. */
function foldedOf(text: string, given: FoldedText | undefined): Uint16Array {
  return given !== undefined && given.textLength === text.length ? given.folded : foldText(text);
}

/**
 * The words the request model reads, in order: the subject, then the body text, quoted lines left
 * out, until `MODEL_TEXT_CHARS` characters are spent. Each word is looked up in `words` as it is read,
 * so a caller scores without building n-grams. The list is valid until the next call. `folded`, the
 * two texts folded as the rules read them, spares folding them again.
 *
 * @example
 * readModelWords('Inzage', 'Welke gegevens?').count // 3
 */
export function readModelWords(subject: string, bodyText: string, words: ModelWordTrie = NO_WORDS, folded?: FoldedFields): ModelWordList {
  if (lastRead.isComplete && subject === lastRead.subject && bodyText === lastRead.bodyText) {
    if (lastRead.valuesFrom !== words) revalueWords(subject, bodyText, words);
    lastRead.valuesFrom = words;
    return lastRead.list;
  }
  lastRead.isComplete = false;
  lastRead.list.count = 0;
  lastRead.valuesFrom = words;
  const left = readField(0, subject, foldedOf(subject, folded?.subject), MODEL_TEXT_CHARS, words);
  readField(1, bodyText, foldedOf(bodyText, folded?.body), left, words);
  lastRead.subject = subject;
  lastRead.bodyText = bodyText;
  lastRead.isComplete = true;
  return lastRead.list;
}

/**
 * The features the request model reads: words (runs of a–z and 0–9 after folding) and adjacent word
 * pairs of the subject and the body text, quoted lines left out, first `MODEL_TEXT_CHARS` characters.
 * `bodyText` is the converted body (`emailBodyToText`), so token offsets can serve as evidence spans.
 * One pass over the text; used alike in training and in classification.
 *
 * @example
 * extractModelFeatures('Inzage', 'Welke gegevens?').ngrams // Set { 'inzage', 'welke', 'inzage welke', 'gegevens', 'welke gegevens' }
 */
export function extractModelFeatures(subject: string, bodyText: string): ModelFeatures {
  const { count, isBody, starts, ends, isNegated } = readModelWords(subject, bodyText);
  const tokens: ModelToken[] = [];
  for (let index = 0; index < count; index += 1) {
    const field = isBody[index] === 1 ? 'body' : 'subject';
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    const word = foldModelWord(field === 'body' ? bodyText : subject, start, end);
    tokens.push({ field, start, end, word: isNegated[index] === 1 ? `${NEGATED_MARK}${word}` : word });
  }
  const ngrams = new Set<string>();
  let previous: string | undefined;
  for (const { word } of tokens) {
    ngrams.add(word);
    if (previous !== undefined) ngrams.add(`${previous} ${word}`);
    previous = word;
  }
  return { ngrams, tokens };
}
