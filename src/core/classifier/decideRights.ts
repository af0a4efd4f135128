import type { RightLabel } from '../rights/rightLabel.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import type { Evidence } from './classification.ts';
import { RIGHT_NUMBERS, type WeighedEvidence } from './mergeEvidence.ts';
import { sortFewStably } from './sortFewStably.ts';

/** A number for each element of the tuple `Labels`, as a tuple of the same length. */
type NumberPer<Labels extends readonly unknown[]> = { -readonly [Index in keyof Labels]: number };
/** One score per right, by its number in `RIGHT_LABELS`: a right added there makes a literal of the old length a type error. */
type ScorePerRight = NumberPer<typeof RIGHT_LABELS>;

/** What the whole mail says about how to read its evidence. */
export interface MailFacts {
  /** A mail about privacy in general: topic words ask nothing. */
  isInformational: boolean;
  isAutoReply: boolean;
  /** The sender wants his data sent straight to a new provider (Art. 20(2)), not to himself. */
  isDirectTransfer: boolean;
  /** The sender says he needs no copy himself ("Ik hoef zelf geen kopie"), and asks none beside it. */
  declinesCopy?: boolean;
  /** The sender asks again for a request he recalls, so it is not mere background. */
  isRenewal: boolean;
  /**
   * The writer demands data about someone else under a power of criminal procedure, tax, insolvency or
   * enforcement law and names no data of his own: no data subject exercises a right, whatever it asks for.
   */
  isDemandForOthersData?: boolean;
  /**
   * The sender asks how he himself must answer a request made to his own firm ("how long have I got?", "wie muss ich da
   * vorgehen?") and names no data of his own: advice asked, no right exercised.
   */
  asksOwnHandling?: boolean;
  /** The sender says he asks no personal data of us ("we are not requesting any personal data") and names none of his own. */
  asksNoData?: boolean;
  /** The sender takes back a request he recalls, or a mail he sent, and asks nothing besides (`classifyEmail`). */
  withdrawsRequest?: boolean;
  /** A departed colleague's account tidied away for the firm, no one asking for him: offboarding (`classifyEmail`). */
  tidiesLeaverAccount?: boolean;
  /** A mailing written to a general reader (a newsletter, a guide, an invitation): what it says of rights asks nothing. */
  writesToGeneralReader?: boolean;
  /**
   * The sender asks whether his firm must notify a mail one of its own people sent wrong: advice, no breach of ours reported, and
   * the authority it names is the one the firm would notify ("Must we report it to the DPA?"), no complaint.
   */
  asksOwnSlipDuty?: boolean;
  /** The sender asks us not to delete ("do not delete it", "löschen Sie nichts"): no erasure is asked. */
  refusesErasure?: boolean;
  /** The mail names surveys ("How did we do?", "enquêtes") and no mailing or marketing: what it asks to stop is the surveys. */
  namesOnlySurveys?: boolean;
  /** A lost or stolen device is told and no data on it is named: a wipe, a reset or a blocked account asked, no breach reported. */
  losesDeviceOnly?: boolean;
  /** The sender says he keeps a mailing ("keep sending the newsletter") and names no marketing. */
  keepsMailing?: boolean;
  /** The mail asks a correction or gives a new value, not only calls something wrong. */
  asksCorrection?: boolean;
}

export interface RightsDecision {
  rights: RightLabel[];
  /** Evidence for the rights decided, in text order. */
  evidence: Evidence[];
  /** Summed weight of the best-supported right; 0 when no right stands. */
  strongest: number;
  /** Some evidence was set aside (topic words, recalled requests, an automatic reply). */
  setAside: boolean;
}

/**
 * Turns the evidence of subject and body into rights: a right stands with a total weight of 1.
 * Topic words do not count in informational mails; an earlier request the sender recalls is
 * background when the mail asks something new (a complaint, a restriction while it runs) and does
 * not renew it, and a complaint told as done ("I have filed a complaint") is the complaint itself. Machine-readable copies are access plus
 * portability; a direct transfer to a new provider is portability alone.
 *
 * @example
 * decideRights(items, { isInformational: false, isAutoReply: false, isDirectTransfer: false }).rights // ['erasure']
 */
