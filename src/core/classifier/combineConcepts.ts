import type { RightLabel } from '../rights/rightLabel.ts';
import { holdsAll, holdsAny, maskConcepts, type ConceptMask } from './conceptMask.ts';
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
  if (conceptsBySentence.size === 0) return combined;
  const { acrossMail, perSentence } = maskCombinations(combinations);
  const wholeMail = new Map<RequestConcept, CueMatch>();
  for (const concepts of conceptsBySentence.values()) for (const [name, match] of concepts) if (!wholeMail.has(name)) wholeMail.set(name, match);
  const wholeMailMask = maskConcepts(wholeMail.keys());
  for (const { combination, masks } of acrossMail) {
    if (!holds(masks, wholeMailMask)) continue;
    const ingredients = combination.all.map((name) => wholeMail.get(name)).filter((match): match is CueMatch => match !== undefined);
    // A mail-wide right speaks for no single sentence, so no sentence override reaches it.
    for (const right of combination.rights) combined.push({ right, sentence: -1, ingredients, overrides: combination.overrides ?? [] });
  }
  for (const [sentence, own] of conceptsBySentence) {
    const previous = conceptsBySentence.get(previousSentence.get(sentence) ?? -1);
    const ownMask = maskConcepts(own.keys());
    const withPreviousMask = previous === undefined ? undefined : joinMasks(ownMask, maskConcepts(previous.keys()));
    let withPrevious: ReadonlyMap<RequestConcept, CueMatch> | undefined;
    for (const { combination, masks, reachesBack } of perSentence) {
      const sentenceMask = reachesBack ? withPreviousMask : ownMask;
      if (sentenceMask === undefined || !holds(masks, sentenceMask)) continue;
      if (reachesBack && withPrevious === undefined) withPrevious = new Map([...(previous ?? []), ...own]);
      const concepts = reachesBack ? (withPrevious ?? own) : own;
      const anyName = combination.any?.find((name) => concepts.has(name));
      const names = anyName === undefined ? combination.all : [...combination.all, anyName];
      const ingredients = names.map((name) => concepts.get(name)).filter((match): match is CueMatch => match !== undefined);
      for (const right of combination.rights) {
        combined.push({ right, sentence, ingredients, overrides: combination.overrides ?? [] });
      }
    }
  }
  return combined;
}

interface CombinationMasks {
  all: ConceptMask;
  any: ConceptMask | undefined;
  unless: ConceptMask;
}

interface MaskedCombination {
  combination: RightCombination;
  masks: CombinationMasks;
  reachesBack: boolean;
}

/** Masks are made once per combination list: the shipped list is checked against every sentence of every mail. */
const maskedLists = new WeakMap<readonly RightCombination[], { acrossMail: MaskedCombination[]; perSentence: MaskedCombination[] }>();

function maskCombinations(combinations: readonly RightCombination[]): { acrossMail: MaskedCombination[]; perSentence: MaskedCombination[] } {
  const known = maskedLists.get(combinations);
  if (known !== undefined) return known;
  const masked = combinations.map((combination) => ({
    combination,
    reachesBack: combination.reachesBack === true,
    masks: {
      all: maskConcepts(combination.all),
      any: combination.any === undefined ? undefined : maskConcepts(combination.any),
      unless: maskConcepts(combination.unless),
    },
  }));
  const lists = {
    acrossMail: masked.filter(({ combination }) => combination.acrossMail === true),
    perSentence: masked.filter(({ combination }) => combination.acrossMail !== true),
  };
  maskedLists.set(combinations, lists);
  return lists;
}

function joinMasks(left: ConceptMask, right: ConceptMask): ConceptMask {
  return { low: left.low | right.low, high: left.high | right.high };
}

function holds(masks: CombinationMasks, concepts: ConceptMask): boolean {
  return holdsAll(concepts, masks.all) && !holdsAny(concepts, masks.unless) && (masks.any === undefined || holdsAny(concepts, masks.any));
}
