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
 * Visible markup (tags, not `<head>`, `<style>` or comments) read per character of text wanted: mail
 * HTML rarely carries more, and a body built of nested tags must not be read whole for a short text.
 */
const MAX_MARKUP_PER_TEXT_CHAR = 4;

/** Text converted from mail HTML, and whether the whole source was read to make it. */
export interface HtmlText {
  text: string;
  isWholeSource: boolean;
}

/**
 * Converts mail HTML to the plain text a person reads (see `readHtmlText`).
 *
 * @example
 * htmlToText('<p>Hallo&nbsp;team,</p><p>verwijder mijn gegevens</p>') // 'Hallo team,\nverwijder mijn gegevens'
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): string {
  return readHtmlText(html, maxChars).text;
}

/**
 * The text written so far, and the line break, quote mark or space due before the next piece: a
 * class, not closures over the converter's locals, so a conversion defines no functions.
 */
class VisibleText {
  readonly parts: string[] = [];
  length = 0;
  quoteDepth = 0;
  pendingNewlines = 0;
  pendingSpace = false;
  /** A line that holds only non-breaking spaces ("<div>&nbsp;</div>", Outlook's and Gmail's empty line) shows as a blank line. */
  isBlankLineShown = false;

  breakLine(newlines: number): void {
    this.pendingNewlines = Math.max(this.pendingNewlines, newlines);
  }

  push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  /** Writes the line break, quote mark or space due before the next text. */
  separate(): void {
    if (this.parts.length > 0 && this.pendingNewlines > 0) {
      this.push(this.pendingNewlines > 1 ? '\n\n' : '\n');
      if (this.quoteDepth > 0) this.push('> ');
    } else if (this.parts.length === 0 && this.quoteDepth > 0) {
      this.push('> ');
    } else if (this.pendingSpace && this.parts.length > 0) {
      this.push(' ');
    }
    this.pendingNewlines = 0;
    this.pendingSpace = false;
    this.isBlankLineShown = false;
  }

  emit(text: string): void {
    this.separate();
    this.push(text);
  }
}

/**
 * Converts mail HTML to the plain text a person reads: tags removed, entities decoded, block
 * elements on their own lines, hidden content and comments dropped, and each line inside a
 * `<blockquote>` prefixed with "> " so quoted replies are recognised like plain-text quotes.
 * One left-to-right pass: every search starts where the last one ended. With `maxChars` the
 * conversion stops once that much text is out, or once it has read `MAX_MARKUP_PER_TEXT_CHAR`
 * times that much visible source; the text is then a prefix of the full conversion.
 *
 * @example
 * readHtmlText('<div><b>Verwijder</b> mijn gegevens</div>', 100) // { text: 'Verwijder mijn gegevens', isWholeSource: true }
 */
export function readHtmlText(html: string, maxChars = Number.POSITIVE_INFINITY): HtmlText {
  const lower = html.toLowerCase();
  const sourceBudget = maxChars * MAX_MARKUP_PER_TEXT_CHAR;
  // Hidden content and comments are skipped with one search each, so they do not count as read.
  let skippedChars = 0;
  const out = new VisibleText();
  let index = 0;
  let hasMoreTagEnds = true;

  while (index < html.length && out.length <= maxChars && index - skippedChars <= sourceBudget) {
    const code = html.charCodeAt(index);
    if (code === 60 && hasMoreTagEnds) {
      if (lower.startsWith('<!--', index)) {
        const close = lower.indexOf('-->', index + 4);
        const after = close < 0 ? html.length : close + 3;
        skippedChars += after - index;
        index = after;
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
        const after = endClose < 0 ? html.length : endClose + 1;
        skippedChars += after - index;
        index = after;
        continue;
      }
      if (PARAGRAPH_TAGS.has(name) || (out.isBlankLineShown && LINE_TAGS.has(name))) out.breakLine(2);
      else if (LINE_TAGS.has(name)) out.breakLine(name === 'br' ? out.pendingNewlines + 1 : 1);
      else if (name === 'td' || name === 'th') out.pendingSpace = true;
      if (name === 'blockquote') out.quoteDepth = Math.max(0, out.quoteDepth + (isClosing ? -1 : 1));
      index = close + 1;
      continue;
    }
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12) {
      out.pendingSpace = true;
      index += 1;
      continue;
    }
    if (code === 38) {
      const entity = decodeHtmlEntity(html, index);
      if (entity !== undefined) {
        if (entity.text === ' ' && out.pendingNewlines > 0 && out.parts.length > 0) out.isBlankLineShown = true;
        else if (entity.text === ' ') out.pendingSpace = true;
        else if (entity.text !== '') out.emit(entity.text);
        index += entity.length;
        continue;
      }
    }
    // Words with one space between them are taken as one piece ("mijn gegevens"), not a piece and a
    // space per word: the same text, as far as the loop would have read it word by word.
    out.separate();
    let end = wordEnd(html, index + 1);
    while (end + 1 < html.length && html.charCodeAt(end) === 32 && isPlainTextCode(html.charCodeAt(end + 1))) {
      if (out.length + (end - index) > maxChars || end + 1 - skippedChars > sourceBudget) break;
      end = wordEnd(html, end + 2);
    }
    out.push(html.slice(index, end));
    index = end;
  }
  return { text: out.parts.join(''), isWholeSource: index >= html.length };
}

/** Where the word of mail HTML that goes on at `from` ends: at a tag, an entity or white space. */
function wordEnd(html: string, from: number): number {
  let end = from;
  while (end < html.length && isPlainTextCode(html.charCodeAt(end))) end += 1;
  return end;
}

/** Whether a code unit is plain text that goes on a word: not a tag, an entity or white space. */
function isPlainTextCode(code: number): boolean {
  return code !== 60 && code !== 38 && code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12;
}

/** Tag names as the lowercased source spells them: a-z and 0-9. */
function isTagNameCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
