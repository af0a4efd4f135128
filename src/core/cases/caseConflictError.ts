import type { PrivacyCase } from './privacyCase.ts';

/**
 * Staff-facing words for a refused save. A new case whose id is taken, a case that is gone and a
 * case changed elsewhere each need a different next step.
 */
function describeConflict(privacyCase: PrivacyCase, expectedVersion: number | undefined, storedVersion: number | undefined): string {
  if (expectedVersion === undefined) {
    return `A case with id ${privacyCase.id} is already stored, so ${privacyCase.reference} was not saved. Reload the pane to see the stored case.`;
  }
  if (storedVersion === undefined) {
    return `${privacyCase.reference} is no longer stored in this browser, so this change was not saved. Reload the pane.`;
  }
  return `${privacyCase.reference} was changed in another window after it was read, so this change was not saved. Reload the case and make the change again.`;
}

/**
 * Raised by `CaseStore.save` when the stored case is not the version the caller read (like HTTP 412
 * on a Graph `If-Match`): nothing was saved. Read the case again, redo the change on it and save.
 *
 * @example
 * try { await store.save(changed, { expectedVersion }); }
 * catch (error) { if (error instanceof CaseConflictError) retryOnFreshCase(error.caseId); }
 */
export class CaseConflictError extends Error {
  override readonly name = 'CaseConflictError';
  readonly caseId: string;

  constructor(
    privacyCase: PrivacyCase,
    /** The version the caller read; `undefined` for a new case. */
    readonly expectedVersion: number | undefined,
    /** The version in the store; `undefined` when no case with that id is stored. */
    readonly storedVersion: number | undefined,
  ) {
    super(describeConflict(privacyCase, expectedVersion, storedVersion));
    this.caseId = privacyCase.id;
  }
}
