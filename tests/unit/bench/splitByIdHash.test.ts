import { hashId, splitByIdHash } from '../../bench/splitByIdHash.ts';

describe('hashId', () => {
  it('matches the published 32-bit FNV-1a values', () => {
    expect(hashId('')).toBe(0x811c9dc5);
    expect(hashId('a')).toBe(0xe40c292c);
    expect(hashId('foobar')).toBe(0xbf9cf968);
  });
});

describe('splitByIdHash', () => {
  const ids = Array.from({ length: 200 }, (_, index) => `nl-${index}`);

  it('puts every item in exactly one half, keeping input order within a half', () => {
    const [first, second] = splitByIdHash(ids, (id) => id);
    expect([...first, ...second].sort()).toEqual([...ids].sort());
    expect(first).toEqual(ids.filter((id) => first.includes(id)));
  });

  it('gives roughly even halves on a realistic id set', () => {
    const [first] = splitByIdHash(ids, (id) => id);
    expect(first.length).toBeGreaterThan(60);
    expect(first.length).toBeLessThan(140);
  });

  it('keeps an item on the same side when other items are added or the order changes', () => {
    const [firstAlone] = splitByIdHash(ids.slice(0, 50), (id) => id);
    const [firstAll] = splitByIdHash([...ids].reverse(), (id) => id);
    expect(firstAlone.every((id) => firstAll.includes(id))).toBe(true);
  });
});
