import type { DetectedLanguage } from '../rights/language.ts';
import { REQUEST_LANGUAGES } from '../rights/language.ts';
import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';

const STOPWORD = CUE_KIND_CODES.stopword;

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
  // Counted by index in REQUEST_LANGUAGES, the order ties go by.
  const counts = [0, 0, 0, 0];
  const { ruleKinds, ruleLanguages } = cues;
  for (const { matches, active } of fields) {
    for (const match of matches) {
      const language = ruleLanguages[match.rule] ?? -1;
      if (ruleKinds[match.rule] !== STOPWORD || language < 0) continue;
      if (active !== undefined && active[match.first] !== 1) continue;
      counts[language] = (counts[language] ?? 0) + 1;
    }
  }
  let best: DetectedLanguage = 'und';
  let bestCount = MIN_STOPWORDS - 1;
  REQUEST_LANGUAGES.forEach((language, index) => {
    const count = counts[index] ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  });
  return best;
}
