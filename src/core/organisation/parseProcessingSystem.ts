import { isRightLabel, RIGHT_LABELS, type RightLabel } from '../rights/rightLabel.ts';
import type { ProcessingSystem } from './organisationProfile.ts';
import { ProfileError } from './profileError.ts';
import { joinPath, readObject, readOptionalString, readString } from './profileFieldReaders.ts';

// Lower-case ids keep checklist step ids stable and readable (`erasure:moneybird`).
const SYSTEM_ID = /^[a-z0-9_-]{1,40}$/;

/** Reads an object keyed by right label, e.g. `{ "access": ..., "erasure": ... }`. */
export function readRightRecord<T>(
  value: unknown,
  path: string,
  readValue: (entry: unknown, entryPath: string) => T,
): Partial<Record<RightLabel, T>> {
  const record: Partial<Record<RightLabel, T>> = {};
  for (const [key, entry] of Object.entries(readObject(value, path))) {
    if (!isRightLabel(key)) {
      throw new ProfileError(joinPath(path, key), `unknown right; expected one of ${RIGHT_LABELS.join(', ')}`);
    }
    record[key] = readValue(entry, joinPath(path, key));
  }
  return record;
}

/**
 * Reads one entry of `systems`: where personal data lives and what to do there per right.
 *
 * @example
 * parseProcessingSystem({ id: 'crm', name: 'CRM', holds: 'Contacts', retention: 'While customer',
 *   handling: { steps: { erasure: 'Delete the person.' } } }, 'systems[0]').handling.steps.erasure
 * // 'Delete the person.'
 */
export function parseProcessingSystem(value: unknown, path: string): ProcessingSystem {
  const system = readObject(value, path, ['id', 'name', 'holds', 'retention', 'handling']);
  const id = readString(system.id, joinPath(path, 'id'));
  if (!SYSTEM_ID.test(id)) {
    throw new ProfileError(joinPath(path, 'id'), `expected lower-case letters, digits, "_" or "-", got "${id}"`);
  }
  const handlingPath = joinPath(path, 'handling');
  const handling = readObject(system.handling, handlingPath, ['steps', 'erasureException']);
  const erasureException = readOptionalString(handling.erasureException, joinPath(handlingPath, 'erasureException'));
  return {
    id,
    name: readString(system.name, joinPath(path, 'name')),
    holds: readString(system.holds, joinPath(path, 'holds')),
    retention: readString(system.retention, joinPath(path, 'retention')),
    handling: {
      steps: readRightRecord(handling.steps, joinPath(handlingPath, 'steps'), readString),
      ...(erasureException === undefined ? {} : { erasureException }),
    },
  };
}
