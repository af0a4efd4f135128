import type { AuditEvent } from '../cases/privacyCase.ts';
import { listReplyTemplates } from './listReplyTemplates.ts';
import { REPLY_TEMPLATE_IDS } from './replyTemplateId.ts';
import { listReplyInputs } from './listReplyInputs.ts';
import { renderReply } from './renderReply.ts';
import { isReplyExpected } from './isReplyExpected.ts';
import { ReplyError } from './replyError.ts';
import { suggestReplyTemplate } from './suggestReplyTemplate.ts';
import { buildTestCase, buildTestContext } from './replyFixtures.test-support.ts';

const AT = '2026-11-25T10:00:00Z';
const sent = (templateId: string): AuditEvent => ({ type: 'reply_sent', at: AT, by: 'h-anna', templateId });

describe('suggestReplyTemplate', () => {
  it('acknowledges a new case in its language', () => {
    expect(suggestReplyTemplate(buildTestCase())).toEqual({ templateId: 'acknowledgement', language: 'nl' });
  });

  it('suggests English for a German case (fallback)', () => {
    expect(suggestReplyTemplate(buildTestCase({ language: 'de' })).language).toBe('en');
  });

  it('moves on once the acknowledgement was sent or recorded, to the completion of the right', () => {
    expect(suggestReplyTemplate(buildTestCase({ auditTrail: [sent('acknowledgement')] })).templateId).toBe('completion_access');
    const acknowledged: AuditEvent = { type: 'acknowledged', at: AT, by: 'h-anna' };
    expect(suggestReplyTemplate(buildTestCase({ status: 'acknowledged', auditTrail: [acknowledged] })).templateId).toBe('completion_access');
  });

  it('asks for identity while the case awaits it, and announces an extension once', () => {
    expect(suggestReplyTemplate(buildTestCase({ status: 'awaiting_identity' })).templateId).toBe('identity_check');
    expect(suggestReplyTemplate(buildTestCase({ status: 'extended' })).templateId).toBe('extension');
    expect(suggestReplyTemplate(buildTestCase({ status: 'extended', auditTrail: [sent('extension')] })).templateId).toBe('completion_access');
  });

  it('completes several rights in order, skipping the ones already answered', () => {
    const privacyCase = buildTestCase({ status: 'in_progress', rightsInvoked: ['access', 'erasure'], auditTrail: [sent('completion_access')] });
    expect(suggestReplyTemplate(privacyCase).templateId).toBe('completion_erasure');
  });

  it('suggests the refusal for a refused case, even after other replies', () => {
    const privacyCase = buildTestCase({ status: 'closed', outcome: 'refused', auditTrail: [sent('acknowledgement')] });
    expect(suggestReplyTemplate(privacyCase).templateId).toBe('refusal');
  });

  it('suggests the refusal before the thanks for a breach report once a combined case is refused', () => {
    const privacyCase = buildTestCase({ status: 'closed', outcome: 'refused', rightsInvoked: ['breach_report', 'access'] });
    expect(suggestReplyTemplate(privacyCase).templateId).toBe('refusal');
  });

  it('confirms an unsubscribe straight away, without an acknowledgement first', () => {
    expect(suggestReplyTemplate(buildTestCase({ rightsInvoked: ['unsubscribe'] })).templateId).toBe('completion_unsubscribe');
  });

  it('thanks a breach reporter first and acknowledges a complaint with its own template', () => {
    expect(suggestReplyTemplate(buildTestCase({ rightsInvoked: ['breach_report'] })).templateId).toBe('breach_report_reply');
    expect(suggestReplyTemplate(buildTestCase({ rightsInvoked: ['complaint'] })).templateId).toBe('complaint_acknowledgement');
    const both = buildTestCase({ rightsInvoked: ['complaint', 'access'], auditTrail: [sent('complaint_acknowledgement')] });
    expect(suggestReplyTemplate(both).templateId).toBe('acknowledgement');
  });

  it('does not mutate the case', () => {
    const privacyCase = buildTestCase({ rightsInvoked: ['access', 'erasure'] });
    const before = structuredClone(privacyCase);
    suggestReplyTemplate(privacyCase);
    expect(privacyCase).toEqual(before);
  });
});

