import { isRequestLanguage, REQUEST_LANGUAGES, type RequestLanguage } from '../rights/language.ts';
import type { OrganisationProfile } from './organisationProfile.ts';
import { ProfileError } from './profileError.ts';
import { readList, type ProfileObject } from './profileFieldReaders.ts';

function readLanguage(value: unknown, path: string): RequestLanguage {
  if (!isRequestLanguage(value)) {
    throw new ProfileError(path, `expected one of ${REQUEST_LANGUAGES.join(', ')}`);
  }
  return value;
}

/**
 * Reads `languages`, `defaultLanguage` and `staffLanguage` first, because every localised text in
 * the profile is checked against them. The default language must be one of `languages`.
 *
 * @example
 * readProfileLanguages({ languages: ['nl', 'en'], defaultLanguage: 'nl', staffLanguage: 'en' })
 * // { languages: ['nl', 'en'], defaultLanguage: 'nl', staffLanguage: 'en' }
 * readProfileLanguages({ languages: ['en'], defaultLanguage: 'nl', staffLanguage: 'en' })
 * // throws ProfileError('defaultLanguage: "nl" is not one of languages (en)')
 */
export function readProfileLanguages(profile: ProfileObject): Pick<OrganisationProfile, 'languages' | 'defaultLanguage' | 'staffLanguage'> {
  const languages = readList(profile.languages, 'languages', readLanguage);
  const repeated = languages.findIndex((language, index) => languages.indexOf(language) !== index);
  if (repeated >= 0) {
    throw new ProfileError(`languages[${repeated}]`, `"${languages[repeated]}" is listed twice`);
  }
  const defaultLanguage = readLanguage(profile.defaultLanguage, 'defaultLanguage');
  if (!languages.includes(defaultLanguage)) {
    throw new ProfileError('defaultLanguage', `"${defaultLanguage}" is not one of languages (${languages.join(', ')})`);
  }
  return { languages, defaultLanguage, staffLanguage: readLanguage(profile.staffLanguage, 'staffLanguage') };
}
