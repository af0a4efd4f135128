import { REQUEST_LANGUAGES, type DetectedLanguage } from '../rights/language.ts';
import { RIGHT_LABELS, type RightLabel } from '../rights/rightLabel.ts';
import { combineConcepts, FieldIngredients, mayCombineAcrossParagraphs, NO_OVERRIDES, type SentenceIngredients } from './combineConcepts.ts';
import { CUE_KIND_CODES, type CompiledCues } from './compileCueRules.ts';
import { emptyMask, holdsAll, holdsAny, holdsConcept, maskConcepts, type ConceptMask } from './conceptMask.ts';
import type { CueMatch } from './matchCues.ts';
import { APOSTROPHES, findScopes, isMasked, isNegated, type CueScopes } from './findScopes.ts';
import { isLetterAt, QUOTE_MARKS, SET_OFF } from './findZones.ts';
import { mergeEvidence, overrideKey, type KeptPhrase, type WeighedEvidence } from './mergeEvidence.ts';
import { ACTION_CONCEPTS, REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';
import { RIGHT_COMBINATIONS, RIGHT_PRECEDENCE, RIGHT_SUPPRESSIONS } from './rightCombinations.ts';
import type { TokenizedText } from './tokenizeText.ts';

/** What every field is read with: the lexicon, its self-negating phrases and the mail's language. */
export interface EvidenceContext {
  cues: CompiledCues;
  rulesWithOwnNegation: ReadonlySet<number>;
  /** Phrases bound to one language (a word with another meaning elsewhere) count only in that language. */
  language: DetectedLanguage;
  /** For the body: the subject's ingredients, which head each of its paragraphs (`combineConcepts`). */
  heading?: ConceptMask;
}

/** Ingredients that make a combination hold but are not words a reader would mark ("me", "directly"). */
const SILENT_CONCEPTS: ReadonlySet<RequestConcept> = new Set<RequestConcept>(['me', 'notifyMe', 'direct', 'theyAsked']);

/** Per concept bit (index in `REQUEST_CONCEPTS`): 1 when its phrases are silent, or actions a negation cancels. */
const IS_SILENT_CONCEPT = Uint8Array.from(REQUEST_CONCEPTS, (name) => (SILENT_CONCEPTS.has(name) ? 1 : 0));
const IS_ACTION_CONCEPT = Uint8Array.from(REQUEST_CONCEPTS, (name) => (ACTION_CONCEPTS.has(name) ? 1 : 0));
/** What an unsubscribe made of ingredients names as left, beside the verb that asks it: a mailing, or sales calls. */
const LEFT_MAILING_CONCEPTS: ReadonlySet<RequestConcept> = new Set<RequestConcept>(['mailingList', 'marketing', 'invitations', 'calls']);
const IS_LEFT_MAILING_CONCEPT = Uint8Array.from(REQUEST_CONCEPTS, (name) => (LEFT_MAILING_CONCEPTS.has(name) ? 1 : 0));
/**
 * Concepts `classifyEmail` reads from a field's matches (a subject that files a request as a case, a reply that only
 * thanks, a question how to answer a request made to the sender's firm), which no combination takes: not kept as
 * ingredients, so a "Thanks." below a request, or "Bevestiging is verstuurd" in a staff note, is no second ingredient
 * sentence that opens readings across sentences.
 */
const READ_FROM_MATCHES = new Set<RequestConcept>(['caseStatus', 'thanksDone', 'asksMore', 'ownHandling', 'asksUs', 'processingAgreement', 'otherErrand', 'asksToReceive', 'endsContract', 'generalReader', 'retractsMail', 'ownSlip', 'notifyDuty', 'copyDeclined', 'asksNoData', 'theirAccount']);
const IS_READ_FROM_MATCHES = Uint8Array.from(REQUEST_CONCEPTS, (name) => (READ_FROM_MATCHES.has(name) ? 1 : 0));
/** The rights a phrase overrides, by the right's index: one shared list each, not a new one per phrase kept. */
const OVERRIDE_LISTS: readonly (readonly RightLabel[])[] = RIGHT_LABELS.map((right) => [right]);
const RIGHT_KIND = CUE_KIND_CODES.right;
const CONCEPT_KIND = CUE_KIND_CODES.concept;
const NEGATION_KIND = CUE_KIND_CODES.negation;
const WRONG_VALUE_CONCEPT = REQUEST_CONCEPTS.indexOf('wrongValue');
const OTHER_OWNER_MASK = maskConcepts(['anotherOwner', 'notForMe', 'otherPerson']);
const NO_CONCEPTS = emptyMask();
/** The words after a contrasting "not" that may name the value it sets aside: "Brennan, not Brannan", "De Wit, niet De Witt". */
const MAX_CONTRASTED_WORDS = 3;
const COMPLAINT_RIGHT = RIGHT_LABELS.indexOf('complaint');
const COMPLAIN_CONCEPT = REQUEST_CONCEPTS.indexOf('complain');
const AUTHORITY_CONCEPT = REQUEST_CONCEPTS.indexOf('authority');
const THEIR_DATA_CONCEPT = REQUEST_CONCEPTS.indexOf('theirData');
const MAIL_TITLE_KIND = CUE_KIND_CODES.mailTitle;
/** Ingredients that make a follow-up sentence stand on its own, so it does not lean on the one before. */
const OWN_OBJECT_MASK = maskConcepts(['myContactDetail', 'myData']);
/** An erasure or a correction asked in a follow-up, and the detail two sentences back it may name. */
const ERASE_ASKED_MASK = maskConcepts(['erase', 'theyAsked']);
const CORRECTION_ASKED_MASK = maskConcepts(['correct', 'theyAsked']);
const ERASE_NAMED_MASK = maskConcepts(['eraseNamed']);
/** What a sentence says is wrong, and the personal detail that makes it the one a correction asked after it puts right. */
const WRONG_TOLD_MASK = maskConcepts(['correct', 'wrongValue', 'newValue']);
const PERSONAL_DETAIL_MASK = maskConcepts(['personalDetails', 'myContactDetail']);
const CONTACT_DETAIL_MASK = maskConcepts(['myContactDetail']);
/** A contact detail that is a postal address, and words that make it a mail address instead. */
const ADDRESS_MASK = maskConcepts(['myContactDetail', 'homeAddress']);
const MAIL_ADDRESS_MASK = maskConcepts(['mailAddress']);
const SUPPRESSION_MASKS = RIGHT_SUPPRESSIONS.map((suppression) => ({
  mask: maskConcepts([suppression.concept]),
  unless: maskConcepts(suppression.unless ?? []),
  rights: suppression.rights,
  doubts: suppression.doubts === true,
  silences: suppression.silences === true,
}));
/** Every concept a suppression reads: a field that holds none of them has no sentence to suppress. */
const SUPPRESSING_MASK = maskConcepts(RIGHT_SUPPRESSIONS.map((suppression) => suppression.concept));

/**
 * A body of at most this many words of the sender's own is terse: a line or two under a subject that names what it is about
 * ("Geboortedatum" above "Bij jullie staat 3-5-1978, het moet 5-3-1978 zijn.").
 */
const TERSE_WORDS = 25;

/** Whether the sender's own words (`active`; all words when not given) number at most `TERSE_WORDS`. */
function hasFewOwnWords(tokens: TokenizedText, active: Uint8Array | undefined): boolean {
  if (active === undefined) return tokens.count <= TERSE_WORDS;
  let ownWords = 0;
  for (let index = 0; index < tokens.count; index += 1) {
    ownWords += active[index] ?? 0;
    if (ownWords > TERSE_WORDS) return false;
  }
  return true;
}

/** What one field (subject or body) says: the evidence that stands, and how many right phrases were cancelled. */
export interface FieldEvidence {
  items: WeighedEvidence[];
  /** Right phrases in the sender's own words that a negation or supposition cancelled. */
  cancelled: number;
  /** Ingredients found in the sender's own words, for decisions about the whole mail. */
  concepts: ConceptMask;
  /** How many cues say the mail is about privacy in general (training, policy, advice). */
  informationalCues: number;
  /** The sender asks again for what he asked before ("I still want that copy"). */
  isRenewal: boolean;
  /** Rights (bits by index in `RIGHT_LABELS`) whose phrases a more specific right took over in their sentence. */
  overriddenRights: number;
  /**
   * The items when the mail names a contract, a policy or a vehicle anywhere (`classifyEmail`): a new home
   * address given for it is routine, so rectification is set aside where a sentence (or the one a follow-up
   * leans on) gives a home address. Absent when they are `items`.
   */
  itemsUnderContract?: WeighedEvidence[];
}

/** The phrases of a field in the sender's own words that nothing cancelled: right phrases, and ingredients of combinations. */
interface OwnPhrases {
  kept: KeptPhrase[];
  ingredients: FieldIngredients;
  cancelled: number;
}

/**
 * Keeps the right phrases a reader would act on: in the sender's own words (`active`), not negated in
 * their clause ("we do not delete ...") unless the phrase carries its own negation ("no longer
 * receive"), and not inside a supposition or a question about procedure ("if a customer asks ...").
 * A phrase that `overrides` a right removes that right's phrases from the same sentence.
 *
 * Each step is a function of its own: V8 compiles a function whole, and this one, read in one piece,
 * was the largest the classifier compiled (some 10,000 bytes of bytecode): each of its three compiles
 * in a CLI run of 50,000 mails took about 75 ms of the one core, one more whenever a rare step ran
 * for the first time. The rare steps now compile alone, if ever.
 *
 * @example
 * collectEvidence('body', text, tokens, matches, active, context).items[0]?.evidence.right // 'erasure'
 */
export function collectEvidence(
  field: 'subject' | 'body',
  text: string,
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  active: Uint8Array | undefined,
  context: EvidenceContext,
): FieldEvidence {
  // Many subjects, and some bodies, hold no phrase at all: nothing to weigh.
  if (matches.length === 0) return { items: [], cancelled: 0, concepts: emptyMask(), informationalCues: 0, isRenewal: false, overriddenRights: 0, itemsUnderContract: undefined };
  const { cues, language } = context;
  const languageCode = language === 'und' ? -1 : REQUEST_LANGUAGES.indexOf(language);
  const scopes = findScopes(tokens, matches, cues, active, languageCode, context.rulesWithOwnNegation);
  const { recallingSentences, informationalCues, isRenewal } = scopes;
  const { kept, ingredients, cancelled: cancelledPhrases } = readOwnPhrases(text, tokens, matches, active, context, scopes, languageCode);
  let cancelled = cancelledPhrases;
  linkFollowUps(tokens, ingredients, kept, context.heading);
  // Phrases before this index are the lexicon's own right phrases; those after it, ingredients of combinations.
  const rightPhraseCount = kept.length;
  const isTerse = context.heading !== undefined && hasFewOwnWords(tokens, active);
  const unsubscribeCombinations = keepCombinations(ingredients, kept, context.heading, isTerse, cues);
  // "Je suis inscrite à votre webinaire. Pouvez-vous me désinscrire ?" leaves the event, not a mailing.
  if (scopes.eventSentences.size > 0) cancelled += leaveEvents(tokens, kept, ingredients, scopes.eventSentences);
  // Without a right phrase or combination nothing can be overridden or merged.
  if (kept.length === 0) return { items: [], cancelled, concepts: ingredients.mask, informationalCues, isRenewal, overriddenRights: 0, itemsUnderContract: undefined };
  const overridden = new Set<number>();
  // A sentence and the one it leans on hold no ingredient their field lacks: most fields name nothing a suppression reads.
  const suppressed = holdsAny(ingredients.mask, SUPPRESSING_MASK) ? applySuppressions(tokens, ingredients, kept, overridden) : undefined;
  if (suppressed !== undefined) cancelled += suppressed.cancelled;
  const unsubscribeStands = sentencesUnsubscribingBesideErasure(kept, rightPhraseCount, unsubscribeCombinations, ingredients, cues.ruleConcepts);
  addOverrides(tokens, kept, overridden, suppressed?.silenced, unsubscribeStands);
  const items = mergeEvidence(field, text, tokens, kept, overridden, recallingSentences);
  // An erasure the sender recalls ("I asked you in January to delete my data") is asked again by an ask of the thing named
  // before in a sentence of his own that recalls nothing ("Delete it now, properly."): it stands beside the complaint.
  if (recallingSentences.size > 0 && ingredients.sentences.some((own) => holdsAny(own.mask, ERASE_NAMED_MASK) && !recallingSentences.has(own.sentence))) {
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      if (item !== undefined && item.evidence.right === 'erasure') item.isRecalled = false;
    }
  }
  const itemsUnderContract = holdsAll(ingredients.mask, ADDRESS_MASK) ? itemsForContract(field, text, tokens, kept, overridden, ingredients, recallingSentences) : undefined;
  return { items, cancelled, concepts: ingredients.mask, informationalCues, isRenewal, overriddenRights: readOverriddenRights(kept, overridden), itemsUnderContract };
}

