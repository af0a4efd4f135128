import { RIGHT_LABELS, type RightLabel } from '../rights/rightLabel.ts';
import type { Evidence } from './classification.ts';
import { sortFewStably } from './sortFewStably.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** A right phrase or ingredient that stood, by token positions. */
export interface KeptPhrase {
  first: number;
  last: number;
  /** The sentence the phrase speaks for (a follow-up's ingredients may sit in the sentence before). */
  sentence: number;
  right: RightLabel;
  /** Rights this phrase takes its sentence over from. */
  overrides: readonly RightLabel[];
  weight: number;
  isTopic: boolean;
  /** A half complaint that holds the complaint word itself: a complaint lodged with us ("treat this as a formal complaint"). */
  lodgesComplaint?: boolean;
}

/** One piece of evidence with what the decision needs to know about it. */
export interface WeighedEvidence {
  evidence: Evidence;
  weight: number;
  /** It sits in a sentence recalling an earlier request. */
  isRecalled: boolean;
  /** It names a topic rather than asking (see `CueRule.topic`). */
  isTopic: boolean;
  /** See `KeptPhrase.lodgesComplaint`. */
  lodgesComplaint?: boolean;
}

/** Each right's index in `RIGHT_LABELS`: one keyed read, where `indexOf` compares strings. */
export const RIGHT_NUMBERS = Object.fromEntries(RIGHT_LABELS.map((right, index) => [right, index])) as Readonly<Record<RightLabel, number>>;

/** The key of "`right` is overridden in `sentence`" (sentence -1: the whole mail) in the set `mergeEvidence` reads. */
export function overrideKey(right: RightLabel, sentence: number): number {
  return sentence * RIGHT_LABELS.length + RIGHT_NUMBERS[right];
}

/**
 * Turns kept phrases into evidence spans: phrases of an overridden right in that sentence are
 * dropped, and overlapping phrases of one right merge into one span, the words a reader would mark.
 *
 * @example
 * mergeEvidence('body', text, tokens, kept, new Set([overrideKey('objection', 2)]), new Set())[0]?.evidence.text // 'delete my data'
 */
export function mergeEvidence(
  field: 'subject' | 'body',
  text: string,
  tokens: TokenizedText,
  kept: readonly KeptPhrase[],
  overridden: ReadonlySet<number>,
  recallingSentences: ReadonlySet<number>,
): WeighedEvidence[] {
  const standing = kept.filter((item) => !overridden.has(overrideKey(item.right, item.sentence)));
  sortFewStably(standing, comparePlace);
  const merged: WeighedEvidence[] = [];
  const lastOfRight = new Map<RightLabel, WeighedEvidence>();
  for (const item of standing) {
    const start = tokens.starts[item.first] ?? 0;
    const end = tokens.ends[item.last] ?? start;
    const previous = lastOfRight.get(item.right);
    if (previous !== undefined && start < previous.evidence.end) {
      // The span is built here, so it may grow in place; its words are read once it is complete.
      previous.evidence.end = Math.max(previous.evidence.end, end);
      previous.weight = Math.max(previous.weight, item.weight);
      previous.isTopic = previous.isTopic && item.isTopic;
      if (item.lodgesComplaint === true) previous.lodgesComplaint = true;
      continue;
    }
    const piece: WeighedEvidence = {
      evidence: { right: item.right, field, start, end, text: text.slice(start, end) },
      weight: item.weight,
      isRecalled: recallingSentences.has(tokens.sentences[item.first] ?? -1),
      isTopic: item.isTopic,
      // Always set, so that every piece has one shape for the reads in `decideRights` and after.
      lodgesComplaint: item.lodgesComplaint === true,
    };
    lastOfRight.set(item.right, piece);
    merged.push(piece);
  }
  for (const { evidence } of merged) evidence.text = text.slice(evidence.start, evidence.end);
  return merged;
}

/** By first token, the longer first where two start together. */
function comparePlace(left: KeptPhrase, right: KeptPhrase): number {
  return left.first - right.first || right.last - left.last;
}
