import { buildReplyValues } from './buildReplyValues.ts';
import { chooseReplyLanguage, REPLY_LANGUAGE_PACKS } from './chooseReplyLanguage.ts';
import { findTemplateTextProblems } from './findTemplateTextProblems.ts';
import { measureUtf8Bytes } from './measureUtf8Bytes.ts';
import { renderTemplateLine, renderTemplateText } from './renderTemplateText.ts';
import type { ReplyContext } from './replyContext.ts';
import { ReplyError } from './replyError.ts';
import type { ReplyLanguage } from './replyLanguagePack.ts';
import { isReplyTemplateId, REPLY_TEMPLATE_IDS, type ReplyTemplateId } from './replyTemplateId.ts';

/** Outlook's limit for the HTML body of `displayReplyFormAsync`: 32 KB. */
export const OUTLOOK_REPLY_HTML_MAX_BYTES = 32 * 1024;

/** A reply ready for review: the task pane previews `html` (sanitised) and opens it in Outlook. */
export interface RenderedReply {
  templateId: ReplyTemplateId;
  language: ReplyLanguage;
  subject: string;
  /** Every value escaped; at most `OUTLOOK_REPLY_HTML_MAX_BYTES` bytes in UTF-8. */
  html: string;
  /** The same reply without any markup. */
  text: string;
}

/**
 * Renders a reply for a case in the case's language (or the one staff switched to), using the
 * organisation's own text where its profile overrides the template. Throws a `ReplyError` with a
 * message for staff when an input is missing, an extension comes too late, a template is broken or
 * the reply would be too large for Outlook.
 *
 * @example
 * const reply = renderReply('acknowledgement', { privacyCase, profile, today: '2026-11-24' });
 * reply.subject // 'Wij hebben uw verzoek ontvangen – AVG-2026-0007'
 */
export function renderReply(templateId: ReplyTemplateId, context: ReplyContext): RenderedReply {
  if (!isReplyTemplateId(templateId)) {
    throw new ReplyError('unknown_template', `There is no reply template "${String(templateId)}"; choose one of ${REPLY_TEMPLATE_IDS.join(', ')}.`);
  }
  const language = chooseReplyLanguage(context.privacyCase.language, context.language);
  const pack = REPLY_LANGUAGE_PACKS[language];
  const override = context.profile.replyTemplates?.[templateId]?.[language];
  const subjectTemplate = override?.subject ?? pack.templates[templateId].subject;
  const bodyTemplate = override?.body ?? pack.templates[templateId].body;
  const source = `"${templateId}" (${language})`;
  const problems = findTemplateTextProblems(templateId, { subject: subjectTemplate, body: bodyTemplate });
  if (problems.length > 0) {
    throw new ReplyError('template_problem', `The reply template ${source} cannot be used: ${problems.map((found) => `${found.field}: ${found.problem}`).join('; ')}. Correct it in the organisation profile.`);
  }
  const values = buildReplyValues(templateId, context, pack);
  const subject = renderTemplateLine(subjectTemplate, values, source);
  const { html, text } = renderTemplateText(bodyTemplate, values, source);
  const bytes = measureUtf8Bytes(html);
  if (bytes > OUTLOOK_REPLY_HTML_MAX_BYTES) {
    throw new ReplyError(
      'too_large',
      `This reply is ${Math.ceil(bytes / 1024)} KB, but Outlook opens replies of at most 32 KB. Shorten the reasons or the note, or send the details as an attachment.`,
    );
  }
  return { templateId, language, subject, html, text };
}
