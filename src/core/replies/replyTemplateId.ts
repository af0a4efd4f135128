import type { RightLabel } from '../rights/rightLabel.ts';

/**
 * Stable ids of the reply templates. They are stored in `reply_sent` audit events and used as keys in
 * the organisation profile's `replyTemplates`, so an id never changes once released.
 */
export const REPLY_TEMPLATE_IDS = [
  'acknowledgement',
  'identity_check',
  'extension',
  'completion_access',
  'completion_rectification',
  'completion_erasure',
  'completion_restriction',
  'completion_portability',
  'completion_objection',
  'completion_unsubscribe',
  'refusal',
  'complaint_acknowledgement',
  'breach_report_reply',
] as const;

export type ReplyTemplateId = (typeof REPLY_TEMPLATE_IDS)[number];

const TEMPLATE_FOR_RIGHT: Readonly<Record<RightLabel, ReplyTemplateId>> = {
  access: 'completion_access',
  rectification: 'completion_rectification',
  erasure: 'completion_erasure',
  restriction: 'completion_restriction',
  portability: 'completion_portability',
  objection: 'completion_objection',
  unsubscribe: 'completion_unsubscribe',
  complaint: 'complaint_acknowledgement',
  breach_report: 'breach_report_reply',
};

/**
 * Checks that a value is a known reply template id, e.g. a key in a profile's `replyTemplates`.
 *
 * @example
 * isReplyTemplateId('refusal') // true
 * isReplyTemplateId('refusel') // false
 */
export function isReplyTemplateId(value: unknown): value is ReplyTemplateId {
  return typeof value === 'string' && (REPLY_TEMPLATE_IDS as readonly string[]).includes(value);
}

/**
 * The template that closes the handling of one right: its completion reply, or for a complaint and a
 * breach report the reply that confirms what happens next.
 *
 * @example
 * findTemplateForRight('erasure') // 'completion_erasure'
 * findTemplateForRight('breach_report') // 'breach_report_reply'
 */
export function findTemplateForRight(right: RightLabel): ReplyTemplateId {
  return TEMPLATE_FOR_RIGHT[right];
}
