import type { Classification } from '../classifier/classification.ts';
import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import { CaseOpeningError, openPrivacyCase, type OpenPrivacyCaseInput } from './openPrivacyCase.ts';

const profile = loadDefaultOrganisationProfile();

const classification: Pick<Classification, 'rights' | 'language' | 'evidence'> = {
  rights: ['access', 'erasure'],
  language: 'nl',
  evidence: [
    { right: 'access', field: 'body', start: 10, end: 27, text: 'welke gegevens' },
    { right: 'erasure', field: 'body', start: 40, end: 50, text: 'verwijderen' },
  ],
};

function input(overrides: Partial<OpenPrivacyCaseInput> = {}): OpenPrivacyCaseInput {
  return {
    message: {
      internetMessageId: '<request-1@example.nl>',
      conversationId: 'conversation-1',
      mailbox: 'support@qualitynetworks.nl',
      subject: 'Inzage en verwijderen',
      from: { name: 'An de Boer', email: 'an.deboer@example.nl' },
      receivedAt: '2026-01-30T23:30:00Z',
    },
    classification,
    profile,
    reference: 'AVG-2026-0007',
    now: '2026-02-02T08:15:00Z',
    openedBy: 'sanne',
    handler: 'thomas',
    ...overrides,
  };
}

describe('openPrivacyCase', () => {
  it('records reference, requester, rights, language, source message, handler and status', () => {
    const privacyCase = openPrivacyCase(input());
    expect(privacyCase).toMatchObject({
      id: 'AVG-2026-0007',
      reference: 'AVG-2026-0007',
      requester: { name: 'An de Boer', email: 'an.deboer@example.nl' },
      rightsInvoked: ['access', 'erasure'],
      language: 'nl',
      handler: 'thomas',
      status: 'open',
      receivedAt: '2026-01-30T23:30:00.000Z',
    });
    expect(privacyCase.sourceMessages).toEqual([
      expect.objectContaining({ internetMessageId: '<request-1@example.nl>', conversationId: 'conversation-1', mailbox: 'support@qualitynetworks.nl' }),
    ]);
  });

  it('counts a UTC evening as received the next Amsterdam day and sets the month deadline from it', () => {
    expect(openPrivacyCase(input()).legalDeadline).toEqual({
      kind: 'month-period',
      receivedOn: '2026-01-31',
      deadline: '2026-03-02',
      extended: false,
    });
  });

  it('aims at the legal deadline when no right has an own target', () => {
    expect(openPrivacyCase(input()).targetDate).toBe('2026-03-02');
  });

  it('aims at two weeks for an objection', () => {
    const privacyCase = openPrivacyCase(input({ classification: { ...classification, rights: ['objection'] } }));
    expect(privacyCase.targetDate).toBe('2026-02-13');
  });

  it('keeps the one-month answer date for breach + erasure and adds the 72-hour notification beside it', () => {
    const privacyCase = openPrivacyCase(input({ classification: { ...classification, rights: ['erasure', 'breach_report'] } }));
    expect(privacyCase.legalDeadline).toEqual({ kind: 'month-period', receivedOn: '2026-01-31', deadline: '2026-03-02', extended: false });
    expect(privacyCase.breachNotificationDeadline).toEqual({
      kind: 'hours',
      receivedOn: '2026-01-31',
      deadlineAt: '2026-02-02T23:30:00.000Z',
    });
    expect(privacyCase.targetDate).toBe('2026-03-02');
  });

  it('gives a breach-only case the 72 hours as legal deadline and as breach notification deadline', () => {
    const privacyCase = openPrivacyCase(input({ classification: { ...classification, rights: ['breach_report'] } }));
    const hours = { kind: 'hours', receivedOn: '2026-01-31', deadlineAt: '2026-02-02T23:30:00.000Z' };
    expect(privacyCase.legalDeadline).toEqual(hours);
    expect(privacyCase.breachNotificationDeadline).toEqual(hours);
  });

  it('sets no breach notification deadline when no breach is reported', () => {
    expect(openPrivacyCase(input())).not.toHaveProperty('breachNotificationDeadline');
  });

  it('derives the checklist for every right from the profile', () => {
    const rights = new Set(openPrivacyCase(input()).checklist.map((step) => step.right));
    expect([...rights]).toEqual(['access', 'erasure']);
  });

  it('starts the audit trail with received, classified (with the deciding words), opened and assigned', () => {
    const trail = openPrivacyCase(input()).auditTrail;
    expect(trail.map((event) => event.type)).toEqual(['received', 'classified', 'opened', 'assigned']);
    expect(trail[0]).toEqual({ type: 'received', at: '2026-01-30T23:30:00.000Z', internetMessageId: '<request-1@example.nl>' });
    expect(trail[1]).toMatchObject({ at: '2026-02-02T08:15:00.000Z', rights: ['access', 'erasure'], evidence: classification.evidence });
    expect(trail[3]).toMatchObject({ by: 'sanne', handler: 'thomas' });
  });

  it('leaves out the assigned event and handler when nobody is assigned yet', () => {
    const privacyCase = openPrivacyCase(input({ handler: undefined }));
    expect(privacyCase.handler).toBeUndefined();
    expect(privacyCase.auditTrail.map((event) => event.type)).not.toContain('assigned');
  });

  it("records staff's corrected rights in the opened event and uses them", () => {
    const privacyCase = openPrivacyCase(input({ rights: ['unsubscribe'] }));
    expect(privacyCase.rightsInvoked).toEqual(['unsubscribe']);
    expect(privacyCase.auditTrail[2]).toMatchObject({ type: 'opened', correctedRights: ['unsubscribe'] });
    expect(privacyCase.auditTrail[1]).toMatchObject({ rights: ['access', 'erasure'] });
  });

  it('records no correction when staff confirm the same rights', () => {
    expect(openPrivacyCase(input({ rights: ['access', 'erasure'] })).auditTrail[2]).not.toHaveProperty('correctedRights');
  });

  it('records no correction when staff confirm the same rights in another order or repeated', () => {
    expect(openPrivacyCase(input({ rights: ['erasure', 'access'] })).auditTrail[2]).not.toHaveProperty('correctedRights');
    expect(openPrivacyCase(input({ rights: ['erasure', 'access', 'erasure'] })).auditTrail[2]).not.toHaveProperty('correctedRights');
  });

  it('records a correction when staff add a right to the ones found, or drop one', () => {
    expect(openPrivacyCase(input({ rights: ['access', 'erasure', 'portability'] })).auditTrail[2]).toMatchObject({
      correctedRights: ['access', 'erasure', 'portability'],
    });
    expect(openPrivacyCase(input({ rights: ['erasure'] })).auditTrail[2]).toMatchObject({ correctedRights: ['erasure'] });
  });

  it('records that we act as processor for a business customer', () => {
    expect(openPrivacyCase(input({ processorFor: 'Bakkerij Jansen BV' })).processorFor).toBe('Bakkerij Jansen BV');
  });

  it("counts the deadline from the customer's receipt when we act as processor", () => {
    const privacyCase = openPrivacyCase(input({ processorFor: 'Bakkerij Jansen BV', controllerReceivedAt: '2026-01-26T08:00:00+01:00' }));
    expect(privacyCase.legalDeadline).toMatchObject({ receivedOn: '2026-01-26', deadline: '2026-02-26' });
    expect(privacyCase).toMatchObject({ receivedAt: '2026-01-30T23:30:00.000Z', controllerReceivedAt: '2026-01-26T07:00:00.000Z' });
  });

  it("refuses a customer's receipt later than our own receipt, which would push the deadline out", () => {
    const later = input({ processorFor: 'Bakkerij Jansen BV', controllerReceivedAt: '2026-01-31T08:00:00Z' });
    expect(() => openPrivacyCase(later)).toThrow(CaseOpeningError);
    expect(() => openPrivacyCase(later)).toThrow(/lies after our own receipt/);
  });

  it("refuses a customer's receipt in the future relative to now, checked on its own even when our own receipt is later still", () => {
    const message = { ...input().message, receivedAt: '2026-02-10T09:00:00Z' };
    const future = input({ message, processorFor: 'Bakkerij Jansen BV', controllerReceivedAt: '2026-02-05T09:00:00Z' });
    expect(() => openPrivacyCase(future)).toThrow(/lies in the future/);
  });

  it("accepts a customer's receipt at the very instant of our own receipt", () => {
    const same = input({ processorFor: 'Bakkerij Jansen BV', controllerReceivedAt: '2026-01-31T00:30:00+01:00' });
    expect(openPrivacyCase(same).controllerReceivedAt).toBe('2026-01-30T23:30:00.000Z');
  });

  it.each([[''], ['   '], ['An de Boer'], ['@example.nl'], ['an.deboer@']])(
    'refuses a requester without an email address (%j) with a clear message',
    (email) => {
      const message = { ...input().message, from: { name: 'An de Boer', email } };
      expect(() => openPrivacyCase(input({ message }))).toThrow(CaseOpeningError);
      expect(() => openPrivacyCase(input({ message }))).toThrow(/cannot be answered/);
    },
  );

  it("refuses a customer's receipt date without a customer", () => {
    expect(() => openPrivacyCase(input({ controllerReceivedAt: '2026-01-26T08:00:00Z' }))).toThrow(/act as processor/);
  });

  it('refuses to open a case without any right', () => {
    expect(() => openPrivacyCase(input({ classification: { ...classification, rights: [] } }))).toThrow(CaseOpeningError);
  });

  it('refuses a malformed reference', () => {
    expect(() => openPrivacyCase(input({ reference: 'AVG-7' }))).toThrow(/AVG-2026-0007/);
  });

  it('refuses an empty opener or handler', () => {
    expect(() => openPrivacyCase(input({ openedBy: ' ' }))).toThrow(CaseOpeningError);
    expect(() => openPrivacyCase(input({ handler: '' }))).toThrow(CaseOpeningError);
  });

  it('refuses a receipt time without a zone', () => {
    const message = { ...input().message, receivedAt: '2026-01-30T23:30:00' };
    expect(() => openPrivacyCase(input({ message }))).toThrow(/not an ISO 8601 instant/);
  });

  it('does not change its inputs, nor share evidence objects with the classification', () => {
    const frozen = structuredClone(input());
    const before = JSON.stringify(frozen);
    const privacyCase = openPrivacyCase(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    const classified = privacyCase.auditTrail[1];
    expect(classified?.type === 'classified' && classified.evidence[0]).not.toBe(frozen.classification.evidence[0]);
  });
});
