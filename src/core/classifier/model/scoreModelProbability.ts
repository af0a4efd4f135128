import { asciiSlot } from '../compileCueRules.ts';
import { packSlotWords, type PackedWords } from '../packTrie.ts';
import { NEGATED_MARK, visitModelWords } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

/** A model's weights keyed by word numbers, so scoring a mail builds no strings at all. */
interface NumberedWeights {
  bias: number;
  /** Every word in a weighted n-gram, valued by its number: root 0 plain words, root 1 negated ones. */
  wordTrie: PackedWords;
  /** Weight of each word alone; NaN when only its pairs weigh. */
  wordWeights: Float64Array;
  /**
   * Pair numbers by `first * wordCount + second`, in an open-addressing table: a Map lookup for
   * every word of every mail cost more. `pairKeys` holds -1 in empty slots.
   */
  pairKeys: Float64Array;
  pairNumbers: Int32Array;
  pairWeights: Float64Array;
  /**
   * The reading in which each word and pair was last counted: zeroing arrays the model's size for
   * every mail cost more than reading a short one.
   */
  wordCountedIn: Uint32Array;
  pairCountedIn: Uint32Array;
  readings: number;
}

const compiledModels = new WeakMap<LogisticModel, NumberedWeights>();

/** The first slot to try for a pair key in a table of `mask + 1` slots (a power of two). */
function pairSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 15) & mask;
}

/** The number of the weighted pair with this key, or -1. */
function findPair({ pairKeys, pairNumbers }: NumberedWeights, key: number): number {
  const mask = pairKeys.length - 1;
  for (let slot = pairSlot(key, mask); ; slot = (slot + 1) & mask) {
    const found = pairKeys[slot] ?? -1;
    if (found === key) return pairNumbers[slot] ?? -1;
    if (found === -1) return -1;
  }
}

/** The `asciiSlot` of each code unit of a word, read with charCodeAt: spreading 20,000 n-grams into arrays of characters slowed start-up. */
function slotsOf(word: string): number[] {
  const slots: number[] = [];
  for (let index = 0; index < word.length; index += 1) slots.push(asciiSlot(word.charCodeAt(index)));
  return slots;
}

function compile(model: LogisticModel): NumberedWeights {
  const known = compiledModels.get(model);
  if (known !== undefined) return known;
  const words = new Map<string, number>();
  const split = Object.entries(model.weights).map(([ngram, weight]) => ({ parts: ngram.split(' '), weight }));
  // Words are runs of a-z and 0-9, perhaps marked negated (see `extractModelFeatures`); other keys can never be present.
  const isWord = (part: string): boolean => {
    const plain = part.startsWith(NEGATED_MARK) ? part.slice(NEGATED_MARK.length) : part;
    return plain !== '' && slotsOf(plain).every((slot) => slot >= 0);
  };
  const usable = split.filter(({ parts }) => parts.length <= 2 && parts.every(isWord));
  for (const { parts } of usable) for (const part of parts) if (!words.has(part)) words.set(part, words.size);
  // Root 0 holds the plain words, root 1 the negated ones (`NEGATED_MARK`).
  const wordTrie = packSlotWords(
    2,
    [...words].map(([word, number]) => {
      const isNegated = word.startsWith(NEGATED_MARK);
      const plain = isNegated ? word.slice(NEGATED_MARK.length) : word;
      return { root: isNegated ? 1 : 0, slots: slotsOf(plain), value: number };
    }),
  );
  const wordWeights = new Float64Array(words.size).fill(Number.NaN);
  const pairs = new Map<number, number>();
  const pairWeights: number[] = [];
  const pairTable = (size: number): { pairKeys: Float64Array; pairNumbers: Int32Array } => {
    let slots = 16;
    while (slots < size * 2) slots *= 2;
    const table = { pairKeys: new Float64Array(slots).fill(-1), pairNumbers: new Int32Array(slots) };
    for (const [key, number] of pairs) {
      let slot = pairSlot(key, slots - 1);
      while (table.pairKeys[slot] !== -1) slot = (slot + 1) & (slots - 1);
      table.pairKeys[slot] = key;
      table.pairNumbers[slot] = number;
    }
    return table;
  };
  for (const { parts, weight } of usable) {
    const [first, second] = parts.map((part) => words.get(part) ?? 0) as [number, number | undefined];
    if (second === undefined) {
      wordWeights[first] = weight;
    } else {
      pairs.set(first * words.size + second, pairWeights.length);
      pairWeights.push(weight);
    }
  }
  const compiled = {
    bias: model.bias,
    wordTrie,
    wordWeights,
    ...pairTable(pairs.size),
    pairWeights: Float64Array.from(pairWeights),
    wordCountedIn: new Uint32Array(wordWeights.length),
    pairCountedIn: new Uint32Array(pairWeights.length),
    readings: 0,
  };
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
  return readModelProbability(subject, bodyText, model).probability;
}

/** The request probability and how many words it rests on. */
export interface ModelReading {
  probability: number;
  /** Words the model read (see `visitModelWords`). */
  words: number;
  /** Of those, words the model has a weight for, alone or in a pair. */
  knownWords: number;
}

/**
 * `scoreModelProbability` and the number of words the model read, in the one pass over the text.
 *
 * @example
 * readModelProbability('Inzage', 'mijn gegevens', model).words // 3
 */
export function readModelProbability(subject: string, bodyText: string, model: LogisticModel): ModelReading {
  const weights = compile(model);
  const { wordWeights, pairWeights, wordCountedIn, pairCountedIn } = weights;
  let sum = weights.bias;
  // Each n-gram counts once, however often it occurs: marked with this reading's number.
  if (weights.readings === 0xffffffff) {
    wordCountedIn.fill(0);
    pairCountedIn.fill(0);
    weights.readings = 0;
  }
  weights.readings += 1;
  const reading = weights.readings;
  let previous = -1;
  let words = 0;
  let knownWords = 0;
  visitModelWords(
    subject,
    bodyText,
    (_field, _text, _start, _end, _isNegated, word) => {
      words += 1;
      if (word >= 0) knownWords += 1;
      if (word >= 0 && wordCountedIn[word] !== reading && !Number.isNaN(wordWeights[word])) {
        wordCountedIn[word] = reading;
        sum += wordWeights[word] ?? 0;
      }
      const pair = previous >= 0 && word >= 0 ? findPair(weights, previous * wordWeights.length + word) : -1;
      if (pair >= 0 && pairCountedIn[pair] !== reading) {
        pairCountedIn[pair] = reading;
        sum += pairWeights[pair] ?? 0;
      }
      previous = word;
    },
    weights.wordTrie,
  );
  return { probability: sigmoid(sum), words, knownWords };
}
