import type { AuditEvent, CaseOutcome } from '../../core/cases/privacyCase.ts';
import { formatDisplayDate } from '../shared/formatForDisplay.ts';
import { nameRight } from '../shared/rightDisplayName.ts';

const OUTCOME_NAMES: Readonly<Record<CaseOutcome, string>> = {
  completed: 'completed',
  partially_completed: 'partially completed',
  refused: 'refused',
  withdrawn: 'withdrawn',
  not_a_request: 'not a request',
};

/**
 * One line of the audit trail in words a manager reads; `nameOf` turns recorded staff ids or
 * addresses into names. Starts with what happened, in the same
 * words for every case (e.g. "Reply sent"), so the trail can be scanned and searched.
 *
 * @example
 * describeAuditEvent({ type: 'reply_sent', at: '…', by: 'bas', templateId: 'acknowledgement' })
 * // 'Reply sent by bas (template: acknowledgement)'
 */
export function describeAuditEvent(event: AuditEvent, nameOf: (person: string) => string = (person) => person): string {
  switch (event.type) {
    case 'received':
      return `Request received (message ${event.internetMessageId})`;
    case 'classified':
      return `Classified as ${event.rights.map(nameRight).join(', ') || 'no right'} (${event.evidence.length} evidence ${event.evidence.length === 1 ? 'passage' : 'passages'})`;
    case 'opened':
      return `Case opened by ${nameOf(event.by)}`;
    case 'assigned':
      return `Assigned to ${nameOf(event.handler)} by ${nameOf(event.by)}`;
    case 'acknowledged':
      return `Receipt acknowledged by ${nameOf(event.by)}`;
    case 'identity_requested':
      return `Identity check requested by ${nameOf(event.by)}`;
    case 'identity_verified':
      return `Identity verified by ${nameOf(event.by)}`;
    case 'extended':
      return `Deadline extended to ${formatDisplayDate(event.newDeadline)} by ${nameOf(event.by)}: ${event.reason}`;
    case 'step_done':
      return `Step ${event.stepId} done by ${nameOf(event.by)}`;
    case 'step_waived':
      return `Step ${event.stepId} waived by ${nameOf(event.by)}: ${event.reason}`;
    case 'message_attached':
      return `Follow-up message attached (${event.internetMessageId})`;
    case 'reply_sent':
      return `Reply sent by ${nameOf(event.by)} (template: ${event.templateId})`;
    case 'closed':
      return `Closed as ${OUTCOME_NAMES[event.outcome]} by ${nameOf(event.by)}${event.note ? `: ${event.note}` : ''}`;
  }
}
