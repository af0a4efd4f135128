import { pruneLogisticModel } from './pruneLogisticModel.ts';

describe('pruneLogisticModel', () => {
  it('keeps the n-grams with the largest absolute weight, strongest first', () => {
    const pruned = pruneLogisticModel(0.1, ['a', 'b', 'c', 'd'], Float64Array.of(0.5, -2, 0.1, 1), 2);
    expect(Object.entries(pruned.weights)).toEqual([
      ['b', -2],
      ['d', 1],
    ]);
  });

  it('breaks ties by n-gram, so equal weights prune the same way on every run', () => {
    const pruned = pruneLogisticModel(0, ['z', 'y', 'x'], Float64Array.of(1, 1, 1), 2);
    expect(Object.keys(pruned.weights)).toEqual(['x', 'y']);
  });

  it('rounds to 4 decimals and drops weights that round to 0', () => {
    const pruned = pruneLogisticModel(0.123456, ['a', 'b'], Float64Array.of(0.123456, 0.00004), 10);
    expect(pruned).toEqual({ bias: 0.1235, weights: { a: 0.1235 } });
  });

  it('keeps nothing when asked to keep 0 and never touches the weights given', () => {
    const weights = Float64Array.of(3, -3);
    expect(pruneLogisticModel(0, ['a', 'b'], weights, 0).weights).toEqual({});
    expect([...weights]).toEqual([3, -3]);
  });
});
