import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { Classification, Evidence } from '../classification.ts';
import { scoreConfidence } from '../scoreConfidence.ts';
import { extractModelFeatures } from './extractModelFeatures.ts';
import { locateModelEvidence } from './locateModelEvidence.ts';
import type { LogisticModel, RequestModel } from './requestModel.ts';
import { scoreLogisticModel } from './scoreLogisticModel.ts';
import { readModelProbability } from './scoreModelProbability.ts';
import type { NgramContribution } from './scoreLogisticModel.ts';

/**
 * Request probability above which the model turns a "no request" of the rules into a request for
 * review; above 1 the model finds none. Chosen on fresh emails nobody had tuned on (figures in the
 * model README): there the model finds far more of what the rules miss than it wrongly flags.
 */
export const REQUEST_MODEL_THRESHOLD = 0.6;

/**
 * Request probability below which the model sets a rule "request" aside for review: the rules saw a
 * request phrase, but the mail as a whole reads like a newsletter, an internal note or an admin task.
 * 0 = never. Chosen with `REQUEST_MODEL_THRESHOLD` on the same fresh emails (model README).
 */
export const REQUEST_MODEL_SET_ASIDE = 0.1;

/** When the model overrules the rules; see `REQUEST_MODEL_THRESHOLD` and `REQUEST_MODEL_SET_ASIDE`. */
export interface RequestModelLimits {
  /** A rule "no" becomes a request above this probability; above 1, never. */
  findAbove: number;
  /** A rule "request" is set aside below this probability; 0, never. */
  setAsideBelow: number;
  /** Below this share of words the model knows, it has no say (`MIN_KNOWN_WORD_SHARE`). */
  minKnownWordShare: number;
}

/** The text the rules read. */
export interface RulesReading {
  subject: string;
  /** The converted body, as far as the rules examined it. */
  bodyText: string;
}

/**
 * A mail shorter than this (words the model reads) gives the model too little to go on: its
 * probability then rests on a handful of n-grams, so it overrules the rules only when it is as sure
 * as `SHORT_MAIL_LIMITS` demand. Chosen with the unit look-alikes and the fresh emails (model README).
 */
export const MIN_WORDS_FOR_MODEL_SAY = 25;

/**
 * The model was trained on Dutch, English, German and French mail: where it knows fewer than this
 * share of the words (another language, code, a table of figures), its probability means little and
 * the rules' word stands. In the corpus 1 in 100 mails is below 0.64; a Spanish access letter is at 0.40.
 */
export const MIN_KNOWN_WORD_SHARE = 0.5;

/**
 * The model's say on a short mail: only its surest "request" counts, and it sets nothing aside. Its
 * bias is learnt on whole mails, so a one-line request ("I exercise my right to be forgotten.") can
 * score below 0.01 with nothing in it against a request.
 */
export const SHORT_MAIL_LIMITS: Omit<RequestModelLimits, 'minKnownWordShare'> = { findAbove: 0.98, setAsideBelow: 0 };

function strictest(limits: RequestModelLimits, shortMail: typeof SHORT_MAIL_LIMITS): RequestModelLimits {
  return { ...limits, findAbove: Math.max(limits.findAbove, shortMail.findAbove), setAsideBelow: Math.min(limits.setAsideBelow, shortMail.setAsideBelow) };
}

/** A right is named when its own model says more likely than not. */
const RIGHT_PROBABILITY = 0.5;
/** Evidence n-grams shown per right: enough to see why, few enough to read. */
const EVIDENCE_PER_RIGHT = 3;
/** Short single words ("me", "3", "A") carry weight in the model but explain nothing to a reader. */
const MIN_EVIDENCE_WORD_LENGTH = 4;

function pickEvidenceNgrams(topNgrams: readonly NgramContribution[]): string[] {
  return topNgrams
    .map(({ ngram }) => ngram)
    .filter((ngram) => ngram.includes(' ') || ngram.length >= MIN_EVIDENCE_WORD_LENGTH)
    .slice(0, EVIDENCE_PER_RIGHT);
}

