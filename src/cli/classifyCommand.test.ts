import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Classification } from '../core/classifier/classification.ts';
import type { IncomingEmail } from '../core/classifier/incomingEmail.ts';
import { CLI_NODE_ARGUMENTS } from './cliLaunch.ts';
import { runClassifyCommand } from './classifyCommand.ts';
import type { ClassifyCommandOptions } from './classifyCommand.ts';

/** Stands in for the core classifier so these tests pin the command, not the classifier's judgement. */
function classifyBySubject(email: IncomingEmail): Classification {
  const isAccess = email.subject.includes('inzage');
  return {
    isPrivacyRequest: isAccess,
    rights: isAccess ? ['access'] : [],
    language: 'nl',
    confidence: isAccess ? 0.9 : 0.1,
    needsReview: false,
    evidence: isAccess ? [{ right: 'access', field: 'subject', start: 0, end: 6, text: 'inzage' }] : [],
    truncated: email.body.length > 100,
    examinedChars: Math.min(email.body.length, 100),
  };
}

class CollectingWritable extends Writable {
  text = '';
  constructor(private readonly delayEachWrite = false) {
    super({ highWaterMark: 64 });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += chunk.toString('utf8');
    if (this.delayEachWrite) setImmediate(done);
    else done();
  }
}

interface CommandRun {
  exitCode: number;
  lines: Record<string, unknown>[];
  errors: string;
}

async function runCommand(
  input: (string | Buffer)[],
  args: string[] = [],
  options: ClassifyCommandOptions = { classify: classifyBySubject },
  output: Writable = new CollectingWritable(),
): Promise<CommandRun> {
  const errors = new CollectingWritable();
  const exitCode = await runClassifyCommand(args, Readable.from(input), output, errors, options);
  const text = output instanceof CollectingWritable ? output.text : '';
  const lines = text === '' ? [] : text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { exitCode, lines, errors: errors.text };
}

const email = (id: string | number, subject = 'vraag', body = 'tekst'): string => JSON.stringify({ id, subject, body });

