import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { Classification, Evidence } from '../classification.ts';
import { extractModelFeatures } from './extractModelFeatures.ts';
import { locateModelEvidence } from './locateModelEvidence.ts';
import type { RequestModel } from './requestModel.ts';
import { scoreLogisticModel } from './scoreLogisticModel.ts';
import { scoreModelProbability } from './scoreModelProbability.ts';
import type { LogisticScore, NgramContribution } from './scoreLogisticModel.ts';

/**
 * Request probability above which the model turns a "no request" of the rules into a request for
 * review; above 1 the model is off. Chosen with `npm run eval` (project corpus 5-fold
 * cross-validated, public corpus with the shipped model): 0.98 raised detection recall and kept
 * precision on both corpora above 0.97 with a margin; 0.9 fell below it and 0.95 only just stayed
 * above it (figures in the model README).
 */
export const REQUEST_MODEL_THRESHOLD = 0.98;

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

function pickRights(scores: Record<RightLabel, LogisticScore>): RightLabel[] {
  const likely = RIGHT_LABELS.filter((right) => scores[right].probability > RIGHT_PROBABILITY);
  if (likely.length > 0) return likely;
  const best = RIGHT_LABELS.reduce((a, b) => (scores[b].probability > scores[a].probability ? b : a));
  return [best];
}

/**
 * Gives the request model its say on an email the rules found no request in, with no privacy phrase
 * they cancelled or set aside: when its request
 * probability exceeds `threshold`, the email becomes a request that needs review, with the rights the
 * right models find likely and the n-grams that argued for them as evidence. Otherwise the rules'
 * result is returned unchanged. Call it only for mails that are not automatic replies.
 *
 * @example
 * rescueWithRequestModel(rulesResult, subject, bodyText, SHIPPED_REQUEST_MODEL, 0.9).needsReview
 */
export function rescueWithRequestModel(
  rules: Classification,
  subject: string,
  bodyText: string,
  model: RequestModel,
  threshold: number,
): Classification {
  // A "no" the rules doubt (needsReview) came from phrases they saw and cancelled, as negated or
  // informational: the model reads no negation, so it must not overrule that.
  if (rules.isPrivacyRequest || rules.needsReview || threshold > 1) return rules;
  // Most mails stop here, so the first look builds no n-grams and no list of the strongest ones.
  if (!(scoreModelProbability(subject, bodyText, model.request) > threshold)) return rules;
  const { ngrams, tokens } = extractModelFeatures(subject, bodyText);
  const request = scoreLogisticModel(ngrams, model.request);
  // The right models are consulted only for a request: most mails stop at the line above.
  const rightScores = Object.fromEntries(RIGHT_LABELS.map((right) => [right, scoreLogisticModel(ngrams, model.rights[right])])) as Record<
    RightLabel,
    LogisticScore
  >;
  const rights = pickRights(rightScores);
  const evidence: Evidence[] = rights.flatMap((right) =>
    locateModelEvidence(pickEvidenceNgrams(rightScores[right].topNgrams), right, tokens, subject, bodyText),
  );
  const [firstRight] = rights as [RightLabel];
  return {
    ...rules,
    isPrivacyRequest: true,
    rights,
    confidence: request.probability,
    needsReview: true,
    isModelDecision: true,
    evidence:
      evidence.length > 0
        ? evidence
        : locateModelEvidence(pickEvidenceNgrams(request.topNgrams), firstRight, tokens, subject, bodyText),
  };
}
