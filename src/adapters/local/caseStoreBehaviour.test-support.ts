import { CaseConflictError } from '../../core/cases/caseConflictError.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { ChecklistStep, PrivacyCase } from '../../core/cases/privacyCase.ts';
import { transition } from '../../core/cases/transition.ts';
import { applyCaseCommand } from './applyCaseCommand.ts';

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

const NOW = '2026-02-10T10:00:00Z';

function buildStep(id: string): ChecklistStep {
  return { id, right: 'access', systemId: id.split(':')[1] ?? id, description: `Export from ${id}`, state: 'open' };
}

/** A stored case with two open checklist steps, for commands from two windows. */
function buildCaseWithSteps(): PrivacyCase {
  return buildStoredCase({ status: 'acknowledged', checklist: [buildStep('access:clang'), buildStep('access:afas')] });
}

/** Applies `command` to `privacyCase` as a test window would, failing the test when it is refused. */
function decide(privacyCase: PrivacyCase, command: Parameters<typeof transition>[1]): PrivacyCase {
  const result = transition(privacyCase, command, NOW);
  if (!result.ok) throw result.error;
  return result.next;
}

/**
 * Starts `command` in one window and holds it after it was decided, before it saves; resolves once
 * it is held. `release` lets it save, `applied` is its outcome.
 */
