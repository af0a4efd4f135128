import type { CompiledCues, CompoundHead } from './compileCueRules.ts';
import { allocateFolded, foldCodeUnit } from './foldText.ts';
import { asciiSlot, childPosition } from './packTrie.ts';
import { SharedBlocks } from './sharedBlocks.ts';

/**
 * Word tokens of a folded text, with where each one sits (line, sentence, clause). The arrays may be
 * longer than `count`, and `folded` longer than `textLength`: entries past them belong to no token
 * and no character.
 */
export interface TokenizedText {
  folded: Uint16Array;
  /** How many code units of the text were read and folded. */
  textLength: number;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  /** Paragraphs are separated by blank lines. */
  paragraphs: Int32Array;
  sentences: Int32Array;
  clauses: Int32Array;
  /** With a lexicon given (`cuesRead`), each token's scan state in it, as `matchCues` reads it. */
  cueStates?: Int32Array | undefined;
  cuesRead?: CompiledCues | undefined;
}

const NEWLINE = 10;

/** Letters and digits of any script; punctuation, symbols, spaces and surrogate halves separate words. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code < 0x2c00) return false;
  if (code >= 0x3000 && code < 0x3040) return false;
  return code < 0xd800 || (code >= 0xf900 && code < 0xfe00);
}

/**
 * Each code unit's fold (`foldCodeUnit`) in the low 16 bits, and `WORD_FLAG` where the folded code is
 * a word code (`isWordCode`): the tokenizer needs both for every character of every text, and one
 * read costs less than a read that waits on another (256 KB, of which Latin text reads the first few).
 */
const WORD_FLAG = 0x10000;
const FOLDED_CODE = 0xffff;
const FOLDS_AND_WORD_FLAGS = Int32Array.from({ length: 0x10000 }, (_, code) => {
  const folded = foldCodeUnit(code);
  return folded | (isWordCode(folded) ? WORD_FLAG : 0);
});

/** A period ends a sentence only before a space and a capital or line end, so "art. 15", "z.B. mit" and "3. Mai" stay whole. */
function isSentencePeriod(original: string, index: number, length: number): boolean {
  if (isDayNumberBefore(original, index)) return false;
  let next = index + 1;
  if (next < length && original.charCodeAt(next) !== 32 && original.charCodeAt(next) !== NEWLINE) return false;
  while (next < length && original.charCodeAt(next) === 32) next += 1;
  if (next >= length) return true;
  const following = original.charCodeAt(next);
  if (following >= 48 && following <= 57) return false;
  // Before a lowercase word a period ends a sentence only after a full word, not an abbreviation ("bijv. de"),
  // or before a lowercase "i" of a mail typed without capitals ("stop emailing me. i don't ..."), or a negation
  // that opens a sentence of its own ("stop emailing me. not interested"), or after a short word that closes a
  // request ("daarna mag het weg. ben geen klant meer").
  return (
    !(following >= 97 && following <= 122) ||
    wordLengthBefore(original, index) >= MIN_WORD_BEFORE_PERIOD ||
    isLowercaseI(original, next, length) ||
    isOpeningNegation(original, next, length) ||
    isClosingWordBefore(original, index)
  );
}

/**
 * Short lowercase words that close a request typed without capitals: courtesies ("verwijder mij aub. ik wil ...",
 * "delete it pls. thx"), the Dutch particles a request ends on ("mag het weg.", "haal me eraf.") and the "any more" a
 * statement ends on ("ich arbeite da nicht mehr. bitte alles löschen", "ik ben geen klant meer. graag alles weg"), and a
 * bare "no" answering the quoted mail, or a "not" a sentence ends on ("nee dus. ik wil weten ...", "nein. bitte ...",
 * "ça ne marche pas. je veux ..."), whose negation would otherwise reach the request after it. Any other
 * short word does not end a sentence before a lowercase word: ending there after every full word of two to
 * four letters split the casual mails whose requests lean on the words before ("3 keer. op info@ ...").
 */
const CLOSING_WORDS = new Set([
  'aub', 'svp', 'stp', 'pls', 'plz', 'thx', 'bvd', 'weg', 'eraf', 'af', 'uit', 'meer', 'mehr', 'more', 'plus',
  'nee', 'dus', 'hoor', 'niet', 'nein', 'nicht', 'non', 'pas', 'no', 'nope', 'not',
]);

