import type { Classification } from './classification.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { acceptedOfferEvidence } from './acceptedOffer.ts';
import { bareStopUnderMailingSubject, bareSubjectUnsubscribe, bareUnsubscribeEvidence, unsubscribeInReplyToMailing } from './bareUnsubscribe.ts';
import { collectEvidence, type EvidenceContext, type FieldEvidence } from './collectEvidence.ts';
import { addConcept, emptyMask, holdsAll, holdsAny, joinMasks, maskConcepts, type ConceptMask } from './conceptMask.ts';
import { CUE_KIND_CODES } from './compileCueRules.ts';
import { CUE_LEXICON } from './cueLexicon.ts';
import { decideRights } from './decideRights.ts';
import { detectLanguage } from './detectLanguage.ts';
import { DOUBLE_QUOTE_MARKS, findZones, readZoneLines } from './findZones.ts';
import { readHtmlText, type HtmlText } from './htmlToText.ts';
import type { IncomingEmail } from './incomingEmail.ts';
import { firstVisible, isQuoteMarkAt } from './lineShape.ts';
import { createFrequentWords, matchCues, type CueMatch } from './matchCues.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';
import type { RequestModel } from './model/requestModel.ts';
import { MIN_KNOWN_WORD_SHARE, VERDICT_THRESHOLD, weighWithRequestModel } from './model/weighWithRequestModel.ts';
import { SHIPPED_REQUEST_MODEL } from './model/shippedRequestModel.ts';
import { REQUEST_CONCEPTS, type RequestConcept } from './requestConcept.ts';
import { rulesWithOwnNegation } from './rulesWithOwnNegation.ts';
import { scoreConfidence } from './scoreConfidence.ts';
import { createTokenArrays, tokenizeText, type TokenizedText } from './tokenizeText.ts';

export interface ClassifyOptions {
  /** How many characters of the body text are read; the rest is ignored. Default 100,000. */
  maxBodyChars?: number;
  /** The trained model that weighs the rules' verdict; default the shipped one. */
  requestModel?: RequestModel;
  /** Verdict probability above which a mail is a request; default `VERDICT_THRESHOLD`. */
  verdictThreshold?: number;
  /** The rules' result without the model, as the evaluation compares and the model is trained on. */
  rulesAlone?: boolean;
}

const DEFAULT_MAX_BODY_CHARS = 100_000;
const MAX_SUBJECT_CHARS = 2_000;
const OWN_NEGATION = rulesWithOwnNegation(CUE_LEXICON);
/** One mention of a training or a policy is common in real requests; a mail about privacy has several. */
const MIN_INFORMATIONAL_CUES = 2;
const REPLY_PREFIXES = new Set(['re', 'aw', 'antw', 'sv', 'vs', 'rif', 'odp']);
const FORWARD_PREFIXES = new Set(['fw', 'fwd', 'doorst', 'wg', 'tr', 'weitergeleitet', 'trans']);
const DIRECT_MASK = maskConcepts(['direct']);
const COPY_FOR_ME_MASK = maskConcepts(['copyForMe']);
const CONTRACT_MASK = maskConcepts(['contractAdmin', 'contractPaper']);
const LEGAL_POWER_MASK = maskConcepts(['legalPower']);
/** The sender's own data or himself as what is asked about: a debtor asking what was passed to the bailiff still asks his right. */
const OWN_DATA_CONCEPTS: readonly RequestConcept[] = ['myData', 'eraseMe', 'removeMe'];
const OWN_DATA_MASK = maskConcepts(OWN_DATA_CONCEPTS);
/** The sender's data named as his; "delete her" (`eraseMe`) may be said of a colleague whose account goes. */
const MY_DATA_MASK = maskConcepts(['myData']);
const NOT_TO_ERASE_MASK = maskConcepts(['notToErase']);
/**
 * Rules citing the GDPR article of a data subject's right ("Art. 15 DSGVO", "artikel 15 AVG"): a lawyer who asks it for
 * his client in a criminal case exercises the client's right. Not Art. 77, which shares its number with other codes'
 * articles ("article 77-1 du Code de procédure pénale").
 */
const CITES_SUBJECT_RIGHT = Uint8Array.from(CUE_LEXICON.rules, (rule) => (rule.kind === 'right' && rule.right !== 'complaint' && rule.pattern.startsWith('@article ') ? 1 : 0));

/** Whether the sender's own words cite the article of a data subject's right (`CITES_SUBJECT_RIGHT`). */
function citesSubjectRight(matches: readonly CueMatch[], active: Uint8Array | undefined): boolean {
  return matches.some((match) => CITES_SUBJECT_RIGHT[match.rule] === 1 && (active === undefined || active[match.first] === 1));
}
/**
 * The subject's and the body's tokens are written into arrays kept between mails: nothing a
 * classification returns holds them, and writing them there saves a copy of every token and fourteen
 * typed arrays a mail. Entries past a text's token count are left from earlier mails.
 */
const SUBJECT_TOKEN_ARRAYS = createTokenArrays();
const BODY_TOKEN_ARRAYS = createTokenArrays();
/** The frequent words the subject and the body hold, for detectLanguage alone: kept between mails too. */
const SUBJECT_FREQUENT_WORDS = createFrequentWords();
const BODY_FREQUENT_WORDS = createFrequentWords();

const { autoReply: AUTO_REPLY, autoReplyReceived: AUTO_REPLY_RECEIVED, informational: INFORMATIONAL, replyMarker: REPLY_MARKER } = CUE_KIND_CODES;
/** An automatic reply says so in its opening lines (the first two paragraphs of a body). */
const MAX_AUTO_REPLY_PARAGRAPH = 1;

