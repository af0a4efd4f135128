import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mailbox or folder opened up that holds other people's records is a breach: forwarded to a private or outside account, sent
 * along by mistake, open to the public, or its files encrypted; the records also a practice's health records, the recordings of
 * the children it treats, or job applications. The same words about the firm's own prices or one invoice report nothing.
 */
const RECORDS_OPENED_UP_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'forwards the mailbox to her private Hotmail' beside lab results and referral letters is a breach",
    subject: 'Reception mailbox',
    body: 'Hi,\n\nOne of our receptionists set up a rule that forwards the reception mailbox to her private Hotmail. That mailbox gets lab results and referral letters from the hospital.\n\nSam',
    rights: ['breach_report'],
  },
  {
    rule: "German 'an eine externe GMX-Adresse weitergeleitet' beside Arztbriefe is a breach",
    subject: 'Weiterleitung',
    body: 'Guten Tag,\n\nunsere Praxisadresse wird seit Montag an eine externe GMX-Adresse weitergeleitet, die niemand kennt. Dort landen die Arztbriefe.\n\nDr. Vogel',
    rights: ['breach_report'],
  },
  {
    rule: "German 'versehentlich ... angehängt' beside the Lebensläufe is a breach",
    subject: 'Einladung',
    body: 'Hallo,\n\nein Kollege hat bei der Einladung zum Gespräch versehentlich die Lebensläufe aller Kandidaten angehängt.\n\nTina',
    rights: ['breach_report'],
  },
  {
    rule: "French 'accessible publiquement' beside the patients' X-rays is a breach",
    subject: 'Dossier partagé',
    body: "Bonjour,\n\nDepuis votre mise à jour, le dossier des radiographies est accessible publiquement.\n\nDr Morel",
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'openbaar toegankelijk' beside sollicitatiebrieven is a breach",
    subject: 'Website',
    body: 'Hoi,\n\nDe map met sollicitatiebrieven staat sinds gisteren openbaar toegankelijk op onze site.\n\nNoor',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'alle bestanden ... versleuteld' beside the children's reports is a breach",
    subject: 'Computer praktijk',
    body: 'Hallo,\n\nVanochtend waren alle bestanden op de praktijkcomputer versleuteld. Daarop staan de verslagen van de kinderen die we behandelen.\n\nIris',
    rights: ['breach_report'],
  },
  {
    rule: 'a price list publicly available reports nothing',
    subject: 'Website',
    body: 'Hi,\n\nOur price list is publicly available on the website. Can you replace the PDF with the new one?\n\nSam',
    rights: [],
  },
  {
    rule: 'a wrong invoice attached by mistake reports nothing',
    subject: 'My last mail',
    body: 'Hi,\n\nI accidentally attached the wrong invoice to my last mail, please ignore it.\n\nSam',
    rights: [],
  },
];

describe('classifyEmail: records opened up', () => {
  it.each(RECORDS_OPENED_UP_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
