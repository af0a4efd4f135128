import { parseEmailLine } from '../../../src/cli/parseEmailLine.ts';
import { classifyEmail } from '../../../src/core/classifier/classifyEmail.ts';
import { formatTable } from '../../eval/formatTable.ts';
import type { BenchSection } from '../benchSection.ts';
import { formatRate } from '../benchSection.ts';
import { matchOneRegexOnLine } from '../matchOneRegex.ts';
import { measureCalls, measureInTurns } from '../measureCalls.ts';
import type { CallTimings } from '../measureCalls.ts';

/** Each method is timed for this long in all, in turns of half a second (see `measureInTurns`). */
const MEASURE_MILLIS = 3_000;
const TURN_MILLIS = 500;

function classifyLine(line: string): unknown {
  const parsed = parseEmailLine(line);
  return parsed.ok ? classifyEmail(parsed.email) : parsed.error;
}

function timingRow(name: string, timings: CallTimings, floor: CallTimings): string[] {
  return [
    name,
    formatRate(timings.callsPerSecond),
    timings.p50Micros.toFixed(1),
    timings.p99Micros.toFixed(1),
    String(timings.calls),
    `${(floor.callsPerSecond / timings.callsPerSecond).toFixed(1)}x`,
  ];
}

/** (a) our classifier and (b) the one-regex floor, both from the JSON line, single-threaded. */
export const classifierSpeed: BenchSection = {
  name: 'speed',
  title: 'Classifier speed on the project corpus (one thread, JSON line in, result out)',
  run({ inputLines }) {
    // Warm up the JIT on both paths before timing.
    measureCalls(inputLines, classifyLine, { minMillis: 300 });
    measureCalls(inputLines, matchOneRegexOnLine, { minMillis: 300 });
    // In turns, not one block after the other: load from elsewhere on the machine then slows both alike.
    const [ours, floor] = measureInTurns(inputLines, [classifyLine, matchOneRegexOnLine], {
      turns: MEASURE_MILLIS / TURN_MILLIS,
      minMillisPerTurn: TURN_MILLIS,
    }) as [CallTimings, CallTimings];
    const table = formatTable(
      ['method', 'emails/s', 'p50 µs', 'p99 µs', 'calls', 'slower than floor'],
      [timingRow('(a) classifyEmail (parse + classify)', ours, floor), timingRow('(b) floor: parse + one regex', floor, floor)],
      { rightAligned: [1, 2, 3, 4, 5] },
    );
    return `${inputLines.length} distinct emails, cycled for ${MEASURE_MILLIS / 1000} s each, in turns of ${TURN_MILLIS} ms.\n${table}`;
  },
};
