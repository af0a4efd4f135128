import { isOptionalPlaceholder } from './isOptionalPlaceholder.ts';
import { renderSegmentText, renderTemplateBlock, type RenderedText, type TemplateLine } from './renderTemplateBlock.ts';
import { ReplyError } from './replyError.ts';
import { isEmptyReplyValue, type ReplyValues } from './replyValue.ts';
import { scanTemplateLine } from './scanTemplateLine.ts';

export type { RenderedText } from './renderTemplateBlock.ts';

/**
 * Fills a template body (format: see `ReplyTemplateText`) and renders it twice: as HTML in which
 * every value and every piece of template text is escaped, and as plain text without any tag.
 * A block using an empty optional placeholder (`isOptionalPlaceholder`) is left out; an empty
 * required one throws a `ReplyError`, so no paragraph the requester must read disappears silently.
 * `source` names the template in error messages, e.g. `refusal (nl)`.
 *
 * @example
 * renderTemplateText('Dear {{name}},\n\n- {{items}}', { name: 'Jan', items: ['a', 'b'] }, 'demo')
 * // { html: '<p>Dear Jan,</p>\n<ul><li>a</li><li>b</li></ul>', text: 'Dear Jan,\n\n- a\n- b' }
 */
export function renderTemplateText(body: string, values: ReplyValues, source: string): RenderedText {
  const blocks = splitBlocks(body).map((block) => block.map((line) => scanLine(line, values, source)));
  for (const line of blocks.flat()) checkRequiredValues(line, values, source);
  const kept = blocks.filter((block) => !block.some((line) => findEmptyPlaceholders(line, values).length > 0));
  const rendered = kept.map((block) => renderTemplateBlock(block, values));
  return { html: rendered.map((r) => r.html).join('\n'), text: rendered.map((r) => r.text).join('\n\n') };
}

/**
 * Fills a one-line template (a subject) as plain text; line breaks in values become spaces, so a
 * value can never add a header line. An empty optional value leaves a gap; a required one throws.
 *
 * @example
 * renderTemplateLine('Your request – {{caseReference}}', { caseReference: 'AVG-2026-0007' }, 'demo')
 * // 'Your request – AVG-2026-0007'
 */
export function renderTemplateLine(line: string, values: ReplyValues, source: string): string {
  const scanned = scanLine(line.replace(/[\r\n]+/g, ' '), values, source);
  checkRequiredValues(scanned, values, source);
  return scanned.segments.map((segment) => renderSegmentText(segment, values, ', ')).join('').replace(/\s+/g, ' ').trim();
}

function splitBlocks(body: string): string[][] {
  const blocks: string[][] = [[]];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]?.push(line.trimEnd());
  }
  return blocks.filter((block) => block.length > 0);
}

function scanLine(line: string, values: ReplyValues, source: string): TemplateLine {
  const isListItem = line.startsWith('- ');
  const { segments, problems } = scanTemplateLine(isListItem ? line.slice(2) : line);
  const unknown = segments.find((s) => s.kind === 'placeholder' && !Object.hasOwn(values, s.name));
  if (problems.length > 0 || unknown) {
    const problem = unknown?.kind === 'placeholder' ? `the unknown placeholder {{${unknown.name}}}` : problems.join('; ');
    throw new ReplyError('template_problem', `The reply template ${source} cannot be used: it contains ${problem}. Correct the template text in the organisation profile.`);
  }
  return { isListItem, segments };
}

function findEmptyPlaceholders(line: TemplateLine, values: ReplyValues): string[] {
  return line.segments.flatMap((segment) => {
    const value = segment.kind === 'placeholder' ? values[segment.name] : undefined;
    return segment.kind === 'placeholder' && value !== undefined && isEmptyReplyValue(value) ? [segment.name] : [];
  });
}

function checkRequiredValues(line: TemplateLine, values: ReplyValues, source: string): void {
  const required = findEmptyPlaceholders(line, values).find((name) => !isOptionalPlaceholder(name));
  if (required === undefined) return;
  throw new ReplyError(
    'missing_input',
    `The reply ${source} cannot be completed: {{${required}}} has nothing to fill in for this case, and leaving its text out would hide something the requester must be told. Complete the case (or the inputs for this reply) first, or choose another template.`,
  );
}
