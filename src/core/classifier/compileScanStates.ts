import type { CompiledPhrase } from './compileCueRules.ts';

/**
 * What the scan needs to know about a token, by the trie state the token leaves it in: state
 * `node * 2 + 1` when the token ends exactly on `node`, `node * 2` when it runs on past `node`'s
 * children (then only the stems on its way count).
 */
export interface ScanStates {
  /** Phrases a token in this state can open, in the order the lexicon lists them (repeats kept). */
  phrasesByState: readonly (readonly number[])[];
  /** Words the token satisfies that some phrase needs after its first word. */
  laterWordsByState: readonly (readonly number[])[];
}

const NONE: readonly number[] = [];

/**
 * Precomputes, for every trie state, the phrases a token can open and the later phrase words it
 * satisfies, so the scan does not walk every word a token satisfies (word classes make that many).
 *
 * @example
 * compileScanStates(parentOf, exactAt, prefixAt, phrases, phrasesByFirstWord).phrasesByState[7] // [12, 40]
 */
export function compileScanStates(
  parentOf: readonly number[],
  exactAt: readonly (readonly number[])[],
  prefixAt: readonly (readonly number[])[],
  phrases: readonly CompiledPhrase[],
  phrasesByFirstWord: readonly (readonly number[])[],
): ScanStates {
  const isLaterWord = new Uint8Array(phrasesByFirstWord.length);
  for (const { words } of phrases) {
    for (let index = 1; index < words.length; index += 1) isLaterWord[words[index] ?? 0] = 1;
  }
  const phrasesOf = (words: readonly number[]): readonly number[] => {
    const opened = words.flatMap((word) => phrasesByFirstWord[word] ?? NONE);
    return opened.length === 0 ? NONE : opened;
  };
  const laterOf = (words: readonly number[]): readonly number[] => {
    const later = words.filter((word) => isLaterWord[word] === 1);
    return later.length === 0 ? NONE : later;
  };
  // Children are created after their parents, so node order is a top-down order; the root has no stems.
  const stemsOnPath: (readonly number[])[] = [NONE];
  for (let node = 1; node < exactAt.length; node += 1) {
    const above = stemsOnPath[parentOf[node] ?? 0] ?? NONE;
    const own = prefixAt[node] ?? NONE;
    stemsOnPath.push(own.length === 0 ? above : above.concat(own));
  }
  const phrasesByState: (readonly number[])[] = [];
  const laterWordsByState: (readonly number[])[] = [];
  stemsOnPath.forEach((stems, node) => {
    const exact = exactAt[node] ?? NONE;
    const whole = exact.length === 0 ? stems : stems.concat(exact);
    phrasesByState.push(phrasesOf(stems), phrasesOf(whole));
    laterWordsByState.push(laterOf(stems), laterOf(whole));
  });
  return { phrasesByState, laterWordsByState };
}
