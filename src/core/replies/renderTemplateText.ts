import { escapeHtml } from './escapeHtml.ts';
import { isEmptyReplyValue, isReplyLink, type ReplyValue, type ReplyValues } from './replyValue.ts';
import { ReplyError } from './replyError.ts';
import { scanTemplateLine, type TemplateSegment } from './scanTemplateLine.ts';

export interface RenderedText {
  html: string;
  text: string;
}

type Line = { isListItem: boolean; segments: TemplateSegment[] };

/**
 * Fills a template body (format: see `ReplyTemplateText`) and renders it twice: as HTML in which
 * every value and every piece of template text is escaped, and as plain text without any tag.
 * `source` names the template in error messages, e.g. `refusal (nl)`.
 *
 * @example
 * renderTemplateText('Dear {{name}},\n\n- {{items}}', { name: 'Jan', items: ['a', 'b'] }, 'demo')
 * // { html: '<p>Dear Jan,</p>\n<ul><li>a</li><li>b</li></ul>', text: 'Dear Jan,\n\n- a\n- b' }
 */
export function renderTemplateText(body: string, values: ReplyValues, source: string): RenderedText {
  const blocks = splitBlocks(body).map((block) => block.map((line) => scanLine(line, values, source)));
  const kept = blocks.filter((block) => !block.some((line) => line.segments.some((s) => isEmptyPlaceholder(s, values))));
  const rendered = kept.map((block) => renderBlock(block, values));
  return { html: rendered.map((r) => r.html).join('\n'), text: rendered.map((r) => r.text).join('\n\n') };
}

/**
 * Fills a one-line template (a subject) as plain text; line breaks in values become spaces, so a
 * value can never add a header line.
 *
 * @example
 * renderTemplateLine('Your request – {{caseReference}}', { caseReference: 'AVG-2026-0007' }, 'demo')
 * // 'Your request – AVG-2026-0007'
 */
export function renderTemplateLine(line: string, values: ReplyValues, source: string): string {
  const scanned = scanLine(line.replace(/[\r\n]+/g, ' '), values, source);
  return scanned.segments.map((segment) => segmentText(segment, values, ', ')).join('').replace(/\s+/g, ' ').trim();
}

function splitBlocks(body: string): string[][] {
  const blocks: string[][] = [[]];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]?.push(line.trimEnd());
  }
  return blocks.filter((block) => block.length > 0);
}

function scanLine(line: string, values: ReplyValues, source: string): Line {
  const isListItem = line.startsWith('- ');
  const { segments, problems } = scanTemplateLine(isListItem ? line.slice(2) : line);
  const unknown = segments.find((s) => s.kind === 'placeholder' && !Object.hasOwn(values, s.name));
  if (problems.length > 0 || unknown) {
    const problem = unknown?.kind === 'placeholder' ? `the unknown placeholder {{${unknown.name}}}` : problems.join('; ');
    throw new ReplyError('template_problem', `The reply template ${source} cannot be used: it contains ${problem}. Correct the template text in the organisation profile.`);
  }
  return { isListItem, segments };
}

function isEmptyPlaceholder(segment: TemplateSegment, values: ReplyValues): boolean {
  const value = segment.kind === 'placeholder' ? values[segment.name] : undefined;
  return value !== undefined && isEmptyReplyValue(value);
}

function renderBlock(block: Line[], values: ReplyValues): RenderedText {
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
      text.push(line.segments.map((segment) => segmentText(segment, values, ', ')).join(''));
    }
  }
  flush();
  return { html: html.join(''), text: text.join('\n') };
}

/** A `- ` line, or a line that is one list placeholder, becomes list items. */
function listItemsOf(line: Line, values: ReplyValues): readonly string[] | undefined {
  const only = line.segments.length === 1 ? line.segments[0] : undefined;
  const value = only?.kind === 'placeholder' ? values[only.name] : undefined;
  if (Array.isArray(value)) return (value as readonly string[]).filter((item) => item.trim() !== '');
  if (!line.isListItem) return undefined;
  return [line.segments.map((segment) => segmentText(segment, values, ', ')).join('')];
}

function segmentHtml(segment: TemplateSegment, values: ReplyValues): string {
  if (segment.kind === 'text') return escapeHtml(segment.text);
  const value: ReplyValue | undefined = values[segment.name];
  if (value !== undefined && typeof value !== 'string' && isReplyLink(value)) {
    return `<a href="${escapeHtml(value.href)}">${escapeHtml(value.label)}</a>`;
  }
  return escapeMultiline(segmentText(segment, values, ', '));
}

function segmentText(segment: TemplateSegment, values: ReplyValues, listSeparator: string): string {
  if (segment.kind === 'text') return segment.text;
  const value: ReplyValue = values[segment.name] ?? '';
  if (typeof value === 'string') return value;
  if (isReplyLink(value)) return value.label === value.href ? value.href : `${value.label} (${value.href})`;
  return value.join(listSeparator);
}

function escapeMultiline(text: string): string {
  return text.split(/\r\n?|\n/).map(escapeHtml).join('<br>');
}
