import { readFileSync } from 'node:fs';
import { parseOrganisationProfile } from './parseOrganisationProfile.ts';
import { ProfileError } from './profileError.ts';

const profileText = readFileSync(new URL('./qualityNetworks.profile.json', import.meta.url), 'utf8');

// `any` because the tests break raw JSON in ways the profile type forbids, on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawProfile = Record<string, any>;

/** A fresh copy of the default profile as JSON, changed by `change` before parsing. */
function profileWith(change: (profile: RawProfile) => void): unknown {
  const profile = JSON.parse(profileText) as RawProfile;
  change(profile);
  return profile;
}

function problemOf(input: unknown): string {
  try {
    parseOrganisationProfile(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    return (error as ProfileError).message;
  }
  throw new Error('expected the profile to be refused');
}

describe('parseOrganisationProfile', () => {
  it('accepts the Quality Networks profile with its six systems and fiscal exception in Dutch and English', () => {
    const profile = parseOrganisationProfile(JSON.parse(profileText));
    expect(profile.systems.map((system) => system.id)).toEqual(['clang', 'office365', 'pipedrive', 'moneybird', 'topdesk', 'third_parties']);
    const exception = profile.systems.find((system) => system.id === 'moneybird')?.handling.erasureException;
    expect(exception?.nl).toMatch(/zeven jaar.*art\. 52/);
    expect(exception?.en).toMatch(/seven years.*art\. 52/);
    expect(profile.targets).toEqual({ objectionDays: 14, unsubscribeWorkingDays: 0 });
    expect(profile.newsletterNames).toEqual(['Quality Update']);
    const forwardTo = profile.systems.find((system) => system.id === 'third_parties')?.handling.forwardTo;
    expect(forwardTo?.en).toContain('VoIP suppliers');
    expect(profile.systems.filter((system) => system.handling.forwardTo).map((system) => system.id)).toEqual(['third_parties']);
    expect({ default: profile.defaultLanguage, languages: profile.languages, staff: profile.staffLanguage }).toEqual({ default: 'nl', languages: ['nl', 'en'], staff: 'en' });
  });

  it('carries the Art. 15(1) facts: purposes with a legal basis, categories, recipients, source, no automated decisions', () => {
    const profile = parseOrganisationProfile(JSON.parse(profileText));
    expect(profile.purposes.map((purpose) => purpose.legalBasis)).toEqual(['contract', 'legitimate_interests', 'legal_obligation', 'consent']);
    expect(profile.dataCategories.length).toBeGreaterThan(0);
    expect(profile.recipients.some((recipient) => /VoIP/.test(recipient.nl ?? ''))).toBe(true);
    expect(profile.dataSource.nl).toBeTruthy();
    expect(profile.automatedDecisions.nl).toMatch(/geen besluiten/);
  });

  it('accepts a text with only the default language: other languages are optional', () => {
    const profile = parseOrganisationProfile(profileWith((p) => (p.recipients[1] = { nl: 'distributeurs' })));
    expect(profile.recipients[1]).toEqual({ nl: 'distributeurs' });
  });

  it('accepts a single-language English profile', () => {
    const profile = parseOrganisationProfile(
      profileWith((p) => {
        p.languages = ['en'];
        p.defaultLanguage = 'en';
        // Keeps only the English versions: what an English-speaking organisation would write.
        const keepEnglish = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(keepEnglish);
          if (typeof value !== 'object' || value === null) return value;
          const entries = Object.entries(value);
          if (entries.some(([key]) => key === 'nl')) return { en: (value as RawProfile).en ?? (value as RawProfile).nl };
          return Object.fromEntries(entries.map(([key, entry]) => [key, keepEnglish(entry)]));
        };
        for (const field of ['officeHours', 'systems', 'purposes', 'dataCategories', 'recipients', 'dataSource', 'automatedDecisions']) {
          p[field] = keepEnglish(p[field]);
        }
      }),
    );
    expect(profile.systems[5]?.name).toEqual({ en: 'Third parties' });
  });

  it('does not change its input and returns no shared objects', () => {
    const input = JSON.parse(profileText) as Record<string, unknown>;
    const before = JSON.stringify(input);
    const profile = parseOrganisationProfile(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(profile.systems).not.toBe(input.systems);
  });

  it.each<[string, (profile: RawProfile) => void, string]>([
    ['a blank Dutch retention', (p) => (p.systems[2].retention.nl = ' '), 'systems[2].retention.nl: expected a non-empty string'],
    ['a retention as plain text', (p) => (p.systems[2].retention = '7 years'), 'systems[2].retention: expected an object'],
    ['a missing system name', (p) => delete p.systems[0].name, 'systems[0].name: expected an object'],
    ['a system name without the default language', (p) => (p.systems[0].name = { en: 'Clang' }), 'systems[0].name.nl: expected a non-empty string'],
    ['an exception in a language the profile does not name', (p) => (p.systems[3].handling.erasureException.de = 'Rechnungen'), 'systems[3].handling.erasureException.de: unknown language; this profile\'s languages are nl, en'],
    ['a forwarding text without the default language', (p) => (p.systems[5].handling.forwardTo = { en: 'our suppliers' }), 'systems[5].handling.forwardTo.nl: expected a non-empty string'],
    ['office hours in a misspelt language', (p) => (p.officeHours['nl-NL'] = 'werkdagen'), 'officeHours.nl-NL: unknown language'],
    ['a purpose without Dutch text', (p) => delete p.purposes[1].description.nl, 'purposes[1].description.nl: expected a non-empty string'],
    ['a purpose with an empty English text', (p) => (p.purposes[0].description.en = ''), 'purposes[0].description.en: expected a non-empty string'],
    ['a purpose without a legal basis', (p) => delete p.purposes[2].legalBasis, 'purposes[2].legalBasis: expected one of consent, contract'],
    ['a legal basis in Dutch', (p) => (p.purposes[0].legalBasis = 'overeenkomst'), 'purposes[0].legalBasis: expected one of'],
    ['no purposes', (p) => (p.purposes = []), 'purposes: expected a non-empty list'],
    ['a missing list of data categories', (p) => delete p.dataCategories, 'dataCategories: expected a non-empty list'],
    ['a recipient as plain text', (p) => (p.recipients[0] = 'Moneybird'), 'recipients[0]: expected an object'],
    ['a source without Dutch text', (p) => (p.dataSource = { en: 'From you.' }), 'dataSource.nl: expected a non-empty string'],
    ['no automated-decisions statement', (p) => delete p.automatedDecisions, 'automatedDecisions: expected an object'],
    ['a default language missing from languages', (p) => (p.defaultLanguage = 'fr'), 'defaultLanguage: "fr" is not one of languages (nl, en)'],
    ['an unknown language', (p) => (p.languages = ['nl', 'es']), 'languages[1]: expected one of nl, en, de, fr'],
    ['a language listed twice', (p) => (p.languages = ['nl', 'en', 'nl']), 'languages[2]: "nl" is listed twice'],
    ['no staff language', (p) => delete p.staffLanguage, 'staffLanguage: expected one of'],
    ['no systems', (p) => (p.systems = []), 'systems: expected a non-empty list'],
    ['a misspelt field', (p) => (p.systems[3].handling.erasureExeption = 'x'), 'systems[3].handling.erasureExeption: unknown field'],
    ['an unknown right in steps', (p) => (p.systems[1].handling.steps.deletion = 'x'), 'systems[1].handling.steps.deletion: unknown right'],
    ['a duplicate system id', (p) => (p.systems[4].id = 'clang'), 'systems[4].id: "clang" is used twice'],
    ['an id with spaces', (p) => (p.systems[0].id = 'Clang mail'), 'systems[0].id: expected lower-case letters'],
    ['a mailbox without @', (p) => (p.mailboxes[1] = 'finance'), 'mailboxes[1]: expected an email address'],
    ['a handler email with two @', (p) => (p.handlers[0].email = 'a@b@c.nl'), 'handlers[0].email: expected an email address'],
    ['a duplicate handler id', (p) => (p.handlers[2].id = 'sanne'), 'handlers[2].id: "sanne" is used twice'],
    ['an objection target beyond the legal month', (p) => (p.targets.objectionDays = 30), 'targets.objectionDays: expected a whole number from 0 to 28'],
    ['a fractional unsubscribe target', (p) => (p.targets.unsubscribeWorkingDays = 0.5), 'targets.unsubscribeWorkingDays: expected a whole number'],
    ['an authority URL without https', (p) => (p.supervisoryAuthority.url = 'autoriteitpersoonsgegevens.nl'), 'supervisoryAuthority.url: expected a web address'],
    ['a statement date in Dutch order', (p) => (p.privacyStatement.date = '24-07-2018'), 'privacyStatement.date: expected a date as YYYY-MM-DD'],
    ['an empty procedure list', (p) => (p.procedures.complaint = []), 'procedures.complaint: expected a non-empty list'],
    ['an unknown top-level field', (p) => (p.sytems = []), 'sytems: unknown field'],
    ['a newsletter name with pattern syntax', (p) => (p.newsletterNames = ['Quality|Update']), 'newsletterNames[0]: expected words of letters and digits'],
    ['a newsletter name with two spaces', (p) => (p.newsletterNames = ['Quality  Update']), 'newsletterNames[0]: expected words of letters and digits'],
    ['a blank newsletter name', (p) => (p.newsletterNames = [' ']), 'newsletterNames[0]: expected a non-empty string'],
    ['an empty list of newsletter names', (p) => (p.newsletterNames = []), 'newsletterNames: expected a non-empty list'],
    ['an address as a string', (p) => (p.address = 'Niasstraat 1'), 'address: expected an object'],
    ['a reply override in an unknown language', (p) => (p.replyTemplates = { acknowledgement: { es: { body: 'Hola' } } }), 'replyTemplates.acknowledgement.es: unknown language'],
    ['a reply override with an empty body', (p) => (p.replyTemplates = { acknowledgement: { nl: { body: '' } } }), 'replyTemplates.acknowledgement.nl.body: expected a non-empty string'],
  ])('refuses %s, naming the field', (_problem, change, message) => {
    expect(problemOf(profileWith(change))).toContain(message);
  });

  it('refuses a "__proto__" key in free-form objects such as reply overrides', () => {
    const input = profileWith((p) => (p.replyTemplates = JSON.parse('{"__proto__": {"nl": {"body": "x"}}}')));
    expect(problemOf(input)).toBe('replyTemplates.__proto__: this field name is not allowed');
  });

  it.each([null, [], 'profile', 42])('refuses %j as a whole profile', (input) => {
    expect(problemOf(input)).toBe('(profile): expected an object');
  });

  it('keeps well-formed reply overrides', () => {
    const overrides = { acknowledgement: { nl: { subject: 'Ontvangen: {{caseReference}}' } } };
    const profile = parseOrganisationProfile(profileWith((p) => (p.replyTemplates = overrides)));
    expect(profile.replyTemplates).toEqual(overrides);
  });

  it('exposes the field path and the problem separately for screens', () => {
    const error = (() => {
      try {
        parseOrganisationProfile(profileWith((p) => (p.phone = '')));
      } catch (caught) {
        return caught as ProfileError;
      }
      return undefined;
    })();
    expect(error?.path).toBe('phone');
    expect(error?.problem).toBe('expected a non-empty string');
  });
});
