import { PROCEDURE_SYSTEM_ID } from '../../core/cases/deriveChecklist.ts';
import { isRightLabel } from '../../core/rights/rightLabel.ts';
import { nameRight } from './rightDisplayName.ts';
import type { SystemNameList } from './listSystemNames.ts';

/**
 * A checklist step as staff read it, from its id (`<right>:<system id>`, as the core's
 * `deriveChecklist` makes them): the right and the system's name from the profile, or "general
 * procedure" for steps that belong to no single system. A system no longer in the profile keeps
 * its recorded id, and an id of another shape is shown as recorded, so the trail never loses it.
 *
 * @example
 * nameChecklistStep('erasure:clang', [{ id: 'clang', name: 'Clang / e-village' }]) // 'Erasure – Clang / e-village'
 * nameChecklistStep('breach_report:procedure-2', []) // 'Breach report – general procedure, step 2'
 */
export function nameChecklistStep(stepId: string, systems: SystemNameList): string {
  const colon = stepId.indexOf(':');
  const right = stepId.slice(0, colon);
  if (colon < 0 || !isRightLabel(right)) return stepId;
  const place = stepId.slice(colon + 1);
  const procedurePrefix = `${PROCEDURE_SYSTEM_ID}-`;
  const placeName = place.startsWith(procedurePrefix)
    ? `general procedure, step ${place.slice(procedurePrefix.length)}`
    : (systems.find((system) => system.id === place)?.name ?? place);
  return `${nameRight(right)} – ${placeName}`;
}
