import type { PrivacyCase } from '../cases/privacyCase.ts';
import { localiseText } from '../organisation/localiseText.ts';
import type { LocalisedText, OrganisationProfile, ProcessingSystem } from '../organisation/organisationProfile.ts';
import { ReplyError } from './replyError.ts';
import type { ReplyLanguagePack } from './replyLanguagePack.ts';

export interface ErasureValues {
  /** Systems we erased the data from ourselves. */
  erasedSystems: string[];
  /** Who we passed the request on to (GDPR Art. 19): systems whose data others hold. */
  forwardedTo: string[];
  /** Said instead when every erasure step was waived: there was nothing to erase. */
  nothingErased: string;
  /** Data the law makes us keep, with the reason (e.g. invoices, seven years under AWR art. 52). */
  erasureExceptions: string[];
}

/**
 * What an erasure answer says happened, in the pack's language. Systems come from the case's done
 * erasure steps, or, without a checklist, every system with an erasure step; a system whose data
 * others hold (`handling.forwardTo`) is named as a party the request was passed on to, never as a
 * system we erased. When every step was waived the answer says nothing needed erasing; when none is
 * done yet it throws a `ReplyError`, so the reply never claims an erasure that did not happen.
 *
 * @example
 * findErasureValues(privacyCase, loadDefaultOrganisationProfile(), ENGLISH_REPLIES).forwardedTo
 * // ['the VoIP suppliers and distributors that received your data from us']
 */
export function findErasureValues(privacyCase: PrivacyCase, profile: OrganisationProfile, pack: ReplyLanguagePack): ErasureValues {
  const localise = (text: LocalisedText) => localiseText(text, pack.language, profile);
  const steps = privacyCase.checklist.filter((step) => step.right === 'erasure');
  const doneIds = new Set(
    steps.length > 0
      ? steps.filter((step) => step.state === 'done').map((step) => step.systemId)
      : profile.systems.filter((system) => system.handling.steps.erasure).map((system) => system.id),
  );
  const handled = profile.systems.filter((system) => doneIds.has(system.id) && system.handling.erasureException === undefined);
  const erasedSystems = handled.filter((system) => !isForwarded(system)).map((system) => localise(system.name));
  const forwardedTo = handled.flatMap((system) => (system.handling.forwardTo ? [localise(system.handling.forwardTo)] : []));
  const openSteps = steps.filter((step) => step.state === 'open');
  if (erasedSystems.length === 0 && forwardedTo.length === 0 && openSteps.length > 0) {
    throw new ReplyError(
      'missing_input',
      `No erasure step of ${privacyCase.reference} is done yet (${openSteps.length} open: ${openSteps.map((step) => step.description).join(' / ')}). Mark the steps done, or waived with the reason, before sending the erasure reply.`,
    );
  }
  return {
    erasedSystems,
    forwardedTo,
    nothingErased: erasedSystems.length === 0 && forwardedTo.length === 0 ? pack.nothingErased : '',
    erasureExceptions: profile.systems.flatMap((system) =>
      system.handling.erasureException === undefined ? [] : [`${localise(system.name)}: ${localise(system.handling.erasureException)}`],
    ),
  };
}

function isForwarded(system: ProcessingSystem): boolean {
  return system.handling.forwardTo !== undefined;
}
