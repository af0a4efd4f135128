import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { keepEarlierAuditEvents } from './keepEarlierAuditEvents.ts';
import { findCaseInList } from './preferCurrentCase.ts';
import { highestReferenceNumber } from './referenceNumber.ts';

/**
 * A `CaseStore` held in memory, for tests and for screens that must not persist anything.
 * Cases are copied in and out, so callers can never change stored cases behind the store's back.
 *
 * @example
 * const store = createMemoryCaseStore();
 * await store.save(privacyCase);
 * await store.findByMessage(privacyCase.sourceMessages[0].internetMessageId);
 */
export function createMemoryCaseStore(initialCases: readonly PrivacyCase[] = []): CaseStore {
  const cases = new Map<string, PrivacyCase>(initialCases.map((c) => [c.id, structuredClone(c)]));
  const reserved = new Map<number, number>();

  return {
    async list() {
      return [...cases.values()].map((c) => structuredClone(c));
    },
    async get(id) {
      const found = cases.get(id);
      return found === undefined ? undefined : structuredClone(found);
    },
    async findByMessage(internetMessageId, conversationId) {
      const found = findCaseInList([...cases.values()], internetMessageId, conversationId);
      return found === undefined ? undefined : structuredClone(found);
    },
    async save(privacyCase) {
      cases.set(privacyCase.id, structuredClone(keepEarlierAuditEvents(cases.get(privacyCase.id), privacyCase)));
    },
    async nextReferenceNumber(year) {
      // Reserve the number so two cases opened before either is saved never share a reference.
      const next = Math.max(reserved.get(year) ?? 0, highestReferenceNumber([...cases.values()], year)) + 1;
      reserved.set(year, next);
      return next;
    },
  };
}
