import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { REQUEST_CONCEPTS } from './requestConcept.ts';
import type { TokenizedText } from './tokenizeText.ts';
import { WORD_CLASSES } from './wordClasses.ts';

/** More words than "Stop, thank you" name something else. */
const MAX_OWN_WORDS = 3;
const MAX_WORD_LENGTH = 16;
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
    ownWords += 1;
    if (ownWords > MAX_OWN_WORDS) return undefined;
    const start = tokens.starts[token] ?? 0;
    const end = tokens.ends[token] ?? start;
    // A word longer than any listed one is none of them (and a hostile one is not spread into arguments).
    if (end - start > MAX_WORD_LENGTH) return undefined;
    const word = String.fromCharCode(...tokens.folded.subarray(start, end));
    if (STOP_WORDS.has(word)) stopWord = token;
    else if (!COURTESY_WORDS.has(word)) return undefined;
  }
  if (stopWord < 0) return undefined;
  if (!isMailing(subjectMatches, undefined, cues) && !isMailing(bodyMatches, active, cues)) return undefined;
  const wordStart = tokens.starts[stopWord] ?? 0;
  const wordEnd = tokens.ends[stopWord] ?? wordStart;
  return {
    evidence: { right: 'unsubscribe', field: 'body', start: wordStart, end: wordEnd, text: bodyText.slice(wordStart, wordEnd) },
    weight: 1,
    isRecalled: false,
    isTopic: false,
  };
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
