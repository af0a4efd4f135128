import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Everything erased that no duty keeps, in the words of that duty ("alles wat niet onder die bewaarplicht valt", "wat niet bewaard
 * hoeft te worden"), and an erasure wished with "verwijderd hebben": the negation keeps, it refuses no erasure, and the wish is no
 * erasure told done. Sentences written for these tests.
 */
const BEYOND_DUTY_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: "wis alles wat niet onder die bewaarplicht valt", the kept invoices used for nothing else',
    subject: 'mijn gegevens',
    body: 'Goedemiddag,\n\nU moet de facturen zeven jaar bewaren, dat weet ik. Wilt u al mijn gegevens die niet onder die bewaarplicht vallen wissen, en de facturen voor niets anders meer gebruiken?\n\nGroet,\nEls',
    rights: ['erasure', 'restriction'],
  },
  {
    rule: 'Dutch: "daarna mag al het andere, wat niet bewaard hoeft te worden, weg"',
    subject: 'overzicht',
    body: 'Goedendag,\n\nStuur me graag eerst een lijstje van wat u over mij bewaart. Daarna mag al het andere van mij, wat niet bewaard hoeft te worden, weg.\n\nGroet,\nHans',
    rights: ['access', 'erasure'],
  },
  {
    rule: 'Dutch: "dat wil ik graag verwijderd hebben" wishes the erasure',
    subject: 'na opzegging',
    body: 'Hallo,\n\nDe facturen moeten jullie bewaren, prima, maar gebruik ze verder nergens voor. Mijn contactgegevens en oude tickets wil ik graag verwijderd hebben.\n\nGroet,\nBas',
    rights: ['erasure', 'restriction'],
  },
  {
    rule: 'English: "After that, delete everything." leans on the data named in the sentence before',
    subject: 'my data',
    body: 'Hi,\n\nSend me a copy of all personal data you keep about me, please. After that, delete everything.\n\nThanks,\nRuth',
    rights: ['access', 'erasure'],
  },
];

describe('classifyEmail: everything erased that no duty keeps', () => {
  it.each(BEYOND_DUTY_CASES)('$rule', (dutyCase) => {
    expectRulesRights(dutyCase);
  });
});
