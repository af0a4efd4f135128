import { open } from 'node:fs/promises';
import { classifyEmail } from '../core/classifier/classifyEmail.ts';
import type { Classification } from '../core/classifier/classification.ts';
import type { IncomingEmail } from '../core/classifier/incomingEmail.ts';
import { parseEmailLine } from './parseEmailLine.ts';
import { readLineBatches } from './readLineBatches.ts';
import type { InputLine } from './readLineBatches.ts';
import { createOutputWriter } from './writeWithBackpressure.ts';

/** Lines longer than this (16 Mi UTF-16 units, about 32 MB in memory) are reported, not read. */
export const DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;

export interface ClassifyCommandOptions {
  /** The classifier to run; the core classifier unless a test stands in for it. */
  classify?: (email: IncomingEmail) => Classification;
  maxLineChars?: number;
}

const USAGE = 'Usage: privacy-desk classify [FILE|-]   (JSON Lines in, one result line per email out)';

/**
 * `privacy-desk classify [FILE|-]`: classifies JSON Lines emails from FILE or stdin and writes one
 * JSON line per input line, in order. A bad line gets an `error` line and the run goes on.
 * Returns the exit code: 0 when every line was read and written, 1 when reading or writing failed,
 * 2 for wrong arguments.
 *
 * @example
 * // echo '{"id":"m1","subject":"Inzage","body":"Welke gegevens hebben jullie van mij?"}' | privacy-desk classify
 * // {"id":"m1","isPrivacyRequest":true,"rights":["access"],"language":"nl",...}
 */
export async function runClassifyCommand(
  args: string[],
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
  { classify = classifyEmail, maxLineChars = DEFAULT_MAX_LINE_CHARS }: ClassifyCommandOptions = {},
): Promise<number> {
  if (args.length > 1 || (args[0]?.startsWith('-') === true && args[0] !== '-')) {
    errors.write(`classify: unexpected arguments: ${args.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const path = args[0] === undefined || args[0] === '-' ? undefined : args[0];
  let source: AsyncIterable<Buffer | string>;
  try {
    source = path === undefined ? (input as AsyncIterable<Buffer | string>) : (await open(path)).createReadStream();
  } catch (error) {
    errors.write(`classify: cannot open "${path}": ${(error as Error).message}\n`);
    return 1;
  }

  const writer = createOutputWriter(output);
  try {
    for await (const batch of readLineBatches(source, { maxLineChars })) {
      let text = '';
      for (const line of batch) {
        if (line.tooLong || line.text.trim() !== '') text += `${describeLine(line, classify, maxLineChars)}\n`;
      }
      await writer.write(text);
    }
    await writer.finish();
    return 0;
  } catch (error) {
    const side = writer.failure() === undefined ? 'read the input' : 'write the results';
    errors.write(`classify: could not ${side}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    writer.release();
  }
}

function describeLine(
  line: InputLine,
  classify: (email: IncomingEmail) => Classification,
  maxLineChars: number,
): string {
  if (line.tooLong) {
    return JSON.stringify({
      error: `line ${line.lineNumber}: ${line.length} characters, over the limit of ${maxLineChars}; shorten the body`,
    });
  }
  const parsed = parseEmailLine(line.text);
  if (!parsed.ok) {
    const error = `line ${line.lineNumber}: ${parsed.error}`;
    return JSON.stringify(parsed.id === undefined ? { error } : { id: parsed.id, error });
  }
  let result: Classification;
  try {
    result = classify(parsed.email);
  } catch (error) {
    return JSON.stringify({ id: parsed.id, error: `line ${line.lineNumber}: could not classify: ${(error as Error).message}` });
  }
  return JSON.stringify({
    id: parsed.id,
    isPrivacyRequest: result.isPrivacyRequest,
    rights: result.rights,
    language: result.language,
    confidence: result.confidence,
    needsReview: result.needsReview,
    evidence: result.evidence,
    ...(result.truncated ? { truncated: true } : {}),
  });
}
