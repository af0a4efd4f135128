import { RIGHT_LABELS } from '../../src/core/rights/rightLabel.ts';
import { checkTargets } from './checkTargets.ts';
import type { EmailOutcome, EvaluationReport } from './evaluateOutcomes.ts';
import { formatScore, formatTable } from './formatTable.ts';
import type { Scores } from './metrics.ts';

const SCORE_HEADER = ['precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'support'];
const NUMBER_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function scoreCells(scores: Scores): string[] {
  return [
    formatScore(scores.precision),
    formatScore(scores.recall),
    formatScore(scores.f1),
    String(scores.truePositives),
    String(scores.falsePositives),
    String(scores.falseNegatives),
    String(scores.support),
  ];
}

function formatMisses(title: string, misses: readonly EmailOutcome[]): string {
  if (misses.length === 0) return `${title}: none`;
  const rows = misses.map((miss) => [
    miss.id,
    miss.expectedRights.join('+') || 'none',
    (miss.isPredictedRequest ? miss.predictedRights.join('+') || '(request, no right)' : 'none'),
    shorten(miss.subject ?? '', 40),
    shorten(miss.firstEvidence ?? '-', 60),
  ]);
  return `${title}: ${misses.length}\n${formatTable(['id', 'expected', 'got', 'subject', 'first evidence'], rows)}`;
}

function shorten(text: string, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}

/**
 * Prints an evaluation as aligned plain-text tables: overview, per right, per language, the targets
 * with PASS/FAIL, then every miss with what was expected, what came out and the first evidence.
 *
 * @example
 * console.log(formatReport(evaluateOutcomes(outcomes)));
 */
export function formatReport(report: EvaluationReport): string {
  const requests = report.detection.support;
  const overview = formatTable(
    ['figure', ...SCORE_HEADER],
    [
      ['detection (is a request)', ...scoreCells(report.detection)],
      ['rights (micro over rights)', ...scoreCells(report.microRights)],
    ],
    { rightAligned: NUMBER_COLUMNS },
  );
  const perRight = formatTable(
    ['right', ...SCORE_HEADER],
    RIGHT_LABELS.map((right) => [right, ...scoreCells(report.rights[right])]),
    { rightAligned: NUMBER_COLUMNS },
  );
  const perLanguage = formatTable(
    ['language', 'emails', 'requests', 'det. P', 'det. R', 'det. F1', 'rights P', 'rights R', 'rights F1'],
    report.byLanguage.map((group) => [
      group.language,
      String(group.emails),
      String(group.detection.support),
      formatScore(group.detection.precision),
      formatScore(group.detection.recall),
      formatScore(group.detection.f1),
      formatScore(group.microRights.precision),
      formatScore(group.microRights.recall),
      formatScore(group.microRights.f1),
    ]),
    { rightAligned: NUMBER_COLUMNS },
  );
  const targets = checkTargets(report)
    .map((check) => `${check.passed ? 'PASS' : 'FAIL'}  ${check.name} ${formatScore(check.actual)} (target >= ${check.target})`)
    .join('\n');
  return [
    `${report.emails} emails, ${requests} requests, ${report.emails - requests} non-requests`,
    overview,
    `Per right:\n${perRight}`,
    `Per language:\n${perLanguage}`,
    `Targets:\n${targets}`,
    formatMisses('Missed requests (false negatives)', report.falseNegatives),
    formatMisses('False alarms (false positives)', report.falsePositives),
    formatMisses('Wrong rights', report.wrongRights),
  ].join('\n\n');
}
