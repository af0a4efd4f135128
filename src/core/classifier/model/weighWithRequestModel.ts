import { RIGHT_LABELS } from '../../rights/rightLabel.ts';
import type { RightLabel } from '../../rights/rightLabel.ts';
import type { Classification, Evidence } from '../classification.ts';
import { scoreConfidence } from '../scoreConfidence.ts';
import { locateModelEvidence } from './locateModelEvidence.ts';
import type { FoldedFields } from './extractModelFeatures.ts';
import type { RequestModel } from './requestModel.ts';
import { findStrongestNgrams, readRequestProbability, readRightProbabilities } from './scoreModelProbability.ts';
import type { ModelReading, StrongestNgrams, StrongNgram } from './scoreModelProbability.ts';
import { describeRulesVerdict, verdictRange, weighVerdict, withStrongestRight, type FactsWithoutRights } from './weighVerdict.ts';

/**
 * Verdict probability above which a mail is a request. Chosen on fresh emails nobody had tuned on
 * (figures in the model README): where the rules and the models disagree, recall counts more than
 * precision, since a missed request costs a legal deadline.
 */
export const VERDICT_THRESHOLD = 0.3;

/** When the verdict model has a say; see `VERDICT_THRESHOLD` and `MIN_KNOWN_WORD_SHARE`. */
export interface VerdictLimits {
  /** A mail is a request above this verdict probability. */
  threshold: number;
  /** Below this share of words the models know, they have no say. */
  minKnownWordShare: number;
}

/** The text the rules read. */
export interface RulesReading {
  subject: string;
  /** The converted body, as far as the rules examined it. */
  bodyText: string;
  /** `subject` and `bodyText` folded as the rules read them (their tokens hold them), which the models need not fold again. */
  folded?: FoldedFields;
  /** The body's lines the rules read as the sender's (no quoted reply, signature or footer), built only when asked. */
  readSendersLines?: () => string;
}

/**
 * The models were trained on Dutch, English, German and French mail: where they know fewer than this
 * share of the words (another language, code, a table of figures), their probabilities mean little and
 * the rules' word stands. In the corpus 1 in 100 mails is below 0.64; a Spanish access letter is at 0.40.
 */
export const MIN_KNOWN_WORD_SHARE = 0.5;

/**
 * A mail shorter than this (words the n-gram models read) gives them too little to go on: a one-line
 * request ("I exercise my right to be forgotten.") can score below 0.01 with nothing in it against a
 * request, and a short look-alike in the first person ("Ik heb nooit een account aangevraagd, maar krijg
 * wel een activatiemail") above 0.99. On such a mail the rules' "request" stands, and their "no" yields
 * only to a request probability above `SHORT_MAIL_FIND_ABOVE` where a right model also names a right
 * (above `RIGHT_PROBABILITY`): "nu echt eraf" under a complaint about the newsletter. The verdict model
 * learns from longer mail only.
 */
export const SHORT_MAIL_WORDS = 25;
export const SHORT_MAIL_FIND_ABOVE = 0.95;

/**
 * Whether the rules' verdict stands without the models: a breach report (a miss costs the 72-hour
 * notification deadline), a request a business customer passes on for someone it serves (its words are
 * the customer's everyday business, which the models learnt as no request), and a "no" the rules doubt,
 * since it came from privacy phrases they read closer than a word model can and cancelled (negated,
 * informational): that one yields only to models sure of it (`weighDoubtedNo`), never to the verdict.
 *
 * @example
 * isLeftToRules({ ...rules, isPrivacyRequest: true, rights: ['breach_report'] }) // true
 */
export function isLeftToRules(rules: Classification): boolean {
  return rules.isPrivacyRequest ? rules.rights.includes('breach_report') || rules.isPassedOnByCustomer === true : rules.needsReview;
}

/** How far the models weigh in on a mail: not at all, by the short-mail rule, or by the verdict model. */
export type ModelSay = 'none' | 'shortMail' | 'verdict';

/**
 * How far the models weigh in on what the rules decided: not at all where `isLeftToRules` or where
 * they know fewer than `minKnownWordShare` of the words; by the short-mail rule below
 * `SHORT_MAIL_WORDS`; else by the verdict model. One rule for classifying and for training.
 *
 * @example
 * findModelSay(rules, readRequestProbability(subject, bodyText, model), MIN_KNOWN_WORD_SHARE) // 'verdict'
 */
