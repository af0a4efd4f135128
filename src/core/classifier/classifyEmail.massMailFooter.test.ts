import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mass mail's footer in the shape "Unsubscribe | Privacy", or telling why the mail came ("You're receiving these mails because
 * ..."), offers an unsubscribe: it asks none. A person's own "unsubscribe me" still does. Sentences written for these tests.
 */
const FOOTER_CASES: readonly RulesRightsCase[] = [
  {
    rule: "a notice whose last line is 'Unsubscribe | Privacy'",
    subject: 'Notice: mailbox removal planned',
    body: 'Your mailbox will be removed\n\nDear user,\n\nInactive mailboxes are removed after 30 days under our retention rules. Your mailbox has been marked inactive.\n\nTo keep your data, sign in within 24 hours:\n\nKeep my mailbox\n\nCloudCo Ltd, Dublin. Unsubscribe | Privacy',
    rights: [],
  },
  {
    rule: "a person's own 'please unsubscribe me' stays an unsubscribe",
    subject: 'Newsletter',
    body: 'Hello,\n\nPlease unsubscribe me from the monthly newsletter.\n\nKaren',
    rights: ['unsubscribe'],
  },
];

describe("classifyEmail: a mass mail's footer", () => {
  it.each(FOOTER_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
