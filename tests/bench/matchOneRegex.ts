/**
 * The speed floor for the classifier: the least work any keyword classifier must do. One linear-time
 * alternation of literal words (no quantifier around a group), run over the lowercased text.
 */
const FLOOR_PATTERN = /\b(?:gdpr|avg|privacy|inzage|verwijder|delete|erase|auskunft|löschung|effacement)\b/;

/**
 * Parses a classify input line and tests the floor pattern on its lowercased subject and body.
 *
 * @example
 * matchOneRegexOnLine('{"id":"a","subject":"AVG inzage","body":""}'); // => true
 */
export function matchOneRegexOnLine(line: string): boolean {
  const record = JSON.parse(line) as { subject: string; body: string };
  return matchOneRegex(`${record.subject}\n${record.body}`);
}

/**
 * Tests the floor pattern on lowercased text.
 *
 * @example
 * matchOneRegex('Please DELETE my account'); // => true
 */
export function matchOneRegex(text: string): boolean {
  return FLOOR_PATTERN.test(text.toLowerCase());
}
