export interface CallTimings {
  calls: number;
  totalMillis: number;
  callsPerSecond: number;
  /** Median time of one call, in microseconds. */
  p50Micros: number;
  /** 99th percentile time of one call, in microseconds. */
  p99Micros: number;
}

export interface MeasureCallsOptions {
  /** Keep calling (cycling through the items) until at least this much time has passed. */
  minMillis: number;
  /** The clock in milliseconds; injected so tests need no real time. */
  now?: () => number;
}

/** One call's timings so far: the durations of its calls, the wall time they took, and the next item. */
interface Timing {
  durations: number[];
  totalMillis: number;
  next: number;
}

/** Times `call` on the next items, cycling, until `minMillis` have passed and at least `minCalls` calls were made. */
function timeTurn<Item>(items: readonly Item[], call: (item: Item) => unknown, timing: Timing, minMillis: number, minCalls: number, now: () => number): void {
  const started = now();
  let finished = started;
  let calls = 0;
  while (calls < minCalls || finished - started < minMillis) {
    const before = now();
    call(items[timing.next] as Item);
    finished = now();
    timing.durations.push(finished - before);
    timing.next = (timing.next + 1) % items.length;
    calls += 1;
  }
  timing.totalMillis += finished - started;
}

function summarize({ durations, totalMillis }: Timing): CallTimings {
  const sorted = Float64Array.from(durations).sort();
  return {
    calls: durations.length,
    totalMillis,
    callsPerSecond: totalMillis > 0 ? (durations.length * 1000) / totalMillis : Number.POSITIVE_INFINITY,
    p50Micros: percentile(sorted, 0.5) * 1000,
    p99Micros: percentile(sorted, 0.99) * 1000,
  };
}

/**
 * Times `call` once per item, cycling through the items until `minMillis` have passed (at least
 * one full pass), and returns throughput and per-call latency percentiles. Single-threaded, so it
 * measures one core.
 *
 * @example
 * const timings = measureCalls(lines, (line) => JSON.parse(line), { minMillis: 2_000 });
 * console.log(timings.callsPerSecond, timings.p99Micros);
 */
export function measureCalls<Item>(
  items: readonly Item[],
  call: (item: Item) => unknown,
  { minMillis, now = () => performance.now() }: MeasureCallsOptions,
): CallTimings {
  if (items.length === 0) throw new Error('measureCalls needs at least one item to time');
  const timing: Timing = { durations: [], totalMillis: 0, next: 0 };
  timeTurn(items, call, timing, minMillis, items.length, now);
  return summarize(timing);
}

export interface MeasureInTurnsOptions {
  /** How many turns each call gets. */
  turns: number;
  /** Each turn of each call lasts at least this long. */
  minMillisPerTurn: number;
  now?: () => number;
}

/**
 * Times several calls over the same items in turns (the first call, the second, ..., then again, the
 * order turned round every other turn), each cycling through the items from where its last turn
 * stopped, and returns each call's timings as `measureCalls` does. Timed one after the other in
 * blocks of seconds, two calls meet whatever else the machine does at different times; in turns they
 * share it, so their ratio holds still. Every call sees every item at least once over its turns.
 *
 * @example
 * const [ours, floor] = measureInTurns(lines, [classifyLine, matchOneRegexOnLine], { turns: 6, minMillisPerTurn: 500 });
 */
export function measureInTurns<Item>(
  items: readonly Item[],
  calls: readonly ((item: Item) => unknown)[],
  { turns, minMillisPerTurn, now = () => performance.now() }: MeasureInTurnsOptions,
): CallTimings[] {
  if (items.length === 0) throw new Error('measureInTurns needs at least one item to time');
  const timings: Timing[] = calls.map(() => ({ durations: [], totalMillis: 0, next: 0 }));
  const minCallsPerTurn = Math.ceil(items.length / Math.max(turns, 1));
  for (let turn = 0; turn < Math.max(turns, 1); turn += 1) {
    for (let index = 0; index < calls.length; index += 1) {
      const which = turn % 2 === 0 ? index : calls.length - 1 - index;
      timeTurn(items, calls[which] as (item: Item) => unknown, timings[which] as Timing, minMillisPerTurn, minCallsPerTurn, now);
    }
  }
  return timings.map(summarize);
}

/**
 * Nearest-rank percentile of ascending values: the smallest value with at least `fraction` of all
 * values at or below it.
 *
 * @example
 * percentile(Float64Array.from([1, 2, 3, 4]), 0.5); // => 2
 */
export function percentile(ascending: ArrayLike<number>, fraction: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(fraction * ascending.length));
  return ascending[Math.min(rank, ascending.length) - 1] as number;
}
