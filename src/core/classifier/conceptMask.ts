import { REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';

/**
 * A set of request concepts as bits, so a combination is checked with a few integer operations
 * instead of one map lookup per ingredient. Four 31-bit words hold all concepts and stay clear of
 * the sign bit: concept 0 is bit 0 of `low`, concept 31 bit 0 of `middle`, concept 62 bit 0 of `high`,
 * concept 93 bit 0 of `top`.
 */
export interface ConceptMask {
  low: number;
  middle: number;
  high: number;
  top: number;
}

/** Bits in each word of a mask, below the sign bit; `combineConcepts` numbers its bits the same way. */
export const BITS_PER_WORD = 31;
const WORDS = 4;
const BIT_OF = new Map<RequestConcept, number>(REQUEST_CONCEPTS.map((name, index) => [name, index]));

if (REQUEST_CONCEPTS.length > WORDS * BITS_PER_WORD) {
  throw new Error(`ConceptMask holds ${WORDS * BITS_PER_WORD} concepts; REQUEST_CONCEPTS has ${REQUEST_CONCEPTS.length}: add a word.`);
}

/** A mask with no concepts, new each time: masks are filled in place. */
export function emptyMask(): ConceptMask {
  return { low: 0, middle: 0, high: 0, top: 0 };
}

/** Adds concept number `bit` (its index in `REQUEST_CONCEPTS`) to `mask`. */
export function addConcept(mask: ConceptMask, bit: number): void {
  if (bit < BITS_PER_WORD) mask.low |= 1 << bit;
  else if (bit < 2 * BITS_PER_WORD) mask.middle |= 1 << (bit - BITS_PER_WORD);
  else if (bit < 3 * BITS_PER_WORD) mask.high |= 1 << (bit - 2 * BITS_PER_WORD);
  else mask.top |= 1 << (bit - 3 * BITS_PER_WORD);
}

/** Whether concept number `bit` is in the mask given by its four words. */
export function holdsConcept(low: number, middle: number, high: number, top: number, bit: number): boolean {
  if (bit < BITS_PER_WORD) return (low & (1 << bit)) !== 0;
  if (bit < 2 * BITS_PER_WORD) return (middle & (1 << (bit - BITS_PER_WORD))) !== 0;
  if (bit < 3 * BITS_PER_WORD) return (high & (1 << (bit - 2 * BITS_PER_WORD))) !== 0;
  return (top & (1 << (bit - 3 * BITS_PER_WORD))) !== 0;
}

/** The concepts of both masks, as a new mask. */
export function joinMasks(a: ConceptMask, b: ConceptMask): ConceptMask {
  return { low: a.low | b.low, middle: a.middle | b.middle, high: a.high | b.high, top: a.top | b.top };
}

/**
 * Turns concept names into a mask; no names gives the empty mask.
 *
 * @example
 * maskConcepts(['erase', 'myData']) // { low: 1 | (1 << 14), middle: 0, high: 0, top: 0 }
 */
export function maskConcepts(names: Iterable<RequestConcept> = []): ConceptMask {
  const mask = emptyMask();
  for (const name of names) addConcept(mask, BIT_OF.get(name) ?? 0);
  return mask;
}

/**
 * Whether `concepts` holds every concept of `wanted`.
 *
 * @example
 * holdsAll(maskConcepts(['erase', 'myData']), maskConcepts(['erase'])) // true
 */
export function holdsAll(concepts: ConceptMask, wanted: ConceptMask): boolean {
  return (
    (concepts.low & wanted.low) === wanted.low &&
    (concepts.middle & wanted.middle) === wanted.middle &&
    (concepts.high & wanted.high) === wanted.high &&
    (concepts.top & wanted.top) === wanted.top
  );
}

/**
 * Whether `concepts` holds at least one concept of `wanted`.
 *
 * @example
 * holdsAny(maskConcepts(['erase']), maskConcepts(['erase', 'learn'])) // true
 */
export function holdsAny(concepts: ConceptMask, wanted: ConceptMask): boolean {
  return (concepts.low & wanted.low) !== 0 || (concepts.middle & wanted.middle) !== 0 || (concepts.high & wanted.high) !== 0 || (concepts.top & wanted.top) !== 0;
}
