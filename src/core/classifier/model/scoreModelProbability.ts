import { asciiSlot, narrowed, type TrieNumbers } from '../packTrie.ts';
import { NEGATED_MARK, packModelWords, readModelWords, type FoldedFields, type ModelWordList, type ModelWordTrie } from './extractModelFeatures.ts';
import { RIGHT_LABELS, type RightLabel } from '../../rights/rightLabel.ts';
import type { LogisticModel, RequestNgramModels } from './requestModel.ts';
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
interface WeightGroup {
  biases: Float64Array;
  /** Weights of each word alone; none when only its pairs weigh. */
  wordWeights: WeightEntries;
  /**
   * The pairs each word opens, by the number of their second word, ascending: word `w`'s run from
   * `pairStarts[w]` to `pairStarts[w + 1]` of `pairSeconds`, and a pair's number is its place there.
   * A hash table of all pairs took 288 KB for the request model, where these take 44 KB: every table
   * read for each word of a mail shares the cache with the rules' lexicon.
   */
  pairStarts: TrieNumbers;
  pairSeconds: TrieNumbers;
  pairWeights: WeightEntries;
  /**
   * For a group of one model (the request model), its weight of each word and of each pair, 0 where
   * it has none: read straight from an array, where `WeightEntries` takes three reads.
   */
  wordWeightOf: Float64Array;
  pairWeightOf: Float64Array;
  /**
   * The reading in which each word and pair was last counted: zeroing arrays the models' size for
   * every mail cost more than reading a short one.
   */
  wordCountedIn: Uint8Array;
  pairCountedIn: Uint8Array;
  readings: number;
  /** Each model's sum after the last reading, from its bias on. */
  sums: Float64Array;
}

/**
 * Groups of models numbered through one vocabulary: the request model and the nine right models of a
 * `RequestNgramModels` share it, so a mail's words, looked up once for the request model, serve the
 * right models and the evidence as they are.
 */
interface NumberedModels {
  /** Every word in a weighted n-gram of any group, valued by its number. */
  wordTrie: ModelWordTrie;
  groups: WeightGroup[];
}

/**
 * An n-gram of a mail that pushed a model towards "yes", at its first occurrence in `readModelWords`'
 * list: the word `firstWord`, or the pair of it and the next.
 */
export interface StrongNgram {
  firstWord: number;
  isPair: boolean;
  weight: number;
}

/** The strongest n-grams of a mail for one model, and the word list they point into (valid until the next reading). */
export interface StrongestNgrams {
  ngrams: StrongNgram[];
  words: ModelWordList;
}

/** Compiled by the model, or by the record of models read together. */
const compiledModels = new WeakMap<object, NumberedModels>();

/** Readings are numbered in one byte (`WeightGroup.wordCountedIn`), a quarter of the cache 32 bits took; then the marks are cleared. */
const LAST_READING = 255;
const EARLY_FIRST_CLEARING = 32;

/** A word's pairs are read one by one in a run this long or shorter; a longer run is halved first. */
const SHORT_RUN = 8;

/** The number of the weighted pair of words `first` and `second`, or -1. */
function findPair(pairStarts: TrieNumbers, pairSeconds: TrieNumbers, first: number, second: number): number {
  let low = pairStarts[first] ?? 0;
  let high = pairStarts[first + 1] ?? 0;
  while (high - low > SHORT_RUN) {
    const middle = (low + high) >>> 1;
    if ((pairSeconds[middle] ?? 0) > second) high = middle;
    else low = middle;
  }
  for (; low < high; low += 1) {
    const found = pairSeconds[low] ?? 0;
    if (found >= second) return found === second ? low : -1;
  }
  return -1;
}

/** The whole-number key of the pair of two words: `first * wordCount + second`, so keys sort by first word, then by second. */
function pairKey([first = '', second = '']: readonly string[], words: ReadonlyMap<string, number>): number {
  return (words.get(first) ?? 0) * words.size + (words.get(second) ?? 0);
}

