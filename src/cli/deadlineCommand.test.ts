import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CLI_NODE_ARGUMENTS } from './cliLaunch.ts';
import { runDeadlineCommand } from './deadlineCommand.ts';

function memoryStream(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function runDeadline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const output = memoryStream();
  const errors = memoryStream();
  const code = await runDeadlineCommand(args, output, errors);
  return { code, stdout: output.text(), stderr: errors.text() };
}

describe('runDeadlineCommand', () => {
  it('prints the month deadline as one JSON object, with receipt on the Amsterdam calendar', async () => {
    const { code, stdout, stderr } = await runDeadline('--received', '2026-01-30T23:30:00Z', '--right', 'access');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({
      receivedOn: '2026-01-31',
      deadline: '2026-03-02',
      right: 'access',
      article: 'Art. 15',
      extended: false,
      rolledForwardFrom: '2026-02-28',
      targetDate: '2026-03-02',
    });
  });

  it('prints the extended deadline, accepting --flag=value', async () => {
    const { code, stdout } = await runDeadline('--received=2026-01-31T10:00:00Z', '--right=erasure', '--extended');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ deadline: '2026-04-30', extended: true });
    expect(JSON.parse(stdout)).not.toHaveProperty('rolledForwardFrom');
  });

  it("prints the organisation's own target for an objection (two weeks)", async () => {
    const { stdout } = await runDeadline('--received', '2026-03-02T09:00:00Z', '--right', 'objection');
    expect(JSON.parse(stdout)).toMatchObject({ deadline: '2026-04-02', targetDate: '2026-03-16' });
  });

  it('prints a breach deadline as an instant 72 hours later', async () => {
    const { code, stdout } = await runDeadline('--received', '2026-03-27T10:00:00Z', '--right', 'breach_report');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ receivedOn: '2026-03-27', deadlineAt: '2026-03-30T10:00:00.000Z' });
    expect(printed).not.toHaveProperty('deadline');
  });

  it('adds days and working days left to a month period when --now is given', async () => {
    const month = JSON.parse((await runDeadline('--received', '2026-01-31T10:00:00Z', '--right', 'access', '--now', '2026-02-26T10:00:00Z')).stdout);
    expect(month).toMatchObject({ daysLeft: 4, workingDaysLeft: 2 });
  });

  it('gives a breach days, fractional hours and minutes left, but no working days (hours are never rolled)', async () => {
    const breach = JSON.parse((await runDeadline('--received', '2026-03-27T10:00:00Z', '--right', 'breach_report', '--now', '2026-03-28T10:30:00Z')).stdout);
    expect(breach).toMatchObject({ daysLeft: 2, hoursLeft: 47.5, minutesLeft: 2850 });
    expect(breach).not.toHaveProperty('workingDaysLeft');
  });

  it('shows the last 30 minutes of a breach deadline as 0.5 hours, not 0', async () => {
    const breach = JSON.parse((await runDeadline('--received', '2026-03-27T10:00:00Z', '--right', 'breach_report', '--now', '2026-03-30T09:30:00Z')).stdout);
    expect(breach).toMatchObject({ hoursLeft: 0.5, minutesLeft: 30 });
  });

  it('shows a breach deadline passed 20 minutes ago as negative time', async () => {
    const breach = JSON.parse((await runDeadline('--received', '2026-03-27T10:00:00Z', '--right', 'breach_report', '--now', '2026-03-30T10:20:00Z')).stdout);
    expect(breach).toMatchObject({ hoursLeft: -0.33, minutesLeft: -20 });
  });

  it.each([
    [['--right', 'access'], /--received is required/],
    [['--received', '2026-01-30T23:30:00Z'], /--right is required/],
    [['--received', '2026-01-30T23:30:00Z', '--right', 'deletion'], /Unknown right "deletion"/],
    [['--received', '2026-01-30', '--right', 'access'], /--received: "2026-01-30" is not an ISO 8601 instant/],
    [['--received', 'tomorrow', '--right', 'access'], /not an ISO 8601 instant/],
    [['--received', '2026-01-30T23:30:00Z', '--right', 'breach_report', '--extended'], /--extended cannot be used with breach_report/],
    [['--received', '2026-01-30T23:30:00Z', '--right', 'access', '--fast'], /Unknown argument "--fast"/],
    [['--received', '--right', 'access'], /--received needs a value/],
    [['--received', '2026-01-30T23:30:00Z', '--right', 'access', '--now', '2026-02-01'], /--now: .* not an ISO 8601 instant/],
    [['--received', '2026-01-30T23:30:00Z', '--right', 'access', '--right', 'erasure'], /--right was given more than once/],
    [['--received=2026-01-30T23:30:00Z', '--right', 'access', '--received', '2026-02-01T10:00:00Z'], /--received was given more than once/],
    [['--received', '2026-01-30T23:30:00Z', '--right', 'access', '--extended', '--extended'], /--extended was given more than once/],
    [['--received', '0099-01-01T10:00:00Z', '--right', 'access'], /--received: "0099-01-01T10:00:00Z" lies before 1583/],
    [['--received', '1000-01-01T00:00:00Z', '--right', 'access'], /--received: "1000-01-01T00:00:00Z" lies before 1583/],
    [['--received', '9999-12-15T10:00:00Z', '--right', 'access'], /no deadline can be computed for this receipt/],
  ])('refuses %j with exit code 2 and a message on stderr', async (args, message) => {
    const { code, stdout, stderr } = await runDeadline(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: privacy-desk deadline');
  });

  it('prints usage on --help and exits 0', async () => {
    const { code, stdout } = await runDeadline('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--received');
  });
});

describe('privacy-desk deadline (real process)', () => {
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [...CLI_NODE_ARGUMENTS, 'deadline', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });

  it('prints the deadline on stdout and exits 0, then exits 2 on a bad right', () => {
    const success = cli('--received', '2026-01-30T23:30:00Z', '--right', 'access');
    expect(success.status).toBe(0);
    expect(JSON.parse(success.stdout)).toMatchObject({ receivedOn: '2026-01-31', deadline: '2026-03-02' });
    const failure = cli('--received', '2026-01-30T23:30:00Z', '--right', 'nonsense');
    expect(failure.status).toBe(2);
    expect(failure.stderr).toMatch(/Unknown right "nonsense"/);
  }, 120_000);

  it('exits 2 with a usage message, not a stack trace, for a receipt in the year 1000', () => {
    const early = cli('--received', '1000-01-01T00:00:00Z', '--right', 'access');
    expect(early.status).toBe(2);
    expect(early.stderr).toMatch(/lies before 1583/);
    expect(early.stderr).not.toMatch(/RangeError|\n\s+at /);
  }, 120_000);

  it('mentions --now in the usage of the whole program', () => {
    const usage = spawnSync(process.execPath, CLI_NODE_ARGUMENTS, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/privacy-desk deadline .*--now/);
  }, 120_000);
});
