import { addCalendarMonths } from '../../../src/core/calendar/addCalendarMonths.ts';
import { addCalendarDays, toDayNumber } from '../../../src/core/calendar/calendarDate.ts';
import { computeLegalDeadline } from '../../../src/core/calendar/computeLegalDeadline.ts';
import { countWorkingDaysLeft } from '../../../src/core/calendar/countWorkingDaysLeft.ts';
import type { LegalDeadline } from '../../../src/core/calendar/legalDeadline.ts';
import { formatTable } from '../../eval/formatTable.ts';
import { formatRate, type BenchSection } from '../benchSection.ts';
import { measureCalls, type CallTimings } from '../measureCalls.ts';

const FIRST_DAY = '2026-01-01';
const YEARS = 5;

/** Counters that request trackers are often built with, instead of calendar months (DESIGN.md section 3). */
const SHORTCUTS: { name: string; deadline: (receivedOn: string) => string }[] = [
  { name: 'fixed 30 days', deadline: (receivedOn) => addCalendarDays(receivedOn, 30) },
  { name: 'fixed 28 days', deadline: (receivedOn) => addCalendarDays(receivedOn, 28) },
  { name: 'calendar month, no working-day roll', deadline: (receivedOn) => addCalendarMonths(receivedOn, 1) },
];

function monthDeadline(legalDeadline: LegalDeadline): string {
  return legalDeadline.kind === 'month-period' ? legalDeadline.deadline : '';
}

function compareShortcuts(receipts: readonly string[]): string {
  const rows = SHORTCUTS.map(({ name, deadline }) => {
    let later = 0;
    let earlier = 0;
    for (const receivedAt of receipts) {
      const legalDeadline = computeLegalDeadline(receivedAt, 'access');
      const difference = toDayNumber(deadline(legalDeadline.receivedOn)) - toDayNumber(monthDeadline(legalDeadline));
      later += difference > 0 ? 1 : 0;
      earlier += difference < 0 ? 1 : 0;
    }
    const share = (count: number): string => `${((100 * count) / receipts.length).toFixed(1)}%`;
    return [name, share(later), share(earlier), share(receipts.length - later - earlier)];
  });
  return formatTable(['counter', 'past the legal deadline', 'earlier than needed', 'same day'], rows, {
    rightAligned: [1, 2, 3],
  });
}

/** `npm run bench -- deadlines`: speed of the calendar core, and how often common shortcuts miss the law. */
export const legalDeadlines: BenchSection = {
  name: 'deadlines',
  title: 'Legal deadlines: speed and shortcuts compared (receipts at noon, every day 2026–2030)',
  run() {
    const receipts = Array.from(
      { length: YEARS * 365 + 1 },
      (_, day) => `${addCalendarDays(FIRST_DAY, day)}T11:00:00Z`,
    );
    const deadlineTimings = measureCalls(receipts, (receivedAt) => computeLegalDeadline(receivedAt, 'access'), {
      minMillis: 1_000,
    });
    const deadlines = receipts.map((receivedAt) => computeLegalDeadline(receivedAt, 'access'));
    const countTimings = measureCalls(
      deadlines,
      (legalDeadline) => countWorkingDaysLeft(legalDeadline, `${legalDeadline.receivedOn}T08:00:00Z`),
      { minMillis: 1_000 },
    );
    const row = (name: string, timings: CallTimings): string[] => [
      name,
      formatRate(timings.callsPerSecond),
      timings.p50Micros.toFixed(1),
      timings.p99Micros.toFixed(1),
    ];
    const speed = formatTable(
      ['function', 'calls/s', 'p50 µs', 'p99 µs'],
      [row('computeLegalDeadline', deadlineTimings), row('countWorkingDaysLeft (a month ahead)', countTimings)],
      { rightAligned: [1, 2, 3] },
    );
    return `${speed}\n\n${compareShortcuts(receipts)}`;
  },
};
