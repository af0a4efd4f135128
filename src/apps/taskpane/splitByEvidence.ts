import type { Evidence } from '../../core/classifier/classification.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';

/** A run of text; `rights` is non-empty when the run holds deciding words for those rights. */
export interface TextSegment {
  text: string;
  start: number;
  rights: RightLabel[];
}

/**
 * Splits `text` into runs at the evidence spans, so a screen can mark the deciding words as text
 * nodes (never as HTML). Overlapping spans are split where they overlap; spans outside the text or
 * empty are ignored, so a stale classification can never break the screen.
 *
 * @example
 * splitByEvidence('Please delete my data', [{ right: 'erasure', field: 'body', start: 7, end: 13, text: 'delete' }]);
 * // [{ text: 'Please ', start: 0, rights: [] }, { text: 'delete', start: 7, rights: ['erasure'] },
 * //  { text: ' my data', start: 13, rights: [] }]
 */
export function splitByEvidence(text: string, evidence: readonly Evidence[]): TextSegment[] {
  const spans = evidence.filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end);
  const boundaries = [...new Set([0, text.length, ...spans.flatMap((e) => [e.start, e.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i] as number;
    const end = boundaries[i + 1] as number;
    const rights = [...new Set(spans.filter((e) => e.start <= start && e.end >= end).map((e) => e.right))];
    const previous = segments.at(-1);
    // Join neighbours with the same marking so one phrase stays one <mark>.
    if (previous !== undefined && sameRights(previous.rights, rights)) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, rights });
  }
  return segments;
}

function sameRights(a: readonly RightLabel[], b: readonly RightLabel[]): boolean {
  return a.length === b.length && a.every((right) => b.includes(right));
}
