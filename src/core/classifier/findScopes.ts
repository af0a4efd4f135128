import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import type { CueMatch } from './matchCues.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** Where negations, suppositions and recalled requests reach in one field. */
export interface CueScopes {
  negatedClauses: ReadonlySet<number>;
  /** Token positions of negations and of conjunctions, in text order. */
  negations: readonly number[];
  /** Per negation (same index), the first-person subject that opens its own clause before it in a run-on line, or -1. */
  negationSubjects: readonly number[];
  conjunctions: readonly number[];
  /** Token positions of the conjunctions that set one thing against another ("not mine but someone else's"), in text order. */
  contrasts: readonly number[];
  hypotheticalSentences: ReadonlySet<number>;
  /** Token spans of names that mask the ingredients inside them (`CueRule.masksWords`), as first, last pairs in text order. */
  maskedSpans: readonly number[];
  /** Per sentence, the first token of its earliest reservation: phrases reaching it or beyond are cancelled. */
  reservedFrom: ReadonlyMap<number, number>;
  recallingSentences: ReadonlySet<number>;
  /** How many cues in the sender's words say the mail is about privacy in general. */
  informationalCues: number;
  /** The sender asks again for what he asked before. */
  isRenewal: boolean;
  /** Sentences of the sender's words that name an event one registers for. */
  eventSentences: ReadonlySet<number>;
}

/**
 * Collects the scopes of the cues that change how right phrases read: a negation reaches its clause,
 * a supposition or an earlier request its sentence.
 *
 * @example
 * findScopes(tokens, matches, CUE_LEXICON, active).negatedClauses.has(tokens.clauses[3] ?? -1) // true
 */
export function findScopes(
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  cues: CompiledCues,
  active: Uint8Array | undefined,
  languageCode = -1,
  rulesWithOwnNegation: ReadonlySet<number> = NO_NUMBERS,
): CueScopes {
  // Most fields hold none of these cues: their sets are made only when one turns up.
  let negatedClauses: Set<number> | undefined;
  const negations: number[] = [];
  const negationSubjects: number[] = [];
  const conjunctions: number[] = [];
  let contrasts: number[] | undefined;
  let hypotheticalSentences: Set<number> | undefined;
  let reservedFrom: Map<number, number> | undefined;
  let recallingSentences: Set<number> | undefined;
  let recalls: number[] | undefined;
  let maskedSpans: number[] | undefined;
  let informationalCues = 0;
  let isRenewal = false;
  let eventSentences: Set<number> | undefined;
  const { ruleKinds, ruleMasksWords, ruleLanguages } = cues;
  let deniesNothing: Set<number> | undefined;
  for (const match of matches) {
    if (ruleKinds[match.rule] === DENIES_NOTHING) (deniesNothing ??= new Set()).add(match.first);
  }
  for (const match of matches) {
    const kind = ruleKinds[match.rule];
    if (kind === NEGATION) {
      if (isDutchContraction(tokens, match.first) || deniesNothing?.has(match.first) === true) continue;
      // A negation word of one language is an ordinary word in another (Dutch 'pas' is a bank card): in a mail
      // of known language, only that language's negations cancel.
      const negationLanguage = ruleLanguages[match.rule] ?? -1;
      if (negationLanguage >= 0 && languageCode >= 0 && negationLanguage !== languageCode) continue;
      (negatedClauses ??= new Set()).add(tokens.clauses[match.first] ?? -1);
      negations.push(match.first);
      negationSubjects.push(runOnSubjectBefore(tokens, match.first));
    } else if (kind === CONJUNCTION) {
      // "or" joins the alternatives one negation denies ("not asking for a copy or a deletion of his data").
      const word = match.first === match.last ? shortWordKey(tokens.folded, tokens.starts[match.first] ?? 0, tokens.ends[match.first] ?? 0) : -1;
      if (ALTERNATIVE_WORDS.has(word)) continue;
      conjunctions.push(match.first);
      if (CONTRAST_WORDS.has(word)) (contrasts ??= []).push(match.first);
    } else if (kind === CONCEPT && ruleMasksWords[match.rule] === 1) (maskedSpans ??= []).push(match.first, match.last);
    else if (kind === HYPOTHETICAL) (hypotheticalSentences ??= new Set()).add(tokens.sentences[match.first] ?? -1);
    else if (kind === RESERVATION) {
      // Matches come in text order, so the first one of a sentence is its earliest.
      const sentence = tokens.sentences[match.first] ?? -1;
      if (!(reservedFrom ??= new Map()).has(sentence)) reservedFrom.set(sentence, match.first);
    } else if (kind === EARLIER_REQUEST) {
      // A recall that holds its own negation ("my request was never answered") stands whatever negation it holds.
      if (rulesWithOwnNegation.has(match.rule)) (recallingSentences ??= new Set()).add(tokens.sentences[match.first] ?? -1);
      else (recalls ??= []).push(match.first, match.last);
    }
    else if (kind === INFORMATIONAL && (active === undefined || active[match.first] === 1)) informationalCues += 1;
    else if (kind === RENEWAL && (active === undefined || active[match.first] === 1)) isRenewal = true;
    else if (kind === EVENT && (active === undefined || active[match.first] === 1)) (eventSentences ??= new Set()).add(tokens.sentences[match.first] ?? -1);
  }
  // A negation inside the phrase, in the clause of its last word, says the request was never made ("I never asked for
  // this", "ik heb nooit ergens om gevraagd"); negations are known only once all matches are read.
  if (recalls !== undefined) {
    for (let index = 0; index < recalls.length; index += 2) {
      const first = recalls[index] ?? 0;
      const last = recalls[index + 1] ?? first;
      const negation = negations[firstAtOrAfter(negations, first + 1)];
      if (negation !== undefined && negation < last && tokens.clauses[negation] === tokens.clauses[last]) continue;
      (recallingSentences ??= new Set()).add(tokens.sentences[first] ?? -1);
    }
  }
  return {
    negatedClauses: negatedClauses ?? NO_NUMBERS,
    negations,
    negationSubjects,
    conjunctions,
    contrasts: contrasts ?? NO_SPANS,
    hypotheticalSentences: hypotheticalSentences ?? NO_NUMBERS,
    reservedFrom: reservedFrom ?? NO_RESERVATIONS,
    maskedSpans: maskedSpans ?? NO_SPANS,
    recallingSentences: recallingSentences ?? NO_NUMBERS,
    informationalCues,
    isRenewal,
    eventSentences: eventSentences ?? NO_NUMBERS,
  };
}

