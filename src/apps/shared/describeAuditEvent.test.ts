import type { AuditEvent } from '../../core/cases/privacyCase.ts';
import { describeAuditEvent } from './describeAuditEvent.ts';

const handlers = [
  { id: 'sanne', name: 'Sanne de Vries', email: 'sanne.devries@qualitynetworks.nl' },
  { id: 'thomas', name: 'Thomas Bakker', email: 'thomas.bakker@qualitynetworks.nl' },
];

describe('describeAuditEvent', () => {
  it('starts a sent reply with "Reply sent" and names who sent which template, which the register counts on', () => {
    const event: AuditEvent = { type: 'reply_sent', at: '2026-03-02T10:00:00Z', by: 'bas', templateId: 'acknowledgement' };
    expect(describeAuditEvent(event)).toBe('Reply sent by bas (template: acknowledgement)');
  });

  it('names every right of a classification and counts its evidence', () => {
    const event: AuditEvent = {
      type: 'classified',
      at: '2026-03-02T10:00:00Z',
      rights: ['access', 'breach_report'],
      evidence: [{ right: 'access', field: 'body', start: 0, end: 6, text: 'inzage' }],
    };
    expect(describeAuditEvent(event)).toBe('Classified as Access, Breach report (1 evidence passage)');
  });

  it('says "no right" for a classification that found none, instead of an empty line', () => {
    expect(describeAuditEvent({ type: 'classified', at: 'x', rights: [], evidence: [] })).toBe('Classified as no right (0 evidence passages)');
  });

  it('says when staff set the rights themselves on opening', () => {
    expect(describeAuditEvent({ type: 'opened', at: 'x', by: 'sanne', correctedRights: ['erasure'] }, handlers)).toBe(
      'Case opened by Sanne de Vries for Erasure (rights set by staff)',
    );
    expect(describeAuditEvent({ type: 'opened', at: 'x', by: 'sanne' }, handlers)).toBe('Case opened by Sanne de Vries');
  });

  it('shows an extension with its new date and reason', () => {
    const event: AuditEvent = { type: 'extended', at: '2026-03-02T10:00:00Z', by: 'anna', reason: 'many systems', newDeadline: '2026-05-04' };
    expect(describeAuditEvent(event)).toBe('Deadline extended to Monday 4 May 2026 by anna: many systems');
  });

  it('names a checklist step by right and system name from the profile, not by its id', () => {
    const systems = [{ id: 'clang', name: 'Clang / e-village' }];
    expect(describeAuditEvent({ type: 'step_done', at: 'x', by: 'sanne', stepId: 'erasure:clang' }, handlers, systems)).toBe(
      'Erasure – Clang / e-village: done by Sanne de Vries',
    );
    expect(describeAuditEvent({ type: 'step_done', at: 'x', by: 'sanne', stepId: 'breach_report:procedure-2' }, handlers, systems)).toBe(
      'Breach report – general procedure, step 2: done by Sanne de Vries',
    );
  });

  it('keeps the id of a step whose system left the profile, or whose id has another shape', () => {
    expect(describeAuditEvent({ type: 'step_done', at: 'x', by: 'noor', stepId: 'access:exact' })).toBe('Access – exact: done by noor');
    expect(describeAuditEvent({ type: 'step_done', at: 'x', by: 'noor', stepId: 'legacy-step-7' })).toBe('legacy-step-7: done by noor');
  });

  it('keeps the reason of a waived step and the note of a closing in the line', () => {
    expect(describeAuditEvent({ type: 'step_waived', at: 'x', by: 'noor', stepId: 'erasure:clang', reason: 'No subscription' }, [], [{ id: 'clang', name: 'Clang' }])).toBe(
      'Erasure – Clang: waived by noor (No subscription)',
    );
    expect(describeAuditEvent({ type: 'closed', at: 'x', by: 'noor', outcome: 'partially_completed', note: 'Invoices kept 7 years' })).toBe(
      'Closed as partially completed by noor: Invoices kept 7 years',
    );
  });

  it('leaves out a missing closing note and names the outcome in words', () => {
    expect(describeAuditEvent({ type: 'closed', at: 'x', by: 'anna', outcome: 'not_a_request' })).toBe('Closed as not a request by anna');
  });

  it('shows staff recorded by id or by email under their profile name, and a departed colleague as recorded', () => {
    const assigned: AuditEvent = { type: 'assigned', at: 'x', by: 'sanne.devries@qualitynetworks.nl', handler: 'thomas' };
    expect(describeAuditEvent(assigned, handlers)).toBe('Assigned to Thomas Bakker by Sanne de Vries');
    expect(describeAuditEvent({ ...assigned, handler: 'pieter' }, handlers)).toBe('Assigned to pieter by Sanne de Vries');
    expect(describeAuditEvent(assigned)).toBe('Assigned to thomas by sanne.devries@qualitynetworks.nl');
  });
});