/** The right phrases and ingredients of a field that stand in the sender's own words, and how many right phrases were cancelled. */
function readOwnPhrases(
  text: string,
  tokens: TokenizedText,
  matches: readonly CueMatch[],
  active: Uint8Array | undefined,
  { cues, rulesWithOwnNegation, heading }: EvidenceContext,
  scopes: CueScopes,
  languageCode: number,
): OwnPhrases {
  const { ruleKinds, ruleRights, ruleConcepts, ruleLanguages, ruleMasksWords, ruleOverrides, ruleWeights, ruleTopics } = cues;
  const { hypotheticalSentences, reservedFrom } = scopes;
  const ingredients = new FieldIngredients();
  const kept: KeptPhrase[] = [];
  let cancelled = 0;
  // Where the sender's complaint words stand ("complaint", "klacht", "Beschwerde"), in text order; most fields have none.
  let complainFirsts: number[] | undefined;
  // Titles of mails of ours in quotation marks, as first, last token pairs in text order; most fields name none.
  const titles = namedTitles(text, tokens, matches, active, ruleKinds);
  let title = 0;
  // Read when the first contrasted value is met; most fields hold none.
  let namesOtherOwner: boolean | undefined;
  for (let index = 0; index < matches.length; index += 1) {
    const match = matches[index] as CueMatch;
    const ruleIndex = match.rule;
    const kind = ruleKinds[ruleIndex];
    const right = ruleRights[ruleIndex] ?? -1;
    const concept = ruleConcepts[ruleIndex] ?? -1;
    const isRight = kind === RIGHT_KIND && right >= 0;
    const isConcept = kind === CONCEPT_KIND && concept >= 0;
    if (!isRight && !isConcept && kind !== NEGATION_KIND) continue;
    const ruleLanguage = ruleLanguages[ruleIndex] ?? -1;
    if (ruleLanguage >= 0 && languageCode >= 0 && ruleLanguage !== languageCode) continue;
    if (kind === NEGATION_KIND) {
      const contrasted = contrastedValue(text, tokens, match);
      if (contrasted === undefined || (active !== undefined && (active[contrasted.first] !== 1 || active[contrasted.last] !== 1))) continue;
      // "My name is Ada, not Lina" beside someone else's data tells whose they are: that person is no value of the sender's.
      namesOtherOwner ??= holdsAny(heading ?? NO_CONCEPTS, OTHER_OWNER_MASK) || holdsConceptPhrase(matches, active, ruleKinds, ruleConcepts, OTHER_OWNER_MASK);
      if (!namesOtherOwner) ingredients.add(contrasted, WRONG_VALUE_CONCEPT, tokens.sentences[contrasted.first] ?? -1);
      continue;
    }
    if (active !== undefined && (active[match.first] !== 1 || active[match.last] !== 1)) {
      // A right asked in a letter the sender pasted to show us (his draft to another firm) is doubted, not his.
      if (isRight && active[match.first] === SET_OFF) cancelled += 1;
      continue;
    }
    // The title of a mail of ours names it and asks nothing: "un e-mail de votre part intitulé « Réponse à votre demande d'accès »".
    if (titles.length > 0) {
      while (title < titles.length && (titles[title + 1] ?? 0) < match.first) title += 2;
      if (title < titles.length && (titles[title] ?? 0) <= match.first && match.last <= (titles[title + 1] ?? -1)) {
        if (isRight) cancelled += 1;
        continue;
      }
    }
    const sentence = tokens.sentences[match.first] ?? -1;
    // Threats read as conditions ("if I don't hear from you, I will complain to the AP") still name the complaint.
    const isComplaintCue = right === COMPLAINT_RIGHT || concept === COMPLAIN_CONCEPT || concept === AUTHORITY_CONCEPT;
    const canBeNegated = !isComplaintCue && (isRight || (concept >= 0 && IS_ACTION_CONCEPT[concept] === 1));
    const isNegatedHere = canBeNegated && !rulesWithOwnNegation.has(ruleIndex) && isNegated(tokens, match, scopes);
    const reservation = reservedFrom.get(sentence);
    if (hypotheticalSentences.has(sentence) || (reservation !== undefined && match.last >= reservation) || isNegatedHere) {
      if (isRight) cancelled += 1;
      continue;
    }
    if (isConcept) {
      if (IS_READ_FROM_MATCHES[concept] === 1 || (isMasked(scopes, match) && ruleMasksWords[ruleIndex] !== 1)) continue;
      if (concept === COMPLAIN_CONCEPT) (complainFirsts ??= []).push(match.first);
      ingredients.add(match, concept, sentence);
      continue;
    }
    kept.push({
      first: match.first,
      last: match.last,
      sentence,
      right: RIGHT_LABELS[right] ?? 'access',
      overrides: OVERRIDE_LISTS[ruleOverrides[ruleIndex] ?? -1] ?? NO_OVERRIDES,
      weight: ruleWeights[ruleIndex] ?? 1,
      isTopic: ruleTopics[ruleIndex] === 1,
      lodgesComplaint: false,
    });
  }
  if (complainFirsts !== undefined) markLodgedComplaints(kept, complainFirsts);
  return { kept, ingredients, cancelled };
}

