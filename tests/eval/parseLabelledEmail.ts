import { parseEmailLine } from '../../src/cli/parseEmailLine.ts';
import type { IncomingEmail } from '../../src/core/classifier/incomingEmail.ts';
import { isRightLabel } from '../../src/core/rights/rightLabel.ts';
import type { RightLabel } from '../../src/core/rights/rightLabel.ts';

/** A corpus email with the rights a person decided it invokes ([] = not a request). */
export interface LabelledEmail {
  id: string;
  /** As labelled in the corpus; mixed-language emails keep labels such as "en+de". */
  language: string;
  email: IncomingEmail;
  labels: RightLabel[];
  /** The corpus's own category, e.g. "hard_negative", when it gives one. */
  kind?: string;
}

export type ParsedLabelledEmail = { ok: true; labelled: LabelledEmail } | { ok: false; error: string };

/**
 * Reads one corpus line. Accepts the project corpus (`language`, `kind`) and the public corpus
 * (`lang`) alike; the email fields are checked exactly as the classify command checks them.
 *
 * @example
 * parseLabelledEmail('{"id":"nl-1","language":"nl","subject":"Inzage","body":"…","labels":["access"]}');
 * // => { ok: true, labelled: { id: 'nl-1', language: 'nl', labels: ['access'], email: { … } } }
 */
export function parseLabelledEmail(line: string): ParsedLabelledEmail {
  const parsed = parseEmailLine(line);
  if (!parsed.ok) {
    return { ok: false, error: parsed.id === undefined ? parsed.error : `${parsed.id}: ${parsed.error}` };
  }
  const record = JSON.parse(line) as Record<string, unknown>;
  const id = String(parsed.id);
  const language = record.language ?? record.lang;
  if (typeof language !== 'string' || language === '') {
    return { ok: false, error: `${id}: "language" (or "lang") must be a non-empty string` };
  }
  const { labels, kind } = record;
  if (!Array.isArray(labels)) return { ok: false, error: `${id}: "labels" must be an array ([] = not a request)` };
  const unknown = labels.filter((label) => !isRightLabel(label));
  if (unknown.length > 0) return { ok: false, error: `${id}: unknown labels ${JSON.stringify(unknown)}` };
  const labelled: LabelledEmail = { id, language, email: parsed.email, labels: [...new Set(labels as RightLabel[])] };
  if (typeof kind === 'string') labelled.kind = kind;
  return { ok: true, labelled };
}
