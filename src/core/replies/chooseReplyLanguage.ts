import type { DetectedLanguage } from '../rights/language.ts';
import type { ReplyLanguage, ReplyLanguagePack } from './replyLanguagePack.ts';
import { DUTCH_REPLIES } from './templates/nl.ts';
import { ENGLISH_REPLIES } from './templates/en.ts';

/** The built-in template modules, one per reply language. */
export const REPLY_LANGUAGE_PACKS: Readonly<Record<ReplyLanguage, ReplyLanguagePack>> = {
  nl: DUTCH_REPLIES,
  en: ENGLISH_REPLIES,
};

/**
 * The language a reply is written in: the one staff switched to, else the case's language.
 * German, French and undetermined requests get English, the language most requesters abroad read,
 * until a template module for their language is added.
 *
 * @example
 * chooseReplyLanguage('nl') // 'nl'
 * chooseReplyLanguage('de') // 'en'
 * chooseReplyLanguage('en', 'nl') // 'nl' (staff switched)
 */
export function chooseReplyLanguage(caseLanguage: DetectedLanguage, switchedTo?: DetectedLanguage): ReplyLanguage {
  const wanted = switchedTo ?? caseLanguage;
  return isReplyLanguage(wanted) ? wanted : 'en';
}

/**
 * Checks that built-in templates exist for a language.
 *
 * @example
 * isReplyLanguage('nl') // true
 * isReplyLanguage('fr') // false
 */
export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  return typeof value === 'string' && Object.hasOwn(REPLY_LANGUAGE_PACKS, value);
}
