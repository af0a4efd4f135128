import type { DetectedLanguage } from '../rights/language.ts';
import { REQUEST_LANGUAGES } from '../rights/language.ts';
import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';

const STOPWORD = CUE_KIND_CODES.stopword;

/** Fewer frequent words than this and the language is not named. */
const MIN_STOPWORDS = 2;

type LanguageFields = readonly { matches: readonly CueMatch[]; active: Uint8Array | undefined }[];

/**
 * Names the language of the sender's own words by counting frequent words of each language
 * (`stopword` entries of the lexicons). Quoted replies, signatures and footers are not counted, so
 * a Dutch request above an English quoted mail is Dutch. Ties go to the order nl, en, de, fr.
 * Short mails ("Afmelden.", "thanks, works again") hold fewer than two: then one of the sender's
 * own frequent words names it, or else two in the whole mail, quoted text included, since a reply
 * is mostly written in the language of the mail it answers.
 *
 * @example
 * detectLanguage(matches, active, CUE_LEXICON) // 'nl'
 */
export function detectLanguage(fields: LanguageFields, cues: CompiledCues): DetectedLanguage {
  const ownWords = mostFrequentLanguage(fields, cues, { ownWordsOnly: true, minStopwords: MIN_STOPWORDS });
  if (ownWords !== 'und') return ownWords;
  const ownWord = mostFrequentLanguage(fields, cues, { ownWordsOnly: true, minStopwords: 1 });
  if (ownWord !== 'und') return ownWord;
  return mostFrequentLanguage(fields, cues, { ownWordsOnly: false, minStopwords: MIN_STOPWORDS });
}

function mostFrequentLanguage(fields: LanguageFields, cues: CompiledCues, reading: { ownWordsOnly: boolean; minStopwords: number }): DetectedLanguage {
  // Counted by index in REQUEST_LANGUAGES, the order ties go by.
  const counts = [0, 0, 0, 0];
  const { ruleKinds, ruleLanguages } = cues;
  for (const { matches, active } of fields) {
    for (const match of matches) {
      const language = ruleLanguages[match.rule] ?? -1;
      if (ruleKinds[match.rule] !== STOPWORD || language < 0) continue;
      if (reading.ownWordsOnly && active !== undefined && active[match.first] !== 1) continue;
      counts[language] = (counts[language] ?? 0) + 1;
    }
  }
  let best: DetectedLanguage = 'und';
  let bestCount = reading.minStopwords - 1;
  REQUEST_LANGUAGES.forEach((language, index) => {
    const count = counts[index] ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  });
  return best;
}
