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
  it('accepts the Quality Networks profile with its six systems and fiscal exception', () => {
    const profile = parseOrganisationProfile(JSON.parse(profileText));
    expect(profile.systems.map((system) => system.id)).toEqual(['clang', 'office365', 'pipedrive', 'moneybird', 'topdesk', 'third_parties']);
    expect(profile.systems.find((system) => system.id === 'moneybird')?.handling.erasureException).toMatch(/art\. 52/);
    expect(profile.targets).toEqual({ objectionDays: 14, unsubscribeWorkingDays: 0 });
  });

  it('does not change its input and returns no shared objects', () => {
    const input = JSON.parse(profileText) as Record<string, unknown>;
    const before = JSON.stringify(input);
    const profile = parseOrganisationProfile(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(profile.systems).not.toBe(input.systems);
  });

  it.each<[string, (profile: RawProfile) => void, string]>([
    ['a blank retention', (p) => (p.systems[2].retention = ' '), 'systems[2].retention: expected a non-empty string'],
    ['a missing system name', (p) => delete p.systems[0].name, 'systems[0].name: expected a non-empty string'],
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
