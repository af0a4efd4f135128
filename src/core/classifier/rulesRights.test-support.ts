import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

// Test support only: the `.test-support.ts` name keeps it out of the test run and marks it as no
// module for production code (a test checks that none imports it).

/** The rights the rules alone read in a mail, sorted, so a reading's tests do not depend on the shipped model. */
export function rulesRights(subject: string, body: string): RightLabel[] {
  return [...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort();
}

/** One mail of a reading's table: what it is, and the rights the rules alone must read in it. */
export interface RulesRightsCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

/** Asserts that the rules alone read exactly the case's rights, in any order. */
export function expectRulesRights({ subject, body, rights }: RulesRightsCase): void {
  expect(rulesRights(subject, body)).toEqual([...rights].sort());
}

/**
 * Asserts a doubted "no": the rules alone read no right but read privacy words and set them aside (`needsReview`), so the
 * models do not make the mail a request.
 */
export function expectDoubtedNo(subject: string, body: string): void {
  const rules = classifyEmail({ subject, body }, { rulesAlone: true });
  expect(rules.rights).toEqual([]);
  expect(rules.needsReview).toBe(true);
  expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
}
