import type { LogisticModel } from './requestModel.ts';

/** Weights are shipped with 4 decimals: finer steps change no decision and only grow the file. */
const WEIGHT_DECIMALS = 1e4;

/**
 * Keeps the `kept` n-grams with the largest |weight| (ties by n-gram, so the result is stable), rounded
 * to 4 decimals and listed strongest first. Weights that round to 0 are dropped.
 *
 * @example
 * pruneLogisticModel(-0.2, ['a', 'b', 'c'], Float64Array.of(0.5, -2, 0.1), 2)
 * // { bias: -0.2, weights: { b: -2, a: 0.5 } }
 */
export function pruneLogisticModel(
  bias: number,
  ngrams: readonly string[],
  weights: Float64Array,
  kept: number,
): LogisticModel {
  const ranked = ngrams
    .map((ngram, index) => ({ ngram, weight: Math.round((weights[index] ?? 0) * WEIGHT_DECIMALS) / WEIGHT_DECIMALS }))
    .filter(({ weight }) => weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.ngram < b.ngram ? -1 : a.ngram > b.ngram ? 1 : 0))
    .slice(0, Math.max(0, kept));
  return {
    bias: Math.round(bias * WEIGHT_DECIMALS) / WEIGHT_DECIMALS,
    weights: Object.fromEntries(ranked.map(({ ngram, weight }) => [ngram, weight])),
  };
}
