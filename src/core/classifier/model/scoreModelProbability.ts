import { asciiSlot } from '../compileCueRules.ts';
import { packSlotWords, type PackedWords } from '../packTrie.ts';
import { NEGATED_MARK, visitModelWords } from './extractModelFeatures.ts';
import type { LogisticModel } from './requestModel.ts';
import { sigmoid } from './trainLogisticModel.ts';

/** The weights an n-gram adds, one entry per model that has it, in model order. */
interface WeightEntries {
  /** The entries of n-gram `n` are `starts[n]` to `starts[n + 1]`: none when no model weighs it. */
  starts: Int32Array;
  models: Int32Array;
  weights: Float64Array;
}

/**
 * One or more models' weights keyed by word numbers, so scoring a mail builds no strings at all.
 * Models compiled together (the nine right models) share the words and pairs: each is looked up once
 * per mail and adds its weight to the sum of every model that has it.
 */
interface NumberedWeights {
  biases: Float64Array;
  /** Every word in a weighted n-gram, valued by its number: root 0 plain words, root 1 negated ones. */
  wordTrie: PackedWords;
  wordCount: number;
  /** Weights of each word alone; none when only its pairs weigh. */
  wordWeights: WeightEntries;
  /**
   * Pair numbers by `first * wordCount + second`, in an open-addressing table: a Map lookup for
   * every word of every mail cost more. `pairKeys` holds -1 in empty slots.
   */
  pairKeys: Float64Array;
  pairNumbers: Int32Array;
  pairWeights: WeightEntries;
  /**
   * The reading in which each word and pair was last counted: zeroing arrays the models' size for
   * every mail cost more than reading a short one.
   */
  wordCountedIn: Uint32Array;
  pairCountedIn: Uint32Array;
  readings: number;
  /** Each model's sum after the last reading, from its bias on. */
  sums: Float64Array;
}

/** Compiled by the model, or by the record of models read together. */
const compiledModels = new WeakMap<object, NumberedWeights>();

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

/** An open-addressing table of pair numbers by key, twice the pairs' count or more. */
function buildPairTable(pairs: ReadonlyMap<number, number>): { pairKeys: Float64Array; pairNumbers: Int32Array } {
  let slots = 16;
  while (slots < pairs.size * 2) slots *= 2;
  const table = { pairKeys: new Float64Array(slots).fill(-1), pairNumbers: new Int32Array(slots) };
  for (const [key, number] of pairs) {
    let slot = pairSlot(key, slots - 1);
    while (table.pairKeys[slot] !== -1) slot = (slot + 1) & (slots - 1);
    table.pairKeys[slot] = key;
    table.pairNumbers[slot] = number;
  }
  return table;
}

/** The `asciiSlot` of each code unit of a word, read with charCodeAt: spreading 20,000 n-grams into arrays of characters slowed start-up. */
function slotsOf(word: string): number[] {
  const slots: number[] = [];
  for (let index = 0; index < word.length; index += 1) slots.push(asciiSlot(word.charCodeAt(index)));
  return slots;
}

/** Words are runs of a-z and 0-9, perhaps marked negated (see `extractModelFeatures`); n-grams of other parts can never be present. */
function isModelWord(part: string): boolean {
  const plain = part.startsWith(NEGATED_MARK) ? part.slice(NEGATED_MARK.length) : part;
  return plain !== '' && slotsOf(plain).every((slot) => slot >= 0);
}

/** Weights as they are collected, model by model: the n-gram, the model and the weight of each. */
interface CollectedWeights {
  ngrams: number[];
  models: number[];
  weights: number[];
}

/** Lays collected weights out by n-gram (`WeightEntries`), each n-gram's still in model order. */
function packWeightEntries(ngramCount: number, collected: CollectedWeights): WeightEntries {
  const starts = new Int32Array(ngramCount + 1);
  for (const ngram of collected.ngrams) starts[ngram + 1] = (starts[ngram + 1] ?? 0) + 1;
  for (let ngram = 0; ngram < ngramCount; ngram += 1) starts[ngram + 1] = (starts[ngram + 1] ?? 0) + (starts[ngram] ?? 0);
  const next = starts.slice(0, ngramCount);
  const models = new Int32Array(collected.ngrams.length);
  const weights = new Float64Array(collected.ngrams.length);
  for (let index = 0; index < collected.ngrams.length; index += 1) {
    const ngram = collected.ngrams[index] ?? 0;
    const entry = next[ngram] ?? 0;
    next[ngram] = entry + 1;
    models[entry] = collected.models[index] ?? 0;
    weights[entry] = collected.weights[index] ?? 0;
  }
  return { starts, models, weights };
}

