import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import { SENDER_REMOVED_MASK } from './collectEvidence.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';
import { holdsAny, maskConcepts, type ConceptMask } from './conceptMask.ts';
import { RIGHT_LABELS, type RightLabel } from '../rights/rightLabel.ts';
import { REQUEST_CONCEPTS } from './requestConcept.ts';
import { readListedWord, spanEvidence } from './replyWords.ts';
import type { TokenizedText } from './tokenizeText.ts';
import { WORD_CLASSES } from './wordClasses.ts';

/** More words than "Stop, thank you" name something else. */
const MAX_OWN_WORDS = 3;
const STOP_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.bareUnsubscribe?.split('|'));
const COURTESY_WORDS: ReadonlySet<string> = new Set(WORD_CLASSES.bareCourtesy?.split('|'));
const { concept: CONCEPT, footer: FOOTER, informational: INFORMATIONAL, right: RIGHT } = CUE_KIND_CODES;
const UNSUBSCRIBE = RIGHT_LABELS.indexOf('unsubscribe');
const MAILING_CONCEPTS: ReadonlySet<number> = new Set([REQUEST_CONCEPTS.indexOf('mailingList'), REQUEST_CONCEPTS.indexOf('marketing')]);

/**
 * A bare "STOP" or "afmelden" typed above one of our mailings: the unsubscribe a reply to it asks, when
 * the sender's own words are no more than that (a courtesy aside) and the reply's subject or the quoted
 * mail is a mailing (names a newsletter or marketing, or carries a newsletter footer). Reads at most
 * `MAX_OWN_WORDS` own words past the quoted ones, and the matches once.
 */
export function bareUnsubscribeEvidence(
  bodyText: string,
  tokens: TokenizedText,
  active: Uint8Array,
  bodyMatches: readonly CueMatch[],
  subjectMatches: readonly CueMatch[],
  cues: CompiledCues,
): WeighedEvidence | undefined {
  let stopWord = -1;
  let ownWords = 0;
  for (let token = 0; token < tokens.count; token += 1) {
    if (active[token] !== 1) continue;
    // The sender's name on a line of its own below the stop word ("Remove.", then "Jack") signs it and asks nothing.
    if (stopWord >= 0 && isNameLine(bodyText, tokens, active, token, stopWord)) break;
    ownWords += 1;
    if (ownWords > MAX_OWN_WORDS) return undefined;
    const word = readBareWord(tokens, token);
    if (word === STOP) stopWord = token;
    else if (word === OTHER) return undefined;
  }
  if (stopWord < 0) return undefined;
  if (!repliesToMailing(subjectMatches, bodyMatches, active, cues)) return undefined;
  return spanEvidence(bodyText, tokens, stopWord, stopWord, 'unsubscribe');
}

/**
 * A mail whose subject is the whole request: "ABMELDEN", "Stop please" over an empty body, or a body that
 * only says it again. Not a reply (a reply's subject is the old thread's) and not an automatic one: the
 * caller checks both. The subject holds one stop word among at most `MAX_OWN_WORDS` words, the rest
 * courtesies; the sender's own body words are stop words and courtesies alone. "Afmelden" over "afmelden
 * voor de training" is not this: the body names what to leave. Reads each word once.
 */
export function bareSubjectUnsubscribe(subject: string, subjectTokens: TokenizedText, bodyTokens: TokenizedText, active: Uint8Array): WeighedEvidence | undefined {
  if (subjectTokens.count > MAX_OWN_WORDS) return undefined;
  let stopWord = -1;
  for (let token = 0; token < subjectTokens.count; token += 1) {
    const word = readBareWord(subjectTokens, token);
    if (word === STOP) stopWord = token;
    else if (word === OTHER) return undefined;
  }
  if (stopWord < 0) return undefined;
  let ownWords = 0;
  for (let token = 0; token < bodyTokens.count; token += 1) {
    if (active[token] !== 1) continue;
    ownWords += 1;
    if (ownWords > MAX_OWN_WORDS || readBareWord(bodyTokens, token) === OTHER) return undefined;
  }
  return spanEvidence(subject, subjectTokens, stopWord, stopWord, 'unsubscribe', 'subject');
}

/**
 * A new mail whose subject only names one of our mailings ("Nieuwsbrief", "Your newsletter") and whose body is a bare "stop": the
 * subject says what to stop, as the mailing quoted below a reply does (`bareUnsubscribeEvidence`).
 */
export function bareStopUnderMailingSubject(
  bodyText: string,
  subjectTokens: TokenizedText,
  bodyTokens: TokenizedText,
  active: Uint8Array,
  bodyMatches: readonly CueMatch[],
  subjectMatches: readonly CueMatch[],
  cues: CompiledCues,
): WeighedEvidence | undefined {
  if (subjectTokens.count > MAX_OWN_WORDS || !isMailing(subjectMatches, undefined, cues)) return undefined;
  return bareUnsubscribeEvidence(bodyText, bodyTokens, active, bodyMatches, subjectMatches, cues);
}

/** What a removal may take besides the sender on a mailing: data, a photo, an account, a system. */
const MORE_THAN_MAILING_MASK = maskConcepts(['myData', 'everything', 'theirData', 'myContactDetail', 'recording', 'ourSystems', 'itObject', 'adminTask']);

