import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { ReplyContext } from './replyContext.ts';

// Test support only: the `.test-support.ts` name keeps it out of the test run and marks it as no
// module for production code (a test checks that none imports it).

/**
 * A profile shaped like Quality Networks BV's (DESIGN.md section 4), built from the contract type so
 * the reply tests do not depend on the profile loader. Dutch is its default language; some system
 * names have no English text, so English replies show the fallback to Dutch.
 */
export function buildTestProfile(changes: Partial<OrganisationProfile> = {}): OrganisationProfile {
  return {
    languages: ['nl', 'en'],
    defaultLanguage: 'nl',
    staffLanguage: 'en',
    name: 'Quality Networks BV',
    address: { street: 'Niasstraat 1', postalCode: '3531 WR', city: 'Utrecht', country: 'NL' },
    phone: '088-6950500',
    chamberOfCommerce: '61637076',
    mailboxes: ['support@qualitynetworks.nl', 'finance@qualitynetworks.nl', 'info@qualitynetworks.nl'],
    privacyContact: 'support@qualitynetworks.nl',
    officeHours: { nl: 'werkdagen 8:30–17:00', en: 'working days 8:30–17:00' },
    privacyStatement: { version: '1.02', date: '2018-07-24' },
    supervisoryAuthority: { name: 'Autoriteit Persoonsgegevens', url: 'https://autoriteitpersoonsgegevens.nl' },
    systems: [
      {
        id: 'clang',
        name: { nl: 'Clang / e-village' },
        holds: { nl: 'nieuwsbrieflijst: naam, e-mail', en: 'newsletter list: name, email' },
        retention: { nl: 'tot u zich afmeldt', en: 'until you unsubscribe' },
        handling: { steps: { erasure: 'Remove from list', unsubscribe: 'Remove from list' } },
      },
      {
        id: 'pipedrive',
        name: { nl: 'Pipedrive' },
        holds: { nl: 'contactpersoon bij een bedrijf', en: 'contact linked to company' },
        retention: { nl: 'zolang klant + wettelijk minimum', en: 'while customer + legal minimum' },
        handling: { steps: { erasure: 'Delete person' } },
      },
      {
        id: 'moneybird',
        name: { nl: 'Moneybird (facturatie)', en: 'Moneybird (invoicing)' },
        holds: { nl: 'bedrijf, contactpersoon, adres, werk', en: 'company, contact, address, work done' },
        retention: { nl: '7 jaar (fiscale bewaarplicht, AWR art. 52)', en: '7 years (fiscal retention, AWR art. 52)' },
        handling: {
          steps: {},
          erasureException: { nl: 'facturen bewaren wij 7 jaar volgens de belastingwet (AWR art. 52)', en: 'invoices are kept for 7 years under fiscal law (AWR art. 52)' },
        },
      },
      {
        id: 'topdesk',
        name: { nl: 'Topdesk (servicedesk)', en: 'Topdesk (service desk)' },
        holds: { nl: 'meldingen, contactgegevens', en: 'tickets, contact details' },
        retention: { nl: 'zolang klant + wettelijk minimum', en: 'while customer + legal minimum' },
        handling: { steps: { erasure: 'Anonymise contact on tickets' } },
      },
      {
        id: 'third_parties',
        name: { nl: 'Derde partijen', en: 'Third parties' },
        holds: { nl: 'gegevens voor levering en garantie', en: 'data for delivery and warranty' },
        retention: { nl: 'volgens de verwerkersovereenkomst', en: 'as set in the processing agreement' },
        handling: {
          steps: { erasure: 'Forward the erasure request to the suppliers' },
          forwardTo: { nl: 'onze VoIP-leveranciers', en: 'our VoIP suppliers' },
        },
      },
    ],
    purposes: [
      { description: { nl: 'diensten leveren en factureren', en: 'delivering and invoicing services' }, legalBasis: 'contract' },
      { description: { nl: 'de nieuwsbrief sturen', en: 'sending the newsletter' }, legalBasis: 'consent' },
    ],
    dataCategories: [{ nl: 'naam en e-mailadres', en: 'name and email address' }],
    recipients: [{ nl: 'leveranciers van onze systemen', en: 'suppliers of our systems' }],
    dataSource: { nl: 'Van uzelf.', en: 'From you.' },
    automatedDecisions: { nl: 'Geen (art. 22 AVG).', en: 'None (Art. 22 GDPR).' },
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
