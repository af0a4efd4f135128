/** Why a reply could not be rendered; the message tells a support employee what to do. */
export type ReplyErrorCode =
  | 'unknown_template'
  | 'template_problem'
  | 'missing_input'
  | 'invalid_date'
  | 'extension_not_allowed'
  /** The template does not fit the case, e.g. an acknowledgement with an answer date for a breach report. */
  | 'wrong_template'
  | 'too_large';

/**
 * Thrown by `renderReply` instead of producing an incomplete or unsendable reply.
 *
 * @example
 * try { renderReply('extension', context) } catch (error) {
 *   if (error instanceof ReplyError && error.code === 'extension_not_allowed') showWarning(error.message);
 * }
 */
export class ReplyError extends Error {
  override readonly name = 'ReplyError';

  constructor(
    readonly code: ReplyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
