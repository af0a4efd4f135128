import { CaseConflictError } from '../../core/cases/caseConflictError.ts';
import type { CaseCommand, CaseEffect, CaseTransitionError } from '../../core/cases/caseCommand.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import { transition } from '../../core/cases/transition.ts';
import { CaseStoreError } from './caseStoreError.ts';

export interface ApplyCaseCommandOptions {
  /**
   * Runs once the command is first accepted, before the first save; if it fails, nothing is saved.
   * It is not run again when a conflict makes the command run on a fresher case: its work (such as
   * opening a reply form) is already done and must not be done twice.
   */
  beforeSave?: (() => Promise<void>) | undefined;
  /** Saves tried in all before a conflict is given up on; 3 unless set. */
  maxAttempts?: number;
}

export type AppliedCaseCommand =
  | { ok: true; privacyCase: PrivacyCase; version: number; effects: CaseEffect[] }
  | { ok: false; error: CaseTransitionError };

/**
 * Applies a command to the stored case and saves the result only if nobody saved the case in
 * between (the store's version check, like Graph's `If-Match`). When another window did, the case is
 * read again and the same command decided on it afresh, so both changes land and a command the newer
 * case no longer allows (say, a step marked done on a case closed meanwhile) is refused with nothing
 * saved. After `maxAttempts` conflicting saves the last `CaseConflictError` is thrown.
 *
 * @example
 * const applied = await applyCaseCommand(store, privacyCase.id, { type: 'acknowledge', by: 'sanne' }, now);
 * if (applied.ok) show(applied.privacyCase); else warn(applied.error.message);
 */
export async function applyCaseCommand(
  store: CaseStore,
  caseId: string,
  command: CaseCommand,
  now: string,
  options: ApplyCaseCommandOptions = {},
): Promise<AppliedCaseCommand> {
  const maxAttempts = options.maxAttempts ?? 3;
  let beforeSave = options.beforeSave;
  for (let attempt = 1; ; attempt += 1) {
    const stored = await store.getVersioned(caseId);
    if (stored === undefined) {
      throw new CaseStoreError(`Case ${caseId} is no longer stored in this browser, so the change was not saved. Reload the pane.`);
    }
    const result = transition(stored.privacyCase, command, now);
    if (!result.ok) return result;
    await beforeSave?.();
    beforeSave = undefined;
    try {
      const version = await store.save(result.next, { expectedVersion: stored.version });
      return { ok: true, privacyCase: result.next, version, effects: result.effects };
    } catch (error) {
      if (!(error instanceof CaseConflictError) || attempt >= maxAttempts) throw error;
    }
  }
}
