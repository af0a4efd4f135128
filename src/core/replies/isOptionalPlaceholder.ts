/**
 * Placeholders that may be empty: the block (paragraph or list) that uses one is then left out,
 * which is how a staff note, an ID-copy advice or a retention exception appears only when it
 * applies. Every other placeholder carries text the requester must read, so an empty one is an
 * error rather than a silently missing paragraph.
 */
const OPTIONAL_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'staffNote',
  'requestSubject',
  'idCopyAdvice',
  'corrections',
  'erasedSystems',
  'forwardedTo',
  'nothingErased',
  'erasureExceptions',
  'breachReportMention',
]);

/**
 * Checks whether a placeholder may be empty, leaving out the block that uses it.
 *
 * @example
 * isOptionalPlaceholder('staffNote') // true
 * isOptionalPlaceholder('legalDeadline') // false
 */
export function isOptionalPlaceholder(name: string): boolean {
  return OPTIONAL_PLACEHOLDERS.has(name);
}
