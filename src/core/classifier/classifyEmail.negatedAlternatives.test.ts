import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * One negation denies every alternative an "or" joins: "don't use or delete my data" refuses the erasure as it refuses the use,
 * "not ... closed or deleted" asks neither. Sentences written for these tests.
 */
const NEGATED_ALTERNATIVE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'not asking for a copy or a deletion' asks neither",
    subject: 'contract',
    body: 'He is not asking for a copy or a deletion of his data. Please move the end date to 30 April.',
    rights: [],
  },
  {
    rule: "English: 'don't use or delete my data until ...' restricts, no erasure",
    subject: 'dispute',
    body: "Please don't use or delete my data until the dispute is settled.",
    rights: ['restriction'],
  },
  {
    rule: "English: 'I do not want my account closed or my data deleted' asks no erasure",
    subject: 'portal',
    body: 'I forgot my password. I do not want my account closed or my data deleted, just a reset link.',
    rights: [],
  },
];

describe('classifyEmail: a negation denies each alternative', () => {
  it.each(NEGATED_ALTERNATIVE_CASES)('$rule', (alternativeCase) => {
    expectRulesRights(alternativeCase);
  });
});