/** Whether the sender's own words (`active`) hold a concept phrase of `mask`. */
function holdsConceptPhrase(matches: readonly CueMatch[], active: Uint8Array | undefined, ruleKinds: Int8Array, ruleConcepts: Int8Array, mask: ConceptMask): boolean {
  return matches.some((match) => {
    const concept = ruleConcepts[match.rule] ?? -1;
    return ruleKinds[match.rule] === CONCEPT_KIND && concept >= 0 && (active === undefined || active[match.first] === 1) && holdsConcept(mask.low, mask.middle, mask.high, mask.top, concept);
  });
}

/** Whether the word at `start` reads as a value: a name or noun (a capital) or a number, not a verb or an adverb ("nicht löschen"). */
function isValueLike(text: string, start: number): boolean {
  const code = start < 0 ? NaN : text.charCodeAt(start);
  return (code >= 48 && code <= 57) || text.charAt(start) !== text.charAt(start).toLowerCase();
}

/**
 * A value set against the one before it, which calls the one set aside wrong: "My surname is Brennan, not Brannan.", "Mein
 * Nachname ist Köhler, nicht Kohler.". The negation opens a clause after a comma within its sentence, and a word or a few
 * after it end the sentence; the phrase runs from the word before the comma to the sentence's end.
 */
