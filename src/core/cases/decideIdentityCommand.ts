import { CaseTransitionError, type CaseChange } from './caseCommand.ts';
import type { CaseStatus, PrivacyCase } from './privacyCase.ts';

function refuseIfIdentityVerified(privacyCase: PrivacyCase): void {
  if (privacyCase.auditTrail.some((event) => event.type === 'identity_verified')) {
    throw new CaseTransitionError(
      'identity_already_verified',
      `The requester's identity for ${privacyCase.reference} is already verified.`,
    );
  }
}

/** Work resumes after identity is settled: the extended status stays visible. */
function workingStatus(privacyCase: PrivacyCase): CaseStatus {
  const { legalDeadline } = privacyCase;
  return legalDeadline.kind === 'month-period' && legalDeadline.extended ? 'extended' : 'in_progress';
}

/**
 * Asking for or confirming the requester's identity (GDPR Art. 12(6)). Identity is asked once and
 * verified once; while it is awaited, `applyStepCommand` and `checkClosing` hold back the work.
 * Throws a `CaseTransitionError` when the check was already asked for or done.
 *
 * @example
 * decideIdentityCommand(privacyCase, { type: 'request_identity', by: 'sanne' }, at).changes // { status: 'awaiting_identity' }
 */
export function decideIdentityCommand(
  privacyCase: PrivacyCase,
  command: { type: 'request_identity' | 'verify_identity'; by: string },
  at: string,
): CaseChange {
  refuseIfIdentityVerified(privacyCase);
  if (command.type === 'verify_identity') {
    return { changes: { status: workingStatus(privacyCase) }, event: { type: 'identity_verified', at, by: command.by } };
  }
  if (privacyCase.status === 'awaiting_identity') {
    throw new CaseTransitionError(
      'identity_already_requested',
      `${privacyCase.reference} is already waiting for the requester's identity.`,
    );
  }
  return {
    changes: { status: 'awaiting_identity' },
    event: { type: 'identity_requested', at, by: command.by },
    effects: [{ type: 'prepare_reply', templateId: 'identity_check' }],
  };
}