function compile(models: readonly LogisticModel[]): NumberedWeights {
  const usable = models.map((model) =>
    Object.entries(model.weights)
      .map(([ngram, weight]) => ({ parts: ngram.split(' '), weight }))
      .filter(({ parts }) => parts.length <= 2 && parts.every(isModelWord)),
  );
  const words = new Map<string, number>();
  for (const ngrams of usable) for (const { parts } of ngrams) for (const part of parts) if (!words.has(part)) words.set(part, words.size);
  // Root 0 holds the plain words, root 1 the negated ones (`NEGATED_MARK`).
  const wordTrie = packSlotWords(
    2,
    [...words].map(([word, number]) => {
      const isNegated = word.startsWith(NEGATED_MARK);
      const plain = isNegated ? word.slice(NEGATED_MARK.length) : word;
      return { root: isNegated ? 1 : 0, slots: slotsOf(plain), value: number };
    }),
  );
  const wordWeights: CollectedWeights = { ngrams: [], models: [], weights: [] };
  const pairWeights: CollectedWeights = { ngrams: [], models: [], weights: [] };
  const pairs = new Map<number, number>();
  // Model by model, so each n-gram's weights stay in model order.
  usable.forEach((ngrams, model) => {
    for (const { parts, weight } of ngrams) {
      const [first, second] = parts.map((part) => words.get(part) ?? 0) as [number, number | undefined];
      let collected = wordWeights;
      let ngram = first;
      if (second !== undefined) {
        const key = first * words.size + second;
        ngram = pairs.get(key) ?? pairs.size;
        pairs.set(key, ngram);
        collected = pairWeights;
      }
      collected.ngrams.push(ngram);
      collected.models.push(model);
      collected.weights.push(weight);
    }
  });
  return {
    biases: Float64Array.from(models, ({ bias }) => bias),
    wordTrie,
    wordCount: words.size,
    wordWeights: packWeightEntries(words.size, wordWeights),
    ...buildPairTable(pairs),
    pairWeights: packWeightEntries(pairs.size, pairWeights),
    wordCountedIn: new Uint32Array(words.size),
    pairCountedIn: new Uint32Array(pairs.size),
    readings: 0,
    sums: new Float64Array(models.length),
  };
}

/** The compiled weights of `models`, kept under `key` (a model, or the record holding them). */
function compiled(key: object, models: () => readonly LogisticModel[]): NumberedWeights {
  let weights = compiledModels.get(key);
  if (weights === undefined) {
    weights = compile(models());
    compiledModels.set(key, weights);
  }
  return weights;
}

/** Adds the weights of one n-gram to the sums of the models that have it. */
function addWeights({ starts, models, weights }: WeightEntries, ngram: number, sums: Float64Array): void {
  const end = starts[ngram + 1] ?? 0;
  for (let entry = starts[ngram] ?? 0; entry < end; entry += 1) {
    const model = models[entry] ?? 0;
    sums[model] = (sums[model] ?? 0) + (weights[entry] ?? 0);
  }
}

/**
 * Reads a mail once into `weights.sums`: each model's bias plus the weight of every n-gram present,
 * each counted once, in the order `extractModelFeatures` first meets them (a word, then the pair it
 * ends), so every sum is `scoreLogisticModel`'s to the last bit. Returns the words read and the known ones.
 */
function readWeights(weights: NumberedWeights, subject: string, bodyText: string): { words: number; knownWords: number } {
  const { wordCount, wordWeights, pairWeights, wordCountedIn, pairCountedIn, sums } = weights;
  sums.set(weights.biases);
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
      if (word < 0) {
        previous = -1;
        return;
      }
      knownWords += 1;
      if (wordCountedIn[word] !== reading) {
        wordCountedIn[word] = reading;
        addWeights(wordWeights, word, sums);
      }
      const pair = previous >= 0 ? findPair(weights, previous * wordCount + word) : -1;
      if (pair >= 0 && pairCountedIn[pair] !== reading) {
        pairCountedIn[pair] = reading;
        addWeights(pairWeights, pair, sums);
      }
      previous = word;
    },
    weights.wordTrie,
  );
  return { words, knownWords };
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
  const weights = compiled(model, () => [model]);
  const { words, knownWords } = readWeights(weights, subject, bodyText);
  return { probability: sigmoid(weights.sums[0] ?? 0), words, knownWords };
}

/**
 * Each model's `scoreModelProbability`, to the last bit, in one pass over the text: the nine right
 * models share one table of their words and pairs, so a mail is walked and looked up once, not nine times.
 *
 * @example
 * readModelProbabilities('Inzage', '', { access: { bias: 0, weights: { inzage: 2 } }, erasure: { bias: 0, weights: {} } }) // { access: ≈ 0.88, erasure: 0.5 }
 */
export function readModelProbabilities<Name extends string>(subject: string, bodyText: string, models: Readonly<Record<Name, LogisticModel>>): Record<Name, number> {
  const names = Object.keys(models) as Name[];
  const weights = compiled(models, () => names.map((name) => models[name]));
  readWeights(weights, subject, bodyText);
  return Object.fromEntries(names.map((name, index) => [name, sigmoid(weights.sums[index] ?? 0)])) as Record<Name, number>;
}