describe('listReplyTemplates', () => {
  it('lists every template once with titles in the reply language', () => {
    const dutch = listReplyTemplates({ language: 'nl' });
    expect(dutch.map((template) => template.id)).toEqual([...REPLY_TEMPLATE_IDS]);
    expect(dutch.find((template) => template.id === 'acknowledgement')?.title).toBe('Ontvangstbevestiging');
    expect(listReplyTemplates().every((template) => template.language === 'en')).toBe(true);
  });

  it('marks exactly the suggested template and the templates that fit the rights of the case', () => {
    const templates = listReplyTemplates({ privacyCase: buildTestCase({ rightsInvoked: ['erasure'] }) });
    expect(templates.filter((template) => template.isSuggested).map((template) => template.id)).toEqual(['acknowledgement']);
    const relevant = templates.filter((template) => template.isRelevant).map((template) => template.id);
    expect(relevant).toContain('completion_erasure');
    expect(relevant).toContain('refusal');
    expect(relevant).not.toContain('completion_access');
  });

  it('follows a language switch over the case language', () => {
    const templates = listReplyTemplates({ privacyCase: buildTestCase({ language: 'nl' }), language: 'en' });
    expect(templates[0]?.title).toBe('Acknowledgement of receipt');
  });
});

describe('the refusal flow: written while open, still owed once closed as refused', () => {
  const closedAsRefused = (auditTrail: AuditEvent[] = []) => buildTestCase({ status: 'closed', outcome: 'refused', auditTrail });

  it('offers replies on every case not yet closed', () => {
    for (const status of ['open', 'acknowledged', 'awaiting_identity', 'in_progress', 'extended'] as const) {
      expect(isReplyExpected(buildTestCase({ status }))).toBe(true);
    }
  });

  it('still offers the refusal on a case closed as refused whose refusal was not recorded as sent, and suggests it', () => {
    const privacyCase = closedAsRefused([sent('acknowledgement')]);
    expect(isReplyExpected(privacyCase)).toBe(true);
    expect(suggestReplyTemplate(privacyCase).templateId).toBe('refusal');
    expect(listReplyTemplates({ privacyCase }).find((template) => template.isSuggested)?.id).toBe('refusal');
  });

  it('lists only the refusal as fitting a refused case, so the suggestion and the list agree', () => {
    const relevant = listReplyTemplates({ privacyCase: closedAsRefused() }).filter((template) => template.isRelevant).map((template) => template.id);
    expect(relevant).toEqual(['refusal']);
  });

  it('expects no reply on a case closed as refused once the refusal was sent, nor on one closed otherwise', () => {
    expect(isReplyExpected(closedAsRefused([sent('refusal')]))).toBe(false);
    for (const outcome of ['completed', 'partially_completed', 'withdrawn', 'not_a_request'] as const) {
      expect(isReplyExpected(buildTestCase({ status: 'closed', outcome }))).toBe(false);
    }
  });

  it('lists the refusal as fitting an open case with a right of the requester, so staff can write it before closing', () => {
    for (const status of ['open', 'in_progress', 'extended'] as const) {
      const refusal = listReplyTemplates({ privacyCase: buildTestCase({ status }) }).find((template) => template.id === 'refusal');
      expect(refusal?.isRelevant).toBe(true);
    }
  });
});

describe('listReplyInputs', () => {
  it('asks for the reasons that refusals and extensions cannot be rendered without', () => {
    expect(listReplyInputs('refusal')).toContainEqual({ name: 'refusalReasons', isRequired: true });
    expect(listReplyInputs('extension')).toContainEqual({ name: 'extensionReasons', isRequired: true });
  });

  it('marks as required exactly the inputs whose absence makes renderReply fail', () => {
    for (const templateId of REPLY_TEMPLATE_IDS) {
      const inputs = { extensionReasons: 'r', refusalReasons: 'r' };
      for (const field of listReplyInputs(templateId).filter((input) => input.isRequired)) {
        const withoutField = { ...inputs, [field.name]: undefined };
        expect(() => renderReply(templateId, buildTestContext({ inputs: withoutField }))).toThrow(ReplyError);
      }
      expect(() => renderReply(templateId, buildTestContext({ inputs: { extensionReasons: 'r', refusalReasons: 'r' } }))).not.toThrow();
    }
  });
});