function contrastedValue(text: string, tokens: TokenizedText, negation: CueMatch): CueMatch | undefined {
  const { sentences, clauses, count, starts } = tokens;
  const first = negation.first;
  const sentence = sentences[first];
  if (first === 0 || sentences[first - 1] !== sentence || clauses[first - 1] === clauses[first] || !isValueLike(text, starts[first + 1] ?? -1)) return undefined;
  let last = first;
  while (last + 1 < count && sentences[last + 1] === sentence) {
    if (clauses[last + 1] !== clauses[first] || last - first === MAX_CONTRASTED_WORDS) return undefined;
    last += 1;
  }
  return last === first ? undefined : { rule: negation.rule, first: first - 1, last };
}

/**
 * Links each ingredient sentence to the one it follows up ("Please update it." leans on the sentence before it, when that
 * one holds ingredients), and groups the sentences into paragraphs where a paragraph-wide combination can hold.
 */
function linkFollowUps(tokens: TokenizedText, ingredients: FieldIngredients, kept: readonly KeptPhrase[], heading: ConceptMask | undefined): void {
  // Made once, when a follow-up first reaches two sentences back.
  let keptSentences: Set<number> | undefined;
  // Paragraphs are told apart only where a paragraph-wide combination can hold: most fields hold none.
  const readsParagraphs = ingredients.sentences.length > 1 && mayCombineAcrossParagraphs(RIGHT_COMBINATIONS, ingredients.mask, heading);
  // A loop, not forEach: a closure call per sentence in every field. The first sentence follows none.
  for (let index = 1; index < ingredients.sentences.length; index += 1) {
    const own = ingredients.sentences[index];
    const before = ingredients.sentences[index - 1];
    if (own === undefined || before === undefined) continue;
    const firstMatch = ingredients.matches[own.from];
    if (firstMatch === undefined) continue;
    if (readsParagraphs) {
      const beforeMatch = ingredients.matches[before.from];
      if (beforeMatch !== undefined && tokens.paragraphs[beforeMatch.first] === tokens.paragraphs[firstMatch.first]) ingredients.continueParagraph(own, before);
    }
    const followed = followedSentence(tokens, firstMatch.first);
    if (followed < 0) continue;
    if (followed === before.sentence) own.previous = before;
    if (!holdsAll(own.mask, ERASE_ASKED_MASK) && !holdsAll(own.mask, CORRECTION_ASKED_MASK)) continue;
    // "... you also have my date of birth. I see no reason for you to have it. Please remove it.": an erasure asked
    // reaches two sentences back, in its paragraph, for the contact detail when the sentence between names none; so
    // does a correction ("My name is Lopes-Mota. Your letters say 'Mr Mota'. Please correct it."), unless the sentence
    // between tells of something else that is wrong ("The router settings are wrong."): that is what it puts right.
    if (!holdsAll(own.mask, ERASE_ASKED_MASK) && followed === before.sentence && holdsAny(before.mask, WRONG_TOLD_MASK) && !holdsAny(before.mask, PERSONAL_DETAIL_MASK)) continue;
    const detailSentence = followed === before.sentence ? ingredients.sentences[index - 2] : followed === before.sentence + 1 ? before : undefined;
    if (detailSentence === undefined || detailSentence.sentence !== followed - 1 || !holdsAll(detailSentence.mask, CONTACT_DETAIL_MASK)) continue;
    if (followed === before.sentence && holdsAny(before.mask, OWN_OBJECT_MASK)) continue;
    const detailMatch = ingredients.matches[detailSentence.from];
    if (detailMatch === undefined || tokens.paragraphs[detailMatch.first] !== tokens.paragraphs[firstMatch.first]) continue;
    // A right asked in the sentence between is what the follow-up follows ("Die toestemming trek ik in.").
    keptSentences ??= new Set(kept.map((phrase) => phrase.sentence));
    if (keptSentences.has(followed)) continue;
    own.previous = detailSentence;
  }
}

