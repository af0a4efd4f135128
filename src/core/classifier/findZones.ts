import type { CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import type { TokenizedText } from './tokenizeText.ts';
import {
  describeLines,
  firstVisible,
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

/** The longest line (in words) still read as a marker line such as "-----Original Message-----". */
const MAX_MARKER_WORDS = 14;

/**
 * Decides which tokens of a body are the sender's own words: quoted replies ("> ", "On ... wrote:",
 * Outlook "From:/Sent:" headers), signatures (after "-- " or a closing such as "Kind regards", until
 * a postscript),
 * confidentiality notices and newsletter footers are left out; a forwarded request is read.
 * In a mail whose subject says it is forwarded, a header block opens the forwarded request.
 *
 * @example
 * findZones(text, tokens, matches, CUE_LEXICON, { isForward: false }) // Uint8Array, 1 = read this token
 */
export function findZones(
  text: string,
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  cues: CompiledCues,
  options: { isForward: boolean },
): Uint8Array {
  const lineCount = (tokens.lines[tokens.count - 1] ?? 0) + 1;
  const facts = describeLines(tokens, lineCount);
  const lineEvent = new Array<'reply' | 'forward' | 'signOff' | undefined>(lineCount);
  const skippedParagraphs = new Set<number>();
  for (const match of matches) {
    const kind = cues.rules[match.rule]?.kind;
    if (kind === 'disclaimer' || kind === 'footer') skippedParagraphs.add(tokens.paragraphs[match.first] ?? -1);
    const maxWords = kind === 'signOff' ? match.last - match.first + 3 : MAX_MARKER_WORDS;
    const line = kind === 'replyMarker' || kind === 'forwardMarker' || kind === 'signOff' ? markerLine(tokens, facts, match, maxWords) : -1;
    if (line < 0 || (kind === 'signOff' && !isClosingLine(text, tokens, facts, match, line))) continue;
    if (kind === 'replyMarker' && HEADER_FIELDS.has(tokenText(text, tokens, match.first)) && !isFollowedByColon(text, tokens, match.first)) continue;
    const event = kind === 'replyMarker' ? 'reply' : kind === 'forwardMarker' ? 'forward' : 'signOff';
    // A forward marker wins over a reply marker on the same line ("Forwarded message" + "From:").
    if (lineEvent[line] !== 'forward') lineEvent[line] = event;
  }

  const activeLines = new Uint8Array(lineCount);
  let state = 'new' as LineState;
  let awaitsForwardedHeader = false;
  let lastReplyLine = -10;
  let lineStart = 0;
  for (let line = 0; line < lineCount; line += 1) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > tokens.folded.length) lineEnd = tokens.folded.length;
    const event = lineEvent[line];
    if (event === 'forward' && state !== 'quoted') {
      state = 'forwarded';
      awaitsForwardedHeader = true;
    } else if (event === 'reply' && line - lastReplyLine > 2) {
      // The first header block of a forward introduces the request; later ones quote older mail.
      // Marker lines close together ("-----Original Message-----", "From: ...") form one block.
      const opensForward: boolean = awaitsForwardedHeader || (options.isForward && state !== 'quoted' && state !== 'forwarded');
      state = opensForward ? 'forwarded' : 'quoted';
      awaitsForwardedHeader = false;
      lastReplyLine = line;
    } else if (event === 'reply') {
      lastReplyLine = line;
    } else if (event === 'signOff' && state !== 'quoted') state = 'signature';
    else if (isSignatureDelimiter(text, lineStart, lineEnd) && state !== 'quoted') state = 'signature';
    else if (state === 'signature' && isPostscriptLine(text, lineStart, lineEnd)) state = 'new';
    const isQuoteLine = text.charCodeAt(firstVisible(text, lineStart, lineEnd)) === 62;
    activeLines[line] = (state === 'new' || state === 'forwarded') && (!isQuoteLine || state === 'forwarded') ? 1 : 0;
    if (event === 'signOff') activeLines[line] = 0;
    lineStart = lineEnd + 1;
  }

  const active = new Uint8Array(tokens.count);
  for (let index = 0; index < tokens.count; index += 1) {
    // Most mails have no notice or footer: then no token needs a lookup.
    const isSkipped = skippedParagraphs.size > 0 && skippedParagraphs.has(tokens.paragraphs[index] ?? -1);
    active[index] = !isSkipped && activeLines[tokens.lines[index] ?? 0] === 1 ? 1 : 0;
  }
  return active;
}

