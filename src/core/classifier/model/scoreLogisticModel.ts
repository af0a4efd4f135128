import type { LogisticModel } from './requestModel.ts';
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

/**
 * Scores an email's n-grams with one logistic model: the probability, and the present n-grams that
 * argued most for "yes". One Map lookup per n-gram.
 *
 * @example
 * scoreLogisticModel(new Set(['inzage']), { bias: 0, weights: { inzage: 2 } }).probability // ≈ 0.88
 */
export function scoreLogisticModel(ngrams: ReadonlySet<string>, model: LogisticModel): LogisticScore {
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

