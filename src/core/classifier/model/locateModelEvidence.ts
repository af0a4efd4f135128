import type { RightLabel } from '../../rights/rightLabel.ts';
import type { Evidence } from '../classification.ts';
import type { ModelWordList } from './extractModelFeatures.ts';
import type { StrongNgram } from './scoreModelProbability.ts';

/**
 * Returns each n-gram as evidence for `right`, spanning the subject or the converted body text like
 * rule evidence: a word where it first occurs, a word pair where it first occurs within one field. A
 * pair that only ever spans subject and body cannot be highlighted and is left out. `words` is the
 * list the n-grams were found in (`findStrongestNgrams`).
 *
 * @example
 * const { ngrams, words } = findStrongestNgrams('Inzage', 'Welke gegevens?', SHIPPED_REQUEST_MODEL, 'access');
 * locateModelEvidence(ngrams, 'access', words, 'Inzage', 'Welke gegevens?')
 * // [{ right: 'access', field: 'body', start: 0, end: 14, text: 'Welke gegevens' }, …]
 */
export function locateModelEvidence(
  ngrams: readonly StrongNgram[],
  right: RightLabel,
  words: ModelWordList,
  subject: string,
  bodyText: string,
): Evidence[] {
  const { count, isBody, starts, ends, values } = words;
  const evidence: Evidence[] = [];
  for (const { firstWord, isPair } of ngrams) {
    let first = firstWord;
    if (isPair) {
      // The same two words again, until a place where both are in one field.
      const [firstValue, secondValue] = [values[firstWord], values[firstWord + 1]];
      while (first + 1 < count && !(values[first] === firstValue && values[first + 1] === secondValue && isBody[first] === isBody[first + 1])) first += 1;
      if (first + 1 >= count) continue;
    }
    const last = isPair ? first + 1 : first;
    const field = isBody[first] === 1 ? 'body' : 'subject';
    const start = starts[first] ?? 0;
    const end = ends[last] ?? 0;
    evidence.push({ right, field, start, end, text: (field === 'body' ? bodyText : subject).slice(start, end) });
  }
  return evidence;
}
