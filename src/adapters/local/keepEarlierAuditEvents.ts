import type { AuditEvent, PrivacyCase } from '../../core/cases/privacyCase.ts';

function auditEventKey(event: AuditEvent): string {
  return JSON.stringify(event);
}

/**
 * Returns the incoming case with every audit event of the stored version kept, because a case store
 * never drops audit history: a save from a stale copy (another pane, another tab) must not erase what
 * was recorded in between. Events missing from the incoming trail are merged back in time order.
 *
 * @example
 * const saved = keepEarlierAuditEvents(storedCase, editedCase);
 * saved.auditTrail.length >= storedCase.auditTrail.length; // always true
 */
export function keepEarlierAuditEvents(stored: PrivacyCase | undefined, incoming: PrivacyCase): PrivacyCase {
  if (stored === undefined) return incoming;
  const incomingKeys = new Set(incoming.auditTrail.map(auditEventKey));
  const dropped = stored.auditTrail.filter((event) => !incomingKeys.has(auditEventKey(event)));
  if (dropped.length === 0) return incoming;
  // A stable sort on the instant keeps same-instant events in their recorded order.
  const auditTrail = [...dropped, ...incoming.auditTrail]
    .map((event, order) => ({ event, order, at: Date.parse(event.at) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ event }) => event);
  return { ...incoming, auditTrail };
}
