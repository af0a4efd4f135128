import type { Evidence } from '../../core/classifier/classification.ts';
import { splitByEvidence } from './splitByEvidence.ts';

function evidenceAt(text: string, words: string, right: Evidence['right']): Evidence {
  const start = text.indexOf(words);
  return { right, field: 'body', start, end: start + words.length, text: words };
}

describe('splitByEvidence', () => {
  const text = 'Send me a copy of my data, then delete it.';

  it('returns the whole text as one unmarked segment when there is no evidence', () => {
    expect(splitByEvidence(text, [])).toEqual([{ text, start: 0, rights: [] }]);
  });

  it('marks each deciding phrase and keeps the text between them, in order', () => {
    const segments = splitByEvidence(text, [evidenceAt(text, 'copy of my data', 'access'), evidenceAt(text, 'delete', 'erasure')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.rights.length > 0).map((s) => [s.text, s.rights])).toEqual([
      ['copy of my data', ['access']],
      ['delete', ['erasure']],
    ]);
  });

  it('splits overlapping spans of two rights where they overlap', () => {
    const segments = splitByEvidence(text, [evidenceAt(text, 'copy of my', 'access'), evidenceAt(text, 'my data', 'portability')]);
    expect(segments.filter((s) => s.rights.length > 0).map((s) => [s.text, s.rights])).toEqual([
      ['copy of ', ['access']],
      ['my', ['access', 'portability']],
      [' data', ['portability']],
    ]);
  });

  it('marks a span at the very start and at the very end of the text', () => {
    const segments = splitByEvidence('delete me', [
      { right: 'erasure', field: 'body', start: 0, end: 6, text: 'delete' },
      { right: 'erasure', field: 'body', start: 7, end: 9, text: 'me' },
    ]);
    expect(segments.map((s) => [s.text, s.rights.length])).toEqual([['delete', 1], [' ', 0], ['me', 1]]);
  });

  it('ignores empty, reversed and out-of-range spans from a stale classification', () => {
    const stale: Evidence[] = [
      { right: 'access', field: 'body', start: 5, end: 5, text: '' },
      { right: 'access', field: 'body', start: 9, end: 3, text: 'x' },
      { right: 'access', field: 'body', start: 30, end: 400, text: 'x' },
    ];
    expect(splitByEvidence(text, stale)).toEqual([{ text, start: 0, rights: [] }]);
  });

  it('returns no segments for empty text', () => {
    expect(splitByEvidence('', [])).toEqual([]);
  });
});
