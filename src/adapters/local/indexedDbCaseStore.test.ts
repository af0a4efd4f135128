import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { buildStoredCase, describeCaseStore } from './describeCaseStore.ts';
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
