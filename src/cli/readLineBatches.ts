/** One line of input, numbered from 1, without its line ending. */
export type InputLine =
  | { lineNumber: number; text: string; tooLong?: undefined }
  /** The line was longer than the cap; its text was dropped as it streamed past. */
  | { lineNumber: number; tooLong: true; length: number };

export interface ReadLineBatchesOptions {
  /** Longest line kept in memory, in UTF-16 code units. */
  maxLineChars: number;
}

/**
 * Splits a byte or text stream into lines, yielding them in batches (one batch per chunk read) so
 * the caller pays per chunk, not per line. Handles a UTF-8 BOM, CRLF, multi-byte characters split
 * across chunks and a last line without a newline. A line longer than `maxLineChars` is skipped as it
 * streams, so one huge line never sits in memory whole.
 *
 * @example
 * for await (const batch of readLineBatches(process.stdin, { maxLineChars: 8_000_000 })) {
 *   for (const line of batch) console.log(line.lineNumber, line.tooLong ? 'too long' : line.text);
 * }
 */
export async function* readLineBatches(
  input: AsyncIterable<Buffer | string>,
  { maxLineChars }: ReadLineBatchesOptions,
): AsyncGenerator<InputLine[]> {
  // TextDecoder strips the BOM and keeps a multi-byte character split across chunks for the next one.
  const decoder = new TextDecoder('utf-8');
  let pendingParts: string[] = [];
  let pendingLength = 0;
  let skipping = false;
  let lineNumber = 0;

  const endLine = (tail: string, batch: InputLine[]): void => {
    lineNumber += 1;
    if (skipping || pendingLength + tail.length > maxLineChars) {
      batch.push({ lineNumber, tooLong: true, length: pendingLength + tail.length });
    } else {
      const whole = pendingParts.length === 0 ? tail : pendingParts.join('') + tail;
      batch.push(new ReadLine(lineNumber, whole.endsWith('\r') ? whole.slice(0, -1) : whole));
    }
    pendingParts = [];
    pendingLength = 0;
    skipping = false;
  };

  const split = (text: string): InputLine[] => {
    const batch: InputLine[] = [];
    let start = 0;
    // Only the new text is searched for a newline, so a long line costs linear time in its length.
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      endLine(text.slice(start, newline), batch);
      start = newline + 1;
    }
    const rest = text.length - start;
    if (rest > 0) {
      if (skipping || pendingLength + rest > maxLineChars) {
        skipping = true;
        pendingParts = [];
      } else {
        pendingParts.push(text.slice(start));
      }
      pendingLength += rest;
    }
    return batch;
  };

  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const batch = split(lineNumber === 0 && pendingLength === 0 ? stripBom(text) : text);
    if (batch.length > 0) yield batch;
  }
  const batch = split(decoder.decode());
  if (pendingLength > 0 || skipping) endLine('', batch);
  if (batch.length > 0) yield batch;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A line read, made with `new`, not as an object literal: every line of a batch is alive while the batch is classified,
 * and V8, having seen most lines alive at a collection, made every later one in the old generation, where it held its
 * text (and the chunk the text was cut from) through every young collection until the next full one (see `parseEmailLine.ts`).
 */
class ReadLine {
  declare readonly tooLong?: undefined;
  constructor(
    readonly lineNumber: number,
    readonly text: string,
  ) {}
}
