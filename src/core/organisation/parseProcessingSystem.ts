import { isRightLabel, RIGHT_LABELS, type RightLabel } from '../rights/rightLabel.ts';
import type { ProcessingSystem, ProfileLanguages } from './organisationProfile.ts';
import { ProfileError } from './profileError.ts';
import { joinPath, readObject, readString } from './profileFieldReaders.ts';
import { readLocalisedText } from './readLocalisedText.ts';

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
 * Reads one entry of `systems`: where personal data lives and what to do there per right. The
 * texts a reply quotes (name, holds, retention, erasure exception, who requests are forwarded to) are localised; the steps are
 * staff's, in one language.
 *
 * @example
 * parseProcessingSystem({ id: 'crm', name: { en: 'CRM' }, holds: { en: 'Contacts' }, retention: { en: 'While customer' },
 *   handling: { steps: { erasure: 'Delete the person.' } } }, 'systems[0]', { defaultLanguage: 'en', languages: ['en'] })
 *   .handling.steps.erasure
 * // 'Delete the person.'
 */
export function parseProcessingSystem(value: unknown, path: string, languages: ProfileLanguages): ProcessingSystem {
  const system = readObject(value, path, ['id', 'name', 'holds', 'retention', 'handling']);
  const id = readString(system.id, joinPath(path, 'id'));
  if (!SYSTEM_ID.test(id)) {
    throw new ProfileError(joinPath(path, 'id'), `expected lower-case letters, digits, "_" or "-", got "${id}"`);
  }
  const handlingPath = joinPath(path, 'handling');
  const handling = readObject(system.handling, handlingPath, ['steps', 'erasureException', 'forwardTo']);
  const readOptional = (field: 'erasureException' | 'forwardTo') =>
    handling[field] === undefined ? undefined : readLocalisedText(handling[field], joinPath(handlingPath, field), languages);
  const erasureException = readOptional('erasureException');
  const forwardTo = readOptional('forwardTo');
  return {
    id,
    name: readLocalisedText(system.name, joinPath(path, 'name'), languages),
    holds: readLocalisedText(system.holds, joinPath(path, 'holds'), languages),
    retention: readLocalisedText(system.retention, joinPath(path, 'retention'), languages),
    handling: {
      steps: readRightRecord(handling.steps, joinPath(handlingPath, 'steps'), readString),
      ...(erasureException === undefined ? {} : { erasureException }),
      ...(forwardTo === undefined ? {} : { forwardTo }),
    },
  };
}
