import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Contract paperwork named beside an erasure: the sender's personal data erased after the final bill is still erased, while a
 * standing order or a meter reading deleted is banking or contract admin. German state commissioners by their abbreviations are
 * supervisory authorities. Sentences written for these tests.
 */
const AFTER_SETTLEMENT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: all the sender's personal data erased after the final settlement",
    subject: 'Opzegging',
    body: 'Beste,\n\nWe stoppen per 1 mei. Zodra de eindafrekening binnen is, mogen al mijn persoonsgegevens worden verwijderd.\n\nGroet, Ellen',
    rights: ['erasure'],
  },
  {
    rule: 'a standing order deleted is banking admin',
    subject: 'standing order',
    body: 'Hello,\n\nPlease delete the standing order for the office rent from my account.\n\nAlan',
    rights: [],
  },
  {
    rule: "Dutch: the final settlement's meter reading removed is contract admin",
    subject: 'eindafrekening',
    body: 'Hoi,\n\nKunnen jullie de verkeerde meterstand op de eindafrekening verwijderen?\n\nBert',
    rights: [],
  },
  {
    rule: "German: a complaint lodged with the LfDI",
    subject: 'Beschwerde',
    body: 'Hallo,\n\nich habe heute Beschwerde beim LfDI eingelegt, weil meine Auskunft seit Wochen aussteht.\n\nKai',
    rights: ['complaint'],
  },
  {
    rule: 'German: a complaint lodged with the BayLDA',
    subject: 'Aufsicht',
    body: 'Guten Tag,\n\nich habe mich beim BayLDA über Ihren Umgang mit meinen Daten beschwert.\n\nSabine',
    rights: ['complaint'],
  },
];

describe('classifyEmail: an erasure beside contract paperwork, and authorities by abbreviation', () => {
  it.each(AFTER_SETTLEMENT_CASES)('$rule', (settlementCase) => {
    expectRulesRights(settlementCase);
  });
});
