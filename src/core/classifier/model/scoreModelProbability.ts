import { visitModelWords } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

interface WeightsByWord {
  bias: number;
  words: ReadonlyMap<string, number>;
  /** Pair weights by first word, then second word: a pair costs a string only when it weighs something. */
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const compiledModels = new WeakMap<LogisticModel, WeightsByWord>();

function compile(model: LogisticModel): WeightsByWord {
  const known = compiledModels.get(model);
  if (known !== undefined) return known;
  const words = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [ngram, weight] of Object.entries(model.weights)) {
    const space = ngram.indexOf(' ');
    if (space < 0) {
      words.set(ngram, weight);
      continue;
    }
    const first = ngram.slice(0, space);
    const seconds = pairs.get(first) ?? new Map<string, number>();
    seconds.set(ngram.slice(space + 1), weight);
    pairs.set(first, seconds);
  }
  const compiled = { bias: model.bias, words, pairs };
  compiledModels.set(model, compiled);
  return compiled;
}

/**
 * The probability `scoreLogisticModel(extractModelFeatures(subject, bodyText).ngrams, model)` gives,
 * without building the n-gram set: weights are added in the same order (first occurrence of each
 * n-gram), so the sum, and the probability, are the same to the last bit. For the common "no", where
 * the strongest n-grams are not needed.
 *
 * @example
 * scoreModelProbability('Inzage', '', { bias: 0, weights: { inzage: 2 } }) // ≈ 0.88
 */
export function scoreModelProbability(subject: string, bodyText: string, model: LogisticModel): number {
  const { bias, words, pairs } = compile(model);
  let sum = bias;
  // Only n-grams with a weight need remembering: each counts once, however often it occurs.
  const counted = new Set<string>();
  let previous: string | undefined;
  visitModelWords(subject, bodyText, (_field, _start, _end, word) => {
    const wordWeight = words.get(word);
    if (wordWeight !== undefined && !counted.has(word)) {
      counted.add(word);
      sum += wordWeight;
    }
    const pairWeight = previous === undefined ? undefined : pairs.get(previous)?.get(word);
    if (pairWeight !== undefined) {
      const pair = `${previous} ${word}`;
      if (!counted.has(pair)) {
        counted.add(pair);
        sum += pairWeight;
      }
    }
    previous = word;
  });
  return sigmoid(sum);
}
