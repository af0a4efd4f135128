import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A breach told with the sender's detail called wrong ("mijn mailadres staat verkeerd bij die klant", "my email address must be
 * wrong on her record") asks no correction: what was wrong is where the data went. A correction asked in so many words beside the
 * breach still stands. Sentences written for these tests.
 */
const WRONG_IN_BREACH_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: another customer's invoice received, the sender's address wrong on her record",
    subject: 'verkeerde factuur',
    body: 'Hallo,\n\nIk kreeg vandaag van jullie de factuur van een andere klant, met haar naam en huisadres erop. Blijkbaar staat mijn mailadres verkeerd bij die klant in jullie systeem.\n\nGroet,\nWil',
    rights: ['breach_report'],
  },
  {
    rule: "English: the wrong invoice attached, the sender's address wrong on her record",
    subject: 'wrong invoice',
    body: 'Hi,\n\nYour reminder came with the wrong invoice attached: it belongs to another customer and shows her name and home address. My email address must be wrong on her record.\n\nRegards,\nLee',
    rights: ['breach_report'],
  },
  {
    rule: "German: a wrong mail with another customer's number, the sender's address wrongly stored",
    subject: 'Falsche E-Mail',
    body: 'Hallo,\n\nich habe von Ihnen eine falsche E-Mail erhalten, mit dem Namen und der Telefonnummer eines anderen Kunden. Meine Adresse ist bei Ihnen wohl falsch hinterlegt.\n\nGruß\nEva',
    rights: ['breach_report'],
  },
  {
    rule: 'a correction asked in so many words beside the breach still stands',
    subject: 'verkeerde factuur',
    body: 'Hallo,\n\nIk kreeg vandaag van jullie de factuur van een andere klant, met haar naam en huisadres erop. En graag mijn telefoonnummer aanpassen naar 06-12345678.\n\nGroet,\nWil',
    rights: ['breach_report', 'rectification'],
  },
];

describe('classifyEmail: a breach told with the sender\'s detail called wrong', () => {
  it.each(WRONG_IN_BREACH_CASES)('$rule', (wrongCase) => {
    expectRulesRights(wrongCase);
  });
});