function pickRights(probabilities: Record<RightLabel, number>): RightLabel[] {
  const likely = RIGHT_LABELS.filter((right) => probabilities[right] > RIGHT_PROBABILITY);
  if (likely.length > 0) return likely;
  const best = RIGHT_LABELS.reduce((a, b) => (probabilities[b] > probabilities[a] ? b : a));
  return [best];
}

/**
 * Gives the request model its say on what the rules decided. A "no" without doubt (no privacy phrase
 * the rules cancelled or set aside) becomes a request that needs review when the request probability
 * exceeds `limits.findAbove`, with the rights the right models find likely and the n-grams that
 * argued for them as evidence. A rule "request" the model finds very unlikely (below
 * `limits.setAsideBelow`), unless it reports a breach, becomes a "no" that needs review, its rule
 * evidence kept so staff see what was found. A mail of fewer than `MIN_WORDS_FOR_MODEL_SAY` words is
 * held to `SHORT_MAIL_LIMITS`; one in which the model knows less than `limits.minKnownWordShare` of
 * the words is left to the rules. Otherwise the rules' result is returned unchanged. Call it only for
 * mails that are not automatic replies.
 *
 * @example
 * weighWithRequestModel(rulesResult, { subject, bodyText }, SHIPPED_REQUEST_MODEL, { findAbove: 0.9, setAsideBelow: 0.005, minKnownWordShare: 0.5 }).needsReview
 */
export function weighWithRequestModel(rules: Classification, reading: RulesReading, model: RequestModel, mailLimits: RequestModelLimits): Classification {
  const { subject, bodyText } = reading;
  // A missed breach report costs the 72-hour notification deadline: the rules' word stands.
  if (rules.isPrivacyRequest && (mailLimits.setAsideBelow <= 0 || rules.rights.includes('breach_report'))) return rules;
  // A "no" the rules doubt (needsReview) came from phrases they saw and cancelled, as negated or
  // informational: the model must not overrule what the rules read closer than it can.
  if (!rules.isPrivacyRequest && (rules.needsReview || mailLimits.findAbove > 1)) return rules;
  // Most mails stop after this first look, which builds no n-grams and no list of the strongest ones.
  const { probability, words, knownWords } = readModelProbability(subject, bodyText, model.request);
  if (knownWords < words * mailLimits.minKnownWordShare) return rules;
  const limits = words < MIN_WORDS_FOR_MODEL_SAY ? strictest(mailLimits, SHORT_MAIL_LIMITS) : mailLimits;
  if (rules.isPrivacyRequest) {
    if (!(probability < limits.setAsideBelow)) return rules;
    const doubtedNo = scoreConfidence({ isPrivacyRequest: false, strongest: 0, cancelled: 0, setAside: true, isSubjectOnly: false });
    return { ...rules, ...doubtedNo, isPrivacyRequest: false, rights: [], isSetAsideByModel: true };
  }
  if (!(probability > limits.findAbove)) return rules;
  // The right models are consulted only for a request: most mails stop at the line above. Their
  // probabilities come from the fast scorer; n-grams are built only to show the chosen rights' words.
  const rightProbabilities = Object.fromEntries(
    RIGHT_LABELS.map((right) => [right, readModelProbability(subject, bodyText, model.rights[right]).probability]),
  ) as Record<RightLabel, number>;
  const rights = pickRights(rightProbabilities);
  const { ngrams, tokens } = extractModelFeatures(subject, bodyText);
  const strongestWords = (weights: LogisticModel): string[] => pickEvidenceNgrams(scoreLogisticModel(ngrams, weights).topNgrams);
  const evidence: Evidence[] = rights.flatMap((right) => locateModelEvidence(strongestWords(model.rights[right]), right, tokens, subject, bodyText));
  const [firstRight] = rights as [RightLabel];
  return {
    ...rules,
    isPrivacyRequest: true,
    rights,
    confidence: probability,
    needsReview: true,
    isModelDecision: true,
    evidence: evidence.length > 0 ? evidence : locateModelEvidence(strongestWords(model.request), firstRight, tokens, subject, bodyText),
  };
}