/** How far back on its line a quote opened before a phrase is looked for: a quoted phrase is short, and the look stays linear. */
const QUOTE_LOOKBACK_CHARS = 200;

/** Whether `start` lies inside double quotation marks opened on its line, within `QUOTE_LOOKBACK_CHARS` before it. */
function isInQuotationMarks(text: string, start: number): boolean {
  let marks = 0;
  for (let index = start - 1; index >= 0 && index >= start - QUOTE_LOOKBACK_CHARS; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) break;
    if (DOUBLE_QUOTE_MARKS.has(code)) marks += 1;
  }
  return marks % 2 === 1;
}

/**
 * Whether a field says it is an automatic reply: in the subject, or in the opening paragraphs of the
 * body (`field` given); a sender telling of one he got ("I only got an automatic reply") does not,
 * nor one quoting its words in the body ("a note that says \"mailbox set to auto-reply\"").
 */
function hasAutoReplyCue(matches: readonly CueMatch[], field?: { text: string; tokens: TokenizedText }): boolean {
  const { ruleKinds } = CUE_LEXICON;
  let toldOf: ToldSpans | undefined;
  for (const match of matches) {
    if (ruleKinds[match.rule] !== AUTO_REPLY) continue;
    if (field !== undefined && ((field.tokens.paragraphs[match.first] ?? 2) > MAX_AUTO_REPLY_PARAGRAPH || isInQuotationMarks(field.text, field.tokens.starts[match.first] ?? 0))) continue;
    toldOf ??= toldSpans(matches);
    if (!isToldOf(toldOf, match)) return true;
  }
  return false;
}

/**
 * The spans in which a sender tells of an automatic reply he got (or, given `isSpan`, of other matches), in text order: where
 * each starts, and the farthest token any of them up to it reaches. One cue is then checked by a binary search,
 * not a walk over every match: a field of such tellings once took time quadratic in its length.
 */
interface ToldSpans {
  firsts: number[];
  farthestLasts: number[];
}

function toldSpans(matches: readonly CueMatch[], isSpan: (match: CueMatch) => boolean = isAutoReplyReceived): ToldSpans {
  const firsts: number[] = [];
  const farthestLasts: number[] = [];
  let farthest = -1;
  // Matches come in text order (by first token), so the spans do too.
  for (const told of matches) {
    if (!isSpan(told)) continue;
    farthest = Math.max(farthest, told.last);
    firsts.push(told.first);
    farthestLasts.push(farthest);
  }
  return { firsts, farthestLasts };
}

function isAutoReplyReceived(match: CueMatch): boolean {
  return CUE_LEXICON.ruleKinds[match.rule] === AUTO_REPLY_RECEIVED;
}

/** Whether a cue overlaps one of the spans (a telling of an automatic reply): one starting at or before its end reaches its start. */
function isToldOf(toldOf: ToldSpans, cue: CueMatch): boolean {
  const { firsts, farthestLasts } = toldOf;
  let low = 0;
  let high = firsts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((firsts[middle] ?? 0) <= cue.last) low = middle + 1;
    else high = middle;
  }
  return low > 0 && (farthestLasts[low - 1] ?? -1) >= cue.first;
}

/**
 * The subject's evidence, less a right the body reads otherwise and never asks itself: a right the body
 * takes its sentences over from (objection beside restriction), or a subject that repeats the words of a
 * body phrase of another right ("remove me" above "Please remove me from your mailing list"). The
 * subject then only announces that body sentence.
 */
function subjectItemsBesideBody(subject: FieldEvidence, body: FieldEvidence): WeighedEvidence[] {
  if (subject.items.length === 0 || body.items.length === 0) return subject.items;
  return subject.items.filter((item) => {
    const { right, text } = item.evidence;
    if (body.items.some((other) => other.evidence.right === right)) return true;
    if ((body.overriddenRights & (1 << RIGHT_LABELS.indexOf(right))) !== 0) return false;
    const words = text.toLowerCase();
    return !body.items.some((other) => other.evidence.text.toLowerCase().includes(words));
  });
}

/**
 * The subject's items, then the body's. One function for every join: an empty list of items and one that holds evidence are
 * arrays of two kinds, and a join written in place saw only empty subjects on a chase until one with evidence came, some 5,000
 * mails into a batch, and threw away the compiled classifyEmail. Here both kinds are seen on the first mails.
 */
function joinItems(subjectItems: readonly WeighedEvidence[], bodyItems: readonly WeighedEvidence[]): WeighedEvidence[] {
  return [...subjectItems, ...bodyItems];
}

/** Thanks or a word that says what was done is right; and words that ask something more ("please", "could I", "but"). */
const THANKS_CONCEPT = REQUEST_CONCEPTS.indexOf('thanksDone');
/** A request filed as a case and told by its state or handling ("- afgehandeld", "Bestätigung", "draft", "FYI"). */
const CASE_STATUS_FLAGS = conceptFlags(['caseStatus']);
/** The sender asks how he himself must answer a request made to his firm ("hoe moet ik dat aanpakken?"), by whom, and whether he asks us to act. */
const OWN_HANDLING_FLAGS = conceptFlags(['ownHandling']);
const OWN_REQUESTER_FLAGS = conceptFlags(['ownRequester']);
const ASKS_US_FLAGS = conceptFlags(['asksUs']);
const OWN_DATA_FLAGS = conceptFlags(OWN_DATA_CONCEPTS);
/** A shop elsewhere the sender bought from ("een webshop waar ik iets bestelde"): a leak it told him of is none of ours. */
const OTHER_SHOP_MASK = maskConcepts(['otherShop']);
/**
 * Errands of another kind that share words with a request: a processing agreement asked for or discussed ("so einen
 * Datenschutzvertrag"), a mailing subscribed to ("weer lid worden"), whether a message or a caller came from us ("zijn jullie
 * dat?"), a login lost ("wachtwoord kwijt").
 */
