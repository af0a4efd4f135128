import { decodeHtmlEntity } from './decodeHtmlEntity.ts';

/** Elements that start a new line, as a reader sees them. */
const LINE_TAGS = new Set(['div', 'br', 'li', 'tr', 'ul', 'ol', 'dd', 'dt', 'center', 'address']);
/** Elements that stand apart as a paragraph (a blank line around them). */
const PARAGRAPH_TAGS = new Set([
  'p', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre', 'section', 'article', 'header', 'footer',
]);
/** Elements whose content a reader never sees. */
const HIDDEN_TAGS = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'xml']);

/**
 * Converts mail HTML to the plain text a person reads: tags removed, entities decoded, block
 * elements on their own lines, hidden content and comments dropped, and each line inside a
 * `<blockquote>` prefixed with "> " so quoted replies are recognised like plain-text quotes.
 * One left-to-right pass: every search starts where the last one ended. With `maxChars` the
 * conversion stops once that much text is out (the result is then a prefix of the full conversion).
 *
 * @example
 * htmlToText('<p>Hallo&nbsp;team,</p><p>verwijder mijn gegevens</p>') // 'Hallo team,\nverwijder mijn gegevens'
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let quoteDepth = 0;
  let pendingNewlines = 0;
  let pendingSpace = false;
  let index = 0;
  let hasMoreTagEnds = true;
  let outputLength = 0;

  const breakLine = (newlines: number): void => {
    pendingNewlines = Math.max(pendingNewlines, newlines);
  };
  const push = (text: string): void => {
    parts.push(text);
    outputLength += text.length;
  };
  const emit = (text: string): void => {
    if (parts.length > 0 && pendingNewlines > 0) {
      push(pendingNewlines > 1 ? '\n\n' : '\n');
      if (quoteDepth > 0) push('> ');
    } else if (parts.length === 0 && quoteDepth > 0) {
      push('> ');
    } else if (pendingSpace && parts.length > 0) {
      push(' ');
    }
    push(text);
    pendingNewlines = 0;
    pendingSpace = false;
  };

  while (index < html.length && outputLength <= maxChars) {
    const code = html.charCodeAt(index);
    if (code === 60 && hasMoreTagEnds) {
      if (lower.startsWith('<!--', index)) {
        const close = lower.indexOf('-->', index + 4);
        index = close < 0 ? html.length : close + 3;
        continue;
      }
      const close = html.indexOf('>', index + 1);
      if (close < 0) {
        hasMoreTagEnds = false;
        continue;
      }
      const isClosing = html.charCodeAt(index + 1) === 47;
      let nameEnd = index + (isClosing ? 2 : 1);
      while (nameEnd < close && isTagNameCode(lower.charCodeAt(nameEnd))) nameEnd += 1;
      const name = lower.slice(index + (isClosing ? 2 : 1), nameEnd);
      if (!isClosing && HIDDEN_TAGS.has(name)) {
        const end = lower.indexOf(`</${name}`, close + 1);
        const endClose = end < 0 ? -1 : lower.indexOf('>', end);
        index = endClose < 0 ? html.length : endClose + 1;
        continue;
      }
      if (PARAGRAPH_TAGS.has(name)) breakLine(2);
      else if (LINE_TAGS.has(name)) breakLine(name === 'br' ? pendingNewlines + 1 : 1);
      else if (name === 'td' || name === 'th') pendingSpace = true;
      if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (isClosing ? -1 : 1));
      index = close + 1;
      continue;
    }
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12) {
      pendingSpace = true;
      index += 1;
      continue;
    }
    if (code === 38) {
      const entity = decodeHtmlEntity(html, index);
      if (entity !== undefined) {
        if (entity.text === ' ') pendingSpace = true;
        else if (entity.text !== '') emit(entity.text);
        index += entity.length;
        continue;
      }
    }
    let end = index + 1;
    while (end < html.length) {
      const next = html.charCodeAt(end);
      if (next === 60 || next === 38 || next === 32 || next === 9 || next === 10 || next === 13 || next === 12) break;
      end += 1;
    }
    emit(html.slice(index, end));
    index = end;
  }
  return parts.join('');
}

/** Tag names as the lowercased source spells them: a-z and 0-9. */
function isTagNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
