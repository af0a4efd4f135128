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
  /**
   * How many times each n-gram model is trained, with seeds `seed`, `seed + 1`, ..., before its weights
   * are averaged: one visiting order alone moved precision on unseen mail by up to 1.5 points.
   */
  averagedRuns: number;
}

/** The corpus a model was trained on, so a test can tell when it is out of date. */
export interface TrainingCorpusStamp {
  emails: number;
  /** SHA-256 of the corpus files, as `privacy-desk train` computes it. */
  sha256: string;
}

/** The n-gram models: "is this a privacy request" and, one versus the rest, each right. */
export interface RequestNgramModels {
  request: LogisticModel;
  rights: Readonly<Record<RightLabel, LogisticModel>>;
}

/**
 * The trained request model: the n-gram models, and the verdict model that weighs the rules' verdict
 * against them (weights named as `VerdictFeature`s, see `weighVerdict.ts`). Written by
 * `privacy-desk train`, read by `classifyEmail`.
 */
export interface RequestModel extends RequestNgramModels {
  format: 2;
  corpus: TrainingCorpusStamp;
  settings: RequestModelSettings;
  verdict: LogisticModel;
}
