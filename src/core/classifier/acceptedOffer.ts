import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';
import { addConcept, emptyMask, holdsAny, maskConcepts } from './conceptMask.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import { REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';
import { readListedWord, spanEvidence } from './replyWords.ts';
import type { TokenizedText } from './tokenizeText.ts';
import { WORD_CLASSES } from './wordClasses.ts';

/** More own words than "ja graag, dat ook graag" say something of their own. */
const MAX_OWN_WORDS = 6;
const ASSENT_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.assent?.split('|'));
const ECHO_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.assentEcho?.split('|'));
const { concept: CONCEPT } = CUE_KIND_CODES;
const OFFER = REQUEST_CONCEPTS.indexOf('offerMade');
/** The reader's own detail as our offer names it, or as the lexicon reads a detail of a person. */
const DETAIL_MASK = maskConcepts(['yourDetail', 'personalDetails', 'myContactDetail', 'mailAddress', 'homeAddress', 'myData']);
/** What a file format offered is a copy of: the data or the copy named in the offer's paragraph. */
const COPY_MASK = maskConcepts(['copyOf', 'yourDetail', 'personalDetails', 'myData', 'dataHolding']);
/** Someone else's data, or the firm's equipment: no offer of the reader's right. */
const NOT_HIS_MASK = maskConcepts(['theirData', 'itObject', 'adminTask']);

/** The offer's ingredients that name a right, and the right each names when the offer names the reader's detail. */
const OFFERED_RIGHTS: readonly { concept: RequestConcept; rights: readonly RightLabel[] }[] = [
  { concept: 'erase', rights: ['erasure'] },
  { concept: 'correct', rights: ['rectification'] },
  { concept: 'copyOf', rights: ['access'] },
];
const OFFERED_CONCEPTS = OFFERED_RIGHTS.map(({ concept }) => REQUEST_CONCEPTS.indexOf(concept));
const PORTABLE_FORMAT = REQUEST_CONCEPTS.indexOf('portableFormat');
const ERASE = REQUEST_CONCEPTS.indexOf('erase');
const MAILING_MASK = maskConcepts(['mailingList']);

/**
 * A short yes typed above an offer of ours in the quoted mail ("ja graag, dat ook" under "Wilt u ook dat wij uw contactgegevens
 * verwijderen?", "csv too yes" under "Would you like it as a CSV file too?"): the sender takes up the right the offer names, in our
 * words, so its "your" is his. His own words are at most `MAX_OWN_WORDS`, one a yes and the rest words that point back, thank or
 * repeat one of the offer's ("csv"); the offer is the first question of ours below them. The right must be the reader's: his
 * detail erased or corrected, a copy of it, or a file format for the copy named in the offer's paragraph (access and portability);
 * his address taken off a mailing is the unsubscribe. Undefined when the mail is none of that. Reads the own words, the matches,
 * and the offer's sentence once.
 */
export function acceptedOfferEvidence(bodyText: string, tokens: TokenizedText, active: Uint8Array, matches: readonly CueMatch[], cues: CompiledCues): WeighedEvidence[] | undefined {
  const ownWords: string[] = [];
  let lastOwn = -1;
  for (let token = 0; token < tokens.count; token += 1) {
    if (active[token] !== 1) continue;
    if (ownWords.length === MAX_OWN_WORDS) return undefined;
    ownWords.push(readListedWord(tokens, token));
    lastOwn = token;
  }
  if (!ownWords.some((word) => ASSENT_WORDS.has(word))) return undefined;
  const offer = matches.find((match) => match.first > lastOwn && active[match.first] !== 1 && isConcept(match, OFFER, cues));
  if (offer === undefined) return undefined;
  const sentence = tokens.sentences[offer.first] ?? -1;
  const paragraph = tokens.paragraphs[offer.first] ?? -1;
  const offerWords = sentenceWords(tokens, offer.first, sentence);
  if (!ownWords.every((word) => ASSENT_WORDS.has(word) || ECHO_WORDS.has(word) || offerWords.has(word))) return undefined;

  const inSentence = emptyMask();
  const inParagraph = emptyMask();
  const deciding = new Map<number, CueMatch>();
  for (const match of matches) {
    const matchParagraph = tokens.paragraphs[match.first] ?? -1;
    if (matchParagraph < paragraph) continue;
    if (matchParagraph > paragraph) break;
    const concept = cues.ruleKinds[match.rule] === CONCEPT ? (cues.ruleConcepts[match.rule] ?? -1) : -1;
    if (concept < 0 || active[match.first] === 1) continue;
    addConcept(inParagraph, concept);
    if ((tokens.sentences[match.first] ?? -1) !== sentence) continue;
    addConcept(inSentence, concept);
    if (!deciding.has(concept)) deciding.set(concept, match);
  }
  if (holdsAny(inSentence, NOT_HIS_MASK)) return undefined;
  const items: WeighedEvidence[] = [];
  const formatMatch = deciding.get(PORTABLE_FORMAT);
  if (formatMatch !== undefined && holdsAny(inParagraph, COPY_MASK)) {
    items.push(spanEvidence(bodyText, tokens, formatMatch.first, formatMatch.last, 'access'), spanEvidence(bodyText, tokens, formatMatch.first, formatMatch.last, 'portability'));
  }
  const namesDetail = holdsAny(inSentence, DETAIL_MASK);
  const eraseMatch = deciding.get(ERASE);
  if (eraseMatch !== undefined && !namesDetail && holdsAny(inSentence, MAILING_MASK)) items.push(spanEvidence(bodyText, tokens, eraseMatch.first, eraseMatch.last, 'unsubscribe'));
  if (namesDetail) {
    OFFERED_RIGHTS.forEach(({ rights }, index) => {
      const match = deciding.get(OFFERED_CONCEPTS[index] ?? -1);
      if (match !== undefined) for (const right of rights) if (!items.some((item) => item.evidence.right === right)) items.push(spanEvidence(bodyText, tokens, match.first, match.last, right));
    });
  }
  return items.length > 0 ? items : undefined;
}

function isConcept(match: CueMatch, concept: number, cues: CompiledCues): boolean {
  return cues.ruleKinds[match.rule] === CONCEPT && cues.ruleConcepts[match.rule] === concept;
}

/** The folded words of the sentence that holds `token`. */
function sentenceWords(tokens: TokenizedText, token: number, sentence: number): Set<string> {
  let first = token;
  while (first > 0 && tokens.sentences[first - 1] === sentence) first -= 1;
  const words = new Set<string>();
  for (let index = first; index < tokens.count && tokens.sentences[index] === sentence; index += 1) words.add(readListedWord(tokens, index));
  return words;
}
