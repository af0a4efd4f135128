import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBundle } from '../../../src/cli/cliBundle.mjs';
import { ensureCliSnapshot } from '../../../src/cli/cliSnapshot.mjs';
import { CLI_NODE_ARGUMENTS } from '../../../src/cli/cliLaunch.ts';
import type { BenchSection } from '../benchSection.ts';
import { formatRate } from '../benchSection.ts';

const EMAIL_COUNT = 50_000;

interface CliRun {
  millis: number;
  /** When the first half of the result lines had arrived, from the start of the run. */
  halfMillis: number | undefined;
  outputLines: number;
  errorLines: number;
  exitCode: number | null;
}

function pinnedCommand(file: string): [string, string[]] {
  const cli = [process.execPath, ...CLI_NODE_ARGUMENTS, 'classify', file];
  const hasTaskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  return hasTaskset ? ['taskset', ['-c', '0', ...cli]] : [cli[0] as string, cli.slice(1)];
}

function runCli(repoRoot: string, file: string, expectedLines: number): Promise<CliRun> {
  const [command, args] = pinnedCommand(file);
  const started = performance.now();
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let outputLines = 0;
  let errorLines = 0;
  let halfMillis: number | undefined;
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    outputLines += lines.length;
    if (halfMillis === undefined && outputLines * 2 >= expectedLines) halfMillis = performance.now() - started;
    // An error line is {"error":…} or {"id":…,"error":…}; a result line has no "error" key.
    errorLines += lines.filter((line) => line.startsWith('{"error":') || line.includes(',"error":')).length;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ millis: performance.now() - started, halfMillis, outputLines, errorLines, exitCode }));
  });
}

/** Makes `count` classify input lines by cycling the corpus, with unique ids. */
function cycleLines(inputLines: readonly string[], count: number): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const record = JSON.parse(inputLines[index % inputLines.length] as string) as { id: string };
    parts.push(JSON.stringify({ ...record, id: `${record.id}#${index}` }));
  }
  return `${parts.join('\n')}\n`;
}

/** (d) the real CLI, started as `npm run cli` starts it, on one core when taskset exists. */
export const cliEndToEnd: BenchSection = {
  name: 'cli',
  title: `CLI end to end: privacy-desk classify on ${EMAIL_COUNT.toLocaleString('en-US')} emails`,
  async run({ repoRoot, inputLines }) {
    const folder = mkdtempSync(join(tmpdir(), 'privacy-desk-bench-'));
    try {
      const bulkFile = join(folder, 'emails.jsonl');
      const startupFile = join(folder, 'one-email.jsonl');
      writeFileSync(bulkFile, cycleLines(inputLines, EMAIL_COUNT));
      writeFileSync(startupFile, cycleLines(inputLines, 1));
      // What a first start after a change of the sources adds: bundling them (`ensureCliBundle`) and the start-up snapshot of
      // the bundle (`ensureCliSnapshot`), timed into a folder of their own.
      const buildStarted = performance.now();
      const bundle = await ensureCliBundle({ entry: join(repoRoot, 'src/cli/main.ts'), cacheFolder: join(folder, 'bundle') });
      const bundleMillis = performance.now() - buildStarted;
      ensureCliSnapshot({ bundleFile: bundle.file, cacheFolder: join(folder, 'bundle') });
      const snapshotMillis = performance.now() - buildStarted - bundleMillis;
      // Start-up (the launcher, then node from the snapshot) varies run to run: take the median of three. The first run
      // bundles the sources and builds the snapshot when they changed since the last.
      const startups: number[] = [];
      for (let run = 0; run < 3; run += 1) startups.push((await runCli(repoRoot, startupFile, 1)).millis);
      const startupMillis = startups.sort((a, b) => a - b)[1] as number;
      const bulk = await runCli(repoRoot, bulkFile, EMAIL_COUNT);
      const pinned = pinnedCommand(bulkFile)[0] === 'taskset' ? 'pinned to core 0 with taskset' : 'not pinned (no taskset)';
      const working = Math.max(bulk.millis - startupMillis, 1);
      return [
        `node ${CLI_NODE_ARGUMENTS.join(' ')}, ${pinned}; output read through a pipe and counted.`,
        `exit code ${bulk.exitCode}, ${bulk.outputLines} result lines (${bulk.errorLines} errors) for ${EMAIL_COUNT} emails`,
        `start-up (one email):      ${startupMillis.toFixed(0)} ms (median of 3; ${startups.map((millis) => millis.toFixed(0)).join(', ')})`,
        `bundling the sources:      ${bundleMillis.toFixed(0)} ms more, on the first start after they changed`,
        `start-up snapshot:         ${snapshotMillis.toFixed(0)} ms more to build it then`,
        `whole run:                 ${bulk.millis.toFixed(0)} ms = ${formatRate((EMAIL_COUNT * 1000) / bulk.millis)}`,
        `without start-up:          ${formatRate((EMAIL_COUNT * 1000) / working)} (target >= 20,000/s)`,
        // V8 compiles the classifier's hot functions while the first emails run, on the same core: the second half shows the
        // rate once they are compiled.
        `second half of the run:    ${bulk.halfMillis === undefined ? 'n/a' : formatRate(((EMAIL_COUNT / 2) * 1000) / Math.max(bulk.millis - bulk.halfMillis, 1))} (the code compiled by then)`,
      ].join('\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
