import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * IT work on lists and accounts asks no right: a list the sender asks to be sent before accounts are removed is a document,
 * no mailing to leave. A mailing named beside it, or the sender's data listed, still asks.
 */
const LIST_SENT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'old accounts deleted once the sender has seen their list ask nothing',
    subject: 'Old accounts',
    body: 'Hi,\n\nCan you clear out the printer accounts nobody uses? Please send me the list before you delete them.\n\nThanks, Omar',
    rights: [],
  },
  {
    rule: 'Dutch: guest accounts deleted after "stuur eerst de lijst" ask nothing',
    subject: 'Gastaccounts',
    body: 'Hoi,\n\nWillen jullie de oude gastaccounts opruimen? Stuur eerst de lijst voordat jullie ze verwijderen.\n\nGroet, Saar',
    rights: [],
  },
  {
    rule: 'German: test accounts deleted after "Schicken Sie mir die Liste" ask nothing',
    subject: 'Testkonten',
    body: 'Hallo,\n\nbitte räumen Sie die alten Testkonten auf. Schicken Sie mir die Liste, bevor Sie sie löschen.\n\nGruß, Rolf',
    rights: [],
  },
  {
    rule: 'French: guest accounts deleted after "envoyer la liste" ask nothing',
    subject: 'Comptes invités',
    body: "Bonjour,\n\nPouvez-vous faire le ménage dans les comptes invités ? Merci d'envoyer la liste avant de les supprimer.\n\nMerci, Anne",
    rights: [],
  },
  {
    rule: 'leaving the mailing list and asking for a confirmation still unsubscribes',
    subject: 'Newsletter',
    body: 'Hi,\n\nPlease remove me from your mailing list and send me a confirmation.\n\nThanks, Ed',
    rights: ['unsubscribe'],
  },
  {
    rule: 'the list of the personal data held on the sender is still access',
    subject: 'My data',
    body: 'Hello,\n\nPlease send me the list of all personal data you hold about me.\n\nRegards, Ada',
    rights: ['access'],
  },
];

