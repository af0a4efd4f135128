// @vitest-environment jsdom
import { sanitizeReplyHtml } from './sanitizeReplyHtml.ts';

describe('sanitizeReplyHtml', () => {
  it('removes an <img onerror> and keeps the surrounding paragraph text', () => {
    expect(sanitizeReplyHtml('<p>Beste Anna<img src=x onerror="alert(1)"></p>')).toBe('<p>Beste Anna</p>');
  });

  it('removes script elements and event handler attributes', () => {
    const cleaned = sanitizeReplyHtml('<p onclick="steal()">Hallo</p><script>steal()</script>');
    expect(cleaned).toBe('<p>Hallo</p>');
  });

  it('keeps https and mailto links but drops javascript: links', () => {
    const cleaned = sanitizeReplyHtml(
      '<a href="https://autoriteitpersoonsgegevens.nl">AP</a> <a href="mailto:support@qualitynetworks.nl">mail</a> <a href="javascript:steal()">x</a>',
    );
    expect(cleaned).toContain('href="https://autoriteitpersoonsgegevens.nl"');
    expect(cleaned).toContain('href="mailto:support@qualitynetworks.nl"');
    expect(cleaned).not.toContain('javascript');
  });

  it('drops inline styles, which could hide text from the reviewer', () => {
    expect(sanitizeReplyHtml('<p style="display:none">hidden</p>')).toBe('<p>hidden</p>');
  });
});
