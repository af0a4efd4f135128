/**
 * A deterministic pseudo-random generator (mulberry32): the same seed gives the same numbers on every
 * machine, so training is repeatable without `Math.random`.
 *
 * @example
 * const next = createSeededRandom(7); next() === createSeededRandom(7)() // true
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A Fisher–Yates shuffle of 0..length-1 drawn from `random`.
 *
 * @example
 * seededPermutation(3, createSeededRandom(1)) // e.g. [2, 0, 1], the same on every run
 */
export function seededPermutation(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let index = length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const kept = order[index] as number;
    order[index] = order[other] as number;
    order[other] = kept;
  }
  return order;
}
