import { CaseTransitionError } from './caseCommand.ts';
import type { AuditEvent, ChecklistStep, PrivacyCase } from './privacyCase.ts';

type StepCommand =
  | { type: 'complete_step'; by: string; stepId: string }
  | { type: 'waive_step'; by: string; stepId: string; reason: string };

/**
 * Marks one checklist step done, or waived with a reason, returning the case changes and audit event.
 * Throws a `CaseTransitionError` for an unknown step, a step already settled, a waiver without a
 * reason, or doing or waiving work while the requester's identity is still being checked.
 *
 * @example
 * applyStepCommand(privacyCase, { type: 'complete_step', by: 'sanne', stepId: 'erasure:clang' }, at).changes.checklist
 */
export function applyStepCommand(
  privacyCase: PrivacyCase,
  command: StepCommand,
  at: string,
): { changes: Partial<PrivacyCase>; event: AuditEvent } {
  const step = privacyCase.checklist.find((candidate) => candidate.id === command.stepId);
  if (step === undefined) {
    throw new CaseTransitionError('unknown_step', `${privacyCase.reference} has no checklist step "${command.stepId}".`);
  }
  if (step.state !== 'open') {
    throw new CaseTransitionError('step_not_open', `"${step.description}" is already ${step.state}.`);
  }
  // Waiving counts too: otherwise every step could be waived and the case closed unverified.
  if (privacyCase.status === 'awaiting_identity') {
    throw new CaseTransitionError(
      'identity_not_verified',
      `Verify the requester's identity for ${privacyCase.reference} before doing or waiving any step: data must not reach the wrong person.`,
    );
  }
  const reason = command.type === 'waive_step' ? command.reason.trim() : '';
  if (command.type === 'waive_step' && reason === '') {
    throw new CaseTransitionError('missing_reason', `Give the reason for skipping "${step.description}", for the audit trail.`);
  }
  const settled: ChecklistStep =
    command.type === 'waive_step' ? { ...step, state: 'waived', waiverReason: reason } : { ...step, state: 'done' };
  const event: AuditEvent =
    command.type === 'waive_step'
      ? { type: 'step_waived', at, by: command.by, stepId: step.id, reason }
      : { type: 'step_done', at, by: command.by, stepId: step.id };
  const isStarting = privacyCase.status === 'open' || privacyCase.status === 'acknowledged';
  return {
    changes: {
      checklist: privacyCase.checklist.map((candidate) => (candidate.id === step.id ? settled : candidate)),
      ...(isStarting ? { status: 'in_progress' } : {}),
    },
    event,
  };
}
