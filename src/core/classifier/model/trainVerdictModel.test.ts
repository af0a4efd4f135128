import { trainVerdictModel } from './trainVerdictModel.ts';
import type { VerdictExample } from './trainVerdictModel.ts';
import { weighVerdict } from './weighVerdict.ts';
import type { VerdictFacts } from './weighVerdict.ts';

function example(rulesFindRequest: boolean, requestProbability: number, isRequest: boolean): VerdictExample {
  const facts: VerdictFacts = { rulesFindRequest, rulesConfidence: 0.9, rulesDoubt: false, requestProbability, strongestRightProbability: 0.5 };
  return { facts, isRequest };
}

/** The rules are right unless the request model is sure of the opposite. */
const EXAMPLES: VerdictExample[] = [
  ...Array.from({ length: 20 }, () => example(true, 0.6, true)),
  ...Array.from({ length: 20 }, () => example(false, 0.3, false)),
  ...Array.from({ length: 5 }, () => example(true, 0.001, false)),
  ...Array.from({ length: 5 }, () => example(false, 0.999, true)),
];

describe('trainVerdictModel', () => {
  it('learns to trust the rules, and the request model where it is sure', () => {
    const verdict = trainVerdictModel(EXAMPLES);
    expect(verdict.weights['rulesFindRequest']! + verdict.weights['rulesConfidenceInRequest']!).toBeGreaterThan(0);
    expect(verdict.weights['requestLogit']).toBeGreaterThan(0);
    for (const { facts, isRequest } of EXAMPLES) expect(weighVerdict(verdict, facts) > 0.5).toBe(isRequest);
  });

  it('is deterministic and names a weight for every input', () => {
    const verdict = trainVerdictModel(EXAMPLES);
    expect(trainVerdictModel(EXAMPLES)).toEqual(verdict);
    expect(Object.keys(verdict.weights).sort()).toEqual(['requestLogit', 'rulesConfidenceInRequest', 'rulesDoubt', 'rulesFindRequest', 'strongestRightLogit']);
  });

  it('keeps the rules verdict when there is nothing to learn from', () => {
    const verdict = trainVerdictModel([]);
    expect(weighVerdict(verdict, example(true, 0.001, false).facts)).toBeGreaterThan(0.99);
    expect(weighVerdict(verdict, example(false, 0.999, true).facts)).toBeLessThan(0.01);
  });
});