/**
 * What a reply to one of our mailings asks beside or instead of the rights its own words name, when more
 * than a bare "STOP" (`bareUnsubscribeEvidence`): "Remove me please" names the sender and nothing else to
 * remove (no data, photo, account or system), so the erasure the rules read is the unsubscribe, on the same
 * words; a sentence that is only "Abmelden." or "STOP." leaves the mailing beside what else the reply asks
 * ("Abmelden. Und löschen Sie bitte alle meine Daten."). Undefined when neither, or the reply answers no
 * mailing. Reads the own words and the matches once.
 */
export function unsubscribeInReplyToMailing(
  decided: readonly RightLabel[],
  items: readonly WeighedEvidence[],
  ownConcepts: ConceptMask,
  bodyText: string,
  tokens: TokenizedText,
  active: Uint8Array,
  bodyMatches: readonly CueMatch[],
  subjectMatches: readonly CueMatch[],
  cues: CompiledCues,
): WeighedEvidence[] | undefined {
  const removesOnlySender =
    decided.length === 1 && decided[0] === 'erasure' && holdsAny(ownConcepts, SENDER_REMOVED_MASK) && !holdsAny(ownConcepts, MORE_THAN_MAILING_MASK);
  const bareSentence = removesOnlySender || decided.includes('unsubscribe') ? -1 : bareStopSentence(tokens, active);
  if (!removesOnlySender && bareSentence < 0) return undefined;
  if (!repliesToMailing(subjectMatches, bodyMatches, active, cues)) return undefined;
  if (removesOnlySender) return items.filter((item) => item.evidence.right === 'erasure').map((item) => ({ ...item, evidence: { ...item.evidence, right: 'unsubscribe' } }));
  const bare = spanEvidence(bodyText, tokens, bareSentence, bareSentence, 'unsubscribe');
  // The lexicon may read the word as a topic already ("Abmelden" alone): one piece of evidence for it.
  return [...items.filter(({ evidence }) => evidence.right !== 'unsubscribe' || evidence.field !== 'body' || evidence.start !== bare.evidence.start), bare];
}

/** Kinds of an own word of a reply: a stop word, a courtesy, anything else. */
const STOP = 0;
const COURTESY = 1;
const OTHER = 2;

/** Most words a name line holds: "Jack", "Jan de Vries". */
const MAX_NAME_WORDS = 3;

/**
 * Whether `token` opens the last line of the sender's own words, below the stop word's line, holding only a name: at most
 * `MAX_NAME_WORDS` words, the first capitalised.
 */
function isNameLine(bodyText: string, tokens: TokenizedText, active: Uint8Array, token: number, stopWord: number): boolean {
  const line = tokens.lines[token] ?? -1;
  if (line <= (tokens.lines[stopWord] ?? -1)) return false;
  const first = bodyText.charCodeAt(tokens.starts[token] ?? 0);
  if (!(first >= 0x41 && first <= 0x5a)) return false;
  let words = 0;
  for (let next = token; next < tokens.count; next += 1) {
    if (active[next] !== 1) continue;
    if ((tokens.lines[next] ?? -1) !== line || ++words > MAX_NAME_WORDS) return false;
  }
  return true;
}

/** Which kind of word the token is, read from the folded text. */
function readBareWord(tokens: TokenizedText, token: number): number {
  const word = readListedWord(tokens, token);
  return STOP_WORDS.has(word) ? STOP : COURTESY_WORDS.has(word) ? COURTESY : OTHER;
}

/**
 * The stop word of the first sentence of the sender's own words that holds no more than a stop word and
 * courtesies; -1 when none does. Each own word is read once, and a sentence no further than `MAX_OWN_WORDS`.
 */
function bareStopSentence(tokens: TokenizedText, active: Uint8Array): number {
  let sentence = -1;
  let words = 0;
  let stopWord = -1;
  let isBare = false;
  for (let token = 0; token < tokens.count; token += 1) {
    if (active[token] !== 1) continue;
    const tokenSentence = tokens.sentences[token] ?? -1;
    if (tokenSentence !== sentence) {
      if (isBare && stopWord >= 0) return stopWord;
      sentence = tokenSentence;
      words = 0;
      stopWord = -1;
      isBare = true;
    }
    if (!isBare) continue;
    words += 1;
    const word = words > MAX_OWN_WORDS ? OTHER : readBareWord(tokens, token);
    if (word === STOP) stopWord = token;
    else if (word === OTHER) isBare = false;
  }
  return isBare ? stopWord : -1;
}

/** Whether the reply answers a mailing: its subject, or the body outside the sender's own words, is one (`isMailing`). */
function repliesToMailing(subjectMatches: readonly CueMatch[], bodyMatches: readonly CueMatch[], active: Uint8Array, cues: CompiledCues): boolean {
  return isMailing(subjectMatches, undefined, cues) || isMailing(bodyMatches, active, cues);
}

/**
 * Whether a field, outside the sender's own words (`active`), is a mailing: it names a newsletter or
 * marketing, says it is one (a newsletter, a webinar), offers to unsubscribe or carries a newsletter footer.
 */
function isMailing(matches: readonly CueMatch[], active: Uint8Array | undefined, cues: CompiledCues): boolean {
  const { ruleKinds, ruleConcepts, ruleRights } = cues;
  for (const match of matches) {
    const kind = ruleKinds[match.rule];
    if (kind === FOOTER) return true;
    if (active !== undefined && active[match.first] === 1) continue;
    if (kind === INFORMATIONAL || (kind === RIGHT && ruleRights[match.rule] === UNSUBSCRIBE)) return true;
    if (kind === CONCEPT && MAILING_CONCEPTS.has(ruleConcepts[match.rule] ?? -1)) return true;
  }
  return false;
}
