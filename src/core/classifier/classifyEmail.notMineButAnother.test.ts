import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * "Not mine but someone else's": the negation reaches the part before "but", "maar", "sondern" or "mais", not the other
 * owner's document set against it, so the document received is reported. A refusal set against a wish stays one. Sentences
 * written for these tests.
 */
const NOT_MINE_BUT_ANOTHER_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: 'niet mijn ticket maar dat van een andere klant', his details in it",
    subject: 'ticket',
    body: 'Via de link zie ik niet mijn ticket maar dat van een andere klant, met zijn naam en adres.',
    rights: ['breach_report'],
  },
  {
    rule: "French: 'pas notre facture mais celle d'un autre client', his address in it",
    subject: 'facture',
    body: "Ce n'est pas notre facture mais celle d'un autre client, avec son adresse.",
    rights: ['breach_report'],
  },
  {
    rule: "German: 'nicht löschen, sondern nur sperren' still refuses the erasure",
    subject: 'Konto',
    body: 'Bitte mein Konto nicht löschen, sondern nur sperren.',
    rights: ['restriction'],
  },
];

describe('classifyEmail: not mine but someone else\'s', () => {
  it.each(NOT_MINE_BUT_ANOTHER_CASES)('$rule', (contrastCase) => {
    expectRulesRights(contrastCase);
  });
});
