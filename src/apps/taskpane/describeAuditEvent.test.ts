import type { AuditEvent } from '../../core/cases/privacyCase.ts';
import { describeAuditEvent } from './describeAuditEvent.ts';

describe('describeAuditEvent', () => {
  it('names the handler through the profile when a resolver is given, else shows the id', () => {
    const assigned: AuditEvent = { type: 'assigned', at: '2026-11-24T10:00:00Z', by: 'sanne', handler: 'thomas' };
    expect(describeAuditEvent(assigned, (id) => (id === 'thomas' ? 'Thomas Bakker' : id))).toBe('sanne assigned the case to Thomas Bakker');
    expect(describeAuditEvent(assigned)).toBe('sanne assigned the case to thomas');
  });

  it('keeps the reason of a waived step and the note of a closing in the line', () => {
    expect(describeAuditEvent({ type: 'step_waived', at: 'x', by: 'noor', stepId: 'erasure-clang', reason: 'No subscription' })).toContain('No subscription');
    expect(describeAuditEvent({ type: 'closed', at: 'x', by: 'noor', outcome: 'partially_completed', note: 'Invoices kept 7 years' })).toBe(
      'noor closed the case as partially completed: Invoices kept 7 years',
    );
  });

  it('says "no right" for a classification that found none, instead of an empty line', () => {
    expect(describeAuditEvent({ type: 'classified', at: 'x', rights: [], evidence: [] })).toBe('Classified as no right');
  });

  it('says when staff set the rights themselves on opening', () => {
    expect(describeAuditEvent({ type: 'opened', at: 'x', by: 'sanne', correctedRights: ['erasure'] })).toBe(
      'sanne opened the case for Erasure (rights set by staff)',
    );
    expect(describeAuditEvent({ type: 'opened', at: 'x', by: 'sanne' })).toBe('sanne opened the case');
  });

  it('names the template of a reply opened, which the register counts on', () => {
    expect(describeAuditEvent({ type: 'reply_sent', at: 'x', by: 'sanne', templateId: 'completion_access' })).toContain('"completion_access"');
  });
});
