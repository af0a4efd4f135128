import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { renderReply, type RenderedReply } from '../../core/replies/renderReply.ts';
import { ReplyError } from '../../core/replies/replyError.ts';
import type { ReplyTemplateId } from '../../core/replies/replyTemplateId.ts';

/** A reply ready to open, or why it cannot be opened yet, in words for staff. */
export type ReplyAttempt = { reply: RenderedReply; problem?: undefined } | { reply?: undefined; problem: string };

const NOT_EXTENDED =
  'The extension notice can be sent once the extension is recorded: use "Extend…" under Next step to give the reasons and the new date; the notice then quotes that date.';

/**
 * Whether the case's answer period was extended, so an extension notice has a date on record.
 *
 * @example
 * isCaseExtended({ ...privacyCase, legalDeadline: { kind: 'month-period', receivedOn: '2026-11-16', deadline: '2027-02-16', extended: true } }) // true
 */
export function isCaseExtended(privacyCase: PrivacyCase): boolean {
  return privacyCase.legalDeadline.kind === 'month-period' && privacyCase.legalDeadline.extended;
}

/**
 * Renders a reply for the composer: a `ReplyError` becomes the problem to show, and an extension
 * notice is held back until the extension is recorded (the core refuses to record it before), so
 * staff never open a notice promising a date that is not on record.
 *
 * @example
 * const attempt = attemptReplyRender('refusal', { privacyCase, profile, today: '2026-11-24' });
 * attempt.problem // 'Give the reasons for the refusal …' until refusalReasons is filled in
 */
export function attemptReplyRender(templateId: ReplyTemplateId, context: Parameters<typeof renderReply>[1]): ReplyAttempt {
  if (templateId === 'extension' && !isCaseExtended(context.privacyCase)) return { problem: NOT_EXTENDED };
  try {
    return { reply: renderReply(templateId, context) };
  } catch (error) {
    if (error instanceof ReplyError) return { problem: error.message };
    throw error;
  }
}