const OTHER_ERRAND_FLAGS = conceptFlags(['processingAgreement', 'otherErrand']);
/** A mailing's greeting of a general reader or the reason it reaches him ("Beste lezer", "you are receiving this email because"). */
const GENERAL_READER_FLAGS = conceptFlags(['generalReader']);
const CUSTOMERS_GREETED_FLAGS = conceptFlags(['customersGreeted']);
/** The sender takes back a mail he sent us ("please ignore my previous email", "negeer mijn vorige mail"). */
const RETRACTS_MAIL_FLAGS = conceptFlags(['retractsMail']);
/** A mail sent wrong by one of the sender's own people, and the firm's own duty to notify asked. */
const OWN_SLIP_FLAGS = conceptFlags(['ownSlip']);
const ASKS_NO_DATA_FLAGS = conceptFlags(['asksNoData']);
const OUT_OF_USE_FLAGS = conceptFlags(['outOfUse']);
const THEIR_ACCOUNT_FLAGS = conceptFlags(['theirAccount']);
const NOTIFY_DUTY_FLAGS = conceptFlags(['notifyDuty']);
const COPY_DECLINED_FLAGS = conceptFlags(['copyDeclined']);
/**
 * Errands read by whether the mail names a mailing: one asked for by a pronoun ("Kan ik hem ook krijgen?") where it does, a
 * contract ended ("alles opzeggen") where it does not ("de nieuwsbrief opzeggen" leaves a mailing).
 */
const ASKS_TO_RECEIVE_FLAGS = conceptFlags(['asksToReceive']);
const ENDS_CONTRACT_FLAGS = conceptFlags(['endsContract']);
const MAILING_MASK = maskConcepts(['mailingList']);
const SURVEYS_MASK = maskConcepts(['surveys']);
const CORRECTION_MASK = maskConcepts(['correct', 'newValue']);
const LOST_DEVICE_MASK = maskConcepts(['lostDevice']);
// Not the device left somewhere (`exposed`): "I left my work phone on the bus" names the loss, not what was on it.
const DATA_ON_DEVICE_MASK = maskConcepts(['dataHolding', 'otherPerson', 'myData', 'myMailbox', 'privateMatter', 'myPersonalData']);
const THEIR_DATA_MASK = maskConcepts(['theirData']);
const WANTS_MAILING_MASK = maskConcepts(['wantsMailing']);
const MARKETING_MASK = maskConcepts(['marketing']);
const MAILING_OR_INVITATION_MASK = maskConcepts(['mailingList', 'invitations']);
const ASKS_MASK = maskConcepts(['theyAsked', 'asksMore', 'wrongValue']);
const { concept: CONCEPT } = CUE_KIND_CODES;

/** One flag per concept index: 1 for the concepts named. */
function conceptFlags(names: readonly RequestConcept[]): Uint8Array {
  return Uint8Array.from(REQUEST_CONCEPTS, (name) => (names.includes(name) ? 1 : 0));
}

/**
 * Whether a field names one of the concepts flagged in `flags` (`conceptFlags`), which `collectEvidence` leaves to be read
 * from the matches (`caseStatus`), in the sender's own words when `active` is given.
 */
function namesConcept(matches: readonly CueMatch[], flags: Uint8Array, active?: Uint8Array): boolean {
  return matches.some((match) => isConceptOf(match, flags) && (active === undefined || active[match.first] === 1));
}

/**
 * The distinct concepts a field's matches name, in the sender's own words when read with `active`: `namesConcept` asked of
 * the subject or the body at some twenty places a mail walked the matches each time, a closure call per match until V8
 * compiled it. Read once per field; kept from mail to mail (classifyEmail never runs twice at once), a concept marked with
 * the number of the reading that named it.
 */
class NamedConcepts {
  private readonly namedIn = new Uint32Array(REQUEST_CONCEPTS.length);
  private reading = 0;
  private readonly concepts: number[] = [];

  /** Reads the concepts of `matches` (those starting in `active` when given), forgetting the field read before. */
  read(matches: readonly CueMatch[], active: Uint8Array | undefined): this {
    this.reading = this.reading === 0xffffffff ? 1 : this.reading + 1;
    if (this.reading === 1) this.namedIn.fill(0);
    this.concepts.length = 0;
    const { ruleKinds, ruleConcepts } = CUE_LEXICON;
    for (let index = 0; index < matches.length; index += 1) {
      const match = matches[index] as CueMatch;
      if (ruleKinds[match.rule] !== CONCEPT || (active !== undefined && active[match.first] !== 1)) continue;
      const concept = ruleConcepts[match.rule] ?? -1;
      if (concept < 0 || this.namedIn[concept] === this.reading) continue;
      this.namedIn[concept] = this.reading;
      this.concepts.push(concept);
    }
    return this;
  }

  /** Whether the field read last names a concept flagged in `flags`: `namesConcept` of the same matches. */
  names(flags: Uint8Array): boolean {
    for (let index = 0; index < this.concepts.length; index += 1) if (flags[this.concepts[index] ?? -1] === 1) return true;
    return false;
  }
}

const SUBJECT_NAMED = new NamedConcepts();
const BODY_NAMED = new NamedConcepts();

/**
 * Whether a body names a concept flagged in `flags` above the mail it quotes: the first reply marker ("Op ... schreef",
 * "From: ... Sent:") that `findZones` left unread opens an older mail, and so does the first unread line quoted with "> "
 * without such a marker; what that mail says is not the sender's.
 */