/**
 * Keeps the rights that combinations of ingredients make, their words but the silent ones as evidence. Returns where
 * each unsubscribe made of ingredients asks it in its sentence: its ingredients but the mailing it names, first to last
 * (the mailing may be any of the sentence's); undefined where none does (most fields).
 */
function keepCombinations(ingredients: FieldIngredients, kept: KeptPhrase[], heading: ConceptMask | undefined, isTerse: boolean, { ruleConcepts, ruleTopics }: CompiledCues): KeptSpan[] | undefined {
  let unsubscribeCombinations: KeptSpan[] | undefined;
  for (const combined of combineConcepts(ingredients, RIGHT_COMBINATIONS, heading, isTerse)) {
    if (combined.right === 'unsubscribe' && combined.sentence >= 0) {
      let first = Number.MAX_SAFE_INTEGER;
      let last = -1;
      for (const ingredient of combined.ingredients) {
        if (IS_LEFT_MAILING_CONCEPT[ruleConcepts[ingredient.rule] ?? -1] === 1) continue;
        first = Math.min(first, ingredient.first);
        last = Math.max(last, ingredient.last);
      }
      if (last >= 0) (unsubscribeCombinations ??= []).push({ sentence: combined.sentence, first, last });
    }
    // A request for someone else's data is a topic too: an adviser's question and a processor's task read alike.
    // So is one made of a topic word ("Widerspruch gegen Werbung" heading a newsletter's item).
    const isTopic = combined.ingredients.some((match) => ruleConcepts[match.rule] === THEIR_DATA_CONCEPT || ruleTopics[match.rule] === 1);
    for (const ingredient of combined.ingredients) {
      if (IS_SILENT_CONCEPT[ruleConcepts[ingredient.rule] ?? -1] === 1) continue;
      kept.push({ first: ingredient.first, last: ingredient.last, sentence: combined.sentence, right: combined.right, overrides: combined.overrides, weight: 1, isTopic, lodgesComplaint: false });
    }
  }
  return unsubscribeCombinations;
}

/** What the suppressions of a field ruled out beyond `overridden`: rights whose phrases they silenced, and phrases they doubted. */
interface Suppressed {
  /** Rights ruled out by a suppression that also silences their phrases: they override nothing in that sentence. */
  silenced: ReadonlySet<number> | undefined;
  /** Phrases a doubting suppression ruled out, counted as cancelled. */
  cancelled: number;
}

/**
 * Rules out, in `overridden`, the rights a suppression reads in a sentence, or in the sentence a follow-up leans on ("You
 * keep calling to sell me the new rates. Stop it." stops the calls), and those of the sentences after a doubting one in
 * its paragraph that name no mailing of their own ("I keep getting the DMARC reports. Can I unsubscribe?").
 */
function applySuppressions(tokens: TokenizedText, ingredients: FieldIngredients, kept: readonly KeptPhrase[], overridden: Set<number>): Suppressed {
  let doubted: Set<number> | undefined;
  let silenced: Set<number> | undefined;
  // The first sentence of each paragraph that names what a doubting suppression reads, with its suppression.
  let doubtingParagraphs: Map<number, { sentence: number; suppression: (typeof SUPPRESSION_MASKS)[number] }> | undefined;
  for (const own of ingredients.sentences) {
    const leansOnBefore = !holdsAny(own.mask, OWN_OBJECT_MASK);
    for (const suppression of SUPPRESSION_MASKS) {
      // A follow-up that names a mailing of its own leans on nothing a doubting suppression reads ("Ticket updates are fine. Stop the newsletter.").
      const leans = leansOnBefore && own.previous !== undefined && !(suppression.doubts && holdsAny(own.mask, MAILING_MASK));
      // A follow-up leans on a suppression only where it held there.
      const isSuppressed =
        (holdsAll(own.mask, suppression.mask) || (leans && own.previous !== undefined && holdsAll(own.previous.mask, suppression.mask) && !holdsAny(own.previous.mask, suppression.unless))) &&
        !holdsAny(own.mask, suppression.unless);
      if (!isSuppressed) continue;
      for (const right of suppression.rights) {
        overridden.add(overrideKey(right, own.sentence));
        if (suppression.silences) (silenced ??= new Set()).add(overrideKey(right, own.sentence));
        if (suppression.doubts) (doubted ??= new Set()).add(overrideKey(right, own.sentence));
      }
      if (!suppression.doubts) continue;
      const paragraph = tokens.paragraphs[ingredients.matches[own.from]?.first ?? 0] ?? -1;
      doubtingParagraphs ??= new Map();
      if (!doubtingParagraphs.has(paragraph)) doubtingParagraphs.set(paragraph, { sentence: own.sentence, suppression });
    }
  }
  if (doubtingParagraphs !== undefined) {
    const sentenceMasks = new Map<number, ConceptMask>();
    for (const own of ingredients.sentences) sentenceMasks.set(own.sentence, own.mask);
    for (const item of kept) {
      const sentence = tokens.sentences[item.first] ?? -1;
      const doubting = doubtingParagraphs.get(tokens.paragraphs[item.first] ?? -1);
      if (doubting === undefined || doubting.sentence >= sentence || !doubting.suppression.rights.includes(item.right)) continue;
      const mask = sentenceMasks.get(sentence);
      if (mask !== undefined && (holdsAny(mask, doubting.suppression.unless) || holdsAny(mask, MAILING_MASK))) continue;
      overridden.add(overrideKey(item.right, sentence));
      (doubted ??= new Set()).add(overrideKey(item.right, sentence));
    }
  }
  return { silenced, cancelled: doubted === undefined ? 0 : doubtSuppressed(tokens, kept, doubted, overridden) };
}