describe('runClassifyCommand', () => {
  it('writes one result per email, in input order, with the result fields', async () => {
    const run = await runCommand([`${email('a', 'inzage')}\n${email(2)}\n`, `${email('c', 'inzage graag')}\n`]);
    expect(run.exitCode).toBe(0);
    expect(run.lines.map((line) => line.id)).toEqual(['a', 2, 'c']);
    expect(run.lines[0]).toEqual({
      id: 'a',
      isPrivacyRequest: true,
      rights: ['access'],
      language: 'nl',
      confidence: 0.9,
      needsReview: false,
      evidence: [{ right: 'access', field: 'subject', start: 0, end: 6, text: 'inzage' }],
    });
    expect(run.errors).toBe('');
  });

  it('adds "truncated": true only when the classifier capped the text', async () => {
    const run = await runCommand([`${email('long', 's', 'x'.repeat(101))}\n${email('short')}\n`]);
    expect(run.lines[0]).toHaveProperty('truncated', true);
    expect(run.lines[1]).not.toHaveProperty('truncated');
  });

  it('skips blank and whitespace-only lines, including CRLF blanks', async () => {
    const run = await runCommand([`\n${email('a')}\r\n\r\n   \n${email('b')}\n\n`]);
    expect(run.lines.map((line) => line.id)).toEqual(['a', 'b']);
  });

  it('reports malformed lines with line number and id where known, and goes on', async () => {
    const input = [`${email('a')}\n{"id":"b",\n[1]\n{"id":"c","subject":1,"body":"x"}\n${email('d')}\n`];
    const run = await runCommand(input);
    expect(run.exitCode).toBe(0);
    expect(run.lines).toHaveLength(5);
    expect(run.lines[1]).toEqual({ error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(run.lines[2]).toEqual({ error: 'line 3: expected a JSON object, got an array' });
    expect(run.lines[3]).toEqual({ id: 'c', error: 'line 4: "subject" must be a string, got a number' });
    expect(run.lines[4]).toMatchObject({ id: 'd', isPrivacyRequest: false });
  });

  it('reads CRLF line endings, a UTF-8 BOM and a last line without newline', async () => {
    const bytes = Buffer.from(`\uFEFF${email('a', 'inzage')}\r\n${email('b', 'café')}`, 'utf8');
    const run = await runCommand([bytes.subarray(0, 5), bytes.subarray(5)]);
    expect(run.lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(run.lines[0]).toMatchObject({ isPrivacyRequest: true });
  });

  it('turns a classifier failure into an error line for that email only', async () => {
    const classify = (incoming: IncomingEmail): Classification => {
      if (incoming.subject === 'boom') throw new Error('lexicon missing');
      return classifyBySubject(incoming);
    };
    const run = await runCommand([`${email('a', 'boom')}\n${email('b')}\n`], [], { classify });
    expect(run.lines[0]).toEqual({ id: 'a', error: 'line 1: could not classify: lexicon missing' });
    expect(run.lines[1]).toMatchObject({ id: 'b' });
  });

  it('reports a line over the length cap without reading it and goes on', async () => {
    const run = await runCommand([`${email('a')}\n${email('huge', 's', 'y'.repeat(500))}\n${email('c')}\n`], [], {
      classify: classifyBySubject,
      maxLineChars: 200,
    });
    expect(run.lines.map((line) => line.id ?? 'no id')).toEqual(['a', 'no id', 'c']);
    expect(run.lines[1]?.error).toMatch(/^line 2: \d+ characters, over the limit of 200/);
  });

  it('waits for a slow output instead of buffering everything (backpressure), keeping order', async () => {
    const ids = Array.from({ length: 400 }, (_, index) => `m${index}`);
    const chunks = ids.map((id) => `${email(id, 'inzage')}\n`);
    const output = new CollectingWritable(true);
    let largestBuffer = 0;
    const write = output.write.bind(output);
    output.write = ((chunk: string, callback?: (error?: Error | null) => void) => {
      largestBuffer = Math.max(largestBuffer, output.writableLength);
      return write(chunk, callback);
    }) as typeof output.write;
    const run = await runCommand(chunks, [], { classify: classifyBySubject }, output);
    expect(run.lines.map((line) => line.id)).toEqual(ids);
    expect(largestBuffer).toBeLessThan(output.text.length / 10);
  });

  it('reads from a file argument, and from stdin for "-"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'classify-'));
    try {
      const file = join(folder, 'emails.jsonl');
      writeFileSync(file, `${email('from-file')}\n`);
      expect((await runCommand([email('from-stdin')], [file])).lines.map((line) => line.id)).toEqual(['from-file']);
      expect((await runCommand([email('from-stdin')], ['-'])).lines.map((line) => line.id)).toEqual(['from-stdin']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 1 with a message and no output when the file does not exist', async () => {
    const run = await runCommand([], ['no-such-file.jsonl']);
    expect(run.exitCode).toBe(1);
    expect(run.lines).toEqual([]);
    expect(run.errors).toMatch(/^classify: cannot open "no-such-file.jsonl": .*ENOENT/);
  });

  it('exits 2 with usage for an unknown option or a second file', async () => {
    expect((await runCommand([], ['--fast'])).exitCode).toBe(2);
    const run = await runCommand([], ['a.jsonl', 'b.jsonl']);
    expect(run.exitCode).toBe(2);
    expect(run.errors).toContain('Usage: privacy-desk classify');
  });

  it('exits 1 when reading fails midway', async () => {
    async function* failingInput(): AsyncGenerator<string> {
      yield `${email('a')}\n`;
      throw new Error('disk unplugged');
    }
    const output = new CollectingWritable();
    const errors = new CollectingWritable();
    const exitCode = await runClassifyCommand([], Readable.from(failingInput()), output, errors, {
      classify: classifyBySubject,
    });
    expect(exitCode).toBe(1);
    expect(errors.text).toBe('classify: could not read the input: disk unplugged\n');
  });

  it('exits 1 when writing fails (a closed pipe)', async () => {
    const brokenPipe = new Writable({
      write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })),
    });
    brokenPipe.on('error', () => undefined);
    const run = await runCommand([`${email('a')}\n`, `${email('b')}\n`], [], { classify: classifyBySubject }, brokenPipe);
    expect(run.exitCode).toBe(1);
    expect(run.errors).toBe('classify: could not write the results: write EPIPE\n');
  });

  it('classifies with the core classifier by default', async () => {
    const run = await runCommand([`${email('real', 'Inzageverzoek', 'Welke persoonsgegevens hebben jullie van mij?')}\n`], [], {});
    expect(run.lines[0]).toMatchObject({ id: 'real', rights: expect.any(Array), evidence: expect.any(Array) });
    expect(typeof run.lines[0]?.isPrivacyRequest).toBe('boolean');
  });
});

describe('privacy-desk classify (the real CLI, run through tsx without a build)', () => {
  it('classifies stdin JSON Lines into one result line per email', () => {
    const repoRoot = resolve(import.meta.dirname, '../..');
    const input = `${email('one', 'Verzoek', 'Graag een kopie van mijn gegevens.')}\nnot json\n${email('two')}\n`;
    const result = spawnSync(process.execPath, [...CLI_NODE_ARGUMENTS, 'classify'], {
      cwd: repoRoot,
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id ?? line.error)).toEqual(['one', expect.stringMatching(/^line 2: /), 'two']);
    expect(lines[0]).toHaveProperty('isPrivacyRequest');
  }, 60_000);

  it('is the command npm run cli runs', () => {
    const repoRoot = resolve(import.meta.dirname, '../..');
    const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(packageJson.scripts.cli).toBe(['node', ...CLI_NODE_ARGUMENTS].join(' '));
  });
});
