import { localiseText } from '../organisation/localiseText.ts';
import type { LocalisedText, OrganisationProfile, ProcessingSystem } from '../organisation/organisationProfile.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { ChecklistStep } from './privacyCase.ts';

/** The `systemId` of steps that belong to no single system (profile `procedures`). */
export const PROCEDURE_SYSTEM_ID = 'procedure';

function systemStep(right: RightLabel, system: ProcessingSystem, profile: OrganisationProfile): ChecklistStep | undefined {
  const description = system.handling.steps[right];
  // Staff read the checklist, so profile texts appear in the staff's language, not the requester's.
  const staffText = (text: LocalisedText) => localiseText(text, profile.staffLanguage, profile);
  const erasureException = right === 'erasure' ? system.handling.erasureException : undefined;
  const exception = erasureException === undefined ? undefined : staffText(erasureException);
  if (description === undefined && exception === undefined) {
    return undefined;
  }
  return {
    id: `${right}:${system.id}`,
    right,
    systemId: system.id,
    // A system with only an exception still needs a step: the requester must be told why data stays.
    description: description ?? `Keep the data in ${staffText(system.name)} and tell the requester why.`,
    state: 'open',
    ...(exception === undefined ? {} : { exception }),
  };
}

/**
 * The checklist for a case: per right invoked, first the organisation's general procedure steps,
 * then one step per system that holds data for that right, in profile order. Erasure steps in a
 * system with a retention duty (e.g. invoices kept seven years, AWR art. 52) carry that exception,
 * in the profile's `staffLanguage` (the checklist is for staff; replies quote the requester's).
 *
 * @example
 * deriveChecklist(loadDefaultOrganisationProfile(), ['erasure']).map((step) => step.id)
 * // ['erasure:clang', 'erasure:office365', 'erasure:pipedrive', 'erasure:moneybird', 'erasure:topdesk', 'erasure:third_parties']
 */
export function deriveChecklist(profile: OrganisationProfile, rights: readonly RightLabel[]): ChecklistStep[] {
  return [...new Set(rights)].flatMap((right) => {
    const procedureSteps = (profile.procedures?.[right] ?? []).map(
      (description, index): ChecklistStep => ({
        id: `${right}:${PROCEDURE_SYSTEM_ID}-${index + 1}`,
        right,
        systemId: PROCEDURE_SYSTEM_ID,
        description,
        state: 'open',
      }),
    );
    const systemSteps = profile.systems.flatMap((system) => systemStep(right, system, profile) ?? []);
    return [...procedureSteps, ...systemSteps];
  });
}