/** A closing word (`CLOSING_WORDS`) right before the period, as a word of its own ("o.a.", "5af." are not). */
function isClosingWordBefore(original: string, index: number): boolean {
  // The closing words are lowercase: a word with a capital in it is none of them.
  const start = index - wordLengthBefore(original, index);
  if (start > 0 && /[\p{L}\p{N}._@-]/u.test(original.charAt(start - 1))) return false;
  return CLOSING_WORDS.has(original.slice(start, index));
}

/** A lone lowercase "i" ("i don't", "i'm"), not the start of a word or of "i.e.". */
function isLowercaseI(original: string, index: number, length: number): boolean {
  if (original.charCodeAt(index) !== 105) return false;
  const after = index + 1 < length ? original.charCodeAt(index + 1) : 32;
  return after === 32 || after === 39 || after === 0x2019;
}

const MIN_WORD_BEFORE_PERIOD = 5;

/**
 * English negations that open a sentence typed without capitals: after a period they start a new one, or they
 * would negate the request before them ("pls stop emailing me. not interested, never was"). No abbreviation is
 * followed by one of them. Not the Dutch "niet", which goes on with the request before it: "mogen jullie niks met
 * mijn gegevens doen. niet verwijderen graag" restricts.
 */
const OPENING_NEGATIONS = new Set(['not', 'never']);
const LONGEST_OPENING_NEGATION = 5;

/** Whether the lowercase word at `index` is an opening negation (`OPENING_NEGATIONS`). */
function isOpeningNegation(original: string, index: number, length: number): boolean {
  let end = index;
  while (end < length && end - index <= LONGEST_OPENING_NEGATION && original.charCodeAt(end) >= 97 && original.charCodeAt(end) <= 122) end += 1;
  if (end < length && /\p{L}/u.test(original.charAt(end))) return false;
  return OPENING_NEGATIONS.has(original.slice(index, end));
}

/** "3. Mai", "12. März": a German day number, not a sentence end. */
function isDayNumberBefore(original: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < 3 && isDigit(original.charCodeAt(start - 1))) start -= 1;
  const digits = index - start;
  return digits >= 1 && digits <= 2 && (start === 0 || !isDigit(original.charCodeAt(start - 1)));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function wordLengthBefore(original: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < MIN_WORD_BEFORE_PERIOD && /[\p{L}]/u.test(original.charAt(start - 1))) start -= 1;
  return index - start;
}

const AT_SIGN = 64;
const COLON = 58;
const SLASH = 47;

/** Characters that join the words of an address's local part ("robert.chen", "j_de-vries+news"). */
function isLocalPartJoiner(code: number): boolean {
  return code === 46 || code === 45 || code === 95 || code === 43;
}

/** Whether only joiners of a local part sit between the end of one word and the start of the next. */
function isJoinedLocalPart(folded: Uint16Array, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let index = from; index < to; index += 1) if (!isLocalPartJoiner(folded[index] ?? 0)) return false;
  return true;
}

/**
 * After a word at `index`: "@" (an e-mail address, "sales@" alone too) or "://" (a web address). The
 * text is folded up to `index` only, so the characters after it are read from the original.
 */
function opensAddress(original: string, folded: Uint16Array, index: number, length: number): boolean {
  // Lent arrays hold an earlier text past `length`: its "@" must not take back this text's last word.
  if (index >= length) return false;
  const code = folded[index] ?? 0;
  if (code === AT_SIGN) return true;
  return code === COLON && index + 2 < length && original.charCodeAt(index + 1) === SLASH && original.charCodeAt(index + 2) === SLASH;
}

/** "www." opens a web address without its scheme. */
function isWebPrefix(folded: Uint16Array, start: number, end: number, length: number): boolean {
  return end - start === 3 && end < length && folded[end] === 46 && folded[start] === 119 && folded[start + 1] === 119 && folded[start + 2] === 119;
}

/**
 * Where an address that goes on at `index` ends: at a space, a line break or a bracket or quote around
 * it, less the punctuation that closes the sentence after it ("write to privacy@example.org.").
 */
