import type { DetectedLanguage } from '../rights/language.ts';
import { REQUEST_LANGUAGES } from '../rights/language.ts';
import type { FrequentWords } from './matchCues.ts';

/** Fewer frequent words than this and the language is not named. */
const MIN_STOPWORDS = 2;

type LanguageFields = readonly { frequentWords: FrequentWords; active: Uint8Array | undefined }[];

/**
 * Names the language of the sender's own words by counting frequent words of each language
 * (`stopword` entries of the lexicons). Quoted replies, signatures and footers are not counted, so
 * a Dutch request above an English quoted mail is Dutch. Ties go to the order nl, en, de, fr.
 * Short mails ("Afmelden.", "thanks, works again") hold fewer than two: then one of the sender's
 * own frequent words names it, or else two in the whole mail, quoted text included, since a reply
 * is mostly written in the language of the mail it answers.
 *
 * @example
 * detectLanguage([{ frequentWords, active }]) // 'nl'
 */
export function detectLanguage(fields: LanguageFields): DetectedLanguage {
  // Counted by index in REQUEST_LANGUAGES, the order ties go by; one pass counts both readings.
  const ownCounts = OWN_COUNTS.fill(0);
  const mailCounts = MAIL_COUNTS.fill(0);
  for (const { frequentWords, active } of fields) {
    const { tokens, languages } = frequentWords;
    for (let index = 0; index < frequentWords.count; index += 1) {
      const language = languages[index] ?? -1;
      if (language < 0) continue;
      mailCounts[language] = (mailCounts[language] ?? 0) + 1;
      if (active === undefined || active[tokens[index] ?? 0] === 1) ownCounts[language] = (ownCounts[language] ?? 0) + 1;
    }
  }
  const own = mostCounted(ownCounts, 1);
  if (own !== 'und') return own;
  return mostCounted(mailCounts, MIN_STOPWORDS);
}

/** Reused by every call: detectLanguage runs once a mail and keeps nothing. */
const OWN_COUNTS = new Int32Array(REQUEST_LANGUAGES.length);
const MAIL_COUNTS = new Int32Array(REQUEST_LANGUAGES.length);

/** The language counted most, at least `minimum` times; the first of a tie. */
function mostCounted(counts: Int32Array, minimum: number): DetectedLanguage {
  let best: DetectedLanguage = 'und';
  let bestCount = minimum - 1;
  for (let index = 0; index < REQUEST_LANGUAGES.length; index += 1) {
    const count = counts[index] ?? 0;
    if (count > bestCount) {
      best = REQUEST_LANGUAGES[index] ?? 'und';
      bestCount = count;
    }
  }
  return best;
}
