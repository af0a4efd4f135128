import { localiseText } from '../../core/organisation/localiseText.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';

/** The organisation's systems as staff name them, to show checklist steps without raw ids. */
export type SystemNameList = readonly { id: string; name: string }[];

/**
 * The name of every system in the profile, in the staff's language (the checklist is for staff,
 * not for the requester).
 *
 * @example
 * listSystemNames(loadDefaultOrganisationProfile()).find((s) => s.id === 'third_parties')?.name // 'Third parties'
 */
export function listSystemNames(profile: OrganisationProfile): SystemNameList {
  return profile.systems.map((system) => ({ id: system.id, name: localiseText(system.name, profile.staffLanguage, profile) }));
}
