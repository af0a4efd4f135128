import type { DetectedLanguage, RequestLanguage } from '../rights/language.ts';
import { REQUEST_LANGUAGES } from '../rights/language.ts';
import type { CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';

/** Fewer frequent words than this and the language is not named. */
const MIN_STOPWORDS = 2;

/**
 * Names the language of the sender's own words by counting frequent words of each language
 * (`stopword` entries of the lexicons). Quoted replies, signatures and footers are not counted, so
 * a Dutch request above an English quoted mail is Dutch. Ties go to the order nl, en, de, fr.
 *
 * @example
 * detectLanguage(matches, active, CUE_LEXICON) // 'nl'
 */
export function detectLanguage(
  fields: readonly { matches: readonly CueMatch[]; active: Uint8Array | undefined }[],
  cues: CompiledCues,
): DetectedLanguage {
  const counts: Record<RequestLanguage, number> = { nl: 0, en: 0, de: 0, fr: 0 };
  for (const { matches, active } of fields) {
    for (const match of matches) {
      const rule = cues.rules[match.rule];
      if (rule?.kind !== 'stopword' || rule.language === undefined) continue;
      if (active !== undefined && active[match.first] !== 1) continue;
      counts[rule.language] += 1;
    }
  }
  let best: DetectedLanguage = 'und';
  let bestCount = MIN_STOPWORDS - 1;
  for (const language of REQUEST_LANGUAGES) {
    if (counts[language] > bestCount) {
      best = language;
      bestCount = counts[language];
    }
  }
  return best;
}
