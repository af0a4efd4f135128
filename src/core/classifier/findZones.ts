import { APOSTROPHES } from './findScopes.ts';
import { SharedBlocks } from './sharedBlocks.ts';
import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import { isWordCode, type TokenizedText } from './tokenizeText.ts';
import {
  describeLines,
  firstVisible,
  isQuoteMarkAt,
  type LineFacts,
  HEADER_FIELDS,
  isClosingLine,
  isFollowedByColon,
  isPostscriptLine,
  isSignatureDelimiter,
  markerLine,
  tokenText,
} from './lineShape.ts';

/** Where a line sits: the sender's new words, a quoted earlier mail, a signature, or a forwarded request. */
type LineState = 'new' | 'quoted' | 'signature' | 'forwarded';

/** What a marker line does to the lines after it; most lines have none. */
const NO_EVENT = 0;
const REPLY = 1;
const FORWARD = 2;
const SIGN_OFF_LINE = 3;

const { replyMarker: REPLY_MARKER, forwardMarker: FORWARD_MARKER, signOff: SIGN_OFF, disclaimer: DISCLAIMER, footer: FOOTER } = CUE_KIND_CODES;

/**
 * Per-line arrays shared between calls (findZones never runs twice at once): allocating typed arrays
 * for every mail costs more than reading its lines. Each call clears the lines it uses.
 */
let sharedLineEvents = new Uint8Array(0);
let sharedActiveLines = new Uint8Array(0);
let sharedSignOffLines = new Uint8Array(0);

function lineScratch(lineCount: number): { lineEvents: Uint8Array; activeLines: Uint8Array; signOffLines: Uint8Array } {
  if (sharedLineEvents.length < lineCount) {
    sharedLineEvents = new Uint8Array(Math.max(lineCount, sharedLineEvents.length * 2));
    sharedActiveLines = new Uint8Array(sharedLineEvents.length);
    sharedSignOffLines = new Uint8Array(sharedLineEvents.length);
  }
  sharedLineEvents.fill(NO_EVENT, 0, lineCount);
  sharedSignOffLines.fill(0, 0, lineCount);
  return { lineEvents: sharedLineEvents, activeLines: sharedActiveLines, signOffLines: sharedSignOffLines };
}

/** A token flag: a text the sender pasted to show us, set off in quotation marks (`setOffEnd`); not his words, but no quoted reply either. */
export const SET_OFF = 2;

/** The token flags a call returns are cut from shared blocks (see `SharedBlocks`). */
const ACTIVE_FLAGS = new SharedBlocks(65_536, 4_096);

/** The longest line (in words) still read as a marker line such as "-----Original Message-----". */
const MAX_MARKER_WORDS = 14;

/**
 * Decides which tokens of a body are the sender's own words: quoted replies ("> ", "On ... wrote:",
 * Outlook "From:/Sent:" headers), signatures (after "-- " or a closing such as "Kind regards", until
 * a postscript; a closing before the writer's first words greets: "Grüß Gott," opens the mail),
 * confidentiality notices and newsletter footers are left out; a forwarded request is read.
 * In a mail whose subject says it is forwarded, a header block opens the forwarded request;
 * `readsForwarded: false` leaves it out too (the forwarder's own words alone).
 * A pasted text set off in quotation marks is flagged `SET_OFF`, not 1.
 *
 * @example
 * findZones(text, tokens, matches, CUE_LEXICON, { isForward: false }) // Uint8Array, 1 = read this token
 */
