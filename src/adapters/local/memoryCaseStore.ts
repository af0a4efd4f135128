import { CaseConflictError } from '../../core/cases/caseConflictError.ts';
import type { CaseStore, VersionedCase } from '../../core/cases/caseStore.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { highestReferenceNumber } from '../../core/cases/caseReferenceNumber.ts';

/**
 * A `CaseStore` held in memory, for tests and for screens that must not persist anything.
 * Cases are copied in and out, so callers can never change stored cases behind the store's back.
 * `initialCases` start at version 1, as if each had been saved once.
 *
 * @example
 * const store = createMemoryCaseStore();
 * const version = await store.save(privacyCase);
 * await store.save({ ...privacyCase, handler: 'thomas' }, { expectedVersion: version });
 */
export function createMemoryCaseStore(initialCases: readonly PrivacyCase[] = []): CaseStore {
  const cases = new Map<string, VersionedCase>(initialCases.map((c) => [c.id, { privacyCase: structuredClone(c), version: 1 }]));
  const reserved = new Map<number, number>();
  const storedCases = () => [...cases.values()].map((stored) => stored.privacyCase);

  return {
    async list() {
      return storedCases().map((c) => structuredClone(c));
    },
    async get(id) {
      const found = cases.get(id);
      return found === undefined ? undefined : structuredClone(found.privacyCase);
    },
    async getVersioned(id) {
      const found = cases.get(id);
      return found === undefined ? undefined : structuredClone(found);
    },
    async listByMessage(internetMessageId, conversationId) {
      const holds = (c: PrivacyCase) =>
        c.sourceMessages.some((m) => m.internetMessageId === internetMessageId || (conversationId && m.conversationId === conversationId));
      return storedCases().filter(holds).map((c) => structuredClone(c));
    },
    async save(privacyCase, options = {}) {
      // Checked and written without an await in between, so no other save can slip in.
      const storedVersion = cases.get(privacyCase.id)?.version;
      if (storedVersion !== options.expectedVersion) throw new CaseConflictError(privacyCase, options.expectedVersion, storedVersion);
      const version = (storedVersion ?? 0) + 1;
      cases.set(privacyCase.id, { privacyCase: structuredClone(privacyCase), version });
      return version;
    },
    async nextReferenceNumber(year) {
      // Reserve the number so two cases opened before either is saved never share a reference.
      const next = Math.max(reserved.get(year) ?? 0, highestReferenceNumber(storedCases(), year)) + 1;
      reserved.set(year, next);
      return next;
    },
  };
}
