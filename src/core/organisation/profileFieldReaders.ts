import { ProfileError } from './profileError.ts';

/** A plain JSON object in a profile, read field by field. */
export type ProfileObject = Record<string, unknown>;

/** `parent.field` or `field` at the top level. */
export function joinPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

/** Checks that a value is a plain object whose keys are all allowed; names the first unknown key. */
export function readObject(value: unknown, path: string, allowedKeys?: readonly string[]): ProfileObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProfileError(path === '' ? '(profile)' : path, 'expected an object');
  }
  if (Object.hasOwn(value, '__proto__')) {
    // JSON.parse keeps "__proto__" as a plain key; copying it would change an object's prototype.
    throw new ProfileError(joinPath(path, '__proto__'), 'this field name is not allowed');
  }
  const unknownKey = allowedKeys === undefined ? undefined : Object.keys(value).find((key) => !allowedKeys.includes(key));
  if (unknownKey !== undefined) {
    throw new ProfileError(joinPath(path, unknownKey), `unknown field; expected one of ${allowedKeys!.join(', ')}`);
  }
  return value as ProfileObject;
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ProfileError(path, 'expected a non-empty string');
  }
  return value;
}

export function readOptionalString(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : readString(value, path);
}

/** A plain check on purpose (one `@`, a dot in the domain, no spaces): linear and enough to catch typos. */
export function readEmailAddress(value: unknown, path: string): string {
  const address = readString(value, path);
  const at = address.indexOf('@');
  const hasOneAt = at > 0 && at === address.lastIndexOf('@');
  const isPlausible = hasOneAt && address.indexOf('.', at) > at + 1 && !/\s/.test(address) && !address.endsWith('.');
  if (!isPlausible) {
    throw new ProfileError(path, `expected an email address, got "${address}"`);
  }
  return address;
}

export function readUrl(value: unknown, path: string): string {
  const url = readString(value, path);
  if (!url.startsWith('https://') && !url.startsWith('http://')) {
    throw new ProfileError(path, `expected a web address starting with https://, got "${url}"`);
  }
  return url;
}

export function readInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ProfileError(path, `expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Reads a non-empty array, each element through `readElement` with its index in the path. */
export function readList<T>(value: unknown, path: string, readElement: (element: unknown, elementPath: string) => T): T[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ProfileError(path, 'expected a non-empty list');
  }
  return value.map((element, index) => readElement(element, `${path}[${index}]`));
}

/** Refuses a second element with the same id, naming where the duplicate is. */
export function requireUniqueIds(elements: readonly { id: string }[], path: string): void {
  const seen = new Set<string>();
  elements.forEach((element, index) => {
    if (seen.has(element.id)) {
      throw new ProfileError(`${path}[${index}].id`, `"${element.id}" is used twice; ids must be unique`);
    }
    seen.add(element.id);
  });
}
