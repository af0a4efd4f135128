import type { RightLabel } from '../rights/rightLabel.ts';
import type { CueMatch } from './matchCues.ts';
import type { RequestConcept } from './requestConcept.ts';
import type { RightCombination } from './rightCombinations.ts';

/** A right one sentence invokes through its ingredients, and the phrases that supplied them. */
export interface CombinedRight {
  right: RightLabel;
  sentence: number;
  ingredients: CueMatch[];
  overrides: readonly RightLabel[];
}

/**
 * Applies the combinations to the ingredients found in each sentence (and, for combinations that
 * reach back, together with the sentence before a short follow-up sentence in the same paragraph).
 *
 * @example
 * combineConcepts(new Map([[0, new Map([['erase', m1], ['myData', m2]])]]), RIGHT_COMBINATIONS)
 * // [{ right: 'erasure', sentence: 0, ingredients: [m1, m2], overrides: [] }]
 */
export function combineConcepts(
  conceptsBySentence: ReadonlyMap<number, ReadonlyMap<RequestConcept, CueMatch>>,
  combinations: readonly RightCombination[],
  previousSentence: ReadonlyMap<number, number> = new Map(),
): CombinedRight[] {
  const combined: CombinedRight[] = [];
  const wholeMail = new Map<RequestConcept, CueMatch>();
  for (const concepts of conceptsBySentence.values()) for (const [name, match] of concepts) if (!wholeMail.has(name)) wholeMail.set(name, match);
  for (const combination of combinations) {
    if (combination.acrossMail !== true || !holds(combination, wholeMail)) continue;
    const ingredients = combination.all.map((name) => wholeMail.get(name)).filter((match): match is CueMatch => match !== undefined);
    // A mail-wide right speaks for no single sentence, so no sentence override reaches it.
    for (const right of combination.rights) combined.push({ right, sentence: -1, ingredients, overrides: combination.overrides ?? [] });
  }
  for (const [sentence, own] of conceptsBySentence) {
    const previous = conceptsBySentence.get(previousSentence.get(sentence) ?? -1);
    let withPrevious: ReadonlyMap<RequestConcept, CueMatch> | undefined;
    for (const combination of combinations) {
      if (combination.acrossMail === true) continue;
      if (combination.reachesBack === true && previous === undefined) continue;
      if (combination.reachesBack === true && withPrevious === undefined) withPrevious = new Map([...(previous ?? []), ...own]);
      const concepts = combination.reachesBack === true ? (withPrevious ?? own) : own;
      if (!combination.all.every((name) => concepts.has(name))) continue;
      if (combination.unless?.some((name) => concepts.has(name)) === true) continue;
      const anyName = combination.any?.find((name) => concepts.has(name));
      if (combination.any !== undefined && anyName === undefined) continue;
      const names = anyName === undefined ? combination.all : [...combination.all, anyName];
      const ingredients = names.map((name) => concepts.get(name)).filter((match): match is CueMatch => match !== undefined);
      for (const right of combination.rights) {
        combined.push({ right, sentence, ingredients, overrides: combination.overrides ?? [] });
      }
    }
  }
  return combined;
}

function holds(combination: RightCombination, concepts: ReadonlyMap<RequestConcept, CueMatch>): boolean {
  if (!combination.all.every((name) => concepts.has(name))) return false;
  if (combination.unless?.some((name) => concepts.has(name)) === true) return false;
  return combination.any === undefined || combination.any.some((name) => concepts.has(name));
}
