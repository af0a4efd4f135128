import DOMPurify from 'dompurify';

/**
 * Sanitises reply HTML before the pane shows it. The reply renderer already escapes every value,
 * but templates come from the organisation profile, so the preview never trusts them: scripts,
 * event handlers and remote content are removed; only text formatting and links survive.
 *
 * @example
 * sanitizeReplyHtml('<p onclick="x()">Hi<img src=x onerror=alert(1)></p>'); // '<p>Hi</p>'
 */
export function sanitizeReplyHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'span', 'div', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  });
}
