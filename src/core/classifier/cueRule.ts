import type { RequestLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { RequestConcept } from './requestConcept.ts';

/**
 * What a matched phrase tells the classifier:
 * - `right`: words that invoke a right;
 * - `negation`: a negation that cancels a right phrase in the same clause ("we do not delete");
 * - `conjunction`: "and", "but": a negation does not reach across it ("I'm no longer a customer and withdraw consent");
 * - `hypothetical`: a question or supposition that cancels right phrases in the same sentence;
 * - `reservation`: a step the sender keeps for later ("I reserve the right to complain"), which cancels
 *   the right phrases from it to the end of its sentence, not a complaint lodged before it;
 * - `earlierRequest`: the sender recalls a request made before ("On 2 March I asked you for ..."),
 *   which in a complaint is background, not a new request;
 * - `renewal`: the sender asks again ("I still want that copy"), so the recalled request counts;
 * - `event`: an event one registers for (a webinar, a training); a bare "unsubscribe me" in a short
 *   sentence after the one that names it leaves the event, not a mailing;
 * - `informational`: a mail about privacy in general (training, newsletter, policy, questionnaire),
 *   in which `topic` phrases such as "data breach" or "access request" name a subject, not a request;
 * - `replyMarker` / `forwardMarker`: the start of a quoted earlier message or of a forwarded request;
 * - `signOff`: a closing line after which the signature follows;
 * - `disclaimer` / `footer`: a confidentiality notice or newsletter footer paragraph, ignored whole;
 * - `deniesNothing`: a phrase whose negation word denies nothing ("without undue delay", "zonder
 *   uitstel"), so it cancels no right phrase in its clause;
 * - `autoReply`: an out-of-office or automatic reply, never a request;
 * - `autoReplyReceived`: a sender telling of an automatic reply he got ("I only got an automatic
 *   reply"), or words that only sound like one ("locked away until"), which make his mail no automatic reply;
 * - `mailTitle`: words naming a mail, letter or attachment of ours before its title in quotation marks ("your mail
 *   titled"): the title names that mail and asks nothing;
 * - `stopword`: a frequent word of one language, counted to name the language;
 * - `concept`: one ingredient of a request (an action such as "delete", an object such as "my data"),
 *   combined per sentence by `RIGHT_COMBINATIONS`.
 */
export type CueKind =
  | 'right'
  | 'concept'
  | 'negation'
  | 'deniesNothing'
  | 'conjunction'
  | 'hypothetical'
  | 'reservation'
  | 'earlierRequest'
  | 'renewal'
  | 'event'
  | 'informational'
  | 'replyMarker'
  | 'forwardMarker'
  | 'signOff'
  | 'disclaimer'
  | 'footer'
  | 'autoReply'
  | 'autoReplyReceived'
  | 'mailTitle'
  | 'stopword';

/**
 * One lexicon entry. `pattern` is a sequence of words separated by spaces:
 * `a|b` lists alternatives, `stem*` matches any word starting with the stem, `@name` expands a
 * word class, and `~` or `~N` lets up to 3 (or N) other words sit between two words of the phrase.
 * Apostrophes and hyphens split words, as in the text ("droit d'accès" = droit d acces).
 */
export interface CueRule {
  kind: CueKind;
  pattern: string;
  right?: RightLabel;
  /** 1 decides on its own; smaller weights need support from other phrases. Defaults to 1. */
  weight?: number;
  /** For a phrase, where it counts; for a `negation`, the mails it cancels in (when their language is known). */
  language?: RequestLanguage;
  /** For `concept` entries: the ingredient this phrase supplies. */
  concept?: RequestConcept;
  /** A right this phrase takes the place of in the same sentence (objecting to marketing is unsubscribe). */
  overrides?: RightLabel;
  /** Only try the phrase where a line starts (quote headers): it also keeps the scan fast. */
  lineStart?: boolean;
  /** The phrase names a right or event ("inzageverzoek", "data breach") without asking anything itself. */
  topic?: boolean;
  /**
   * For `concept` entries: a name whose words supply no other ingredient ("Autoriteit Persoonsgegevens" is
   * no personal data), so ingredient phrases ending inside it are dropped.
   */
  masksWords?: boolean;
}

/**
 * A right's phrase read and set aside: it names the right as a topic and is cancelled as a supposition,
 * so the rules' "no" is a doubted one the verdict model may not overrule ("a copy of my invoice", "I'll
 * take it to the ombudsman", "u bent afgemeld voor").
 *
 * @example
 * [...readAndSetAside('access', 'copy ~3 invoice')] // a topic right phrase and a supposition, one pattern
 */
export function readAndSetAside(right: RightLabel, pattern: string, weight?: number): readonly [CueRule, CueRule] {
  const named: CueRule = weight === undefined ? { kind: 'right', right, pattern, topic: true } : { kind: 'right', right, pattern, weight, topic: true };
  return [named, { kind: 'hypothetical', pattern }];
}

/**
 * A request the sender made before and now takes back ("I withdraw my erasure request", "Mijn verzoek mag u als ingetrokken
 * zien"): the sentence recalls that request, and the mail takes it back (`retractsMail`), so a mail that asks nothing
 * besides asks nothing at all.
 *
 * @example
 * [...withdrawsRequest('withdraw ~2 my ~3 request')] // a recall and the concept of a mail taken back, one pattern
 */
export function withdrawsRequest(pattern: string): readonly [CueRule, CueRule] {
  return [{ kind: 'earlierRequest', pattern }, { kind: 'concept', concept: 'retractsMail', pattern }];
}

/** The other rights the Art. 15(1)(e)-(f) list of an access request names: rectification, erasure, ... and a complaint. */
const RIGHTS_LISTED_IN_ACCESS: readonly RightLabel[] = ['rectification', 'erasure', 'restriction', 'objection', 'complaint', 'breach_report'];

/**
 * The Art. 15(1)(e)-(f) list of an access request ("the existence of the right to request rectification, erasure ..."): the
 * phrase reads as access and overrides every right the list names as information wanted, and the breach its recipients and source
 * would tell. One rule per overridden right, all with the same pattern and, when given, the same weight as a topic.
 *
 * @example
 * listedInAccessRequest('existence ~2 droit|droits', 0.3) // six access rules, one overriding each listed right
 */
export function listedInAccessRequest(pattern: string, topicWeight?: number): CueRule[] {
  return RIGHTS_LISTED_IN_ACCESS.map((listedRight): CueRule =>
    topicWeight === undefined
      ? { kind: 'right', right: 'access', pattern, overrides: listedRight }
      : { kind: 'right', right: 'access', pattern, weight: topicWeight, topic: true, overrides: listedRight },
  );
}
