import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';
import { describeVerdictFacts, VERDICT_FEATURES } from './weighVerdict.ts';
import type { VerdictFacts } from './weighVerdict.ts';

/** One mail's facts, as read by n-gram models that never saw it, and whether it is a request. */
export interface VerdictExample {
  facts: VerdictFacts;
  isRequest: boolean;
}

/** Full-batch gradient descent on a handful of inputs: these settings converge on the corpus (model README). */
const LEARNING_RATE = 0.5;
const L2 = 1e-3;
const STEPS = 3_000;

/** With nothing to learn from, the verdict is the rules' own: probability ≈ 0 or ≈ 1 as they decide. */
const RULES_VERDICT: LogisticModel = { bias: -10, weights: { rulesFindRequest: 20 } };

/**
 * Fits the verdict model: logistic regression over `describeVerdictFacts`, by full-batch gradient
 * descent from zero, so the same examples give the same weights. No examples give the rules' verdict.
 *
 * @example
 * trainVerdictModel(examples).weights.rulesFindRequest // > 0 when the rules are mostly right
 */
export function trainVerdictModel(examples: readonly VerdictExample[]): LogisticModel {
  if (examples.length === 0) return RULES_VERDICT;
  const rows = examples.map(({ facts }) => {
    const values = describeVerdictFacts(facts);
    return VERDICT_FEATURES.map((feature) => values[feature]);
  });
  const weights = new Float64Array(VERDICT_FEATURES.length);
  let bias = 0;
  const gradient = new Float64Array(VERDICT_FEATURES.length);
  for (let step = 0; step < STEPS; step += 1) {
    gradient.fill(0);
    let biasGradient = 0;
    rows.forEach((values, index) => {
      let sum = bias;
      values.forEach((value, feature) => (sum += (weights[feature] as number) * value));
      const error = sigmoid(sum) - (examples[index]!.isRequest ? 1 : 0);
      biasGradient += error;
      values.forEach((value, feature) => (gradient[feature] = (gradient[feature] as number) + error * value));
    });
    for (let feature = 0; feature < weights.length; feature += 1) {
      weights[feature] = (weights[feature] as number) - LEARNING_RATE * ((gradient[feature] as number) / rows.length + L2 * (weights[feature] as number));
    }
    bias -= (LEARNING_RATE * biasGradient) / rows.length;
  }
  return { bias, weights: Object.fromEntries(VERDICT_FEATURES.map((name, feature) => [name, weights[feature] as number])) };
}