const NO_NUMBERS: ReadonlySet<number> = new Set();
const NO_RESERVATIONS: ReadonlyMap<number, number> = new Map();
const NO_SPANS: readonly number[] = [];

const {
  negation: NEGATION,
  deniesNothing: DENIES_NOTHING,
  conjunction: CONJUNCTION,
  concept: CONCEPT,
  hypothetical: HYPOTHETICAL,
  reservation: RESERVATION,
  earlierRequest: EARLIER_REQUEST,
  informational: INFORMATIONAL,
  renewal: RENEWAL,
  event: EVENT,
} = CUE_KIND_CODES;

const LETTER_N = 110;
/** The straight and the typographic apostrophe, folded. */
export const APOSTROPHES: ReadonlySet<number> = new Set([39, 0x2019]);

/** French "n'" stands before its apostrophe; Dutch "m'n", "zo'n" and "'n" after it, and deny nothing. */
function isDutchContraction(tokens: TokenizedText, position: number): boolean {
  const start = tokens.starts[position] ?? 0;
  // `start > 0` first: reading before the array is a miss that recompiles the caller.
  return start > 0 && tokens.ends[position] === start + 1 && tokens.folded[start] === LETTER_N && APOSTROPHES.has(tokens.folded[start - 1] ?? 0);
}

/**
 * A run-on line starts a clause with the sender as its subject and no comma: "kunnen jullie mijn gegevens verwijderen ik
 * ben geen klant meer", "delete my account i dont use it". A negation after that subject denies his own state, not the
 * request before it. Dutch and German put the subject right before the negation only when inverted after the verb, and
 * then the negation is the request's: "verwijderen hoef ik niet", "löschen möchte ich nicht".
 * Returns the subject's position, or -1. Reads at most `NEGATION_REACH_AFTER` words back.
 */
function runOnSubjectBefore(tokens: TokenizedText, negation: number): number {
  const clause = tokens.clauses[negation];
  for (let position = negation - 1; position >= 0 && negation - position <= NEGATION_REACH_AFTER; position -= 1) {
    if (tokens.clauses[position] !== clause) return -1;
    const word = shortWordKey(tokens.folded, tokens.starts[position] ?? 0, tokens.ends[position] ?? 0);
    if (OPENS_OWN_CLAUSE.has(word)) return position;
    if (position < negation - 1 && OPENS_OWN_CLAUSE_UNLESS_INVERTED.has(word)) return position;
  }
  return -1;
}

/**
 * A word of at most seven ASCII letters as one number, or -1 (128 to the seventh power is below 2 to the 53rd, so the number
 * is exact): this runs at every negation and conjunction, and text full of them ("not not not ...") made reading each word
 * before it into a string a third of the cost of such a text.
 */
function shortWordKey(folded: ArrayLike<number>, start: number, end: number): number {
  if (end - start > LONGEST_SHORT_WORD) return -1;
  let key = 0;
  for (let index = start; index < end; index += 1) {
    const code = folded[index] ?? 128;
    if (code >= 128) return -1;
    key = key * 128 + code;
  }
  return key;
}

