import type { ReplyInputs } from './replyContext.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';

/** One field staff can fill in for a reply; `isRequired` fields must be filled before rendering. */
export interface ReplyInputField {
  name: keyof ReplyInputs;
  isRequired: boolean;
}

const optional = (name: keyof ReplyInputs): ReplyInputField => ({ name, isRequired: false });
const required = (name: keyof ReplyInputs): ReplyInputField => ({ name, isRequired: true });

const INPUTS: Readonly<Record<ReplyTemplateId, readonly ReplyInputField[]>> = {
  acknowledgement: [],
  identity_check: [optional('identityProof')],
  extension: [required('extensionReasons'), optional('newDeadline')],
  completion_access: [optional('purposes'), optional('dataSource'), optional('automatedDecisions')],
  completion_rectification: [optional('corrections')],
  completion_erasure: [],
  completion_restriction: [],
  completion_portability: [optional('exportFormat')],
  completion_objection: [],
  completion_unsubscribe: [],
  refusal: [required('refusalReasons')],
  complaint_acknowledgement: [],
  breach_report_reply: [],
};

/**
 * The fields a screen shows for a template, so staff are asked for the reasons of a refusal or an
 * extension before they render it. Every template also takes the optional `staffNote`.
 *
 * @example
 * listReplyInputs('refusal') // [{ name: 'refusalReasons', isRequired: true }, { name: 'staffNote', isRequired: false }]
 */
export function listReplyInputs(templateId: ReplyTemplateId): readonly ReplyInputField[] {
  return [...INPUTS[templateId], optional('staffNote')];
}
