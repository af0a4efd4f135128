import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { CaseConflictError } from '../../core/cases/caseConflictError.ts';
import { buildStoredCase, describeCaseStore } from './caseStoreBehaviour.test-support.ts';
import { CaseStoreError } from './caseStoreError.ts';
import { openIndexedDbCaseStore } from './indexedDbCaseStore.ts';

// A fresh factory per store keeps tests independent without deleting databases between them.
describeCaseStore('openIndexedDbCaseStore', () => openIndexedDbCaseStore({ factory: new IDBFactory() }));

describe('openIndexedDbCaseStore', () => {
  it('shares cases between two stores opened on the same database, as the task pane and tab do', async () => {
    const factory = new IDBFactory();
    const taskPane = await openIndexedDbCaseStore({ factory });
    const tab = await openIndexedDbCaseStore({ factory });
    await taskPane.save(buildStoredCase());
    expect((await tab.list()).map((c) => c.reference)).toEqual(['AVG-2026-0001']);
    expect(await tab.nextReferenceNumber(2026)).toBe(2);
    expect(await taskPane.nextReferenceNumber(2026)).toBe(3);
  });

  it('lets only one of two windows save over the same version, and keeps that window\'s case', async () => {
    const factory = new IDBFactory();
    const taskPane = await openIndexedDbCaseStore({ factory });
    const tab = await openIndexedDbCaseStore({ factory });
    const original = buildStoredCase();
    const expectedVersion = await taskPane.save(original);
    const outcomes = await Promise.allSettled([
      taskPane.save({ ...original, status: 'acknowledged' }, { expectedVersion }),
      tab.save({ ...original, status: 'closed', outcome: 'withdrawn' }, { expectedVersion }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')?.reason).toBeInstanceOf(CaseConflictError);
    const winner = outcomes[0]?.status === 'fulfilled' ? 'acknowledged' : 'closed';
    expect(await tab.getVersioned(original.id)).toMatchObject({ version: 2, privacyCase: { status: winner } });
  });

  it('counts a case stored before versions were kept (no version in its record) as version 0', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbCaseStore({ factory, databaseName: 'earlier-layout' });
    const earlier = buildStoredCase();
    await new Promise((resolve, reject) => {
      const request = factory.open('earlier-layout');
      request.onsuccess = () => {
        const tx = request.result.transaction('cases', 'readwrite');
        tx.objectStore('cases').put({ id: earlier.id, internetMessageIds: [], conversationIds: [], privacyCase: earlier });
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      };
    });
    expect(await store.getVersioned(earlier.id)).toEqual({ privacyCase: earlier, version: 0 });
    await expect(store.save(earlier)).rejects.toThrow(CaseConflictError);
    expect(await store.save({ ...earlier, handler: 'thomas' }, { expectedVersion: 0 })).toBe(1);
  });

  it('uses the global indexedDB and the privacy-desk database by default', async () => {
    const store = await openIndexedDbCaseStore();
    await store.save(buildStoredCase({ id: 'default-db' }));
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain('privacy-desk');
  });

  it('rejects with an actionable CaseStoreError when the browser has no IndexedDB', async () => {
    const original = globalThis.indexedDB;
    try {
      Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
      await expect(openIndexedDbCaseStore()).rejects.toThrow(CaseStoreError);
      await expect(openIndexedDbCaseStore()).rejects.toThrow(/private browsing/);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true, writable: true });
    }
  });
});
