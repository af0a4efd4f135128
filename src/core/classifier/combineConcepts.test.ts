import { combineConcepts } from './combineConcepts.ts';
import type { CueMatch } from './matchCues.ts';
import type { RequestConcept } from './requestConcept.ts';
import type { RightCombination } from './rightCombinations.ts';

const match = (first: number): CueMatch => ({ rule: 0, first, last: first });
const sentence = (names: RequestConcept[]) => new Map([[0, new Map(names.map((name, index) => [name, match(index)] as const))]]);

const COMBINATIONS: readonly RightCombination[] = [
  { rights: ['erasure'], all: ['erase'], any: ['myData', 'theirData'] },
  { rights: ['unsubscribe'], all: ['erase', 'mailingList'], unless: ['myData'] },
  { rights: ['access', 'portability'], all: ['getCopy', 'portableFormat'] },
];

describe('combineConcepts', () => {
  it('needs every `all` ingredient and one `any` ingredient in the sentence', () => {
    expect(combineConcepts(sentence(['erase']), COMBINATIONS)).toEqual([]);
    const [erasure] = combineConcepts(sentence(['erase', 'theirData']), COMBINATIONS);
    expect(erasure?.right).toBe('erasure');
    expect(erasure?.ingredients.map((ingredient) => ingredient.first)).toEqual([0, 1]);
  });

  it('skips a combination when an `unless` ingredient is present', () => {
    const rights = combineConcepts(sentence(['erase', 'mailingList', 'myData']), COMBINATIONS).map((item) => item.right);
    expect(rights).toEqual(['erasure']);
  });

  it('gives every right of a combination that names several', () => {
    const rights = combineConcepts(sentence(['getCopy', 'portableFormat']), COMBINATIONS).map((item) => item.right);
    expect(rights).toEqual(['access', 'portability']);
  });

  it('never combines ingredients from different sentences', () => {
    const split = new Map([
      [0, new Map([['erase' as RequestConcept, match(0)]])],
      [1, new Map([['myData' as RequestConcept, match(5)]])],
    ]);
    expect(combineConcepts(split, COMBINATIONS)).toEqual([]);
  });
});
