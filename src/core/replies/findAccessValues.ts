import { localiseText } from '../organisation/localiseText.ts';
import type { LocalisedText, OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { ReplyLanguagePack } from './replyLanguagePack.ts';

/** The rights an access answer must remind the requester of (Art. 15(1)(e)). */
const OTHER_RIGHTS: readonly RightLabel[] = ['rectification', 'erasure', 'restriction', 'portability', 'objection'];

/**
 * The Art. 15(1)(a)–(e), (g) and (h) facts of an access answer, all from the organisation profile
 * in the pack's language (a text without that translation falls back to the profile's default
 * language): purposes with their legal basis, categories, recipients, what each system holds and
 * how long, the other rights, the source and automated decision-making.
 *
 * @example
 * findAccessValues(loadDefaultOrganisationProfile(), DUTCH_REPLIES).retentionPeriods[3]
 * // 'Moneybird (facturatie) – bedrijf, contactpersoon, adres en verrichte werkzaamheden: 7 jaar, de fiscale bewaarplicht (...)'
 */
export function findAccessValues(profile: OrganisationProfile, pack: ReplyLanguagePack) {
  const localise = (text: LocalisedText) => localiseText(text, pack.language, profile);
  return {
    purposes: profile.purposes.map((purpose) => `${localise(purpose.description)} – ${pack.legalBasisNames[purpose.legalBasis]}`),
    dataCategories: profile.dataCategories.map(localise),
    recipients: profile.recipients.map(localise),
    retentionPeriods: profile.systems.map((system) => `${localise(system.name)} – ${localise(system.holds)}: ${localise(system.retention)}`),
    otherRights: OTHER_RIGHTS.map((right) => pack.rightNames[right]),
    dataSource: localise(profile.dataSource),
    automatedDecisions: localise(profile.automatedDecisions),
  };
}

