import { readLineBatches } from './readLineBatches.ts';
import type { InputLine } from './readLineBatches.ts';

async function collectLines(chunks: (Buffer | string)[], maxLineChars = 1_000): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  async function* source(): AsyncGenerator<Buffer | string> {
    yield* chunks;
  }
  for await (const batch of readLineBatches(source(), { maxLineChars })) lines.push(...batch);
  return lines;
}

const texts = (lines: InputLine[]): (string | null)[] => lines.map((line) => (line.tooLong ? null : line.text));

describe('readLineBatches', () => {
  it('splits lines and numbers them from 1', async () => {
    const lines = await collectLines(['alpha\nbeta\ngamma\n']);
    expect(texts(lines)).toEqual(['alpha', 'beta', 'gamma']);
    expect(lines.map((line) => line.lineNumber)).toEqual([1, 2, 3]);
  });

  it('keeps a last line that has no newline', async () => {
    expect(texts(await collectLines(['alpha\nbeta']))).toEqual(['alpha', 'beta']);
  });

  it('drops the CR of CRLF endings, also when CR and LF arrive in different chunks', async () => {
    expect(texts(await collectLines(['alpha\r\nbeta\r', '\ngamma\r\n']))).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('strips a UTF-8 BOM at the start of a byte stream, even when split across chunks', async () => {
    const bytes = Buffer.from('\uFEFFalpha\nbeta\n', 'utf8');
    const lines = await collectLines([bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(texts(lines)).toEqual(['alpha', 'beta']);
  });

  it('strips a BOM at the start of a text stream but keeps U+FEFF inside later text', async () => {
    expect(texts(await collectLines(['\uFEFFalpha\n', '\uFEFFbeta\n']))).toEqual(['alpha', '\uFEFFbeta']);
  });

  it('joins a multi-byte character split between two chunks', async () => {
    const bytes = Buffer.from('café ✓ Löschung\n', 'utf8');
    const cut = bytes.indexOf(0xa9); // second byte of "é"
    expect(texts(await collectLines([bytes.subarray(0, cut), bytes.subarray(cut)]))).toEqual(['café ✓ Löschung']);
  });

  it('joins a line spread over many chunks', async () => {
    const chunks = ['ab', 'cd', 'ef\ngh', 'ij'];
    expect(texts(await collectLines(chunks))).toEqual(['abcdef', 'ghij']);
  });

  it('keeps blank lines so line numbers match the file', async () => {
    const lines = await collectLines(['alpha\n\n\r\nbeta\n']);
    expect(texts(lines)).toEqual(['alpha', '', '', 'beta']);
    expect(lines.at(-1)?.lineNumber).toBe(4);
  });

  it('reports a line over the cap with its length, without its text, and goes on with the next', async () => {
    const long = 'x'.repeat(25);
    const lines = await collectLines(['short\n', long.slice(0, 10), long.slice(10), '\nafter\n'], 20);
    expect(lines).toEqual([
      { lineNumber: 1, text: 'short' },
      { lineNumber: 2, tooLong: true, length: 25 },
      { lineNumber: 3, text: 'after' },
    ]);
  });

  it('reports an over-long last line without a newline', async () => {
    const lines = await collectLines(['ok\n', 'y'.repeat(30)], 20);
    expect(lines.at(-1)).toEqual({ lineNumber: 2, tooLong: true, length: 30 });
  });

  it('accepts a line of exactly the cap', async () => {
    expect(texts(await collectLines(['z'.repeat(20) + '\n'], 20))).toEqual(['z'.repeat(20)]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await collectLines([])).toEqual([]);
    expect(await collectLines([Buffer.alloc(0)])).toEqual([]);
  });
});