function addressEnd(original: string, folded: Uint16Array, index: number, length: number): number {
  let end = index;
  // The address is skipped, not read again: it is folded here.
  while (end < length) {
    const code = foldCodeUnit(original.charCodeAt(end));
    folded[end] = code;
    if (isAddressBoundary(code)) break;
    end += 1;
  }
  while (end > index && isClosingPunctuation(folded[end - 1] ?? 0)) end -= 1;
  return end;
}

function isAddressBoundary(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 60 || code === 62 || code === 34 || code === 39 || code === 40 || code === 41 || code === 91 || code === 93;
}

function isClosingPunctuation(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;
}

/**
 * Header fields of a quoted or forwarded mail ("Aan:", "Subject:", "Betreff:", "Objet :"), folded: each
 * such line is a sentence of its own, so a recipient ("To: Sales team") and the subject below it are
 * not read as one request.
 */
const HEADER_FIELD_NAMES = ['from', 'to', 'cc', 'bcc', 'subject', 'date', 'sent', 'van', 'aan', 'onderwerp', 'datum', 'verzonden', 'von', 'an', 'betreff', 'gesendet', 'de', 'a', 'objet', 'envoye', 'expediteur', 'destinataire'];

/** Whether the word from `start` to `end` names a header field and only spaces sit between it and the colon. */
function isHeaderFieldName(folded: Uint16Array, start: number, end: number, colon: number): boolean {
  for (let index = end; index < colon; index += 1) if (folded[index] !== 32 && folded[index] !== 9 && folded[index] !== 0xa0) return false;
  // Compared in place: no string is made for the word.
  for (const name of HEADER_FIELD_NAMES) if (name.length === end - start && isWordAt(folded, start, name)) return true;
  return false;
}

function isWordAt(folded: Uint16Array, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index += 1) if (folded[start + index] !== word.charCodeAt(index)) return false;
  return true;
}

/** A dash with spaces around it ("keep it - I need it") separates clauses; "e-mail" does not. */
function isSpacedDash(original: string, folded: Uint16Array, index: number, length: number): boolean {
  // Bounds first: reading past either end of the array is a miss that recompiles the tokenizer. The
  // text is folded up to `index` only, so the character after it is folded here.
  return folded[index] === 45 && index > 0 && index + 1 < length && folded[index - 1] === 32 && foldCodeUnit(original.charCodeAt(index + 1)) === 32;
}

/**
 * Arrays lent to `tokenizeText` to write a text into (`createTokenArrays`): its folded code units, and
 * the starts, ends, lines, paragraphs, sentences and clauses of its tokens. They grow to the longest
 * text they served; what is written there is valid until the arrays are lent again.
 */
export interface TokenArrays {
  folded: Uint16Array;
  /** Starts, ends, lines, paragraphs, sentences, clauses and scan states (`TokenizedText.cueStates`). */
  numbers: [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
}

/**
 * Arrays for `tokenizeText(text, length, into)`. A caller that tokenizes text after text and keeps
 * no tokens past the next one (the classifier: one array set for subjects, one for bodies) saves a
 * copy of every token and seven typed arrays per text.
 *
 * @example
 * const bodyArrays = createTokenArrays(); tokenizeText(body, body.length, bodyArrays).count
 */
export function createTokenArrays(): TokenArrays {
  return { folded: new Uint16Array(0), numbers: [new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0)] };
}

/** The token arrays of `arrays`, grown to hold `mostTokens` tokens each. */
function withRoomFor(arrays: TokenArrays, mostTokens: number): TokenArrays['numbers'] {
  const { numbers } = arrays;
  if (numbers[0].length >= mostTokens) return numbers;
  const length = Math.max(mostTokens, Math.min(numbers[0].length * 2, MAX_INTEGERS_FROM_BLOCK));
  for (let array = 0; array < numbers.length; array += 1) numbers[array] = new Int32Array(length);
  return numbers;
}

/** The child of the lexicon's word-trie node `node` for a folded code unit, or -1: the tokenizer's walk and `matchCues`' own. */
export function cueChild(cues: CompiledCues, node: number, code: number): number {
  const slot = asciiSlot(code);
  return slot >= 0 ? childPosition(cues.trie, node, slot) : (cues.otherChildren.get(node * 65536 + code) ?? -1);
}

