/** Slots per node for the characters a-z and 0-9 (see `asciiSlot`). */
export const ASCII_SLOTS = 36;

/** The slot of a folded code unit among `ASCII_SLOTS` (a-z, then 0-9), or -1 for any other character. */
export function asciiSlot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/**
 * A character trie laid out as a double array: the child of the node at position `p` for slot `s`
 * sits at `t = trie[2 * p] + s` when `trie[2 * t + 1] === p`. Position 0 is the root. About two
 * integers per node instead of 36, so the scan stays in cache.
 */
export interface PackedTrie {
  /** Base and parent check per position, interleaved; an unused position's check is -1. */
  trie: Int32Array;
  /** Position of each node of the input trie. */
  positionOf: Int32Array;
  /** Positions in use are below this. */
  positionCount: number;
}

/**
 * Packs a trie into a double array. The trie is given by each node's parent and the slot of the
 * character leading to it (`asciiSlot`, or -1 for another character); node 0 is the root and every
 * node comes after its parent. Nodes reached by other characters get a free position too; they are
 * looked up elsewhere, so no parent check points at them. Runs once, when the lexicon compiles.
 *
 * @example
 * packTrie([0, 0, 1], [-1, 3, 4], 3).positionOf // Int32Array [0, 3, 4]: the root, 'd', 'de'
 */
export function packTrie(parentOf: ArrayLike<number>, slotOf: ArrayLike<number>, nodeCount: number): PackedTrie {
  // Children grouped by parent: node n's children are children[firstChild[n] .. firstChild[n + 1]).
  const firstChild = new Int32Array(nodeCount + 1);
  for (let node = 1; node < nodeCount; node += 1) {
    const parent = parentOf[node] ?? 0;
    firstChild[parent + 1] = (firstChild[parent + 1] ?? 0) + 1;
  }
  for (let node = 0; node < nodeCount; node += 1) firstChild[node + 1] = (firstChild[node + 1] ?? 0) + (firstChild[node] ?? 0);
  const filled = firstChild.slice(0, nodeCount);
  const children = new Int32Array(Math.max(nodeCount - 1, 0));
  for (let node = 1; node < nodeCount; node += 1) {
    const parent = parentOf[node] ?? 0;
    const index = filled[parent] ?? 0;
    children[index] = node;
    filled[parent] = index + 1;
  }

  const positionOf = new Int32Array(nodeCount).fill(-1);
  let bases = new Int32Array(nodeCount + ASCII_SLOTS * 2);
  let checks = new Int32Array(bases.length).fill(-1);
  let used = new Uint8Array(bases.length);
  let positionCount = 0;
  let firstFree = 0;
  // First-fit packing may run past the nodes' count; the arrays grow when a base needs room.
  const makeRoom = (needed: number): void => {
    if (needed <= used.length) return;
    const length = Math.max(needed, used.length * 2);
    const grownBases = new Int32Array(length);
    grownBases.set(bases);
    const grownChecks = new Int32Array(length).fill(-1);
    grownChecks.set(checks);
    const grownUsed = new Uint8Array(length);
    grownUsed.set(used);
    bases = grownBases;
    checks = grownChecks;
    used = grownUsed;
  };
  const occupy = (position: number): void => {
    makeRoom(position + ASCII_SLOTS + 1);
    used[position] = 1;
    positionCount = Math.max(positionCount, position + 1);
    while (used[firstFree] === 1) firstFree += 1;
  };
  const fitsAt = (base: number, from: number, to: number): boolean => {
    if (base < 0) return false;
    makeRoom(base + ASCII_SLOTS + 1);
    for (let index = from; index < to; index += 1) {
      const slot = slotOf[children[index] ?? 0] ?? -1;
      if (slot >= 0 && used[base + slot] === 1) return false;
    }
    return true;
  };

  positionOf[0] = 0;
  occupy(0);
  // Parents come before their children, so every node has its position when its turn comes.
  for (let node = 0; node < nodeCount; node += 1) {
    const at = positionOf[node] ?? 0;
    const from = firstChild[node] ?? 0;
    const to = firstChild[node + 1] ?? 0;
    let lowest = ASCII_SLOTS;
    for (let index = from; index < to; index += 1) {
      const slot = slotOf[children[index] ?? 0] ?? -1;
      if (slot >= 0) lowest = Math.min(lowest, slot);
    }
    if (lowest < ASCII_SLOTS) {
      let free = Math.max(firstFree, lowest);
      while (!fitsAt(free - lowest, from, to)) {
        do free += 1;
        while (used[free] === 1);
      }
      const base = free - lowest;
      bases[at] = base;
      for (let index = from; index < to; index += 1) {
        const child = children[index] ?? 0;
        const slot = slotOf[child] ?? -1;
        if (slot < 0) continue;
        occupy(base + slot);
        checks[base + slot] = at;
        positionOf[child] = base + slot;
      }
    }
    for (let index = from; index < to; index += 1) {
      const child = children[index] ?? 0;
      if ((slotOf[child] ?? -1) >= 0) continue;
      positionOf[child] = firstFree;
      occupy(firstFree);
    }
  }

  // Any base (0 for a leaf) plus any slot stays inside the array, so the scan never reads past it.
  let length = Math.max(positionCount, ASCII_SLOTS);
  for (let position = 0; position < positionCount; position += 1) length = Math.max(length, (bases[position] ?? 0) + ASCII_SLOTS);
  const trie = new Int32Array(length * 2);
  for (let position = 0; position < length; position += 1) {
    trie[position * 2] = bases[position] ?? 0;
    trie[position * 2 + 1] = checks[position] ?? -1;
  }
  return { trie, positionOf, positionCount };
}