/** Adds, in `overridden`, the rights each kept phrase overrides in its sentence, and those a right takes precedence over. */
function addOverrides(
  tokens: TokenizedText,
  kept: readonly KeptPhrase[],
  overridden: Set<number>,
  silenced: ReadonlySet<number> | undefined,
  unsubscribeStands: ReadonlySet<number> | undefined,
): void {
  for (let index = 0; index < kept.length; index += 1) {
    const item = kept[index] as KeptPhrase;
    // A mail-wide combination speaks for no sentence: its overrides reach the sentences of its ingredients.
    const overrideSentence = item.sentence >= 0 ? item.sentence : (tokens.sentences[item.first] ?? -1);
    if (silenced?.has(overrideKey(item.right, overrideSentence)) === true) continue;
    for (let right = 0; right < item.overrides.length; right += 1) {
      const overriddenRight = item.overrides[right] as RightLabel;
      if (overriddenRight === 'unsubscribe' && item.right === 'erasure' && unsubscribeStands?.has(overrideSentence) === true) continue;
      overridden.add(overrideKey(overriddenRight, overrideSentence));
    }
    for (let precedence = 0; precedence < RIGHT_PRECEDENCE.length; precedence += 1) {
      const rule = RIGHT_PRECEDENCE[precedence];
      if (rule !== undefined && rule.right === item.right) overridden.add(overrideKey(rule.over, item.sentence));
    }
  }
}

/** The rights (bits by index in `RIGHT_LABELS`) that the phrases left standing override or take precedence over. */
function readOverriddenRights(kept: readonly KeptPhrase[], overridden: ReadonlySet<number>): number {
  let overriddenRights = 0;
  for (let index = 0; index < kept.length; index += 1) {
    const item = kept[index] as KeptPhrase;
    // A mail-wide right takes over only its ingredients' sentences, not a subject that asks otherwise.
    if (item.sentence < 0 || overridden.has(overrideKey(item.right, item.sentence))) continue;
    for (const right of item.overrides) overriddenRights |= 1 << RIGHT_LABELS.indexOf(right);
    for (const precedence of RIGHT_PRECEDENCE) if (precedence.right === item.right) overriddenRights |= 1 << RIGHT_LABELS.indexOf(precedence.over);
  }
  return overriddenRights;
}

/**
 * The items read as if the mail named a contract: moving house under an insurance or energy contract, and only the other
 * field may name the contract, so both readings are kept. Undefined when no sentence gives a home address that this
 * overrides more in (most fields).
 */
function itemsForContract(
  field: 'subject' | 'body',
  text: string,
  tokens: TokenizedText,
  kept: readonly KeptPhrase[],
  overridden: ReadonlySet<number>,
  ingredients: FieldIngredients,
  recallingSentences: ReadonlySet<number>,
): WeighedEvidence[] | undefined {
  let underContract: Set<number> | undefined;
  for (const own of ingredients.sentences) {
    const givesHomeAddress = isHomeAddress(own.mask) || (own.previous !== undefined && !holdsAny(own.mask, MAIL_ADDRESS_MASK) && isHomeAddress(own.previous.mask));
    if (!givesHomeAddress) continue;
    const key = overrideKey('rectification', own.sentence);
    if (!overridden.has(key)) (underContract ??= new Set(overridden)).add(key);
  }
  return underContract === undefined ? undefined : mergeEvidence(field, text, tokens, kept, underContract, recallingSentences);
}

/**
 * Counts the phrases ruled out by a doubting suppression (`doubted`: right and sentence keys). A mail-wide combination
 * speaks for no sentence: it is ruled out, in `overridden`, when every one of its ingredients sits in a doubted sentence
 * ("remove me from the monitoring alerts mailing list" is no mailing of ours). One pass over the phrases.
 */
function doubtSuppressed(tokens: TokenizedText, kept: readonly KeptPhrase[], doubted: ReadonlySet<number>, overridden: Set<number>): number {
  let count = 0;
  let mailWide: Map<RightLabel, boolean> | undefined;
  for (const item of kept) {
    if (item.sentence >= 0) {
      if (doubted.has(overrideKey(item.right, item.sentence))) count += 1;
      continue;
    }
    const isDoubted = doubted.has(overrideKey(item.right, tokens.sentences[item.first] ?? -1));
    mailWide ??= new Map();
    mailWide.set(item.right, (mailWide.get(item.right) ?? true) && isDoubted);
  }
  mailWide?.forEach((isDoubted, right) => {
    if (!isDoubted) return;
    overridden.add(overrideKey(right, -1));
    count += 1;
  });
  return count;
}

