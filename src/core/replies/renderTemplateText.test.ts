import fc from 'fast-check';
import { escapeHtml } from './escapeHtml.ts';
import { measureUtf8Bytes } from './measureUtf8Bytes.ts';
import { renderTemplateLine, renderTemplateText } from './renderTemplateText.ts';
import { ReplyError } from './replyError.ts';
import { scanTemplateLine } from './scanTemplateLine.ts';

function captureError(run: () => unknown): ReplyError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReplyError) return error;
    throw error;
  }
  throw new Error('expected a ReplyError');
}

describe('renderTemplateText', () => {
  it('renders blocks as paragraphs, single line breaks as <br> and "- " lines as a list', () => {
    const rendered = renderTemplateText('Dear {{name}},\n\nLine one\nLine two\n- a\n- b', { name: 'Jan' }, 'demo');
    expect(rendered.html).toBe('<p>Dear Jan,</p>\n<p>Line one<br>Line two</p><ul><li>a</li><li>b</li></ul>');
    expect(rendered.text).toBe('Dear Jan,\n\nLine one\nLine two\n- a\n- b');
  });

  it('expands a list value into one item per entry and drops blank entries', () => {
    const rendered = renderTemplateText('Systems:\n- {{systems}}', { systems: ['Pipedrive', ' ', 'Topdesk'] }, 'demo');
    expect(rendered.html).toBe('<p>Systems:</p><ul><li>Pipedrive</li><li>Topdesk</li></ul>');
  });

  it('leaves out a block whose optional placeholder is empty, and only that block', () => {
    const rendered = renderTemplateText('Hello\n\nNote: {{staffNote}}\n\nBye', { staffNote: '  ' }, 'demo');
    expect(rendered.text).toBe('Hello\n\nBye');
  });

  it('throws instead of dropping a paragraph whose required placeholder is empty (a string or an empty list)', () => {
    const body = 'On {{receivedOn}} you asked us to erase your data. We erased it from:\n- {{systems}}\n\nBye';
    for (const systems of ['', ' ', [], [' ']]) {
      const error = captureError(() => renderTemplateText(body, { receivedOn: '24 November 2026', systems }, '"completion_erasure" (en)'));
      expect(error.code).toBe('missing_input');
      expect(error.message).toContain('"completion_erasure" (en)');
      expect(error.message).toContain('{{systems}}');
    }
  });

  it('throws for an empty required placeholder even when the same block also has an empty optional one', () => {
    const values = { legalDeadline: '', staffNote: '' };
    expect(() => renderTemplateText('We answer by {{legalDeadline}}. {{staffNote}}', values, 'demo')).toThrow(ReplyError);
  });

  it('renders a link as an anchor in HTML and as label plus address in text', () => {
    const link = { href: 'https://example.org/a?b=1&c=2', label: 'example.org' };
    const rendered = renderTemplateText('See {{link}}', { link }, 'demo');
    expect(rendered.html).toBe('<p>See <a href="https://example.org/a?b=1&amp;c=2">example.org</a></p>');
    expect(rendered.text).toBe('See example.org (https://example.org/a?b=1&c=2)');
  });

  it('escapes the template text itself, since organisations write their own', () => {
    expect(renderTemplateText('<b>{{x}}</b> & co', { x: '"' }, 'demo').html).toBe('<p>&lt;b&gt;&quot;&lt;/b&gt; &amp; co</p>');
  });

  it('accepts Windows line endings', () => {
    expect(renderTemplateText('a\r\n\r\nb', {}, 'demo').text).toBe('a\n\nb');
  });

  it('throws a ReplyError naming the template and the unknown placeholder', () => {
    expect(() => renderTemplateText('{{nope}}', {}, '"demo" (en)')).toThrow(ReplyError);
    expect(() => renderTemplateText('{{nope}}', {}, '"demo" (en)')).toThrow(/"demo" \(en\).*\{\{nope\}\}/);
  });
});

describe('renderTemplateLine', () => {
  it('joins list values and turns line breaks into spaces', () => {
    expect(renderTemplateLine('{{a}} – {{b}}', { a: 'x\r\ny', b: ['1', '2'] }, 'demo')).toBe('x y – 1, 2');
  });

  it('leaves an empty optional value out of a subject, but throws for an empty required one', () => {
    expect(renderTemplateLine('Re: {{requestSubject}} – {{caseReference}}', { requestSubject: '', caseReference: 'AVG-1' }, 'demo')).toBe('Re: – AVG-1');
    expect(() => renderTemplateLine('Your case {{caseReference}}', { caseReference: '' }, 'demo')).toThrow(ReplyError);
  });
});

describe('scanTemplateLine', () => {
  it('allows spaces inside the braces', () => {
    expect(scanTemplateLine('{{ caseReference }}').segments).toEqual([{ kind: 'placeholder', name: 'caseReference' }]);
  });

  it('reports an unclosed "{{" and a name that is not a placeholder name', () => {
    expect(scanTemplateLine('a {{b').problems[0]).toContain('without a closing');
    expect(scanTemplateLine('{{a-b}}').problems[0]).toContain('"{{a-b}}" is not a placeholder name');
  });

  it('keeps single braces as text', () => {
    expect(scanTemplateLine('{a} }}').segments).toEqual([{ kind: 'text', text: '{a} }}' }]);
  });

  it('scans long hostile lines in linear time (no backtracking)', () => {
    const line = '{{'.repeat(100_000);
    expect(scanTemplateLine(line).problems).toHaveLength(1);
  });
});

describe('escapeHtml and measureUtf8Bytes', () => {
  it('leaves no markup character unescaped (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(escapeHtml(text)).not.toMatch(/[<>"']/);
    }));
  });

  it('counts UTF-8 bytes like Node does, including emoji and lone surrogates (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(measureUtf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }));
  });
});