const LONGEST_SHORT_WORD = 7;

function shortWordKeys(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map((word) => shortWordKey(Array.from(word, (letter) => letter.charCodeAt(0)), 0, word.length)));
}

/** "but", "maar", "sondern", "mais": after "not X" they set Y against it, which the "not" does not reach. */
const CONTRAST_WORDS = shortWordKeys(['but', 'maar', 'sondern', 'mais']);
/** "or" joins the alternatives one negation denies: no conjunction for a negation's reach. */
const ALTERNATIVE_WORDS = shortWordKeys(['or', 'oder', 'ou']);

/** First-person subjects that never stand inverted between a verb and its negation: "i", "im" (typed for "i'm"), "je", "j'". */
const OPENS_OWN_CLAUSE = shortWordKeys(['i', 'im', 'je', 'j', 'nous']);
/** Dutch and German ones, inverted right before the negation ("wil ik niet"), opening a clause with a verb after them. */
const OPENS_OWN_CLAUSE_UNLESS_INVERTED = shortWordKeys(['ik', 'wij', 'we', 'ich', 'wir']);

/** How far after a phrase a negation still belongs to it ("verwijder ze alsjeblieft niet"). */
const NEGATION_REACH_AFTER = 5;

/**
 * Whether a negation in a clause the phrase spans belongs to the phrase: inside it; before it with no
 * "and"/"but" in between and no "but" inside the phrase ("niet mijn rooster maar dat van een collega");
 * or just after it with no "and"/"but" in between or inside the phrase (in "löschen und mich nie wieder
 * anschreiben" the "nie" belongs to the writing, not the erasing). An "or" is no conjunction here. Only
 * the nearest negation on each side can belong to it (a farther one has the nearer one's conjunctions,
 * clauses and distance too), so each match costs two binary searches, not a walk over every negation and
 * conjunction of the field.
 */
export function isNegated(tokens: TokenizedText, match: CueMatch, scopes: CueScopes): boolean {
  const firstClause = tokens.clauses[match.first] ?? 0;
  const lastClause = tokens.clauses[match.last] ?? firstClause;
  let isInScope = false;
  for (let clause = firstClause; clause <= lastClause && !isInScope; clause += 1) isInScope = scopes.negatedClauses.has(clause);
  if (!isInScope) return false;
  const { negations } = scopes;
  const nextIndex = firstAtOrAfter(negations, match.first);
  const next = negations[nextIndex];
  if (next !== undefined && next <= match.last) return true;
  const afterIndex = next !== undefined ? firstAtOrAfter(negations, match.last + 1) : negations.length;
  const after = negations[afterIndex];
  if (
    after !== undefined &&
    after - match.last <= NEGATION_REACH_AFTER &&
    (scopes.negationSubjects[afterIndex] ?? -1) <= match.last &&
    (tokens.clauses[after] ?? -1) <= lastClause &&
    !hasConjunctionBetween(scopes, match.first, after)
  ) {
    return true;
  }
  const before = negations[nextIndex - 1];
  return (
    before !== undefined &&
    (tokens.clauses[before] ?? -1) >= firstClause &&
    !hasConjunctionBetween(scopes, before, match.first) &&
    !hasContrastWithin(scopes, match.first, match.last)
  );
}

/** Whether a contrasting conjunction lies inside a phrase: a negation before it reaches only the part before the conjunction. */
function hasContrastWithin(scopes: CueScopes, first: number, last: number): boolean {
  const contrast = scopes.contrasts[firstAtOrAfter(scopes.contrasts, first + 1)];
  return contrast !== undefined && contrast < last;
}

/** The index of the first of ascending `positions` at or after `position`, or `positions.length`. */
function firstAtOrAfter(positions: readonly number[], position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function hasConjunctionBetween(scopes: CueScopes, from: number, to: number): boolean {
  const conjunction = scopes.conjunctions[firstAtOrAfter(scopes.conjunctions, from + 1)];
  return conjunction !== undefined && conjunction < to;
}

/**
 * Whether an ingredient phrase lies inside a masking name ("naar de Autoriteit" starts before it and stands).
 * Matches end in text order, so the name that could hold it is the first whose end is at or after the
 * phrase's: one binary search.
 */
export function isMasked(scopes: CueScopes, match: CueMatch): boolean {
  const { last } = match;
  const spans = scopes.maskedSpans;
  if (spans.length === 0) return false;
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle * 2 + 1] ?? 0) < last) low = middle + 1;
    else high = middle;
  }
  return low < spans.length / 2 && (spans[low * 2] ?? 0) <= match.first;
}
