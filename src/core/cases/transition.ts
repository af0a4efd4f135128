import { InvalidInstantError, parseInstant } from '../calendar/parseInstant.ts';
import { CaseTransitionError, type CaseCommand, type CaseEffect } from './caseCommand.ts';
import { decideCaseCommand } from './decideCaseCommand.ts';
import type { PrivacyCase } from './privacyCase.ts';

export type TransitionResult =
  | { ok: true; next: PrivacyCase; effects: CaseEffect[] }
  | { ok: false; error: CaseTransitionError };

/**
 * A refusal is often decided first and written after, and the requester must still receive its reasons
 * (GDPR Art. 12(4)): so a case closed as refused still takes the record of its refusal reply.
 */
function isLateRefusalReply(privacyCase: PrivacyCase, command: CaseCommand): boolean {
  return privacyCase.outcome === 'refused' && command.type === 'record_reply' && command.templateId.trim() === 'refusal';
}

/**
 * Refusals that hold for every command: a closed case takes nothing more (but its refusal reply), and
 * every act has an actor.
 */
function checkCanAct(privacyCase: PrivacyCase, command: CaseCommand): void {
  const { reference, status, outcome } = privacyCase;
  if (status === 'closed' && command.type === 'close') {
    throw new CaseTransitionError('already_closed', `${reference} is already closed (outcome: ${outcome ?? 'not recorded'}).`);
  }
  if (status === 'closed' && !isLateRefusalReply(privacyCase, command)) {
    throw new CaseTransitionError(
      'case_closed',
      `${reference} is closed; nothing more can be recorded on it. Open a new case for a new request.`,
    );
  }
  if ('by' in command && command.by.trim() === '') {
    throw new CaseTransitionError('missing_actor', 'Say who does this, for the audit trail.');
  }
}

/**
 * The one state machine of a case. Checks `command` against the case and returns the next case with
 * one more audit event (earlier events kept, same order) and the effects for the adapters, or a
 * refusal. Pure: the input case is never changed and `now` (ISO instant) is passed in.
 *
 * @example
 * const result = transition(privacyCase, { type: 'extend', by: 'sanne', reason: 'Archive search needed' }, now);
 * if (result.ok) save(result.next); else show(result.error.message);
 */
export function transition(privacyCase: PrivacyCase, command: CaseCommand, now: string): TransitionResult {
  try {
    const at = new Date(parseInstant(now)).toISOString();
    checkCanAct(privacyCase, command);
    const { changes, event, effects = [] } = decideCaseCommand(privacyCase, command, at);
    return { ok: true, next: { ...privacyCase, ...changes, auditTrail: [...privacyCase.auditTrail, event] }, effects };
  } catch (error) {
    if (error instanceof CaseTransitionError) return { ok: false, error };
    if (error instanceof InvalidInstantError) {
      return { ok: false, error: new CaseTransitionError('invalid_time', error.message) };
    }
    throw error;
  }
}
