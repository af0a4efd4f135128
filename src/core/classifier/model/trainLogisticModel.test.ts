import { sigmoid, trainLogisticModel } from './trainLogisticModel.ts';
import type { LogisticExample } from './trainLogisticModel.ts';

const SETTINGS = { learningRate: 0.5, l2: 1e-4, epochs: 40, seed: 7 };

/** Feature 0 marks the positives, feature 1 the negatives, feature 2 is in every example. */
function separableExamples(count: number): LogisticExample[] {
  return Array.from({ length: count }, (_, index) => ({
    features: Int32Array.of(index % 2 === 0 ? 0 : 1, 2),
    isPositive: index % 2 === 0,
  }));
}

describe('trainLogisticModel', () => {
  it('learns a positive weight for the feature of the positives and a negative one for the negatives', () => {
    const model = trainLogisticModel(separableExamples(20), 3, SETTINGS);
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(model.weights[1]).toBeLessThan(-1);
    expect(sigmoid(model.bias + (model.weights[0] ?? 0) + (model.weights[2] ?? 0))).toBeGreaterThan(0.9);
  });

  it('is deterministic: the same examples and seed give identical weights', () => {
    const examples = separableExamples(30);
    expect(trainLogisticModel(examples, 3, SETTINGS)).toEqual(trainLogisticModel(examples, 3, SETTINGS));
  });

  it('visits examples in a different order with another seed', () => {
    const examples = [...separableExamples(30), { features: Int32Array.of(0, 1), isPositive: false }];
    const first = trainLogisticModel(examples, 3, { ...SETTINGS, epochs: 1 });
    const second = trainLogisticModel(examples, 3, { ...SETTINGS, epochs: 1, seed: 8 });
    expect(first.weights).not.toEqual(second.weights);
  });

  it('shrinks weights with a stronger L2 penalty', () => {
    const weak = trainLogisticModel(separableExamples(20), 3, SETTINGS);
    const strong = trainLogisticModel(separableExamples(20), 3, { ...SETTINGS, l2: 1e-2 });
    expect(Math.abs(strong.weights[0] ?? 0)).toBeLessThan(Math.abs(weak.weights[0] ?? 0));
  });

  it('keeps features no example has at weight 0, and learns only a bias from examples without features', () => {
    const model = trainLogisticModel([{ features: new Int32Array(0), isPositive: true }], 2, SETTINGS);
    expect([...model.weights]).toEqual([0, 0]);
    expect(model.bias).toBeGreaterThan(0);
  });

  it('keeps the shared weight scale from underflowing over many steps', () => {
    const model = trainLogisticModel(separableExamples(200), 3, { ...SETTINGS, l2: 0.1, epochs: 60 });
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(model.weights[0]).toBeGreaterThan(0);
  });
});

describe('sigmoid', () => {
  it('is 0.5 at 0, symmetric, and finite at extreme inputs', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(3) + sigmoid(-3)).toBeCloseTo(1, 12);
    expect(sigmoid(1_000)).toBe(1);
    expect(sigmoid(-1_000)).toBe(0);
  });
});
