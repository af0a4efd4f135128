import { checkTargets, QUALITY_TARGETS } from '../../eval/checkTargets.ts';
import { evaluateOutcomes } from '../../eval/evaluateOutcomes.ts';
import type { EmailOutcome } from '../../eval/evaluateOutcomes.ts';

const request = (id: string, predicted: boolean): EmailOutcome => ({
  id,
  language: 'nl',
  expectedRights: ['access'],
  isPredictedRequest: predicted,
  predictedRights: predicted ? ['access'] : [],
});

describe('checkTargets', () => {
  it('passes every target when all requests are found with the right rights', () => {
    const checks = checkTargets(evaluateOutcomes([request('a', true), request('b', true)]));
    expect(checks.map((check) => check.passed)).toEqual([true, true, true]);
    expect(checks.map((check) => check.target)).toEqual([
      QUALITY_TARGETS.detectionRecall,
      QUALITY_TARGETS.detectionPrecision,
      QUALITY_TARGETS.rightsMicroF1,
    ]);
  });

  it('fails recall just below the target: one miss in fifty', () => {
    const outcomes = Array.from({ length: 50 }, (_, index) => request(`r${index}`, index !== 0));
    const recall = checkTargets(evaluateOutcomes(outcomes)).find((check) => check.name === 'detection recall');
    expect(recall).toMatchObject({ actual: 0.98, passed: false });
  });

  it('fails a target whose figure is undefined (a corpus without requests)', () => {
    const checks = checkTargets(evaluateOutcomes([]));
    expect(checks.every((check) => check.actual === null && !check.passed)).toBe(true);
  });
});
