import type { RightLabel } from '../rights/rightLabel.ts';
import { addConcept, BITS_PER_WORD, emptyMask, holdsAll, holdsAny, holdsConcept, joinMasks, maskConcepts, type ConceptMask } from './conceptMask.ts';
import type { CueMatch } from './matchCues.ts';
import { REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';
import type { RightCombination } from './rightCombinations.ts';

/** A right one sentence invokes through its ingredients, and the phrases that supplied them. */
export interface CombinedRight {
  right: RightLabel;
  sentence: number;
  ingredients: CueMatch[];
  overrides: readonly RightLabel[];
}

/** The ingredients one sentence holds: its phrases are `FieldIngredients.matches[from .. to)`. */
export interface SentenceIngredients {
  sentence: number;
  mask: ConceptMask;
  from: number;
  to: number;
  /** The sentence this short follow-up leans on, when that one holds ingredients too ("My name is X, not Y. Please fix."). */
  previous: SentenceIngredients | undefined;
  /** Where the phrases of this sentence's paragraph start in `FieldIngredients.matches`: the first sentence of the paragraph with ingredients. */
  paragraphFrom: number;
  /** The ingredients of the paragraph up to and with this sentence. */
  paragraphMask: ConceptMask;
}

/**
 * The ingredient phrases of one field (subject or body) in text order, grouped by sentence. Plain
 * arrays and bit masks: a mail has a handful of sentences with ingredients, and a map per sentence
 * cost more than the combinations checked against it.
 */
export class FieldIngredients {
  readonly matches: CueMatch[] = [];
  /** The concept each phrase supplies, as its bit (index in `REQUEST_CONCEPTS`). */
  readonly concepts: number[] = [];
  readonly sentences: SentenceIngredients[] = [];
  /** Every concept of the field. */
  readonly mask: ConceptMask = emptyMask();

  /**
   * Adds a phrase; phrases come in text order, so a sentence's phrases sit together. Only the first
   * phrase of a concept in a sentence ever supplies it, so later ones are not kept.
   */
  add(match: CueMatch, concept: number, sentence: number): void {
    let current = this.sentences[this.sentences.length - 1];
    if (current?.sentence !== sentence) {
      const mask = emptyMask();
      current = { sentence, mask, from: this.matches.length, to: this.matches.length, previous: undefined, paragraphFrom: this.matches.length, paragraphMask: mask };
      this.sentences.push(current);
    }
    if (holdsConcept(current.mask.low, current.mask.middle, current.mask.high, current.mask.top, concept)) return;
    this.matches.push(match);
    this.concepts.push(concept);
    current.to += 1;
    addConcept(current.mask, concept);
    addConcept(this.mask, concept);
  }

  /** The phrase in `sentence` that supplies `concept`, if any. */
  firstIn(sentence: SentenceIngredients, concept: number): CueMatch | undefined {
    return this.firstBetween(sentence.from, sentence.to, concept);
  }

  /** The first phrase of `matches[from .. to)` that supplies `concept`, if any. */
  firstBetween(from: number, to: number, concept: number): CueMatch | undefined {
    for (let index = from; index < to; index += 1) {
      if (this.concepts[index] === concept) return this.matches[index];
    }
    return undefined;
  }

  /**
   * Makes `own` continue the paragraph of `before`, the sentence with ingredients just before it: called
   * in text order once all phrases are added, so each paragraph's mask grows sentence by sentence.
   */
  continueParagraph(own: SentenceIngredients, before: SentenceIngredients): void {
    own.paragraphFrom = before.paragraphFrom;
    own.paragraphMask = joinMasks(before.paragraphMask, own.mask);
  }

  /** The first phrase of the whole field that supplies `concept`, if any. */
  firstAnywhere(concept: number): CueMatch | undefined {
    const index = this.concepts.indexOf(concept);
    return index < 0 ? undefined : this.matches[index];
  }
}

const NO_CONCEPTS: ConceptMask = emptyMask();
/** A combination or phrase that overrides no right: one shared empty list, not a new one per right kept. */
export const NO_OVERRIDES: readonly RightLabel[] = [];

/**
 * Applies the combinations to the ingredients found in each sentence (and, for combinations that
 * reach back, together with the sentence before a short follow-up sentence in the same paragraph).
 *
 * @example
 * combineConcepts(ingredients, RIGHT_COMBINATIONS) // [{ right: 'erasure', sentence: 0, ingredients: [m1, m2], overrides: [] }]
 */
export function combineConcepts(field: FieldIngredients, combinations: readonly RightCombination[], heading: ConceptMask = NO_CONCEPTS, isTerse = false): CombinedRight[] {
  const combined: CombinedRight[] = [];
  if (field.sentences.length === 0) return combined;
  const lists = maskCombinations(combinations);
  const { acrossMail, acrossParagraph, perSentence, perSentenceMasks, headedSentence } = lists;
  for (const masked of acrossMail) {
    if (!holds(masked, field.mask)) continue;
    const ingredients: CueMatch[] = [];
    for (const bit of masked.allBits) {
      const match = field.firstAnywhere(bit);
      if (match !== undefined) ingredients.push(match);
    }
    // A mail-wide right speaks for no single sentence, so no sentence override reaches it.
    for (const right of masked.rights) combined.push({ right, sentence: -1, ingredients, overrides: masked.overrides });
  }
  const { sentences } = field;
  // Most fields hold no paragraph-wide combination even taken whole: then no paragraph is read.
  const readsParagraphs = mayCombineOverParagraphs(lists, field.mask, heading);
  // Most subjects head no sentence: then no sentence is read with them.
  const readsHeading = headedSentence.length > 0 && mayCombineUnderSubject(headedSentence, field.mask, heading, isTerse);
  for (let index = 0; index < sentences.length; index += 1) {
    const own = sentences[index];
    if (own === undefined) continue;
    // A paragraph is read once, at its last sentence with ingredients, with all of them.
    if (readsParagraphs && sentences[index + 1]?.paragraphFrom !== own.paragraphFrom) combineParagraph(combined, field, index, acrossParagraph, heading);
    if (readsHeading) combineUnderSubject(combined, field, own, headedSentence, heading, isTerse);
    const { previous } = own;
    const { low, middle, high, top } = own.mask;
    const lowWithPrevious = previous === undefined ? 0 : low | previous.mask.low;
    const middleWithPrevious = previous === undefined ? 0 : middle | previous.mask.middle;
    const highWithPrevious = previous === undefined ? 0 : high | previous.mask.high;
    const topWithPrevious = previous === undefined ? 0 : top | previous.mask.top;
    const candidates = candidatesFor(lists, low | lowWithPrevious, middle | middleWithPrevious, high | highWithPrevious, top | topWithPrevious);
    // In the order the combinations are listed, which is the order of the rights they give.
    for (let word = 0; word < candidates.length; word += 1) {
      for (let bits = candidates[word] ?? 0; bits !== 0; bits &= bits - 1) {
        const index = word * 32 + 31 - Math.clz32(bits & -bits);
        const at = index * MASK_FIELDS;
        const reachesBack = perSentenceMasks[at + REACHES_BACK] === 1;
        if (reachesBack && previous === undefined) continue;
        const sentenceLow = reachesBack ? lowWithPrevious : low;
        const sentenceMiddle = reachesBack ? middleWithPrevious : middle;
        const sentenceHigh = reachesBack ? highWithPrevious : high;
        const sentenceTop = reachesBack ? topWithPrevious : top;
        if (!holdsMasks(perSentenceMasks, at, sentenceLow, sentenceMiddle, sentenceHigh, sentenceTop)) continue;
        const masked = perSentence[index];
        if (masked !== undefined) combineSentence(combined, field, own, reachesBack ? previous : undefined, masked, sentenceLow, sentenceMiddle, sentenceHigh, sentenceTop);
      }
    }
  }
  return combined;
}

/**
 * Whether some paragraph-wide combination of `combinations` can hold in a paragraph of a field whose
 * ingredients, all paragraphs together, are `fieldMask` (the subject's `heading` added for the combinations
 * it heads): a paragraph holds no more than its field. When not, neither `collectEvidence` nor
 * `combineConcepts` needs to know the paragraphs, which is so for most mails.
 */
export function mayCombineAcrossParagraphs(combinations: readonly RightCombination[], fieldMask: ConceptMask, heading: ConceptMask = NO_CONCEPTS): boolean {
  return mayCombineOverParagraphs(maskCombinations(combinations), fieldMask, heading);
}

function mayCombineOverParagraphs({ acrossParagraph }: MaskedLists, fieldMask: ConceptMask, heading: ConceptMask): boolean {
  // Joined once, not once per combination the subject heads: this runs for every field with ingredients.
  const fieldWithHeading = joinMasks(fieldMask, heading);
  for (const masked of acrossParagraph) {
    const { all, any, headedBySubject } = masked;
    const headed = headedBySubject ? fieldWithHeading : fieldMask;
    if (holdsAll(headed, all) && (any === undefined || holdsAny(headed, any))) return true;
  }
  return false;
}

/**
 * The rights of the paragraph-wide combinations that hold in the paragraph ending at `last`, each
 * ingredient the paragraph's first phrase of its concept: an event told over several sentences
 * ("We received your invoice mail. The attachment is not ours: it shows a customer's name and IBAN.").
 * The subject's ingredients (`heading`) head every paragraph: "Another company's tickets in your portal"
 * above "They show names and phone numbers". They supply no phrase, and rule nothing out. A combination asked
 * afterward (`askedAfterward`) holds with the paragraph only up to the last sentence that asks it.
 */
function combineParagraph(
  combined: CombinedRight[],
  field: FieldIngredients,
  lastIndex: number,
  acrossParagraph: readonly MaskedCombination[],
  heading: ConceptMask,
): void {
  const last = field.sentences[lastIndex];
  if (last === undefined) return;
  const { paragraphMask } = last;
  for (const masked of acrossParagraph) {
    const upTo = masked.askedAfterward ? lastAsking(field, lastIndex, masked.allBits[0] ?? -1) : last;
    if (upTo === undefined) continue;
    const told = upTo.paragraphMask;
    const headed = masked.headedBySubject ? joinMasks(told, heading) : told;
    const ruledOut = holdsAny(paragraphMask, masked.unless) || holdsAny(field.mask, masked.unlessInField) || holdsAny(heading, masked.unlessInField);
    if (!holdsAll(headed, masked.all) || ruledOut || (masked.any !== undefined && !holdsAny(headed, masked.any))) continue;
    const ingredients: CueMatch[] = [];
    for (const bit of masked.allBits) {
      const match = field.firstBetween(last.paragraphFrom, upTo.to, bit);
      if (match !== undefined) ingredients.push(match);
    }
    for (const bit of masked.anyBits) {
      const match = field.firstBetween(last.paragraphFrom, upTo.to, bit);
      if (match === undefined) continue;
      ingredients.push(match);
      break;
    }
    for (const right of masked.rights) combined.push({ right, sentence: last.sentence, ingredients, overrides: masked.overrides });
  }
}

/**
 * The last sentence of the paragraph that ends at `sentences[lastIndex]` holding concept `bit` (a combination's ask),
 * read back from the paragraph's end; undefined when none does. Each paragraph is read once per such combination.
 */
function lastAsking(field: FieldIngredients, lastIndex: number, bit: number): SentenceIngredients | undefined {
  const { paragraphFrom } = field.sentences[lastIndex] ?? { paragraphFrom: -1 };
  for (let index = lastIndex; index >= 0; index -= 1) {
    const sentence = field.sentences[index];
    if (sentence === undefined || sentence.paragraphFrom !== paragraphFrom) return undefined;
    if (holdsConcept(sentence.mask.low, sentence.mask.middle, sentence.mask.high, sentence.mask.top, bit)) return sentence;
  }
  return undefined;
}

/** Whether a sentence combination the subject heads (`headsSentences`) can hold in some sentence of a field whose ingredients are `fieldMask`. */
function mayCombineUnderSubject(headedSentence: readonly MaskedCombination[], fieldMask: ConceptMask, heading: ConceptMask, isTerse: boolean): boolean {
  return headedSentence.some((masked) => headsSentences(masked, heading, isTerse) && holdsAll(fieldMask, masked.all));
}

/**
 * Whether the subject names what a sentence combination it heads needs of it: one of `subjectNames` and one of `any`, and
 * nothing of `unless`; above a terse field only, for a combination that asks so.
 */
function headsSentences(masked: MaskedCombination, heading: ConceptMask, isTerse: boolean): boolean {
  return (isTerse || !masked.underTerseBody) && holdsAny(heading, masked.subjectNames) && (masked.any === undefined || holdsAny(heading, masked.any)) && !holdsAny(heading, masked.unless);
}

/**
 * The rights of the sentence combinations the subject heads (`headsSentences`) whose `all` ingredients `own` holds
 * and whose `any` ingredient it lacks: "Name misspelt" above "You have my name as Rui Oliviera." The sentence's
 * ingredients rule out as much as the subject's; the subject supplies no phrase.
 */
function combineUnderSubject(
  combined: CombinedRight[],
  field: FieldIngredients,
  own: SentenceIngredients,
  headedSentence: readonly MaskedCombination[],
  heading: ConceptMask,
  isTerse: boolean,
): void {
  for (const masked of headedSentence) {
    if (!headsSentences(masked, heading, isTerse) || !holdsAll(own.mask, masked.all) || holdsAny(own.mask, masked.unless) || holdsAny(field.mask, masked.unlessInField)) continue;
    // A sentence that holds the combination itself gives it without the subject.
    if (masked.any !== undefined && holdsAny(own.mask, masked.any)) continue;
    const ingredients: CueMatch[] = [];
    for (const bit of masked.allBits) {
      const match = field.firstIn(own, bit);
      if (match !== undefined) ingredients.push(match);
    }
    for (const right of masked.rights) combined.push({ right, sentence: own.sentence, ingredients, overrides: masked.overrides });
  }
}

/**
 * The rights of one combination that holds in `own` (with the sentence it leans on, when the
 * combination reaches back), with the phrases that supplied its ingredients: each `all` concept,
 * then the first `any` concept present. Kept out of the loop over combinations, which then
 * allocates nothing for the many that do not hold.
 */
function combineSentence(
  combined: CombinedRight[],
  field: FieldIngredients,
  own: SentenceIngredients,
  leanedOn: SentenceIngredients | undefined,
  masked: MaskedCombination,
  low: number,
  middle: number,
  high: number,
  top: number,
): void {
  const ingredients: CueMatch[] = [];
  for (const bit of masked.allBits) {
    const match = supplierOf(field, own, leanedOn, bit);
    if (match !== undefined) ingredients.push(match);
  }
  for (const bit of masked.anyBits) {
    if (!holdsConcept(low, middle, high, top, bit)) continue;
    const match = supplierOf(field, own, leanedOn, bit);
    if (match !== undefined) ingredients.push(match);
    break;
  }
  for (const right of masked.rights) {
    combined.push({ right, sentence: own.sentence, ingredients, overrides: masked.overrides });
  }
}

/** The phrase that supplies a concept: this sentence's own comes before the one of the sentence it leans on. */
function supplierOf(field: FieldIngredients, own: SentenceIngredients, leanedOn: SentenceIngredients | undefined, bit: number): CueMatch | undefined {
  return field.firstIn(own, bit) ?? (leanedOn === undefined ? undefined : field.firstIn(leanedOn, bit));
}

interface MaskedCombination {
  combination: RightCombination;
  /** `RightCombination.rights` and `overrides` (none: a shared empty list), read here for the reason `headedBySubject` is. */
  rights: readonly RightLabel[];
  overrides: readonly RightLabel[];
  all: ConceptMask;
  any: ConceptMask | undefined;
  unless: ConceptMask;
  /** The bits of `all` and `any` in the order the combination names them, which is the order of its ingredients. */
  allBits: readonly number[];
  anyBits: readonly number[];
  reachesBack: boolean;
  /** `RightCombination.subjectNames`: no bits when not given. */
  subjectNames: ConceptMask;
  /** `RightCombination.headedBySubject`, read here because the combinations are objects of many shapes. */
  headedBySubject: boolean;
  /** `RightCombination.underTerseBody`. */
  underTerseBody: boolean;
  /** `RightCombination.askedAfterward`, read here for the same reason. */
  askedAfterward: boolean;
  unlessInField: ConceptMask;
}

const BIT_OF = new Map<RequestConcept, number>(REQUEST_CONCEPTS.map((name, index) => [name, index]));

/**
 * The per-sentence combinations' masks side by side in one array, `MASK_FIELDS` numbers each: every
 * sentence with ingredients is checked against all of them, and object fields cost a load each.
 */
const MASK_FIELDS = 14;
const ALL_LOW = 0;
const ALL_MIDDLE = 1;
const ALL_HIGH = 2;
const ALL_TOP = 3;
const ANY_LOW = 4;
const ANY_MIDDLE = 5;
const ANY_HIGH = 6;
const ANY_TOP = 7;
const UNLESS_LOW = 8;
const UNLESS_MIDDLE = 9;
const UNLESS_HIGH = 10;
const UNLESS_TOP = 11;
/** 1 when the combination has `any` ingredients, of which one must be present. */
const HAS_ANY = 12;
const REACHES_BACK = 13;

interface MaskedLists {
  acrossMail: MaskedCombination[];
  acrossParagraph: MaskedCombination[];
  perSentence: MaskedCombination[];
  perSentenceMasks: Int32Array;
  /** Sentence combinations the subject heads: each sentence is read with the subject's ingredients. */
  headedSentence: MaskedCombination[];
  /**
   * Which per-sentence combinations can hold where a concept is present, as bit sets over their
   * indices (`CandidateSets`): a sentence is checked only against the combinations one of whose
   * `all` concepts it holds, not against all of them.
   */
  candidateSets: CandidateSets;
}

/**
 * Bit sets over the per-sentence combinations, `words` integers each: `byKeyConcept` holds one per
 * concept bit, the combinations whose first `all` concept it is; `always` the combinations without
 * an `all` concept; `scratch` the set of the sentence being read (combineConcepts never runs twice at once).
 */
interface CandidateSets {
  words: number;
  byKeyConcept: Int32Array;
  always: Int32Array;
  scratch: Int32Array;
}

function candidateSetsOf(perSentence: readonly MaskedCombination[]): CandidateSets {
  const words = Math.ceil(perSentence.length / 32);
  const byKeyConcept = new Int32Array(REQUEST_CONCEPTS.length * words);
  const always = new Int32Array(words);
  perSentence.forEach(({ allBits }, index) => {
    const key = allBits[0];
    const word = index >> 5;
    if (key === undefined) always[word] = (always[word] ?? 0) | (1 << (index & 31));
    else byKeyConcept[key * words + word] = (byKeyConcept[key * words + word] ?? 0) | (1 << (index & 31));
  });
  return { words, byKeyConcept, always, scratch: new Int32Array(words) };
}

/**
 * The per-sentence combinations that can hold in a sentence whose concepts, with those of the
 * sentence it leans on, are `low`, `middle`, `high` and `top`: a superset of those that do, which the masks then decide.
 */
function candidatesFor({ candidateSets }: MaskedLists, low: number, middle: number, high: number, top: number): Int32Array {
  const { words, byKeyConcept, always, scratch } = candidateSets;
  scratch.set(always);
  for (let bits = low; bits !== 0; bits &= bits - 1) addCandidates(scratch, byKeyConcept, (31 - Math.clz32(bits & -bits)) * words, words);
  for (let bits = middle; bits !== 0; bits &= bits - 1) addCandidates(scratch, byKeyConcept, (BITS_PER_WORD + 31 - Math.clz32(bits & -bits)) * words, words);
  for (let bits = high; bits !== 0; bits &= bits - 1) addCandidates(scratch, byKeyConcept, (2 * BITS_PER_WORD + 31 - Math.clz32(bits & -bits)) * words, words);
  for (let bits = top; bits !== 0; bits &= bits - 1) addCandidates(scratch, byKeyConcept, (3 * BITS_PER_WORD + 31 - Math.clz32(bits & -bits)) * words, words);
  return scratch;
}

function addCandidates(candidates: Int32Array, byKeyConcept: Int32Array, from: number, words: number): void {
  for (let word = 0; word < words; word += 1) candidates[word] = (candidates[word] ?? 0) | (byKeyConcept[from + word] ?? 0);
}

/** Masks are made once per combination list: the shipped list is checked against every sentence of every mail. */
const maskedLists = new WeakMap<readonly RightCombination[], MaskedLists>();

function maskCombinations(combinations: readonly RightCombination[]): MaskedLists {
  const known = maskedLists.get(combinations);
  if (known !== undefined) return known;
  const masked = combinations.map(
    (combination): MaskedCombination => ({
      combination,
      rights: combination.rights,
      overrides: combination.overrides ?? NO_OVERRIDES,
      reachesBack: combination.reachesBack === true,
      headedBySubject: combination.headedBySubject === true,
      underTerseBody: combination.underTerseBody === true,
      askedAfterward: combination.askedAfterward === true,
      unlessInField: maskConcepts(combination.unlessInField),
      all: maskConcepts(combination.all),
      any: combination.any === undefined ? undefined : maskConcepts(combination.any),
      unless: maskConcepts(combination.unless),
      subjectNames: maskConcepts(combination.subjectNames),
      allBits: combination.all.map((name) => BIT_OF.get(name) ?? 0),
      anyBits: (combination.any ?? []).map((name) => BIT_OF.get(name) ?? 0),
    }),
  );
  const perSentence = masked.filter(({ combination }) => combination.acrossMail !== true && combination.acrossParagraph !== true && combination.headedBySubject !== true);
  const perSentenceMasks = new Int32Array(perSentence.length * MASK_FIELDS);
  perSentence.forEach(({ all, any, unless, reachesBack }, index) => {
    perSentenceMasks.set(
      [
        ...[all.low, all.middle, all.high, all.top],
        ...[any?.low ?? 0, any?.middle ?? 0, any?.high ?? 0, any?.top ?? 0],
        ...[unless.low, unless.middle, unless.high, unless.top],
        any === undefined ? 0 : 1,
        reachesBack ? 1 : 0,
      ],
      index * MASK_FIELDS,
    );
  });
  const lists = {
    acrossMail: masked.filter(({ combination }) => combination.acrossMail === true),
    acrossParagraph: masked.filter(({ combination }) => combination.acrossParagraph === true),
    perSentence,
    perSentenceMasks,
    headedSentence: masked.filter(({ combination }) => combination.headedBySubject === true && combination.acrossParagraph !== true && combination.acrossMail !== true),
    candidateSets: candidateSetsOf(perSentence),
  };
  maskedLists.set(combinations, lists);
  return lists;
}

function holds(masked: MaskedCombination, concepts: ConceptMask): boolean {
  return holdsAll(concepts, masked.all) && !holdsAny(concepts, masked.unless) && (masked.any === undefined || holdsAny(concepts, masked.any));
}

/** `holds` for the combination whose masks start at `at` in `masks`. */
function holdsMasks(masks: Int32Array, at: number, low: number, middle: number, high: number, top: number): boolean {
  const allLow = masks[at + ALL_LOW] ?? 0;
  const allMiddle = masks[at + ALL_MIDDLE] ?? 0;
  const allHigh = masks[at + ALL_HIGH] ?? 0;
  const allTop = masks[at + ALL_TOP] ?? 0;
  if ((low & allLow) !== allLow || (middle & allMiddle) !== allMiddle || (high & allHigh) !== allHigh || (top & allTop) !== allTop) return false;
  if (
    (low & (masks[at + UNLESS_LOW] ?? 0)) !== 0 ||
    (middle & (masks[at + UNLESS_MIDDLE] ?? 0)) !== 0 ||
    (high & (masks[at + UNLESS_HIGH] ?? 0)) !== 0 ||
    (top & (masks[at + UNLESS_TOP] ?? 0)) !== 0
  ) {
    return false;
  }
  return (
    masks[at + HAS_ANY] === 0 ||
    (low & (masks[at + ANY_LOW] ?? 0)) !== 0 ||
    (middle & (masks[at + ANY_MIDDLE] ?? 0)) !== 0 ||
    (high & (masks[at + ANY_HIGH] ?? 0)) !== 0 ||
    (top & (masks[at + ANY_TOP] ?? 0)) !== 0
  );
}
