import type { BreachNotificationDeadline, LegalDeadline } from '../calendar/legalDeadline.ts';
import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import { listReplyTemplates } from './listReplyTemplates.ts';
import { renderReply } from './renderReply.ts';
import { ReplyError } from './replyError.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';
import { suggestReplyTemplate } from './suggestReplyTemplate.ts';
import { buildTestCase, buildTestContext, buildTestProfile } from './replyFixtures.test-support.ts';

/** 72 hours after 24 November 2026 09:00 UTC: 27 November, 10:00 in Amsterdam. */
const BREACH_DEADLINE: BreachNotificationDeadline = { kind: 'hours', receivedOn: '2026-11-24', deadlineAt: '2026-11-27T09:00:00.000Z' };
const MONTH_DEADLINE: LegalDeadline = { kind: 'month-period', receivedOn: '2026-11-24', deadline: '2026-12-24', extended: false };
const INPUTS = { extensionReasons: 'Ten years of mail to search.', refusalReasons: 'Manifestly unfounded.' };

/** A breach-only case: its legal deadline is the 72-hour notification. */
function breachOnlyCase(language: 'nl' | 'en' = 'en'): PrivacyCase {
  return buildTestCase({ rightsInvoked: ['breach_report'], legalDeadline: BREACH_DEADLINE, language });
}

/** A breach report together with rights: the month period stays the legal deadline, the 72 hours sit beside it. */
function combinedCase(rightsInvoked: RightLabel[], language: 'nl' | 'en' = 'en'): PrivacyCase {
  return { ...buildTestCase({ rightsInvoked, legalDeadline: MONTH_DEADLINE, language }), breachNotificationDeadline: BREACH_DEADLINE };
}

function captureError(templateId: ReplyTemplateId, privacyCase: PrivacyCase): ReplyError {
  try {
    renderReply(templateId, buildTestContext({ privacyCase, inputs: INPUTS }));
  } catch (error) {
    if (error instanceof ReplyError) return error;
    throw error;
  }
  throw new Error(`expected ${templateId} to be refused`);
}

describe('replies for a case whose legal deadline is the 72-hour breach notification', () => {
  it('refuses the acknowledgement (edge: no Art. 12(3) answer date to quote) and points to the breach report reply', () => {
    const error = captureError('acknowledgement', breachOnlyCase());
    expect(error.code).toBe('wrong_template');
    expect(error.message).toContain('AVG-2026-0007');
    expect(error.message).toMatch(/reply to a breach report/);
  });

  it('refuses the extension (edge: 72 hours are never extended), even with a breach report and a right recorded', () => {
    expect(captureError('extension', breachOnlyCase()).code).toBe('extension_not_allowed');
    const oldModelCombined = buildTestCase({ rightsInvoked: ['breach_report', 'access'], legalDeadline: BREACH_DEADLINE });
    expect(captureError('extension', oldModelCombined).message).toContain('72-hour');
    expect(captureError('acknowledgement', oldModelCombined).code).toBe('wrong_template');
  });

  it('still renders the breach report reply, in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const reply = renderReply('breach_report_reply', buildTestContext({ privacyCase: breachOnlyCase(language) }));
      expect(reply.text).toContain('72');
    }
  });

  it('refuses an organisation\'s own breach report reply that quotes {{legalDeadline}}, rather than give the 72-hour date as an answer date', () => {
    const body = 'Dear {{requesterName}},\n\nWe answer by {{legalDeadline}}. Reference {{caseReference}}.';
    const profile = buildTestProfile({ replyTemplates: { breach_report_reply: { en: { body } } } });
    const render = () => renderReply('breach_report_reply', buildTestContext({ privacyCase: breachOnlyCase(), profile }));
    expect(render).toThrow(ReplyError);
    expect(render).toThrow(/\{\{legalDeadline\}\}/);
  });

  it('neither suggests nor lists as fitting the acknowledgement or extension of a breach-only case', () => {
    const privacyCase = { ...breachOnlyCase(), auditTrail: [...breachOnlyCase().auditTrail, { type: 'reply_sent' as const, at: '2026-11-24T10:00:00Z', by: 'h-anna', templateId: 'breach_report_reply' }] };
    expect(suggestReplyTemplate(privacyCase).templateId).not.toBe('acknowledgement');
    const relevant = listReplyTemplates({ privacyCase }).filter((template) => template.isRelevant).map((template) => template.id);
    expect(relevant).toContain('breach_report_reply');
    expect(relevant).not.toContain('acknowledgement');
    expect(relevant).not.toContain('extension');
    expect(relevant).not.toContain('refusal');
  });
});

describe('a breach report combined with rights', () => {
  it('acknowledges with the one-month answer date, never the 72-hour date', () => {
    const reply = renderReply('acknowledgement', buildTestContext({ privacyCase: combinedCase(['breach_report', 'access']) }));
    expect(reply.text).toContain('at the latest on 24 December 2026 (Art. 12(3) GDPR)');
    expect(reply.text).not.toContain('27 November 2026');
  });

  it('describes the rights invoked and mentions the breach report in its own sentence (en)', () => {
    const reply = renderReply('acknowledgement', buildTestContext({ privacyCase: combinedCase(['breach_report', 'access', 'erasure']) }));
    expect(reply.text).toContain('We understand it as an exercise of the right of access (Art. 15 GDPR) and the right to erasure (Art. 17 GDPR).');
    expect(reply.text).not.toMatch(/exercise of[^.]*breach/);
    expect(reply.text).toContain('You also reported a possible personal data breach. We handle that report separately');
  });

  it('describes the rights invoked and mentions the breach report in its own sentence (nl)', () => {
    const reply = renderReply('acknowledgement', buildTestContext({ privacyCase: combinedCase(['access', 'breach_report'], 'nl') }));
    expect(reply.text).toContain('Wij begrijpen het als een beroep op het recht op inzage (art. 15 AVG).');
    expect(reply.text).not.toMatch(/beroep op[^.]*datalek/);
    expect(reply.text).toContain('U heeft ook een mogelijk datalek gemeld. Die melding behandelen wij apart');
  });

  it('leaves the breach paragraph out of an acknowledgement without a breach report', () => {
    const reply = renderReply('acknowledgement', buildTestContext({ privacyCase: buildTestCase({ language: 'en' }) }));
    expect(reply.text).not.toContain('breach');
  });

  it('extends and refuses for the rights only, without calling the breach report a right exercised', () => {
    for (const templateId of ['extension', 'refusal'] as const) {
      const reply = renderReply(templateId, buildTestContext({ privacyCase: combinedCase(['breach_report', 'access']), inputs: INPUTS }));
      expect(reply.text).toContain('the right of access (Art. 15 GDPR)');
      expect(reply.text).not.toContain('report of a possible personal data breach');
    }
  });

  it('names a complaint as a right that reads naturally after "an exercise of"', () => {
    const reply = renderReply('acknowledgement', buildTestContext({ privacyCase: combinedCase(['complaint', 'access']) }));
    expect(reply.text).toContain('an exercise of the right to complain about how we handle personal data and the right of access');
  });
});
