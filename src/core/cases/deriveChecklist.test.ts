import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import { deriveChecklist, PROCEDURE_SYSTEM_ID } from './deriveChecklist.ts';

const profile = loadDefaultOrganisationProfile();

describe('deriveChecklist', () => {
  it('gives erasure one step per system, in profile order', () => {
    expect(deriveChecklist(profile, ['erasure']).map((step) => step.systemId)).toEqual(
      profile.systems.map((system) => system.id),
    );
  });

  it('keeps Moneybird invoices on erasure and carries the fiscal-retention exception (AWR art. 52) in the staff language', () => {
    const moneybird = deriveChecklist(profile, ['erasure']).find((step) => step.systemId === 'moneybird');
    expect(profile.staffLanguage).toBe('en');
    expect(moneybird?.exception).toBe(profile.systems.find((system) => system.id === 'moneybird')?.handling.erasureException?.en);
    expect(moneybird?.exception).toMatch(/seven years.*art\. 52/);
    expect(moneybird?.description).toMatch(/Keep the invoices/);
  });

  it('shows the exception in Dutch when the staff language is Dutch, whatever the requester speaks', () => {
    const moneybird = deriveChecklist({ ...profile, staffLanguage: 'nl' }, ['erasure']).find((step) => step.systemId === 'moneybird');
    expect(moneybird?.exception).toMatch(/zeven jaar.*art\. 52/);
  });

  it('puts no exception on steps of other rights in the same system', () => {
    const moneybird = deriveChecklist(profile, ['access']).find((step) => step.systemId === 'moneybird');
    expect(moneybird?.exception).toBeUndefined();
  });

  it('starts access with the Art. 15 information procedure, then the systems', () => {
    const steps = deriveChecklist(profile, ['access']);
    expect(steps[0]).toMatchObject({ systemId: PROCEDURE_SYSTEM_ID, id: 'access:procedure-1' });
    expect(steps[0]?.description).toMatch(/Art\. 15\(1\)\(a\)–\(h\)/);
  });

  it('limits an unsubscribe to the systems that send marketing (Clang, Pipedrive)', () => {
    expect(deriveChecklist(profile, ['unsubscribe']).map((step) => step.id)).toEqual(['unsubscribe:clang', 'unsubscribe:pipedrive']);
  });

  it('gives a breach report its procedure steps and no system steps', () => {
    const steps = deriveChecklist(profile, ['breach_report']);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((step) => step.systemId === PROCEDURE_SYSTEM_ID)).toBe(true);
  });

  it('opens every step and keeps ids unique across several rights, a repeated right counted once', () => {
    const steps = deriveChecklist(profile, ['access', 'erasure', 'access']);
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
    expect(steps.every((step) => step.state === 'open')).toBe(true);
    expect(steps.filter((step) => step.right === 'access')).toHaveLength(deriveChecklist(profile, ['access']).length);
  });

  it('adds a "keep and tell" step for a system with a retention exception but no erasure step', () => {
    const archiveOnly: OrganisationProfile = {
      ...profile,
      procedures: {},
      systems: [
        {
          id: 'archive',
          name: { nl: 'Papieren archief', en: 'Paper archive' },
          holds: { nl: 'Contracten', en: 'Contracts' },
          retention: { nl: '7 jaar', en: '7 years' },
          handling: { steps: {}, erasureException: { nl: 'Contracten bewaren wij 7 jaar.', en: 'Contracts are kept for 7 years.' } },
        },
      ],
    };
    expect(deriveChecklist(archiveOnly, ['erasure'])).toEqual([
      expect.objectContaining({ id: 'erasure:archive', description: expect.stringMatching(/Keep the data in Paper archive/), exception: 'Contracts are kept for 7 years.' }),
    ]);
  });

  it('falls back to the default language for a text with no translation into the staff language', () => {
    const dutchOnly: OrganisationProfile = {
      ...profile,
      procedures: {},
      systems: [{ id: 'archive', name: { nl: 'Papieren archief' }, holds: { nl: 'Contracten' }, retention: { nl: '7 jaar' }, handling: { steps: {}, erasureException: { nl: 'Contracten bewaren wij 7 jaar.' } } }],
    };
    expect(deriveChecklist(dutchOnly, ['erasure'])).toEqual([
      expect.objectContaining({ description: expect.stringMatching(/Keep the data in Papieren archief/), exception: 'Contracten bewaren wij 7 jaar.' }),
    ]);
  });

  it('does not change the profile', () => {
    const before = JSON.stringify(profile);
    deriveChecklist(profile, ['erasure', 'access']);
    expect(JSON.stringify(profile)).toBe(before);
  });
});
