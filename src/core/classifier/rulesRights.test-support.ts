import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

// Test support only: the `.test-support.ts` name keeps it out of the test run and marks it as no
// module for production code (a test checks that none imports it).

/** The rights the rules alone read in a mail, sorted, so a reading's tests do not depend on the shipped model. */
export function rulesRights(subject: string, body: string): RightLabel[] {
  return [...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort();
}
