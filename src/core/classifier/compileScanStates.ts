import { narrowed, type TrieNumbers } from './packTrie.ts';

/**
 * What the scan needs to know about a token, by the trie state the token leaves it in: state
 * `position * 2 + 1` when the token ends exactly on the node at `position`, `position * 2` when it
 * runs on past that node's children (then only the stems on its way count). Trie states with the
 * same lists share one scan state, numbered from 1 (0: no phrase cares about the token), so the
 * tables the scan reads for every token are a few thousand entries, not one per trie state. The
 * lists of all scan states are stored one after another, and where each state's lists start is kept
 * side by side, so a state costs one cache line, not one per list.
 */
export interface ScanStates {
  /** The scan state of each trie state. */
  stateIds: Uint16Array | Uint32Array;
  /**
   * For scan state `s`: its phrase entries start at `stateStarts[2 * s]` and end where the next state's
   * start (`stateStarts[2 * s + 2]`); its later words run from `stateStarts[2 * s + 1]` to `stateStarts[2 * s + 3]`.
   */
  stateStarts: TrieNumbers;
  /**
   * Two numbers per phrase a token in this state can open, in the order the lexicon lists them
   * (repeats kept): `phrase * 2 + 1` for a phrase tried only where a line starts, else `phrase * 2`;
   * then the phrase's second word, or -1 when it has one word. Most phrases fail on that word, read here.
   */
  statePhrases: TrieNumbers;
  /** Words the token satisfies that some phrase needs after its first word, in ascending order. */
  stateLaterWords: TrieNumbers;
}

const NONE: readonly number[] = [];

/**
 * Precomputes, for every trie state, the phrases a token can open and the later phrase words it
 * satisfies, so the scan does not walk every word a token satisfies (word classes make that many).
 * Nodes are numbered as they were created (children after parents); `positionOf` says where each
 * one sits in the packed trie, whose states the result is indexed by.
 *
 * @example
 * compileScanStates(parentOf, exactAt, prefixAt, phraseWords, lineStarts, phrasesByFirstWord, positionOf, positionCount).stateStarts
 */
export function compileScanStates(
  parentOf: readonly number[],
  exactAt: readonly (readonly number[] | undefined)[],
  prefixAt: readonly (readonly number[] | undefined)[],
  phraseWords: readonly (readonly number[])[],
  phraseLineStarts: readonly boolean[],
  phrasesByFirstWord: readonly (readonly number[])[],
  positionOf: Int32Array,
  positionCount: number,
): ScanStates {
  const isLaterWord = new Uint8Array(phrasesByFirstWord.length);
  for (const words of phraseWords) {
    for (let index = 1; index < words.length; index += 1) isLaterWord[words[index] ?? 0] = 1;
  }
  const phrasesOf = (words: readonly number[]): readonly number[] =>
    words.length === 0 ? NONE : words.flatMap((word) => phrasesByFirstWord[word] ?? NONE);
  // Ascending, so the scan's check of a later word stops at the first number not below it.
  const laterOf = (words: readonly number[]): readonly number[] =>
    words.length === 0 ? NONE : words.filter((word) => isLaterWord[word] === 1).sort((left, right) => left - right);
  const phrasesByState: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(positionCount * 2);
  const laterWordsByState: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(positionCount * 2);
  // Children are created after their parents, so node order is a top-down order; the root has no
  // stems. A node without stems of its own has its parent's, and the lists made from them.
  const stemsOnPath: (readonly number[])[] = [];
  const phrasesOfStems: (readonly number[])[] = [];
  const laterOfStems: (readonly number[])[] = [];
  for (let node = 0; node < parentOf.length; node += 1) {
    const parent = parentOf[node] ?? 0;
    const own = prefixAt[node] ?? NONE;
    if (node === 0 || own.length > 0) {
      const stems = node === 0 ? own : (stemsOnPath[parent] ?? NONE).concat(own);
      stemsOnPath.push(stems);
      phrasesOfStems.push(phrasesOf(stems));
      laterOfStems.push(laterOf(stems));
    } else {
      stemsOnPath.push(stemsOnPath[parent] ?? NONE);
      phrasesOfStems.push(phrasesOfStems[parent] ?? NONE);
      laterOfStems.push(laterOfStems[parent] ?? NONE);
    }
    const exact = exactAt[node] ?? NONE;
    const state = (positionOf[node] ?? 0) * 2;
    phrasesByState[state] = phrasesOfStems[node];
    laterWordsByState[state] = laterOfStems[node];
    const whole = exact.length === 0 ? undefined : (stemsOnPath[node] ?? NONE).concat(exact);
    phrasesByState[state + 1] = whole === undefined ? phrasesOfStems[node] : phrasesOf(whole);
    laterWordsByState[state + 1] = whole === undefined ? laterOfStems[node] : laterOf(whole);
  }
  const trieStateCount = positionCount * 2;
  // Scan state 0 has no lists; states with the same lists (most words of a class) share one number.
  const stateIdByLists = new Map<string, number>([['|', 0]]);
  const stateIdList: number[] = [];
  const statePhrases: number[] = [];
  const stateLaterWords: number[] = [];
  // Where state 0 starts and ends, then where each next state ends (and the one after it starts).
  const starts: number[] = [0, 0, 0, 0];
  for (let state = 0; state < trieStateCount; state += 1) {
    const phrases = phrasesByState[state] ?? NONE;
    const laterWords = laterWordsByState[state] ?? NONE;
    const key = `${phrases.join(',')}|${laterWords.join(',')}`;
    let id = stateIdByLists.get(key);
    if (id === undefined) {
      id = stateIdByLists.size;
      stateIdByLists.set(key, id);
      for (let index = 0; index < phrases.length; index += 1) {
        const phrase = phrases[index] ?? 0;
        statePhrases.push(phrase * 2 + (phraseLineStarts[phrase] === true ? 1 : 0), phraseWords[phrase]?.[1] ?? -1);
      }
      for (let index = 0; index < laterWords.length; index += 1) stateLaterWords.push(laterWords[index] ?? 0);
      starts.push(statePhrases.length, stateLaterWords.length);
    }
    stateIdList.push(id);
  }
  const stateIds = stateIdByLists.size <= 0x10000 ? Uint16Array.from(stateIdList) : Uint32Array.from(stateIdList);
  // In 16 bits where they fit, as the trie: read for every token, they share the cache with the model's tables.
  return {
    stateIds,
    stateStarts: narrowed(Int32Array.from(starts)),
    statePhrases: narrowed(Int32Array.from(statePhrases)),
    stateLaterWords: narrowed(Int32Array.from(stateLaterWords)),
  };
}