export function decideRights(items: readonly WeighedEvidence[], facts: MailFacts): RightsDecision {
  // Most mails that are no request hold no evidence at all.
  // A demand under a legal power, or advice asked on someone else's request, is set aside even without evidence, so the "no"
  // is one the models may not overrule.
  const isDemand = facts.isDemandForOthersData === true;
  const onlyBreach = isDemand || facts.asksOwnHandling === true || facts.asksNoData === true || facts.withdrawsRequest === true || facts.tidiesLeaverAccount === true;
  // A mailing to a general reader is set aside whole, so the "no" is one the models may not overrule.
  if (facts.writesToGeneralReader === true) return { rights: [], evidence: [], strongest: 0, setAside: true };
  // So is the firm's own slip told with its duty to notify, whose breach words need not read as a report at all.
  if (items.length === 0) return { rights: [], evidence: [], strongest: 0, setAside: onlyBreach || facts.asksOwnSlipDuty === true };
  // A breach stays one whoever reports it, and whatever advice is asked beside it.
  // The right is read on every item, not only under the rare facts: read first under a legal-power demand, it threw away the
  // compiled function some 6,000 mails into a batch.
  const current = items.filter((item) => {
    const isBreach = item.evidence.right === 'breach_report';
    return (
      !(facts.isInformational && item.isTopic) &&
      !(onlyBreach && !isBreach) &&
      !(facts.asksOwnSlipDuty === true && (isBreach || item.evidence.right === 'complaint')) &&
      // A breach the sender told before and takes back now ("Vanochtend mailde ik jullie dat ... Vergeet dat maar") is no report.
      !(facts.withdrawsRequest === true && isBreach && item.isRecalled)
    );
  });
  const asksSomethingNew = !facts.isRenewal && current.some((item) => !item.isRecalled || item.evidence.right === 'complaint');
  const standing = current.filter((item) => !(asksSomethingNew && item.isRecalled && item.evidence.right !== 'complaint'));
  // Scores by right number and the rights decided as bits (`RIGHT_NUMBERS`): a Map, a Set and the
  // arrays around them cost more for the few rights a mail holds. A literal, typed to have one score per
  // right: a fresh literal costs less than an array sized, filled or copied at run time.
  const scores: ScorePerRight = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  // A breach named again as a topic ("Datalek?" above "is dit een datalek?", "Datenleck" in a newsletter's heading and
  // item) is one topic named, not more evidence: a report tells what happened, a question or a newsletter repeats the word.
  // Other rights' topic words named twice ("Unsubscribe" above "unsubscribe") do ask. Made only when a breach topic turns up.
  let breachTopicsNamed: Set<string> | undefined;
  // So is half a complaint said again in the same words, the subject repeating the body: "DIT IS EEN KLACHT" above "Dit is een
  // klacht." lodges one complaint with us, which alone is half a privacy complaint (below). A format named twice ("as Excel file"
  // above "as an Excel file please") still asks the export whole.
  let complaintHalvesSaid: Set<string> | undefined;
  for (const item of standing) {
    const right = RIGHT_NUMBERS[item.evidence.right];
    if (item.isTopic && right === BREACH_REPORT) {
      const named = item.evidence.text.toLowerCase();
      if (breachTopicsNamed?.has(named) === true) continue;
      (breachTopicsNamed ??= new Set()).add(named);
    } else if (right === COMPLAINT && item.weight < 1) {
      const said = item.evidence.text.toLowerCase();
      if (complaintHalvesSaid?.has(said) === true) continue;
      (complaintHalvesSaid ??= new Set()).add(said);
    }
    scores[right] = (scores[right] ?? 0) + item.weight;
  }
  let decided = 0;
  if (!facts.isAutoReply) for (let right = 0; right < RIGHT_LABELS.length; right += 1) if ((scores[right] ?? 0) >= 1) decided |= 1 << right;
  // A complaint lodged with us is half a complaint alone (a formal complaint about rude staff is none), a privacy
  // complaint beside a privacy request: "Delete my account. Please treat this as a formal complaint." The request may be
  // one the sender recalls, or one his words make only in part: the complaint is about how we handled it ("I asked you
  // to erase my data in March and got another mailing today. I am lodging a formal complaint.").
  const complaintBit = 1 << RIGHT_NUMBERS.complaint;
  const groundsComplaint = decided !== 0 || (!facts.isAutoReply && current.some((item) => item.evidence.right !== 'complaint'));
  if (groundsComplaint && (decided & complaintBit) === 0 && standing.some((item) => item.lodgesComplaint === true && !item.isRecalled && !item.isTopic)) decided |= complaintBit;
  // Do not delete it, whether or not it is to be kept unused: the words of erasing in such a mail tell our deletion plan or what the
  // sender refuses ("Please do not delete or anonymise my data"; "my portal account would be deleted ... Please don't delete it").
  if (facts.refusesErasure === true) decided &= ~ERASURE_BIT;
  // Surveys objected to, no mailing named, or tracking objected to beside a mailing kept: "No more surveys. Please stop sending me
  // those." and "Stop tracking me and keep sending the newsletter" leave no mailing.
  if ((facts.namesOnlySurveys === true || facts.keepsMailing === true) && (decided & OBJECTION_BIT) !== 0) decided &= ~UNSUBSCRIBE_BIT;
  // A device lost with nothing on it named: the words of its loss report no data gone astray, and the account blocked after it
  // ("Telefoon kwijt ... kunnen jullie mijn account blokkeren?") restricts no processing.
  if (facts.losesDeviceOnly === true) decided &= ~(BREACH_BIT | RESTRICTION_BIT);
  // A breach told with the words of a wrong value ("the wrong invoice", "een verkeerde mail", "falsche E-Mail") and no correction
  // asked: what was wrong is where the data went, nothing of the sender's to correct.
  if ((decided & BREACH_BIT) !== 0 && facts.asksCorrection !== true) decided &= ~RECTIFICATION_BIT;
  const portabilityBit = 1 << RIGHT_NUMBERS.portability;
  const accessBit = 1 << RIGHT_NUMBERS.access;
  // Data moved straight to the new provider, the sender declining a copy of his own ("Export my mailbox" above "put it all in
  // my new account, I need nothing myself"), is portability alone: what names the export elsewhere asks for no copy.
  if ((decided & portabilityBit) !== 0 && facts.declinesCopy === true) decided &= ~accessBit;
  // One loop, not map then filter: the intermediate array changed element kind and recompiled the function.
  const evidence: Evidence[] = [];
  for (const item of standing) if (((decided >> RIGHT_NUMBERS[item.evidence.right]) & 1) === 1) evidence.push(item.evidence);
  if ((decided & portabilityBit) !== 0 && (decided & accessBit) === 0 && !facts.isDirectTransfer) {
    decided |= accessBit;
    for (const item of evidence.filter((piece) => piece.right === 'portability')) evidence.push({ ...item, right: 'access' });
  }
  sortFewStably(evidence, compareTextOrder);
  const rights: RightLabel[] = [];
  let strongest = 0;
  for (let right = 0; right < RIGHT_LABELS.length; right += 1) {
    if (((decided >> right) & 1) === 0) continue;
    rights.push(RIGHT_LABELS[right] as RightLabel);
    strongest = Math.max(strongest, scores[right] ?? 0);
  }
  return {
    rights,
    evidence,
    strongest,
    setAside: standing.length < items.length || (facts.isAutoReply && items.length > 0) || onlyBreach,
  };
}

const BREACH_REPORT = RIGHT_NUMBERS.breach_report;
const COMPLAINT = RIGHT_NUMBERS.complaint;
const ERASURE_BIT = 1 << RIGHT_NUMBERS.erasure;
const OBJECTION_BIT = 1 << RIGHT_NUMBERS.objection;
const BREACH_BIT = 1 << BREACH_REPORT;
const RECTIFICATION_BIT = 1 << RIGHT_NUMBERS.rectification;
const RESTRICTION_BIT = 1 << RIGHT_NUMBERS.restriction;
const UNSUBSCRIBE_BIT = 1 << RIGHT_NUMBERS.unsubscribe;

/** Evidence in the subject goes first, then by start. */
function compareTextOrder(left: Evidence, right: Evidence): number {
  return left.field === right.field ? left.start - right.start : left.field === 'subject' ? -1 : 1;
}