async function holdBeforeSave(store: CaseStore, caseId: string, command: Parameters<typeof transition>[1]) {
  let release: () => void = () => undefined;
  let decided: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const isDecided = new Promise<void>((resolve) => (decided = resolve));
  const beforeSave = vi.fn(async () => {
    decided();
    await released;
  });
  const applied = applyCaseCommand(store, caseId, command, NOW, { beforeSave });
  await isDecided;
  return { release, applied, beforeSave };
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
      expect(await store.listByMessage('<nobody@example.nl>', 'no-conversation')).toEqual([]);
    });

    it('gives back a saved case by id, in the list, and with version 1 after its first save', async () => {
      const store = await openStore();
      const saved = buildStoredCase();
      const version = await store.save(saved);
      expect(await store.get(saved.id)).toEqual(saved);
      expect(await store.getVersioned(saved.id)).toEqual({ privacyCase: saved, version });
      expect(version).toBe(1);
      expect((await store.list()).map((c) => c.id)).toEqual([saved.id]);
      expect(await store.getVersioned('missing')).toBeUndefined();
    });

    it('lists a case by internet message id, and by conversation id only when one is given', async () => {
      const store = await openStore();
      await store.save(buildStoredCase());
      expect((await store.listByMessage('<m1@example.nl>')).map((c) => c.id)).toEqual(['case-1']);
      expect((await store.listByMessage('<follow-up@example.nl>', 'conv-1')).map((c) => c.id)).toEqual(['case-1']);
      expect(await store.listByMessage('<follow-up@example.nl>')).toEqual([]);
    });

    it('lists every case of a conversation once, closed ones too, and no case of another', async () => {
      const store = await openStore();
      await store.save(buildStoredCase({ id: 'old', status: 'closed' }));
      await store.save(buildStoredCase({ id: 'new', sourceMessages: [{ internetMessageId: '<m2@example.nl>', conversationId: 'conv-1', receivedAt: '2026-01-01T09:00:00Z' }] }));
      await store.save(buildStoredCase({ id: 'other', sourceMessages: [{ internetMessageId: '<m9@example.nl>', conversationId: 'conv-9', receivedAt: '2026-01-01T09:00:00Z' }] }));
      expect((await store.listByMessage('<m1@example.nl>', 'conv-1')).map((c) => c.id).sort()).toEqual(['new', 'old']);
    });

    it('replaces a case on save and finds it by a newly attached message', async () => {
      const store = await openStore();
      const original = buildStoredCase();
      const expectedVersion = await store.save(original);
      const attached = { internetMessageId: '<m2@example.nl>', conversationId: 'conv-2', receivedAt: '2026-02-02T10:00:00Z' };
      await store.save({ ...original, status: 'acknowledged', sourceMessages: [...original.sourceMessages, attached] }, { expectedVersion });
      expect((await store.get(original.id))?.status).toBe('acknowledged');
      expect((await store.listByMessage('<m2@example.nl>')).map((c) => c.id)).toEqual([original.id]);
      expect(await store.list()).toHaveLength(1);
    });

    it('accepts a save of the version it holds and counts the version up by one', async () => {
      const store = await openStore();
      const original = buildStoredCase();
      const first = await store.save(original);
      const second = await store.save({ ...original, handler: 'thomas' }, { expectedVersion: first });
      const third = await store.save({ ...original, handler: 'sanne' }, { expectedVersion: second });
      expect([second, third]).toEqual([first + 1, first + 2]);
      expect(await store.getVersioned(original.id)).toMatchObject({ version: third, privacyCase: { handler: 'sanne' } });
    });

    it('refuses a stale copy, so it can neither drop audit events nor reopen a closed case', async () => {
      const store = await openStore();
      const version = await store.save(buildCaseWithSteps());
      const stale = (await store.getVersioned('case-1'))!;
      const closed = decide(stale.privacyCase, { type: 'close', by: 'bas', outcome: 'withdrawn' });
      await store.save(closed, { expectedVersion: version });
      const staleStepDone = decide(stale.privacyCase, { type: 'complete_step', by: 'anna', stepId: 'access:clang' });
      const refused = store.save(staleStepDone, { expectedVersion: stale.version });
      await expect(refused).rejects.toThrow(CaseConflictError);
      await expect(refused).rejects.toThrow(/changed in another window/);
      const stored = await store.getVersioned('case-1');
      expect(stored?.version).toBe(version + 1);
      expect(stored?.privacyCase).toEqual(closed);
      expect(stored?.privacyCase.auditTrail.at(-1)?.type).toBe('closed');
    });

    it('refuses a new case whose id is already stored (id collision) and keeps the stored case', async () => {
      const store = await openStore();
      const first = buildStoredCase();
      await store.save(first);
      const collision = buildStoredCase({ reference: 'AVG-2026-0002', requester: { email: 'bas@example.nl' } });
      const refused = store.save(collision);
      await expect(refused).rejects.toThrow(CaseConflictError);
      await expect(refused).rejects.toMatchObject({ caseId: first.id, expectedVersion: undefined, storedVersion: 1 });
      expect(await store.getVersioned(first.id)).toEqual({ privacyCase: first, version: 1 });
    });

    it('refuses a change to a case that is not stored, and stores nothing', async () => {
      const store = await openStore();
      await expect(store.save(buildStoredCase(), { expectedVersion: 1 })).rejects.toThrow(/no longer stored/);
      expect(await store.list()).toEqual([]);
    });

    it('lets only one of two saves of the same version through', async () => {
      const store = await openStore();
      const original = buildStoredCase();
      const expectedVersion = await store.save(original);
      const outcomes = await Promise.allSettled([
        store.save({ ...original, handler: 'thomas' }, { expectedVersion }),
        store.save({ ...original, handler: 'sanne' }, { expectedVersion }),
      ]);
      const [accepted, ...others] = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
      expect(others).toEqual([]);
      const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(rejected?.reason).toBeInstanceOf(CaseConflictError);
      expect((await store.get(original.id))?.handler).toBe(accepted === 0 ? 'thomas' : 'sanne');
    });

    it('lands two concurrent commands from two windows, the later one decided again on the newer case', async () => {
      const store = await openStore();
      await store.save(buildCaseWithSteps());
      const held = await holdBeforeSave(store, 'case-1', { type: 'complete_step', by: 'anna', stepId: 'access:clang' });
      const other = await applyCaseCommand(store, 'case-1', { type: 'waive_step', by: 'bas', stepId: 'access:afas', reason: 'No account there' }, NOW);
      held.release();
      const applied = await held.applied;
      expect(other.ok && applied.ok).toBe(true);
      const stored = await store.getVersioned('case-1');
      expect(stored?.version).toBe(3);
      expect(stored?.privacyCase.checklist.map((step) => step.state)).toEqual(['done', 'waived']);
      expect(stored?.privacyCase.auditTrail.slice(-2).map((event) => event.type)).toEqual(['step_waived', 'step_done']);
      expect(applied.ok && applied.privacyCase).toEqual(stored?.privacyCase);
      expect(held.beforeSave).toHaveBeenCalledTimes(1);
    });

    it('reports a command refused after reading the case again (closed meanwhile) and saves nothing', async () => {
      const store = await openStore();
      await store.save(buildCaseWithSteps());
      const held = await holdBeforeSave(store, 'case-1', { type: 'complete_step', by: 'anna', stepId: 'access:clang' });
      await applyCaseCommand(store, 'case-1', { type: 'close', by: 'bas', outcome: 'withdrawn' }, NOW);
      const closed = await store.getVersioned('case-1');
      held.release();
      const applied = await held.applied;
      expect(applied.ok).toBe(false);
      expect(!applied.ok && applied.error.code).toBe('case_closed');
      expect(await store.getVersioned('case-1')).toEqual(closed);
      expect(closed?.privacyCase.checklist.every((step) => step.state === 'open')).toBe(true);
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
