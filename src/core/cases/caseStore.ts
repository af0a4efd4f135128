import type { PrivacyCase } from './privacyCase.ts';

/** A case as stored, with the version the store gave it; pass the version back to save a change. */
export interface VersionedCase {
  privacyCase: PrivacyCase;
  /** Starts at 1 when the case is first saved and grows by one with every accepted save. */
  version: number;
}

export interface SaveCaseOptions {
  /**
   * The version the caller read (`getVersioned`), as an HTTP `If-Match`: the save is refused with a
   * `CaseConflictError` when the stored case has another version. Leave it out for a new case: the
   * save is then refused when a case with that id is already stored.
   */
  expectedVersion?: number;
}

/** Where cases live: IndexedDB in demo mode, Planner through Graph in a tenant, memory in tests. */
export interface CaseStore {
  list(): Promise<PrivacyCase[]>;
  get(id: string): Promise<PrivacyCase | undefined>;
  /** The case with its stored version, to change it with `save(..., { expectedVersion })`. */
  getVersioned(id: string): Promise<VersionedCase | undefined>;
  /**
   * The cases that hold this message or another message of its conversation: the only candidates
   * `findCaseForMessage` can choose from, read without loading every case.
   */
  listByMessage(internetMessageId: string, conversationId?: string): Promise<PrivacyCase[]>;
  /**
   * Stores a new case, or replaces the case of `expectedVersion`, checking and writing in one step so
   * a stale copy from another window can never overwrite a newer case. Resolves to the new version;
   * rejects with a `CaseConflictError` when the stored version is not the expected one.
   */
  save(privacyCase: PrivacyCase, options?: SaveCaseOptions): Promise<number>;
  /** The next free human reference number for `year`, e.g. 7 for `AVG-2026-0007`. */
  nextReferenceNumber(year: number): Promise<number>;
}
