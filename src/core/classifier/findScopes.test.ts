import fc from 'fast-check';
import { isNegated, type CueScopes } from './findScopes.ts';
import type { CueMatch } from './matchCues.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** The rule `isNegated` implements, written out over every negation and conjunction of the field. */
function isNegatedByDefinition(
  clauses: readonly number[],
  match: CueMatch,
  negations: readonly number[],
  conjunctions: readonly number[],
  contrasts: readonly number[],
): boolean {
  const firstClause = clauses[match.first] ?? 0;
  const lastClause = clauses[match.last] ?? 0;
  const conjunctionBetween = (from: number, to: number): boolean => conjunctions.some((position) => position > from && position < to);
  return negations.some((negation) => {
    const clause = clauses[negation] ?? -1;
    if (clause < firstClause || clause > lastClause) return false;
    if (negation >= match.first && negation <= match.last) return true;
    if (negation > match.last) return negation - match.last <= 5 && !conjunctionBetween(match.first, negation);
    return !conjunctionBetween(negation, match.first) && !contrasts.some((position) => position > match.first && position < match.last);
  });
}

/** The scopes of a field with negations and conjunctions at these token positions (ascending). */
function scopesOf(clauses: readonly number[], negations: number[], conjunctions: number[], contrasts: number[] = []): CueScopes {
  return {
    negatedClauses: new Set(negations.map((negation) => clauses[negation] ?? -1)),
    negations,
    negationSubjects: negations.map(() => -1),
    conjunctions,
    contrasts,
    hypotheticalSentences: new Set(),
    reservedFrom: new Map(),
    maskedSpans: [],
    recallingSentences: new Set(),
    informationalCues: 0,
    isRenewal: false,
    eventSentences: new Set(),
  };
}

/** A field of up to 40 tokens: where each clause starts, and which tokens are negations and conjunctions (some of them contrasts). */
const field = fc
  .record({
    clauseBreaks: fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
    negationAt: fc.array(fc.nat(39), { maxLength: 12 }),
    conjunctionAt: fc.array(fc.nat(39), { maxLength: 12 }),
    isContrast: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    first: fc.nat(39),
    length: fc.nat(4),
  })
  .map(({ clauseBreaks, negationAt, conjunctionAt, isContrast, first, length }) => {
    const count = clauseBreaks.length;
    let clause = 0;
    const clauses = clauseBreaks.map((isBreak, index) => (index > 0 && isBreak ? (clause += 1) : clause));
    const within = (positions: number[]): number[] => [...new Set(positions.filter((position) => position < count))].sort((a, b) => a - b);
    const matchFirst = first % count;
    const conjunctions = within(conjunctionAt);
    const contrasts = conjunctions.filter((_, index) => isContrast[index] === true);
    return { clauses, negations: within(negationAt), conjunctions, contrasts, match: { rule: 0, first: matchFirst, last: Math.min(count - 1, matchFirst + length) } };
  });

describe('isNegated', () => {
  it('finds a negation exactly where the rule written out over every negation does', () => {
    fc.assert(
      fc.property(field, ({ clauses, negations, conjunctions, contrasts, match }) => {
        const tokens = { clauses: Int32Array.from(clauses) } as unknown as TokenizedText;
        expect(isNegated(tokens, match, scopesOf(clauses, negations, conjunctions, contrasts))).toBe(
          isNegatedByDefinition(clauses, match, negations, conjunctions, contrasts),
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads "do not delete" as negated and "not now, but delete" as not', () => {
    const clauses = [0, 0, 0, 1, 1, 1];
    const tokens = { clauses: Int32Array.from(clauses) } as unknown as TokenizedText;
    const scopes = (negations: number[], conjunctions: number[]): CueScopes => scopesOf(clauses, negations, conjunctions);
    expect(isNegated(tokens, { rule: 0, first: 2, last: 2 }, scopes([1], []))).toBe(true);
    expect(isNegated(tokens, { rule: 0, first: 5, last: 5 }, scopes([3], [4]))).toBe(false);
    expect(isNegated(tokens, { rule: 0, first: 5, last: 5 }, scopes([1], []))).toBe(false);
  });
});
