import { asciiSlot } from '../compileCueRules.ts';
import { ASCII_SLOTS, packTrie } from '../packTrie.ts';
import { NEGATED_MARK, visitModelWords } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

/** A model's weights keyed by word numbers, so scoring a mail builds no strings at all. */
interface NumberedWeights {
  bias: number;
  /** Packed trie (`packTrie`) of every word in a weighted n-gram; position 0 is the root of plain words. */
  trie: Int32Array;
  /** Position of the root of negated words (`NEGATED_MARK`). */
  negatedRoot: number;
  /** Word number of the word ending at a trie position, or -1. */
  wordAt: Int32Array;
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
  // Node 0 is the root of plain words, node 1 that of negated ones: reached by no character, walks start there.
  const parentOf: number[] = [0, 0];
  const slotOf: number[] = [-1, -1];
  const wordOfNode: number[] = [-1, -1];
  const childByKey = new Map<number, number>();
  for (const [word, number] of words) {
    const isNegated = word.startsWith(NEGATED_MARK);
    let node = isNegated ? 1 : 0;
    for (let index = isNegated ? NEGATED_MARK.length : 0; index < word.length; index += 1) {
      const slot = asciiSlot(word.charCodeAt(index));
      const key = node * ASCII_SLOTS + slot;
      let child = childByKey.get(key);
      if (child === undefined) {
        child = parentOf.length;
        parentOf.push(node);
        slotOf.push(slot);
        wordOfNode.push(-1);
        childByKey.set(key, child);
      }
      node = child;
    }
    wordOfNode[node] = number;
  }
  const { trie, positionOf } = packTrie(parentOf, slotOf, parentOf.length);
  const wordAt = new Int32Array(trie.length / 2).fill(-1);
  wordOfNode.forEach((number, node) => {
    if (number >= 0) wordAt[positionOf[node] ?? 0] = number;
  });
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
    trie,
    negatedRoot: positionOf[1] ?? 0,
    wordAt,
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

/** The number of the weighted word whose slots (see `ModelWordVisitor`) are the first `length` of `slots`, or -1. */
function numberWord({ trie, negatedRoot, wordAt }: NumberedWeights, slots: Uint8Array, length: number, isNegated: boolean): number {
  let position = isNegated ? negatedRoot : 0;
  for (let index = 0; index < length; index += 1) {
    const next = (trie[2 * position] ?? 0) + (slots[index] ?? 0);
    if (trie[2 * next + 1] !== position) return -1;
    position = next;
  }
  return length > 0 ? (wordAt[position] ?? -1) : -1;
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
  visitModelWords(subject, bodyText, (_field, _text, start, end, isNegated, slots) => {
    words += 1;
    const word = numberWord(weights, slots, end - start, isNegated);
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
  });
  return { probability: sigmoid(sum), words, knownWords };
}
