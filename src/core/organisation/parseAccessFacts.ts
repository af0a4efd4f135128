import { isLegalBasis, LEGAL_BASES } from './legalBasis.ts';
import type { OrganisationProfile, ProfileLanguages } from './organisationProfile.ts';
import { ProfileError } from './profileError.ts';
import { joinPath, readList, readObject, type ProfileObject } from './profileFieldReaders.ts';
import { readLocalisedList, readLocalisedText } from './readLocalisedText.ts';

/** The Art. 15(1) facts an access reply quotes from the profile; retention comes from the systems. */
export type AccessFacts = Pick<OrganisationProfile, 'purposes' | 'dataCategories' | 'recipients' | 'dataSource' | 'automatedDecisions'>;

/**
 * Reads the Art. 15(1)(a), (b), (c), (g) and (h) facts of a profile: purposes with their legal
 * basis, categories of personal data, recipients, the source of the data and automated
 * decision-making. All are required, because an access reply must give every one of them.
 *
 * @example
 * parseAccessFacts(profile, { defaultLanguage: 'nl', languages: ['nl', 'en'] }).purposes[0]?.legalBasis // 'contract'
 * // a purpose without Dutch text throws ProfileError('purposes[1].description.nl: expected a non-empty string')
 */
export function parseAccessFacts(profile: ProfileObject, languages: ProfileLanguages): AccessFacts {
  const purposes = readList(profile.purposes, 'purposes', (value, path) => {
    const purpose = readObject(value, path, ['description', 'legalBasis']);
    const legalBasis = purpose.legalBasis;
    if (!isLegalBasis(legalBasis)) {
      throw new ProfileError(joinPath(path, 'legalBasis'), `expected one of ${LEGAL_BASES.join(', ')} (GDPR Art. 6(1)(a)–(f))`);
    }
    return { description: readLocalisedText(purpose.description, joinPath(path, 'description'), languages), legalBasis };
  });
  return {
    purposes,
    dataCategories: readLocalisedList(profile.dataCategories, 'dataCategories', languages),
    recipients: readLocalisedList(profile.recipients, 'recipients', languages),
    dataSource: readLocalisedText(profile.dataSource, 'dataSource', languages),
    automatedDecisions: readLocalisedText(profile.automatedDecisions, 'automatedDecisions', languages),
  };
}
