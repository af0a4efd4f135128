import type { PrivacyCase } from './privacyCase.ts';

/** Where cases live: IndexedDB in demo mode, Planner through Graph in a tenant, memory in tests. */
export interface CaseStore {
  list(): Promise<PrivacyCase[]>;
  get(id: string): Promise<PrivacyCase | undefined>;
  /** Finds the case a message belongs to, by internet message id or conversation id. */
  findByMessage(internetMessageId: string, conversationId?: string): Promise<PrivacyCase | undefined>;
  /** Inserts or replaces the case; the store never drops earlier audit events. */
  save(privacyCase: PrivacyCase): Promise<void>;
  /** The next free human reference number for `year`, e.g. 7 for `AVG-2026-0007`. */
  nextReferenceNumber(year: number): Promise<number>;
}
