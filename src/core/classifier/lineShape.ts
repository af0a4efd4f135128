import type { CueMatch } from './matchCues.ts';
import type { TokenizedText } from './tokenizeText.ts';

/**
 * The shape of the lines of a mail body, for recognising marker lines: where each line's first token
 * is, how many words it has, whether a header word carries its colon, whether a line is a closing.
 * The arrays may be longer than the text has lines; only the first `lineCount` entries are the text's.
 */
export interface LineFacts {
  firstToken: Int32Array;
  tokenCount: Int32Array;
}

/**
 * One set of arrays serves every call: allocating typed arrays for each mail costs more than
 * describing its lines. The facts are read before the next mail is described (findZones never runs
 * twice at once).
 */
let sharedFacts: LineFacts = { firstToken: new Int32Array(0), tokenCount: new Int32Array(0) };

export function describeLines(tokens: TokenizedText, lineCount: number): LineFacts {
  if (sharedFacts.firstToken.length < lineCount) {
    const length = Math.max(lineCount, sharedFacts.firstToken.length * 2);
    sharedFacts = { firstToken: new Int32Array(length), tokenCount: new Int32Array(length) };
  }
  const { firstToken, tokenCount } = sharedFacts;
  firstToken.fill(-1, 0, lineCount);
  tokenCount.fill(0, 0, lineCount);
  for (let index = 0; index < tokens.count; index += 1) {
    const line = tokens.lines[index] ?? 0;
    if (firstToken[line] === -1) firstToken[line] = index;
    tokenCount[line] = (tokenCount[line] ?? 0) + 1;
  }
  return sharedFacts;
}

/** The line of a match, if the match opens its line and the line is short enough to be a marker. */
export function markerLine(tokens: TokenizedText, facts: LineFacts, match: CueMatch, maxWords: number): number {
  const line = tokens.lines[match.first] ?? -1;
  const isLineStart = facts.firstToken[line] === match.first;
  return isLineStart && (facts.tokenCount[line] ?? 0) <= maxWords ? line : -1;
}

/** First words of a mail header block ("From:", "Van:", "Von:", "De :"), which must carry a colon. */
export const HEADER_FIELDS = new Set(['from', 'van', 'von', 'de', 'expediteur', 'sent', 'verzonden', 'gesendet', 'envoye']);

export function tokenText(text: string, tokens: TokenizedText, index: number): string {
  return text.slice(tokens.starts[index] ?? 0, tokens.ends[index] ?? 0).toLowerCase();
}

export function isFollowedByColon(text: string, tokens: TokenizedText, index: number): boolean {
  let position = tokens.ends[index] ?? 0;
  while (position < text.length && (text.charCodeAt(position) === 32 || text.charCodeAt(position) === 9 || text.charCodeAt(position) === 0xa0)) position += 1;
  // Bounds first: reading past the end is a miss that recompiles the caller.
  return position < text.length && text.charCodeAt(position) === 58;
}

/** A closing line holds the closing and at most a name ("Groet, Jan"), never more of a sentence. */
export function isClosingLine(text: string, tokens: TokenizedText, facts: LineFacts, match: CueMatch, line: number): boolean {
  const lineEnd = (facts.firstToken[line] ?? 0) + (facts.tokenCount[line] ?? 0);
  for (let index = match.last + 1; index < lineEnd; index += 1) {
    const initial = text.charAt(tokens.starts[index] ?? 0);
    if (initial === initial.toLowerCase()) return false;
  }
  return true;
}

export function firstVisible(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index += 1;
  return index;
}

/**
 * Whether a line whose first visible character is at `visible` (`firstVisible`), read up to `end`, opens with ">": a line of
 * an older mail quoted below a reply, as the rules (`findZones`) and the request model both leave it out.
 */
export function isQuoteMarkAt(text: string, visible: number, end: number): boolean {
  return visible < end && text.charCodeAt(visible) === 0x3e;
}

/** The conventional "-- " line that opens a signature. */
export function isSignatureDelimiter(text: string, start: number, end: number): boolean {
  return end - start <= 4 && text.slice(start, end).trim() === '--';
}

/** "PS", "P.S.", "P.S:", "PPS", "N.B.", "NB:" at the start of a line; anchored and without nested repeats, so linear. */
const POSTSCRIPT_START = /^(?:p\.?p?\.?\s?s\.?(?=[\s:,-])|n\.\s?b\.?|nb:)/i;

/**
 * Whether a line opens a postscript: the sender speaks again after the signature ("PS die
 * nieuwsbrief hoef ik niet meer").
 *
 * @example
 * isPostscriptLine('Jan\nPS: geen nieuwsbrief meer', 4, 28) // true
 */
export function isPostscriptLine(text: string, start: number, end: number): boolean {
  const first = firstVisible(text, start, end);
  return POSTSCRIPT_START.test(text.slice(first, Math.min(end, first + 8)));
}
