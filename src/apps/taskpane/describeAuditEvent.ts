import type { AuditEvent, CaseOutcome, CaseStatus } from '../../core/cases/privacyCase.ts';
import { nameRight } from '../shared/rightDisplayName.ts';

const OUTCOMES: Readonly<Record<CaseOutcome, string>> = {
  completed: 'completed',
  partially_completed: 'partially completed',
  refused: 'refused',
  withdrawn: 'withdrawn',
  not_a_request: 'not a request',
};

const STATUSES: Readonly<Record<CaseStatus, string>> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  awaiting_identity: 'Awaiting identity check',
  in_progress: 'In progress',
  extended: 'Extended',
  closed: 'Closed',
};

/**
 * The on-screen name of a case status.
 *
 * @example
 * describeStatus('awaiting_identity'); // 'Awaiting identity check'
 */
export function describeStatus(status: CaseStatus): string {
  return STATUSES[status];
}

/**
 * The on-screen name of a case outcome.
 *
 * @example
 * describeOutcome('partially_completed'); // 'partially completed'
 */
export function describeOutcome(outcome: CaseOutcome): string {
  return OUTCOMES[outcome];
}

/**
 * One line of the audit trail in words, as support staff and an auditor read it. `nameHandler`
 * turns a handler id from the profile into the person's name.
 *
 * @example
 * describeAuditEvent({ type: 'reply_sent', at: '…', by: 'anna', templateId: 'acknowledgement' });
 * // 'anna opened the reply "acknowledgement"'
 */
export function describeAuditEvent(event: AuditEvent, nameHandler: (handlerId: string) => string = (id) => id): string {
  switch (event.type) {
    case 'received':
      return `Message ${event.internetMessageId} received`;
    case 'classified':
      return `Classified as ${event.rights.map(nameRight).join(', ') || 'no right'}`;
    case 'opened':
      return event.correctedRights
        ? `${event.by} opened the case for ${event.correctedRights.map(nameRight).join(', ')} (rights set by staff)`
        : `${event.by} opened the case`;
    case 'assigned':
      return `${event.by} assigned the case to ${nameHandler(event.handler)}`;
    case 'acknowledged':
      return `${event.by} acknowledged receipt`;
    case 'identity_requested':
      return `${event.by} asked for proof of identity`;
    case 'identity_verified':
      return `${event.by} verified the requester's identity`;
    case 'extended':
      return `${event.by} extended the deadline to ${event.newDeadline}: ${event.reason}`;
    case 'step_done':
      return `${event.by} completed step ${event.stepId}`;
    case 'step_waived':
      return `${event.by} waived step ${event.stepId}: ${event.reason}`;
    case 'message_attached':
      return `Message ${event.internetMessageId} attached`;
    case 'reply_sent':
      return `${event.by} opened the reply "${event.templateId}"`;
    case 'closed':
      return `${event.by} closed the case as ${describeOutcome(event.outcome)}${event.note ? `: ${event.note}` : ''}`;
  }
}
