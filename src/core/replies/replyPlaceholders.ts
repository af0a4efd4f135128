import type { ReplyTemplateId } from './replyTemplateId.ts';

/** Placeholders every template may use; all are filled from the case and the organisation profile. */
export const COMMON_PLACEHOLDERS = [
  'requesterName',
  'requesterEmail',
  'caseReference',
  'requestSubject',
  'receivedOn',
  'legalDeadline',
  'rightsInvoked',
  'organisationName',
  'organisationAddress',
  'organisationPhone',
  'privacyContact',
  'officeHours',
  'supervisoryAuthority',
  'supervisoryAuthorityLink',
  'signedBy',
  'staffNote',
] as const;

/** Placeholders that only make sense in one template, filled from that template's inputs. */
const TEMPLATE_PLACEHOLDERS: Readonly<Record<ReplyTemplateId, readonly string[]>> = {
  acknowledgement: ['breachReportMention'],
  identity_check: ['identityProof', 'idCopyAdvice'],
  extension: ['extensionReasons', 'extendedDeadline'],
  completion_access: [
    'purposes',
    'dataCategories',
    'recipients',
    'retentionPeriods',
    'otherRights',
    'dataSource',
    'automatedDecisions',
  ],
  completion_rectification: ['corrections'],
  completion_erasure: ['erasedSystems', 'forwardedTo', 'nothingErased', 'erasureExceptions'],
  completion_restriction: [],
  completion_portability: ['exportFormat'],
  completion_objection: [],
  completion_unsubscribe: [],
  refusal: ['refusalReasons'],
  complaint_acknowledgement: [],
  breach_report_reply: [],
};

/**
 * What the law requires a reply to say (DESIGN.md section 4). A body, built in or an organisation's
 * own, that lacks one of these is rejected, so an override cannot drop a legally required part.
 */
const REQUIRED_IN_BODY: Readonly<Record<ReplyTemplateId, readonly string[]>> = {
  acknowledgement: ['caseReference', 'legalDeadline', 'breachReportMention'],
  identity_check: ['identityProof', 'idCopyAdvice'],
  extension: ['extensionReasons', 'extendedDeadline'],
  completion_access: [
    'purposes',
    'dataCategories',
    'recipients',
    'retentionPeriods',
    'otherRights',
    'supervisoryAuthorityLink',
    'dataSource',
    'automatedDecisions',
  ],
  completion_rectification: [],
  // Each says what happened to the data; whichever applies is filled, the others are left out.
  completion_erasure: ['erasedSystems', 'forwardedTo', 'nothingErased', 'erasureExceptions'],
  completion_restriction: [],
  completion_portability: ['exportFormat'],
  completion_objection: [],
  completion_unsubscribe: [],
  refusal: ['refusalReasons', 'supervisoryAuthorityLink'],
  complaint_acknowledgement: ['caseReference'],
  breach_report_reply: ['caseReference'],
};

/**
 * Lists the placeholders a template may use: the common ones plus its own.
 *
 * @example
 * listPlaceholdersFor('extension').includes('extendedDeadline') // true
 * listPlaceholdersFor('acknowledgement').includes('extendedDeadline') // false
 */
export function listPlaceholdersFor(templateId: ReplyTemplateId): readonly string[] {
  return [...COMMON_PLACEHOLDERS, ...TEMPLATE_PLACEHOLDERS[templateId]];
}

/**
 * Lists the placeholders a template's body must contain to say what the law requires.
 *
 * @example
 * listRequiredPlaceholdersFor('refusal') // ['refusalReasons', 'supervisoryAuthorityLink']
 */
export function listRequiredPlaceholdersFor(templateId: ReplyTemplateId): readonly string[] {
  return REQUIRED_IN_BODY[templateId];
}
