/**
 * What the scan needs to know about a token, by the trie state the token leaves it in: state
 * `position * 2 + 1` when the token ends exactly on the node at `position`, `position * 2` when it
 * runs on past that node's children (then only the stems on its way count). Lists are stored one
 * after another in a flat array: state `s` owns entries `starts[s]` to `starts[s + 1]`.
 */
export interface ScanStates {
  /** Phrases a token in this state can open, in the order the lexicon lists them (repeats kept). */
  statePhraseStarts: Int32Array;
  statePhrases: Int32Array;
  /** Words the token satisfies that some phrase needs after its first word. */
  stateLaterStarts: Int32Array;
  stateLaterWords: Int32Array;
}

const NONE: readonly number[] = [];

/** Stores lists one after another; list `i` owns entries `starts[i]` to `starts[i + 1]`. */
function flatten(lists: readonly (readonly number[] | undefined)[]): { starts: Int32Array; entries: Int32Array } {
  const starts = new Int32Array(lists.length + 1);
  let total = 0;
  for (let index = 0; index < lists.length; index += 1) {
    starts[index] = total;
    total += lists[index]?.length ?? 0;
  }
  starts[lists.length] = total;
  const entries = new Int32Array(total);
  lists.forEach((list, index) => entries.set(list ?? NONE, starts[index] ?? 0));
  return { starts, entries };
}

/**
 * Precomputes, for every trie state, the phrases a token can open and the later phrase words it
 * satisfies, so the scan does not walk every word a token satisfies (word classes make that many).
 * Nodes are numbered as they were created (children after parents); `positionOf` says where each
 * one sits in the packed trie, whose states the result is indexed by.
 *
 * @example
 * compileScanStates(parentOf, exactAt, prefixAt, phraseWords, phrasesByFirstWord, positionOf, positionCount).statePhrases
 */
export function compileScanStates(
  parentOf: readonly number[],
  exactAt: readonly (readonly number[] | undefined)[],
  prefixAt: readonly (readonly number[] | undefined)[],
  phraseWords: readonly (readonly number[])[],
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
  const laterOf = (words: readonly number[]): readonly number[] => (words.length === 0 ? NONE : words.filter((word) => isLaterWord[word] === 1));
  // Nodes below a stem share its list of stems: their lists are worked out once per shared list.
  const phrasesOfStems = new Map<readonly number[], readonly number[]>();
  const laterOfStems = new Map<readonly number[], readonly number[]>();
  const once = (cache: Map<readonly number[], readonly number[]>, stems: readonly number[], listOf: (words: readonly number[]) => readonly number[]): readonly number[] => {
    const known = cache.get(stems);
    if (known !== undefined) return known;
    const list = listOf(stems);
    cache.set(stems, list);
    return list;
  };
  const phrasesByState: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(positionCount * 2);
  const laterWordsByState: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(positionCount * 2);
  // Children are created after their parents, so node order is a top-down order; the root has no stems.
  const stemsOnPath: (readonly number[])[] = [NONE];
  for (let node = 0; node < parentOf.length; node += 1) {
    const above = node === 0 ? NONE : (stemsOnPath[parentOf[node] ?? 0] ?? NONE);
    const own = prefixAt[node] ?? NONE;
    const stems = own.length === 0 ? above : above.concat(own);
    stemsOnPath[node] = stems;
    const exact = exactAt[node] ?? NONE;
    const state = (positionOf[node] ?? 0) * 2;
    const phrasesOfOwnStems = once(phrasesOfStems, stems, phrasesOf);
    const laterOfOwnStems = once(laterOfStems, stems, laterOf);
    phrasesByState[state] = phrasesOfOwnStems;
    laterWordsByState[state] = laterOfOwnStems;
    phrasesByState[state + 1] = exact.length === 0 ? phrasesOfOwnStems : phrasesOf(stems.concat(exact));
    laterWordsByState[state + 1] = exact.length === 0 ? laterOfOwnStems : laterOf(stems.concat(exact));
  }
  const phrases = flatten(phrasesByState);
  const laterWords = flatten(laterWordsByState);
  return {
    statePhraseStarts: phrases.starts,
    statePhrases: phrases.entries,
    stateLaterStarts: laterWords.starts,
    stateLaterWords: laterWords.entries,
  };
}
