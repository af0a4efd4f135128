/**
 * What the scan needs to know about a token, by the trie state the token leaves it in: state
 * `position * 2 + 1` when the token ends exactly on the node at `position`, `position * 2` when it
 * runs on past that node's children (then only the stems on its way count). The lists of all states
 * are stored one after another, and where each state's lists start is kept side by side, so a state
 * costs one cache line, not one per list.
 */
export interface ScanStates {
  /**
   * For state `s`: its phrase entries start at `stateStarts[2 * s]` and end where the next state's
   * start (`stateStarts[2 * s + 2]`); its later words run from `stateStarts[2 * s + 1]` to `stateStarts[2 * s + 3]`.
   */
  stateStarts: Int32Array;
  /**
   * Two numbers per phrase a token in this state can open, in the order the lexicon lists them
   * (repeats kept): `phrase * 2 + 1` for a phrase tried only where a line starts, else `phrase * 2`;
   * then the phrase's second word, or -1 when it has one word. Most phrases fail on that word, read here.
   */
  statePhrases: Int32Array;
  /** Words the token satisfies that some phrase needs after its first word. */
  stateLaterWords: Int32Array;
}

const NONE: readonly number[] = [];

/** Where each list starts when the lists are stored one after another, and their total length. */
function startsOf(lists: readonly (readonly number[] | undefined)[], entrySize: number): { starts: Int32Array; total: number } {
  const starts = new Int32Array(lists.length);
  let total = 0;
  for (let index = 0; index < lists.length; index += 1) {
    starts[index] = total;
    total += (lists[index]?.length ?? 0) * entrySize;
  }
  return { starts, total };
}

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
  const stateCount = positionCount * 2;
  const phraseStarts = startsOf(phrasesByState, 2);
  const laterStarts = startsOf(laterWordsByState, 1);
  const stateStarts = new Int32Array(stateCount * 2 + 2);
  for (let state = 0; state < stateCount; state += 1) {
    stateStarts[state * 2] = phraseStarts.starts[state] ?? 0;
    stateStarts[state * 2 + 1] = laterStarts.starts[state] ?? 0;
  }
  stateStarts[stateCount * 2] = phraseStarts.total;
  stateStarts[stateCount * 2 + 1] = laterStarts.total;
  const statePhrases = new Int32Array(phraseStarts.total);
  const stateLaterWords = new Int32Array(laterStarts.total);
  for (let state = 0; state < stateCount; state += 1) {
    let entry = phraseStarts.starts[state] ?? 0;
    for (const phrase of phrasesByState[state] ?? NONE) {
      statePhrases[entry] = phrase * 2 + (phraseLineStarts[phrase] === true ? 1 : 0);
      statePhrases[entry + 1] = phraseWords[phrase]?.[1] ?? -1;
      entry += 2;
    }
    stateLaterWords.set(laterWordsByState[state] ?? NONE, laterStarts.starts[state] ?? 0);
  }
  return { stateStarts, statePhrases, stateLaterWords };
}
