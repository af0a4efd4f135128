import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The switch to a new provider told as leaving us for another firm: the sender's mail and contacts then sent straight to it are
 * portability. Leaving told beside a contract ended or a last invoice asks no right.
 */
const LEAVING_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'leaving you for a cheaper provider ... straight to them' is portability",
    subject: 'Moving on',
    body: "Hello,\n\nI'm leaving you for a cheaper provider next month. Could you send my mailbox and address book straight to them?\n\nNina",
    rights: ['portability'],
  },
  {
    rule: "German 'ich verlasse Sie für einen anderen Anbieter ... direkt dorthin' is portability",
    subject: 'Wechsel',
    body: 'Guten Tag,\n\nich verlasse Sie für einen anderen Anbieter. Bitte übertragen Sie mein Postfach und meine Kontakte direkt dorthin.\n\nUwe',
    rights: ['portability'],
  },
  {
    rule: 'leaving beside a contract to end asks no right',
    subject: 'Cancellation',
    body: "Hi,\n\nWe're leaving you for a cheaper provider in the spring, so our contract with you can end on 1 April.\n\nNina",
    rights: [],
  },
  {
    rule: 'leaving beside a last invoice asks no right',
    subject: 'Final invoice',
    body: "Hi,\n\nWe're leaving you for another supplier. Please send the final invoice to our bookkeeper.\n\nNina",
    rights: [],
  },
];

describe('classifyEmail: the switch told as leaving us for another provider', () => {
  it.each(LEAVING_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