/**
 * The scan state of a token from the state its walk through the lexicon's trie gave (`state`) and whether the walk ended on a
 * node (`endsOnNode`): that state for a word the lexicon holds; for one it does not hold that ends on a compound head
 * (`CompiledCues.compoundHeads`), the head's; else `state`. The tokenizer's walk and `matchCues`' own both read it here.
 */
export function compoundHeadState(cues: CompiledCues, folded: Uint16Array, start: number, end: number, state: number, endsOnNode: boolean): number {
  if (endsOnNode && state !== 0) return state;
  const { compoundHeads } = cues;
  for (let head = 0; head < compoundHeads.length; head += 1) {
    const { codes, state: headState } = compoundHeads[head] as CompoundHead;
    const headStart = end - codes.length;
    // Compared from the last letter: most words end otherwise, and the loop stops at once.
    if (headStart <= start) continue;
    let index = codes.length - 1;
    while (index >= 0 && folded[headStart + index] === codes[index]) index -= 1;
    if (index < 0) return headState;
  }
  return state;
}

/** The folded text of lent arrays, grown to hold `length` code units. */
function foldedWithRoomFor(arrays: TokenArrays, length: number): Uint16Array {
  if (arrays.folded.length < length) arrays.folded = new Uint16Array(Math.max(length, arrays.folded.length * 2));
  return arrays.folded;
}

/**
 * Without arrays lent, a text is tokenized into six arrays kept between calls (tokenizeText never
 * runs twice at once) and its tokens are then copied out at their true count: most texts hold far
 * fewer words than the worst case, and allocating arrays of that size for every text cost more than
 * the copy. The copies are cut from shared blocks (see `SharedBlocks`): 262,144 integers each,
 * 8,192 at most per array.
 */
const MAX_INTEGERS_FROM_BLOCK = 8_192;
const TOKEN_ARRAYS = new SharedBlocks(262_144 * 4, MAX_INTEGERS_FROM_BLOCK * 4);
const SCRATCH_ARRAYS = createTokenArrays();

/** A text's own copy of the first `count` entries of a scratch array. */
function keepTokenArray(scratch: Int32Array, count: number): Int32Array {
  const kept = TOKEN_ARRAYS.int32(count);
  for (let index = 0; index < count; index += 1) kept[index] = scratch[index] ?? 0;
  return kept;
}

/**
 * Folds the first `length` code units of a text (see `foldText`) and splits them into word tokens,
 * in one pass: the folded text comes back with the tokens. Sentences end at . ! ? and blank lines, and a
 * header field line of a quoted mail ("To: ...", "Onderwerp: ...") is a sentence of its own;
 * clauses also end at , ; : brackets and line breaks, which bounds how far a negation reaches.
 * E-mail and web addresses give no tokens: "sales@", "unsubscribe" in a link are no words of the sender.
 *
 * The tokens are written into `into` when given (see `createTokenArrays`), else into arrays of their own.
 *
 * @example
 * tokenizeText('Delete my data. Thanks').sentences // [0, 0, 0, 1]
 */
