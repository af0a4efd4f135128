export interface FormatTableOptions {
  /** Columns whose cells are right-aligned (numbers); the others are left-aligned. */
  rightAligned?: readonly number[];
}

/**
 * Lays out rows as a plain-text table: columns padded to their widest cell, a rule under the header,
 * two spaces between columns and no trailing spaces, so it reads well in a terminal or a CI log.
 *
 * @example
 * formatTable(['right', 'F1'], [['access', '0.950']], { rightAligned: [1] });
 * // => 'right      F1\n------  -----\naccess  0.950'
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { rightAligned = [] }: FormatTableOptions = {},
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const formatRow = (row: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return rightAligned.includes(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [formatRow(header), rule, ...rows.map(formatRow)].join('\n');
}

/**
 * Shows a ratio with three decimals, or "n/a" when it is undefined.
 *
 * @example
 * formatScore(0.98765); // => '0.988'
 * formatScore(null); // => 'n/a'
 */
export function formatScore(score: number | null): string {
  return score === null ? 'n/a' : score.toFixed(3);
}
