import type { IncomingEmail } from '../core/classifier/incomingEmail.ts';

/** An id as given on the input line; echoed unchanged so callers can join results to their rows. */
export type EmailId = string | number;

export type ParsedEmailLine =
  | { ok: true; id: EmailId; email: IncomingEmail }
  | { ok: false; id?: EmailId; error: string };

/**
 * Reads one JSON Lines record of the classify command into an `IncomingEmail`, or says precisely
 * what is wrong with it. `null` counts as absent for the optional fields, as many exporters write it.
 *
 * @example
 * parseEmailLine('{"id":"m1","subject":"Inzage","body":"Welke gegevens hebben jullie?"}');
 * // => { ok: true, id: 'm1', email: { subject: 'Inzage', body: 'Welke gegevens hebben jullie?' } }
 */
export function parseEmailLine(line: string): ParsedEmailLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, error: `expected a JSON object, got ${describeType(record)}` };
  }
  const fields = record as Record<string, unknown>;
  const { id } = fields;
  const hasId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  const problems: string[] = [];
  if (!hasId) problems.push(`"id" must be a string or a number, got ${describeType(id)}`);
  for (const name of ['subject', 'body'] as const) {
    if (typeof fields[name] !== 'string') {
      problems.push(`"${name}" must be a string, got ${describeType(fields[name])}`);
    }
  }
  for (const name of ['from', 'receivedAt'] as const) {
    if (!isAbsent(fields[name]) && typeof fields[name] !== 'string') {
      problems.push(`"${name}" must be a string when given, got ${describeType(fields[name])}`);
    }
  }
  const { to, bodyType } = fields;
  const isRecipientList = Array.isArray(to) && to.every((recipient) => typeof recipient === 'string');
  if (!isAbsent(to) && typeof to !== 'string' && !isRecipientList) {
    problems.push(`"to" must be a string or an array of strings when given, got ${describeType(to)}`);
  }
  if (!isAbsent(bodyType) && bodyType !== 'text' && bodyType !== 'html') {
    problems.push(`"bodyType" must be "text" or "html" when given, got ${JSON.stringify(bodyType)}`);
  }
  if (problems.length > 0) {
    const error = problems.join('; ');
    return hasId ? { ok: false, id: id as EmailId, error } : { ok: false, error };
  }

  const email: IncomingEmail = { subject: fields.subject as string, body: fields.body as string };
  if (bodyType === 'text' || bodyType === 'html') email.bodyType = bodyType;
  if (typeof fields.from === 'string') email.from = fields.from;
  if (typeof to === 'string' || isRecipientList) email.to = to as string | string[];
  if (typeof fields.receivedAt === 'string') email.receivedAt = fields.receivedAt;
  return { ok: true, id: id as EmailId, email };
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
