import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Nothing done with the sender's data while the authority's decision is awaited restricts it: the decision awaited in plain
 * words and nothing done with the data named. Sentences of our own; a decision awaited on anything else, or nothing asked
 * of the data, restricts nothing.
 */
const DECISION_AWAITED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'en attendant sa décision' and 'ne faire plus rien avec mes données' beside a complaint to the CNIL: restriction and the complaint",
    subject: 'Saisine CNIL',
    body: "Bonjour,\n\nLa CNIL est saisie de mon dossier. En attendant sa décision, merci de ne faire plus rien avec mes données.\n\nAnne",
    rights: ['complaint', 'restriction'],
  },
  {
    rule: "English 'awaiting their decision, do nothing with my data' beside a complaint to the ICO: restriction and the complaint",
    subject: 'ICO',
    body: 'Hello,\n\nThe ICO now has my complaint. Awaiting their ruling, please do nothing with my data.\n\nBen',
    rights: ['complaint', 'restriction'],
  },
  {
    rule: "German 'bis zu deren Entscheidung machen Sie nichts mit meinen Daten' beside a complaint: restriction and the complaint",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nmeine Beschwerde liegt bei der Datenschutzbehörde. Bis zu deren Entscheidung machen Sie bitte nichts mit meinen Daten.\n\nUte',
    rights: ['complaint', 'restriction'],
  },
  {
    rule: "Dutch 'in afwachting van de uitspraak' with the data not to be used: restriction and the complaint",
    subject: 'Klacht AP',
    body: 'Beste,\n\nDe AP behandelt mijn klacht. In afwachting van de uitspraak mag u mijn gegevens niet meer gebruiken.\n\nKees',
    rights: ['complaint', 'restriction'],
  },
  {
    rule: "English 'no need to do anything with my data' asks nothing",
    subject: 'Hello',
    body: 'Hi all,\n\nJust a hello from Lisbon. No need to do anything with my data, the newsletter can keep coming.\n\nBen',
    rights: [],
  },
  {
    rule: 'a decision awaited on a quote restricts nothing',
    subject: 'Offerte',
    body: 'Hallo,\n\nWe wachten nog op uw offerte. In afwachting van de beslissing van ons bestuur plannen we niets.\n\nKees',
    rights: [],
  },
];

describe('classifyEmail: nothing done with the data while a decision is awaited', () => {
  it.each(DECISION_AWAITED_CASES)('$rule', (awaitedCase) => {
    expectRulesRights(awaitedCase);
  });
});
