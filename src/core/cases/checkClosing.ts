import { CaseTransitionError } from './caseCommand.ts';
import type { CaseOutcome, PrivacyCase } from './privacyCase.ts';

const OUTCOMES: readonly CaseOutcome[] = ['completed', 'partially_completed', 'refused', 'withdrawn', 'not_a_request'];

/** Outcomes the requester must be given reasons for (GDPR Art. 12(4)), so the record keeps them. */
const OUTCOMES_NEEDING_A_NOTE: readonly CaseOutcome[] = ['refused', 'partially_completed'];

/** Outcomes that hand over or act on personal data, so the requester must be who they claim to be. */
const OUTCOMES_NEEDING_IDENTITY: readonly CaseOutcome[] = ['completed', 'partially_completed'];

/**
 * Checks that a case may be closed with this outcome and returns it: an outcome must be chosen, a
 * refusal or partial answer needs a note with the reasons, "completed" or "partially completed"
 * need the requester's identity settled, and "completed" needs every checklist step done or waived
 * with a reason. Throws a `CaseTransitionError` otherwise.
 *
 * @example
 * checkClosing(privacyCase, 'completed') // 'completed', or throws naming the open steps
 */
export function checkClosing(privacyCase: PrivacyCase, outcome: CaseOutcome | undefined, note?: string): CaseOutcome {
  if (outcome === undefined) {
    throw new CaseTransitionError('missing_outcome', `Choose an outcome before closing ${privacyCase.reference}.`);
  }
  if (!OUTCOMES.includes(outcome)) {
    throw new CaseTransitionError('unknown_outcome', `"${String(outcome)}" is not an outcome; choose one of ${OUTCOMES.join(', ')}.`);
  }
  if (OUTCOMES_NEEDING_A_NOTE.includes(outcome) && (note ?? '').trim() === '') {
    throw new CaseTransitionError('missing_reason', 'Write down the reasons: the requester must be told why (GDPR Art. 12(4)).');
  }
  if (OUTCOMES_NEEDING_IDENTITY.includes(outcome) && privacyCase.status === 'awaiting_identity') {
    throw new CaseTransitionError(
      'identity_not_verified',
      `${privacyCase.reference} cannot be closed as ${outcome.replace('_', ' ')} while the requester's identity is awaited. ` +
        'Verify the identity first, or close it as refused (with the reasons), withdrawn or not a request.',
    );
  }
  const openSteps = privacyCase.checklist.filter((step) => step.state === 'open');
  if (outcome === 'completed' && openSteps.length > 0) {
    throw new CaseTransitionError(
      'open_steps',
      `${privacyCase.reference} cannot be closed as completed: ${openSteps.length} checklist step(s) are still open ` +
        `(${openSteps.map((step) => step.description).join(' / ')}). Mark them done, or waive them with a reason.`,
    );
  }
  return outcome;
}
