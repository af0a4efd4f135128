import type { CalendarDate } from '../calendar/legalDeadline.ts';
import type { AuditEvent, CaseOutcome, PrivacyCase, SourceMessage } from './privacyCase.ts';

/** What staff do to a case; `transition` checks each one against the case's state. */
export type CaseCommand =
  | { type: 'assign'; by: string; handler: string }
  | { type: 'acknowledge'; by: string }
  | { type: 'request_identity'; by: string }
  | { type: 'verify_identity'; by: string }
  /** `until`: a new deadline chosen by staff; by default three months from receipt (GDPR Art. 12(3)). */
  | { type: 'extend'; by: string; reason: string; until?: CalendarDate }
  | { type: 'complete_step'; by: string; stepId: string }
  | { type: 'waive_step'; by: string; stepId: string; reason: string }
  | { type: 'record_reply'; by: string; templateId: string }
  | { type: 'attach_message'; message: SourceMessage }
  /** `outcome` is optional here so a screen can pass what the user chose and get a clear refusal. */
  | { type: 'close'; by: string; outcome?: CaseOutcome; note?: string };

/** Work for the adapters after a transition; the core only describes it. */
export type CaseEffect =
  /** Offer staff a reply draft with this template (ids as in the replies module). */
  | { type: 'prepare_reply'; templateId: string }
  /** Tell the newly assigned handler. */
  | { type: 'notify_handler'; handler: string };

/** What one accepted command does: the changed fields, one audit event, and the effects. */
export interface CaseChange {
  changes: Partial<PrivacyCase>;
  event: AuditEvent;
  effects?: CaseEffect[];
}

/** Why a command was refused, for code and for people. */
export type CaseRefusalCode =
  | 'case_closed'
  | 'already_closed'
  | 'invalid_time'
  | 'missing_actor'
  | 'missing_handler'
  | 'already_assigned'
  | 'already_acknowledged'
  | 'identity_already_requested'
  | 'identity_already_verified'
  | 'identity_not_verified'
  | 'missing_reason'
  | 'already_extended'
  | 'first_month_passed'
  | 'breach_not_extendable'
  | 'invalid_extension_date'
  | 'not_extended'
  | 'unknown_step'
  | 'step_not_open'
  | 'missing_template'
  | 'message_already_attached'
  | 'missing_outcome'
  | 'unknown_outcome'
  | 'open_steps';

/** A refused command, with a message a support employee can act on. */
export class CaseTransitionError extends Error {
  override readonly name = 'CaseTransitionError';
  constructor(
    readonly code: CaseRefusalCode,
    message: string,
  ) {
    super(message);
  }
}
