import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A breach told by whose data reached the sender: one of the many customers we serve ("another of your customers"), or a
 * fellow employee or user of his firm ("un autre employé", "eines anderen Mitarbeiters"); a work device taken in a break-in,
 * whatever verb tells how it went; client contracts or mails behind a link anyone can open. A colleague added or given
 * rights, a broken laptop or an alarm to install report nothing.
 */
const OTHER_OWNER_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'the salary files of another of your customers' in our share is a breach",
    subject: 'Strange folder',
    body: 'Hello,\n\nAfter your migration on Monday our file server shows the salary files of another of your customers, with names and home addresses.\n\nPeter',
    rights: ['breach_report'],
  },
  {
    rule: "French 'les tickets d'un autre employé' sent to the sender is a breach",
    subject: 'Erreur dans votre envoi',
    body: "Bonjour,\n\nVous m'avez transmis hier l'historique et les tickets d'un autre employé de notre cabinet.\n\nClaire",
    rights: ['breach_report'],
  },
  {
    rule: "French 'les dossiers d'autres collaborateurs' visible is a breach",
    subject: 'Portail',
    body: "Bonjour,\n\nDans le portail je vois désormais les dossiers d'autres collaborateurs, pas seulement le mien.\n\nMarc",
    rights: ['breach_report'],
  },
  {
    rule: "German 'die Lohnabrechnung eines anderen Mitarbeiters' received is a breach",
    subject: 'Falsche Abrechnung',
    body: 'Hallo,\n\nim Portal habe ich heute die Lohnabrechnung eines anderen Mitarbeiters gesehen.\n\nJonas',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'de tickets van een andere medewerker' seen is a breach",
    subject: 'Portaal',
    body: 'Hoi,\n\nIn het portaal zie ik sinds vandaag de tickets en het mobiele nummer van een andere medewerker.\n\nFemke',
    rights: ['breach_report'],
  },
  {
    rule: "English 'broke into my car and took my work laptop' is a stolen device",
    subject: 'bad news',
    body: 'Hi, somebody broke into my van overnight and grabbed my work laptop from the back seat. Our customer mails are on it.\n\nDan',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'bij een inbraak is mijn laptop meegenomen' is a stolen device",
    subject: 'Inbraak',
    body: 'Goedemorgen,\n\nBij een inbraak op kantoor is vannacht mijn werklaptop meegenomen.\n\nRuud',
    rights: ['breach_report'],
  },
  {
    rule: "German 'bei einem Einbruch ... Diensthandy mitgenommen' is a stolen device",
    subject: 'Einbruch',
    body: 'Guten Morgen,\n\nbei einem Einbruch in unsere Werkstatt wurde auch mein Diensthandy mitgenommen.\n\nUwe',
    rights: ['breach_report'],
  },
  {
    rule: "French 'lors d'un cambriolage ... ordinateur portable' is a stolen device",
    subject: 'Cambriolage',
    body: "Bonjour,\n\nLors d'un cambriolage de l'atelier, l'ordinateur portable de la comptable a disparu.\n\nLuc",
    rights: ['breach_report'],
  },
  {
    rule: "English client contracts behind a link set to anyone with the link are a breach",
    subject: 'Sharing setting',
    body: 'Hi,\n\nThe share with our client contracts turns out to be open to anyone with the link. Please close it.\n\nMia',
    rights: ['breach_report'],
  },
  {
    rule: 'another user added to the tenant reports nothing',
    subject: 'New user',
    body: 'Hi,\n\nPlease create another user in our tenant; the new employee starts on Monday and her name is below.\n\nTom',
    rights: [],
  },
  {
    rule: 'another employee given rights to a mailbox reports nothing',
    subject: 'Rechten',
    body: 'Hoi,\n\nKunnen jullie een andere medewerker ook toegang geven tot het gedeelde postvak? Haar naam staat hieronder.\n\nTom',
    rights: [],
  },
  {
    rule: 'a broken laptop to repair reports nothing',
    subject: 'Repair',
    body: 'Hi, the screen of my laptop is broken in two places, can you send someone to fix it?\n\nAmy',
    rights: [],
  },
  {
    rule: 'a burglar alarm tied to a phone reports nothing',
    subject: 'Alarm',
    body: 'Hallo,\n\nKönnen Sie unsere Einbruchmeldeanlage so einstellen, dass sie auf mein Handy meldet?\n\nUwe',
    rights: [],
  },
];

describe("classifyEmail: a breach told by whose data it is, a device taken in a break-in, a link open to anyone", () => {
  it.each(OTHER_OWNER_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
