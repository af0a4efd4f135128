import { classifyEmail } from '../../../src/core/classifier/classifyEmail.ts';
import type { IncomingEmail } from '../../../src/core/classifier/incomingEmail.ts';
import { formatTable } from '../../eval/formatTable.ts';
import type { BenchSection } from '../benchSection.ts';
import { matchOneRegex } from '../matchOneRegex.ts';
import { percentile } from '../measureCalls.ts';

const MEGABYTE = 1024 * 1024;
const REPEATS = 5;

interface HostileInput {
  name: string;
  subject: string;
  /** Repeated to fill the body. */
  unit: string;
  bodyType?: 'html';
}

/** Inputs that make naive tokenisers, HTML strippers or backtracking patterns slow. */
const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'one letter, no spaces', subject: 'a', unit: 'a' },
  { name: 'one letter, a space every 1,000', subject: '', unit: `${'e'.repeat(999)} ` },
  { name: 'request keywords repeated', subject: 'inzage', unit: "verwijder mijn gegevens inzage delete my data Löschung droit d'accès " },
  { name: 'keyword stems glued together', subject: '', unit: 'verwijderinzagedeleteerase' },
  { name: 'nested-looking HTML', subject: '', unit: '<div><span><b><i>', bodyType: 'html' },
  { name: 'unclosed tags and comments', subject: '', unit: '<a href="x <!-- <p ', bodyType: 'html' },
  { name: 'many > quote markers, one line', subject: 'Re: Re: Re:', unit: '>' },
  { name: 'quoted lines > > > > text', subject: 'RE:', unit: `${'> '.repeat(40)}please delete my data\n` },
  { name: 'blank lines only', subject: '', unit: '\r\n' },
  { name: 'apostrophes and hyphens', subject: '', unit: "d'-'-" },
  { name: 'negations and "and", one clause', subject: '', unit: 'niet verwijder mijn gegevens en ' },
];

/** Half the classifier's default cap on the text it examines, to see how time grows with the text examined. */
const HALF_CAP = 50_000;

function buildEmail({ subject, unit, bodyType }: HostileInput, length: number): IncomingEmail {
  const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return bodyType === undefined ? { subject, body } : { subject, body, bodyType };
}

/** Untimed calls per input before any is timed: the optimising compiler needs several to settle on each text shape. */
const WARM_UP_CALLS = 10;

function medianMillis(work: () => unknown): number {
  const durations: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const started = performance.now();
    work();
    durations.push(performance.now() - started);
  }
  return percentile(durations.sort((a, b) => a - b), 0.5);
}

/** (e) one megabyte of hostile text per call: the classifier must stay linear and quick. */
export const adversarialText: BenchSection = {
  name: 'adversarial',
  title: 'Adversarial text: 1 MB bodies, one classifyEmail call each',
  run() {
    for (const input of HOSTILE_INPUTS) {
      const email = buildEmail(input, MEGABYTE);
      for (let call = 0; call < WARM_UP_CALLS; call += 1) classifyEmail(email);
    }
    const rows = HOSTILE_INPUTS.map((input) => {
      const email = buildEmail(input, MEGABYTE);
      let examined = 0;
      const ours = medianMillis(() => {
        examined = classifyEmail(email).examinedChars;
      });
      const doubled = buildEmail(input, 2 * MEGABYTE);
      const oursDoubled = medianMillis(() => classifyEmail(doubled));
      const oursHalfCap = medianMillis(() => classifyEmail(email, { maxBodyChars: HALF_CAP }));
      const floor = medianMillis(() => matchOneRegex(`${email.subject}\n${email.body}`));
      return [
        input.name,
        ours.toFixed(1),
        floor.toFixed(1),
        `${(ours / Math.max(floor, 0.001)).toFixed(1)}x`,
        `${(oursDoubled / Math.max(ours, 0.001)).toFixed(1)}x`,
        `${(ours / Math.max(oursHalfCap, 0.001)).toFixed(1)}x`,
        String(examined),
      ];
    });
    return [
      `Median of ${REPEATS} calls, after ${WARM_UP_CALLS} untimed calls per input. Floor: one regular expression over the lowercased subject + body.`,
      '"2 MB / 1 MB": time for a body twice as long; about 2x (or less, when capped) means linear time.',
      `"cap x2": time at the default cap over time at a cap of ${HALF_CAP.toLocaleString('en')} characters, twice the text examined; about 2x or less means linear time.`,
      formatTable(['input (1 MB body)', 'ms/call', 'floor ms', 'vs floor', '2 MB / 1 MB', 'cap x2', 'chars examined'], rows, {
        rightAligned: [1, 2, 3, 4, 5, 6],
      }),
    ].join('\n');
  },
};
