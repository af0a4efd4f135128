import { RIGHT_LABELS } from '../rights/rightLabel.ts';
import { loadDefaultOrganisationProfile } from './loadDefaultOrganisationProfile.ts';

describe('loadDefaultOrganisationProfile', () => {
  it('describes Quality Networks BV as in its privacy statement 1.02', () => {
    const profile = loadDefaultOrganisationProfile();
    expect(profile.name).toBe('Quality Networks BV');
    expect(profile.chamberOfCommerce).toBe('61637076');
    expect(profile.mailboxes).toEqual(['support@qualitynetworks.nl', 'finance@qualitynetworks.nl', 'info@qualitynetworks.nl']);
    expect(profile.privacyStatement).toMatchObject({ version: '1.02', date: '2018-07-24' });
  });

  it('returns a fresh copy on each call, so one screen cannot change another one\'s profile', () => {
    const first = loadDefaultOrganisationProfile();
    first.handlers.pop();
    expect(loadDefaultOrganisationProfile().handlers).toHaveLength(3);
  });

  it('gives every right of the data subject except a complaint at least one step in some system', () => {
    const profile = loadDefaultOrganisationProfile();
    const rightsWithSystemSteps = new Set(profile.systems.flatMap((system) => Object.keys(system.handling.steps)));
    const expected = RIGHT_LABELS.filter((right) => right !== 'complaint' && right !== 'breach_report');
    expect(expected.filter((right) => !rightsWithSystemSteps.has(right))).toEqual([]);
  });

  it('removes newsletter addresses immediately on unsubscribe: the target is the same working day', () => {
    expect(loadDefaultOrganisationProfile().targets.unsubscribeWorkingDays).toBe(0);
  });
});
