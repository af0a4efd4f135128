import { classifyEmail } from '../../../src/core/classifier/classifyEmail.ts';
import type { IncomingEmail } from '../../../src/core/classifier/incomingEmail.ts';
import { formatTable } from '../../eval/formatTable.ts';
import type { BenchSection } from '../benchSection.ts';
import { matchOneRegex } from '../matchOneRegex.ts';
import { percentile } from '../measureCalls.ts';

const MEGABYTE = 1024 * 1024;
const REPEATS = 5;

/** Repeats `unit` until the text is exactly one megabyte (in UTF-16 code units). */
const fillMegabyte = (unit: string): string => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);

/** Inputs that make naive tokenisers, HTML strippers or backtracking patterns slow. */
const ADVERSARIAL_EMAILS: [string, IncomingEmail][] = [
  ['one letter, 1 MB, no spaces', { subject: 'a', body: fillMegabyte('a') }],
  ['one letter with a space every 1,000', { subject: '', body: fillMegabyte(`${'e'.repeat(999)} `) }],
  ['request keywords repeated', { subject: 'inzage', body: fillMegabyte('verwijder mijn gegevens inzage delete my data Löschung droit d\'accès ') }],
  ['keyword stems glued together', { subject: '', body: fillMegabyte('verwijderinzagedeleteerase') }],
  ['nested-looking HTML', { subject: '', bodyType: 'html', body: fillMegabyte('<div><span><b><i>') }],
  ['unclosed tags and comments', { subject: '', bodyType: 'html', body: fillMegabyte('<a href="x <!-- <p ') }],
  ['many > quote markers, one line', { subject: 'Re: Re: Re:', body: fillMegabyte('>') }],
  ['quoted lines > > > > text', { subject: 'RE:', body: fillMegabyte(`${'> '.repeat(40)}please delete my data\n`) }],
  ['blank lines only', { subject: '', body: fillMegabyte('\r\n') }],
  ['apostrophes and hyphens', { subject: '', body: fillMegabyte("d'-'-") }],
];

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
    const rows = ADVERSARIAL_EMAILS.map(([name, email]) => {
      let examined = 0;
      const ours = medianMillis(() => {
        examined = classifyEmail(email).examinedChars;
      });
      const floor = medianMillis(() => matchOneRegex(`${email.subject}\n${email.body}`));
      return [name, ours.toFixed(1), floor.toFixed(1), `${(ours / Math.max(floor, 0.001)).toFixed(1)}x`, String(examined)];
    });
    return [
      `Median of ${REPEATS} calls; the floor is one regular expression over the lowercased subject + body.`,
      formatTable(['input', 'ms/call', 'floor ms', 'vs floor', 'chars examined'], rows, { rightAligned: [1, 2, 3, 4] }),
    ].join('\n');
  },
};
