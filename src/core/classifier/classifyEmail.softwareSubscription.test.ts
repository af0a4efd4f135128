import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/** A software subscription we resell, cancelled, is a contract, no mailing left; a newsletter subscription is one. Sentences written for these tests. */
const SOFTWARE_SUBSCRIPTION_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'English: unsubscribed from a Microsoft 365 subscription: a contract changed',
    subject: 'licences',
    body: 'Please unsubscribe us from the Microsoft 365 subscription for the two spare seats, we no longer need them.',
    rights: [],
  },
  {
    rule: 'English: unsubscribed from the newsletter subscription: the mailing left',
    subject: 'newsletter',
    body: 'Please unsubscribe us from your newsletter subscription.',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a software subscription is no mailing', () => {
  it.each(SOFTWARE_SUBSCRIPTION_CASES)('$rule', (subscriptionCase) => {
    expectRulesRights(subscriptionCase);
  });
});
