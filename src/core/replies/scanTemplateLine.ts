/** A piece of one template line: literal text, or a `{{placeholder}}` to fill. */
export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

export interface ScannedTemplateLine {
  segments: TemplateSegment[];
  /** Syntax problems, e.g. an unclosed `{{`; empty when the line is well formed. */
  problems: string[];
}

// Anchored single character classes: linear time on any input.
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Splits one line of template text into literal text and placeholders, by plain scanning for `{{`
 * and `}}` (no backtracking regular expression, as template text may be long). Spaces inside the
 * braces are allowed: `{{ caseReference }}`.
 *
 * @example
 * scanTemplateLine('Reference: {{caseReference}}.').segments
 * // [{ kind: 'text', text: 'Reference: ' }, { kind: 'placeholder', name: 'caseReference' },
 * //  { kind: 'text', text: '.' }]
 */
export function scanTemplateLine(line: string): ScannedTemplateLine {
  const segments: TemplateSegment[] = [];
  const problems: string[] = [];
  let position = 0;
  while (position < line.length) {
    const open = line.indexOf('{{', position);
    if (open === -1) break;
    const close = line.indexOf('}}', open + 2);
    if (close === -1) {
      problems.push(`"{{" without a closing "}}" in "${shorten(line.slice(open))}"`);
      break;
    }
    if (open > position) segments.push({ kind: 'text', text: line.slice(position, open) });
    const name = line.slice(open + 2, close).trim();
    if (PLACEHOLDER_NAME.test(name)) {
      segments.push({ kind: 'placeholder', name });
    } else {
      problems.push(`"{{${shorten(name)}}}" is not a placeholder name (letters and digits only)`);
    }
    position = close + 2;
  }
  if (position < line.length) segments.push({ kind: 'text', text: line.slice(position) });
  return { segments, problems };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
