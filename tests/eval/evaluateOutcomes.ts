import { RIGHT_LABELS } from '../../src/core/rights/rightLabel.ts';
import type { RightLabel } from '../../src/core/rights/rightLabel.ts';
import { addCounts, countOutcome, NO_COUNTS, scoreCounts } from './metrics.ts';
import type { ConfusionCounts, Scores } from './metrics.ts';

/** One labelled email next to what a classifier said about it. */
export interface EmailOutcome {
  id: string;
  language: string;
  expectedRights: readonly RightLabel[];
  isPredictedRequest: boolean;
  predictedRights: readonly RightLabel[];
  /** The first deciding words the classifier showed, for the list of misses. */
  firstEvidence?: string;
  /** The email's subject, so a miss without evidence can still be recognised in the list. */
  subject?: string;
}

export interface GroupScores {
  emails: number;
  detection: Scores;
  microRights: Scores;
}

export interface EvaluationReport extends GroupScores {
  rights: Record<RightLabel, Scores>;
  byLanguage: (GroupScores & { language: string })[];
  falseNegatives: EmailOutcome[];
  falsePositives: EmailOutcome[];
  /** Both agree it is a request, but the rights differ. */
  wrongRights: EmailOutcome[];
}

/**
 * Scores a classifier's outcomes: detection (is it a request; an email with no labels is not),
 * each right, rights micro-averaged, the same per language, and the emails it got wrong.
 *
 * @example
 * const report = evaluateOutcomes([{ id: 'a', language: 'nl', expectedRights: ['access'],
 *   isPredictedRequest: true, predictedRights: ['access'] }]);
 * report.microRights.f1; // => 1
 */
export function evaluateOutcomes(outcomes: readonly EmailOutcome[]): EvaluationReport {
  const rightCounts = countRights(outcomes);
  const languages = [...new Set(outcomes.map((outcome) => outcome.language))].sort();
  return {
    ...scoreGroup(outcomes),
    rights: Object.fromEntries(
      RIGHT_LABELS.map((right) => [right, scoreCounts(rightCounts[right])]),
    ) as Record<RightLabel, Scores>,
    byLanguage: languages.map((language) => ({
      language,
      ...scoreGroup(outcomes.filter((outcome) => outcome.language === language)),
    })),
    falseNegatives: outcomes.filter((outcome) => isExpectedRequest(outcome) && !outcome.isPredictedRequest),
    falsePositives: outcomes.filter((outcome) => !isExpectedRequest(outcome) && outcome.isPredictedRequest),
    wrongRights: outcomes.filter(
      (outcome) =>
        isExpectedRequest(outcome) &&
        outcome.isPredictedRequest &&
        !isSameRightSet(outcome.expectedRights, outcome.predictedRights),
    ),
  };
}

function scoreGroup(outcomes: readonly EmailOutcome[]): GroupScores {
  const detection = outcomes.reduce(
    (counts, outcome) =>
      countOutcome(counts, { expected: isExpectedRequest(outcome), predicted: outcome.isPredictedRequest }),
    NO_COUNTS,
  );
  return {
    emails: outcomes.length,
    detection: scoreCounts(detection),
    microRights: scoreCounts(addCounts(Object.values(countRights(outcomes)))),
  };
}

function countRights(outcomes: readonly EmailOutcome[]): Record<RightLabel, ConfusionCounts> {
  const counts = Object.fromEntries(RIGHT_LABELS.map((right) => [right, NO_COUNTS])) as Record<
    RightLabel,
    ConfusionCounts
  >;
  for (const outcome of outcomes) {
    for (const right of RIGHT_LABELS) {
      counts[right] = countOutcome(counts[right], {
        expected: outcome.expectedRights.includes(right),
        predicted: outcome.predictedRights.includes(right),
      });
    }
  }
  return counts;
}

function isExpectedRequest(outcome: EmailOutcome): boolean {
  return outcome.expectedRights.length > 0;
}

function isSameRightSet(expected: readonly RightLabel[], predicted: readonly RightLabel[]): boolean {
  const predictedSet = new Set(predicted);
  return new Set(expected).size === predictedSet.size && expected.every((right) => predictedSet.has(right));
}
