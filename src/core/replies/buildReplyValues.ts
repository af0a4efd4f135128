import { getDeadlineDate } from '../calendar/getDeadlineDate.ts';
import type { PrivacyCase } from '../cases/privacyCase.ts';
import { localiseText } from '../organisation/localiseText.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import { findAccessValues, findErasureValues } from './findSystemValues.ts';
import { findExtendedDeadline } from './findExtendedDeadline.ts';
import { formatReplyDate } from './formatReplyDate.ts';
import type { ReplyContext } from './replyContext.ts';
import { ReplyError } from './replyError.ts';
import type { ReplyLanguagePack } from './replyLanguagePack.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';
import type { ReplyLink, ReplyValues } from './replyValue.ts';

/** Requester-supplied values are cut here, so a huge name or subject cannot push a reply past 32 KB. */
export const REQUESTER_VALUE_MAX_CHARS = 200;

/**
 * The values for every placeholder `templateId` may use, from the case, the profile and the staff's
 * inputs, in the pack's language; a profile text without a translation into that language is quoted
 * in the profile's default language. Throws a `ReplyError` when an input the law requires is missing.
 *
 * @example
 * buildReplyValues('acknowledgement', context, DUTCH_REPLIES).legalDeadline // '24 december 2026'
 */
export function buildReplyValues(templateId: ReplyTemplateId, context: ReplyContext, pack: ReplyLanguagePack): ReplyValues {
  const { privacyCase, profile, inputs = {} } = context;
  const date = (calendarDate: string) => formatReplyDate(calendarDate, pack.language);
  const common = {
    requesterName: cut(privacyCase.requester.name?.trim() || pack.anonymousRequester),
    requesterEmail: cut(privacyCase.requester.email),
    caseReference: privacyCase.reference,
    requestSubject: cut(privacyCase.sourceMessages[0]?.subject ?? ''),
    receivedOn: date(privacyCase.legalDeadline.receivedOn),
    legalDeadline: date(getDeadlineDate(privacyCase.legalDeadline)),
    rightsInvoked: enumerate(privacyCase.rightsInvoked.map((right) => pack.rightNames[right]), pack.and),
    organisationName: profile.name,
    organisationAddress: `${profile.address.street}, ${profile.address.postalCode} ${profile.address.city}`,
    organisationPhone: profile.phone,
    privacyContact: profile.privacyContact,
    officeHours: localiseText(profile.officeHours, pack.language, profile),
    supervisoryAuthority: profile.supervisoryAuthority.name,
    supervisoryAuthorityLink: toLink(profile.supervisoryAuthority.url),
    signedBy: context.signedBy?.trim() || findHandlerName(privacyCase, profile) || pack.teamSignature,
    staffNote: inputs.staffNote ?? '',
  };
  switch (templateId) {
    case 'identity_check': {
      const proofs = inputs.identityProof?.length ? inputs.identityProof : (['customer_details'] as const);
      const identityProof = [...new Set(proofs)].map((proof) => pack.identityProofs[proof]);
      return { ...common, identityProof, idCopyAdvice: proofs.includes('id_copy') ? pack.idCopyAdvice : '' };
    }
    case 'extension':
      return {
        ...common,
        extensionReasons: required(inputs.extensionReasons, 'the reasons for the extension', privacyCase),
        extendedDeadline: date(findExtendedDeadline(privacyCase, context.today, inputs.newDeadline)),
      };
    case 'refusal':
      return { ...common, refusalReasons: required(inputs.refusalReasons, 'the reasons for the refusal', privacyCase) };
    case 'completion_access': {
      const facts = findAccessValues(profile, pack);
      return {
        ...common,
        ...facts,
        purposes: inputs.purposes?.trim() ? [inputs.purposes.trim()] : facts.purposes,
        dataSource: inputs.dataSource?.trim() || facts.dataSource,
        automatedDecisions: inputs.automatedDecisions?.trim() || facts.automatedDecisions,
      };
    }
    case 'completion_rectification':
      return { ...common, corrections: inputs.corrections ?? [] };
    case 'completion_erasure':
      return { ...common, ...findErasureValues(privacyCase, profile, pack) };
    case 'completion_portability':
      return { ...common, exportFormat: inputs.exportFormat?.trim() || pack.exportFormat };
    default:
      return common;
  }
}

function cut(value: string): string {
  return value.length > REQUESTER_VALUE_MAX_CHARS ? `${value.slice(0, REQUESTER_VALUE_MAX_CHARS - 1)}…` : value;
}

function enumerate(items: readonly string[], and: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A bare host name gets https://; any other scheme (javascript:, mailto:) is refused. */
function toLink(url: string): ReplyLink {
  const hasWebScheme = /^https?:\/\//i.test(url);
  if (!hasWebScheme && url.includes(':')) {
    throw new ReplyError('missing_input', `The supervisory authority's web address "${url}" in the organisation profile must be an https:// address.`);
  }
  return { href: hasWebScheme ? url : `https://${url}`, label: url.replace(/^https?:\/\//i, '').replace(/\/$/, '') };
}

function findHandlerName(privacyCase: PrivacyCase, profile: OrganisationProfile): string | undefined {
  const handler = privacyCase.handler;
  return profile.handlers.find((h) => h.id === handler || h.email === handler || h.name === handler)?.name;
}

function required(value: string | undefined, what: string, privacyCase: PrivacyCase): string {
  if (value === undefined || value.trim() === '') {
    throw new ReplyError('missing_input', `Fill in ${what} before rendering this reply for ${privacyCase.reference}.`);
  }
  return value.trim();
}
