import { addCounts, countOutcome, NO_COUNTS, scoreCounts } from '../../eval/metrics.ts';

describe('scoreCounts', () => {
  it('computes precision, recall, F1 and support from the counts', () => {
    const scores = scoreCounts({ truePositives: 6, falsePositives: 2, falseNegatives: 4 });
    expect(scores.precision).toBeCloseTo(6 / 8);
    expect(scores.recall).toBeCloseTo(6 / 10);
    const harmonicMean = (2 * (6 / 8) * (6 / 10)) / (6 / 8 + 6 / 10);
    expect(scores.f1).toBeCloseTo(harmonicMean);
    expect(scores.support).toBe(10);
  });

  it('gives null precision when nothing was predicted, and null recall when nothing was expected', () => {
    const nothingPredicted = scoreCounts({ truePositives: 0, falsePositives: 0, falseNegatives: 3 });
    expect(nothingPredicted.precision).toBeNull();
    expect(nothingPredicted.recall).toBe(0);
    expect(nothingPredicted.f1).toBe(0);
    const nothingExpected = scoreCounts({ truePositives: 0, falsePositives: 2, falseNegatives: 0 });
    expect(nothingExpected.recall).toBeNull();
    expect(nothingExpected.precision).toBe(0);
  });

  it('gives null everywhere for empty counts rather than a perfect score', () => {
    expect(scoreCounts(NO_COUNTS)).toMatchObject({ precision: null, recall: null, f1: null, support: 0 });
  });

  it('keeps the counts it was given', () => {
    const counts = { truePositives: 1, falsePositives: 2, falseNegatives: 3 };
    expect(scoreCounts(counts)).toMatchObject(counts);
  });
});

describe('countOutcome', () => {
  it.each([
    [true, true, { truePositives: 1, falsePositives: 0, falseNegatives: 0 }],
    [false, true, { truePositives: 0, falsePositives: 1, falseNegatives: 0 }],
    [true, false, { truePositives: 0, falsePositives: 0, falseNegatives: 1 }],
    [false, false, NO_COUNTS],
  ])('expected %s, predicted %s', (expected, predicted, counts) => {
    expect(countOutcome(NO_COUNTS, { expected, predicted })).toEqual(counts);
  });

  it('does not mutate the running counts', () => {
    const before = { truePositives: 1, falsePositives: 1, falseNegatives: 1 };
    countOutcome(before, { expected: true, predicted: true });
    expect(before).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  });
});

describe('addCounts', () => {
  it('sums field by field, and gives zero counts for an empty list', () => {
    expect(
      addCounts([
        { truePositives: 1, falsePositives: 2, falseNegatives: 3 },
        { truePositives: 10, falsePositives: 20, falseNegatives: 30 },
      ]),
    ).toEqual({ truePositives: 11, falsePositives: 22, falseNegatives: 33 });
    expect(addCounts([])).toEqual(NO_COUNTS);
  });
});
