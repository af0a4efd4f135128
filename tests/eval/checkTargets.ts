import type { EvaluationReport } from './evaluateOutcomes.ts';

export interface TargetCheck {
  name: string;
  target: number;
  /** `null` when the corpus gives no basis for the figure (e.g. no requests at all). */
  actual: number | null;
  passed: boolean;
}

/** The classifier's agreed quality bar (issue #3): missing a request costs more than a false alarm. */
export const QUALITY_TARGETS = {
  detectionRecall: 0.99,
  detectionPrecision: 0.97,
  rightsMicroF1: 0.95,
} as const;

/**
 * Compares a report with the quality targets. An undefined figure fails: no evidence is no pass.
 *
 * @example
 * checkTargets(report).map((check) => `${check.passed ? 'PASS' : 'FAIL'} ${check.name}`);
 */
export function checkTargets(report: EvaluationReport): TargetCheck[] {
  const checks: [string, number, number | null][] = [
    ['detection recall', QUALITY_TARGETS.detectionRecall, report.detection.recall],
    ['detection precision', QUALITY_TARGETS.detectionPrecision, report.detection.precision],
    ['rights micro-F1', QUALITY_TARGETS.rightsMicroF1, report.microRights.f1],
  ];
  return checks.map(([name, target, actual]) => ({
    name,
    target,
    actual,
    passed: actual !== null && actual >= target,
  }));
}