function namesConceptAboveQuote(matches: readonly CueMatch[], flags: Uint8Array, active: Uint8Array, text: string, tokens: TokenizedText): boolean {
  for (const match of matches) {
    if (active[match.first] === 0 && (CUE_LEXICON.ruleKinds[match.rule] === REPLY_MARKER || isOnQuotedLine(text, tokens.starts[match.first] ?? 0))) return false;
    if (isConceptOf(match, flags)) return true;
  }
  return false;
}

/**
 * Whether the line that holds `start` opens with ">" (after spaces), as `findZones` reads a quote line, looking back at most
 * `QUOTE_LOOKBACK_CHARS` for the line's start.
 */
function isOnQuotedLine(text: string, start: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) {
    if (lineStart <= start - QUOTE_LOOKBACK_CHARS) return false;
    lineStart -= 1;
  }
  return isQuoteMarkAt(text, firstVisible(text, lineStart, start), start);
}

/**
 * Whether the sender's own words (`active`) ask us to act ("kunnen jullie dat exporteren?"), not only for advice: an ask of
 * us that an advice question spans ("can you tell me whether ...", "Können Sie mir zeigen, wie ...") asks how to handle it.
 */
function asksUsToAct(matches: readonly CueMatch[], active: Uint8Array): boolean {
  let advice: ToldSpans | undefined;
  for (const match of matches) {
    if (!isConceptOf(match, ASKS_US_FLAGS) || active[match.first] !== 1) continue;
    advice ??= toldSpans(matches, (other) => isConceptOf(other, OWN_HANDLING_FLAGS));
    if (!isToldOf(advice, match)) return true;
  }
  return false;
}

/**
 * Whether the sender's own words (`active`, or all of a subject) name his own data outside a sentence that tells of someone he
 * serves asking: "One of our patients emailed us asking for 'a copy of all the data you hold about me'" reports the patient's
 * words, not his.
 */
function namesOwnDataUnreported(matches: readonly CueMatch[], active: Uint8Array | undefined, sentences: Int32Array): boolean {
  let reported: Set<number> | undefined;
  for (const match of matches) if (isConceptOf(match, OWN_REQUESTER_FLAGS) && (active === undefined || active[match.first] === 1)) (reported ??= new Set()).add(sentences[match.first] ?? -1);
  return matches.some((match) => isConceptOf(match, OWN_DATA_FLAGS) && (active === undefined || active[match.first] === 1) && reported?.has(sentences[match.first] ?? -1) !== true);
}

/**
 * Advice on answering a request that someone the sender serves made to his firm, his own data named nowhere and nothing asked
 * of us: "One of my clients emailed asking what I hold about her. How long have I got?". A processor request asks us to act
 * ("Kunnen jullie haar mailbox exporteren?"). The question may stand in the subject ("DSAR – what should we do?"). A request
 * the sender forwards with such words, told in words that inform (`informational`: "Do we need to ...", "we'll answer it
 * ourselves", "advice"), is his requester's: its "me" and "my data" are the requester's, so only the forwarder's own words are
 * read for what he asks and names ("A former employee of ours sent the mail below. Do we need to answer within a month?"),
 * and so is the forward's subject. Without such words the forward may ask us for the requester's data ("Could you tell us
 * whether her calls are recorded and give us copies?").
 */
function asksOwnHandling(
  subjectMatches: readonly CueMatch[],
  subjectTokens: TokenizedText,
  subjectConcepts: ConceptMask,
  bodyText: string,
  bodyTokens: TokenizedText,
  bodyMatches: readonly CueMatch[],
  bodyConcepts: ConceptMask,
  active: Uint8Array,
  isForward: boolean,
): boolean {
  // Most mails name no requester of the sender's own: the forwarder's words are looked for only then.
  if (!namesConcept(bodyMatches, OWN_REQUESTER_FLAGS, active)) return false;
  const forwarderWords = findZones(bodyText, bodyTokens, bodyMatches, CUE_LEXICON, { isForward, readsForwarded: false });
  const readsRequesterApart = bodyMatches.some((match) => CUE_LEXICON.ruleKinds[match.rule] === INFORMATIONAL && forwarderWords[match.first] === 1);
  const asksIn = (own: Uint8Array): boolean =>
    namesConcept(bodyMatches, OWN_REQUESTER_FLAGS, own) &&
    (namesConcept(subjectMatches, OWN_HANDLING_FLAGS) || namesConcept(bodyMatches, OWN_HANDLING_FLAGS, own)) &&
    !asksUsToAct(bodyMatches, own) &&
    // A subject that tells who asked reports the request too: "Customer asked us to forget her - do we ...?". A forward's
    // subject is the requester's ("Fwd: my data").
    !(holdsAny(subjectConcepts, OWN_DATA_MASK) && !(isForward && readsRequesterApart) && namesOwnDataUnreported(subjectMatches, undefined, subjectTokens.sentences)) &&
    !(holdsAny(bodyConcepts, OWN_DATA_MASK) && namesOwnDataUnreported(bodyMatches, own, bodyTokens.sentences));
  // A forwarder who calls the mail he passes on advice asked ("a customer's question, they ask us for nothing") passes on the
  // customer's question: the requester and the question may be the customer's words as well as his own.
  return asksIn(readsRequesterApart ? forwarderWords : active) || (readsRequesterApart && asksIn(active));
}

function isConceptOf(match: CueMatch, flags: Uint8Array): boolean {
  return CUE_LEXICON.ruleKinds[match.rule] === CONCEPT && flags[CUE_LEXICON.ruleConcepts[match.rule] ?? -1] === 1;
}

