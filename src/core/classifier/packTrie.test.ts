import { ASCII_SLOTS, asciiSlot, childPosition, narrowed, narrowedTrie, packSlotWords, packTrie, type PackedTrie, type PackedWords } from './packTrie.ts';

/** Builds the form packTrie takes: each node's parent and the slot leading to it (-1: another character). */
function unpackedTrie(words: readonly string[]): { parentOf: number[]; slotOf: number[]; ends: Map<string, number> } {
  const parentOf = [0];
  const slotOf = [-1];
  const childByKey = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const word of words) {
    let node = 0;
    for (const character of word) {
      const key = `${node}:${character}`;
      let child = childByKey.get(key);
      if (child === undefined) {
        child = parentOf.length;
        parentOf.push(node);
        slotOf.push(asciiSlot(character.charCodeAt(0)));
        childByKey.set(key, child);
      }
      node = child;
    }
    ends.set(word, node);
  }
  return { parentOf, slotOf, ends };
}

/** Follows a word through the packed trie over a-z and 0-9; -1 when it leaves the trie. */
function walk({ trie }: PackedTrie, word: string): number {
  let position = 0;
  for (const character of word) {
    position = childPosition(trie, position, asciiSlot(character.charCodeAt(0)));
    if (position < 0) return -1;
  }
  return position;
}

const slotsOf = (word: string): number[] => [...word].map((character) => asciiSlot(character.charCodeAt(0)));

describe('packTrie', () => {
  const words = ['delete', 'deletion', 'del', 'data', 'gegevens', 'verwijder', 'art15', 'a', 'z9'];
  const { parentOf, slotOf, ends } = unpackedTrie(words);
  const packed = packTrie(parentOf, slotOf, parentOf.length);

  it('gives every node its own position, the root position 0', () => {
    const positions = [...packed.positionOf];
    expect(positions[0]).toBe(0);
    expect(new Set(positions).size).toBe(positions.length);
    expect(positions.every((position) => position >= 0 && position < packed.positionCount)).toBe(true);
  });

  it('finds every word, and every prefix of one, where its node was placed', () => {
    for (const [word, node] of ends) expect(walk(packed, word)).toBe(packed.positionOf[node]);
    expect(walk(packed, 'dele')).toBeGreaterThan(0);
    expect(walk(packed, 'z')).toBeGreaterThan(0);
  });

  it('finds no word that is not in the trie', () => {
    for (const word of ['b', 'dx', 'deletes', 'datum', 'art16', 'z90']) expect(walk(packed, word)).toBe(-1);
  });

  it('places children reached by other characters without a parent check pointing at them', () => {
    const withOthers = unpackedTrie(['über', 'ub']);
    const result = packTrie(withOthers.parentOf, withOthers.slotOf, withOthers.parentOf.length);
    const umlautChild = withOthers.slotOf.indexOf(-1, 1);
    const position = result.positionOf[umlautChild] ?? -1;
    expect(position).toBeGreaterThan(0);
    expect(result.trie[position * 2 + 1]).toBe(-1);
    expect(walk(result, 'ub')).toBe(result.positionOf[withOthers.ends.get('ub') ?? -1]);
    expect(walk(result, 'ber')).toBe(-1);
  });

  it('keeps every base plus slot inside the array', () => {
    for (let position = 0; position < packed.trie.length / 2; position += 1) {
      expect((packed.trie[position * 2] ?? 0) + ASCII_SLOTS).toBeLessThanOrEqual(packed.trie.length / 2);
    }
  });

  it('packs densely: few positions more than nodes', () => {
    expect(packed.positionCount).toBeLessThanOrEqual(parentOf.length + ASCII_SLOTS);
  });
});

/** The value of the word spelled by the first `length` slots under `root`, walked as a reader walks it; -1 when none. */
function findSlotWord({ trie, rootPositions, valueAt }: PackedWords, root: number, slots: readonly number[], length: number): number {
  let position = rootPositions[root] ?? 0;
  for (let index = 0; index < length && position >= 0; index += 1) position = childPosition(trie, position, slots[index] ?? 0);
  return position >= 0 ? (valueAt[position] ?? -1) : -1;
}

