import type { CompiledCues } from './compileCueRules.ts';

/**
 * The right phrases that contain a negation word themselves ("no longer receive", "geen nieuwsbrief
 * meer", "klopt niet"): for these a negation in the clause is part of the request, not a denial of it.
 * Recalls of an earlier request too ("my request was never answered"): their negation recalls no less.
 *
 * @example
 * rulesWithOwnNegation(CUE_LEXICON).has(ruleIndexOf('niet|geen ~2 meer|langer ~6 @newsletter')) // true
 */
export function rulesWithOwnNegation(cues: CompiledCues): ReadonlySet<number> {
  const negationWords = new Set<string>();
  for (const rule of cues.rules) {
    if (rule.kind === 'negation') for (const word of rule.pattern.split(/[ |]/)) negationWords.add(word);
  }
  const result = new Set<number>();
  cues.rules.forEach((rule, index) => {
    if (rule.kind !== 'right' && rule.kind !== 'concept' && rule.kind !== 'earlierRequest') return;
    const words = rule.pattern.replace(/['-]/g, ' ').split(/[ |]/);
    if (words.some((word) => negationWords.has(word))) result.add(index);
  });
  return result;
}