/** Where a right made of ingredients lies: its sentence, and its first and last ingredient's tokens. */
interface KeptSpan {
  sentence: number;
  first: number;
  last: number;
}

/** The sender in his sentence ("me", "my"); what an erasure takes besides him. */
const SENDER_MASK = maskConcepts(['me']);
/** The sender himself as what is removed: "remove me", "haal me eraf", "forget me". */
export const SENDER_REMOVED_MASK = maskConcepts(['removeMe', 'eraseMe']);
const ERASED_DATA_MASK = maskConcepts(['myData', 'everything', 'theirData']);
const THEIR_DATA_MASK = maskConcepts(['theirData']);

/**
 * Sentences where an erasure that names the mailing list as one more place to erase from ("remove my details
 * from your CRM and your mailing lists", erasure alone) leaves the sender's unsubscribe standing beside it: he
 * asks it in a phrase of its own, apart from the erasure ("unsubscribe me from your newsletter and delete my
 * record from your CRM"), or what he has removed is himself, not his data ("remove me from your newsletter and
 * from your customer database"). Undefined when no erasure in the field takes an unsubscribe over.
 * One pass over the phrases: the erasures of a sentence are read as one span, from the first to the last.
 */
function sentencesUnsubscribingBesideErasure(
  kept: readonly KeptPhrase[],
  rightPhraseCount: number,
  unsubscribeCombinations: readonly KeptSpan[] | undefined,
  ingredients: FieldIngredients,
  ruleConcepts: ArrayLike<number>,
): Set<number> | undefined {
  let erasureSpans: Map<number, { first: number; last: number }> | undefined;
  for (const item of kept) {
    if (item.right !== 'erasure' || !item.overrides.includes('unsubscribe')) continue;
    erasureSpans ??= new Map();
    const span = erasureSpans.get(item.sentence);
    if (span === undefined) erasureSpans.set(item.sentence, { first: item.first, last: item.last });
    else {
      span.first = Math.min(span.first, item.first);
      span.last = Math.max(span.last, item.last);
    }
  }
  if (erasureSpans === undefined) return undefined;
  const standing = new Set<number>();
  const bySender = new Map<number, SentenceIngredients>();
  for (const own of ingredients.sentences) {
    if (!erasureSpans.has(own.sentence) || !holdsAny(own.mask, SENDER_MASK)) continue;
    bySender.set(own.sentence, own);
    // "Löschen Sie ihn auch aus den Newsletter-Tabellen" after a customer's erasure request removes the customer, not the sender.
    if (holdsAny(own.mask, SENDER_REMOVED_MASK) && !holdsAny(own.mask, ERASED_DATA_MASK) && !holdsAny(ingredients.mask, THEIR_DATA_MASK)) standing.add(own.sentence);
  }
  for (let index = 0; index < rightPhraseCount; index += 1) {
    const item = kept[index];
    if (item === undefined || item.right !== 'unsubscribe' || !bySender.has(item.sentence)) continue;
    const span = erasureSpans.get(item.sentence);
    if (span !== undefined && !overlaps(item, span)) standing.add(item.sentence);
  }
  // So does one made of ingredients, its verb and a mailing of the sentence both outside the erasure: "stop all marketing
  // to me and delete my details from your marketing systems".
  for (const combination of unsubscribeCombinations ?? []) {
    const span = erasureSpans.get(combination.sentence);
    const own = bySender.get(combination.sentence);
    if (span === undefined || own === undefined || standing.has(combination.sentence)) continue;
    if (overlaps(combination, span)) continue;
    for (let index = own.from; index < own.to; index += 1) {
      const match = ingredients.matches[index];
      if (match === undefined || IS_LEFT_MAILING_CONCEPT[ruleConcepts[match.rule] ?? -1] !== 1 || overlaps(match, span)) continue;
      standing.add(combination.sentence);
      break;
    }
  }
  return standing;
}

/** Whether two token spans share a token. */
function overlaps(span: { first: number; last: number }, other: { first: number; last: number }): boolean {
  return span.last >= other.first && span.first <= other.last;
}

/** A sentence that gives a home address, not a mail address. */
function isHomeAddress(mask: ConceptMask): boolean {
  return holdsAll(mask, ADDRESS_MASK) && !holdsAny(mask, MAIL_ADDRESS_MASK);
}

/** Words that make an unsubscribe about mail after all: a mailing list, marketing, invitations that keep coming. */
const MAILING_MASK = maskConcepts(['mailingList', 'marketing', 'invitations']);

function namesMailing(masks: ReadonlyMap<number, ConceptMask>, sentence: number): boolean {
  const mask = masks.get(sentence);
  return mask !== undefined && holdsAny(mask, MAILING_MASK);
}

/**
 * Removes from `kept` the unsubscribe phrases of a short sentence that follows up on one naming an event
 * one registers for ("Ich bin für die Schulung am Freitag angemeldet. Können Sie mich abmelden?"), when
 * neither names a mailing or marketing: the sender leaves the event. In one sentence the lexicons'
 * suppositions judge it ("stop sending me webinar invitations" is unsubscribe). Returns how many it removed.
 */
function leaveEvents(tokens: TokenizedText, kept: KeptPhrase[], ingredients: FieldIngredients, eventSentences: ReadonlySet<number>): number {
  const masks = new Map<number, ConceptMask>();
  for (const own of ingredients.sentences) masks.set(own.sentence, own.mask);
  let removed = 0;
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const item = kept[index];
    if (item === undefined || item.right !== 'unsubscribe') continue;
    const sentence = tokens.sentences[item.first] ?? -1;
    const before = followedSentence(tokens, item.first);
    if (before < 0 || eventSentences.has(sentence) || !eventSentences.has(before) || namesMailing(masks, sentence) || namesMailing(masks, before)) continue;
    kept.splice(index, 1);
    removed += 1;
  }
  return removed;
}

