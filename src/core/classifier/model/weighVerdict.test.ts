import fc from 'fast-check';
import { describeVerdictFacts, STRONGEST_RIGHT_FLOOR, verdictRange, weighVerdict } from './weighVerdict.ts';
import type { VerdictFacts } from './weighVerdict.ts';

const FACTS: VerdictFacts = { rulesFindRequest: true, rulesConfidence: 0.9, rulesDoubt: false, requestProbability: 0.5, strongestRightProbability: 0.5 };

describe('describeVerdictFacts', () => {
  it('gives the rules confidence only to a rule request, and probabilities as logits', () => {
    expect(describeVerdictFacts(FACTS)).toEqual({
      rulesFindRequest: 1,
      rulesConfidenceInRequest: 0.9,
      rulesDoubt: 0,
      requestLogit: 0,
      strongestRightLogit: 0,
    });
    const no = describeVerdictFacts({ ...FACTS, rulesFindRequest: false, rulesDoubt: true, requestProbability: 0.9 });
    expect(no).toMatchObject({ rulesFindRequest: 0, rulesConfidenceInRequest: 0, rulesDoubt: 1 });
    expect(no.requestLogit).toBeCloseTo(Math.log(9));
  });

  it('keeps logits finite at probabilities of 0 and 1, and the strongest right between its bounds', () => {
    const sure = describeVerdictFacts({ ...FACTS, requestProbability: 1, strongestRightProbability: 1 });
    expect(Number.isFinite(sure.requestLogit)).toBe(true);
    const ceiling = Math.log((1 - STRONGEST_RIGHT_FLOOR) / STRONGEST_RIGHT_FLOOR);
    expect(sure.strongestRightLogit).toBeCloseTo(ceiling);
    expect(describeVerdictFacts({ ...FACTS, strongestRightProbability: 0 }).strongestRightLogit).toBeCloseTo(-ceiling);
    expect(describeVerdictFacts({ ...FACTS, requestProbability: 0 }).requestLogit).toBeLessThan(-10);
  });
});

describe('weighVerdict', () => {
  it('is the logistic function of the weighted facts; an input without a weight counts 0', () => {
    expect(weighVerdict({ bias: -1, weights: { rulesFindRequest: 3 } }, FACTS)).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(weighVerdict({ bias: 0, weights: {} }, FACTS)).toBe(0.5);
  });
});

describe('verdictRange', () => {
  it('holds the verdict for any strongest right probability', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (weight, request, right) => {
        const verdict = { bias: 0.2, weights: { requestLogit: 0.7, strongestRightLogit: weight } };
        const facts = { ...FACTS, requestProbability: request };
        const [lowest, highest] = verdictRange(verdict, facts);
        const probability = weighVerdict(verdict, { ...facts, strongestRightProbability: right });
        expect(probability).toBeGreaterThanOrEqual(lowest);
        expect(probability).toBeLessThanOrEqual(highest);
      }),
    );
  });
});
