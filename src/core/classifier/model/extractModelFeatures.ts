import { foldCodeUnit } from '../foldText.ts';

/** Requests say what they want early; the model reads this many characters of subject and own text. */
export const MODEL_TEXT_CHARS = 4_000;

/** One word the model read, located in the subject or in the converted body text. */
export interface ModelToken {
  field: 'subject' | 'body';
  start: number;
  end: number;
  /** Lowercased, accents removed: the spelling the model's n-grams use. */
  word: string;
}

export interface ModelFeatures {
  /** Every word and every pair of adjacent words ("mijn gegevens"), each once. */
  ngrams: ReadonlySet<string>;
  tokens: readonly ModelToken[];
}

const CODE_0 = 0x30;
const CODE_9 = 0x39;
const CODE_A = 0x61;
const CODE_Z = 0x7a;

function isWordCode(code: number): boolean {
  return (code >= CODE_A && code <= CODE_Z) || (code >= CODE_0 && code <= CODE_9);
}

/** A quoted older message is someone else's words, as in the rules (`findZones`). */
function isQuoteLine(text: string, lineStart: number, lineEnd: number): boolean {
  let index = lineStart;
  while (index < lineEnd && (text[index] === ' ' || text[index] === '\t')) index += 1;
  return text[index] === '>';
}

/** Called for each word the model reads, in text order: code units `start` to `end` of its field's text. */
export type ModelWordVisitor = (field: ModelToken['field'], text: string, start: number, end: number) => void;

function scanWords(field: ModelToken['field'], text: string, from: number, to: number, visit: ModelWordVisitor): void {
  let start = -1;
  for (let index = from; index <= to; index += 1) {
    const code = index < to ? foldCodeUnit(text.charCodeAt(index)) : 0;
    if (isWordCode(code)) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      visit(field, text, start, index);
      start = -1;
    }
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
function readField(field: ModelToken['field'], text: string, budget: number, visit: ModelWordVisitor): number {
  let left = budget;
  let lineStart = 0;
  while (lineStart < text.length && left > 0) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (!isQuoteLine(text, lineStart, lineEnd)) {
      const end = Math.min(lineEnd, lineStart + left);
      scanWords(field, text, lineStart, end, visit);
      left -= end - lineStart + 1;
    }
    lineStart = lineEnd + 1;
  }
  return left;
}

/**
 * Visits the words the request model reads, in order: the subject, then the body text, quoted lines
 * left out, until `MODEL_TEXT_CHARS` characters are spent. Lets a caller score without building n-grams.
 *
 * @example
 * visitModelWords('Inzage', 'Welke gegevens?', (field, text, start, end) => console.log(field, text.slice(start, end)))
 * // subject Inzage, body Welke, body gegevens
 */
export function visitModelWords(subject: string, bodyText: string, visit: ModelWordVisitor): void {
  const left = readField('subject', subject, MODEL_TEXT_CHARS, visit);
  readField('body', bodyText, left, visit);
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
  visitModelWords(subject, bodyText, (field, text, start, end) => tokens.push({ field, start, end, word: foldModelWord(text, start, end) }));
  const ngrams = new Set<string>();
  let previous: string | undefined;
  for (const { word } of tokens) {
    ngrams.add(word);
    if (previous !== undefined) ngrams.add(`${previous} ${word}`);
    previous = word;
  }
  return { ngrams, tokens };
}
