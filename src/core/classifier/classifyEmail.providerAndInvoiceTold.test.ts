import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Two readings of terse mail. The new provider named in the subject or a sentence before, the sender's data asked transferred
 * in another: portability; a phone number or a domain moved is number porting or IT work. And a document of ours that is not
 * the sender's, someone else's details "on it": a breach report; lines on an invoice the sender does not recognise are not.
 * Sentences written for these tests.
 */
const PROVIDER_AND_INVOICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'moving providers' above 'Please transfer my ticket history to ...' is portability",
    subject: 'moving providers',
    body: 'Please transfer my ticket history to Harbour IT. I do not need a copy myself.\n\nNina',
    rights: ['portability'],
  },
  {
    rule: 'Dutch: a phone number moved to a new provider is number porting',
    subject: 'nummer',
    body: 'Ik stap over naar een nieuwe provider. Kunnen jullie mijn nummer overzetten?',
    rights: [],
  },
  {
    rule: 'Dutch: a domain moved to a new provider is IT work',
    subject: 'domein',
    body: 'We gaan over naar een nieuwe provider. Kunnen jullie het domein overdragen?',
    rights: [],
  },
  {
    rule: "German 'nicht meine Rechnung' with a stranger's name and address in it reports a breach",
    subject: 'Rechnung',
    body: 'Das ist nicht meine Rechnung. Name und Anschrift einer Frau aus Bonn stehen darin.\n\nK. Lenz',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: someone else's name and address that 'staan erop' report a breach",
    subject: 'Fwd: pakbon',
    body: 'Deze pakbon hoort bij iemand anders. Naam en adres van die klant staan erop.\n\nJoke',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: lines on an invoice the sender does not recognise report nothing',
    subject: 'factuur',
    body: 'Er staan twee regels op die ik niet herken. Kunnen jullie die nakijken?',
    rights: [],
  },
];

describe('classifyEmail: a new provider told apart from the transfer, and a document that is not the sender\'s', () => {
  it.each(PROVIDER_AND_INVOICE_CASES)('$rule', (providerCase) => {
    expectRulesRights(providerCase);
  });
});
