import type { DetectedLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { Evidence } from './classification.ts';
import type { CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import { combineConcepts } from './combineConcepts.ts';
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
const SILENT_CONCEPTS: ReadonlySet<RequestConcept> = new Set<RequestConcept>(['me', 'notifyMe', 'direct']);

interface KeptPhrase {
  first: number;
  last: number;
  right: RightLabel;
  overrides: readonly RightLabel[];
  weight: number;
  isTopic: boolean;
}

/** One piece of evidence with what the decision needs to know about it. */
export interface WeighedEvidence {
  evidence: Evidence;
  weight: number;
  /** It sits in a sentence recalling an earlier request. */
  isRecalled: boolean;
  /** It names a topic rather than asking (see `CueRule.topic`). */
  isTopic: boolean;
}

/** What one field (subject or body) says: the evidence that stands, and how many right phrases were cancelled. */
export interface FieldEvidence {
  items: WeighedEvidence[];
  /** Right phrases in the sender's own words that a negation or supposition cancelled. */
  cancelled: number;
  /** Ingredients and cues found in the sender's own words, for decisions about the whole mail. */
  concepts: ReadonlySet<RequestConcept>;
  /** How many cues say the mail is about privacy in general (training, policy, advice). */
  informationalCues: number;
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
  const negatedClauses = new Set<number>();
  const concepts = new Set<RequestConcept>();
  let informationalCues = 0;
  const hypotheticalSentences = new Set<number>();
  const recallingSentences = new Set<number>();
  for (const match of matches) {
    const kind = cues.rules[match.rule]?.kind;
    if (kind === 'negation') negatedClauses.add(tokens.clauses[match.first] ?? -1);
    else if (kind === 'hypothetical') hypotheticalSentences.add(tokens.sentences[match.first] ?? -1);
    else if (kind === 'earlierRequest') recallingSentences.add(tokens.sentences[match.first] ?? -1);
    else if (kind === 'informational' && (active === undefined || active[match.first] === 1)) informationalCues += 1;
  }
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
    const isNegatedHere = canBeNegated && !rulesWithOwnNegation.has(match.rule) && isNegated(tokens, match, negatedClauses);
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
      right: rule.right as RightLabel,
      overrides: rule.overrides === undefined ? [] : [rule.overrides],
      weight: rule.weight ?? 1,
      isTopic: rule.topic === true,
    });
  }
  for (const combined of combineConcepts(conceptsBySentence, RIGHT_COMBINATIONS)) {
    for (const ingredient of combined.ingredients) {
      if (SILENT_CONCEPTS.has(cues.rules[ingredient.rule]?.concept as RequestConcept)) continue;
      // A request for someone else's data is a topic too: an adviser's question and a processor's task read alike.
      const isTopic = combined.ingredients.some((match) => cues.rules[match.rule]?.concept === 'theirData');
      kept.push({ first: ingredient.first, last: ingredient.last, right: combined.right, overrides: combined.overrides, weight: 1, isTopic });
    }
  }
  const overridden = new Set<string>();
  for (const [sentence, sentenceConcepts] of conceptsBySentence) {
    for (const suppression of RIGHT_SUPPRESSIONS) {
      if (sentenceConcepts.has(suppression.concept)) for (const right of suppression.rights) overridden.add(`${right}:${sentence}`);
    }
  }
  for (const item of kept) {
    const sentence = tokens.sentences[item.first] ?? -1;
    for (const right of item.overrides) overridden.add(`${right}:${sentence}`);
    for (const precedence of RIGHT_PRECEDENCE) if (precedence.right === item.right) overridden.add(`${precedence.over}:${sentence}`);
  }
  const result: FieldEvidence = { items: [], cancelled, concepts, informationalCues };
  const standing = kept.filter((item) => !overridden.has(`${item.right}:${tokens.sentences[item.first] ?? -1}`));
  standing.sort((left, right) => left.first - right.first || right.last - left.last);
  const lastOfRight = new Map<RightLabel, number>();
  for (const item of standing) {
    const start = tokens.starts[item.first] ?? 0;
    const end = tokens.ends[item.last] ?? start;
    const previousIndex = lastOfRight.get(item.right);
    const previous = previousIndex === undefined ? undefined : result.items[previousIndex];
    // Overlapping phrases for one right are one piece of evidence: the words a reader would mark.
    if (previous !== undefined && start < previous.evidence.end) {
      const mergedEnd = Math.max(previous.evidence.end, end);
      previous.evidence = { ...previous.evidence, end: mergedEnd, text: text.slice(previous.evidence.start, mergedEnd) };
      previous.weight = Math.max(previous.weight, item.weight);
      previous.isTopic = previous.isTopic && item.isTopic;
      continue;
    }
    lastOfRight.set(item.right, result.items.length);
    result.items.push({
      evidence: { right: item.right, field, start, end, text: text.slice(start, end) },
      weight: item.weight,
      isRecalled: recallingSentences.has(tokens.sentences[item.first] ?? -1),
      isTopic: item.isTopic,
    });
  }
  return result;
}

function isNegated(tokens: TokenizedText, match: CueMatch, negatedClauses: ReadonlySet<number>): boolean {
  const firstClause = tokens.clauses[match.first] ?? 0;
  const lastClause = tokens.clauses[match.last] ?? firstClause;
  for (let clause = firstClause; clause <= lastClause; clause += 1) {
    if (negatedClauses.has(clause)) return true;
  }
  return false;
}
