import type { ReplyTemplateId } from '../../core/replies/replyTemplateId.ts';

const TEMPLATE_NAMES: Readonly<Record<ReplyTemplateId, string>> = {
  acknowledgement: 'Acknowledgement of receipt',
  identity_check: 'Identity check',
  extension: 'Extension of the deadline',
  completion_access: 'Completion: access',
  completion_rectification: 'Completion: rectification',
  completion_erasure: 'Completion: erasure',
  completion_restriction: 'Completion: restriction',
  completion_portability: 'Completion: portability',
  completion_objection: 'Completion: objection',
  completion_unsubscribe: 'Completion: unsubscribe',
  refusal: 'Refusal',
  complaint_acknowledgement: 'Complaint: acknowledgement',
  breach_report_reply: 'Breach report: reply',
};

/**
 * The on-screen name of a reply template.
 *
 * @example
 * describeReplyTemplate('identity_check'); // 'Identity check'
 */
export function describeReplyTemplate(templateId: ReplyTemplateId): string {
  return TEMPLATE_NAMES[templateId];
}
