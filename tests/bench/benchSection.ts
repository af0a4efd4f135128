import type { LabelledEmail } from '../eval/parseLabelledEmail.ts';

/** What every bench section may use: the labelled corpus and the same emails as classify input lines. */
export interface BenchContext {
  repoRoot: string;
  emails: readonly LabelledEmail[];
  /** One `privacy-desk classify` input line per email, in corpus order. */
  inputLines: readonly string[];
}

/**
 * One independent part of `npm run bench`. Sections only print numbers; none asserts, so a slow
 * machine never fails a build. Add a section by adding it to the list in run.ts.
 */
export interface BenchSection {
  /** Short name to run one section alone: `npm run bench -- <name>`. */
  name: string;
  title: string;
  run(context: BenchContext): Promise<string> | string;
}

/**
 * Formats a rate for humans: 12,345/s.
 *
 * @example
 * formatRate(12345.6); // => '12,346/s'
 */
export function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')}/s`;
}
