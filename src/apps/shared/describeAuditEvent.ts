import type { AuditEvent } from '../../core/cases/privacyCase.ts';
import { formatDisplayDate } from './formatForDisplay.ts';
import type { SystemNameList } from './listSystemNames.ts';
import { nameCaseOutcome } from './nameCaseOutcome.ts';
import { nameChecklistStep } from './nameChecklistStep.ts';
import { nameHandler, type HandlerList } from './nameHandler.ts';
import { nameRight } from './rightDisplayName.ts';

/**
 * One line of the audit trail in words, as support staff, a manager and an auditor read it in the
 * task pane and the Teams tab. Each line starts with what happened, in the same words for every
 * case (e.g. "Reply sent"), so a trail can be scanned and searched; staff recorded by id or email
 * are shown by their name in `handlers`, and checklist steps by right and system name (`systems`).
 *
 * @example
 * describeAuditEvent({ type: 'reply_sent', at: '…', by: 'bas', templateId: 'acknowledgement' })
 * // 'Reply sent by bas (template: acknowledgement)'
 */
export function describeAuditEvent(event: AuditEvent, handlers: HandlerList = [], systems: SystemNameList = []): string {
  const nameOf = (person: string) => nameHandler(handlers, person);
  switch (event.type) {
    case 'received':
      return `Request received (message ${event.internetMessageId})`;
    case 'classified':
      return `Classified as ${event.rights.map(nameRight).join(', ') || 'no right'} (${event.evidence.length} evidence ${event.evidence.length === 1 ? 'passage' : 'passages'})`;
    case 'opened':
      return event.correctedRights
        ? `Case opened by ${nameOf(event.by)} for ${event.correctedRights.map(nameRight).join(', ')} (rights set by staff)`
        : `Case opened by ${nameOf(event.by)}`;
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
      return `${nameChecklistStep(event.stepId, systems)}: done by ${nameOf(event.by)}`;
    case 'step_waived':
      return `${nameChecklistStep(event.stepId, systems)}: waived by ${nameOf(event.by)} (${event.reason})`;
    case 'message_attached':
      return `Follow-up message attached (${event.internetMessageId})`;
    case 'reply_sent':
      return `Reply sent by ${nameOf(event.by)} (template: ${event.templateId})`;
    case 'closed':
      return `Closed as ${nameCaseOutcome(event.outcome)} by ${nameOf(event.by)}${event.note ? `: ${event.note}` : ''}`;
  }
}