export function tokenizeText(original: string, length = original.length, into?: TokenArrays, cues?: CompiledCues): TokenizedText {
  const folded = into === undefined ? allocateFolded(length) : foldedWithRoomFor(into, length);
  // A text has at most one word in two code units.
  const [starts, ends, lines, paragraphs, sentences, clauses, cueStates] = withRoomFor(into ?? SCRATCH_ARRAYS, (length + 1) >> 1);
  let count = 0;
  let line = 0;
  let paragraph = 0;
  let sentence = 0;
  let clause = 0;
  let blankSoFar = false;
  /** The first token of the current line, -1 before it has one; whether the line is a header field. */
  let lineFirstToken = -1;
  let isHeaderLine = false;
  let index = 0;
  while (index < length) {
    // Folded as it is read: one pass over the text instead of two.
    const folding = FOLDS_AND_WORD_FLAGS[original.charCodeAt(index)] ?? 0;
    const code = folding & FOLDED_CODE;
    folded[index] = code;
    if (folding >= WORD_FLAG) {
      const start = index;
      index += 1;
      if (cues === undefined) {
        // The character that ends the word is folded too: the checks below read it.
        while (index < length) {
          const nextFolding = FOLDS_AND_WORD_FLAGS[original.charCodeAt(index)] ?? 0;
          folded[index] = nextFolding & FOLDED_CODE;
          if (nextFolding < WORD_FLAG) break;
          index += 1;
        }
      } else {
        // The same loop, walking the lexicon's word trie as the word is read (one pass over its
        // letters, not a second one in matchCues): the node reached, or the one the walk left the trie from.
        let node = cueChild(cues, 0, code);
        let leftFrom = node < 0 ? 0 : -1;
        while (index < length) {
          const nextFolding = FOLDS_AND_WORD_FLAGS[original.charCodeAt(index)] ?? 0;
          const nextCode = nextFolding & FOLDED_CODE;
          folded[index] = nextCode;
          if (nextFolding < WORD_FLAG) break;
          if (node >= 0) {
            const child = cueChild(cues, node, nextCode);
            if (child < 0) leftFrom = node;
            node = child;
          }
          index += 1;
        }
        // The address checks below may take the token back: its state is then overwritten too.
        const state = node >= 0 ? (cues.stateIds[node * 2 + 1] ?? 0) : (cues.stateIds[leftFrom * 2] ?? 0);
        cueStates[count] = compoundHeadState(cues, folded, start, index, state, node >= 0);
      }
      if (opensAddress(original, folded, index, length) || isWebPrefix(folded, start, index, length)) {
        // The words of the local part before this one ("robert" of "robert.chen@") were taken already.
        let addressStart = start;
        while (count > 0 && isJoinedLocalPart(folded, ends[count - 1] ?? 0, addressStart)) {
          count -= 1;
          addressStart = starts[count] ?? 0;
        }
        if (lineFirstToken >= count) lineFirstToken = -1;
        index = addressEnd(original, folded, index, length);
        blankSoFar = false;
        continue;
      }
      if (lineFirstToken === -1) lineFirstToken = count;
      starts[count] = start;
      ends[count] = index;
      lines[count] = line;
      paragraphs[count] = paragraph;
      sentences[count] = sentence;
      clauses[count] = clause;
      count += 1;
      blankSoFar = false;
      continue;
    }
    if (code === NEWLINE) {
      line += 1;
      clause += 1;
      if (blankSoFar) {
        paragraph += 1;
        sentence += 1;
      } else if (isHeaderLine) sentence += 1;
      blankSoFar = true;
      lineFirstToken = -1;
      isHeaderLine = false;
    } else if (code === COLON && count > 0 && count - 1 === lineFirstToken && !isHeaderLine && isHeaderFieldName(folded, starts[count - 1] ?? 0, ends[count - 1] ?? 0, index)) {
      // The field name was read as part of the sentence before it: it opens a sentence of its own.
      isHeaderLine = true;
      if (count > 1 && sentences[count - 2] === sentence) {
        sentence += 1;
        sentences[count - 1] = sentence;
      }
      clause += 1;
    } else if (code === 33 || code === 63 || (code === 46 && isSentencePeriod(original, index, length))) {
      sentence += 1;
      clause += 1;
    } else if (code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || isSpacedDash(original, folded, index, length)) {
      clause += 1;
    } else if (code !== 32 && code !== 9 && code !== 13) {
      blankSoFar = false;
    }
    index += 1;
  }
  // Every result has the same fields, so the code reading them sees one shape.
  if (into !== undefined) return { folded, textLength: length, count, starts, ends, lines, paragraphs, sentences, clauses, cueStates: cues === undefined ? undefined : cueStates, cuesRead: cues };
  return {
    folded,
    textLength: length,
    count,
    starts: keepTokenArray(starts, count),
    ends: keepTokenArray(ends, count),
    lines: keepTokenArray(lines, count),
    paragraphs: keepTokenArray(paragraphs, count),
    sentences: keepTokenArray(sentences, count),
    clauses: keepTokenArray(clauses, count),
    cueStates: cues === undefined ? undefined : keepTokenArray(cueStates, count),
    cuesRead: cues,
  };
}
