import type { OrganisationProfile } from './organisationProfile.ts';
import { parseOrganisationProfile } from './parseOrganisationProfile.ts';
import qualityNetworksProfile from './qualityNetworks.profile.json' with { type: 'json' };

/**
 * The built-in profile of Quality Networks BV (privacy statement 1.02 of 24-07-2018), checked by
 * the same parser as any other profile. Each call returns a fresh copy, safe to change.
 *
 * @example
 * loadDefaultOrganisationProfile().systems.map((system) => system.id)
 * // ['clang', 'office365', 'pipedrive', 'moneybird', 'topdesk', 'third_parties']
 */
export function loadDefaultOrganisationProfile(): OrganisationProfile {
  return parseOrganisationProfile(qualityNetworksProfile);
}
