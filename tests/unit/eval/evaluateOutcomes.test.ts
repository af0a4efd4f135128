import { evaluateOutcomes } from '../../eval/evaluateOutcomes.ts';
import type { EmailOutcome } from '../../eval/evaluateOutcomes.ts';
import type { RightLabel } from '../../../src/core/rights/rightLabel.ts';

function outcome(
  id: string,
  language: string,
  expectedRights: RightLabel[],
  predictedRights: RightLabel[] | 'not a request',
): EmailOutcome {
  return predictedRights === 'not a request'
    ? { id, language, expectedRights, isPredictedRequest: false, predictedRights: [] }
    : { id, language, expectedRights, isPredictedRequest: true, predictedRights };
}

const outcomes = [
  outcome('hit', 'nl', ['access'], ['access']),
  outcome('multi-partial', 'nl', ['access', 'erasure'], ['access']),
  outcome('missed', 'en', ['erasure'], 'not a request'),
  outcome('false-alarm', 'en', [], ['unsubscribe']),
  outcome('quiet-negative', 'de', [], 'not a request'),
  outcome('wrong-right', 'de', ['objection'], ['unsubscribe']),
];

describe('evaluateOutcomes', () => {
  const report = evaluateOutcomes(outcomes);

  it('scores detection with an unlabelled email counting as a non-request', () => {
    expect(report.emails).toBe(6);
    expect(report.detection).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 1, support: 4 });
  });

  it('scores each right separately, including rights never expected', () => {
    expect(report.rights.access).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    expect(report.rights.erasure).toMatchObject({ truePositives: 0, falseNegatives: 2, precision: null, recall: 0 });
    expect(report.rights.unsubscribe).toMatchObject({ falsePositives: 2, support: 0, recall: null });
    expect(report.rights.complaint).toMatchObject({ support: 0, f1: null });
  });

  it('micro-averages over all rights by summing their counts', () => {
    expect(report.microRights).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 3, support: 5 });
    expect(report.microRights.f1).toBeCloseTo(4 / 9);
  });

  it('groups figures per language, sorted by language', () => {
    expect(report.byLanguage.map((group) => group.language)).toEqual(['de', 'en', 'nl']);
    const dutch = report.byLanguage.find((group) => group.language === 'nl');
    expect(dutch).toMatchObject({ emails: 2, detection: { recall: 1, precision: 1 } });
    expect(dutch?.microRights).toMatchObject({ truePositives: 2, falseNegatives: 1 });
  });

  it('lists the misses by kind; a partial multi-right answer is a wrong-rights miss', () => {
    expect(report.falseNegatives.map((miss) => miss.id)).toEqual(['missed']);
    expect(report.falsePositives.map((miss) => miss.id)).toEqual(['false-alarm']);
    expect(report.wrongRights.map((miss) => miss.id)).toEqual(['multi-partial', 'wrong-right']);
  });

  it('does not count the same right set in another order as wrong', () => {
    const reordered = evaluateOutcomes([outcome('a', 'fr', ['access', 'portability'], ['portability', 'access'])]);
    expect(reordered.wrongRights).toEqual([]);
    expect(reordered.microRights.f1).toBe(1);
  });

  it('reports an empty corpus as undefined figures, not as perfect ones', () => {
    const empty = evaluateOutcomes([]);
    expect(empty).toMatchObject({ emails: 0, byLanguage: [], detection: { f1: null }, microRights: { f1: null } });
  });
});
