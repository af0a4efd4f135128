import { REQUEST_LANGUAGES } from '../rights/language.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { compileScanStates, type ScanStates } from './compileScanStates.ts';
import type { CueKind, CueRule } from './cueRule.ts';
import { foldText } from './foldText.ts';
import { ASCII_SLOTS, asciiSlot, narrowed, narrowedTrie, packTrie, type PackedTrieNumbers, type TrieNumbers } from './packTrie.ts';
import { REQUEST_CONCEPTS } from './requestConcept.ts';
import { isWordCode } from './tokenizeText.ts';
import { typingSlips } from './typingSlips.ts';

/**
 * The lexicon turned into a character trie of words and a table of word-sequence phrases, all in
 * flat typed arrays: the scan runs over them for every token, and objects per node or phrase would
 * cost a pointer chase each.
 */
export interface CompiledCues extends ScanStates {
  rules: readonly CueRule[];
  /** The word trie for a-z and 0-9 as a double array (see `PackedTrie`), in 16 bits where it fits; position 0 is the root. */
  trie: PackedTrieNumbers;
  /** Child for other characters, keyed position * 65536 + code unit. */
  otherChildren: ReadonlyMap<number, number>;
  /** How many distinct phrase words there are (word ids run from 0). */
  wordCount: number;
  /** Rule of each phrase. */
  phraseRules: Int32Array;
  /** Phrase `p` has the words `phraseWords[phraseStarts[p] .. phraseStarts[p + 1])`. */
  phraseStarts: TrieNumbers;
  phraseWords: TrieNumbers;
  /** How many other tokens may sit before each word (unused for a phrase's first word). */
  phraseGaps: TrieNumbers;
  /**
   * Each rule's kind (`CUE_KIND_CODES`), right (index in `RIGHT_LABELS`), concept (index in
   * `REQUEST_CONCEPTS`) and language (index in `REQUEST_LANGUAGES`), -1 where it has none: every
   * match is sorted by these, and a number read beside the others costs less than a rule object's strings.
   */
  ruleKinds: Int8Array;
  ruleRights: Int8Array;
  ruleConcepts: Int8Array;
  ruleLanguages: Int8Array;
  /** 1 for a name that masks the ingredient words inside it (`CueRule.masksWords`), else 0. */
  ruleMasksWords: Uint8Array;
  /**
   * Each right phrase's `overrides` (index in `RIGHT_LABELS`, -1 for none), `weight` (1 where unset) and
   * `topic` (1 or 0): rules are object literals of many shapes, so reading these from them is a slow lookup.
   */
  ruleOverrides: Int8Array;
  ruleWeights: Float64Array;
  ruleTopics: Uint8Array;
  /** Heads a compound the lexicon does not hold is read by (`COMPOUND_HEADS`), folded, each with the scan state of the head word. */
  compoundHeads: readonly CompoundHead[];
}

/** A word that a compound ending on it means: the compound, not in the lexicon itself, takes the word's scan state. */
export interface CompoundHead {
  codes: Uint16Array;
  state: number;
}

/**
 * Dutch compounds on "gegevens" are data whatever their first part ("sollicitatiegegevens", "accountgegevens",
 * "leerlinggegevens"): one the lexicon does not hold reads as "gegevens". Not German "daten" ("Kandidaten", "Soldaten").
 */
const COMPOUND_HEADS: readonly string[] = ['gegevens'];

/** A number for each cue kind, for `CompiledCues.ruleKinds`. */
export const CUE_KIND_CODES: Readonly<Record<CueKind, number>> = {
  right: 0,
  concept: 1,
  negation: 2,
  deniesNothing: 3,
  conjunction: 4,
  hypothetical: 5,
  earlierRequest: 6,
  renewal: 7,
  informational: 8,
  replyMarker: 9,
  forwardMarker: 10,
  signOff: 11,
  disclaimer: 12,
  footer: 13,
  autoReply: 14,
  autoReplyReceived: 15,
  stopword: 16,
  reservation: 17,
  event: 18,
  mailTitle: 19,
};

interface CompiledPhrase {
  rule: number;
  words: readonly number[];
  /** How many other tokens may sit before each word (index 0 unused). */
  gaps: readonly number[];
  lineStart: boolean;
}

const DEFAULT_GAP = 3;

/** Error in a lexicon entry: a programming mistake found when the module loads, never at run time. */
export class LexiconError extends Error {
  override name = 'LexiconError';
}