export function findModelSay(rules: Classification, reading: ModelReading, minKnownWordShare: number): ModelSay {
  if (isLeftToRules(rules) || !knowsEnoughWords(reading, minKnownWordShare)) return 'none';
  return reading.words < SHORT_MAIL_WORDS ? 'shortMail' : 'verdict';
}

function knowsEnoughWords({ words, knownWords }: ModelReading, minKnownWordShare: number): boolean {
  return knownWords >= words * minKnownWordShare;
}

/** A right is named when its own model says more likely than not. */
const RIGHT_PROBABILITY = 0.5;
/** Evidence n-grams shown per right: enough to see why, few enough to read. */
const EVIDENCE_PER_RIGHT = 3;
/** Short single words ("me", "3", "A") carry weight in the model but explain nothing to a reader. */
const MIN_EVIDENCE_WORD_LENGTH = 4;

/**
 * The first `EVIDENCE_PER_RIGHT` of the strongest n-grams that explain something: word pairs, and
 * words of `MIN_EVIDENCE_WORD_LENGTH` or more, counted as the n-gram spells them (with its negation mark).
 */
function pickEvidenceNgrams({ ngrams, words }: StrongestNgrams): StrongNgram[] {
  const picked: StrongNgram[] = [];
  for (const ngram of ngrams) {
    if (picked.length === EVIDENCE_PER_RIGHT) break;
    const { firstWord } = ngram;
    const spelledLength = (words.ends[firstWord] ?? 0) - (words.starts[firstWord] ?? 0) + (words.isNegated[firstWord] ?? 0);
    if (ngram.isPair || spelledLength >= MIN_EVIDENCE_WORD_LENGTH) picked.push(ngram);
  }
  return picked;
}

/** The evidence for `right` from the strongest n-grams of one n-gram model (`right`'s own, or the request model). */
function findModelEvidence(ngramModel: 'request' | RightLabel, right: RightLabel, subject: string, bodyText: string, model: RequestModel): Evidence[] {
  const strongest = findStrongestNgrams(subject, bodyText, model, ngramModel);
  return locateModelEvidence(pickEvidenceNgrams(strongest), right, strongest.words, subject, bodyText);
}

/** The verdict once the right models are read. */
function weighWithRights(model: RequestModel, facts: FactsWithoutRights, rightProbabilities: Record<RightLabel, number>): number {
  return weighVerdict(model.verdict, withStrongestRight(facts, rightProbabilities));
}

/**
 * A right model this sure that the mail does not ask its right sets aside the rules' reading of that
 * right, and this sure that it does adds the right the rules missed. In 1,600 emails neither the rules
 * nor the models were fitted on, the classifier named 73 rights not asked and missed 83; the right models,
 * trained on 14,307 emails of every kind of writer, put many of the first under 1 in 3,000 and of the
 * second above 0.98, which took rights micro-F1 there from 0.930 to 0.947 (figures in the model README).
 */
export const RIGHT_SET_ASIDE_BELOW = 0.0003;
export const RIGHT_ADDED_ABOVE = 0.98;

/**
 * A complaint alone names a breach report beside it where the breach model is this sure: a complaint that one of ours passed the
 * sender's private number or mail to someone else reports that disclosure too (corpus README), and the rules read the passing on
 * in the complaint's words ("Formele klacht: mijn nummer doorgegeven"). On the fresh rounds h190-h341 (30,400 emails) 0.7 and 0.8
 * added 21 breach reports asked and none not asked, 0.98 (`RIGHT_ADDED_ABOVE`) 9, and 0.5 three not asked besides; on the corpus,
 * cross-validated, 0.8 added one, asked.
 */
export const COMPLAINT_BREACH_ADDED_ABOVE = 0.8;

/** How sure a right model must be to add its right: beside a complaint alone, only a breach report is added. */
function addedAbove(right: RightLabel, isComplaintAlone: boolean): number {
  if (!isComplaintAlone) return RIGHT_ADDED_ABOVE;
  return right === 'breach_report' ? COMPLAINT_BREACH_ADDED_ABOVE : Infinity;
}