describe('classifyEmail: a list sent before IT work', () => {
  it.each(LIST_SENT_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** A list, mailbox or calendar told out of use ("die wordt niet meer gebruikt") objects to nothing: a doubted "no". */
const OUT_OF_USE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'Dutch: a shared mailbox to close because it is no longer used asks nothing',
    subject: 'Mailbox opheffen',
    body: 'Hoi,\n\nKunnen jullie de gedeelde mailbox info-oud opheffen? Die wordt niet meer gebruikt.\n\nGroet, Kees',
    rights: [],
  },
  {
    rule: 'Dutch: an old calendar long out of use asks nothing',
    subject: 'Oude agenda',
    body: 'Hoi,\n\nDe oude teamagenda is al lang niet meer in gebruik en mag weg.\n\nGroet, Kees',
    rights: [],
  },
];

describe('classifyEmail: a thing told out of use', () => {
  it.each(OUT_OF_USE_CASES)('$rule', ({ subject, body, rights }) => {
    const rules = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(rules.rights).toEqual(rights);
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });

  it('Dutch: my data no longer to be used, the verb last, still objects', () => {
    const body = 'Hallo,\n\nIk wil dat mijn gegevens niet meer worden gebruikt voor analyses.\n\nGroet, Kees';
    expect(classifyEmail({ subject: 'Gegevens', body }, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it('Dutch: profiling named beside "niet meer gebruikt" still objects', () => {
    const body = 'Hallo,\n\nMijn gegevens worden toch niet meer gebruikt voor profilering? Stop daar anders mee.\n\nGroet, Kees';
    expect(classifyEmail({ subject: 'Gegevens', body }, { rulesAlone: true }).rights).toEqual(['objection']);
  });
});

/**
 * A spam folder is a place in the mailbox where mail landed, no marketing: mail found there and deleted leaves no mailing.
 * Spam sent to the sender is still marketing to stop.
 */
const SPAM_FOLDER_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "German 'im Spam-Ordner gelandet und gelöscht' leaves no mailing",
    subject: 'Angebot',
    body: 'Hallo,\n\nkönnten Sie mir Ihr Angebot noch einmal schicken? Sie ist bei mir im Spam-Ordner gelandet und wurde gelöscht.\n\nGruß, Timo',
    rights: [],
  },
  {
    rule: "Dutch 'in mijn spam map beland en verwijderd' leaves no mailing",
    subject: 'offerte',
    body: 'Hoi,\n\nDe offerte is in mijn spam map beland en per ongeluk verwijderd. Kunnen jullie hem opnieuw sturen?\n\nTim',
    rights: [],
  },
  {
    rule: "English 'went to the junk folder and I deleted it' leaves no mailing",
    subject: 'quote',
    body: 'Hi,\n\nYour quote went to my spam folder and I deleted it by accident. Could you send it again?\n\nTim',
    rights: [],
  },
  {
    rule: 'spam of ours to stop is still an unsubscribe',
    subject: 'spam',
    body: 'Hallo,\n\nStop met die spam van jullie, ik wil geen mails meer.\n\nTim',
    rights: ['unsubscribe'],
  },
  {
    rule: "German 'die Rechnung ist im Spam-Ordner gelandet' leaves no mailing",
    subject: 'Rechnung',
    body: 'Hallo,\n\ndie Rechnung ist im Spam-Ordner gelandet und wurde gelöscht. Bitte noch einmal senden.\n\nJan',
    rights: [],
  },
  {
    rule: "English 'ended up in my spam folder and got deleted' leaves no mailing",
    subject: 'invoice',
    body: 'Hi,\n\nYour invoice ended up in my spam folder and got deleted, can you resend it?\n\nTom',
    rights: [],
  },
  {
    rule: "Dutch 'kwam in de spam terecht' leaves no mailing",
    subject: 'offerte',
    body: 'Hoi,\n\nDe offerte kwam in de spam terecht en ik heb hem weggegooid. Kunnen jullie hem opnieuw sturen?\n\nEls',
    rights: [],
  },
  {
    rule: "French 'arrivée dans mes spams' leaves no mailing",
    subject: 'facture',
    body: "Bonjour,\n\nla facture est arrivée dans mes spams et je l'ai supprimée. Pouvez-vous la renvoyer ?\n\nLuc",
    rights: [],
  },
  {
    rule: "English 'stop sending me your spam' is still an unsubscribe",
    subject: 'spam',
    body: 'Hi,\n\nStop sending me your spam.\n\nTom',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'alleen maar spam van jullie' is still an unsubscribe",
    subject: 'spam',
    body: 'Hallo,\n\nIk krijg alleen maar spam van jullie. Haal me van jullie lijst.\n\nEls',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a spam folder is no marketing', () => {
  it.each(SPAM_FOLDER_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** A lost or stolen device wiped from afar is IT work, reported as a breach; the sender's own data asked gone still erases. */
const LOST_DEVICE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'English: a lost laptop to wipe is a breach report, no erasure',
    subject: 'laptop gone',
    body: 'Hi,\n\nI lost my work laptop on the train yesterday. Client files are on it. Can you wipe it remotely?\n\nPete',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: a stolen phone to wipe is a breach report, no erasure',
    subject: 'telefoon gestolen',
    body: 'Hoi,\n\nMijn telefoon is gisteren gestolen, met de zakelijke mail erop. Kunnen jullie hem op afstand wissen? Er staan klantgegevens op.\n\nRoel',
    rights: ['breach_report'],
  },
  {
    rule: 'German: a lost phone to wipe is a breach report, no erasure',
    subject: 'Handy weg',
    body: 'Hallo,\n\nmein Diensthandy ist verloren, mit Kundendaten im Postfach. Können Sie es aus der Ferne löschen?\n\nJens',
    rights: ['breach_report'],
  },
  {
    rule: 'French: a stolen laptop to wipe is a breach report, no erasure',
    subject: 'portable volé',
    body: "Bonjour,\n\nMon ordinateur portable a été volé ce matin, avec des fichiers clients. Pouvez-vous l'effacer à distance ?\n\nLéa",
    rights: ['breach_report'],
  },
  {
    rule: 'a lost phone told beside my data asked deleted still erases',
    subject: 'lost phone',
    body: 'Hi,\n\nI lost my phone last week. Please delete my data from your customer portal as well.\n\nKim',
    rights: ['erasure', 'breach_report'],
  },
];

describe('classifyEmail: a lost device wiped is IT work', () => {
  it.each(LOST_DEVICE_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** A leaver's account and mailbox deleted together is offboarding; an erasure he asked, relayed, names his data and stands. */
const ACCOUNT_AND_MAILBOX_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "French 'supprimer son compte et sa boîte mail' offboards a leaver",
    subject: 'compte',
    body: 'Bonjour, notre stagiaire est partie hier. Merci de supprimer son compte et sa boîte mail. Bruno',
    rights: [],
  },
  {
    rule: "English 'delete her account and mailbox' offboards a leaver",
    subject: 'account',
    body: 'Hi,\n\nOur intern left last week, please delete her account and mailbox.\n\nOwen',
    rights: [],
  },
  {
    rule: "Dutch 'zijn account en mailbox verwijderen' offboards a leaver",
    subject: 'uit dienst',
    body: 'Hoi,\n\nJoris is vrijdag uit dienst gegaan. Kunnen jullie zijn account en mailbox verwijderen?\n\nKees',
    rights: [],
  },
  {
    rule: "German 'sein Konto und Postfach löschen' offboards a leaver",
    subject: 'Austritt',
    body: 'Hallo,\n\nHerr Braun ist ausgeschieden. Bitte sein Konto und Postfach löschen.\n\nJonas',
    rights: [],
  },
  {
    rule: "Dutch accounts that may all go from Entra ID are IT housekeeping",
    subject: 'accounts',
    body: 'Hoi,\n\ndeze accounts mogen allemaal weg uit Entra ID: t.bos, r.smit.\n\nIris',
    rights: [],
  },
  {
    rule: "Dutch accounts all deleted from Active Directory are IT housekeeping",
    subject: 'uit dienst',
    body: 'Hoi,\n\ndie accounts mogen allemaal verwijderd worden uit Active Directory, ze zijn uit dienst.\n\nTim',
    rights: [],
  },
  {
    rule: "English 'delete all the old users, everything can go' is IT housekeeping",
    subject: 'old users',
    body: 'Hi,\n\nPlease delete all the old users, everything can go.\n\nDan',
    rights: [],
  },
  {
    rule: "French 'supprimer les anciens utilisateurs et tout ce qui va avec' is IT housekeeping",
    subject: 'utilisateurs',
    body: 'Bonjour,\n\nmerci de supprimer les anciens utilisateurs et tout ce qui va avec.\n\nPaul',
    rights: [],
  },
  {
    rule: "a user of ours asking to delete his own account still asks erasure",
    subject: 'account',
    body: "Hi,\n\nI'm one of your users, please delete my account and all my data.\n\nOwen",
    rights: ['erasure'],
  },
  {
    rule: "English 'delete her mailbox, she doesn't work here anymore' is offboarding",
    subject: 'mailbox',
    body: "Hi,\n\nCould you delete Sara's mailbox, she doesn't work here anymore.\n\nTim",
    rights: [],
  },
  {
    rule: "Dutch 'verwijder zijn account, hij is sinds vrijdag uit dienst' is offboarding",
    subject: 'account weg',
    body: 'Hoi,\n\nVerwijder graag het account van Ruud, hij is sinds vrijdag uit dienst.\n\nGroet, Els',
    rights: [],
  },
  {
    rule: "German 'er ist zum Monatsende ausgeschieden, bitte sein Postfach löschen' is offboarding",
    subject: 'Postfach',
    body: 'Hallo,\n\nHerr Berg ist zum Monatsende ausgeschieden, bitte sein Postfach löschen.\n\nGruß, Anke',
    rights: [],
  },
  {
    rule: "French 'elle a quitté l'agence, merci de supprimer son compte' is offboarding",
    subject: 'compte',
    body: "Bonjour,\n\nJulie a quitté l'agence, merci de supprimer son compte.\n\nMarc",
    rights: [],
  },
  {
    rule: "the sender who left the firm himself still asks erasure: 'I have left the company, delete my details'",
    subject: 'my details',
    body: 'Hello,\n\nI have left the company, please delete my details from your CRM.\n\nIan',
    rights: ['erasure'],
  },
  {
    rule: 'an erasure the leaver asked, relayed beside it, still stands',
    subject: 'verwijderverzoek',
    body: 'Hoi,\n\nOnze oud-medewerker Piet heeft gevraagd al zijn persoonsgegevens te verwijderen. Willen jullie zijn account en mailbox verwijderen, ook uit de back-ups?\n\nKees',
    rights: ['erasure'],
  },
];

describe("classifyEmail: a leaver's account and mailbox deleted", () => {
  it.each(ACCOUNT_AND_MAILBOX_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** Storage paid for is capacity, not data kept: storage left unused restricts nothing. */
const PAID_STORAGE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'we betalen voor opslag die we niet gebruiken' keeps no data",
    subject: 'opslag',
    body: 'Hoi,\n\nWe betalen nog steeds voor opslag die we niet gebruiken. Kunnen jullie de oude projectsite opruimen?\n\nSven',
    rights: [],
  },
  {
    rule: "English 'paying for storage we do not use' keeps no data",
    subject: 'storage',
    body: 'Hi,\n\nWe are paying for storage we do not use. Can you clean up the old team sites?\n\nOwen',
    rights: [],
  },
  {
    rule: "German 'wir zahlen für Speicherplatz, den wir nicht nutzen' keeps no data",
    subject: 'Speicher',
    body: 'Hallo,\n\nwir zahlen für Speicherplatz, den wir nicht nutzen. Können Sie die alten Projektordner aufräumen?\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'nous payons du stockage que nous n'utilisons pas' keeps no data",
    subject: 'stockage',
    body: "Bonjour,\n\nNous payons du stockage que nous n'utilisons pas. Pouvez-vous faire le ménage dans les anciens sites ?\n\nClaire",
    rights: [],
  },
  {
    rule: "the sender's data kept but not used while a dispute runs still restricts",
    subject: 'Daten',
    body: 'Hallo,\n\nBitte bewahren Sie meine Daten auf, aber verwenden Sie sie nicht mehr, bis der Streit geklärt ist.\n\nJonas',
    rights: ['restriction'],
  },
];

describe('classifyEmail: storage paid for', () => {
  it.each(PAID_STORAGE_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** A user's VPN account removed, or a leaver's mail redirected with his account deleted, is IT work: no erasure. */
describe('classifyEmail: a VPN account or a mailbox redirected is IT work', () => {
  it.each([
    { subject: 'VPN', body: 'Hi,\n\nOur temp from the audit firm is done. Please remove her VPN account and the rule for her laptop.\n\nNina' },
    { subject: 'VPN', body: 'Hoi,\n\nDe stagiair is vertrokken. Kunnen jullie zijn VPN-toegang verwijderen?\n\nRoel' },
    { subject: 'Compte', body: "Bonjour,\n\nnotre vendeur est parti. Merci de supprimer son compte et de rediriger ses courriels vers la boutique.\n\nAnne" },
  ])('asks no erasure in "$body"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual([]);
  });

  it('still reads an erasure of the sender\'s own data beside his VPN: "delete my personal data, my VPN logs included"', () => {
    expect(classifyEmail({ subject: 'data', body: 'Please delete all my personal data, my VPN logs included.' }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });
});

describe('classifyEmail: a device named in the subject beside the mail', () => {
  it.each([
    { subject: 'Printer en mail', body: 'De grote printer bij HR geeft steeds een fout. Kunnen jullie kijken?\n\nIlse' },
    { subject: 'Printer: scans naar e-mail', body: 'Hallo,\n\nDe kopieerder op de tweede etage stuurt niets meer door, hij meldt een fout. Kunnen jullie helpen?\n\nGroet,\nIlse' },
  ])('reads no correction of a mail address in "$subject": a fault of the device', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual([]);
  });
});
