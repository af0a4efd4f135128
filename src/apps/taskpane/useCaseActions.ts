import { useCallback, useState } from 'react';
import { applyCaseCommand } from '../../adapters/local/applyCaseCommand.ts';
import type { CaseStore } from '../../core/cases/caseStore.ts';
import type { CaseCommand, CaseEffect } from '../../core/cases/caseCommand.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';

export interface CaseActions {
  busy: boolean;
  /** Why the last action failed, in words for staff. */
  problem?: string;
  /** Runs work that saves a case, one at a time, and shows the saved case. */
  run: (work: () => Promise<PrivacyCase>) => Promise<boolean>;
  /**
   * Applies a command through the case state machine to the stored version of `privacyCase` and
   * saves the result, deciding it again on the newer case when another window saved in between (so
   * a command that case no longer allows is refused and shown). `beforeSave` runs once the command
   * is first accepted and before saving; if it fails, nothing is saved. Once saved, the transition's
   * effects go to `onEffects` with the command. Resolves true when the change was saved.
   */
  apply: (privacyCase: PrivacyCase, command: CaseCommand, beforeSave?: () => Promise<void>) => Promise<boolean>;
}

/**
 * Case changes for the pane: every change goes through the core's `transition` and is saved
 * before the screen shows it, so the screen never shows what the store does not hold. The effects
 * of each saved change (a reply to prepare, a handler to tell) are handed to `onEffects`, also when
 * there are none, so the screen can drop what an earlier change asked for.
 *
 * @example
 * const actions = useCaseActions(caseStore, clock, showCase, (effects) => setFollowUp(planCaseEffects(effects, handlers)));
 * // the command is passed along too, e.g. to forget a prepared reply once a reply was recorded
 * actions.apply(privacyCase, { type: 'complete_step', by: 'sanne', stepId: 'erasure:clang' });
 */
export function useCaseActions(
  caseStore: CaseStore,
  clock: () => Date,
  onSaved: (privacyCase: PrivacyCase) => void,
  onEffects: (effects: readonly CaseEffect[], command: CaseCommand) => void = () => undefined,
): CaseActions {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const run = useCallback(
    async (work: () => Promise<PrivacyCase>) => {
      setBusy(true);
      setProblem(undefined);
      try {
        onSaved(await work());
        return true;
      } catch (error) {
        setProblem(error instanceof Error ? error.message : 'The case could not be saved. Try again.');
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onSaved],
  );

  const apply = useCallback(
    (privacyCase: PrivacyCase, command: CaseCommand, beforeSave?: () => Promise<void>) =>
      run(async () => {
        // The shown copy may be stale: the command is decided on the stored case, never on this copy.
        const applied = await applyCaseCommand(caseStore, privacyCase.id, command, clock().toISOString(), { beforeSave });
        if (!applied.ok) throw applied.error;
        onEffects(applied.effects, command);
        return applied.privacyCase;
      }),
    [caseStore, clock, run, onEffects],
  );

  return { busy, problem, run, apply };
}