/**
 * The rights of a request the rules found, as the right models weigh them: a right they are sure is not
 * asked is set aside, one they are sure is asked is added, with their strongest n-grams as its evidence.
 * A breach report named alone stays whatever they say (a miss costs the 72-hour deadline), and so does one
 * beside a complaint alone, which complains of it (corpus README: a disclosure told inside a complaint);
 * beside another right that stays, it is weighed like any right: in 15,107 emails the models put 10 such
 * breach reports below `RIGHT_SET_ASIDE_BELOW`, none of them asked. To a complaint alone they add a breach
 * report only (`COMPLAINT_BREACH_ADDED_ABOVE`). Where they would leave no right the rules' rights stand.
 * `read`: the right probabilities when the verdict already read them.
 */
function weighRuleRights(rules: Classification, subject: string, bodyText: string, model: RequestModel, read?: Record<RightLabel, number>): Classification {
  const probabilities = read ?? readRightProbabilities(subject, bodyText, model);
  const setAside = rules.rights.filter((right) => right !== 'breach_report' && probabilities[right] < RIGHT_SET_ASIDE_BELOW);
  // A complaint alone is about a request the mail recalls ("Op 3 februari vroeg ik inzage ... Ik heb een klacht ingediend bij de
  // AP"), which the rules read as background and the models read as asked: on h190-h237 the rights they added there were 12 not
  // asked and 5 asked, on the corpus, cross-validated, 9 and 4. Only a breach report is added to it (`COMPLAINT_BREACH_ADDED_ABOVE`).
  const isComplaintAlone = rules.rights.length === 1 && rules.rights[0] === 'complaint';
  const added = RIGHT_LABELS.filter((right) => !rules.rights.includes(right) && probabilities[right] > addedAbove(right, isComplaintAlone));
  // A complaint beside the breach report is about it (a disclosure complained of): it leaves the breach report alone too.
  const othersKept = rules.rights.some((right) => right !== 'breach_report' && right !== 'complaint' && !setAside.includes(right)) || added.length > 0;
  if (othersKept && rules.rights.includes('breach_report') && probabilities.breach_report < RIGHT_SET_ASIDE_BELOW) setAside.push('breach_report');
  if (setAside.length === 0 && added.length === 0) return rules;
  if (setAside.length === rules.rights.length && added.length === 0) return rules;
  const rights = RIGHT_LABELS.filter((right) => added.includes(right) || (rules.rights.includes(right) && !setAside.includes(right)));
  const evidence = rules.evidence.filter((item) => !setAside.includes(item.right));
  for (const right of added) evidence.push(...findModelEvidence(right, right, subject, bodyText, model));
  return {
    ...rules,
    rights,
    evidence,
    ...(added.length > 0 ? { rightsAddedByModel: added } : {}),
    ...(setAside.length > 0 ? { rightsSetAsideByModel: setAside } : {}),
  };
}

function pickRights(probabilities: Record<RightLabel, number>): RightLabel[] {
  const likely = RIGHT_LABELS.filter((right) => probabilities[right] > RIGHT_PROBABILITY);
  if (likely.length > 0) return likely;
  const best = RIGHT_LABELS.reduce((a, b) => (probabilities[b] > probabilities[a] ? b : a));
  return [best];
}

/**
 * Gives the models their say on what the rules decided, unless `isLeftToRules` (a doubted "no" yields
 * only to models sure of a request in the sender's own lines: `weighDoubtedNo`). The verdict model
 * weighs the rules' verdict, the request model's probability, the length of the mail and the
 * strongest right model's probability (read only when the others leave the verdict open). Where the
 * verdict says request and the rules did not, the mail becomes a request that needs review, with the
 * rights the right models find likely and the n-grams that argued for them as evidence. Where it says
 * no and the rules found a request, that request is set aside for review, its rule evidence kept so
 * staff see what was found. Where a rule request stands (a breach report and a request passed on by a
 * customer among them) in a mail of `SHORT_MAIL_WORDS` or more, the right models weigh its rights
 * (`weighRuleRights`). A mail in which the models know less than `limits.minKnownWordShare` of the words
 * is left to the rules. Otherwise the rules' result is returned unchanged. Call it only for mails that
 * are not automatic replies.
 *
 * @example
 * weighWithRequestModel(rulesResult, { subject, bodyText }, SHIPPED_REQUEST_MODEL, { threshold: 0.3, minKnownWordShare: 0.5 }).needsReview
 */
