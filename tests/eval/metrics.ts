/** Confusion counts for one yes/no decision (is it a request; does it invoke this right). */
export interface ConfusionCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Precision, recall and F1; `null` where the figure is undefined (nothing predicted, nothing expected). */
export interface Scores extends ConfusionCounts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** How many items truly were positive (true positives + false negatives). */
  support: number;
}

export const NO_COUNTS: ConfusionCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

/**
 * Turns confusion counts into precision, recall and F1. A ratio with a zero denominator is `null`
 * rather than 0 or 1, so a table can show "n/a" instead of a flattering or alarming number.
 *
 * @example
 * scoreCounts({ truePositives: 8, falsePositives: 2, falseNegatives: 0 });
 * // => { precision: 0.8, recall: 1, f1: 0.888…, support: 8, ... }
 */
export function scoreCounts(counts: ConfusionCounts): Scores {
  const { truePositives, falsePositives, falseNegatives } = counts;
  const precision = divide(truePositives, truePositives + falsePositives);
  const recall = divide(truePositives, truePositives + falseNegatives);
  // F1 = 2TP / (2TP + FP + FN): defined whenever anything was expected or predicted.
  const f1 = divide(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  return { ...counts, precision, recall, f1, support: truePositives + falseNegatives };
}

/**
 * Adds the outcome of one yes/no decision to running counts (a true negative changes nothing).
 *
 * @example
 * countOutcome(NO_COUNTS, { expected: true, predicted: false }); // => { ..., falseNegatives: 1 }
 */
export function countOutcome(
  counts: ConfusionCounts,
  { expected, predicted }: { expected: boolean; predicted: boolean },
): ConfusionCounts {
  return {
    truePositives: counts.truePositives + (expected && predicted ? 1 : 0),
    falsePositives: counts.falsePositives + (!expected && predicted ? 1 : 0),
    falseNegatives: counts.falseNegatives + (expected && !predicted ? 1 : 0),
  };
}

/**
 * Sums confusion counts, e.g. over all rights for the micro-averaged figures.
 *
 * @example
 * addCounts([{ truePositives: 1, falsePositives: 0, falseNegatives: 2 }, NO_COUNTS]);
 */
export function addCounts(all: readonly ConfusionCounts[]): ConfusionCounts {
  return all.reduce<ConfusionCounts>(
    (sum, counts) => ({
      truePositives: sum.truePositives + counts.truePositives,
      falsePositives: sum.falsePositives + counts.falsePositives,
      falseNegatives: sum.falseNegatives + counts.falseNegatives,
    }),
    NO_COUNTS,
  );
}

function divide(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
