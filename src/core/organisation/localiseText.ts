import type { RequestLanguage } from '../rights/language.ts';
import type { LocalisedText, ProfileLanguages } from './organisationProfile.ts';

/**
 * The version of a profile text in `language`, or, when the profile has no translation for it, the
 * version in the profile's default language. The profile parser makes sure every text has that
 * default version, so a reply never goes out without the organisation's wording.
 *
 * @example
 * const profile = { defaultLanguage: 'nl', languages: ['nl', 'en'] } as const;
 * localiseText({ nl: 'werkdagen 8:30–17:00', en: 'working days 8:30–17:00' }, 'en', profile) // 'working days 8:30–17:00'
 * localiseText({ nl: 'Clang / e-village' }, 'en', profile) // 'Clang / e-village' (falls back to Dutch)
 */
export function localiseText(text: LocalisedText, language: RequestLanguage, profile: ProfileLanguages): string {
  const localised = text[language] ?? text[profile.defaultLanguage];
  if (localised === undefined) {
    // Only a profile built in code can get here; a parsed profile always has the default language.
    throw new Error(
      `A text in the organisation profile has no "${profile.defaultLanguage}" version, the profile's default language (it has: ${Object.keys(text).join(', ') || 'none'}). Add it to the profile.`,
    );
  }
  return localised;
}