/**
 * Whether the sender's own words (`active`) thank or confirm and ask nothing. Read from the matches, not the ingredients: thanks
 * for an overview ("Dank voor het overzicht") is a sentence the lexicon reads as a supposition, whose ingredients are dropped.
 */
function onlyThanks(matches: readonly CueMatch[], active: Uint8Array): boolean {
  const { ruleKinds, ruleConcepts } = CUE_LEXICON;
  const asks = emptyMask();
  let thanks = false;
  for (const match of matches) {
    if (ruleKinds[match.rule] !== CONCEPT || active[match.first] !== 1) continue;
    const concept = ruleConcepts[match.rule] ?? -1;
    if (concept === THANKS_CONCEPT) thanks = true;
    else if (concept >= 0) addConcept(asks, concept);
  }
  return thanks && !holdsAny(asks, ASKS_MASK);
}

/** The forwarder's own words say the mail only informs in three cues at least: one or two ("FYI") also sit above requests passed on to us. */
const MIN_FORWARDER_INFORMATIONAL_CUES = 3;
/**
 * Under a forward's subject that files the request as a case and tells its state ("FW: Verzoek tot verwijdering - afgehandeld",
 * "WG: Löschantrag Keller – erledigt"), one cue ("ter info") is enough: the subject already says the request is dealt with.
 */
const MIN_CASE_FORWARDER_INFORMATIONAL_CUES = 1;

/**
 * The forwarder's own words, without the forwarded mail, when they say the mail only informs ("nur zur Info,
 * kein Handlungsbedarf", "aucune action n'est nécessaire de votre côté", "ter info"): a request forwarded for
 * information asks nothing of us, so its phrases are read as cancelled. Undefined when the body forwards
 * nothing or its own words say nothing of the kind.
 */
function forwarderWordsIfInforming(text: string, tokens: TokenizedText, matches: readonly CueMatch[], active: Uint8Array, isForward: boolean, minCues: number): Uint8Array | undefined {
  const own = findZones(text, tokens, matches, CUE_LEXICON, { isForward, readsForwarded: false });
  let forwardsSomething = false;
  for (let index = 0; index < tokens.count && !forwardsSomething; index += 1) forwardsSomething = active[index] === 1 && own[index] === 0;
  if (!forwardsSomething) return undefined;
  // Two phrases found at one word ("article 28" by two entries) are one cue; matches come in text order.
  let informationalCues = 0;
  let lastCueStart = -1;
  for (const match of matches) {
    if (CUE_LEXICON.ruleKinds[match.rule] !== INFORMATIONAL || own[match.first] !== 1 || match.first === lastCueStart) continue;
    informationalCues += 1;
    lastCueStart = match.first;
  }
  return informationalCues >= minCues ? own : undefined;
}

/**
 * Reads the sender's own lines of a body when asked, and only then. Made here and returned unnamed: the CLI and the bench
 * run the sources through a loader that keeps function names by redefining `name` on every named closure as it is made,
 * one property definition per mail for an arrow written in place.
 */
function sendersLinesReader(bodyText: string, bodyTokens: TokenizedText, active: Uint8Array): () => string {
  return () => readZoneLines(bodyText, bodyTokens, active);
}

/**
 * Decides whether an email is a data-subject request, which rights it invokes and which words decided
 * it. Deterministic, never throws, reads at most `maxBodyChars` of the body text.
 *
 * @example
 * classifyEmail({ subject: 'Inzageverzoek', body: 'Graag een kopie van mijn gegevens.' }).rights // ['access']
 */
