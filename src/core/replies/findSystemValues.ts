import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { ReplyLanguagePack } from './replyLanguagePack.ts';

/** The rights an access answer must remind the requester of (Art. 15(1)(e)). */
const OTHER_RIGHTS: readonly RightLabel[] = ['rectification', 'erasure', 'restriction', 'portability', 'objection'];

/**
 * The Art. 15(1)(b)–(e) lists of an access answer, from the systems in the organisation profile:
 * what each system holds, who processes it for us, how long it is kept, and the other rights.
 *
 * @example
 * findAccessValues(profile, ENGLISH_REPLIES).retentionPeriods
 * // ['Moneybird: 7 years (fiscal retention, AWR art. 52)', ...]
 */
export function findAccessValues(profile: OrganisationProfile, pack: ReplyLanguagePack) {
  return {
    dataCategories: profile.systems.map((system) => `${system.name}: ${system.holds}`),
    recipients: profile.systems.map((system) => system.name),
    retentionPeriods: profile.systems.map((system) => `${system.name}: ${system.retention}`),
    otherRights: OTHER_RIGHTS.map((right) => pack.rightNames[right]),
  };
}

/**
 * The systems an erasure answer names: where data was erased (the case's done erasure steps, or,
 * without a checklist, every system with an erasure step) and where the law makes us keep it (the
 * profile's `erasureException`, e.g. invoices kept seven years under AWR art. 52).
 *
 * @example
 * findErasureValues(privacyCase, profile).erasureExceptions
 * // ['Moneybird: invoices are kept for 7 years (fiscal retention, AWR art. 52)']
 */
export function findErasureValues(privacyCase: PrivacyCase, profile: OrganisationProfile) {
  const erasureSteps = privacyCase.checklist.filter((step) => step.right === 'erasure');
  const kept = profile.systems.filter((system) => system.handling.erasureException);
  const erasedIds = erasureSteps.length
    ? new Set(erasureSteps.filter((step) => step.state === 'done').map((step) => step.systemId))
    : new Set(profile.systems.filter((system) => system.handling.steps.erasure).map((system) => system.id));
  return {
    erasedSystems: profile.systems
      .filter((system) => erasedIds.has(system.id) && !kept.includes(system))
      .map((system) => system.name),
    erasureExceptions: kept.map((system) => `${system.name}: ${system.handling.erasureException}`),
  };
}
