import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mail, letter or result of the sender's that went to the wrong person or to another of the people we serve is a breach,
 * the recipient named as any such person, an address or a first name, and in Dutch and German with the verb last. Asking us
 * to send something to another address reports nothing.
 */
const SENT_TO_WRONG_RECIPIENT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'naar een verkeerde cliënt gemaild', the verb last, is a breach",
    subject: 'Mijn uitslag',
    body: 'Goedemiddag,\n\nIk hoor van de fysiotherapeut dat mijn uitslag door jullie systeem naar een verkeerde cliënt gemaild is.\n\nGroet,\nHenk',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'naar de verkeerde <voornaam> gestuurd' is a breach",
    subject: 'Contract',
    body: 'Hallo,\n\nMijn huurcontract is naar de verkeerde Annemiek gestuurd, zij belde me net op.\n\nAnnemiek Bos',
    rights: ['breach_report'],
  },
  {
    rule: "English 'emailed to another patient' is a breach",
    subject: 'My results',
    body: 'Hello,\n\nThe practice tells me my blood test results were emailed to another patient through the system you run.\n\nTom',
    rights: ['breach_report'],
  },
  {
    rule: "German 'an einen anderen Patienten geschickt', the verb last, is a breach",
    subject: 'Arztbrief',
    body: 'Guten Tag,\n\nmein Arztbrief ist laut der Praxis über Ihr System an einen anderen Patienten geschickt worden.\n\nKarl Weber',
    rights: ['breach_report'],
  },
  {
    rule: "German 'an eine falsche E-Mail-Adresse verschickt' is a breach",
    subject: 'Befund',
    body: 'Hallo,\n\nmein Befund wurde letzte Woche an eine falsche E-Mail-Adresse verschickt.\n\nPetra',
    rights: ['breach_report'],
  },
  {
    rule: "French 'envoyés à une autre patiente' is a breach",
    subject: 'Mes résultats',
    body: "Bonjour,\n\nMes résultats d'analyse ont été envoyés par votre plateforme à une autre patiente.\n\nLucie",
    rights: ['breach_report'],
  },
  {
    rule: 'a quote to send to another address reports nothing',
    subject: 'Quote',
    body: 'Hi,\n\nCould you send the quote to another address? Our accounts team uses billing@example.com.\n\nTom',
    rights: [],
  },
  {
    rule: "German 'an eine andere Adresse schicken', asked, reports nothing",
    subject: 'Rechnung',
    body: 'Hallo,\n\nbitte schicken Sie die Rechnung künftig an eine andere Adresse, unsere Buchhaltung ist umgezogen.\n\nJana',
    rights: [],
  },
  {
    rule: "French 'envoyer à une autre adresse', asked, reports nothing",
    subject: 'Devis',
    body: "Bonjour,\n\nPouvez-vous envoyer le devis à une autre adresse, celle de notre comptable ?\n\nAnne",
    rights: [],
  },
];

describe('classifyEmail: sent to the wrong recipient', () => {
  it.each(SENT_TO_WRONG_RECIPIENT_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
