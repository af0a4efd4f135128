import type { RightLabel } from '../../rights/rightLabel.ts';
import type { Evidence } from '../classification.ts';
import type { ModelToken } from './extractModelFeatures.ts';

/**
 * Finds where each n-gram first occurs among the model's tokens and returns it as evidence for
 * `right`, spanning the subject or the converted body text like rule evidence. A word pair split
 * between subject and body cannot be highlighted and is left out.
 *
 * @example
 * const { tokens } = extractModelFeatures('Inzage', 'Welke gegevens?');
 * locateModelEvidence(['welke gegevens'], 'access', tokens, 'Inzage', 'Welke gegevens?')
 * // [{ right: 'access', field: 'body', start: 0, end: 14, text: 'Welke gegevens' }]
 */
export function locateModelEvidence(
  ngrams: readonly string[],
  right: RightLabel,
  tokens: readonly ModelToken[],
  subject: string,
  bodyText: string,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const ngram of ngrams) {
    const space = ngram.indexOf(' ');
    const first = space < 0 ? ngram : ngram.slice(0, space);
    const second = space < 0 ? undefined : ngram.slice(space + 1);
    const found = tokens.findIndex(
      (token, index) =>
        token.word === first && (second === undefined || (tokens[index + 1]?.word === second && tokens[index + 1]?.field === token.field)),
    );
    const start = tokens[found];
    const end = second === undefined ? start : tokens[found + 1];
    if (start === undefined || end === undefined) continue;
    const source = start.field === 'subject' ? subject : bodyText;
    evidence.push({ right, field: start.field, start: start.start, end: end.end, text: source.slice(start.start, end.end) });
  }
  return evidence;
}
