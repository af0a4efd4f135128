import { findReplyOverrideProblems } from './findReplyOverrideProblems.ts';
import { renderReply } from './renderReply.ts';
import { ENGLISH_REPLIES } from './templates/en.ts';
import { buildTestContext, buildTestProfile } from './replyFixtures.test-support.ts';

const VALID_REFUSAL = 'Beste {{requesterName}},\n\n{{refusalReasons}}\n\nKlacht: {{supervisoryAuthorityLink}}';

describe('findReplyOverrideProblems', () => {
  it('accepts no overrides and valid overrides', () => {
    expect(findReplyOverrideProblems(undefined)).toEqual([]);
    expect(findReplyOverrideProblems({ refusal: { nl: { subject: 'Besluit {{caseReference}}', body: VALID_REFUSAL } } })).toEqual([]);
  });

  it('names the template, the language and the unknown placeholder', () => {
    const problems = findReplyOverrideProblems({ refusal: { nl: { body: `${VALID_REFUSAL} {{klachtLink}}` } } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^replyTemplates\.refusal\.nl\.body: unknown placeholder \{\{klachtLink\}\} \(known: .*refusalReasons/);
  });

  it('rejects a placeholder that exists, but not in this template', () => {
    const problems = findReplyOverrideProblems({ acknowledgement: { en: { subject: 'Until {{extendedDeadline}}' } } });
    expect(problems).toEqual([expect.stringContaining('replyTemplates.acknowledgement.en.subject: unknown placeholder {{extendedDeadline}}')]);
  });

  it('names an unknown template id and lists the known ids', () => {
    const problems = findReplyOverrideProblems({ refusel: { nl: { subject: 'x' } } });
    expect(problems).toEqual([expect.stringMatching(/^replyTemplates\.refusel: unknown reply template id "refusel" \(known: acknowledgement, /)]);
  });

  it('rejects a body that drops what the law requires (the complaint link in a refusal)', () => {
    const problems = findReplyOverrideProblems({ refusal: { en: { body: 'No. {{refusalReasons}}' } } });
    expect(problems).toEqual(['replyTemplates.refusal.en.body: missing the required placeholder {{supervisoryAuthorityLink}}']);
  });

  it('rejects an erasure body that cannot say the request was passed on or that nothing needed erasing', () => {
    const body = 'Dear {{requesterName}},\n\nErased:\n- {{erasedSystems}}\n\nKept:\n- {{erasureExceptions}}';
    expect(findReplyOverrideProblems({ completion_erasure: { en: { body } } })).toEqual([
      'replyTemplates.completion_erasure.en.body: missing the required placeholder {{forwardedTo}}',
      'replyTemplates.completion_erasure.en.body: missing the required placeholder {{nothingErased}}',
    ]);
  });

  it('rejects an acknowledgement body that would hide a breach report sent along with the request', () => {
    const body = 'Dear {{requesterName}},\n\n{{caseReference}}: we answer by {{legalDeadline}}.';
    expect(findReplyOverrideProblems({ acknowledgement: { en: { body } } })).toEqual([
      'replyTemplates.acknowledgement.en.body: missing the required placeholder {{breachReportMention}}',
    ]);
  });

  it('rejects languages without built-in templates, wrong types and unknown fields', () => {
    const problems = findReplyOverrideProblems({
      refusal: { de: { subject: 'Entscheidung' }, nl: { subject: 42, footer: 'x' } },
      extension: 'text',
    });
    expect(problems).toEqual([
      'replyTemplates.refusal.de: no built-in "de" templates to override (languages: nl, en)',
      'replyTemplates.refusal.nl.subject: expected a string',
      'replyTemplates.refusal.nl.footer: unknown field (use "subject" or "body")',
      'replyTemplates.extension: expected an object keyed by language (nl, en)',
    ]);
    expect(findReplyOverrideProblems(['refusal'])).toEqual(['replyTemplates: expected an object keyed by reply template id']);
  });

  it('reports an unclosed placeholder and an empty subject', () => {
    const problems = findReplyOverrideProblems({ acknowledgement: { nl: { subject: ' ', body: 'Kenmerk {{caseReference' } } });
    expect(problems).toContain('replyTemplates.acknowledgement.nl.subject: must not be empty');
    expect(problems.some((problem) => problem.startsWith('replyTemplates.acknowledgement.nl.body: "{{" without a closing "}}"'))).toBe(true);
  });

  it('uses the path the caller gives, for profiles nested elsewhere', () => {
    expect(findReplyOverrideProblems({ x: {} }, 'profile.replyTemplates')[0]).toMatch(/^profile\.replyTemplates\.x:/);
  });
});

describe('overrides at render time', () => {
  it("uses the organisation's own text for that template and language only", () => {
    const profile = buildTestProfile({ replyTemplates: { refusal: { nl: { subject: 'Besluit {{caseReference}}', body: VALID_REFUSAL } } } });
    const inputs = { refusalReasons: 'Geen grond.' };
    const dutch = renderReply('refusal', buildTestContext({ profile, inputs }));
    expect(dutch.subject).toBe('Besluit AVG-2026-0007');
    expect(dutch.text).toContain('Klacht: autoriteitpersoonsgegevens.nl');
    const english = renderReply('refusal', buildTestContext({ profile, inputs, language: 'en' }));
    expect(english.subject).toBe(ENGLISH_REPLIES.templates.refusal.subject.replace('{{caseReference}}', 'AVG-2026-0007'));
  });

  it('refuses to render an override that skipped the load check, naming template and placeholder', () => {
    const profile = buildTestProfile({ replyTemplates: { acknowledgement: { nl: { subject: '{{onbekend}}' } } } });
    expect(() => renderReply('acknowledgement', buildTestContext({ profile }))).toThrow(/"acknowledgement" \(nl\).*\{\{onbekend\}\}/);
  });
});
