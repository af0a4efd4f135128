import { isReplyLanguage } from './chooseReplyLanguage.ts';
import { findTemplateTextProblems } from './findTemplateTextProblems.ts';
import { REPLY_LANGUAGES } from './replyLanguagePack.ts';
import { isReplyTemplateId, REPLY_TEMPLATE_IDS } from './replyTemplateId.ts';

/**
 * Checks an organisation profile's `replyTemplates` when the profile is loaded, so a wrong override
 * fails then and never when staff send a reply. Each problem starts with the field path and names
 * the template and placeholder, e.g.
 * `replyTemplates.refusal.nl.body: unknown placeholder {{klachtLink}} (known: ...)`.
 * An empty list means the overrides are usable.
 *
 * @example
 * findReplyOverrideProblems({ refusel: { nl: { subject: 'Besluit' } } })
 * // ['replyTemplates.refusel: unknown reply template id "refusel" (known: acknowledgement, ...)']
 */
export function findReplyOverrideProblems(overrides: unknown, path = 'replyTemplates'): string[] {
  return listReplyOverrideProblems(overrides, path).map((found) => `${found.path}: ${found.problem}`);
}

/** One problem in `replyTemplates`: where (the field path) and what, for a `ProfileError`. */
export interface ReplyOverrideProblem {
  path: string;
  problem: string;
}

/**
 * The same check as `findReplyOverrideProblems`, with path and problem apart, so the profile parser
 * can throw its `ProfileError(path, problem)`.
 *
 * @example
 * listReplyOverrideProblems({ refusel: {} })[0]?.path // 'replyTemplates.refusel'
 */
export function listReplyOverrideProblems(overrides: unknown, path = 'replyTemplates'): ReplyOverrideProblem[] {
  if (overrides === undefined) return [];
  if (!isPlainObject(overrides)) return [{ path, problem: 'expected an object keyed by reply template id' }];
  const problems: ReplyOverrideProblem[] = [];
  for (const [templateId, byLanguage] of Object.entries(overrides)) {
    const templatePath = `${path}.${templateId}`;
    if (!isReplyTemplateId(templateId)) {
      problems.push({ path: templatePath, problem: `unknown reply template id "${templateId}" (known: ${REPLY_TEMPLATE_IDS.join(', ')})` });
      continue;
    }
    if (!isPlainObject(byLanguage)) {
      problems.push({ path: templatePath, problem: `expected an object keyed by language (${REPLY_LANGUAGES.join(', ')})` });
      continue;
    }
    for (const [language, parts] of Object.entries(byLanguage)) {
      const languagePath = `${templatePath}.${language}`;
      if (!isReplyLanguage(language)) {
        problems.push({ path: languagePath, problem: `no built-in "${language}" templates to override (languages: ${REPLY_LANGUAGES.join(', ')})` });
        continue;
      }
      if (!isPlainObject(parts)) {
        problems.push({ path: languagePath, problem: `expected an object with "subject" and/or "body"` });
        continue;
      }
      const partProblems = findPartProblems(parts, languagePath);
      problems.push(...partProblems);
      if (partProblems.length === 0) {
        // findPartProblems has just checked that both parts, when present, are strings.
        const text = { subject: parts['subject'] as string | undefined, body: parts['body'] as string | undefined };
        problems.push(...findTemplateTextProblems(templateId, text).map((found) => ({ path: `${languagePath}.${found.field}`, problem: found.problem })));
      }
    }
  }
  return problems;
}

function findPartProblems(parts: Record<string, unknown>, languagePath: string): ReplyOverrideProblem[] {
  return Object.entries(parts).flatMap(([field, value]) => {
    const path = `${languagePath}.${field}`;
    if (field !== 'subject' && field !== 'body') return [{ path, problem: 'unknown field (use "subject" or "body")' }];
    return typeof value === 'string' ? [] : [{ path, problem: 'expected a string' }];
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
