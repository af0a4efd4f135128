import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { ReplyContext } from './replyContext.ts';

/**
 * A profile shaped like Quality Networks BV's (DESIGN.md section 4), built from the contract type so
 * the reply tests do not depend on the profile loader.
 */
export function buildTestProfile(changes: Partial<OrganisationProfile> = {}): OrganisationProfile {
  return {
    name: 'Quality Networks BV',
    address: { street: 'Niasstraat 1', postalCode: '3531 WR', city: 'Utrecht', country: 'NL' },
    phone: '088-6950500',
    chamberOfCommerce: '61637076',
    mailboxes: ['support@qualitynetworks.nl', 'finance@qualitynetworks.nl', 'info@qualitynetworks.nl'],
    privacyContact: 'support@qualitynetworks.nl',
    officeHours: 'working days 8:30–17:00',
    privacyStatement: { version: '1.02', date: '2018-07-24' },
    supervisoryAuthority: { name: 'Autoriteit Persoonsgegevens', url: 'https://autoriteitpersoonsgegevens.nl' },
    systems: [
      { id: 'clang', name: 'Clang / e-village', holds: 'newsletter list: name, email', retention: 'until you unsubscribe', handling: { steps: { erasure: 'Remove from list', unsubscribe: 'Remove from list' } } },
      { id: 'office365', name: 'Office 365', holds: 'mail, attachments, calendars', retention: 'as long as relevant', handling: { steps: { erasure: 'Delete mails no longer needed' } } },
      { id: 'pipedrive', name: 'Pipedrive', holds: 'contact linked to company', retention: 'while customer + legal minimum', handling: { steps: { erasure: 'Delete person' } } },
      {
        id: 'moneybird',
        name: 'Moneybird',
        holds: 'company, contact, address, work done',
        retention: '7 years (fiscal retention, AWR art. 52)',
        handling: { steps: {}, erasureException: 'invoices are kept for 7 years under fiscal law (AWR art. 52)' },
      },
      { id: 'topdesk', name: 'Topdesk', holds: 'tickets, contact details', retention: 'while customer + legal minimum', handling: { steps: { erasure: 'Anonymise contact on tickets' } } },
    ],
    targets: { objectionDays: 14, unsubscribeWorkingDays: 0 },
    handlers: [{ id: 'h-anna', name: 'Anna de Vries', email: 'anna@qualitynetworks.nl' }],
    ...changes,
  };
}

/** A Dutch access request received on 24 November 2026, due 24 December 2026 (a Thursday). */
export function buildTestCase(changes: Partial<PrivacyCase> = {}): PrivacyCase {
  return {
    id: 'case-7',
    reference: 'AVG-2026-0007',
    requester: { name: 'Jan Jansen', email: 'jan@example.nl' },
    rightsInvoked: ['access'],
    language: 'nl',
    sourceMessages: [{ internetMessageId: '<m1@example.nl>', subject: 'Inzageverzoek', receivedAt: '2026-11-24T09:00:00Z' }],
    handler: 'h-anna',
    status: 'open',
    receivedAt: '2026-11-24T09:00:00Z',
    legalDeadline: { kind: 'month-period', receivedOn: '2026-11-24', deadline: '2026-12-24', extended: false },
    targetDate: '2026-12-24',
    checklist: [],
    auditTrail: [{ type: 'received', at: '2026-11-24T09:00:00Z', internetMessageId: '<m1@example.nl>' }],
    ...changes,
  };
}

/** A context for `renderReply` with the test case and profile, today being the day of receipt. */
export function buildTestContext(changes: Partial<ReplyContext> = {}): ReplyContext {
  return { privacyCase: buildTestCase(), profile: buildTestProfile(), today: '2026-11-24', ...changes };
}
