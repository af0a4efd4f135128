import type { CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** Where negations, suppositions and recalled requests reach in one field. */
export interface CueScopes {
  negatedClauses: ReadonlySet<number>;
  hypotheticalSentences: ReadonlySet<number>;
  recallingSentences: ReadonlySet<number>;
  /** How many cues in the sender's words say the mail is about privacy in general. */
  informationalCues: number;
  /** The sender asks again for what he asked before. */
  isRenewal: boolean;
}

/**
 * Collects the scopes of the cues that change how right phrases read: a negation reaches its clause,
 * a supposition or an earlier request its sentence.
 *
 * @example
 * findScopes(tokens, matches, CUE_LEXICON, active).negatedClauses.has(tokens.clauses[3] ?? -1) // true
 */
export function findScopes(tokens: TokenizedText, matches: readonly CueMatch[], cues: CompiledCues, active: Uint8Array | undefined): CueScopes {
  const negatedClauses = new Set<number>();
  const hypotheticalSentences = new Set<number>();
  const recallingSentences = new Set<number>();
  let informationalCues = 0;
  let isRenewal = false;
  for (const match of matches) {
    const kind = cues.rules[match.rule]?.kind;
    if (kind === 'negation') negatedClauses.add(tokens.clauses[match.first] ?? -1);
    else if (kind === 'hypothetical') hypotheticalSentences.add(tokens.sentences[match.first] ?? -1);
    else if (kind === 'earlierRequest') recallingSentences.add(tokens.sentences[match.first] ?? -1);
    else if (kind === 'informational' && (active === undefined || active[match.first] === 1)) informationalCues += 1;
    else if (kind === 'renewal' && (active === undefined || active[match.first] === 1)) isRenewal = true;
  }
  return { negatedClauses, hypotheticalSentences, recallingSentences, informationalCues, isRenewal };
}

/** Whether a negation sits in any clause the phrase spans. */
export function isNegated(tokens: TokenizedText, match: CueMatch, negatedClauses: ReadonlySet<number>): boolean {
  const firstClause = tokens.clauses[match.first] ?? 0;
  const lastClause = tokens.clauses[match.last] ?? firstClause;
  for (let clause = firstClause; clause <= lastClause; clause += 1) {
    if (negatedClauses.has(clause)) return true;
  }
  return false;
}
