import { compileScanStates, type ScanStates } from './compileScanStates.ts';
import type { CueRule } from './cueRule.ts';
import { foldText } from './foldText.ts';
import { isWordCode } from './tokenizeText.ts';

/** The lexicon turned into a character trie of words and a list of word-sequence phrases. */
export interface CompiledCues extends ScanStates {
  rules: readonly CueRule[];
  /** Child of a trie node for a-z and 0-9 (36 slots per node); 0 = none (the root is never a child). */
  asciiChildren: Int32Array;
  /** Child for other characters, keyed node * 65536 + code unit. */
  otherChildren: ReadonlyMap<number, number>;
  /** Phrase words that a token ending exactly at this node satisfies. */
  exactAt: readonly (readonly number[] | undefined)[];
  /** Phrase words (stems) that any token passing through this node satisfies. */
  prefixAt: readonly (readonly number[] | undefined)[];
  phrases: readonly CompiledPhrase[];
  /** Phrase ids by the id of their first word. */
  phrasesByFirstWord: readonly (readonly number[])[];
}

export interface CompiledPhrase {
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

export function asciiSlot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/**
 * Compiles lexicon rules and word classes into the structure `matchCues` scans with.
 * Runs once at module load; throws `LexiconError` on a malformed entry.
 *
 * @example
 * compileCueRules([{ kind: 'right', right: 'erasure', pattern: 'delete ~ @my data' }], { my: 'my|our' })
 */
export function compileCueRules(rules: readonly CueRule[], wordClasses: Readonly<Record<string, string>>): CompiledCues {
  const children: number[] = new Array<number>(36).fill(0);
  const otherChildren = new Map<number, number>();
  const exactAt: number[][] = [[]];
  const prefixAt: number[][] = [[]];
  const parentOf: number[] = [0];
  const wordIds = new Map<string, number>();
  let nodeCount = 1;

  const childOf = (node: number, code: number): number => {
    const slot = asciiSlot(code);
    const existing = slot >= 0 ? (children[node * 36 + slot] ?? 0) : (otherChildren.get(node * 65536 + code) ?? 0);
    if (existing !== 0) return existing;
    const created = nodeCount;
    nodeCount += 1;
    for (let index = 0; index < 36; index += 1) children.push(0);
    exactAt.push([]);
    prefixAt.push([]);
    parentOf.push(node);
    if (slot >= 0) children[node * 36 + slot] = created;
    else otherChildren.set(node * 65536 + code, created);
    return created;
  };

  const compileWord = (alternatives: string, source: string): number => {
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
    if (known !== undefined) return known;
    const id = wordIds.size;
    wordIds.set(expanded, id);
    for (const alternative of expanded.split('|')) {
      const isStem = alternative.endsWith('*');
      const folded = foldText(isStem ? alternative.slice(0, -1) : alternative);
      if (folded.length === 0 || !folded.every(isWordCode)) {
        throw new LexiconError(`"${alternative}" in "${source}" is not one word.`);
      }
      let node = 0;
      for (const code of folded) node = childOf(node, code);
      (isStem ? prefixAt : exactAt)[node]?.push(id);
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

  const phrasesByFirstWord: number[][] = Array.from({ length: wordIds.size }, () => []);
  phrases.forEach((phrase, phraseIndex) => phrasesByFirstWord[phrase.words[0] ?? 0]?.push(phraseIndex));
  const orUndefined = (ids: number[]): number[] | undefined => (ids.length > 0 ? ids : undefined);
  return {
    rules,
    asciiChildren: Int32Array.from(children),
    otherChildren,
    exactAt: exactAt.map(orUndefined),
    prefixAt: prefixAt.map(orUndefined),
    phrases,
    phrasesByFirstWord,
    ...compileScanStates(parentOf, exactAt, prefixAt, phrases, phrasesByFirstWord),
  };
}
