import { listPlaceholdersFor, listRequiredPlaceholdersFor } from './replyPlaceholders.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';
import { scanTemplateLine } from './scanTemplateLine.ts';

/** A template's subject and body, either of which an organisation may replace. */
export interface TemplateTextParts {
  subject?: string;
  body?: string;
}

export interface TemplateTextProblem {
  field: 'subject' | 'body';
  problem: string;
}

/**
 * What is wrong with a template's text: syntax, placeholders the template does not know, and (for a
 * body) placeholders the law requires that are missing. Each problem names the placeholder.
 *
 * @example
 * findTemplateTextProblems('refusal', { body: 'No. {{refusalReasons}}' })
 * // [{ field: 'body', problem: 'missing the required placeholder {{supervisoryAuthorityLink}}' }]
 */
export function findTemplateTextProblems(templateId: ReplyTemplateId, parts: TemplateTextParts): TemplateTextProblem[] {
  const known = listPlaceholdersFor(templateId);
  const problems: TemplateTextProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    const text = parts[field];
    if (text === undefined) continue;
    const used = new Set<string>();
    for (const line of text.split('\n')) {
      const scanned = scanTemplateLine(line);
      problems.push(...scanned.problems.map((problem) => ({ field, problem })));
      for (const segment of scanned.segments) {
        if (segment.kind !== 'placeholder') continue;
        used.add(segment.name);
        if (!known.includes(segment.name)) {
          problems.push({ field, problem: `unknown placeholder {{${segment.name}}} (known: ${known.join(', ')})` });
        }
      }
    }
    if (field === 'subject' && text.trim() === '') problems.push({ field, problem: 'must not be empty' });
    if (field === 'body') {
      const missing = listRequiredPlaceholdersFor(templateId).filter((name) => !used.has(name));
      problems.push(...missing.map((name) => ({ field, problem: `missing the required placeholder {{${name}}}` })));
    }
  }
  return problems;
}
