import type { BreachNotificationDeadline, CalendarDate, LegalDeadline } from '../calendar/legalDeadline.ts';
import type { Evidence } from '../classifier/classification.ts';
import type { DetectedLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';

export interface Requester {
  name?: string;
  email: string;
}

/** Where the request came from, so follow-ups in the same conversation find the case. */
export interface SourceMessage {
  internetMessageId: string;
  conversationId?: string;
  mailbox?: string;
  subject?: string;
  receivedAt: string;
}

export type CaseStatus =
  | 'open'
  | 'acknowledged'
  | 'awaiting_identity'
  | 'in_progress'
  | 'extended'
  | 'closed';

export type CaseOutcome = 'completed' | 'partially_completed' | 'refused' | 'withdrawn' | 'not_a_request';

export interface ChecklistStep {
  id: string;
  right: RightLabel;
  systemId: string;
  description: string;
  state: 'open' | 'done' | 'waived';
  waiverReason?: string;
  /** Why data in this system is kept despite the request (e.g. fiscal retention); tell the requester. */
  exception?: string;
}

export type AuditEvent =
  | { type: 'received'; at: string; internetMessageId: string }
  | { type: 'classified'; at: string; rights: RightLabel[]; evidence: Evidence[] }
  /** `correctedRights` is set when staff chose other rights than the classifier found. */
  | { type: 'opened'; at: string; by: string; correctedRights?: RightLabel[] }
  | { type: 'assigned'; at: string; by: string; handler: string }
  | { type: 'acknowledged'; at: string; by: string }
  | { type: 'identity_requested'; at: string; by: string }
  | { type: 'identity_verified'; at: string; by: string }
  | { type: 'extended'; at: string; by: string; reason: string; newDeadline: CalendarDate }
  | { type: 'step_done'; at: string; by: string; stepId: string }
  | { type: 'step_waived'; at: string; by: string; stepId: string; reason: string }
  | { type: 'message_attached'; at: string; internetMessageId: string }
  | { type: 'reply_sent'; at: string; by: string; templateId: string }
  | { type: 'closed'; at: string; by: string; outcome: CaseOutcome; note?: string };

export interface PrivacyCase {
  id: string;
  /** Human reference, e.g. `AVG-2026-0007`. */
  reference: string;
  requester: Requester;
  rightsInvoked: RightLabel[];
  language: DetectedLanguage;
  sourceMessages: SourceMessage[];
  handler?: string;
  status: CaseStatus;
  receivedAt: string;
  /**
   * The date by which the requester must be answered. One rule: whenever the case has any right of
   * the data subject (everything but `breach_report`), this is the GDPR Art. 12(3) month period, the
   * only deadline that can be extended. A case that only reports a breach has no answer period, so
   * this holds its 72-hour notification deadline instead (equal to `breachNotificationDeadline`).
   * For lists and warnings use `findEarliestDeadline`, which also weighs the breach deadline.
   */
  legalDeadline: LegalDeadline;
  /**
   * Set whenever `breach_report` is among the rights: the GDPR Art. 33 notification to the
   * Autoriteit Persoonsgegevens, 72 hours after receipt. Never extended, never rolled.
   */
  breachNotificationDeadline?: BreachNotificationDeadline;
  /** The organisation's own target date for answering, never later than `legalDeadline`. */
  targetDate: CalendarDate;
  /** Set when we act as processor for a business customer (Art. 28(3)(e)); their deadline governs. */
  processorFor?: string;
  /** As processor: when the business customer received the request; the legal deadline counts from it. */
  controllerReceivedAt?: string;
  checklist: ChecklistStep[];
  outcome?: CaseOutcome;
  auditTrail: AuditEvent[];
}
