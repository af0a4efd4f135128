import type { Classification } from '../classification.ts';
import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

/** What the verdict weighs for one mail: the rules' verdict and what the n-gram models read. */
export interface VerdictFacts {
  rulesFindRequest: boolean;
  /** The rules' confidence in their own verdict. */
  rulesConfidence: number;
  /** The rules doubt their own verdict (`needsReview`). */
  rulesDoubt: boolean;
  /** The request model's probability. */
  requestProbability: number;
  /** The highest probability any right model gives. */
  strongestRightProbability: number;
}

/** The facts known before any right model is read. */
export type FactsWithoutRights = Omit<VerdictFacts, 'strongestRightProbability'>;

/**
 * The rules' side of the facts and the request model's probability: one mapping for classifying and
 * for training.
 *
 * @example
 * describeRulesVerdict(rules, 0.8).rulesFindRequest // rules.isPrivacyRequest
 */
export function describeRulesVerdict(rules: Pick<Classification, 'isPrivacyRequest' | 'confidence' | 'needsReview'>, requestProbability: number): FactsWithoutRights {
  return { rulesFindRequest: rules.isPrivacyRequest, rulesConfidence: rules.confidence, rulesDoubt: rules.needsReview, requestProbability };
}

/**
 * The facts completed with the highest of the right models' probabilities.
 *
 * @example
 * withStrongestRight(facts, { access: 0.2, erasure: 0.7 }).strongestRightProbability // 0.7
 */
export function withStrongestRight(facts: FactsWithoutRights, rightProbabilities: Readonly<Record<string, number>>): VerdictFacts {
  // A loop, not Math.max over a spread of Object.values: that built two arrays each time.
  let strongestRightProbability = -Infinity;
  for (const right in rightProbabilities) strongestRightProbability = Math.max(strongestRightProbability, rightProbabilities[right] ?? -Infinity);
  return { ...facts, strongestRightProbability };
}

/** The verdict model's inputs, by the names its weights carry in `requestModel.json`. */
export type VerdictFeature =
  | 'rulesFindRequest'
  | 'rulesConfidenceInRequest'
  | 'rulesDoubt'
  | 'requestLogit'
  | 'strongestRightLogit';

/** A probability this close to 0 or 1 counts as this close: the logit of 0 is infinite. */
const PROBABILITY_FLOOR = 1e-6;

/**
 * The strongest right probability counts only between this and 1 minus this. So it can move the
 * verdict at most a known amount, and most mails get their verdict without running the nine right
 * models; on the corpus these bounds did as well as 0.001 (model README).
 */
export const STRONGEST_RIGHT_FLOOR = 0.05;

function logit(probability: number, floor: number): number {
  const bounded = Math.min(Math.max(probability, floor), 1 - floor);
  return Math.log(bounded / (1 - bounded));
}

/** The inputs in a fixed order, so weights and values line up without a lookup by name per mail. */
export const VERDICT_FEATURES: readonly VerdictFeature[] = ['rulesFindRequest', 'rulesConfidenceInRequest', 'rulesDoubt', 'requestLogit', 'strongestRightLogit'];

/** Writes the verdict model's input values, in `VERDICT_FEATURES` order, into `values`: no object per mail. */
function writeVerdictValues(facts: FactsWithoutRights, strongestRightProbability: number, values: Float64Array): void {
  const rulesFindRequest = facts.rulesFindRequest ? 1 : 0;
  values[0] = rulesFindRequest;
  values[1] = rulesFindRequest * facts.rulesConfidence;
  values[2] = facts.rulesDoubt ? 1 : 0;
  values[3] = logit(facts.requestProbability, PROBABILITY_FLOOR);
  values[4] = logit(strongestRightProbability, STRONGEST_RIGHT_FLOOR);
}

/**
 * The verdict model's input values for the facts of one mail.
 *
 * @example
 * describeVerdictFacts({ rulesFindRequest: true, rulesConfidence: 0.9, rulesDoubt: false, requestProbability: 0.5, strongestRightProbability: 0.5 }).requestLogit // 0
 */
export function describeVerdictFacts(facts: VerdictFacts): Record<VerdictFeature, number> {
  const values = new Float64Array(VERDICT_FEATURES.length);
  writeVerdictValues(facts, facts.strongestRightProbability, values);
  return Object.fromEntries(VERDICT_FEATURES.map((feature, index) => [feature, values[index] as number])) as Record<VerdictFeature, number>;
}

const weightVectors = new WeakMap<LogisticModel, Float64Array>();

function weightVector(verdict: LogisticModel): Float64Array {
  let weights = weightVectors.get(verdict);
  if (weights === undefined) {
    weights = Float64Array.from(VERDICT_FEATURES, (feature) => verdict.weights[feature] ?? 0);
    weightVectors.set(verdict, weights);
  }
  return weights;
}

/** The values of the mail being weighed, reused from mail to mail. */
const verdictValues = new Float64Array(VERDICT_FEATURES.length);

/** The verdict model's weighed sum, feature by feature in `VERDICT_FEATURES` order, as training fitted it. */
function weighedSum(verdict: LogisticModel, facts: FactsWithoutRights, strongestRightProbability: number): number {
  writeVerdictValues(facts, strongestRightProbability, verdictValues);
  const weights = weightVector(verdict);
  let sum = verdict.bias;
  for (let index = 0; index < verdictValues.length; index += 1) sum += (weights[index] as number) * (verdictValues[index] as number);
  return sum;
}

/**
 * The probability that a mail is a request, from the verdict model's weights and the facts.
 *
 * @example
 * weighVerdict({ bias: -1, weights: { rulesFindRequest: 3 } }, facts) // sigmoid(2) when the rules find a request
 */
export function weighVerdict(verdict: LogisticModel, facts: VerdictFacts): number {
  return sigmoid(weighedSum(verdict, facts, facts.strongestRightProbability));
}

const STRONGEST_RIGHT_LOGIT = VERDICT_FEATURES.indexOf('strongestRightLogit');

/** How far the strongest right's logit reaches either way from its value at probability 0.5, which is 0. */
const STRONGEST_RIGHT_REACH = Math.log((1 - STRONGEST_RIGHT_FLOOR) / STRONGEST_RIGHT_FLOOR);

/**
 * The lowest and highest verdict probability the facts allow whatever the right models say: when
 * both fall on one side of the threshold, the verdict needs no right model.
 *
 * @example
 * const [low, high] = verdictRange(verdict, factsWithoutRights);
 */
export function verdictRange(verdict: LogisticModel, facts: FactsWithoutRights): [number, number] {
  const middle = weighedSum(verdict, facts, 0.5);
  const reach = Math.abs(weightVector(verdict)[STRONGEST_RIGHT_LOGIT] ?? 0) * STRONGEST_RIGHT_REACH;
  return [sigmoid(middle - reach), sigmoid(middle + reach)];
}
