import fc from 'fast-check';
import { sortFewStably } from './sortFewStably.ts';

const byKey = (left: { key: number }, right: { key: number }): number => left.key - right.key;

describe('sortFewStably', () => {
  it('sorts a few items by insertion, keeping equal ones in their order', () => {
    const items = [
      { key: 2, name: 'b' },
      { key: 1, name: 'a' },
      { key: 2, name: 'c' },
      { key: 0, name: 'z' },
    ];
    expect(sortFewStably(items, byKey).map((item) => item.name)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('orders any list as the stable built-in sort does, below and above the insertion bound', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, place) => ({ key, place }));
        const expected = [...items].sort(byKey);
        expect(sortFewStably([...items], byKey)).toEqual(expected);
      }),
    );
  });
});
