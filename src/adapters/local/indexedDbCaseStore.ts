import { CaseConflictError } from '../../core/cases/caseConflictError.ts';
import type { CaseStore, VersionedCase } from '../../core/cases/caseStore.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import type { CaseChangeNotifier } from './caseChangeNotifier.ts';
import { CaseStoreError } from './caseStoreError.ts';
import { highestReferenceNumber } from '../../core/cases/caseReferenceNumber.ts';

export const CASE_DATABASE_NAME = 'privacy-desk';
const DATABASE_VERSION = 1;
const CASES = 'cases';
const COUNTERS = 'referenceCounters';
const BY_MESSAGE = 'byInternetMessageId';
const BY_CONVERSATION = 'byConversationId';

/**
 * A stored case with its version and the keys its indexes need; the case itself is kept unchanged.
 * Records saved before versions were kept have none and count as version 0.
 */
interface CaseRecord {
  id: string;
  version?: number;
  internetMessageIds: string[];
  conversationIds: string[];
  privacyCase: PrivacyCase;
}

export interface IndexedDbCaseStoreOptions {
  /** Defaults to the page's `indexedDB`; tests pass their own factory. */
  factory?: IDBFactory;
  /** Defaults to `privacy-desk`, which the task pane and the Teams tab open in the same browser profile. */
  databaseName?: string;
  /** Told the id of every saved case once it is stored, so other pages can show the change. */
  notifier?: Pick<CaseChangeNotifier, 'announce'>;
}

/**
 * Opens the case store kept in this browser (IndexedDB, same origin), with indexes on internet
 * message ids and conversation ids for follow-up lookups. Only pages in the same browser profile see
 * these cases: the pane and the tab opened there. Colleagues on other computers, and Outlook or
 * Teams clients that keep their own browser storage, each have their own cases until a Microsoft
 * 365 store (Planner, via Graph) takes its place; in demo mode that is all that is needed.
 *
 * @example
 * const store = await openIndexedDbCaseStore();
 * const candidates = await store.listByMessage(message.internetMessageId, message.conversationId);
 */
export async function openIndexedDbCaseStore(options: IndexedDbCaseStoreOptions = {}): Promise<CaseStore> {
  const database = await openDatabase(options.factory ?? globalThis.indexedDB, options.databaseName ?? CASE_DATABASE_NAME);
  const read = <T>(run: (cases: IDBObjectStore) => IDBRequest<T>) =>
    inTransaction<T>(database, [CASES], 'readonly', (tx, done) => {
      run(tx.objectStore(CASES)).onsuccess = (event) => done((event.target as IDBRequest<T>).result);
    });
  const casesWith = async (indexName: string, key: string) =>
    (await read<CaseRecord[]>((cases) => cases.index(indexName).getAll(key))).map((r) => r.privacyCase);

  return {
    async list() {
      return (await read<CaseRecord[]>((cases) => cases.getAll())).map((r) => r.privacyCase);
    },
    async get(id) {
      return (await read<CaseRecord | undefined>((cases) => cases.get(id)))?.privacyCase;
    },
    async getVersioned(id) {
      const record = await read<CaseRecord | undefined>((cases) => cases.get(id));
      return record === undefined ? undefined : toVersionedCase(record);
    },
    async listByMessage(internetMessageId, conversationId) {
      const byConversation = conversationId ? await casesWith(BY_CONVERSATION, conversationId) : [];
      const candidates = new Map([...(await casesWith(BY_MESSAGE, internetMessageId)), ...byConversation].map((c) => [c.id, c]));
      return [...candidates.values()];
    },
    save(privacyCase, { expectedVersion } = {}) {
      // Read, compare and write in one read-write transaction: IndexedDB runs those one at a time per
      // store, so two windows saving the same version cannot both succeed.
      return inTransaction<number>(database, [CASES], 'readwrite', (tx, done, refuse) => {
        const cases = tx.objectStore(CASES);
        cases.get(privacyCase.id).onsuccess = (event) => {
          const stored = (event.target as IDBRequest<CaseRecord | undefined>).result;
          const storedVersion = stored === undefined ? undefined : toVersionedCase(stored).version;
          if (storedVersion !== expectedVersion) {
            refuse(new CaseConflictError(privacyCase, expectedVersion, storedVersion));
            return;
          }
          const version = (storedVersion ?? 0) + 1;
          cases.put(toRecord(privacyCase, version));
          tx.oncomplete = () => {
            // Announced only once committed, so a page that reads on the announcement finds the change.
            options.notifier?.announce(privacyCase.id);
            done(version);
          };
        };
      });
    },
    nextReferenceNumber(year) {
      // One read-write transaction over cases and counters, so two panes never get the same number.
      return inTransaction<number>(database, [CASES, COUNTERS], 'readwrite', (tx, done) => {
        tx.objectStore(CASES).getAll().onsuccess = (casesEvent) => {
          const records = (casesEvent.target as IDBRequest<CaseRecord[]>).result;
          const counters = tx.objectStore(COUNTERS);
          counters.get(year).onsuccess = (counterEvent) => {
            const reserved = (counterEvent.target as IDBRequest<{ year: number; last: number } | undefined>).result;
            const next = Math.max(reserved?.last ?? 0, highestReferenceNumber(records.map((r) => r.privacyCase), year)) + 1;
            counters.put({ year, last: next });
            tx.oncomplete = () => done(next);
          };
        };
      });
    },
  };
}

