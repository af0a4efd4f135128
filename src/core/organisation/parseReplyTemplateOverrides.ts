import { listReplyOverrideProblems } from '../replies/findReplyOverrideProblems.ts';
import { isRequestLanguage, REQUEST_LANGUAGES } from '../rights/language.ts';
import type { ReplyTemplateOverrides } from './organisationProfile.ts';
import { ProfileError } from './profileError.ts';
import { joinPath, readObject, readString } from './profileFieldReaders.ts';

/**
 * Reads a profile's `replyTemplates` (template id → language → { subject?, body? }) and has the
 * replies module check template ids and placeholders, so a wrong override fails at load.
 *
 * @example
 * parseReplyTemplateOverrides({ acknowledgement: { nl: { subject: 'Ontvangen: {{caseReference}}' } } }, 'replyTemplates')
 */
export function parseReplyTemplateOverrides(value: unknown, path: string): ReplyTemplateOverrides {
  const overrides: ReplyTemplateOverrides = {};
  for (const [templateId, byLanguage] of Object.entries(readObject(value, path))) {
    const templatePath = joinPath(path, templateId);
    overrides[templateId] = {};
    for (const [language, texts] of Object.entries(readObject(byLanguage, templatePath))) {
      const textPath = joinPath(templatePath, language);
      if (!isRequestLanguage(language)) {
        throw new ProfileError(textPath, `unknown language; expected one of ${REQUEST_LANGUAGES.join(', ')}`);
      }
      const { subject, body } = readObject(texts, textPath, ['subject', 'body']);
      overrides[templateId][language] = {
        ...(subject === undefined ? {} : { subject: readString(subject, joinPath(textPath, 'subject')) }),
        ...(body === undefined ? {} : { body: readString(body, joinPath(textPath, 'body')) }),
      };
    }
  }
  // Template ids and placeholders are the replies module's to check: its check is called here,
  // so a wrong override fails when the profile loads, never when a reply is sent.
  const [firstProblem, ...otherProblems] = listReplyOverrideProblems(overrides, path);
  if (firstProblem !== undefined) {
    const more = otherProblems.length > 0 ? ` (and ${otherProblems.length} more problem(s) in ${path})` : '';
    throw new ProfileError(firstProblem.path, `${firstProblem.problem}${more}`);
  }
  return overrides;
}