export function weighWithRequestModel(rules: Classification, reading: RulesReading, model: RequestModel, limits: VerdictLimits): Classification {
  if (!rules.isPrivacyRequest && isLeftToRules(rules)) return weighDoubtedNo(rules, reading, model, limits);
  const { subject, bodyText, folded } = reading;
  // Most mails that are no request stop after this first look, which builds no n-grams and no list of the strongest ones.
  const requestReading = readRequestProbability(subject, bodyText, model, folded);
  if (!knowsEnoughWords(requestReading, limits.minKnownWordShare)) return rules;
  const say = findModelSay(rules, requestReading, limits.minKnownWordShare);
  // A rule request left to the rules keeps its verdict; in a long mail its rights are weighed all the same.
  if (say === 'none') {
    return requestReading.words < SHORT_MAIL_WORDS ? rules : weighRuleRights(rules, subject, bodyText, model);
  }
  const { probability } = requestReading;
  let rightProbabilities: Record<RightLabel, number> | undefined;
  let confidence = probability;
  if (say === 'shortMail') {
    if (rules.isPrivacyRequest || !(probability > SHORT_MAIL_FIND_ABOVE)) return rules;
    rightProbabilities = readRightProbabilities(subject, bodyText, model);
    if (!RIGHT_LABELS.some((right) => (rightProbabilities?.[right] ?? 0) > RIGHT_PROBABILITY)) return rules;
  } else {
    const facts = describeRulesVerdict(rules, probability);
    const [lowest, highest] = verdictRange(model.verdict, facts);
    // The nine right models are read only where they can tip the verdict, or to name a found request's rights.
    const isOpen = lowest <= limits.threshold && highest > limits.threshold;
    if (isOpen) rightProbabilities = readRightProbabilities(subject, bodyText, model);
    const isRequest = rightProbabilities === undefined ? lowest > limits.threshold : weighWithRights(model, facts, rightProbabilities) > limits.threshold;
    if (isRequest === rules.isPrivacyRequest) {
      return isRequest ? weighRuleRights(rules, subject, bodyText, model, rightProbabilities) : rules;
    }
    if (isRequest) {
      rightProbabilities ??= readRightProbabilities(subject, bodyText, model);
      confidence = weighWithRights(model, facts, rightProbabilities);
    }
  }
  if (rules.isPrivacyRequest && standsAboveQuoted(rules, reading, requestReading.words, model)) return rules;
  if (rules.isPrivacyRequest) {
    const doubtedNo = scoreConfidence({ isPrivacyRequest: false, strongest: 0, cancelled: 0, setAside: true, isSubjectOnly: false });
    return { ...rules, ...doubtedNo, isPrivacyRequest: false, rights: [], isSetAsideByModel: true };
  }
  return findRequestByModels(rules, reading, model, rightProbabilities ?? readRightProbabilities(subject, bodyText, model), confidence);
}

/**
 * A rules' request this sure (a right asked in so many words, an article cited) in the sender's own lines above a quoted mail at
 * least as long stands against the verdict: the models read the quoted mail too, and a notice of ours quoted below ("We have
 * updated our privacy statement") reads to them as no request. On h222–h229, measured before this rule, it kept four requests
 * set aside so ("Under Art. 15 GDPR please send me a copy ..."); cross-validated on the project corpus, and on
 * h190–h221 and the public corpus, it changed nothing. At 0.9 the corpus gained three false alarms.
 */
const SURE_RULES_CONFIDENCE = 0.98;

/**
 * How likely the request model must find a request in the sender's own lines alone for a rules' request there, above a quoted
 * mail, to stand (`standsAboveQuoted`). On h318-h325 it kept three requests in short replies above a quoted newsletter, report
 * or quote; h190-h261 and the corpus cross-validated gained two each, the other fresh rounds nothing, and no false alarm came
 * anywhere. 0.3 kept the same, 0.8 fewer.
 */
const OWN_LINES_FIND_ABOVE = 0.5;

