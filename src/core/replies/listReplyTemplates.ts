import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { DetectedLanguage } from '../rights/language.ts';
import { chooseReplyLanguage, REPLY_LANGUAGE_PACKS } from './chooseReplyLanguage.ts';
import type { ReplyLanguage } from './replyLanguagePack.ts';
import { findTemplateMismatch } from './findTemplateMismatch.ts';
import { findTemplateForRight, REPLY_TEMPLATE_IDS, type ReplyTemplateId } from './replyTemplateId.ts';
import { suggestReplyTemplate } from './suggestReplyTemplate.ts';

/** One entry of the template picker. */
export interface ReplyTemplateSummary {
  id: ReplyTemplateId;
  /** In the listed language, e.g. "Ontvangstbevestiging". */
  title: string;
  language: ReplyLanguage;
  /** The template `suggestReplyTemplate` preselects for the case. */
  isSuggested: boolean;
  /**
   * False for a completion reply of a right the case does not invoke, for a template that does not
   * fit the case (`findTemplateMismatch`), and, once the outcome is `refused`, for all but the refusal.
   */
  isRelevant: boolean;
}

export interface ListReplyTemplatesOptions {
  privacyCase?: PrivacyCase;
  /** The language staff switched to; default the case's language, else English. */
  language?: DetectedLanguage;
}

/**
 * Every reply template with its title in the reply language, in a stable order (the stages of a
 * case), marking the suggested one and the ones that fit the case, following the flow described at
 * `suggestReplyTemplate`: the refusal fits every case with a right of the requester, and is the only
 * fitting reply once the case's outcome is `refused`.
 *
 * @example
 * listReplyTemplates({ privacyCase }).find((template) => template.isSuggested)?.id // 'acknowledgement'
 * listReplyTemplates({ language: 'nl' })[0] // { id: 'acknowledgement', title: 'Ontvangstbevestiging', ... }
 */
export function listReplyTemplates(options: ListReplyTemplatesOptions = {}): ReplyTemplateSummary[] {
  const { privacyCase } = options;
  const language = chooseReplyLanguage(privacyCase?.language ?? 'und', options.language);
  const suggested = privacyCase ? suggestReplyTemplate(privacyCase).templateId : undefined;
  const rightTemplates = new Set<ReplyTemplateId>(privacyCase?.rightsInvoked.map(findTemplateForRight) ?? []);
  return REPLY_TEMPLATE_IDS.map((id) => ({
    id,
    title: REPLY_LANGUAGE_PACKS[language].templates[id].title,
    language,
    isSuggested: id === suggested,
    isRelevant: !privacyCase || isRelevant(id, privacyCase, rightTemplates),
  }));
}

function isRelevant(id: ReplyTemplateId, privacyCase: PrivacyCase, rightTemplates: ReadonlySet<ReplyTemplateId>): boolean {
  if (privacyCase.outcome === 'refused') return id === 'refusal';
  if (findTemplateMismatch(id, privacyCase)) return false;
  return !isRightSpecific(id) || rightTemplates.has(id);
}

function isRightSpecific(id: ReplyTemplateId): boolean {
  return id.startsWith('completion_') || id === 'complaint_acknowledgement' || id === 'breach_report_reply';
}
