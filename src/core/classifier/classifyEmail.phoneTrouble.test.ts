import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A phone that fails, told in the words of a call refused ("niet meer ... gebeld", "niet meer ... bellen"), refuses no call: the
 * phone does not ring, or no one can call out. "Ik wil niet meer gebeld worden" still does. Sentences written for these tests.
 */
const PHONE_TROUBLE_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'a desk phone that no longer rings when the sender is called',
    subject: 'toestel',
    body: 'Goedemorgen,\n\nSinds vrijdag gaat het toestel op de receptie niet meer over als we gebeld worden. Kunnen jullie kijken?\n\nGroet,\nNadia',
    rights: [],
  },
  {
    rule: 'no one can call out any more',
    subject: 'bellen',
    body: 'Hoi,\n\nWe kunnen sinds de storing niet meer naar buiten bellen met de vaste lijnen.\n\nGroet,\nKees',
    rights: [],
  },
  {
    rule: 'a call refused in so many words still leaves the calls',
    subject: 'bellen',
    body: 'Hallo,\n\nIk wil niet meer door jullie verkopers gebeld worden.\n\nGroet,\nAnnet',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a phone that fails', () => {
  it.each(PHONE_TROUBLE_CASES)('$rule', (phoneCase) => {
    expectRulesRights(phoneCase);
  });
});