export function findZones(
  text: string,
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  cues: CompiledCues,
  options: { isForward: boolean; readsForwarded?: boolean },
): Uint8Array {
  const readsForwarded = options.readsForwarded ?? true;
  // A field without words has one line; reading before the array is a miss that recompiles this function.
  const lineCount = tokens.count === 0 ? 1 : (tokens.lines[tokens.count - 1] ?? 0) + 1;
  const facts = describeLines(tokens, lineCount);
  const { lineEvents, activeLines, signOffLines } = lineScratch(lineCount);
  let skippedParagraphs: Set<number> | undefined;
  const { ruleKinds } = cues;
  for (const match of matches) {
    const kind = ruleKinds[match.rule];
    // A footer phrase the sender names in quotation marks ("I clicked 'manage preferences'", « se désinscrire ») is his sentence, not a footer.
    if (kind === DISCLAIMER || (kind === FOOTER && !isQuotedPhrase(text, tokens, match))) (skippedParagraphs ??= new Set()).add(tokens.paragraphs[match.first] ?? -1);
    if (kind === SIGN_OFF) signOffLines[tokens.lines[match.first] ?? 0] = 1;
    const event = kind === REPLY_MARKER ? REPLY : kind === FORWARD_MARKER ? FORWARD : kind === SIGN_OFF ? SIGN_OFF_LINE : NO_EVENT;
    if (event === NO_EVENT) continue;
    const line = markerLine(tokens, facts, match, event === SIGN_OFF_LINE ? match.last - match.first + 3 : MAX_MARKER_WORDS);
    if (line < 0 || (event === SIGN_OFF_LINE && !isClosingLine(text, tokens, facts, match, line))) continue;
    if (event === REPLY && HEADER_FIELDS.has(tokenText(text, tokens, match.first)) && !isFollowedByColon(text, tokens, match.first)) continue;
    // A forward marker wins over a reply marker on the same line ("Forwarded message" + "From:").
    if (lineEvents[line] !== FORWARD) lineEvents[line] = event;
  }

  let state = 'new' as LineState;
  // A pasted text set off in quotation marks, as far as its last line; where the search for one ended.
  let setOffUntil = -1;
  let searchedUntil = -1;
  let awaitsForwardedHeader = false;
  let lastReplyLine = -10;
  // Whether the zone being read (the body, or the forwarded mail) has had words of its writer yet: a closing
  // before any ("Grüß Gott,", "Servus,", "Cheers!" above the request) greets, it signs nothing off.
  let zoneHasWords = false;
  let lineStart = 0;
  for (let line = 0; line < lineCount; line += 1) {
    const lineEnd = lineEndFrom(text, tokens, lineStart);
    const event = lineEvents[line];
    if (event === FORWARD && state !== 'quoted') {
      state = 'forwarded';
      awaitsForwardedHeader = true;
      zoneHasWords = false;
    } else if (event === REPLY && line - lastReplyLine > 2) {
      // The first header block of a forward introduces the request; later ones quote older mail.
      // Marker lines close together ("-----Original Message-----", "From: ...") form one block.
      const opensForward: boolean = awaitsForwardedHeader || (options.isForward && state !== 'quoted' && state !== 'forwarded');
      state = opensForward ? 'forwarded' : 'quoted';
      if (opensForward) zoneHasWords = false;
      awaitsForwardedHeader = false;
      lastReplyLine = line;
    } else if (event === REPLY) {
      lastReplyLine = line;
    } else if (event === SIGN_OFF_LINE && state !== 'quoted' && zoneHasWords) state = 'signature';
    else if (isSignatureDelimiter(text, lineStart, lineEnd) && state !== 'quoted') state = 'signature';
    else if (state === 'signature' && isPostscriptLine(text, lineStart, lineEnd)) state = 'new';
    // A blank last line reaches the end of the text: reading past it is a miss that recompiles this function.
    const visible = firstVisible(text, lineStart, lineEnd);
    const isQuoteLine = isQuoteMarkAt(text, visible, text.length);
    if (state === 'new' && line > searchedUntil && visible < text.length && OPENING_QUOTES.has(text.charCodeAt(visible))) {
      const setOff = setOffEnd(text, tokens, facts, signOffLines, line, lineStart, lineCount);
      searchedUntil = setOff.searchedUntil;
      setOffUntil = setOff.lastLine;
    }
    const isSetOff = line <= setOffUntil;
    activeLines[line] = state === 'new' ? (isQuoteLine ? 0 : isSetOff ? SET_OFF : 1) : state === 'forwarded' && readsForwarded ? 1 : 0;
    if (event === SIGN_OFF_LINE) activeLines[line] = 0;
    // A header field ("Subject:", "Betreff:", "To:") above a letter or in a forwarded mail's head is not yet its words.
    const firstToken = facts.firstToken[line] ?? -1;
    const isWritersLine = state === 'forwarded' || (state === 'new' && activeLines[line] !== 0);
    // Once the zone has had words nothing can unset them but a new zone: no header field to look for.
    if (!zoneHasWords && isWritersLine && event === NO_EVENT && firstToken >= 0 && !isFollowedByColon(text, tokens, firstToken)) zoneHasWords = true;
    lineStart = lineEnd + 1;
  }

  const active = ACTIVE_FLAGS.uint8(tokens.count);
  for (let index = 0; index < tokens.count; index += 1) {
    // Most mails have no notice or footer: then no token needs a lookup.
    const isSkipped = skippedParagraphs !== undefined && skippedParagraphs.has(tokens.paragraphs[index] ?? -1);
    active[index] = isSkipped ? 0 : (activeLines[tokens.lines[index] ?? 0] ?? 0);
  }
  return active;
}


/** Double quotation marks, straight, typographic, low and angle: a quote of words read, which no apostrophe can be. */
export const DOUBLE_QUOTE_MARKS: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);
/** Quotation marks a phrase is named in: the double ones and the single ones. */
export const QUOTE_MARKS: ReadonlySet<number> = new Set([...DOUBLE_QUOTE_MARKS, 0x27, 0x2018, 0x2019, 0x201a]);

