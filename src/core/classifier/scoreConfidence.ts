/** What the confidence rests on. */
export interface ConfidenceFacts {
  isPrivacyRequest: boolean;
  /** Summed weight of the best-supported right. */
  strongest: number;
  /** Right phrases in the sender's words that a negation or supposition cancelled. */
  cancelled: number;
  /** Evidence set aside (topic words in an informational mail, recalled requests, an automatic reply). */
  setAside: boolean;
  /** All evidence comes from the subject line. */
  isSubjectOnly: boolean;
  /**
   * All the sender's evidence names a right ("Recht auf Vergessenwerden", "subject access requests")
   * without asking for it: as often a topic, a question or a joke as a request. Default false.
   */
  isNamesOnly?: boolean;
}

export interface ConfidenceScore {
  confidence: number;
  needsReview: boolean;
}

/** Below this a person should look before trusting the result. */
const REVIEW_BELOW = 0.75;

/**
 * How sure the classifier is, 0..1, and whether a person should look. A request backed by several
 * phrases is surer than one phrase; cancelled or set-aside phrases make both a request and a
 * non-request less sure, and so does evidence only in the subject or only naming rights a request
 * (one doubt, not two: a subject that names the right is the commonest short request).
 *
 * @example
 * scoreConfidence({ isPrivacyRequest: true, strongest: 2, cancelled: 0, setAside: false, isSubjectOnly: false })
 * // { confidence: 0.9, needsReview: false }
 */
export function scoreConfidence(facts: ConfidenceFacts): ConfidenceScore {
  const doubts = (facts.cancelled > 0 ? 1 : 0) + (facts.setAside ? 1 : 0);
  const raw = facts.isPrivacyRequest
    ? 0.6 + 0.15 * Math.min(3, facts.strongest) - 0.1 * doubts - (facts.isSubjectOnly || facts.isNamesOnly === true ? 0.15 : 0)
    : 0.95 - 0.25 * doubts;
  const confidence = Math.round(Math.min(0.98, Math.max(0.05, raw)) * 100) / 100;
  return { confidence, needsReview: confidence < REVIEW_BELOW };
}
