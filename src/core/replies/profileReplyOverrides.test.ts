import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import { parseOrganisationProfile } from '../organisation/parseOrganisationProfile.ts';
import { ProfileError } from '../organisation/profileError.ts';
import { renderReply } from './renderReply.ts';
import { REPLY_LANGUAGES } from './replyLanguagePack.ts';
import { REPLY_TEMPLATE_IDS } from './replyTemplateId.ts';
import { buildTestCase } from './replyFixtures.test-support.ts';

function parseWithOverrides(replyTemplates: unknown): unknown {
  try {
    return parseOrganisationProfile({ ...loadDefaultOrganisationProfile(), replyTemplates });
  } catch (error) {
    return error;
  }
}

describe('reply overrides are checked when the profile loads', () => {
  it('fails parseOrganisationProfile on an unknown placeholder, naming template, language and placeholder', () => {
    const error = parseWithOverrides({ refusal: { nl: { subject: 'Besluit {{dossiernummer}}' } } });
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).path).toBe('replyTemplates.refusal.nl.subject');
    expect((error as ProfileError).message).toMatch(/^replyTemplates\.refusal\.nl\.subject: unknown placeholder \{\{dossiernummer\}\}/);
  });

  it('fails parseOrganisationProfile on an unknown template id', () => {
    const error = parseWithOverrides({ acknowledgment: { en: { subject: 'Received' } } });
    expect((error as ProfileError).message).toMatch(/^replyTemplates\.acknowledgment: unknown reply template id "acknowledgment"/);
  });

  it('fails parseOrganisationProfile on a body without the legally required parts, and counts the rest', () => {
    const error = parseWithOverrides({ extension: { en: { body: 'We need more time.' } } });
    expect((error as ProfileError).message).toBe(
      'replyTemplates.extension.en.body: missing the required placeholder {{extensionReasons}} (and 1 more problem(s) in replyTemplates)',
    );
  });

  it('loads a valid override and renders with it', () => {
    const replyTemplates = { acknowledgement: { en: { subject: 'Received: {{caseReference}}' } } };
    const profile = parseOrganisationProfile({ ...loadDefaultOrganisationProfile(), replyTemplates });
    const reply = renderReply('acknowledgement', { privacyCase: buildTestCase({ language: 'en' }), profile, today: '2026-11-24' });
    expect(reply.subject).toBe('Received: AVG-2026-0007');
  });
});

describe('replies with the built-in Quality Networks profile', () => {
  const profile = loadDefaultOrganisationProfile();
  const inputs = { extensionReasons: 'Ten years of mail.', refusalReasons: 'Unfounded.', identityProof: ['id_copy'] as const };

  for (const language of REPLY_LANGUAGES) {
    it(`renders every template in ${language}`, () => {
      for (const templateId of REPLY_TEMPLATE_IDS) {
        const privacyCase = buildTestCase({ language, handler: 'sanne', rightsInvoked: ['access', 'erasure'] });
        const reply = renderReply(templateId, { privacyCase, profile, today: '2026-11-24', inputs });
        expect(reply.text).toContain('Sanne de Vries');
      }
    });
  }

  it('tells the requester that Moneybird keeps invoices under AWR art. 52 on erasure, in the case\'s language', () => {
    const dutch = renderReply('completion_erasure', { privacyCase: buildTestCase(), profile, today: '2026-11-24' });
    expect(dutch.text).toMatch(/- Moneybird \(facturatie\): facturen bewaren wij zeven jaar.*art\. 52/);
    expect(dutch.text).toContain('- Pipedrive (CRM)');
    const english = renderReply('completion_erasure', { privacyCase: buildTestCase({ language: 'en' }), profile, today: '2026-11-24' });
    expect(english.text).toMatch(/- Moneybird \(invoicing\): invoices are kept for seven years.*art\. 52/);
  });

  it('applies an organisation\'s own Dutch erasure text and still fills it with the Dutch retention exception', () => {
    const body =
      'Beste {{requesterName}},\n\nGewist:\n- {{erasedSystems}}\n\nDoorgegeven:\n- {{forwardedTo}}\n\n{{nothingErased}}\n\nWij bewaren alleen:\n- {{erasureExceptions}}\n\n{{signedBy}}';
    const custom = parseOrganisationProfile({ ...profile, replyTemplates: { completion_erasure: { nl: { body } } } });
    const reply = renderReply('completion_erasure', { privacyCase: buildTestCase({ handler: 'sanne' }), profile: custom, today: '2026-11-24' });
    expect(reply.text).toContain('Wij bewaren alleen:');
    expect(reply.text).toMatch(/- Moneybird \(facturatie\): facturen bewaren wij zeven jaar/);
  });
});
