/** Up to this many items are sorted by insertion; more (a long mail) by `Array.prototype.sort`, in n log n. */
const MAX_INSERTION_SORTED = 16;

/**
 * Sorts `items` in place by `compare`, items that compare equal keeping their order, as the stable
 * `Array.prototype.sort` does: a mail mostly holds a handful of phrases or pieces of evidence, and
 * sorting those by insertion costs less than setting up the built-in sort with its comparator.
 *
 * @example
 * sortFewStably([3, 1, 2], (left, right) => left - right) // [1, 2, 3]
 */
export function sortFewStably<Item>(items: Item[], compare: (left: Item, right: Item) => number): Item[] {
  if (items.length > MAX_INSERTION_SORTED) return items.sort(compare);
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index] as Item;
    let to = index;
    for (; to > 0; to -= 1) {
      const before = items[to - 1] as Item;
      if (compare(item, before) >= 0) break;
      items[to] = before;
    }
    items[to] = item;
  }
  return items;
}
