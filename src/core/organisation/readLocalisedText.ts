import type { LocalisedText, ProfileLanguages } from './organisationProfile.ts';
import { ProfileError } from './profileError.ts';
import { joinPath, readObject, readString } from './profileFieldReaders.ts';

/**
 * Reads a text a reply quotes: `{ "nl": "...", "en": "..." }`. The profile's default language is
 * required; other languages of the profile are optional; a language the profile does not name is
 * refused, so a typo such as "nl-NL" fails at load rather than silently falling back.
 *
 * @example
 * readLocalisedText({ nl: 'Derde partijen', en: 'Third parties' }, 'systems[5].name', { defaultLanguage: 'nl', languages: ['nl', 'en'] })
 * readLocalisedText({ en: 'Third parties' }, 'systems[5].name', { defaultLanguage: 'nl', languages: ['nl', 'en'] })
 * // throws ProfileError('systems[5].name.nl: expected a non-empty string')
 */
export function readLocalisedText(value: unknown, path: string, profile: ProfileLanguages): LocalisedText {
  const byLanguage = readObject(value, path);
  const text: Partial<Record<string, string>> = {};
  for (const [language, translation] of Object.entries(byLanguage)) {
    if (!(profile.languages as readonly string[]).includes(language)) {
      throw new ProfileError(joinPath(path, language), `unknown language; this profile's languages are ${profile.languages.join(', ')}`);
    }
    text[language] = readString(translation, joinPath(path, language));
  }
  readString(byLanguage[profile.defaultLanguage], joinPath(path, profile.defaultLanguage));
  return text as LocalisedText;
}

/**
 * Reads a non-empty list of localised texts, e.g. the Art. 15(1)(b) categories of personal data.
 *
 * @example
 * readLocalisedList([{ nl: 'Naam' }, {}], 'dataCategories', { defaultLanguage: 'nl', languages: ['nl'] })
 * // throws ProfileError('dataCategories[1].nl: expected a non-empty string')
 */
export function readLocalisedList(value: unknown, path: string, profile: ProfileLanguages): LocalisedText[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ProfileError(path, 'expected a non-empty list');
  }
  return value.map((element, index) => readLocalisedText(element, `${path}[${index}]`, profile));
}
