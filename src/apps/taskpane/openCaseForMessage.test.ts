import { createMemoryCaseStore } from '../../adapters/local/memoryCaseStore.ts';
import type { MailMessage } from '../../adapters/mailbox.ts';
import type { Classification } from '../../core/classifier/classification.ts';
import { loadDefaultOrganisationProfile } from '../../core/organisation/loadDefaultOrganisationProfile.ts';
import { openCaseForMessage } from './openCaseForMessage.ts';

const message: MailMessage = {
  internetMessageId: '<inzage@example.nl>',
  conversationId: 'conv-1',
  mailbox: 'support@qualitynetworks.nl',
  from: { name: 'Piet Jansen', email: 'piet@example.nl' },
  to: ['support@qualitynetworks.nl'],
  subject: 'Inzageverzoek',
  body: 'Graag inzage in mijn gegevens.',
  bodyType: 'text',
  receivedAt: '2026-12-31T23:30:00Z',
};
const classification: Classification = {
  isPrivacyRequest: true,
  rights: ['access'],
  language: 'nl',
  confidence: 0.9,
  needsReview: false,
  evidence: [],
  truncated: false,
  examinedChars: 30,
};
const input = { message, classification, profile: loadDefaultOrganisationProfile(), openedBy: 'sanne', handlerId: 'thomas' };

describe('openCaseForMessage', () => {
  it('numbers the case in the Amsterdam year of opening: 23:30 UTC on 31 December is already next year', async () => {
    const store = createMemoryCaseStore();
    const opened = await openCaseForMessage(store, { ...input, now: '2026-12-31T23:30:00Z' });
    expect(opened.reference).toBe('AVG-2027-0001');
    expect(await store.get(opened.id)).toEqual(opened);
  });

  it('returns the case another window opened meanwhile instead of saving a second one', async () => {
    const store = createMemoryCaseStore();
    const first = await openCaseForMessage(store, { ...input, now: '2026-11-24T10:00:00Z' });
    const second = await openCaseForMessage(store, { ...input, handlerId: 'noor', now: '2026-11-24T10:01:00Z' });
    expect(second.id).toBe(first.id);
    expect(await store.list()).toHaveLength(1);
  });

  it('opens with the rights staff chose and records the processor customer', async () => {
    const store = createMemoryCaseStore();
    const opened = await openCaseForMessage(store, {
      ...input,
      classification: { ...classification, isPrivacyRequest: false, rights: [] },
      chosenRights: ['erasure'],
      processorFor: 'Jansen Logistiek BV',
      now: '2026-11-24T10:00:00Z',
    });
    expect(opened.rightsInvoked).toEqual(['erasure']);
    expect(opened.processorFor).toBe('Jansen Logistiek BV');
  });
});