/** A sentence this short can lean on the one before it ("Graag aanpassen.", "Please fix that."). */
const MAX_FOLLOW_UP_WORDS = 8;
/** Elisions make two tokens of a word; this bounds the walk over a sentence of them all the same. */
const MAX_FOLLOW_UP_TOKENS = 2 * MAX_FOLLOW_UP_WORDS;

/**
 * The sentence that the sentence of `token` follows up on: the one before it in the same paragraph,
 * when it is short; else -1. Reads at most the follow-up's own words.
 */
function followedSentence(tokens: TokenizedText, token: number): number {
  const { sentences } = tokens;
  const sentence = sentences[token];
  // An elision or contraction ("c'est", "l'adresse", "I'm") is two tokens but one word: counted as one.
  let words = isElision(tokens, token) ? 0 : 1;
  let start = token;
  while (start > 0 && sentences[start - 1] === sentence) {
    start -= 1;
    if (!isElision(tokens, start)) words += 1;
    if (words > MAX_FOLLOW_UP_WORDS || token - start >= MAX_FOLLOW_UP_TOKENS) return -1;
  }
  let end = token + 1;
  while (end < tokens.count && sentences[end] === sentence) {
    if (!isElision(tokens, end)) words += 1;
    end += 1;
    if (words > MAX_FOLLOW_UP_WORDS || end - start > MAX_FOLLOW_UP_TOKENS) return -1;
  }
  if (start === 0 || tokens.paragraphs[start] !== tokens.paragraphs[start - 1]) return -1;
  return sentences[start - 1] ?? -1;
}

/** A word of one or two letters written against the next with an apostrophe: "c'est", "l'adresse", "qu'il", "I'm", "it's". */
function isElision(tokens: TokenizedText, position: number): boolean {
  const start = tokens.starts[position] ?? 0;
  const end = tokens.ends[position] ?? 0;
  return end - start <= 2 && position + 1 < tokens.count && APOSTROPHES.has(tokens.folded[end] ?? 0) && tokens.starts[position + 1] === end + 1;
}

/**
 * Marks the half complaints that hold a complaint word of the sender's ("consider this a formal complaint", "als klacht
 * vastleggen", "dien ik hierbij een klacht in"): a complaint lodged with us, not a grievance told ("zonder mijn medeweten",
 * "zum dritten Mal"). Phrases and words both come in text order, so one pass over each.
 */
function markLodgedComplaints(kept: KeptPhrase[], complainFirsts: readonly number[]): void {
  let next = 0;
  for (const phrase of kept) {
    if (phrase.right !== 'complaint' || phrase.weight >= 1) continue;
    while (next < complainFirsts.length && (complainFirsts[next] ?? 0) < phrase.first) next += 1;
    if ((complainFirsts[next] ?? Number.POSITIVE_INFINITY) <= phrase.last) phrase.lodgesComplaint = true;
  }
}

/** How far a title in quotation marks may run: a subject line, not a quoted paragraph. */
const MAX_TITLE_CHARS = 120;
const NO_TITLES: readonly number[] = [];

/**
 * The titles of mails, letters or attachments of ours that the sender names (`mailTitle` cues) and sets in quotation marks
 * right after the naming words ("your mail titled « ... »", "uw bericht 'Uw inzageverzoek'", "Ihre Nachricht zu Ticket #4711
 * „...“"), as first, last token pairs in text order. Each naming phrase reads at most `MAX_TITLE_CHARS` characters: linear.
 */
function namedTitles(text: string, tokens: TokenizedText, matches: readonly CueMatch[], active: Uint8Array | undefined, ruleKinds: ArrayLike<number>): readonly number[] {
  let titles: number[] | undefined;
  for (const match of matches) {
    if (ruleKinds[match.rule] !== MAIL_TITLE_KIND || (active !== undefined && active[match.last] !== 1)) continue;
    // Between the naming words and the title: spaces, a colon, a ticket number ("#50117").
    let open = tokens.ends[match.last] ?? 0;
    while (open < text.length && isTitleLead(text.charCodeAt(open))) open += 1;
    const opening = text.charCodeAt(open);
    if (!QUOTE_MARKS.has(opening)) continue;
    const close = titleEnd(text, tokens, open, opening);
    if (close < 0) continue;
    let last = match.last;
    while (last + 1 < tokens.count && (tokens.starts[last + 1] ?? close) < close) last += 1;
    if (last > match.last) (titles ??= []).push(match.last + 1, last);
  }
  return titles ?? NO_TITLES;
}

function isTitleLead(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 58 || code === 35 || (code >= 48 && code <= 57);
}

/** Where a title opened at `open` closes on its line, within `MAX_TITLE_CHARS`; -1 when it does not. An apostrophe in a word ("d'accès") closes nothing. */
function titleEnd(text: string, tokens: TokenizedText, open: number, opening: number): number {
  const limit = Math.min(text.length, open + 1 + MAX_TITLE_CHARS);
  for (let index = open + 1; index < limit; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) return -1;
    if (!QUOTE_MARKS.has(code) || code === 0xab || code === 0x201e || code === 0x201a) continue;
    if (APOSTROPHES.has(code) && isLetterAt(tokens, index - 1) && isLetterAt(tokens, index + 1)) continue;
    return opening === 0x22 && code !== 0x22 ? -1 : index;
  }
  return -1;
}
