import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Not wanting to be on a list of ours any more, the list named bare, leaves the mailing; so does being taken off "your
 * distribution list", where a distribution list alone is the firm's own. Sentences written for these tests.
 */
const ON_THE_LIST_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: 'niet meer op de lijst staan'",
    subject: 'nieuwsbrief',
    body: 'Ik wil niet meer op de lijst staan, bedankt.',
    rights: ['unsubscribe'],
  },
  {
    rule: "English: 'do not want to be on your list anymore'",
    subject: 'newsletter',
    body: 'I do not want to be on your list anymore. Thanks.',
    rights: ['unsubscribe'],
  },
  {
    rule: "German: 'nicht mehr auf Ihrer Liste sein'",
    subject: 'Newsletter',
    body: 'Ich will nicht mehr auf Ihrer Liste sein.',
    rights: ['unsubscribe'],
  },
  {
    rule: "English: taken off 'your distribution list' leaves the mailing",
    subject: 'Re: Update',
    body: 'Take me off your distribution list, please.',
    rights: ['unsubscribe'],
  },
  {
    rule: "English: a colleague taken off the firm's distribution list is IT work",
    subject: 'DL',
    body: 'Please remove Jan from the sales distribution list, he left.',
    rights: [],
  },
];

describe('classifyEmail: a list of ours left', () => {
  it.each(ON_THE_LIST_CASES)('$rule', (listCase) => {
    expectRulesRights(listCase);
  });
});
