import type { RightLabel } from '../rights/rightLabel.ts';
import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import type { Evidence } from './classification.ts';
import type { WeighedEvidence } from './mergeEvidence.ts';

/** What the whole mail says about how to read its evidence. */
export interface MailFacts {
  /** A mail about privacy in general: topic words ask nothing. */
  isInformational: boolean;
  isAutoReply: boolean;
  /** The sender wants his data sent straight to a new provider (Art. 20(2)), not to himself. */
  isDirectTransfer: boolean;
  /** The sender asks again for a request he recalls, so it is not mere background. */
  isRenewal: boolean;
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
  if (items.length === 0) return { rights: [], evidence: [], strongest: 0, setAside: false };
  const current = items.filter((item) => !(facts.isInformational && item.isTopic));
  const asksSomethingNew = !facts.isRenewal && current.some((item) => !item.isRecalled || item.evidence.right === 'complaint');
  const standing = current.filter((item) => !(asksSomethingNew && item.isRecalled && item.evidence.right !== 'complaint'));
  const scores = new Map<RightLabel, number>();
  for (const item of standing) scores.set(item.evidence.right, (scores.get(item.evidence.right) ?? 0) + item.weight);
  const decided = new Set(facts.isAutoReply ? [] : RIGHT_LABELS.filter((right) => (scores.get(right) ?? 0) >= 1));
  // One loop, not map then filter: the intermediate array changed element kind and recompiled the function.
  const evidence: Evidence[] = [];
  for (const item of standing) if (decided.has(item.evidence.right)) evidence.push(item.evidence);
  if (decided.has('portability') && !decided.has('access') && !facts.isDirectTransfer) {
    decided.add('access');
    for (const item of evidence.filter((piece) => piece.right === 'portability')) evidence.push({ ...item, right: 'access' });
  }
  evidence.sort((left, right) => (left.field === right.field ? left.start - right.start : left.field === 'subject' ? -1 : 1));
  const rights = RIGHT_LABELS.filter((right) => decided.has(right));
  return {
    rights,
    evidence,
    strongest: Math.max(0, ...rights.map((right) => scores.get(right) ?? 0)),
    setAside: standing.length < items.length || (facts.isAutoReply && items.length > 0),
  };
}
