import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A Dutch compound on "gegevens" that the lexicon does not hold is data, whatever its first part: the sender's own,
 * named with "mijn", is erased or seen as his data would be. A firm's, a colleague's or a login's stays what the rest of
 * the mail makes it. Sentences written for these tests.
 */
const COMPOUND_HEAD_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: 'mijn sollicitatiegegevens wissen' erases the sender's data",
    subject: 'sollicitatie',
    body: 'Graag mijn sollicitatiegegevens wissen. Ik heb elders een baan.',
    rights: ['erasure'],
  },
  {
    rule: "Dutch: 'mijn profielgegevens' removed erases the sender's data",
    subject: 'portaal',
    body: 'Verwijder a.u.b. mijn profielgegevens, ik gebruik het portaal niet meer.',
    rights: ['erasure'],
  },
  {
    rule: "Dutch: a leaver's 'inloggegevens' removed is IT work",
    subject: 'Inloggegevens',
    body: 'Kunnen jullie de inloggegevens van onze oud-medewerker Jan verwijderen? Hij is uit dienst.',
    rights: [],
  },
  {
    rule: "Dutch: the firm's 'bedrijfsgegevens' changed on an invoice corrects nothing of the sender's",
    subject: 'Bedrijfsgegevens',
    body: 'Kunnen jullie onze bedrijfsgegevens op de factuur aanpassen? Het KvK-nummer is gewijzigd.',
    rights: [],
  },
  {
    rule: "Dutch: Wi-Fi 'inloggegevens' sent again are no copy of the sender's data",
    subject: 'wifi',
    body: 'Mijn inloggegevens voor de wifi werken niet meer, kunnen jullie ze opnieuw sturen?',
    rights: [],
  },
];

describe('classifyEmail: Dutch compounds on "gegevens"', () => {
  it.each(COMPOUND_HEAD_CASES)('$rule', (compoundCase) => {
    expectRulesRights(compoundCase);
  });
});
