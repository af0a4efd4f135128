import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { LogisticModel, RequestModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

/** An n-gram present in the email and the weight it added to a model's score. */
export interface NgramContribution {
  ngram: string;
  weight: number;
}

export interface LogisticScore {
  probability: number;
  /** The present n-grams that pushed hardest towards "yes", strongest first (at most `TOP_NGRAMS`). */
  topNgrams: NgramContribution[];
}

export interface RequestModelScore {
  request: LogisticScore;
  rights: Record<RightLabel, LogisticScore>;
}

/** Enough for a caller to skip uninformative ones and still have a few to show. */
const TOP_NGRAMS = 10;

interface CompiledLogistic {
  bias: number;
  /** A Map, not the JSON object: n-grams such as "constructor" must not reach object prototypes. */
  weights: ReadonlyMap<string, number>;
}

const compiledModels = new WeakMap<LogisticModel, CompiledLogistic>();

function compile(model: LogisticModel): CompiledLogistic {
  let compiled = compiledModels.get(model);
  if (compiled === undefined) {
    compiled = { bias: model.bias, weights: new Map(Object.entries(model.weights)) };
    compiledModels.set(model, compiled);
  }
  return compiled;
}

function scoreLogistic(ngrams: ReadonlySet<string>, model: LogisticModel): LogisticScore {
  const { bias, weights } = compile(model);
  let sum = bias;
  const positive: NgramContribution[] = [];
  for (const ngram of ngrams) {
    const weight = weights.get(ngram);
    if (weight === undefined) continue;
    sum += weight;
    if (weight > 0) positive.push({ ngram, weight });
  }
  positive.sort((a, b) => b.weight - a.weight);
  return { probability: sigmoid(sum), topNgrams: positive.slice(0, TOP_NGRAMS) };
}

/**
 * Scores an email's n-grams (`extractModelFeatures`) with the request model and every right model:
 * the probability of each, and the n-grams that argued most for it. One Map lookup per n-gram and model.
 *
 * @example
 * const score = scoreRequestModel(extractModelFeatures(subject, bodyText).ngrams, SHIPPED_REQUEST_MODEL);
 * score.request.probability // 0..1
 */
export function scoreRequestModel(ngrams: ReadonlySet<string>, model: RequestModel): RequestModelScore {
  return {
    request: scoreLogistic(ngrams, model.request),
    rights: Object.fromEntries(RIGHT_LABELS.map((right) => [right, scoreLogistic(ngrams, model.rights[right])])) as Record<
      RightLabel,
      LogisticScore
    >,
  };
}
