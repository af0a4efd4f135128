import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { RequestModel } from './requestModel.ts';
import { scoreLogisticModel } from './scoreLogisticModel.ts';
import type { LogisticScore } from './scoreLogisticModel.ts';

export interface RequestModelScore {
  request: LogisticScore;
  rights: Record<RightLabel, LogisticScore>;
}

/**
 * Scores an email's n-grams (`extractModelFeatures`) with the request model and every right model:
 * the probability of each, and the n-grams that argued most for it (`scoreLogisticModel`).
 *
 * @example
 * const score = scoreRequestModel(extractModelFeatures(subject, bodyText).ngrams, SHIPPED_REQUEST_MODEL);
 * score.request.probability // 0..1
 */
export function scoreRequestModel(ngrams: ReadonlySet<string>, model: RequestModel): RequestModelScore {
  return {
    request: scoreLogisticModel(ngrams, model.request),
    rights: Object.fromEntries(RIGHT_LABELS.map((right) => [right, scoreLogisticModel(ngrams, model.rights[right])])) as Record<
      RightLabel,
      LogisticScore
    >,
  };
}
