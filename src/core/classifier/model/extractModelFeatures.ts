import { asciiSlot } from '../compileCueRules.ts';
import { CUE_LEXICON } from '../cueLexicon.ts';
import type { CueKind } from '../cueRule.ts';
import { foldCodeUnit } from '../foldText.ts';
import { childPosition, packSlotWords, type PackedWords } from '../packTrie.ts';

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

/** A quoted older message is someone else's words, as in the rules (`findZones`). */
function isQuoteLine(text: string, lineStart: number, lineEnd: number): boolean {
  let index = lineStart;
  while (index < lineEnd && (text[index] === ' ' || text[index] === '\t')) index += 1;
  return text[index] === '>';
}

/**
 * Called for each word the model reads, in text order: code units `start` to `end` of its field's
 * text. `wordValue` is the value the caller's word trie (see `visitModelWords`) holds for the folded
 * word, under root 1 for a negated word and root 0 otherwise, or -1: the trie is walked as the letters
 * are read, so the fast scorer looks a word up without a second pass over it.
 */
export type ModelWordVisitor = (field: ModelToken['field'], text: string, start: number, end: number, isNegated: boolean, wordValue: number) => void;

/** The single words of the rules' lexicon of one kind: the model reads negation as the rules do. */
function lexiconWords(kind: CueKind): string[] {
  return CUE_LEXICON.rules.filter((rule) => rule.kind === kind && !rule.pattern.includes(' ')).flatMap((rule) => rule.pattern.split('|'));
}

/** What a word does to the negation scope: 1 opens it (a negation), 2 closes it (a conjunction). */
const OPENS_SCOPE = 1;
const CLOSES_SCOPE = 2;
function buildScopeWords(): PackedWords {
  const effects = new Map<string, number>();
  // A negation reaches to the end of its clause: punctuation, a blank line or a conjunction ("not now, but delete it").
  for (const word of lexiconWords('conjunction')) effects.set(word, CLOSES_SCOPE);
  // A word listed as both keeps the negation: it is the more careful reading.
  for (const word of lexiconWords('negation')) effects.set(word, OPENS_SCOPE);
  const words = [...effects].map(([word, effect]) => ({ root: 0, slots: [...word].map((character) => asciiSlot(foldCodeUnit(character.charCodeAt(0)))), value: effect }));
  // A lexicon word with other characters ("d'") can never be a model word.
  return packSlotWords(1, words.filter(({ slots }) => slots.every((slot) => slot >= 0)));
}

const { trie: SCOPE_TRIE, valueAt: SCOPE_EFFECT_AT } = buildScopeWords();
/** For a reader that needs no word values: every word then gets -1. */
const NO_WORDS = packSlotWords(2, []);

/** The word slot (`asciiSlot` after folding) of each code unit below this bound, or -1: one lookup per character. */
const SLOT_TABLE_SIZE = 0x250;
const SLOT_OF_CODE = Int8Array.from({ length: SLOT_TABLE_SIZE }, (_, code) => asciiSlot(foldCodeUnit(code)));

const CLAUSE_ENDS = new Uint8Array(128);
for (const mark of '.,;:!?()') CLAUSE_ENDS[mark.charCodeAt(0)] = 1;

/** Whether the words being read sit after a negation in their clause; carried across the lines of one field. */
interface NegationState {
  isNegated: boolean;
}

/**
 * The words of the text read last, in order. The same mail is read again and again (the right
 * models after the request model, then the evidence): a repeated reading then walks only these
 * words, not the lines, quotes and negation scopes around them. At most one word per character read.
 */
const lastRead = {
  subject: '',
  bodyText: '',
  isComplete: false,
  count: 0,
  isBody: new Uint8Array(MODEL_TEXT_CHARS),
  starts: new Int32Array(MODEL_TEXT_CHARS),
  ends: new Int32Array(MODEL_TEXT_CHARS),
  isNegated: new Uint8Array(MODEL_TEXT_CHARS),
};

function rememberWord(field: ModelToken['field'], start: number, end: number, isNegated: boolean): void {
  const word = lastRead.count;
  lastRead.isBody[word] = field === 'body' ? 1 : 0;
  lastRead.starts[word] = start;
  lastRead.ends[word] = end;
  lastRead.isNegated[word] = isNegated ? 1 : 0;
  lastRead.count = word + 1;
}

