import { formatRate } from '../../bench/benchSection.ts';
import { matchOneRegex, matchOneRegexOnLine } from '../../bench/matchOneRegex.ts';

describe('the one-regex floor', () => {
  it('matches a keyword in any case, as a whole word only', () => {
    expect(matchOneRegex('Please DELETE my account')).toBe(true);
    expect(matchOneRegex('Ich bitte um Löschung')).toBe(true);
    expect(matchOneRegex('the deleted items folder')).toBe(false);
  });

  it('reads subject and body from a classify input line', () => {
    expect(matchOneRegexOnLine('{"id":"a","subject":"AVG-inzage","body":""}')).toBe(true);
    expect(matchOneRegexOnLine('{"id":"b","subject":"Factuur","body":"Bedankt"}')).toBe(false);
  });
});

describe('formatRate', () => {
  it('rounds to whole emails and groups thousands', () => {
    expect(formatRate(12_345.6)).toBe('12,346/s');
    expect(formatRate(0.4)).toBe('0/s');
  });
});
