import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * "You can delete ..." tells the reader a right of his ("You can withdraw your consent at any time"), except where the sender
 * gives us leave to delete his own data: "Once that is done you may delete my CV" asks it. Sentences written for these
 * tests.
 */
const LEAVE_GIVEN_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'Once that is done you may delete my CV and test results' after a withdrawn application",
    subject: 'Interview',
    body: 'Hi Joost,\n\nThanks for Friday. I took another offer in the end. Once that is done you may delete my CV and test results; I have no use for them on file.\n\nSam',
    rights: ['erasure'],
  },
  {
    rule: "English: 'You can unsubscribe at any time via the link below' tells a right",
    subject: 'Newsletter',
    body: 'Our autumn update is out. You can unsubscribe at any time via the link below.',
    rights: [],
  },
  {
    rule: "English: 'You can withdraw your consent whenever you like' tells a right",
    subject: 'Privacy',
    body: 'You can withdraw your consent whenever you like.',
    rights: [],
  },
  {
    rule: "English: 'You may request access to the personal data we hold' tells a right",
    subject: 'Privacy notice',
    body: 'You may request access to the personal data we hold.',
    rights: [],
  },
];

describe("classifyEmail: leave given to delete the sender's data", () => {
  it.each(LEAVE_GIVEN_CASES)('$rule', (leaveCase) => {
    expectRulesRights(leaveCase);
  });
});