/** Visits the words of the text read last again, looking each one up in `words`. */
function revisitWords(subject: string, bodyText: string, visit: ModelWordVisitor, { trie, valueAt, rootPositions }: PackedWords): void {
  for (let word = 0; word < lastRead.count; word += 1) {
    const field = lastRead.isBody[word] === 1 ? 'body' : 'subject';
    const text = field === 'body' ? bodyText : subject;
    const start = lastRead.starts[word] ?? 0;
    const end = lastRead.ends[word] ?? 0;
    const isNegated = lastRead.isNegated[word] === 1;
    let position = rootPositions[isNegated ? 1 : 0] ?? 0;
    for (let index = start; index < end && position >= 0; index += 1) position = childPosition(trie, position, slotOfCode(text.charCodeAt(index)));
    visit(field, text, start, end, isNegated, position >= 0 ? (valueAt[position] ?? -1) : -1);
  }
}

/** The word slot of a code unit after folding (`asciiSlot`), or -1. */
function slotOfCode(code: number): number {
  return code < SLOT_TABLE_SIZE ? (SLOT_OF_CODE[code] ?? -1) : asciiSlot(foldCodeUnit(code));
}

function scanWords(
  field: ModelToken['field'],
  text: string,
  from: number,
  to: number,
  negation: NegationState,
  visit: ModelWordVisitor,
  words: PackedWords,
): void {
  const { trie, valueAt, rootPositions } = words;
  let start = -1;
  // Where the current word has led in the caller's trie and in the scope words' trie; -1 once it left them.
  let position = -1;
  let scopePosition = -1;
  for (let index = from; index <= to; index += 1) {
    const original = index < to ? text.charCodeAt(index) : 0;
    const slot = slotOfCode(original);
    if (slot >= 0) {
      if (start < 0) {
        start = index;
        position = rootPositions[negation.isNegated ? 1 : 0] ?? 0;
        scopePosition = 0;
      }
      if (position >= 0) position = childPosition(trie, position, slot);
      if (scopePosition >= 0) scopePosition = childPosition(SCOPE_TRIE, scopePosition, slot);
      continue;
    }
    if (start >= 0) {
      rememberWord(field, start, index, negation.isNegated);
      visit(field, text, start, index, negation.isNegated, position >= 0 ? (valueAt[position] ?? -1) : -1);
      const effect = scopePosition >= 0 ? (SCOPE_EFFECT_AT[scopePosition] ?? -1) : -1;
      if (effect === OPENS_SCOPE) negation.isNegated = true;
      else if (effect === CLOSES_SCOPE) negation.isNegated = false;
      start = -1;
    }
    if (CLAUSE_ENDS[original] === 1) negation.isNegated = false;
  }
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
function readField(field: ModelToken['field'], text: string, budget: number, visit: ModelWordVisitor, words: PackedWords): number {
  let left = budget;
  let lineStart = 0;
  const negation: NegationState = { isNegated: false };
  while (lineStart < text.length && left > 0) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd === lineStart) negation.isNegated = false;
    if (!isQuoteLine(text, lineStart, lineEnd)) {
      const end = Math.min(lineEnd, lineStart + left);
      scanWords(field, text, lineStart, end, negation, visit, words);
      left -= end - lineStart + 1;
    }
    lineStart = lineEnd + 1;
  }
  return left;
}

/**
 * Visits the words the request model reads, in order: the subject, then the body text, quoted lines
 * left out, until `MODEL_TEXT_CHARS` characters are spent. Each word is looked up in `words` as it is
 * read (root 0 plain, root 1 negated; see `ModelWordVisitor`). Lets a caller score without building n-grams.
 *
 * @example
 * visitModelWords('Inzage', 'Welke gegevens?', (field, text, start, end) => console.log(field, text.slice(start, end)))
 * // subject Inzage, body Welke, body gegevens
 */
export function visitModelWords(subject: string, bodyText: string, visit: ModelWordVisitor, words: PackedWords = NO_WORDS): void {
  if (lastRead.isComplete && subject === lastRead.subject && bodyText === lastRead.bodyText) {
    revisitWords(subject, bodyText, visit, words);
    return;
  }
  lastRead.isComplete = false;
  lastRead.count = 0;
  const left = readField('subject', subject, MODEL_TEXT_CHARS, visit, words);
  readField('body', bodyText, left, visit, words);
  lastRead.subject = subject;
  lastRead.bodyText = bodyText;
  lastRead.isComplete = true;
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
  const tokens: ModelToken[] = [];
  visitModelWords(subject, bodyText, (field, text, start, end, isNegated) => {
    const word = foldModelWord(text, start, end);
    tokens.push({ field, start, end, word: isNegated ? `${NEGATED_MARK}${word}` : word });
  });
  const ngrams = new Set<string>();
  let previous: string | undefined;
  for (const { word } of tokens) {
    ngrams.add(word);
    if (previous !== undefined) ngrams.add(`${previous} ${word}`);
    previous = word;
  }
  return { ngrams, tokens };
}
