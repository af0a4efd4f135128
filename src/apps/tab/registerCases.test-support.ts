import type { AuditEvent, PrivacyCase } from '../../core/cases/privacyCase.ts';

/**
 * Builds a case for register tests: received at `receivedAt`, due on `deadline`; `overrides`
 * replace whole fields. Test use only.
 */
export function buildRegisterCase(
  reference: string,
  deadline: string,
  overrides: Partial<PrivacyCase> = {},
): PrivacyCase {
  const receivedAt = overrides.receivedAt ?? '2026-02-02T09:00:00Z';
  return {
    id: `case-${reference}`,
    reference,
    requester: { name: 'Anna de Vries', email: 'anna@example.nl' },
    rightsInvoked: ['access'],
    language: 'nl',
    sourceMessages: [{ internetMessageId: `<${reference}@example.nl>`, conversationId: `conv-${reference}`, receivedAt }],
    status: 'open',
    receivedAt,
    legalDeadline: { kind: 'month-period', receivedOn: receivedAt.slice(0, 10), deadline, extended: false },
    targetDate: deadline,
    checklist: [],
    auditTrail: [{ type: 'received', at: receivedAt, internetMessageId: `<${reference}@example.nl>` }],
    ...overrides,
  };
}

/** The same case, closed at `closedAt` with a `closed` audit event. */
export function closeRegisterCase(privacyCase: PrivacyCase, closedAt: string): PrivacyCase {
  const closed: AuditEvent = { type: 'closed', at: closedAt, by: 'bas', outcome: 'completed' };
  return { ...privacyCase, status: 'closed', outcome: 'completed', auditTrail: [...privacyCase.auditTrail, closed] };
}