/**
 * Whether a rules' request in the sender's own lines above a quoted or forwarded mail stands against the verdict: the models read
 * the quoted mail too, so their doubt is about it. It stands where the rules are as sure as they get (`SURE_RULES_CONFIDENCE`) and
 * the sender's lines are less than half of the text, and where those lines are a short mail (fewer than `SHORT_MAIL_WORDS` words)
 * above a quoted one at least as long again ("Afmelden graag." above our newsletter): a short mail's request is the rules' to find.
 * Longer lines above such a quoted mail stand where the models, reading them alone, find a request more likely than not
 * (`OWN_LINES_FIND_ABOVE`): "Willen jullie mijn e-mailadres wijzigen? ..." above our licence overview, which the models read as
 * the whole mail. A signature or a phone's sign-off left out ("Verstuurd vanaf mijn iPhone") makes no quoted mail. The sender's
 * lines are read once, and only where one of these can hold.
 */
function standsAboveQuoted(rules: Classification, reading: RulesReading, wordsRead: number, model: RequestModel): boolean {
  const isSure = rules.confidence >= SURE_RULES_CONFIDENCE;
  const mayBeShort = wordsRead >= 2 * SHORT_MAIL_WORDS;
  if (!isSure && !mayBeShort) return false;
  const sendersLines = reading.readSendersLines?.();
  if (sendersLines === undefined || sendersLines === reading.bodyText) return false;
  if (isSure && sendersLines.length * 2 < reading.bodyText.length) return true;
  if (!mayBeShort) return false;
  const own = readRequestProbability(reading.subject, sendersLines, model);
  return own.words < SHORT_MAIL_WORDS || own.probability > OWN_LINES_FIND_ABOVE;
}

/**
 * A "no" of the rules turned into a request the models found: it needs review, names the rights
 * `pickRights` finds likely and shows their models' strongest n-grams as evidence.
 */
function findRequestByModels(
  rules: Classification,
  { subject, bodyText }: RulesReading,
  model: RequestModel,
  rightProbabilities: Record<RightLabel, number>,
  confidence: number,
): Classification {
  const rights = pickRights(rightProbabilities);
  const evidence: Evidence[] = [];
  for (const right of rights) evidence.push(...findModelEvidence(right, right, subject, bodyText, model));
  const [firstRight] = rights as [RightLabel];
  return {
    ...rules,
    isPrivacyRequest: true,
    rights,
    confidence,
    needsReview: true,
    isModelDecision: true,
    evidence: evidence.length > 0 ? evidence : findModelEvidence('request', firstRight, subject, bodyText, model),
  };
}

/**
 * A "no" the rules doubt yields to the models only where they are as sure as they must be to find a
 * request in a short mail and to add a right to a rule request: the request model above
 * `SHORT_MAIL_FIND_ABOVE` and a right model above `RIGHT_ADDED_ABOVE`, both in the whole mail and in the
 * sender's own lines (the models read a quoted reply too, and thanks above a quoted request ask nothing).
 * The rules doubt what they read as told for information, asked hypothetically or negated, and on fresh
 * mail that doubt hides a request the models see plainly: "please take <address> off your mailing list"
 * under a complaint that the unsubscribe link is broken. Figures in the model README.
 */
function weighDoubtedNo(rules: Classification, reading: RulesReading, model: RequestModel, limits: VerdictLimits): Classification {
  const { subject, bodyText, folded } = reading;
  const sure = readSure(subject, bodyText, model, limits, folded);
  if (sure === undefined) return rules;
  // The models read quoted replies too: the request must stand in the sender's own lines, not only in the mail he answers.
  const sendersLines = reading.readSendersLines?.() ?? bodyText;
  if (sendersLines !== bodyText && readSure(subject, sendersLines, model, limits) === undefined) return rules;
  return findRequestByModels(rules, reading, model, sure.rightProbabilities, sure.probability);
}

/** What the models read in a mail, when they are sure of a request in it (`weighDoubtedNo`), else undefined. */
function readSure(subject: string, text: string, model: RequestModel, limits: VerdictLimits, foldedText?: FoldedFields): SureReading | undefined {
  const requestReading = readRequestProbability(subject, text, model, foldedText);
  const { probability } = requestReading;
  if (!knowsEnoughWords(requestReading, limits.minKnownWordShare) || !(probability > SHORT_MAIL_FIND_ABOVE)) return undefined;
  const rightProbabilities = readRightProbabilities(subject, text, model);
  return RIGHT_LABELS.some((right) => rightProbabilities[right] > RIGHT_ADDED_ABOVE) ? { probability, rightProbabilities } : undefined;
}

/** What the models read in a mail they are sure of. */
interface SureReading {
  probability: number;
  rightProbabilities: Record<RightLabel, number>;
}
