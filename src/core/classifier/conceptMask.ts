import { REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';

/**
 * A set of request concepts as bits, so a combination is checked with a few integer operations
 * instead of one map lookup per ingredient. Two 31-bit halves hold all concepts and stay clear of
 * the sign bit.
 */
export interface ConceptMask {
  low: number;
  high: number;
}

/** Bits in each half of a mask, below the sign bit; `combineConcepts` numbers its bits the same way. */
export const BITS_PER_HALF = 31;
const BIT_OF = new Map<RequestConcept, number>(REQUEST_CONCEPTS.map((name, index) => [name, index]));

if (REQUEST_CONCEPTS.length > 2 * BITS_PER_HALF) {
  throw new Error(`ConceptMask holds ${2 * BITS_PER_HALF} concepts; REQUEST_CONCEPTS has ${REQUEST_CONCEPTS.length}: add a third half.`);
}

/**
 * Turns concept names into a mask; no names gives the empty mask.
 *
 * @example
 * maskConcepts(['erase', 'myData']) // { low: 1 | (1 << 14), high: 0 }
 */
export function maskConcepts(names: Iterable<RequestConcept> = []): ConceptMask {
  const mask: ConceptMask = { low: 0, high: 0 };
  for (const name of names) {
    const bit = BIT_OF.get(name) ?? 0;
    if (bit < BITS_PER_HALF) mask.low |= 1 << bit;
    else mask.high |= 1 << (bit - BITS_PER_HALF);
  }
  return mask;
}

/**
 * Whether `concepts` holds every concept of `wanted`.
 *
 * @example
 * holdsAll(maskConcepts(['erase', 'myData']), maskConcepts(['erase'])) // true
 */
export function holdsAll(concepts: ConceptMask, wanted: ConceptMask): boolean {
  return (concepts.low & wanted.low) === wanted.low && (concepts.high & wanted.high) === wanted.high;
}

/**
 * Whether `concepts` holds at least one concept of `wanted`.
 *
 * @example
 * holdsAny(maskConcepts(['erase']), maskConcepts(['erase', 'learn'])) // true
 */
export function holdsAny(concepts: ConceptMask, wanted: ConceptMask): boolean {
  return (concepts.low & wanted.low) !== 0 || (concepts.high & wanted.high) !== 0;
}
