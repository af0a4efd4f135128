import type { CaseOutcome } from '../../core/cases/privacyCase.ts';

const OUTCOME_NAMES: Readonly<Record<CaseOutcome, string>> = {
  completed: 'completed',
  partially_completed: 'partially completed',
  refused: 'refused',
  withdrawn: 'withdrawn',
  not_a_request: 'not a request',
};

/**
 * The on-screen name of how a case ended, in lower case so it reads inside a sentence
 * ("Closed as partially completed").
 *
 * @example
 * nameCaseOutcome('not_a_request'); // 'not a request'
 */
export function nameCaseOutcome(outcome: CaseOutcome): string {
  return OUTCOME_NAMES[outcome];
}
