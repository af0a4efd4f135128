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
  const durations: number[] = [];
  const started = now();
  let finished = started;
  while (durations.length < items.length || finished - started < minMillis) {
    const before = now();
    call(items[durations.length % items.length] as Item);
    finished = now();
    durations.push(finished - before);
  }
  const sorted = Float64Array.from(durations).sort();
  const totalMillis = finished - started;
  return {
    calls: durations.length,
    totalMillis,
    callsPerSecond: totalMillis > 0 ? (durations.length * 1000) / totalMillis : Number.POSITIVE_INFINITY,
    p50Micros: percentile(sorted, 0.5) * 1000,
    p99Micros: percentile(sorted, 0.99) * 1000,
  };
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
