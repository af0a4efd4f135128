import { addConcept, emptyMask, holdsAll, holdsAny, holdsConcept, maskConcepts } from './conceptMask.ts';
import { REQUEST_CONCEPTS } from './requestConcept.ts';

describe('conceptMask', () => {
  it('holds every concept it was made from, in every word of the mask', () => {
    const mask = maskConcepts(REQUEST_CONCEPTS);
    for (const name of REQUEST_CONCEPTS) expect(holdsAll(mask, maskConcepts([name]))).toBe(true);
  });

  it('tells concepts in different words apart (no two share a bit)', () => {
    for (const name of REQUEST_CONCEPTS) {
      const others = maskConcepts(REQUEST_CONCEPTS.filter((other) => other !== name));
      expect(holdsAny(others, maskConcepts([name]))).toBe(false);
    }
  });

  it('an empty wanted set is always held and never overlaps', () => {
    const empty = maskConcepts();
    expect(holdsAll(maskConcepts(['erase']), empty)).toBe(true);
    expect(holdsAny(maskConcepts(['erase']), empty)).toBe(false);
  });

  it('needs all for holdsAll and one for holdsAny', () => {
    const sentence = maskConcepts(['erase', 'contractAdmin']);
    expect(holdsAll(sentence, maskConcepts(['erase', 'myData']))).toBe(false);
    expect(holdsAny(sentence, maskConcepts(['myData', 'contractAdmin']))).toBe(true);
  });

  it('keeps every bit of every word apart, up to the last bit of the fourth word', () => {
    for (let bit = 0; bit < 124; bit += 1) {
      const mask = emptyMask();
      addConcept(mask, bit);
      for (let other = 0; other < 124; other += 1) expect(holdsConcept(mask.low, mask.middle, mask.high, mask.top, other)).toBe(other === bit);
    }
  });
});
