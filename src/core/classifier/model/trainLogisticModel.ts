import { createSeededRandom, seededPermutation } from './seededPermutation.ts';

export interface LogisticTrainingSettings {
  learningRate: number;
  /** L2 penalty per step on every weight (not on the bias). */
  l2: number;
  epochs: number;
  /** Seeds the order in which the examples are visited in each epoch. */
  seed: number;
}

/** One training example: the indexes of the features present (binary), and its class. */
export interface LogisticExample {
  features: Int32Array;
  isPositive: boolean;
}

export interface TrainedLogistic {
  bias: number;
  weights: Float64Array;
}

/** Below this the shared weight scale is folded into the weights, so it never underflows. */
const MIN_SCALE = 1e-6;

/**
 * Binary logistic regression over binary sparse features by stochastic gradient descent. The L2
 * decay of all weights is kept as one shared scale factor, so each step costs only the features the
 * example has. Deterministic: the visiting order comes from `settings.seed`.
 *
 * @example
 * const model = trainLogisticModel([{ features: Int32Array.of(0), isPositive: true },
 *   { features: Int32Array.of(1), isPositive: false }], 2, { learningRate: 0.5, l2: 1e-4, epochs: 40, seed: 1 });
 * model.weights[0] > 0 && model.weights[1] < 0 // true
 */
export function trainLogisticModel(
  examples: readonly LogisticExample[],
  featureCount: number,
  settings: LogisticTrainingSettings,
): TrainedLogistic {
  const scaled = new Float64Array(featureCount);
  let scale = 1;
  let bias = 0;
  const decay = 1 - settings.learningRate * settings.l2;
  const random = createSeededRandom(settings.seed);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    for (const position of seededPermutation(examples.length, random)) {
      const example = examples[position] as LogisticExample;
      let sum = bias;
      for (const feature of example.features) sum += (scaled[feature] as number) * scale;
      const gradient = sigmoid(sum) - (example.isPositive ? 1 : 0);
      scale *= decay;
      const step = (settings.learningRate * gradient) / scale;
      for (const feature of example.features) scaled[feature] = (scaled[feature] as number) - step;
      bias -= settings.learningRate * gradient;
      if (scale < MIN_SCALE) {
        for (let index = 0; index < featureCount; index += 1) scaled[index] = (scaled[index] as number) * scale;
        scale = 1;
      }
    }
  }
  return { bias, weights: scaled.map((weight) => weight * scale) };
}

/**
 * The logistic function, safe for large magnitudes.
 *
 * @example
 * sigmoid(0) // 0.5
 */
export function sigmoid(value: number): number {
  if (value >= 0) return 1 / (1 + Math.exp(-value));
  const exp = Math.exp(value);
  return exp / (1 + exp);
}
