import type { PrivacyCase } from '../cases/privacyCase.ts';
import { localiseText } from '../organisation/localiseText.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import { formatReplyDate } from './formatReplyDate.ts';
import type { ReplyContext } from './replyContext.ts';
import { ReplyError } from './replyError.ts';
import type { ReplyLanguagePack } from './replyLanguagePack.ts';
import type { ReplyLink } from './replyValue.ts';

/** Requester-supplied values are cut here, so a huge name or subject cannot push a reply past 32 KB. */
export const REQUESTER_VALUE_MAX_CHARS = 200;

/**
 * The values every template may use (`COMMON_PLACEHOLDERS`), from the case and the profile, in the
 * pack's language. `rightsInvoked` names the requester's rights only: a breach report is no right
 * exercised, and the acknowledgement mentions it separately. `legalDeadline` is the Art. 12(3)
 * answer date, and empty when the case's deadline is the 72-hour breach notification, which a reply
 * never quotes as an answer date.
 *
 * @example
 * buildCommonReplyValues(context, DUTCH_REPLIES).legalDeadline // '24 december 2026'
 */
export function buildCommonReplyValues(context: ReplyContext, pack: ReplyLanguagePack) {
  const { privacyCase, profile, inputs = {} } = context;
  const date = (calendarDate: string) => formatReplyDate(calendarDate, pack.language);
  const { legalDeadline } = privacyCase;
  const rights = privacyCase.rightsInvoked.filter((right) => right !== 'breach_report');
  return {
    requesterName: cut(privacyCase.requester.name?.trim() || pack.anonymousRequester),
    requesterEmail: cut(privacyCase.requester.email),
    caseReference: privacyCase.reference,
    requestSubject: cut(privacyCase.sourceMessages[0]?.subject ?? ''),
    receivedOn: date(legalDeadline.receivedOn),
    legalDeadline: legalDeadline.kind === 'month-period' ? date(legalDeadline.deadline) : '',
    rightsInvoked: enumerate(rights.map((right) => pack.rightNames[right]), pack.and),
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
