import { asciiSlot } from './compileCueRules.ts';
import { ASCII_SLOTS, packTrie, type PackedTrie } from './packTrie.ts';

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
    const next = (trie[position * 2] ?? 0) + asciiSlot(character.charCodeAt(0));
    if (trie[next * 2 + 1] !== position) return -1;
    position = next;
  }
  return position;
}

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