function toVersionedCase(record: CaseRecord): VersionedCase {
  return { privacyCase: record.privacyCase, version: record.version ?? 0 };
}

function toRecord(privacyCase: PrivacyCase, version: number): CaseRecord {
  const conversationIds = privacyCase.sourceMessages.flatMap((m) => (m.conversationId ? [m.conversationId] : []));
  return {
    id: privacyCase.id,
    version,
    internetMessageIds: [...new Set(privacyCase.sourceMessages.map((m) => m.internetMessageId))],
    conversationIds: [...new Set(conversationIds)],
    privacyCase,
  };
}

function openDatabase(factory: IDBFactory | undefined, name: string): Promise<IDBDatabase> {
  if (factory === undefined) {
    return Promise.reject(new CaseStoreError('This browser offers no IndexedDB storage, so cases cannot be saved. Leave private browsing or use another browser.'));
  }
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const cases = request.result.createObjectStore(CASES, { keyPath: 'id' });
      cases.createIndex(BY_MESSAGE, 'internetMessageIds', { multiEntry: true });
      cases.createIndex(BY_CONVERSATION, 'conversationIds', { multiEntry: true });
      request.result.createObjectStore(COUNTERS, { keyPath: 'year' });
    };
    request.onblocked = () =>
      reject(new CaseStoreError('The case database is being upgraded in another Privacy Desk window. Close the other windows and reload.'));
    request.onerror = () =>
      reject(new CaseStoreError('The case database could not be opened. Reload the page; if it persists, clear this site\'s storage.', { cause: request.error }));
    request.onsuccess = () => {
      const database = request.result;
      // Let a newer version in another window upgrade instead of waiting on us forever.
      database.onversionchange = () => database.close();
      resolve(database);
    };
  });
}

function inTransaction<T>(
  database: IDBDatabase,
  storeNames: string[],
  mode: IDBTransactionMode,
  run: (tx: IDBTransaction, done: (value: T) => void, refuse: (reason: Error) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = database.transaction(storeNames, mode);
    let refusal: Error | undefined;
    const fail = () =>
      reject(refusal ?? new CaseStoreError('Saving or reading cases in this browser failed. Reload the page and try again.', { cause: tx.error }));
    tx.onerror = fail;
    tx.onabort = fail;
    // A refusal aborts the transaction, so nothing it wrote is kept, and rejects with its own reason.
    const refuse = (reason: Error) => {
      refusal = reason;
      tx.abort();
    };
    run(tx, resolve, refuse);
  });
}
