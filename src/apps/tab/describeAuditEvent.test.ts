import type { AuditEvent } from '../../core/cases/privacyCase.ts';
import { describeAuditEvent } from './describeAuditEvent.ts';

describe('describeAuditEvent', () => {
  it('starts a sent reply with "Reply sent" and names who sent which template', () => {
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

  it('shows an extension with its new date and reason', () => {
    const event: AuditEvent = { type: 'extended', at: '2026-03-02T10:00:00Z', by: 'anna', reason: 'many systems', newDeadline: '2026-05-04' };
    expect(describeAuditEvent(event)).toBe('Deadline extended to Monday 4 May 2026 by anna: many systems');
  });

  it('shows a closing with its outcome in words and leaves out a missing note', () => {
    expect(describeAuditEvent({ type: 'closed', at: '2026-03-02T10:00:00Z', by: 'anna', outcome: 'not_a_request' })).toBe(
      'Closed as not a request by anna',
    );
  });

  it('shows staff by name when given a way to look them up', () => {
    const names: Record<string, string> = { 'sanne.devries@qualitynetworks.nl': 'Sanne de Vries', sanne: 'Sanne de Vries' };
    const event: AuditEvent = { type: 'assigned', at: '2026-03-02T10:00:00Z', by: 'sanne.devries@qualitynetworks.nl', handler: 'sanne' };
    expect(describeAuditEvent(event, (person) => names[person] ?? person)).toBe('Assigned to Sanne de Vries by Sanne de Vries');
  });
});
