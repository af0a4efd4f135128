import { asciiSlot } from '../compileCueRules.ts';
import { foldCodeUnit } from '../foldText.ts';
import { NEGATED_MARK, visitModelWords } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

/** A model's weights keyed by word numbers, so scoring a mail builds no strings at all. */
interface NumberedWeights {
  bias: number;
  /**
   * Character trie of every word in a weighted n-gram: child of a node for a-z and 0-9, 36 slots per
   * node; 0 = none. Node 0 is the root of plain words, node 1 the root of negated ones (`NEGATED_MARK`).
   */
  children: Int32Array;
  /** Word number of the word ending at a node, or -1. */
  wordAt: Int32Array;
  /** Weight of each word alone; NaN when only its pairs weigh. */
  wordWeights: Float64Array;
  /** Pair number by `first * wordCount + second`. */
  pairs: ReadonlyMap<number, number>;
  pairWeights: Float64Array;
}

const compiledModels = new WeakMap<LogisticModel, NumberedWeights>();

function compile(model: LogisticModel): NumberedWeights {
  const known = compiledModels.get(model);
  if (known !== undefined) return known;
  const words = new Map<string, number>();
  const split = Object.entries(model.weights).map(([ngram, weight]) => ({ parts: ngram.split(' '), weight }));
  // Words are runs of a-z and 0-9, perhaps marked negated (see `extractModelFeatures`); other keys can never be present.
  const isWord = (part: string): boolean => {
    const plain = part.startsWith(NEGATED_MARK) ? part.slice(NEGATED_MARK.length) : part;
    return plain !== '' && [...plain].every((c) => asciiSlot(c.charCodeAt(0)) >= 0);
  };
  const usable = split.filter(({ parts }) => parts.length <= 2 && parts.every(isWord));
  for (const { parts } of usable) for (const part of parts) if (!words.has(part)) words.set(part, words.size);
  const children: number[] = new Array<number>(2 * 36).fill(0);
  const wordAt: number[] = [-1, -1];
  for (const [word, number] of words) {
    const isNegated = word.startsWith(NEGATED_MARK);
    let node = isNegated ? 1 : 0;
    for (let index = isNegated ? NEGATED_MARK.length : 0; index < word.length; index += 1) {
      const slot = node * 36 + asciiSlot(word.charCodeAt(index));
      if (children[slot] === 0) {
        children[slot] = wordAt.length;
        wordAt.push(-1);
        for (let fill = 0; fill < 36; fill += 1) children.push(0);
      }
      node = children[slot] ?? 0;
    }
    wordAt[node] = number;
  }
  const wordWeights = new Float64Array(words.size).fill(Number.NaN);
  const pairs = new Map<number, number>();
  const pairWeights: number[] = [];
  for (const { parts, weight } of usable) {
    const [first, second] = parts.map((part) => words.get(part) ?? 0) as [number, number | undefined];
    if (second === undefined) {
      wordWeights[first] = weight;
    } else {
      pairs.set(first * words.size + second, pairWeights.length);
      pairWeights.push(weight);
    }
  }
  const compiled = { bias: model.bias, children: Int32Array.from(children), wordAt: Int32Array.from(wordAt), wordWeights, pairs, pairWeights: Float64Array.from(pairWeights) };
  compiledModels.set(model, compiled);
  return compiled;
}

/** The number of the weighted word spelled by code units `start` to `end` once folded (and marked negated), or -1. */
function numberWord({ children, wordAt }: NumberedWeights, text: string, start: number, end: number, isNegated: boolean): number {
  const root = isNegated ? 1 : 0;
  let node = root;
  for (let index = start; index < end && node >= 0; index += 1) {
    node = (children[node * 36 + asciiSlot(foldCodeUnit(text.charCodeAt(index)))] ?? 0) || -1;
  }
  return node > root ? (wordAt[node] ?? -1) : -1;
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
  const weights = compile(model);
  const { wordWeights, pairs, pairWeights } = weights;
  let sum = weights.bias;
  // Each n-gram counts once, however often it occurs.
  const countedWords = new Uint8Array(wordWeights.length);
  const countedPairs = new Uint8Array(pairWeights.length);
  let previous = -1;
  visitModelWords(subject, bodyText, (_field, text, start, end, isNegated) => {
    const word = numberWord(weights, text, start, end, isNegated);
    if (word >= 0 && countedWords[word] === 0 && !Number.isNaN(wordWeights[word])) {
      countedWords[word] = 1;
      sum += wordWeights[word] ?? 0;
    }
    const pair = previous >= 0 && word >= 0 ? pairs.get(previous * wordWeights.length + word) : undefined;
    if (pair !== undefined && countedPairs[pair] === 0) {
      countedPairs[pair] = 1;
      sum += pairWeights[pair] ?? 0;
    }
    previous = word;
  });
  return sigmoid(sum);
}
