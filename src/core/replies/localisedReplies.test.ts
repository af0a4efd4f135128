import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import type { LocalisedText, OrganisationProfile } from '../organisation/organisationProfile.ts';
import { parseOrganisationProfile } from '../organisation/parseOrganisationProfile.ts';
import { renderReply } from './renderReply.ts';
import type { ReplyLanguage } from './replyLanguagePack.ts';
import { REPLY_TEMPLATE_IDS } from './replyTemplateId.ts';
import { buildTestCase } from './replyFixtures.test-support.ts';

const profile = loadDefaultOrganisationProfile();
const inputs = { extensionReasons: 'x', refusalReasons: 'x', corrections: ['x'], identityProof: ['id_copy'] as const };

/** Every text in a profile that a reply may quote. */
function listQuotedTexts(organisation: OrganisationProfile): LocalisedText[] {
  return [
    organisation.officeHours,
    ...organisation.systems.flatMap((system) => [system.name, system.holds, system.retention, ...(system.handling.erasureException ? [system.handling.erasureException] : [])]),
    ...organisation.purposes.map((purpose) => purpose.description),
    ...organisation.dataCategories,
    ...organisation.recipients,
    organisation.dataSource,
    organisation.automatedDecisions,
  ];
}

/**
 * The `other` versions of texts that also have a different `language` version. Texts written only in
 * the default language (proper names such as "Office 365") are quoted in every language on purpose.
 */
function listTranslationsInto(other: ReplyLanguage, language: ReplyLanguage): string[] {
  return listQuotedTexts(profile).flatMap((text) => {
    const foreign = text[other];
    return foreign !== undefined && text[language] !== undefined && foreign !== text[language] ? [foreign] : [];
  });
}

function renderAll(language: ReplyLanguage, organisation: OrganisationProfile = profile) {
  const privacyCase = buildTestCase({ language, handler: 'sanne', rightsInvoked: ['access', 'erasure'] });
  return REPLY_TEMPLATE_IDS.map((templateId) => renderReply(templateId, { privacyCase, profile: organisation, today: '2026-11-24', inputs }));
}

describe('replies quote the Quality Networks profile in the reply language', () => {
  it('has real Dutch and English for the texts replies quote (the fixture is bilingual)', () => {
    expect(listTranslationsInto('en', 'nl').length).toBeGreaterThan(15);
    expect(listTranslationsInto('nl', 'en').length).toBeGreaterThan(15);
  });

  it.each<[ReplyLanguage, ReplyLanguage]>([
    ['nl', 'en'],
    ['en', 'nl'],
  ])('a reply in %s contains no %s profile text, in any template', (language, other) => {
    const foreign = listTranslationsInto(other, language);
    for (const reply of renderAll(language)) {
      expect(foreign.filter((text) => reply.text.includes(text)), reply.templateId).toEqual([]);
    }
  });

  it('the Dutch erasure reply gives the Dutch fiscal-retention sentence (AWR art. 52)', () => {
    const reply = renderReply('completion_erasure', { privacyCase: buildTestCase(), profile, today: '2026-11-24' });
    const moneybird = profile.systems.find((system) => system.id === 'moneybird');
    expect(reply.text).toContain(`- Moneybird (facturatie): ${moneybird?.handling.erasureException?.nl}`);
    expect(reply.text).toContain('Algemene wet inzake rijksbelastingen, art. 52');
    expect(reply.text).toContain('- Pipedrive (CRM)');
  });

  it('the erasure reply names third parties as passed the request on to, not as a system erased (Art. 19)', () => {
    const thirdParties = profile.systems.find((system) => system.id === 'third_parties');
    for (const language of ['nl', 'en'] as const) {
      const reply = renderReply('completion_erasure', { privacyCase: buildTestCase({ language }), profile, today: '2026-11-24' });
      const [erased = '', afterErased = ''] = reply.text.split(language === 'nl' ? 'doorgegeven' : 'passed your request on');
      expect(erased).not.toContain(`- ${thirdParties?.name[language]}`);
      expect(afterErased).toContain(`- ${thirdParties?.handling.forwardTo?.[language]}`);
    }
  });

  it('the Dutch access reply lists the Dutch purposes with their legal basis, the recipients and the retention', () => {
    const reply = renderReply('completion_access', { privacyCase: buildTestCase(), profile, today: '2026-11-24' });
    for (const purpose of profile.purposes) expect(reply.text).toContain(`- ${purpose.description.nl} – grondslag: `);
    for (const recipient of profile.recipients) expect(reply.text).toContain(`- ${recipient.nl}`);
    expect(reply.text).toContain('(art. 6 lid 1 onder c AVG)');
    expect(reply.text).toMatch(/- Moneybird \(facturatie\) – bedrijf, .*: 7 jaar, de fiscale bewaarplicht/);
    expect(reply.text).toContain(`Bereikbaar: ${profile.officeHours.nl}.`);
  });

  it('the English access reply lists the English purposes, categories and source', () => {
    const reply = renderReply('completion_access', { privacyCase: buildTestCase({ language: 'en' }), profile, today: '2026-11-24' });
    for (const purpose of profile.purposes) expect(reply.text).toContain(`- ${purpose.description.en} – legal basis: `);
    for (const category of profile.dataCategories) expect(reply.text).toContain(`- ${category.en}`);
    expect(reply.text).toContain(profile.dataSource.en);
    expect(reply.text).toContain(`Office hours: ${profile.officeHours.en}.`);
  });

  it('falls back to the default language (Dutch) where an English translation is missing', () => {
    const raw = structuredClone(profile) as unknown as { officeHours: Record<string, string>; systems: { name: Record<string, string> }[] };
    delete raw.officeHours.en;
    delete raw.systems[3]!.name.en;
    const dutchOnly = parseOrganisationProfile(raw);
    const reply = renderReply('completion_erasure', { privacyCase: buildTestCase({ language: 'en' }), profile: dutchOnly, today: '2026-11-24' });
    expect(reply.text).toContain(`Office hours: ${profile.officeHours.nl}.`);
    expect(reply.text).toContain('- Moneybird (facturatie): invoices are kept for seven years');
  });

  it('quotes German and French requesters the English texts, as their replies are in English', () => {
    const reply = renderReply('completion_access', { privacyCase: buildTestCase({ language: 'de' }), profile, today: '2026-11-24' });
    expect(reply.text).toContain(profile.automatedDecisions.en);
    expect(reply.text).not.toContain(profile.automatedDecisions.nl);
  });
});
