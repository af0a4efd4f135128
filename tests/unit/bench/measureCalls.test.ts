import { measureCalls, measureInTurns, percentile } from '../../bench/measureCalls.ts';

/** A clock that advances by the given steps, one per reading, so durations are known exactly. */
function steppingClock(stepsMillis: number[]): () => number {
  let time = 0;
  let reading = 0;
  return () => {
    const value = time;
    time += stepsMillis[reading % stepsMillis.length] ?? 0;
    reading += 1;
    return value;
  };
}

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Float64Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(100);
    expect(percentile(values, 0.1)).toBe(10);
  });

  it('gives the only value for one value, the first for fraction 0, and NaN for none', () => {
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('measureCalls', () => {
  it('calls every item at least once, in order, even when the minimum time is zero', () => {
    const seen: string[] = [];
    const timings = measureCalls(['a', 'b', 'c'], (item) => seen.push(item), { minMillis: 0, now: steppingClock([1]) });
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(timings.calls).toBe(3);
  });

  it('cycles through the items until the minimum time has passed', () => {
    const seen: number[] = [];
    // Every clock reading advances 1 ms: a call costs 1 ms, and the gap between calls 1 ms too.
    const timings = measureCalls([1, 2], (item) => seen.push(item), { minMillis: 10, now: steppingClock([1]) });
    expect(seen.slice(0, 4)).toEqual([1, 2, 1, 2]);
    expect(timings.totalMillis).toBeGreaterThanOrEqual(10);
    expect(timings.calls).toBe(seen.length);
  });

  it('reports throughput from the wall time and latency percentiles in microseconds', () => {
    // Readings: start, then per call (before, after). Call durations alternate 1 ms and 3 ms.
    const timings = measureCalls([0, 0, 0, 0], () => undefined, { minMillis: 0, now: steppingClock([0, 1, 0, 3]) });
    expect(timings.p50Micros).toBe(1000);
    expect(timings.p99Micros).toBe(3000);
    expect(timings.totalMillis).toBe(8);
    expect(timings.callsPerSecond).toBe(500);
  });

  it('refuses an empty list instead of looping forever', () => {
    expect(() => measureCalls([], () => undefined, { minMillis: 10 })).toThrow(/at least one item/);
  });
});

describe('measureInTurns', () => {
  it('gives the calls turns in alternating order, each going on from the item where its last turn stopped', () => {
    const seen: string[] = [];
    const first = (item: number): number => seen.push(`a${item}`);
    const second = (item: number): number => seen.push(`b${item}`);
    // Every clock reading advances 1 ms and a call takes two readings: a turn of at least 4 ms holds two calls.
    measureInTurns([1, 2, 3], [first, second], { turns: 3, minMillisPerTurn: 4, now: steppingClock([1]) });
    expect(seen).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'b1', 'a3', 'a1', 'a2', 'a3', 'b2', 'b3']);
  });

  it('times each call only over its own turns', () => {
    let slow = 0;
    const clock = (): number => slow;
    // The first call takes 1 ms a call and the second 3 ms; the clock moves only inside the calls.
    const [fast, heavy] = measureInTurns([0, 0], [() => (slow += 1), () => (slow += 3)], { turns: 4, minMillisPerTurn: 0, now: clock });
    expect(fast?.callsPerSecond).toBe(1000);
    expect(heavy?.callsPerSecond).toBeCloseTo(1000 / 3, 6);
    expect(fast?.p50Micros).toBe(1000);
    expect(heavy?.p99Micros).toBe(3000);
  });

  it('makes every call see every item though the turns are short', () => {
    const seen = new Set<number>();
    measureInTurns([1, 2, 3, 4, 5], [(item: number) => seen.add(item)], { turns: 2, minMillisPerTurn: 0, now: steppingClock([1]) });
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses an empty list instead of looping forever', () => {
    expect(() => measureInTurns([], [() => undefined], { turns: 2, minMillisPerTurn: 10 })).toThrow(/at least one item/);
  });
});
