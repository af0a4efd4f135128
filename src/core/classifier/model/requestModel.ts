import type { RightLabel } from '../../rights/rightLabel.ts';
import type { LogisticTrainingSettings } from './trainLogisticModel.ts';

/** One binary logistic model: its bias and the weight of each n-gram it kept. */
export interface LogisticModel {
  bias: number;
  /** n-gram → weight; n-grams not listed weigh 0. */
  weights: Readonly<Record<string, number>>;
}

export interface RequestModelSettings extends LogisticTrainingSettings {
  /** How many n-grams (largest |weight|) each model keeps, so the shipped file stays small. */
  keptFeatures: { request: number; right: number };
}

/** The corpus a model was trained on, so a test can tell when it is out of date. */
export interface TrainingCorpusStamp {
  emails: number;
  /** SHA-256 of the corpus files, as `privacy-desk train` computes it. */
  sha256: string;
}

/**
 * The trained request model: "is this a privacy request" and, one versus the rest, each right.
 * Written by `privacy-desk train`, read by `classifyEmail`.
 */
export interface RequestModel {
  format: 1;
  corpus: TrainingCorpusStamp;
  settings: RequestModelSettings;
  request: LogisticModel;
  rights: Readonly<Record<RightLabel, LogisticModel>>;
}
