import fc from 'fast-check';
import { REQUESTER_VALUE_MAX_CHARS } from './buildCommonReplyValues.ts';
import { measureUtf8Bytes } from './measureUtf8Bytes.ts';
import { OUTLOOK_REPLY_HTML_MAX_BYTES, renderReply } from './renderReply.ts';
import { ReplyError } from './replyError.ts';
import { REPLY_TEMPLATE_IDS } from './replyTemplateId.ts';
import { buildTestCase, buildTestContext, buildTestProfile } from './replyFixtures.test-support.ts';

const ATTACK = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("x")</script>';
const INPUTS = { extensionReasons: 'Reasons.', refusalReasons: 'Reasons.', identityProof: ['id_copy'] } as const;

/** The HTML tags of a reply, which must not depend on what a requester or staff typed. */
function listTags(html: string): string[] {
  return html.match(/<\/?[a-z]+/g) ?? [];
}

describe('escaping every value from an email or a requester', () => {
  for (const templateId of REPLY_TEMPLATE_IDS) {
    it(`${templateId}: a requester name like ${ATTACK} renders as text`, () => {
      const privacyCase = buildTestCase({ requester: { name: ATTACK, email: `"><script>@example.nl` } });
      const reply = renderReply(templateId, buildTestContext({ privacyCase, inputs: INPUTS }));
      expect(reply.html).not.toContain('<img');
      expect(reply.html).not.toContain('<script');
      expect(reply.text).toContain(ATTACK);
    });
  }

  it('escapes reasons, notes and corrections typed by staff, keeping their line breaks', () => {
    const inputs = { refusalReasons: `${SCRIPT}\nsecond line`, staffNote: '<b>note</b>', corrections: ['<i>x</i>'] };
    const refusal = renderReply('refusal', buildTestContext({ inputs }));
    expect(refusal.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>second line');
    expect(refusal.html).toContain('&lt;b&gt;note&lt;/b&gt;');
    expect(renderReply('completion_rectification', buildTestContext({ inputs })).html).toContain('<li>&lt;i&gt;x&lt;/i&gt;</li>');
  });

  it('keeps an email subject with HTML and line breaks on one plain-text line (no header injection)', () => {
    const profile = buildTestProfile({ replyTemplates: { acknowledgement: { nl: { subject: 'Re: {{requestSubject}} – {{caseReference}}' } } } });
    const sourceMessages = [{ internetMessageId: '<m@x>', subject: `${SCRIPT}\r\nBcc: all@example.nl`, receivedAt: '2026-11-24T09:00:00Z' }];
    const reply = renderReply('acknowledgement', buildTestContext({ profile, privacyCase: buildTestCase({ sourceMessages }) }));
    expect(reply.subject).toBe(`Re: ${SCRIPT} Bcc: all@example.nl – AVG-2026-0007`);
    expect(reply.subject).not.toMatch(/[\r\n]/);
  });

  it('escapes text in the organisation profile as well (systems, names)', () => {
    const profile = buildTestProfile({ name: 'Q&N <BV>' });
    expect(renderReply('completion_access', buildTestContext({ profile })).html).toContain('Q&amp;N &lt;BV&gt;');
  });

  it('produces the same tags whatever the requester name and reasons (property)', () => {
    const baseline = listTags(renderReply('refusal', buildTestContext({ inputs: INPUTS })).html);
    const oneLine = fc.string({ maxLength: 300 }).filter((text) => !/[\r\n]/.test(text));
    fc.assert(
      fc.property(oneLine, oneLine, (name, reasons) => {
        const privacyCase = buildTestCase({ requester: { name, email: 'x@example.nl' } });
        const reply = renderReply('refusal', buildTestContext({ privacyCase, inputs: { refusalReasons: `${reasons}.` } }));
        expect(listTags(reply.html)).toEqual(baseline);
      }),
    );
  });
});

describe("Outlook's 32 KB limit for the reply body", () => {
  it('cuts a huge requester name and subject safely and stays under the limit', () => {
    const name = '<b>'.repeat(50_000);
    const sourceMessages = [{ internetMessageId: '<m@x>', subject: 'x'.repeat(100_000), receivedAt: '2026-11-24T09:00:00Z' }];
    const privacyCase = buildTestCase({ requester: { name, email: `${'a'.repeat(50_000)}@example.nl` }, sourceMessages });
    for (const templateId of REPLY_TEMPLATE_IDS) {
      const reply = renderReply(templateId, buildTestContext({ privacyCase, inputs: INPUTS }));
      expect(measureUtf8Bytes(reply.html)).toBeLessThanOrEqual(OUTLOOK_REPLY_HTML_MAX_BYTES);
      expect(reply.text).toContain(`${name.slice(0, REQUESTER_VALUE_MAX_CHARS - 1)}…`);
    }
  });

  it('refuses huge refusal reasons with a clear error instead of cutting what the law requires', () => {
    const inputs = { refusalReasons: 'é'.repeat(20_000) };
    try {
      renderReply('refusal', buildTestContext({ inputs }));
      expect.unreachable('a 40 KB reply must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ReplyError);
      expect((error as ReplyError).code).toBe('too_large');
      expect((error as ReplyError).message).toMatch(/\d+ KB.*32 KB/);
    }
  });

  it('counts escaped characters: reasons that fit as text but not once escaped are refused', () => {
    // 8,000 "<" are 8,000 bytes as text but 32,000 bytes as "&lt;"; with the letter around them > 32 KB.
    const inputs = { refusalReasons: '<'.repeat(8_000) };
    expect(() => renderReply('refusal', buildTestContext({ inputs }))).toThrow(/32 KB/);
  });

  it('accepts reasons that just fit', () => {
    const inputs = { refusalReasons: 'x'.repeat(25_000) };
    expect(measureUtf8Bytes(renderReply('refusal', buildTestContext({ inputs })).html)).toBeLessThanOrEqual(OUTLOOK_REPLY_HTML_MAX_BYTES);
  });
});
