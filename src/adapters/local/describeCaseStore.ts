import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';

/** A minimal valid case for store tests; `overrides` replace whole fields. */
export function buildStoredCase(overrides: Partial<PrivacyCase> = {}): PrivacyCase {
  return {
    id: 'case-1',
    reference: 'AVG-2026-0001',
    requester: { name: 'Anna de Vries', email: 'anna@example.nl' },
    rightsInvoked: ['access'],
    language: 'nl',
    sourceMessages: [{ internetMessageId: '<m1@example.nl>', conversationId: 'conv-1', receivedAt: '2026-01-30T09:00:00Z' }],
    status: 'open',
    receivedAt: '2026-01-30T09:00:00Z',
    legalDeadline: { kind: 'month-period', receivedOn: '2026-01-30', deadline: '2026-03-02', extended: false },
    targetDate: '2026-03-02',
    checklist: [],
    auditTrail: [{ type: 'received', at: '2026-01-30T09:00:00Z', internetMessageId: '<m1@example.nl>' }],
    ...overrides,
  };
}

/**
 * The behaviour every `CaseStore` must show, run against each implementation so the memory store
 * used in screen tests cannot drift from the IndexedDB store used in the browser.
 */
export function describeCaseStore(name: string, openStore: () => Promise<CaseStore>): void {
  describe(`${name} (CaseStore behaviour)`, () => {
    it('returns undefined for an unknown id and an unknown message', async () => {
      const store = await openStore();
      expect(await store.get('missing')).toBeUndefined();
      expect(await store.findByMessage('<nobody@example.nl>', 'no-conversation')).toBeUndefined();
    });

    it('gives back a saved case by id and in the list', async () => {
      const store = await openStore();
      const saved = buildStoredCase();
      await store.save(saved);
      expect(await store.get(saved.id)).toEqual(saved);
      expect((await store.list()).map((c) => c.id)).toEqual([saved.id]);
    });

    it('finds a case by internet message id, and a follow-up by conversation id only', async () => {
      const store = await openStore();
      await store.save(buildStoredCase());
      expect((await store.findByMessage('<m1@example.nl>'))?.id).toBe('case-1');
      expect((await store.findByMessage('<follow-up@example.nl>', 'conv-1'))?.id).toBe('case-1');
      expect(await store.findByMessage('<follow-up@example.nl>')).toBeUndefined();
    });

    it('prefers the open case when a conversation holds a closed and an open one', async () => {
      const store = await openStore();
      await store.save(buildStoredCase({ id: 'old', status: 'closed', receivedAt: '2026-03-01T09:00:00Z' }));
      await store.save(buildStoredCase({ id: 'new', status: 'open', receivedAt: '2026-01-01T09:00:00Z', sourceMessages: [{ internetMessageId: '<m2@example.nl>', conversationId: 'conv-1', receivedAt: '2026-01-01T09:00:00Z' }] }));
      expect((await store.findByMessage('<m3@example.nl>', 'conv-1'))?.id).toBe('new');
    });

    it('replaces a case on save and finds it by a newly attached message', async () => {
      const store = await openStore();
      const original = buildStoredCase();
      await store.save(original);
      const attached = { internetMessageId: '<m2@example.nl>', conversationId: 'conv-2', receivedAt: '2026-02-02T10:00:00Z' };
      await store.save({ ...original, status: 'acknowledged', sourceMessages: [...original.sourceMessages, attached] });
      expect((await store.get(original.id))?.status).toBe('acknowledged');
      expect((await store.findByMessage('<m2@example.nl>'))?.id).toBe(original.id);
      expect(await store.list()).toHaveLength(1);
    });

    it('never drops earlier audit events when a stale copy is saved', async () => {
      const store = await openStore();
      const original = buildStoredCase();
      const opened = { type: 'opened', at: '2026-01-30T09:05:00Z', by: 'anna' } as const;
      const acknowledged = { type: 'acknowledged', at: '2026-01-30T10:00:00Z', by: 'bas' } as const;
      await store.save({ ...original, auditTrail: [...original.auditTrail, acknowledged] });
      await store.save({ ...original, auditTrail: [...original.auditTrail, opened] });
      expect((await store.get(original.id))?.auditTrail.map((e) => e.type)).toEqual(['received', 'opened', 'acknowledged']);
    });

    it('does not let a caller change a stored case by mutating what it saved', async () => {
      const store = await openStore();
      const saved = buildStoredCase();
      await store.save(saved);
      saved.rightsInvoked.push('erasure');
      expect((await store.get(saved.id))?.rightsInvoked).toEqual(['access']);
    });

    it('counts reference numbers per year and never hands out the same number twice', async () => {
      const store = await openStore();
      await store.save(buildStoredCase({ id: 'a', reference: 'AVG-2026-0004' }));
      await store.save(buildStoredCase({ id: 'b', reference: 'AVG-2025-0011' }));
      const first = await store.nextReferenceNumber(2026);
      const second = await store.nextReferenceNumber(2026);
      expect(first).toBe(5);
      expect(second).toBe(6);
      expect(await store.nextReferenceNumber(2024)).toBe(1);
    });
  });
}