export function classifyEmail(email: IncomingEmail, options: ClassifyOptions = {}): Classification {
  const subject = typeof email.subject === 'string' ? email.subject.slice(0, MAX_SUBJECT_CHARS) : '';
  const requestedCap = options.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS;
  const maxBodyChars = Number.isNaN(requestedCap) ? DEFAULT_MAX_BODY_CHARS : Math.max(0, Math.floor(requestedCap));
  // Converting one character past the cap is enough to know whether the body was truncated.
  const body = typeof email.body === 'string' ? email.body : '';
  // The text is the one `emailBodyToText` gives, read only as far as the cap needs.
  const { text: bodyText, isWholeSource }: HtmlText = email.bodyType === 'html' ? readHtmlText(body, maxBodyChars + 1) : { text: body, isWholeSource: true };
  const examinedChars = Math.min(bodyText.length, maxBodyChars);

  const subjectTokens = tokenizeText(subject, subject.length, SUBJECT_TOKEN_ARRAYS, CUE_LEXICON);
  const subjectMatches = matchCues(subjectTokens, CUE_LEXICON, undefined, SUBJECT_FREQUENT_WORDS);
  const bodyTokens = tokenizeText(bodyText, examinedChars, BODY_TOKEN_ARRAYS, CUE_LEXICON);
  const bodyMatches = matchCues(bodyTokens, CUE_LEXICON, undefined, BODY_FREQUENT_WORDS);
  // The token arrays hold an earlier mail's tokens past the count: a subject without words has no first word.
  const firstSubjectWord = subjectTokens.count > 0 ? subject.slice(subjectTokens.starts[0] ?? 0, subjectTokens.ends[0] ?? 0).toLowerCase() : '';
  const isForward = FORWARD_PREFIXES.has(firstSubjectWord);
  // Options of one shape in both calls: a second shape met late recompiles findZones.
  const active = findZones(bodyText, bodyTokens, bodyMatches, CUE_LEXICON, { isForward, readsForwarded: true });

  const language = detectLanguage([
    { frequentWords: SUBJECT_FREQUENT_WORDS, active: undefined },
    { frequentWords: BODY_FREQUENT_WORDS, active },
  ]);
  // Both contexts are built alike, so collectEvidence sees objects of one shape.
  const context: EvidenceContext = { cues: CUE_LEXICON, rulesWithOwnNegation: OWN_NEGATION, language, heading: undefined };
  // The subject of a reply is the old thread's subject: it tells what was asked before, not now.
  const isReply = REPLY_PREFIXES.has(firstSubjectWord);
  const subjectEvidence = collectEvidence('subject', subject, subjectTokens, isReply ? [] : subjectMatches, undefined, context);
  const bodyContext: EvidenceContext = { cues: CUE_LEXICON, rulesWithOwnNegation: OWN_NEGATION, language, heading: subjectEvidence.concepts };
  const readBody = collectEvidence('body', bodyText, bodyTokens, bodyMatches, active, bodyContext);
  // Read once each: the checks below ask them what the subject, and the sender's own words in the body, name.
  const subjectNames = SUBJECT_NAMED.read(subjectMatches, undefined);
  const bodyNames = BODY_NAMED.read(bodyMatches, active);
  // Read once: it lowers the forwarder's cues needed below and sets the subject's own phrases aside further down.
  const subjectFilesCase = subjectNames.names(CASE_STATUS_FLAGS);
  // Only a mail with evidence and a cue that it informs can be a request forwarded for information.
  const forwarderCues = isForward && subjectFilesCase ? MIN_CASE_FORWARDER_INFORMATIONAL_CUES : MIN_FORWARDER_INFORMATIONAL_CUES;
  const forwarderWords =
    readBody.items.length > 0 && readBody.informationalCues > 0 ? forwarderWordsIfInforming(bodyText, bodyTokens, bodyMatches, active, isForward, forwarderCues) : undefined;
  let bodyEvidence: FieldEvidence = readBody;
  if (forwarderWords !== undefined) {
    // Only the forwarder's words count; the forwarded request's phrases count as cancelled.
    const own = collectEvidence('body', bodyText, bodyTokens, bodyMatches, forwarderWords, bodyContext);
    bodyEvidence = { ...own, cancelled: own.cancelled + readBody.items.length };
  }
  // A forward is sent by a person: in "Fwd: Undeliverable: Erasure request" the subject names the bounce he passes on, and the
  // request it bounced is read as any forwarded one; his note may tell of someone away ("assigned to Marieke, on leave till 27/7").
  // So is a reply: "RE: Afwezigheidsmelding" answers our automatic reply.
  const isAutoReply = (!isForward && !isReply && hasAutoReplyCue(subjectMatches)) || (!isForward && hasAutoReplyCue(bodyMatches, { text: bodyText, tokens: bodyTokens }));

  const isRenewal = subjectEvidence.isRenewal || bodyEvidence.isRenewal;
  const mailConcepts = joinMasks(subjectEvidence.concepts, bodyEvidence.concepts);
  // Read on every mail, not only beside a legal power or a slip of the sender's own people: V8 compiles only the calls it has
  // seen made, and each of these, made first on the first such mail some 5,000 mails into a batch, threw away the compiled
  // classifyEmail.
  const namesOwnData = holdsAny(mailConcepts, OWN_DATA_MASK);
  const citesRight = citesSubjectRight(subjectMatches, undefined) || citesSubjectRight(bodyMatches, active);
  const namesOwnSlip = bodyNames.names(OWN_SLIP_FLAGS);
  const asksNotifyDuty = subjectNames.names(NOTIFY_DUTY_FLAGS) || bodyNames.names(NOTIFY_DUTY_FLAGS);
  const mailFacts = {
    isInformational: subjectEvidence.informationalCues + bodyEvidence.informationalCues >= MIN_INFORMATIONAL_CUES,
    isAutoReply,
    // A direct transfer that also sends the sender a copy ("und senden Sie mir zusätzlich eine Kopie") is access too.
    isDirectTransfer:
      (holdsAll(subjectEvidence.concepts, DIRECT_MASK) || holdsAll(bodyEvidence.concepts, DIRECT_MASK)) &&
      !holdsAny(mailConcepts, COPY_FOR_ME_MASK),
    // A copy declined in the sender's own words ("I don't need a copy myself"), none asked beside it.
    declinesCopy: bodyNames.names(COPY_DECLINED_FLAGS) && !holdsAny(mailConcepts, COPY_FOR_ME_MASK),
    isRenewal,
    // Someone else's data demanded under a legal power: a police, bailiff's, tax or insolvency demand.
    isDemandForOthersData:
      holdsAny(mailConcepts, LEGAL_POWER_MASK) &&
      !namesOwnData &&
      !citesRight,
    // Advice on answering a request that someone the sender serves made to his firm (`asksOwnHandling`).
    asksOwnHandling: asksOwnHandling(subjectMatches, subjectTokens, subjectEvidence.concepts, bodyText, bodyTokens, bodyMatches, bodyEvidence.concepts, active, isForward),
    refusesErasure: holdsAny(mailConcepts, NOT_TO_ERASE_MASK),
    // A lost or stolen device told with no data on it named ("Mijn telefoon is weg, graag op afstand wissen", "Handy verloren
    // - bitte löschen") is IT work; with client files, payslips or mail on it, it is a breach reported (corpus README).
    // The owner's account to be reset ("en het wachtwoord van zijn account opnieuw instellen") is no data on the device.
    losesDeviceOnly:
      holdsAny(mailConcepts, LOST_DEVICE_MASK) &&
      !holdsAny(mailConcepts, DATA_ON_DEVICE_MASK) &&
      (!holdsAny(mailConcepts, THEIR_DATA_MASK) || bodyNames.names(THEIR_ACCOUNT_FLAGS)),
    // The sender keeps a mailing ("happy to keep getting your newsletter"), no marketing named: beside an objection, what he asks to
    // stop is the tracking or profiling objected to, not the mailing.
    keepsMailing: holdsAny(mailConcepts, WANTS_MAILING_MASK) && !holdsAny(mailConcepts, MARKETING_MASK),
    // A correction asked in so many words ("please correct", "my new address is"), not only a value called wrong.
    asksCorrection: holdsAny(mailConcepts, CORRECTION_MASK),
    // Surveys named, and no mailing or marketing beside them: "stop sending me those" leaves the surveys (objection), no mailing.
    // A mailing the sender keeps beside them is `keepsMailing`.
    namesOnlySurveys: holdsAny(mailConcepts, SURVEYS_MASK) && !holdsAny(mailConcepts, MARKETING_MASK) && !holdsAny(mailConcepts, MAILING_OR_INVITATION_MASK),
    // A party writing about a case that says it asks no personal data of us ("We are not requesting any personal data for
    // now"), and names none of its own, exercises no right: what it asks about (backups kept, how long) is no restriction.
    asksNoData: bodyNames.names(ASKS_NO_DATA_FLAGS) && !namesOwnData,
    // A request or mail taken back ("Mijn verzoek mag u als ingetrokken zien", "please ignore my previous email"), the body
    // asking nothing beyond what it recalls: whatever the subject or the recalled request names is set aside with it.
    withdrawsRequest: bodyEvidence.items.every((item) => item.isRecalled) && bodyNames.names(RETRACTS_MAIL_FLAGS),
    // A departed colleague's account or mailbox erased, exported or opened for the firm ("Kevin left us three months ago. Could you
    // now delete his mailbox?"), with no one asking for him and no data of the sender's named: offboarding, no right served. A
    // forward passes on someone's own words, which may ask it.
    tidiesLeaverAccount:
      !isForward &&
      bodyNames.names(OUT_OF_USE_FLAGS) &&
      bodyNames.names(THEIR_ACCOUNT_FLAGS) &&
      !subjectNames.names(OWN_REQUESTER_FLAGS) &&
      !bodyNames.names(OWN_REQUESTER_FLAGS) &&
      !citesRight &&
      !holdsAny(mailConcepts, MY_DATA_MASK),
    // A mail one of the sender's own people sent wrong, told with the question whether his firm must notify it ("een van onze
    // leidsters heeft ... naar de verkeerde ouder gemaild. Moeten wij dat melden bij de AP?"), asks advice on his firm's breach:
    // it reports no leak of ours.
    asksOwnSlipDuty: namesOwnSlip && asksNotifyDuty,
    // A new mail written to a general reader (a newsletter, a guide, an invitation: "Beste lezer", "U ontvangt deze e-mail omdat
    // u lid bent") that names nothing of the sender's own informs: "wanneer u een klacht indient" or "een open cc-lijst kan een
    // datalek zijn" asks and reports nothing. Its greeting or reason may stand in the footer left unread, so the whole body counts.
    // Every customer greeted ("Chère cliente, cher client") counts in the sender's own words: our replies he quotes greet him so.
    // A mailing he quotes below his words, under a subject of his own ("Uitschrijven"), is the one he answers: its reason
    // ("U ontvangt deze e-mail omdat ...") says nothing of his mail.
    writesToGeneralReader:
      !isReply &&
      !isForward &&
      (namesConceptAboveQuote(bodyMatches, GENERAL_READER_FLAGS, active, bodyText, bodyTokens) || bodyNames.names(CUSTOMERS_GREETED_FLAGS)) &&
      !namesOwnData,
  };
  // A new home address under an insurance, energy, leasing or vehicle contract named anywhere is routine, not rectification.
  const isContractAdmin = holdsAny(mailConcepts, CONTRACT_MASK);
  const ownSubject = isContractAdmin ? { ...subjectEvidence, items: subjectEvidence.itemsUnderContract ?? subjectEvidence.items } : subjectEvidence;
  const ownBody = isContractAdmin ? { ...bodyEvidence, items: bodyEvidence.itemsUnderContract ?? bodyEvidence.items } : bodyEvidence;
  // A subject that files a request as a case and tells its state ("Inzageverzoek Jansen - afgehandeld", "Löschantrag Keller –
  // erledigt", "FYI: SAR from a former client") names the request, as a reply's subject does: only the body can ask.
  // Its phrases count as read and set aside, so the models do not make them a request again; a complaint told stays one.
  const subjectItems = subjectItemsBesideBody(ownSubject, ownBody);
  const isCaseSubject = subjectItems.length > 0 && subjectFilesCase;
  // A body that only takes back a mail the sender sent us ("wrong recipient?" above "I sent my previous email to you by mistake.
  // Please ignore it") asks nothing: what its subject named is set aside with it.
  const retractsMail = subjectItems.length > 0 && ownBody.items.length === 0 && bodyNames.names(RETRACTS_MAIL_FLAGS);
  const subjectAsks = isCaseSubject ? subjectItems.filter((item) => item.evidence.right === 'complaint') : retractsMail ? [] : subjectItems;
  const ownItems = joinItems(subjectAsks, ownBody.items);
  const ownDecision = decideRights(ownItems, mailFacts);
  // A reminder that names no right itself ("Any news on my request below?", "nog niets gehoord")
  // chases the request in the reply subject and the quoted mail: read those as the sender's words.
  const isChase = ownDecision.rights.length === 0 && isRenewal && !isAutoReply;
  const readDecision = isChase
    ? decideRights(
        joinItems(
          collectEvidence('subject', subject, subjectTokens, subjectMatches, undefined, context).items,
          collectEvidence('body', bodyText, bodyTokens, bodyMatches, active.map((isOwn) => (isOwn === 0 ? 1 : 0)), bodyContext).items,
        ),
        mailFacts,
      )
    : ownDecision;
  // A short yes above an offer of ours ("ja graag, dat ook" under "Wilt u ook dat wij uw gegevens verwijderen?") takes up the
  // right the offer names.
  const acceptedOffer = readDecision.rights.length === 0 && isReply && !isAutoReply ? acceptedOfferEvidence(bodyText, bodyTokens, active, bodyMatches, CUE_LEXICON) : undefined;
  // A bare "STOP" above our newsletter: the only words the sender typed leave the mailing he replies to.
  // A bare "ABMELDEN" as the subject of a new mail, over nothing or the same word: the subject is the request. So is a bare "stop"
  // under a subject that only names our newsletter.
  const bareUnsubscribe =
    readDecision.rights.length === 0 && !isAutoReply && acceptedOffer === undefined
      ? isReply
        ? bareUnsubscribeEvidence(bodyText, bodyTokens, active, bodyMatches, subjectMatches, CUE_LEXICON)
        : (bareSubjectUnsubscribe(subject, subjectTokens, bodyTokens, active) ??
          bareStopUnderMailingSubject(bodyText, subjectTokens, bodyTokens, active, bodyMatches, subjectMatches, CUE_LEXICON))
      : undefined;
  // More than a bare "STOP" above our newsletter: "Remove me please", or "Abmelden." beside an erasure.
  const inReplyToMailing =
    bareUnsubscribe === undefined && readDecision === ownDecision && readDecision.rights.length > 0 && isReply && !isAutoReply
      ? unsubscribeInReplyToMailing(readDecision.rights, ownItems, bodyEvidence.concepts, bodyText, bodyTokens, active, bodyMatches, subjectMatches, CUE_LEXICON)
      : undefined;
  const decision =
    acceptedOffer !== undefined
      ? decideRights(acceptedOffer, mailFacts)
      : bareUnsubscribe !== undefined
        ? decideRights([bareUnsubscribe], mailFacts)
        : inReplyToMailing !== undefined
          ? decideRights(inReplyToMailing, mailFacts)
          : readDecision;
  const isPrivacyRequest = decision.rights.length > 0;
  // A reply that only thanks or says what was done is right, in the sender's own words, and asks nothing ("Dank voor de export,
  // zo is het goed", "Danke, passt so"): its "no" is a doubted one, so the models do not make the request in the quoted thread a
  // new one.
  const onlyThanksInReply = !isPrivacyRequest && isReply && !isAutoReply && onlyThanks(bodyMatches, active);
  // A mail about a shop elsewhere that the sender bought from, asking no right of us, is a doubted "no": what he asks of IT
  // after its leak ("can you reset my password and check the sign-ins?") is no request the models should make of it.
  const toldShopElsewhere = !isPrivacyRequest && holdsAny(mailConcepts, OTHER_SHOP_MASK);
  // So is one on an errand of another kind: a processing agreement, which asks us for a contract ("Haben Sie so was? Dann schicken
  // Sie es mir bitte."), a mailing asked for, a message or caller checked as ours, a login lost, a contract ended.
  const namesOtherErrand =
    !isPrivacyRequest &&
    (subjectNames.names(OTHER_ERRAND_FLAGS) ||
      bodyNames.names(OTHER_ERRAND_FLAGS) ||
      (holdsAny(mailConcepts, MAILING_MASK)
        ? bodyNames.names(ASKS_TO_RECEIVE_FLAGS)
        : subjectNames.names(ENDS_CONTRACT_FLAGS) || bodyNames.names(ENDS_CONTRACT_FLAGS)));
  const { confidence, needsReview } = scoreConfidence({
    isPrivacyRequest,
    strongest: decision.strongest,
    cancelled: subjectEvidence.cancelled + bodyEvidence.cancelled + subjectItems.length - subjectAsks.length + (onlyThanksInReply || toldShopElsewhere || namesOtherErrand ? 1 : 0),
    setAside: decision.setAside,
    isSubjectOnly: decision.evidence.length > 0 && decision.evidence.every((item) => item.field === 'subject'),
    isNamesOnly: decision === ownDecision && ownItems.length > 0 && ownItems.every((item) => item.isTopic),
  });
  const rulesResult: Classification = {
    isPrivacyRequest,
    rights: decision.rights,
    language,
    confidence,
    needsReview,
    evidence: decision.evidence,
    truncated: bodyText.length > examinedChars || !isWholeSource,
    examinedChars,
    isAutoReply,
    isPassedOnByCustomer:
      isPrivacyRequest &&
      (subjectNames.names(OWN_REQUESTER_FLAGS) || bodyNames.names(OWN_REQUESTER_FLAGS)) &&
      (isForward || asksUsToAct(bodyMatches, active)),
  };
  // A request taken back is left to the rules: the models read the request it recalls, and only that. So is advice on a request
  // made to the sender's own firm: the models read the request it tells of in full ("welke gegevens wij van hem hebben").
  if (isAutoReply || mailFacts.withdrawsRequest || mailFacts.asksOwnHandling || options.rulesAlone === true) return rulesResult;
  const model = options.requestModel ?? SHIPPED_REQUEST_MODEL;
  const reading = {
    subject,
    bodyText: bodyText.slice(0, examinedChars),
    folded: { subject: subjectTokens, body: bodyTokens },
    readSendersLines: sendersLinesReader(bodyText, bodyTokens, active),
  };
  return weighWithRequestModel(rulesResult, reading, model, {
    threshold: options.verdictThreshold ?? VERDICT_THRESHOLD,
    minKnownWordShare: MIN_KNOWN_WORD_SHARE,
  });
}