/**
 * Compiles lexicon rules and word classes into the structure `matchCues` scans with.
 * Runs once at module load; throws `LexiconError` on a malformed entry.
 *
 * @example
 * compileCueRules([{ kind: 'right', right: 'erasure', pattern: 'delete ~ @my data' }], { my: 'my|our' })
 *
 * `slipTolerantWords` are words whose slips of the finger (`typingSlips`) count where the word does.
 */
export function compileCueRules(
  rules: readonly CueRule[],
  wordClasses: Readonly<Record<string, string>>,
  slipTolerantWords: readonly string[] = [],
): CompiledCues {
  // The trie as it grows: 36 child slots per node, in an array that doubles when full.
  let children = new Int32Array(ASCII_SLOTS * 1024);
  const otherChildren = new Map<number, number>();
  const exactAt: (number[] | undefined)[] = [];
  const prefixAt: (number[] | undefined)[] = [];
  const parentOf: number[] = [0];
  const slotOf: number[] = [-1];
  const wordIds = new Map<string, number>();
  /** Word id by the pattern part as written ("@my", "delete|erase"), so a repeated part is expanded once. */
  const partIds = new Map<string, number>();
  let nodeCount = 1;

  const childOf = (node: number, code: number): number => {
    const slot = asciiSlot(code);
    const existing = slot >= 0 ? (children[node * ASCII_SLOTS + slot] ?? 0) : (otherChildren.get(node * 65536 + code) ?? 0);
    if (existing !== 0) return existing;
    const created = nodeCount;
    nodeCount += 1;
    if (nodeCount * ASCII_SLOTS > children.length) {
      const grown = new Int32Array(children.length * 2);
      grown.set(children);
      children = grown;
    }
    parentOf.push(node);
    slotOf.push(slot);
    if (slot >= 0) children[node * ASCII_SLOTS + slot] = created;
    else otherChildren.set(node * 65536 + code, created);
    return created;
  };
  const addWordAt = (words: (number[] | undefined)[], node: number, word: number): void => {
    const existing = words[node];
    if (existing === undefined) words[node] = [word];
    // Alternatives that fold to one word ("müssen|mussen") would match it twice.
    else if (!existing.includes(word)) existing.push(word);
  };

  /** The trie node a word ends on; word classes repeat the same words, so each is inserted once. */
  const nodeByWord = new Map<string, number>();
  const nodeOfWord = (word: string, alternative: string, source: string): number => {
    const known = nodeByWord.get(word);
    if (known !== undefined) return known;
    const folded = foldText(word);
    if (folded.length === 0) throw new LexiconError(`"${alternative}" in "${source}" is not one word.`);
    let node = 0;
    for (let index = 0; index < folded.length; index += 1) {
      const code = folded[index] ?? 0;
      if (!isWordCode(code)) throw new LexiconError(`"${alternative}" in "${source}" is not one word.`);
      node = childOf(node, code);
    }
    nodeByWord.set(word, node);
    return node;
  };

  const compileWord = (alternatives: string, source: string): number => {
    const knownPart = partIds.get(alternatives);
    if (knownPart !== undefined) return knownPart;
    const expanded = alternatives
      .split('|')
      .map((alternative) => {
        if (!alternative.startsWith('@')) return alternative;
        const members = wordClasses[alternative.slice(1)];
        if (members === undefined) throw new LexiconError(`Unknown word class ${alternative} in "${source}".`);
        return members;
      })
      .join('|');
    const known = wordIds.get(expanded);
    if (known !== undefined) {
      partIds.set(alternatives, known);
      return known;
    }
    const id = wordIds.size;
    wordIds.set(expanded, id);
    partIds.set(alternatives, id);
    for (const alternative of expanded.split('|')) {
      const isStem = alternative.endsWith('*');
      addWordAt(isStem ? prefixAt : exactAt, nodeOfWord(isStem ? alternative.slice(0, -1) : alternative, alternative, source), id);
    }
    return id;
  };

  const phrases: CompiledPhrase[] = [];
  rules.forEach((rule, ruleIndex) => {
    const words: number[] = [];
    const gaps: number[] = [];
    let pendingGap = 0;
    for (const part of rule.pattern.replace(/['-]/g, ' ').split(' ')) {
      if (part === '') continue;
      if (part.startsWith('~')) {
        pendingGap = part.length === 1 ? DEFAULT_GAP : Number(part.slice(1));
        if (!Number.isInteger(pendingGap) || pendingGap < 0 || pendingGap > 40) {
          throw new LexiconError(`Gap "${part}" in "${rule.pattern}" must be ~ or ~0..~40.`);
        }
        continue;
      }
      words.push(compileWord(part, rule.pattern));
      gaps.push(pendingGap);
      pendingGap = 0;
    }
    if (words.length === 0) throw new LexiconError(`Empty pattern in a ${rule.kind} rule.`);
    phrases.push({ rule: ruleIndex, words, gaps, lineStart: rule.lineStart === true });
  });

  // A mistyped key word ("niewsbrief") ends on a node of its own that takes the word ids of the word as
  // written; a slip that is a word or stem of the lexicon ("verwijder" of "verwijderd") keeps its own.
  for (const written of slipTolerantWords) {
    const word = String.fromCharCode(...foldText(written));
    const ids = exactAt[nodeOfWord(word, written, 'slip-tolerant words')];
    if (ids === undefined) continue;
    for (const slip of typingSlips(word)) {
      const node = nodeOfWord(slip, slip, 'slip-tolerant words');
      if (exactAt[node] !== undefined || prefixAt[node] !== undefined) continue;
      exactAt[node] = [...ids];
    }
  }

  const phrasesByFirstWord: number[][] = Array.from({ length: wordIds.size }, () => []);
  phrases.forEach((phrase, phraseIndex) => phrasesByFirstWord[phrase.words[0] ?? 0]?.push(phraseIndex));

  const { trie, positionOf, positionCount } = packTrie(parentOf, slotOf, nodeCount);
  const otherChildrenByPosition = new Map<number, number>();
  otherChildren.forEach((child, key) => {
    const parentPosition = positionOf[Math.floor(key / 65536)] ?? 0;
    otherChildrenByPosition.set(parentPosition * 65536 + (key % 65536), positionOf[child] ?? 0);
  });

  const phraseStarts = new Int32Array(phrases.length + 1);
  phrases.forEach((phrase, phraseIndex) => {
    phraseStarts[phraseIndex + 1] = (phraseStarts[phraseIndex] ?? 0) + phrase.words.length;
  });
  const scanStates = compileScanStates(
    parentOf,
    exactAt,
    prefixAt,
    phrases.map((phrase) => phrase.words),
    phrases.map((phrase) => phrase.lineStart),
    phrasesByFirstWord,
    positionOf,
    positionCount,
  );
  const compoundHeads = COMPOUND_HEADS.flatMap((head) => {
    const node = nodeByWord.get(head);
    return node === undefined ? [] : [{ codes: foldText(head), state: scanStates.stateIds[(positionOf[node] ?? 0) * 2 + 1] ?? 0 }];
  });
  return {
    rules,
    trie: narrowedTrie(trie),
    otherChildren: otherChildrenByPosition,
    wordCount: wordIds.size,
    phraseRules: Int32Array.from(phrases, (phrase) => phrase.rule),
    // The phrase tables in 16 bits where they fit, as the trie and the scan states.
    phraseStarts: narrowed(phraseStarts),
    phraseWords: narrowed(Int32Array.from(phrases.flatMap((phrase) => phrase.words))),
    phraseGaps: narrowed(Int32Array.from(phrases.flatMap((phrase) => phrase.gaps))),
    ruleKinds: Int8Array.from(rules, (rule) => CUE_KIND_CODES[rule.kind]),
    ruleRights: Int8Array.from(rules, (rule) => (rule.right === undefined ? -1 : RIGHT_LABELS.indexOf(rule.right))),
    ruleConcepts: Int8Array.from(rules, (rule) => (rule.concept === undefined ? -1 : REQUEST_CONCEPTS.indexOf(rule.concept))),
    ruleLanguages: Int8Array.from(rules, (rule) => (rule.language === undefined ? -1 : REQUEST_LANGUAGES.indexOf(rule.language))),
    ruleMasksWords: Uint8Array.from(rules, (rule) => (rule.masksWords === true ? 1 : 0)),
    ruleOverrides: Int8Array.from(rules, (rule) => (rule.overrides === undefined ? -1 : RIGHT_LABELS.indexOf(rule.overrides))),
    ruleWeights: Float64Array.from(rules, (rule) => rule.weight ?? 1),
    ruleTopics: Uint8Array.from(rules, (rule) => (rule.topic === true ? 1 : 0)),
    compoundHeads,
    ...scanStates,
  };
}
