import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Access and portability named in other words: a file named by the mail program it opens in, the sender's private mails
 * pointed back to, what we record about him in the present tense. A file of ours thanked
 * for as sent asks for nothing, and the look-alikes (how to use a mail program, private mail sent as a habit, thanks given
 * ahead of an ask) stay as they were.
 */
const NAMED_OTHERWISE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English mails named, then 'a file I can open in Thunderbird' is access and portability",
    subject: 'old mail',
    body: 'Hello,\n\nMy studio shut down last spring. I still want my old emails for the accountant. Could you send me the lot as a file I can open in Thunderbird?\n\nNadia',
    rights: ['access', 'portability'],
  },
  {
    rule: "Dutch copy of the mailbox asked, then 'een bestand dat ik met Outlook kan importeren' is access and portability",
    subject: 'mijn mailbox',
    body: 'Hallo,\n\nIk werk er sinds maart niet meer, maar ik wil graag een kopie van mijn mails van toen. Graag als bestand dat ik met Outlook kan importeren.\n\nJoris',
    rights: ['access', 'portability'],
  },
  {
    rule: "German 'eine Datei, die ich in Outlook öffnen kann' after the mails is access and portability",
    subject: 'alte Mails',
    body: 'Guten Tag,\n\nich hätte gern eine Kopie meiner E-Mails aus dem alten Konto. Schicken Sie mir bitte meine Mails als Datei, die ich in Outlook öffnen kann.\n\nGrete',
    rights: ['access', 'portability'],
  },
  {
    rule: "French 'un fichier que je peux ouvrir dans Outlook' after the mails is access and portability",
    subject: 'mes anciens mails',
    body: "Bonjour,\n\nJe voudrais une copie de mes mails de l'ancien compte. Pourriez-vous m'envoyer mes emails dans un fichier que je peux ouvrir dans Outlook ?\n\nLéa",
    rights: ['access', 'portability'],
  },
  {
    rule: "English how to set up a mail program stays no request",
    subject: 'outlook',
    body: 'Hi,\n\nHow do I open my shared calendar in Outlook on the new laptop? The file menu looks different.\n\nTom',
    rights: [],
  },
  {
    rule: "Dutch contacts and calendar sent to the sender as vCard, IT words around them, is access and portability",
    subject: 'contacten meenemen',
    body: 'Hallo,\n\nAls zzp-er had ik een account in de tenant van een klant. Nu wil ik mijn contactpersonen en mijn agenda meenemen. Kunnen jullie die als vCard-bestand naar mij sturen? Hun beheerder staat in de cc.\n\nWillem',
    rights: ['access', 'portability'],
  },
  {
    rule: "Dutch private mails in the old work mailbox, 'die privémails naar mij toesturen', then wiped, is access and erasure",
    subject: 'werkmail',
    body: 'Beste,\n\nIk ben vorige maand vertrokken bij de drukkerij. In mijn werkmailbox zaten ook privé zaken. Willen jullie die privémails naar mij toesturen en ze na afloop uit het postvak wissen?\n\nRoel',
    rights: ['access', 'erasure'],
  },
  {
    rule: "English 'send me those private emails' is access",
    subject: 'old work account',
    body: 'Hello,\n\nMy old work inbox held some personal things too. Please send me those private emails before the account is closed.\n\nOwen',
    rights: ['access'],
  },
  {
    rule: "Dutch private mail sent from work as a habit names no mails of the sender's",
    subject: 'vraagje',
    body: 'Hoi,\n\nMogen medewerkers privémails sturen vanaf hun werkaccount, of moeten we dat blokkeren?\n\nIlse',
    rights: [],
  },
  {
    rule: "Dutch 'een overzicht van wat u over mij vastlegt' in the present is access",
    subject: 'overzicht',
    body: 'Goedemiddag,\n\nWilt u mij een overzicht mailen van wat u allemaal over mij vastlegt?\n\nHenk',
    rights: ['access'],
  },
  {
    rule: "English thanks for the export already sent, then an erasure, is erasure alone",
    subject: 'Re: your copy',
    body: 'Thanks for sending the export of my account and the CSV with my orders. Please erase everything now, I have what I need.\n\nMaya',
    rights: ['erasure'],
  },
  {
    rule: "Dutch thanks for the file sent, then an erasure, is erasure alone",
    subject: 'Re: uw gegevens',
    body: 'Bedankt voor het toesturen van het bestand met mijn gegevens. Wilt u nu alles over mij verwijderen?\n\nPieter',
    rights: ['erasure'],
  },
  {
    rule: "German thanks for the copy sent, then an erasure, is erasure alone",
    subject: 'AW: Auskunft',
    body: 'Danke für die Zusendung der Kopie meiner Daten. Bitte löschen Sie jetzt alle meine Daten.\n\nErik',
    rights: ['erasure'],
  },
  {
    rule: "French thanks for the file sent, then an erasure, is erasure alone",
    subject: 'RE: vos données',
    body: "Merci de m'avoir envoyé la copie de mes données. Veuillez maintenant supprimer toutes mes données.\n\nInès",
    rights: ['erasure'],
  },
  {
    rule: "English thanks ahead of a copy asked still asks it",
    subject: 'my data',
    body: 'Hi,\n\nI want a CSV file with a copy of everything you hold on me. Thanks in advance for sending it.\n\nLiam',
    rights: ['access', 'portability'],
  },
];

describe('classifyEmail: access and portability named in other words', () => {
  it.each(NAMED_OTHERWISE_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
