import type { RightLabel } from '../rights/rightLabel.ts';
import type { Evidence } from './classification.ts';
import type { CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** What one field (subject or body) says: the evidence that stands, and how many right phrases were cancelled. */
export interface FieldEvidence {
  evidence: Evidence[];
  /** Weight of each piece of evidence, by index. */
  weights: number[];
  /** Right phrases in the sender's own words that a negation or supposition cancelled. */
  cancelled: number;
}

/**
 * Keeps the right phrases a reader would act on: in the sender's own words (`active`), not negated in
 * their clause ("we do not delete ...") unless the phrase carries its own negation ("no longer
 * receive"), and not inside a supposition or a question about procedure ("if a customer asks ...").
 * A phrase that `overrides` a right removes that right's phrases from the same sentence.
 *
 * @example
 * collectEvidence('body', text, tokens, matches, active, CUE_LEXICON, NEGATED_RULES).evidence[0]?.right // 'erasure'
 */
export function collectEvidence(
  field: 'subject' | 'body',
  text: string,
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  active: Uint8Array | undefined,
  cues: CompiledCues,
  rulesWithOwnNegation: ReadonlySet<number>,
): FieldEvidence {
  const negatedClauses = new Set<number>();
  const hypotheticalSentences = new Set<number>();
  for (const match of matches) {
    const kind = cues.rules[match.rule]?.kind;
    if (kind === 'negation') negatedClauses.add(tokens.clauses[match.first] ?? -1);
    else if (kind === 'hypothetical') hypotheticalSentences.add(tokens.sentences[match.first] ?? -1);
  }
  const kept: { match: CueMatch; right: RightLabel; overrides: RightLabel | undefined; weight: number }[] = [];
  let cancelled = 0;
  for (const match of matches) {
    const rule = cues.rules[match.rule];
    if (rule?.kind !== 'right' || rule.right === undefined) continue;
    if (active !== undefined && (active[match.first] !== 1 || active[match.last] !== 1)) continue;
    const isHypothetical = hypotheticalSentences.has(tokens.sentences[match.first] ?? -1);
    if (isHypothetical || (!rulesWithOwnNegation.has(match.rule) && isNegated(tokens, match, negatedClauses))) {
      cancelled += 1;
      continue;
    }
    kept.push({ match, right: rule.right, overrides: rule.overrides, weight: rule.weight ?? 1 });
  }
  const overridden = new Set<string>();
  for (const item of kept) {
    if (item.overrides !== undefined) overridden.add(`${item.overrides}:${tokens.sentences[item.match.first] ?? -1}`);
  }
  const result: FieldEvidence = { evidence: [], weights: [], cancelled };
  const standing = kept.filter((item) => !overridden.has(`${item.right}:${tokens.sentences[item.match.first] ?? -1}`));
  standing.sort((left, right) => left.match.first - right.match.first || right.match.last - left.match.last);
  const lastOfRight = new Map<RightLabel, number>();
  for (const item of standing) {
    const start = tokens.starts[item.match.first] ?? 0;
    const end = tokens.ends[item.match.last] ?? start;
    const previousIndex = lastOfRight.get(item.right);
    const previous = previousIndex === undefined ? undefined : result.evidence[previousIndex];
    // Overlapping phrases for one right are one piece of evidence: the words a reader would mark.
    if (previous !== undefined && previousIndex !== undefined && start < previous.end) {
      const mergedEnd = Math.max(previous.end, end);
      result.evidence[previousIndex] = { ...previous, end: mergedEnd, text: text.slice(previous.start, mergedEnd) };
      result.weights[previousIndex] = Math.max(result.weights[previousIndex] ?? 0, item.weight);
      continue;
    }
    lastOfRight.set(item.right, result.evidence.length);
    result.evidence.push({ right: item.right, field, start, end, text: text.slice(start, end) });
    result.weights.push(item.weight);
  }
  return result;
}

function isNegated(tokens: TokenizedText, match: CueMatch, negatedClauses: ReadonlySet<number>): boolean {
  const firstClause = tokens.clauses[match.first] ?? 0;
  const lastClause = tokens.clauses[match.last] ?? firstClause;
  for (let clause = firstClause; clause <= lastClause; clause += 1) {
    if (negatedClauses.has(clause)) return true;
  }
  return false;
}