describe('packSlotWords', () => {
  const packed = packSlotWords(2, [
    { root: 0, slots: slotsOf('niet'), value: 1 },
    { root: 0, slots: slotsOf('nie'), value: 2 },
    { root: 1, slots: slotsOf('niet'), value: 3 },
    { root: 0, slots: slotsOf('en'), value: 4 },
    { root: 0, slots: slotsOf('en'), value: 5 },
  ]);
  const find = (root: number, word: string): number => findSlotWord(packed, root, slotsOf(word), word.length);

  it('finds each word under its own root, a word given twice with its last value', () => {
    expect(find(0, 'niet')).toBe(1);
    expect(find(0, 'nie')).toBe(2);
    expect(find(1, 'niet')).toBe(3);
    expect(find(0, 'en')).toBe(5);
  });

  it('finds no prefix, extension, empty word or word under the other root', () => {
    expect(find(0, 'ni')).toBe(-1);
    expect(find(0, 'niets')).toBe(-1);
    expect(find(0, '')).toBe(-1);
    expect(find(1, 'nie')).toBe(-1);
    expect(find(1, 'en')).toBe(-1);
  });

  it('reads only the first `length` slots', () => {
    expect(findSlotWord(packed, 0, slotsOf('nietsnut'), 4)).toBe(1);
  });
});

describe('narrowed', () => {
  it('keeps numbers in 16 bits where every one fits, the -1 of a missing value too', () => {
    const short = narrowed(Int32Array.of(3, -1, 0x7fff));
    expect(short).toBeInstanceOf(Int16Array);
    expect(Array.from(short)).toEqual([3, -1, 0x7fff]);
  });

  it('leaves numbers beyond 16 bits in 32', () => {
    const wide = Int32Array.of(1, 0x8000);
    expect(narrowed(wide)).toBe(wide);
    expect(narrowed(Int32Array.of(-0x8001))).toBeInstanceOf(Int32Array);
  });
});

describe('narrowedTrie', () => {
  it('keeps a trie in unsigned 16 bits where every position fits, and a walk finds the same positions', () => {
    const { trie } = packTrie([0, 0, 1], [-1, 3, 4], 3);
    const short = narrowedTrie(trie);
    expect(short).toBeInstanceOf(Uint16Array);
    expect(childPosition(short, childPosition(short, 0, 3), 4)).toBe(childPosition(trie, childPosition(trie, 0, 3), 4));
    expect(childPosition(short, 0, 5)).toBe(-1);
  });

  it('holds a trie of more positions than signed 16 bits can number, every walk as in 32 bits', () => {
    // 1,200 two-letter and three-letter words under one root: over 32,767 positions once packed with their slots.
    const parents = [0];
    const slots = [-1];
    for (let first = 0; first < ASCII_SLOTS; first += 1) {
      parents.push(0);
      slots.push(first);
      const firstNode = parents.length - 1;
      for (let second = 0; second < ASCII_SLOTS; second += 1) {
        parents.push(firstNode);
        slots.push(second);
        const secondNode = parents.length - 1;
        for (let third = 0; third < ASCII_SLOTS; third += 1) {
          parents.push(secondNode);
          slots.push(third);
        }
      }
    }
    const { trie } = packTrie(parents, slots, parents.length);
    expect(trie.length / 2).toBeGreaterThan(0x8000);
    expect(narrowed(trie)).toBe(trie);
    const short = narrowedTrie(trie);
    expect(short).toBeInstanceOf(Uint16Array);
    for (const word of [[0, 0, 0], [35, 35, 35], [7, 20, 3], [12, 1]]) {
      let wide = 0;
      let narrow = 0;
      for (const slot of word) {
        wide = childPosition(trie, wide, slot);
        narrow = childPosition(short, narrow, slot);
      }
      expect(narrow).toBe(wide);
      expect(wide).toBeGreaterThan(0);
    }
  });

  it('leaves a trie of 65,535 positions or more in 32 bits', () => {
    const wide = Int32Array.of(0, -1, 0xffff, 0);
    expect(narrowedTrie(wide)).toBe(wide);
  });
});