/**
 * The position of the child of the node at `position` for `slot` (a-z and 0-9, see `asciiSlot`), or
 * -1 when there is none. The root is never a child, so no walk returns to it.
 *
 * @example
 * childPosition(packTrie([0, 0], [-1, 3], 2).trie, 0, 3) // the position of 'd'
 */
export function childPosition(trie: PackedTrieNumbers, position: number, slot: number): number {
  const candidate = (trie[position * 2] ?? 0) + slot;
  return trie[candidate * 2 + 1] === position ? candidate : -1;
}

/**
 * The tables read beside a trie walk (phrase words and gaps, scan states, word values), in 16 bits each
 * where they all fit: a scan reads them for every token, and once the rest of the work has pushed them
 * out of the cache, half the bytes cost fewer misses. The tries themselves are `PackedTrieNumbers`.
 */
export type TrieNumbers = Int16Array | Int32Array;

/**
 * `numbers` as 16-bit integers when every one fits, else unchanged.
 *
 * @example
 * narrowed(Int32Array.of(1, -1)) // Int16Array [1, -1]
 */
export function narrowed(numbers: Int32Array): TrieNumbers {
  return numbers.every((number) => number >= -0x8000 && number < 0x8000) ? Int16Array.from(numbers) : numbers;
}

/**
 * A packed trie's bases and checks (`PackedTrie.trie`) in 16 bits each where they fit: unsigned, since
 * no base is negative, with an unused position's check -1 as `UNUSED_CHECK_16`, which no position
 * equals. Signed 16 bits held only 32,767 positions, which the lexicon has outgrown.
 */
export type PackedTrieNumbers = Uint16Array | Int32Array;

/** The check of an unused position in a trie narrowed to 16 bits (`narrowedTrie`). */
const UNUSED_CHECK_16 = 0xffff;

/**
 * A packed trie's numbers as unsigned 16-bit integers when every position fits, else unchanged.
 *
 * @example
 * narrowedTrie(Int32Array.of(1, -1)) // Uint16Array [1, 65535]
 */
export function narrowedTrie(trie: Int32Array): PackedTrieNumbers {
  const fits = trie.every((number) => number >= -1 && number < UNUSED_CHECK_16);
  return fits ? Uint16Array.from(trie, (number) => (number < 0 ? UNUSED_CHECK_16 : number)) : trie;
}

/** One word to pack: its slots (`asciiSlot` of each folded character), the root it hangs from and its value. */
export interface SlotWord {
  root: number;
  slots: readonly number[];
  value: number;
}

/**
 * Words packed under one or more roots, with the value of the word ending at each position (-1: none).
 * A word is looked up by walking `childPosition` from its root's position, letter by letter, as the
 * text is read.
 */
export interface PackedWords {
  trie: Int32Array;
  rootPositions: readonly number[];
  valueAt: Int32Array;
}

/**
 * Packs words spelled in slots into one trie (`packTrie`) with `rootCount` roots: root 0 is the trie's
 * root, the others hang from it by no character, so only a walk that starts there reaches their words.
 * A word given twice keeps its last value.
 *
 * @example
 * const packed = packSlotWords(2, [{ root: 1, slots: [3, 4], value: 7 }]);
 * const end = childPosition(packed.trie, childPosition(packed.trie, packed.rootPositions[1], 3), 4);
 * packed.valueAt[end] // 7
 */
export function packSlotWords(rootCount: number, words: Iterable<SlotWord>): PackedWords {
  const parentOf: number[] = Array.from({ length: rootCount }, () => 0);
  const slotOf: number[] = Array.from({ length: rootCount }, () => -1);
  const valueOf: number[] = Array.from({ length: rootCount }, () => -1);
  const childByKey = new Map<number, number>();
  for (const { root, slots, value } of words) {
    let node = root;
    for (const slot of slots) {
      const key = node * ASCII_SLOTS + slot;
      let child = childByKey.get(key);
      if (child === undefined) {
        child = parentOf.length;
        parentOf.push(node);
        slotOf.push(slot);
        valueOf.push(-1);
        childByKey.set(key, child);
      }
      node = child;
    }
    valueOf[node] = value;
  }
  const { trie, positionOf } = packTrie(parentOf, slotOf, parentOf.length);
  const valueAt = new Int32Array(trie.length / 2).fill(-1);
  valueOf.forEach((value, node) => {
    if (value >= 0 && node >= rootCount) valueAt[positionOf[node] ?? 0] = value;
  });
  return { trie, rootPositions: Array.from({ length: rootCount }, (_, root) => positionOf[root] ?? 0), valueAt };
}
