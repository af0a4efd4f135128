import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTrainCommand } from './trainCommand.ts';

function collector(): { write(chunk: string): void; text: () => string } {
  let text = '';
  return { write: (chunk) => void (text += chunk), text: () => text };
}

const LINES = [
  { id: 'a', language: 'nl', subject: 'Inzage', body: 'Graag een kopie van mijn gegevens.', labels: ['access'] },
  { id: 'b', language: 'nl', subject: 'Factuur', body: 'De factuur klopt niet.', labels: [] },
];

describe('privacy-desk train', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'privacy-desk-train-'));
    mkdirSync(join(folder, 'corpus'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the same model twice from the same corpus, stamped with its size and hash', () => {
    writeFileSync(join(folder, 'corpus', 'nl.jsonl'), LINES.map((line) => JSON.stringify(line)).join('\n'));
    const args = ['--corpus', join(folder, 'corpus'), '--out', join(folder, 'model.json')];
    expect(runTrainCommand(args, collector(), collector())).toBe(0);
    const first = readFileSync(join(folder, 'model.json'), 'utf8');
    expect(runTrainCommand(args, collector(), collector())).toBe(0);
    expect(readFileSync(join(folder, 'model.json'), 'utf8')).toBe(first);
    const model = JSON.parse(first) as { corpus: { emails: number; sha256: string } };
    expect(model.corpus.emails).toBe(2);
    expect(model.corpus.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives another hash when one label changes', () => {
    const args = ['--corpus', join(folder, 'corpus'), '--out', join(folder, 'model.json')];
    const hashOf = (lines: typeof LINES): string => {
      writeFileSync(join(folder, 'corpus', 'nl.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n'));
      runTrainCommand(args, collector(), collector());
      return (JSON.parse(readFileSync(join(folder, 'model.json'), 'utf8')) as { corpus: { sha256: string } }).corpus.sha256;
    };
    expect(hashOf(LINES)).not.toBe(hashOf([LINES[0]!, { ...LINES[1]!, labels: ['erasure'] }]));
  });

  it('refuses a corpus with an unreadable line and names it', () => {
    writeFileSync(join(folder, 'corpus', 'nl.jsonl'), `${JSON.stringify(LINES[0])}\n{"id":"c","subject":"x","body":"y","labels":["nope"]}\n`);
    const stderr = collector();
    expect(runTrainCommand(['--corpus', join(folder, 'corpus'), '--out', join(folder, 'model.json')], collector(), stderr)).toBe(1);
    expect(stderr.text()).toContain('nl.jsonl:2');
  });

  it('refuses an unknown flag or a flag without a value with the usage', () => {
    const stderr = collector();
    expect(runTrainCommand(['--corpus'], collector(), stderr)).toBe(2);
    expect(runTrainCommand(['--fast', 'x'], collector(), stderr)).toBe(2);
    expect(stderr.text()).toContain('Usage: privacy-desk train');
  });
});