/** `pairStarts` and `pairSeconds` of a group's pairs, given as keys (`pairKey`) in ascending order. */
function packPairs(sortedKeys: readonly number[], wordCount: number): { pairStarts: TrieNumbers; pairSeconds: TrieNumbers } {
  const starts = new Int32Array(wordCount + 1);
  const seconds = new Int32Array(sortedKeys.length);
  sortedKeys.forEach((key, pair) => {
    const first = Math.floor(key / wordCount);
    starts[first + 1] = (starts[first + 1] ?? 0) + 1;
    seconds[pair] = key - first * wordCount;
  });
  for (let word = 0; word < wordCount; word += 1) starts[word + 1] = (starts[word + 1] ?? 0) + (starts[word] ?? 0);
  return { pairStarts: narrowed(starts), pairSeconds: narrowed(seconds) };
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

/** The n-grams of a model that can be present in a mail, split into their one or two words. */
function usableNgrams(model: LogisticModel): { parts: string[]; weight: number }[] {
  return Object.entries(model.weights)
    .map(([ngram, weight]) => ({ parts: ngram.split(' '), weight }))
    .filter(({ parts }) => parts.length <= 2 && parts.every(isModelWord));
}

/** One model's weight of each n-gram (word or pair number), 0 where it has none; empty for a group of several models. */
function singleModelWeights(models: readonly LogisticModel[], ngramCount: number, entries: WeightEntries): Float64Array {
  if (models.length !== 1) return new Float64Array(0);
  const weightOf = new Float64Array(ngramCount);
  for (let ngram = 0; ngram < ngramCount; ngram += 1) {
    const entry = entries.starts[ngram] ?? 0;
    if (entry < (entries.starts[ngram + 1] ?? 0)) weightOf[ngram] = entries.weights[entry] ?? 0;
  }
  return weightOf;
}

/** The pairs of a group's models as keys (`pairKey`), each numbered by its place in ascending order. */
function numberPairs(usable: readonly { parts: string[]; weight: number }[][], words: ReadonlyMap<string, number>): Map<number, number> {
  const keys = new Set<number>();
  for (const ngrams of usable) {
    for (const { parts } of ngrams) {
      if (parts.length === 2) keys.add(pairKey(parts, words));
    }
  }
  return new Map([...keys].sort((left, right) => left - right).map((key, pair) => [key, pair]));
}

function compileGroup(models: readonly LogisticModel[], usable: readonly { parts: string[]; weight: number }[][], words: ReadonlyMap<string, number>): WeightGroup {
  const wordWeights: CollectedWeights = { ngrams: [], models: [], weights: [] };
  const pairWeights: CollectedWeights = { ngrams: [], models: [], weights: [] };
  const pairs = numberPairs(usable, words);
  // Model by model, so each n-gram's weights stay in model order.
  usable.forEach((ngrams, model) => {
    for (const { parts, weight } of ngrams) {
      const isPair = parts.length === 2;
      const collected = isPair ? pairWeights : wordWeights;
      collected.ngrams.push(isPair ? (pairs.get(pairKey(parts, words)) ?? 0) : (words.get(parts[0] ?? '') ?? 0));
      collected.models.push(model);
      collected.weights.push(weight);
    }
  });
  const packedWordWeights = packWeightEntries(words.size, wordWeights);
  const packedPairWeights = packWeightEntries(pairs.size, pairWeights);
  return {
    biases: Float64Array.from(models, ({ bias }) => bias),
    wordWeights: packedWordWeights,
    ...packPairs([...pairs.keys()], words.size),
    pairWeights: packedPairWeights,
    wordWeightOf: singleModelWeights(models, words.size, packedWordWeights),
    pairWeightOf: singleModelWeights(models, pairs.size, packedPairWeights),
    wordCountedIn: new Uint8Array(words.size),
    pairCountedIn: new Uint8Array(pairs.size),
    // The fresh marks are first cleared after a few readings, not after 255: V8 has by then recorded how the clearing runs,
    // and compiles it with the reader, where met first after compiling it threw the compiled reader away.
    readings: LAST_READING - EARLY_FIRST_CLEARING,
    sums: new Float64Array(usable.length),
  };
}

function compile(groups: readonly (readonly LogisticModel[])[]): NumberedModels {
  const usable = groups.map((models) => models.map(usableNgrams));
  const words = new Map<string, number>();
  for (const group of usable) for (const ngrams of group) for (const { parts } of ngrams) for (const part of parts) if (!words.has(part)) words.set(part, words.size);
  const wordTrie = packModelWords(
    [...words].map(([word, number]) => {
      const isNegated = word.startsWith(NEGATED_MARK);
      return { isNegated, slots: slotsOf(isNegated ? word.slice(NEGATED_MARK.length) : word), value: number };
    }),
  );
  return {
    wordTrie,
    groups: groups.map((models, index) => compileGroup(models, usable[index] ?? [], words)),
  };
}

/** The compiled weights of `groups`, kept under `key` (a model, or the record holding them). */
function compiled(key: object, groups: () => readonly (readonly LogisticModel[])[]): NumberedModels {
  let models = compiledModels.get(key);
  if (models === undefined) {
    models = compile(groups());
    compiledModels.set(key, models);
  }
  return models;
}

/** Adds the weights of one n-gram to the sums of the models that have it. */
function addWeights({ starts, models, weights }: WeightEntries, ngram: number, sums: Float64Array): void {
  const end = starts[ngram + 1] ?? 0;
  for (let entry = starts[ngram] ?? 0; entry < end; entry += 1) {
    const model = models[entry] ?? 0;
    sums[model] = (sums[model] ?? 0) + (weights[entry] ?? 0);
  }
}

/** A number for a new reading of `group`, unlike any its counted marks hold. */
function nextReading(group: WeightGroup): number {
  if (group.readings === LAST_READING) {
    group.wordCountedIn.fill(0);
    group.pairCountedIn.fill(0);
    group.readings = 0;
  }
  group.readings += 1;
  return group.readings;
}

/**
 * Reads a mail into `group.sums`: each model's bias plus the weight of every n-gram present, each
 * counted once, in the order `extractModelFeatures` first meets them (a word, then the pair it ends),
 * so every sum is `scoreLogisticModel`'s to the last bit. `words` is the mail's list, read with
 * `models.wordTrie`. Returns how many of its words are known.
 */
function readWeights(group: WeightGroup, { count, values }: ModelWordList): number {
  if (group.biases.length === 1) return readOneModelsWeights(group, count, values);
  const { wordWeights, pairStarts, pairSeconds, pairWeights, wordCountedIn, pairCountedIn, sums } = group;
  sums.set(group.biases);
  // Each n-gram counts once, however often it occurs: marked with this reading's number.
  const reading = nextReading(group);
  let previous = -1;
  let knownWords = 0;
  for (let index = 0; index < count; index += 1) {
    const word = values[index] ?? -1;
    if (word < 0) {
      previous = -1;
      continue;
    }
    knownWords += 1;
    if (wordCountedIn[word] !== reading) {
      wordCountedIn[word] = reading;
      addWeights(wordWeights, word, sums);
    }
    const pair = previous >= 0 ? findPair(pairStarts, pairSeconds, previous, word) : -1;
    if (pair >= 0 && pairCountedIn[pair] !== reading) {
      pairCountedIn[pair] = reading;
      addWeights(pairWeights, pair, sums);
    }
    previous = word;
  }
  return knownWords;
}

/**
 * `readWeights` for a group of one model, its weights straight from `wordWeightOf` and
 * `pairWeightOf`: adding the 0 of an n-gram it does not weigh leaves the sum as it was, to the bit.
 */
function readOneModelsWeights(group: WeightGroup, count: number, values: Int32Array): number {
  const { pairStarts, pairSeconds, wordWeightOf, pairWeightOf, wordCountedIn, pairCountedIn } = group;
  const reading = nextReading(group);
  let sum = group.biases[0] ?? 0;
  let previous = -1;
  let knownWords = 0;
  for (let index = 0; index < count; index += 1) {
    const word = values[index] ?? -1;
    if (word < 0) {
      previous = -1;
      continue;
    }
    knownWords += 1;
    if (wordCountedIn[word] !== reading) {
      wordCountedIn[word] = reading;
      sum += wordWeightOf[word] ?? 0;
    }
    if (previous >= 0) {
      const pair = findPair(pairStarts, pairSeconds, previous, word);
      if (pair >= 0 && pairCountedIn[pair] !== reading) {
        pairCountedIn[pair] = reading;
        sum += pairWeightOf[pair] ?? 0;
      }
    }
    previous = word;
  }
  group.sums[0] = sum;
  return knownWords;
}

/** The weight `model` gives an n-gram, 0 when it has none. */
function weightOf({ starts, models, weights }: WeightEntries, ngram: number, model: number): number {
  const end = starts[ngram + 1] ?? 0;
  for (let entry = starts[ngram] ?? 0; entry < end; entry += 1) if (models[entry] === model) return weights[entry] ?? 0;
  return 0;
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
  /** Words the model read (see `readModelWords`). */
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
  const models = compiled(model, () => [[model]]);
  return readProbabilityOfGroup(models, subject, bodyText);
}

function readProbabilityOfGroup(models: NumberedModels, subject: string, bodyText: string, folded?: FoldedFields): ModelReading {
  const group = models.groups[0] as WeightGroup;
  const words = readModelWords(subject, bodyText, models.wordTrie, folded);
  const knownWords = readWeights(group, words);
  return { probability: sigmoid(group.sums[0] ?? 0), words: words.count, knownWords };
}

function readProbabilitiesOfGroup<Name extends string>(models: NumberedModels, group: WeightGroup, names: readonly Name[], subject: string, bodyText: string): Record<Name, number> {
  readWeights(group, readModelWords(subject, bodyText, models.wordTrie));
  const probabilities = {} as Record<Name, number>;
  for (let index = 0; index < names.length; index += 1) probabilities[names[index] as Name] = sigmoid(group.sums[index] ?? 0);
  return probabilities;
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
  const numbered = compiled(models, () => [names.map((name) => models[name])]);
  return readProbabilitiesOfGroup(numbered, numbered.groups[0] as WeightGroup, names, subject, bodyText);
}

/** The models `compiledTogether` compiled last: a classifier reads one record of models mail after mail. */
let lastTogether: { models: RequestNgramModels; numbered: NumberedModels } | undefined;

/** The request model and the right models, numbered through one vocabulary: group 0 the request model, group 1 the rights. */
function compiledTogether(models: RequestNgramModels): NumberedModels {
  if (lastTogether?.models === models) return lastTogether.numbered;
  const numbered = compiled(models, () => [[models.request], RIGHT_LABELS.map((right) => models.rights[right])]);
  lastTogether = { models, numbered };
  return numbered;
}

/**
 * `readModelProbability` of the request model, compiled with the right models so that reading them
 * next, and finding the evidence, reuses the words this reading looked up. `folded`, the two texts folded
 * as the rules read them, spares folding them again (see `readModelWords`).
 *
 * @example
 * readRequestProbability('Inzage', 'mijn gegevens', SHIPPED_REQUEST_MODEL).probability
 */
export function readRequestProbability(subject: string, bodyText: string, models: RequestNgramModels, folded?: FoldedFields): ModelReading {
  return readProbabilityOfGroup(compiledTogether(models), subject, bodyText, folded);
}

/**
 * `readModelProbabilities` of the right models, through the words `readRequestProbability` looked up
 * for the same mail.
 *
 * @example
 * readRightProbabilities('Inzage', 'mijn gegevens', SHIPPED_REQUEST_MODEL).access
 */
export function readRightProbabilities(subject: string, bodyText: string, models: RequestNgramModels): Record<RightLabel, number> {
  const numbered = compiledTogether(models);
  return readProbabilitiesOfGroup(numbered, numbered.groups[1] as WeightGroup, RIGHT_LABELS, subject, bodyText);
}

/** How many n-grams `findStrongestNgrams` lists: enough for a caller to skip uninformative ones and still have a few to show. */
const STRONGEST_NGRAMS = 10;

/**
 * The n-grams of a mail that pushed one model hardest towards "yes", strongest first: the
 * `topNgrams` of `scoreLogisticModel` (ties in the order first met), each as the place of its first
 * occurrence in the mail's word list. `model` is 'request' or a right.
 *
 * @example
 * findStrongestNgrams('Inzage', 'mijn gegevens', SHIPPED_REQUEST_MODEL, 'access').ngrams[0] // { firstWord: 0, isPair: false, weight: … }
 */
export function findStrongestNgrams(subject: string, bodyText: string, models: RequestNgramModels, model: 'request' | RightLabel): StrongestNgrams {
  const numbered = compiledTogether(models);
  const group = (model === 'request' ? numbered.groups[0] : numbered.groups[1]) as WeightGroup;
  const modelIndex = model === 'request' ? 0 : RIGHT_LABELS.indexOf(model);
  const { wordWeights, pairStarts, pairSeconds, pairWeights, wordCountedIn, pairCountedIn } = group;
  // Each n-gram is listed at its first occurrence only: marked with this reading's number.
  const reading = nextReading(group);
  const words = readModelWords(subject, bodyText, numbered.wordTrie);
  const { count, values } = words;
  const found: StrongNgram[] = [];
  let previous = -1;
  for (let index = 0; index < count; index += 1) {
    const word = values[index] ?? -1;
    if (word < 0) {
      previous = -1;
      continue;
    }
    if (wordCountedIn[word] !== reading) {
      wordCountedIn[word] = reading;
      const weight = weightOf(wordWeights, word, modelIndex);
      if (weight > 0) found.push({ firstWord: index, isPair: false, weight });
    }
    const pair = previous >= 0 ? findPair(pairStarts, pairSeconds, previous, word) : -1;
    if (pair >= 0 && pairCountedIn[pair] !== reading) {
      pairCountedIn[pair] = reading;
      const weight = weightOf(pairWeights, pair, modelIndex);
      if (weight > 0) found.push({ firstWord: index - 1, isPair: true, weight });
    }
    previous = word;
  }
  // A stable sort: n-grams of equal weight stay in the order first met, as in `scoreLogisticModel`.
  return { ngrams: found.sort((a, b) => b.weight - a.weight).slice(0, STRONGEST_NGRAMS), words };
}