/**
 * Whether a matched phrase stands between quotation marks, a space (or no-break space) apart at most on either
 * side: the name of a link or button the sender writes about ("the 'manage your preferences' link"). A footer
 * quotes only the word to reply (reply "unsubscribe"), never its whole phrase. Reads four characters: linear.
 */
function isQuotedPhrase(text: string, tokens: TokenizedText, match: CueMatch): boolean {
  let before = (tokens.starts[match.first] ?? 0) - 1;
  if (isSpaceCode(codeAt(text, before))) before -= 1;
  let after = tokens.ends[match.last] ?? 0;
  if (isSpaceCode(codeAt(text, after))) after += 1;
  const opening = codeAt(text, before);
  const closing = codeAt(text, after);
  if (!QUOTE_MARKS.has(opening) || !QUOTE_MARKS.has(closing)) return false;
  // Single quotes that are also apostrophes ("don't", "l'option") quote nothing beside a letter.
  return !(APOSTROPHES.has(opening) && isLetterAt(tokens, before - 1)) && !(APOSTROPHES.has(closing) && isLetterAt(tokens, after + 1));
}

/** The code unit at `index`, or -1 outside the text: reading past either end is a miss that recompiles the caller. */
function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** Whether the text read has a letter or digit at `index`, as an apostrophe joins them ("don't", "l'option"). */
export function isLetterAt(tokens: TokenizedText, index: number): boolean {
  return index >= 0 && index < tokens.textLength && isWordCode(tokens.folded[index] ?? 32);
}

/** Quotation marks that open a pasted text („ « “ and the straight one), and those that close it (“ ” » and the straight one). */
const OPENING_QUOTES: ReadonlySet<number> = new Set([0x22, 0x201e, 0xab, 0x201c]);
const CLOSING_QUOTES: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201d, 0xbb]);
/** A set-off text this long is a pasted letter or template, not a phrase quoted in a sentence. */
const MIN_SET_OFF_WORDS = 15;

/**
 * A paragraph that opens with a quotation mark, holds a closing ("Regards", "Mit freundlichen Grüßen") and
 * closes with a quotation mark at the end of a line is a letter the sender pasted to show us (his draft to
 * another firm, a template found online): its words are not the sender's to us. A transcript of a
 * voicemail in quotes is the caller's own words, and has no closing. Returns the last line of the set-off text (-1 when there is none) and the last line
 * searched, so no line is searched twice and the walk stays linear.
 */
function setOffEnd(
  text: string,
  tokens: TokenizedText,
  facts: LineFacts,
  signOffLines: Uint8Array,
  firstLine: number,
  firstStart: number,
  lineCount: number,
): { lastLine: number; searchedUntil: number } {
  let words = 0;
  let isSigned = false;
  let lineStart = firstStart;
  for (let line = firstLine; line < lineCount; line += 1) {
    const lineEnd = lineEndFrom(text, tokens, lineStart);
    const lineWords = facts.tokenCount[line] ?? 0;
    if (lineWords === 0 && line > firstLine) return { lastLine: -1, searchedUntil: line };
    words += lineWords;
    isSigned ||= signOffLines[line] === 1;
    let last = lineEnd - 1;
    while (last > lineStart && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9 || text.charCodeAt(last) === 13)) last -= 1;
    const closes = CLOSING_QUOTES.has(text.charCodeAt(last)) && (line > firstLine || last > firstVisible(text, lineStart, lineEnd));
    if (closes) return { lastLine: words >= MIN_SET_OFF_WORDS && isSigned ? line : -1, searchedUntil: line };
    lineStart = lineEnd + 1;
  }
  return { lastLine: -1, searchedUntil: lineCount };
}

/**
 * The lines of `text` that hold a token `findZones` reads (the flags it returned), joined by newlines:
 * the sender's own words and a forwarded request, without quoted replies, signatures or footers.
 *
 * @example
 * readZoneLines('Thanks!\n> Please delete my data', tokens, active) // 'Thanks!'
 */
export function readZoneLines(text: string, tokens: TokenizedText, active: Uint8Array): string {
  const lines: string[] = [];
  let lastLine = -1;
  for (let index = 0; index < tokens.count; index += 1) {
    const line = tokens.lines[index] ?? 0;
    if (active[index] === 0 || line === lastLine) continue;
    lastLine = line;
    const start = tokens.starts[index] ?? 0;
    lines.push(text.slice(text.lastIndexOf('\n', start - 1) + 1, lineEndFrom(text, tokens, start)));
  }
  return lines.join('\n');
}

/** Where the line holding `from` ends: its newline, or the end of the text the tokens were read from. */
function lineEndFrom(text: string, tokens: TokenizedText, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 || end > tokens.textLength ? tokens.textLength : end;
}
