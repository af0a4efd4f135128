import { escapeHtml } from './escapeHtml.ts';
import { isReplyLink, type ReplyValue, type ReplyValues } from './replyValue.ts';
import type { TemplateSegment } from './scanTemplateLine.ts';

/** One scanned template line: list item (`- `) or text, as literal text and placeholders. */
export interface TemplateLine {
  isListItem: boolean;
  segments: TemplateSegment[];
}

export interface RenderedText {
  html: string;
  text: string;
}

/**
 * Renders one block of filled template lines: consecutive text lines become a paragraph with
 * `<br>`, list items and list values become `<ul>`. Every value and text is escaped in the HTML.
 *
 * @example
 * renderTemplateBlock([{ isListItem: false, segments: [{ kind: 'text', text: 'Hi' }] }], {})
 * // { html: '<p>Hi</p>', text: 'Hi' }
 */
export function renderTemplateBlock(block: readonly TemplateLine[], values: ReplyValues): RenderedText {
  const html: string[] = [];
  const text: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) html.push(`<p>${paragraph.join('<br>')}</p>`);
    if (list.length > 0) html.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    paragraph = [];
    list = [];
  };
  for (const line of block) {
    const items = listItemsOf(line, values);
    if (items) {
      if (paragraph.length > 0) flush();
      list.push(...items.map((item) => escapeMultiline(item)));
      text.push(...items.map((item) => `- ${item}`));
    } else {
      if (list.length > 0) flush();
      paragraph.push(line.segments.map((segment) => segmentHtml(segment, values)).join(''));
      text.push(line.segments.map((segment) => renderSegmentText(segment, values, ', ')).join(''));
    }
  }
  flush();
  return { html: html.join(''), text: text.join('\n') };
}

/**
 * One segment as plain text: a list value joined with `listSeparator`, a link as label and address.
 *
 * @example
 * renderSegmentText({ kind: 'placeholder', name: 'a' }, { a: ['x', 'y'] }, ', ') // 'x, y'
 */
export function renderSegmentText(segment: TemplateSegment, values: ReplyValues, listSeparator: string): string {
  if (segment.kind === 'text') return segment.text;
  const value: ReplyValue = values[segment.name] ?? '';
  if (typeof value === 'string') return value;
  if (isReplyLink(value)) return value.label === value.href ? value.href : `${value.label} (${value.href})`;
  return value.join(listSeparator);
}

/** A `- ` line, or a line that is one list placeholder, becomes list items. */
function listItemsOf(line: TemplateLine, values: ReplyValues): readonly string[] | undefined {
  const only = line.segments.length === 1 ? line.segments[0] : undefined;
  const value = only?.kind === 'placeholder' ? values[only.name] : undefined;
  if (Array.isArray(value)) return (value as readonly string[]).filter((item) => item.trim() !== '');
  if (!line.isListItem) return undefined;
  return [line.segments.map((segment) => renderSegmentText(segment, values, ', ')).join('')];
}

function segmentHtml(segment: TemplateSegment, values: ReplyValues): string {
  if (segment.kind === 'text') return escapeHtml(segment.text);
  const value: ReplyValue | undefined = values[segment.name];
  if (value !== undefined && typeof value !== 'string' && isReplyLink(value)) {
    return `<a href="${escapeHtml(value.href)}">${escapeHtml(value.label)}</a>`;
  }
  return escapeMultiline(renderSegmentText(segment, values, ', '));
}

function escapeMultiline(text: string): string {
  return text.split(/\r\n?|\n/).map(escapeHtml).join('<br>');
}
