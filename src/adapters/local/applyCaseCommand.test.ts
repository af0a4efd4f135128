import { CaseConflictError } from '../../core/cases/caseConflictError.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import { applyCaseCommand } from './applyCaseCommand.ts';
import { CaseStoreError } from './caseStoreError.ts';
import { buildStoredCase } from './caseStoreBehaviour.test-support.ts';
import { createMemoryCaseStore } from './memoryCaseStore.ts';

const NOW = '2026-02-10T10:00:00Z';
const ACKNOWLEDGE = { type: 'acknowledge', by: 'sanne' } as const;

/** A store where another window always saves first: every save of this window conflicts. */
function alwaysOvertaken(store: CaseStore) {
  const save = vi.fn(async (privacyCase: Parameters<CaseStore['save']>[0], options?: Parameters<CaseStore['save']>[1]) => {
    throw new CaseConflictError(privacyCase, options?.expectedVersion, (options?.expectedVersion ?? 0) + 1);
  });
  return { store: { ...store, save }, save };
}

describe('applyCaseCommand', () => {
  it('saves the accepted change on the version it read and returns the effects and new version', async () => {
    const store = createMemoryCaseStore([buildStoredCase()]);
    const applied = await applyCaseCommand(store, 'case-1', ACKNOWLEDGE, NOW);
    expect(applied).toMatchObject({ ok: true, version: 2, effects: [{ type: 'prepare_reply', templateId: 'acknowledgement' }] });
    expect(await store.getVersioned('case-1')).toEqual({ privacyCase: applied.ok && applied.privacyCase, version: 2 });
  });

  it('gives up with the CaseConflictError after the allowed number of conflicting saves', async () => {
    const { store, save } = alwaysOvertaken(createMemoryCaseStore([buildStoredCase()]));
    await expect(applyCaseCommand(store, 'case-1', ACKNOWLEDGE, NOW, { maxAttempts: 2 })).rejects.toThrow(CaseConflictError);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('tries three saves unless told otherwise', async () => {
    const { store, save } = alwaysOvertaken(createMemoryCaseStore([buildStoredCase()]));
    await expect(applyCaseCommand(store, 'case-1', ACKNOWLEDGE, NOW)).rejects.toThrow(/changed in another window/);
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('does not retry a failure that is not a conflict (e.g. a full disk)', async () => {
    const memory = createMemoryCaseStore([buildStoredCase()]);
    const save = vi.fn(() => Promise.reject(new CaseStoreError('Disk full: free space and try again.')));
    await expect(applyCaseCommand({ ...memory, save }, 'case-1', ACKNOWLEDGE, NOW)).rejects.toThrow('Disk full');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves nothing when beforeSave fails (the reply form did not open)', async () => {
    const store = createMemoryCaseStore([buildStoredCase()]);
    const beforeSave = () => Promise.reject(new Error('Outlook could not open the reply form.'));
    await expect(applyCaseCommand(store, 'case-1', ACKNOWLEDGE, NOW, { beforeSave })).rejects.toThrow('reply form');
    expect(await store.getVersioned('case-1')).toEqual({ privacyCase: buildStoredCase(), version: 1 });
  });

  it('refuses on the stored case without running beforeSave, whatever copy the screen showed', async () => {
    const store = createMemoryCaseStore([buildStoredCase({ status: 'closed', outcome: 'withdrawn' })]);
    const beforeSave = vi.fn(async () => undefined);
    const applied = await applyCaseCommand(store, 'case-1', ACKNOWLEDGE, NOW, { beforeSave });
    expect(!applied.ok && applied.error.code).toBe('case_closed');
    expect(beforeSave).not.toHaveBeenCalled();
    expect((await store.getVersioned('case-1'))?.version).toBe(1);
  });

  it('tells staff to reload when the case is not stored (unknown id)', async () => {
    await expect(applyCaseCommand(createMemoryCaseStore(), 'gone', ACKNOWLEDGE, NOW)).rejects.toThrow(CaseStoreError);
  });
});
