import type { DetectedLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import { combineConcepts } from './combineConcepts.ts';
import { findScopes, isNegated } from './findScopes.ts';
import { mergeEvidence, type KeptPhrase, type WeighedEvidence } from './mergeEvidence.ts';
import { ACTION_CONCEPTS, type RequestConcept } from './requestConcept.ts';
import { RIGHT_COMBINATIONS, RIGHT_PRECEDENCE, RIGHT_SUPPRESSIONS } from './rightCombinations.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** What every field is read with: the lexicon, its self-negating phrases and the mail's language. */
export interface EvidenceContext {
  cues: CompiledCues;
  rulesWithOwnNegation: ReadonlySet<number>;
  /** Phrases bound to one language (a word with another meaning elsewhere) count only in that language. */
  language: DetectedLanguage;
}

/** Ingredients that make a combination hold but are not words a reader would mark ("me", "directly"). */
const SILENT_CONCEPTS: ReadonlySet<RequestConcept> = new Set<RequestConcept>(['me', 'notifyMe', 'direct', 'theyAsked']);

/** What one field (subject or body) says: the evidence that stands, and how many right phrases were cancelled. */
export interface FieldEvidence {
  items: WeighedEvidence[];
  /** Right phrases in the sender's own words that a negation or supposition cancelled. */
  cancelled: number;
  /** Ingredients and cues found in the sender's own words, for decisions about the whole mail. */
  concepts: ReadonlySet<RequestConcept>;
  /** How many cues say the mail is about privacy in general (training, policy, advice). */
  informationalCues: number;
  /** The sender asks again for what he asked before ("I still want that copy"). */
  isRenewal: boolean;
}

/**
 * Keeps the right phrases a reader would act on: in the sender's own words (`active`), not negated in
 * their clause ("we do not delete ...") unless the phrase carries its own negation ("no longer
 * receive"), and not inside a supposition or a question about procedure ("if a customer asks ...").
 * A phrase that `overrides` a right removes that right's phrases from the same sentence.
 *
 * @example
 * collectEvidence('body', text, tokens, matches, active, context).items[0]?.evidence.right // 'erasure'
 */
export function collectEvidence(
  field: 'subject' | 'body',
  text: string,
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  active: Uint8Array | undefined,
  context: EvidenceContext,
): FieldEvidence {
  const { cues, rulesWithOwnNegation, language } = context;
  // Many subjects, and some bodies, hold no phrase at all: nothing to weigh.
  if (matches.length === 0) return { items: [], cancelled: 0, concepts: new Set(), informationalCues: 0, isRenewal: false };
  const scopes = findScopes(tokens, matches, cues, active);
  const { hypotheticalSentences, recallingSentences, informationalCues, isRenewal } = scopes;
  const concepts = new Set<RequestConcept>();
  const kept: KeptPhrase[] = [];
  const conceptsBySentence = new Map<number, Map<RequestConcept, CueMatch>>();
  let cancelled = 0;
  for (const match of matches) {
    const rule = cues.rules[match.rule];
    const isRight = rule?.kind === 'right' && rule.right !== undefined;
    const isConcept = rule?.kind === 'concept' && rule.concept !== undefined;
    if (rule === undefined || (!isRight && !isConcept)) continue;
    if (rule.language !== undefined && language !== 'und' && rule.language !== language) continue;
    if (active !== undefined && (active[match.first] !== 1 || active[match.last] !== 1)) continue;
    const sentence = tokens.sentences[match.first] ?? -1;
    // Threats read as conditions ("if I don't hear from you, I will complain to the AP") still name the complaint.
    const isComplaintCue = rule.right === 'complaint' || rule.concept === 'complain' || rule.concept === 'authority';
    const canBeNegated = !isComplaintCue && (isRight || ACTION_CONCEPTS.has(rule.concept as RequestConcept));
    const isNegatedHere = canBeNegated && !rulesWithOwnNegation.has(match.rule) && isNegated(tokens, match, scopes);
    if (hypotheticalSentences.has(sentence) || isNegatedHere) {
      if (isRight) cancelled += 1;
      continue;
    }
    if (isConcept) {
      concepts.add(rule.concept as RequestConcept);
      const sentenceConcepts = conceptsBySentence.get(sentence) ?? new Map<RequestConcept, CueMatch>();
      if (!sentenceConcepts.has(rule.concept as RequestConcept)) sentenceConcepts.set(rule.concept as RequestConcept, match);
      conceptsBySentence.set(sentence, sentenceConcepts);
      continue;
    }
    kept.push({
      first: match.first,
      last: match.last,
      sentence,
      right: rule.right as RightLabel,
      overrides: rule.overrides === undefined ? [] : [rule.overrides],
      weight: rule.weight ?? 1,
      isTopic: rule.topic === true,
    });
  }
  // Follow-ups matter only to ingredients, which most fields without a request do not have.
  const followUps = conceptsBySentence.size === 0 ? new Map<number, number>() : previousSentences(tokens);
  for (const combined of combineConcepts(conceptsBySentence, RIGHT_COMBINATIONS, followUps)) {
    for (const ingredient of combined.ingredients) {
      if (SILENT_CONCEPTS.has(cues.rules[ingredient.rule]?.concept as RequestConcept)) continue;
      // A request for someone else's data is a topic too: an adviser's question and a processor's task read alike.
      const isTopic = combined.ingredients.some((match) => cues.rules[match.rule]?.concept === 'theirData');
      kept.push({ first: ingredient.first, last: ingredient.last, sentence: combined.sentence, right: combined.right, overrides: combined.overrides, weight: 1, isTopic });
    }
  }
  const overridden = new Set<string>();
  for (const [sentence, sentenceConcepts] of conceptsBySentence) {
    const before = conceptsBySentence.get(followUps.get(sentence) ?? -1);
    for (const suppression of RIGHT_SUPPRESSIONS) {
      // A follow-up ("Please update it.") is read with the sentence it leans on.
      const leansOnBefore = !sentenceConcepts.has('myContactDetail') && !sentenceConcepts.has('myData');
      const isSuppressed = sentenceConcepts.has(suppression.concept) || (leansOnBefore && before?.has(suppression.concept) === true);
      if (isSuppressed) for (const right of suppression.rights) overridden.add(`${right}:${sentence}`);
    }
  }
  for (const item of kept) {
    for (const right of item.overrides) overridden.add(`${right}:${item.sentence}`);
    for (const precedence of RIGHT_PRECEDENCE) if (precedence.right === item.right) overridden.add(`${precedence.over}:${item.sentence}`);
  }
  return { items: mergeEvidence(field, text, tokens, kept, overridden, recallingSentences), cancelled, concepts, informationalCues, isRenewal };
}

/** A sentence this short can lean on the one before it ("Graag aanpassen.", "Please fix that."). */
const MAX_FOLLOW_UP_WORDS = 8;

/** The sentence before each short follow-up sentence, when both are in the same paragraph. */
function previousSentences(tokens: TokenizedText): Map<number, number> {
  // Sentence numbers rise from 0 through the text, so an array indexed by them counts the words.
  const wordCounts = new Int32Array((tokens.sentences[tokens.count - 1] ?? 0) + 1);
  for (let index = 0; index < tokens.count; index += 1) {
    const sentence = tokens.sentences[index] ?? 0;
    wordCounts[sentence] = (wordCounts[sentence] ?? 0) + 1;
  }
  const previous = new Map<number, number>();
  for (let index = 1; index < tokens.count; index += 1) {
    const sentence = tokens.sentences[index] ?? 0;
    const before = tokens.sentences[index - 1] ?? 0;
    const isFollowUp = (wordCounts[sentence] ?? 0) <= MAX_FOLLOW_UP_WORDS;
    if (sentence !== before && isFollowUp && tokens.paragraphs[index] === tokens.paragraphs[index - 1]) previous.set(sentence, before);
  }
  return previous;
}
