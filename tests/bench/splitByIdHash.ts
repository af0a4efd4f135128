/**
 * Splits items into two halves by a hash of their id (32-bit FNV-1a, even = first half), so the
 * split is the same on every run and every machine, and an item never changes side when others are
 * added to the corpus.
 *
 * @example
 * const [training, scoring] = splitByIdHash(corpus.emails, (email) => email.id);
 */
export function splitByIdHash<Item>(items: readonly Item[], idOf: (item: Item) => string): [Item[], Item[]] {
  const first: Item[] = [];
  const second: Item[] = [];
  for (const item of items) (hashId(idOf(item)) % 2 === 0 ? first : second).push(item);
  return [first, second];
}

/**
 * 32-bit FNV-1a hash of the UTF-16 code units of an id.
 *
 * @example
 * hashId('a'); // => 3826002220
 */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
