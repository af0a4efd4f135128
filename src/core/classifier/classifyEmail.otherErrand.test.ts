import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';
import { expectDoubtedNo } from './rulesRights.test-support.ts';

interface ErrandCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

/**
 * A mail on an errand of another kind asks no right, though it shares words with a request: its "no" is a doubted one
 * (`needsReview`), so the models do not make it a request; a right asked beside the errand still stands.
 */
function expectErrand({ subject, body, rights }: ErrandCase): void {
  if (rights.length === 0) {
    expectDoubtedNo(subject, body);
    return;
  }
  expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
}

/** A mailing asked for, to join or to join again, is a subscription: the opposite of leaving one. */
const SUBSCRIPTION_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'Kan ik hem voortaan ook krijgen?' of a newsletter named before asks for it",
    subject: 'nieuwsbrief',
    body: 'Hoi,\n\nEen vriendin stuurde me jullie nieuwsbrief door. Kan ik hem voortaan ook krijgen? Graag op dit adres.\n\nPieter',
    rights: [],
  },
  {
    rule: "English 'could you sign me up' joins a mailing",
    subject: 'Newsletter',
    body: 'Hello,\n\nA colleague showed me your monthly tips. Could you sign me up with this address?\n\nMartha',
    rights: [],
  },
  {
    rule: "German 'Ihren Newsletter abonnieren' joins a mailing",
    subject: 'Newsletter',
    body: 'Guten Tag,\n\nich würde gern Ihren Newsletter abonnieren. Geht das über diese Adresse?\n\nGrüße\nHanna',
    rights: [],
  },
  {
    rule: "French 'm'inscrire à votre newsletter' joins a mailing",
    subject: 'Newsletter',
    body: "Bonjour,\n\nPouvez-vous m'inscrire à votre newsletter ? Un collègue la trouve très utile.\n\nClaire",
    rights: [],
  },
  {
    rule: 'a mailing never subscribed to and left is still unsubscribe',
    subject: 'Newsletter',
    body: 'Hello,\n\nI never subscribed to your newsletter. Please remove me from it.\n\nMartha',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a mailing asked for', () => {
  it.each(SUBSCRIPTION_CASES)('$rule', expectErrand);
});

/** Whether a message or a caller really came from us is a question about a scam, no right asked. */
const GENUINE_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'Zijn jullie dat geweest?' of a caller asks whether he was ours",
    subject: 'telefoontje',
    body: 'Goedemorgen,\n\nMijn vader werd gisteren gebeld door iemand die zei dat hij van de helpdesk was en zijn computer wilde overnemen. Hij wist zijn naam. Zijn jullie dat geweest?\n\nEls',
    rights: [],
  },
  {
    rule: "English 'Was that really you?' of a text asks whether it was ours",
    subject: 'strange text',
    body: 'Hi,\n\nI got a text saying my mailbox is full and that I must log in through a link to keep my data. Was that really you? I have not clicked it.\n\nTom',
    rights: [],
  },
  {
    rule: "German 'Kommt das wirklich von Ihnen?' of a mail asks whether it was ours",
    subject: 'Komische E-Mail',
    body: 'Hallo,\n\nich habe eine E-Mail bekommen, ich solle meine Daten im Kundenkonto bestätigen. Kommt das wirklich von Ihnen?\n\nJörg',
    rights: [],
  },
  {
    rule: "French 'Est-ce bien vous ?' of a text asks whether it was ours",
    subject: 'SMS bizarre',
    body: "Bonjour,\n\nJ'ai reçu un SMS me demandant de vérifier mes données sur un lien. Est-ce bien vous ?\n\nLucie",
    rights: [],
  },
  {
    rule: 'where the caller got the number, asked beside it, is still access',
    subject: 'telefoontje',
    body: 'Goedemorgen,\n\nIk werd gebeld door iemand van jullie bedrijf. Zijn jullie dat? En waar hebben jullie mijn telefoonnummer vandaan?\n\nEls',
    rights: ['access'],
  },
];

describe('classifyEmail: whether a message came from us', () => {
  it.each(GENUINE_CASES)('$rule', expectErrand);
});

/** The sender's own login lost or forgotten is a helpdesk call. */
const LOST_LOGIN_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'ben mijn wachtwoord kwijt' is a helpdesk call",
    subject: 'inloggen',
    body: 'ben mijn wachtwoord kwijt van de mail en de code komt niet meer binnen op mijn nieuwe telefoon. kunnen jullie me terugbellen?\n\nwim',
    rights: [],
  },
  {
    rule: "English 'I forgot my password' is a helpdesk call",
    subject: 'portal',
    body: 'Hi,\n\nI forgot my password for the portal and the reset mail never arrives in my inbox. Can someone call me back?\n\nDan',
    rights: [],
  },
  {
    rule: "German 'mein Passwort vergessen' is a helpdesk call",
    subject: 'Postfach',
    body: 'Hallo,\n\nich habe mein Passwort vergessen und komme nicht mehr in mein Postfach. Bitte rufen Sie mich zurück.\n\nKarin',
    rights: [],
  },
  {
    rule: "French 'oublié mon mot de passe' is a helpdesk call",
    subject: 'connexion',
    body: "Bonjour,\n\nJ'ai oublié mon mot de passe et je n'arrive plus à ouvrir ma messagerie. Pouvez-vous me rappeler ?\n\nPaul",
    rights: [],
  },
  {
    rule: 'an erasure asked beside a forgotten password still stands',
    subject: 'account',
    body: 'Hi,\n\nI forgot my password and I no longer need the account. Please delete my account and all my data.\n\nDan',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a login lost', () => {
  it.each(LOST_LOGIN_CASES)('$rule', expectErrand);
});

/** A contract or a service ended is contract administration, no right asked. */
const CONTRACT_END_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'het onderhoudscontract opzeggen' ends a contract",
    subject: 'contract',
    body: 'Beste,\n\nWij stoppen per 1 maart met de winkel. Graag het onderhoudscontract en de back-up voor mijn zaak opzeggen. Wat is de termijn?\n\nAnnet',
    rights: [],
  },
  {
    rule: "English 'cancel our contract' ends a contract",
    subject: 'contract',
    body: 'Hi,\n\nWe are moving to another IT provider and want to cancel our contract at the end of the quarter. What is the notice period for my account?\n\nGreg',
    rights: [],
  },
  {
    rule: "German 'den Wartungsvertrag kündigen' ends a contract",
    subject: 'Vertrag',
    body: 'Guten Tag,\n\nwir möchten den Wartungsvertrag für meine Praxis zum Jahresende kündigen. Bitte bestätigen Sie mir den Termin.\n\nDr. Vogel',
    rights: [],
  },
  {
    rule: "French 'résilier notre contrat' ends a contract",
    subject: 'Contrat',
    body: 'Bonjour,\n\nNous souhaitons résilier notre contrat de maintenance au 31 mars. Merci de me confirmer la date.\n\nMarc',
    rights: [],
  },
  {
    rule: "Dutch 'stel dat ik opzeg' supposes the sender's own ending and asks what would follow",
    subject: 'vraagje',
    body: 'Hoi,\n\nStel dat ik volgend jaar opzeg, gaan mijn foto\'s en documenten dan mee naar mijn nieuwe aanbieder? Geen haast, ik kijk alleen rond.\n\nRuud',
    rights: [],
  },
  {
    rule: "English 'if I cancelled my contract' supposes the sender's own ending",
    subject: 'question',
    body: 'Hi,\n\nJust wondering: if I cancelled my contract next spring, could I take all my files along to another provider? Nothing urgent.\n\nDana',
    rights: [],
  },
  {
    rule: "German 'wenn ich kündige' supposes the sender's own ending",
    subject: 'Frage',
    body: 'Hallo,\n\nnur eine Frage für später: wenn ich irgendwann kündige, kann ich dann meine ganzen Dateien zu einem anderen Anbieter mitnehmen?\n\nUte',
    rights: [],
  },
  {
    rule: 'an erasure asked beside the sender\'s own ending still stands',
    subject: 'Kündigung',
    body: 'Guten Tag,\n\nich kündige zum Monatsende. Bitte löschen Sie danach alle meine Daten.\n\nUte',
    rights: ['erasure'],
  },
  {
    rule: 'an erasure asked beside a contract ended still stands',
    subject: 'opzeggen',
    body: 'Beste,\n\nIk zeg mijn abonnement bij jullie op. Verwijder daarna al mijn gegevens.\n\nAnnet',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a contract ended', () => {
  it.each(CONTRACT_END_CASES)('$rule', expectErrand);
});

describe('classifyEmail: a mailing cancelled is no contract ended', () => {
  it("Dutch 'de nieuwsbrief opzeggen' is not doubted as a contract ended", () => {
    const result = classifyEmail({ subject: 'opzeggen', body: 'Hallo, ik wil de nieuwsbrief opzeggen.\n\nPiet' }, { rulesAlone: true });
    expect(result.needsReview).toBe(false);
  });
});

/** IT support work asks no right: a login reset, an office moved, a question of use, a fault to mend. */
const IT_SUPPORT_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'mijn wachtwoord resetten' is a helpdesk call",
    subject: 'inloggen',
    body: 'Hoi,\n\nIk denk dat een oud-collega mijn inlog nog kent. Kunnen jullie mijn wachtwoord resetten en mij overal laten uitloggen?\n\nSanne',
    rights: [],
  },
  {
    rule: "English 'change my password' is a helpdesk call",
    subject: 'login',
    body: 'Hi,\n\nSomeone watched me type it at the front desk. Could you change my password for the booking system today?\n\nLeo',
    rights: [],
  },
  {
    rule: "German 'mein Passwort zurücksetzen' is a helpdesk call",
    subject: 'Anmeldung',
    body: 'Hallo,\n\nkönnen Sie bitte mein Passwort zurücksetzen? Der Zugang am Empfangsrechner klappt seit heute früh nicht.\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'réinitialiser mon mot de passe' is a helpdesk call",
    subject: 'accès',
    body: "Bonjour,\n\nPourriez-vous réinitialiser mon mot de passe pour la caisse ? Le stagiaire le connaît.\n\nÉlise",
    rights: [],
  },
  {
    rule: "Dutch 'ons nieuwe kantooradres' is company administration",
    subject: 'adres',
    body: 'Goedendag,\n\nVanaf maandag is ons nieuwe kantooradres Havenstraat 3 in Zwolle. Kunnen jullie het in de administratie zetten?\n\nRik',
    rights: [],
  },
  {
    rule: "English 'our office has moved' is company administration",
    subject: 'Address',
    body: 'Hello,\n\nOur office moved to 12 Mill Lane last week. Please update it on the service contract.\n\nTessa',
    rights: [],
  },
  {
    rule: "German 'unser Büro zieht um' is company administration",
    subject: 'Umzug',
    body: 'Guten Tag,\n\nunser Büro zieht zum 1. Juni in die Lindenstraße 8. Bitte passen Sie die Anschrift im Vertrag an.\n\nUte',
    rights: [],
  },
  {
    rule: "French 'nos nouveaux locaux' is company administration",
    subject: 'Adresse',
    body: "Bonjour,\n\nMerci de noter l'adresse de nos nouveaux locaux : 5 rue des Lilas, Nantes. Pouvez-vous corriger le contrat ?\n\nLuc",
    rights: [],
  },
  {
    rule: "Dutch 'hoe zet ik ... uit Outlook' asks how to do it oneself",
    subject: 'agenda',
    body: 'Hallo,\n\nHoe zet ik mijn agenda uit Outlook over naar mijn telefoon? Ik vind de knop niet.\n\nWim',
    rights: [],
  },
  {
    rule: "English 'how do I export ... from Outlook' asks how to do it oneself",
    subject: 'export',
    body: 'Hi,\n\nHow do I export my address book from Outlook to a spreadsheet? I want it on my tablet.\n\nAmy',
    rights: [],
  },
  {
    rule: "Dutch 'ligt eruit' reports a fault",
    subject: 'internet ligt eruit',
    body: 'Niemand in de winkel kan nog pinnen of mailen. Graag snel iemand sturen.\n\nFenna',
    rights: [],
  },
  {
    rule: "German 'ist ausgefallen' reports a fault",
    subject: 'Störung',
    body: 'Hallo,\n\nunser Telefon ist seit heute morgen ausgefallen. Bitte melden Sie sich schnell.\n\nPaul',
    rights: [],
  },
  {
    rule: 'an access asked beside a login reset still stands',
    subject: 'account',
    body: 'Hi,\n\nPlease reset my password. Also send me a copy of all personal data you hold about me.\n\nLeo',
    rights: ['access'],
  },
  {
    rule: 'an erasure asked by a firm that moved still stands for the sender',
    subject: 'verhuizing',
    body: 'Beste,\n\nOns kantoor verhuist naar Breda. Verwijder daarnaast al mijn persoonsgegevens uit jullie systemen.\n\nKoen',
    rights: ['erasure'],
  },
  {
    rule: "a number that 'werkt niet meer' is still corrected",
    subject: 'nummer',
    body: 'Hallo,\n\nMijn oude nummer werkt niet meer. Kunnen jullie mijn telefoonnummer wijzigen in 06-12345678?\n\nGijs',
    rights: ['rectification'],
  },
];

describe('classifyEmail: IT support work', () => {
  it.each(IT_SUPPORT_CASES)('$rule', expectErrand);
});

/** Network access taken away is IT housekeeping: the removal asks no erasure. */
const NETWORK_ACCESS_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'uit de VPN halen' takes network access away",
    subject: 'stagiairs',
    body: 'Hoi,\n\nDe stagiairs zijn klaar. Kun je hun accounts uit de VPN halen en de laptops terugzetten?\n\nMarco',
    rights: [],
  },
  {
    rule: "English 'revoke their certificates' takes network access away",
    subject: 'leavers',
    body: 'Hi,\n\nTwo temps finished on Friday. Please remove their VPN access and revoke their certificates.\n\nNina',
    rights: [],
  },
  {
    rule: "German 'VPN-Zugang sperren' takes network access away",
    subject: 'Zugang',
    body: 'Hallo,\n\nbitte den VPN-Zugang von Herrn Kaya sperren und sein Zertifikat widerrufen, er arbeitet nicht mehr bei uns.\n\nEva',
    rights: [],
  },
  {
    rule: "French 'révoquer les certificats' takes network access away",
    subject: 'accès',
    body: "Bonjour,\n\nMerci de supprimer les comptes VPN des deux intérimaires et de révoquer les certificats.\n\nJulie",
    rights: [],
  },
  {
    rule: 'an erasure of the sender\'s data asked beside it still stands',
    subject: 'vertrek',
    body: 'Hoi,\n\nHaal mijn account uit de VPN. Ik vertrek en wil dat jullie al mijn persoonsgegevens verwijderen.\n\nMarco',
    rights: ['erasure'],
  },
];

describe('classifyEmail: network access taken away', () => {
  it.each(NETWORK_ACCESS_CASES)('$rule', expectErrand);
});

/** The sender's own password run out is a login to renew, like one forgotten. */
const EXPIRED_LOGIN_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'mijn wachtwoord is verlopen' renews a login",
    subject: 'wachtwoord',
    body: 'Hoi,\n\nMijn wachtwoord is verlopen en nu kom ik niet meer in mijn mail op de laptop. Kunnen jullie me helpen?\n\nSanne',
    rights: [],
  },
  {
    rule: "English 'my password has expired' renews a login",
    subject: 'password',
    body: 'Hi,\n\nMy password has expired and Outlook keeps asking for it. Could someone call me back?\n\nTom',
    rights: [],
  },
  {
    rule: "German 'mein Passwort ist abgelaufen' renews a login",
    subject: 'Passwort',
    body: 'Hallo,\n\nmein Passwort ist abgelaufen und ich komme nicht mehr ins Postfach. Können Sie mich zurückrufen?\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'mon mot de passe a expiré' renews a login",
    subject: 'mot de passe',
    body: "Bonjour,\n\nMon mot de passe a expiré et je n'arrive plus à ouvrir ma messagerie. Pouvez-vous m'aider ?\n\nClaire",
    rights: [],
  },
  {
    rule: 'an erasure asked beside the expired password still stands',
    subject: 'wachtwoord en gegevens',
    body: 'Hoi,\n\nMijn wachtwoord is verlopen, maar dat maakt niet uit: ik zeg op. Verwijder al mijn persoonsgegevens.\n\nSanne',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a password run out', () => {
  it.each(EXPIRED_LOGIN_CASES)('$rule', expectErrand);
});

/** A mail forwarding rule set or removed is a setting of the mail system: removing it erases nothing of the sender's. */
const FORWARDING_RULE_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'de regel die mijn mail doorstuurt' weghalen is a setting",
    subject: 'doorsturen',
    body: 'Hoi,\n\nKunnen jullie de regel weghalen die mijn mail naar mijn privéadres doorstuurt? Ik gebruik nu de app.\n\nBram',
    rights: [],
  },
  {
    rule: "English 'remove the forwarding rule' is a setting",
    subject: 'forwarding',
    body: 'Hi,\n\nPlease remove the forwarding rule on the sales mailbox, nobody reads that Gmail any more.\n\nOwen',
    rights: [],
  },
  {
    rule: "German 'die Weiterleitung ... löschen' is a setting",
    subject: 'Weiterleitung',
    body: 'Hallo,\n\nbitte die Weiterleitung von info@ auf mein privates Postfach löschen, brauche ich nicht mehr.\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'supprimer la règle de transfert' is a setting",
    subject: 'transfert',
    body: "Bonjour,\n\nPouvez-vous supprimer la règle de transfert vers ma boîte Gmail ? Je n'en ai plus besoin.\n\nClaire",
    rights: [],
  },
  {
    rule: "the sender's data asked erased beside the rule still is",
    subject: 'doorsturen',
    body: 'Hoi,\n\nKunnen jullie de regel weghalen die mijn mail naar mijn privéadres doorstuurt? Ik vertrek, dus verwijder daarna ook al mijn persoonsgegevens.\n\nBram',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a mail forwarding rule', () => {
  it.each(FORWARDING_RULE_CASES)('$rule', expectErrand);
});

/** A private social-media account hacked is an account elsewhere: the sender asks for IT help, no data of ours went astray. */
const HACKED_SOCIAL_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'mijn Instagram is gehackt' asks for IT help",
    subject: 'Instagram',
    body: 'Hoi,\n\nMijn Instagram is gehackt en er gaan nu rare berichten naar mijn vrienden. Kunnen jullie helpen?\n\nRia',
    rights: [],
  },
  {
    rule: "English 'my Facebook account got hacked' asks for IT help",
    subject: 'Facebook',
    body: 'Hi, my Facebook account got hacked and someone is messaging my friends. Can you help me get it back?\n\nDee',
    rights: [],
  },
  {
    rule: "German 'mein Facebook-Konto wurde gehackt' asks for IT help",
    subject: 'Facebook',
    body: 'Hallo,\n\nmein Facebook-Konto wurde gehackt, jetzt gehen Nachrichten an alle Freunde raus. Können Sie helfen?\n\nUte',
    rights: [],
  },
  {
    rule: "French 'mon compte Facebook a été piraté' asks for IT help",
    subject: 'Facebook',
    body: "Bonjour,\n\nmon compte Facebook a été piraté et des messages partent vers mes amis. Vous pouvez m'aider ?\n\nLéa",
    rights: [],
  },
];

describe('classifyEmail: a social-media account hacked', () => {
  it.each(HACKED_SOCIAL_CASES)('$rule', expectErrand);
});

/** A mail that only looked like a bank's or another sender's is phishing told: the sender asks for IT help. */
const PHISHING_TOLD_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'een mail die van haar bank leek te komen' tells phishing",
    subject: 'bank',
    body: 'Hoi,\n\nMijn moeder kreeg een mail die van haar bank leek te komen en heeft daar ingelogd. Moet er iets aan haar computer gebeuren?\n\nPeter',
    rights: [],
  },
  {
    rule: "English 'an email that seemed to come from his bank' tells phishing",
    subject: 'bank',
    body: 'Hi,\n\nMy dad got an email that seemed to come from his bank and he typed in his login. Should we check his PC?\n\nAmy',
    rights: [],
  },
  {
    rule: "German 'eine Mail, die angeblich von seiner Bank kam' tells phishing",
    subject: 'Bank',
    body: 'Hallo,\n\nmein Vater hat eine Mail bekommen, die angeblich von seiner Bank kam, und hat sich dort angemeldet. Muss der PC geprüft werden?\n\nUte',
    rights: [],
  },
  {
    rule: "French 'un mail qui semblait venir de sa banque' tells phishing",
    subject: 'banque',
    body: "Bonjour,\n\nmon père a reçu un mail qui semblait venir de sa banque et il a donné son code. Faut-il vérifier l'ordinateur ?\n\nLéa",
    rights: [],
  },
  {
    rule: 'an erasure asked after such a mail still stands',
    subject: 'phishing',
    body: 'Hi,\n\nI got an email that seemed to come from you, with my home address and account number in it. Please delete all my personal data.\n\nAmy',
    rights: ['erasure'],
  },
];

describe('classifyEmail: phishing told', () => {
  it.each(PHISHING_TOLD_CASES)('$rule', expectErrand);
});

/** Files moved from an old device to a new one: a device set up, no copy of data we hold. */
const NEW_DEVICE_CASES: readonly ErrandCase[] = [
  {
    rule: "English 'copy my files ... from the old one over' sets up a device",
    subject: 'new laptop',
    body: 'Hi,\n\nMy new laptop is here. Could you copy my files and my Outlook stuff from the old one over?\n\nTom',
    rights: [],
  },
  {
    rule: "Dutch 'mijn bestanden overzetten naar de nieuwe laptop' sets up a device",
    subject: 'laptop',
    body: 'Hoi,\n\nKunnen jullie al mijn bestanden en mijn Outlook overzetten naar de nieuwe laptop? Ik ben dinsdag op kantoor.\n\nSanne',
    rights: [],
  },
  {
    rule: "German 'meine Daten vom alten Rechner auf den neuen übertragen' sets up a device",
    subject: 'Rechner',
    body: 'Hallo,\n\nkönnen Sie meine Daten und Mails vom alten Rechner auf den neuen übertragen?\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'copier mes fichiers sur le nouvel ordinateur' sets up a device",
    subject: 'ordinateur',
    body: "Bonjour,\n\nPouvez-vous copier mes fichiers et mes mails sur le nouvel ordinateur ?\n\nClaire",
    rights: [],
  },
  {
    rule: 'a copy of the data held on the sender is still access',
    subject: 'copy',
    body: 'Hi,\n\nPlease send me a copy of all the personal data you hold about me.\n\nTom',
    rights: ['access'],
  },
];

describe('classifyEmail: files moved to a new device', () => {
  it.each(NEW_DEVICE_CASES)('$rule', expectErrand);
});

/** An overview or export of the firm's own business records: company records, no copy of the sender's personal data. */
const BUSINESS_RECORDS_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'een overzicht van alle licenties die wij afnemen' asks for company records",
    subject: 'licenties',
    body: 'Hoi,\n\nVoor de begroting van volgend jaar wil ik graag een overzicht van alle licenties die wij bij jullie afnemen, met de prijs per gebruiker. Mag dat in een spreadsheet?\n\nKoen',
    rights: [],
  },
  {
    rule: "English 'an export of our tickets' for a review asks for company records",
    subject: 'ticket report',
    body: 'Hi,\n\nAhead of our contract review, could you send an export of our tickets from last quarter with the time to resolve each one?\n\nThanks,\nMaya',
    rights: [],
  },
  {
    rule: "German 'eine Aufstellung aller Domains und IP-Adressen' asks for company records",
    subject: 'Aufstellung',
    body: 'Guten Tag,\n\nunser Wirtschaftsprüfer möchte eine Aufstellung aller Domains und IP-Adressen, die Sie für uns verwalten. Können Sie die bis Monatsende schicken?\n\nGrüße\nPetra',
    rights: [],
  },
  {
    rule: "French 'la liste de nos contrats' asks for company records",
    subject: 'contrats',
    body: "Bonjour,\n\nPour notre audit interne, pourriez-vous nous envoyer la liste de nos contrats et licences en cours chez vous ?\n\nCordialement,\nLucie",
    rights: [],
  },
  {
    rule: "Dutch 'gesprekken op ons hoofdnummer', however described, asks for company records",
    subject: 'Gesprekken',
    body: 'Hoi,\n\nGraag ontvang ik een lijst van alle gemiste en beantwoorde gesprekken op ons hoofdnummer in mei. Een csv is goed.\n\nGroet, Dirk',
    rights: [],
  },
  {
    rule: "English 'calls to our main line' asks for company records",
    subject: 'Calls',
    body: 'Hi,\n\nCould you send me a list of all answered and missed calls to our main line for last week, with times and durations?\n\nThanks, Ed',
    rights: [],
  },
  {
    rule: "German 'Anrufe auf unserer Hotline' asks for company records",
    subject: 'Anrufe',
    body: 'Hallo,\n\nbitte schicken Sie uns eine Liste aller angenommenen und verpassten Anrufe auf unserer Hotline im Mai.\n\nGruß, Dirk',
    rights: [],
  },
  {
    rule: "French 'les appels sur notre standard' asks for company records",
    subject: 'Appels',
    body: "Bonjour,\n\npouvez-vous m'envoyer un export de tous les appels reçus et manqués sur notre standard en mai ?\n\nDidier",
    rights: [],
  },
  {
    rule: "Dutch 'een overzicht van alle facturen ... als CSV' for the accountant asks for billing records",
    subject: 'Facturen voor de accountant',
    body: 'Hallo,\n\nOnze boekhouder wil een overzicht van alle facturen over vorig jaar, het liefst als CSV of Excel. Lukt dat?\n\nGroet, Nadia',
    rights: [],
  },
  {
    rule: "Dutch invoices for the tax return sent again asks for billing records",
    subject: 'Facturen',
    body: 'Beste,\n\nVoor mijn belastingaangifte heb ik alle facturen van dit jaar nodig. Kunnen jullie ze nog een keer mailen?\n\nDirk',
    rights: [],
  },
  {
    rule: "English 'copies of all invoices for 2025' asks for billing records",
    subject: 'Invoices',
    body: 'Hi,\n\nOur auditor needs copies of all invoices for 2025 in one file. Could you send them over?\n\nRuth',
    rights: [],
  },
  {
    rule: "a copy of the sender's personal data, his invoices among it, is still access",
    subject: 'Inzage',
    body: 'Geachte heer/mevrouw,\n\nStuur mij een kopie van alle persoonsgegevens die u over mij bewaart, mijn facturen inbegrepen.\n\nGerda',
    rights: ['access'],
  },
  {
    rule: "recordings of the sender's own calls asked with a copy of his data are still access",
    subject: 'Opnames',
    body: 'Stuur me alstublieft een kopie van mijn persoonsgegevens, inclusief de opnames van mijn telefoontjes met jullie helpdesk.',
    rights: ['access'],
  },
  {
    rule: "an overview of the data held on the sender is still access",
    subject: 'overzicht',
    body: 'Hoi,\n\nKunt u mij een overzicht sturen van alle persoonsgegevens die u van mij heeft?\n\nKoen',
    rights: ['access'],
  },
  {
    rule: "a copy of the sender's own tickets and the data in them is still access",
    subject: 'my data',
    body: 'Hi,\n\nUnder the GDPR I request a copy of all personal data you hold about me, including my support tickets.\n\nMaya',
    rights: ['access'],
  },
];

describe('classifyEmail: an overview of the firm\'s own business records', () => {
  it.each(BUSINESS_RECORDS_CASES)('$rule', expectErrand);
});

/** A recruiter offering a candidate pitches a service: the CV and the law it names ask no right of ours. */
const RECRUITER_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'een ervaren netwerkbeheerder beschikbaar' offers a candidate",
    subject: 'Kandidaat netwerkbeheer',
    body: 'Goedemiddag,\n\nIk heb een ervaren netwerkbeheerder (Cisco, Fortinet) beschikbaar voor een vaste baan. Haar cv stuur ik graag toe, uiteraard volgens de AVG. Zullen we even bellen?\n\nMarloes',
    rights: [],
  },
  {
    rule: "English 'who is looking for a new challenge' offers a candidate",
    subject: 'Candidate for your team',
    body: 'Hello,\n\nI represent a cloud engineer who is looking for a new challenge near Utrecht. I can share his CV once you agree, in line with GDPR. Interested?\n\nOwen',
    rights: [],
  },
  {
    rule: "German 'einen erfahrenen Administrator verfügbar' offers a candidate",
    subject: 'Kandidat',
    body: 'Guten Tag,\n\nich habe einen erfahrenen Administrator (Intune, Azure) ab sofort verfügbar. Seinen Lebenslauf sende ich Ihnen gern, DSGVO-konform. Besteht Interesse?\n\nJana',
    rights: [],
  },
  {
    rule: "French 'un technicien expérimenté disponible' offers a candidate",
    subject: 'Candidat',
    body: 'Bonjour,\n\nJ\'ai un technicien réseau expérimenté disponible dès janvier. Je vous envoie son CV sur demande, conformément au RGPD. Intéressés ?\n\nLéa',
    rights: [],
  },
  {
    rule: "an applicant's erasure of his own CV still stands",
    subject: 'mijn sollicitatie',
    body: 'Beste,\n\nIk solliciteerde vorig jaar als ervaren systeembeheerder. Verwijder mijn cv en mijn gegevens uit jullie systemen.\n\nKoen',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a recruiter offering a candidate', () => {
  it.each(RECRUITER_CASES)('$rule', expectErrand);
});

/** The firm's own register of processing filled in: facts asked of us as its processor, no right of the sender's own. */
const PROCESSING_REGISTER_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'voor ons verwerkingsregister' asks facts for the firm's register",
    subject: 'vraag over opslag',
    body: 'Goedemorgen,\n\nVoor ons verwerkingsregister moet ik invullen waar onze mailboxen staan en hoe lang jullie de back-ups bewaren. Kunnen jullie dat laten weten?\n\nIngrid',
    rights: [],
  },
  {
    rule: "English 'for our records of processing' asks facts for the firm's register",
    subject: 'quick question',
    body: 'Hi,\n\nI am updating our records of processing activities. Which country are our file shares hosted in, and how long do you keep the logs?\n\nThanks,\nDaniel',
    rights: [],
  },
  {
    rule: "German 'für unser Verarbeitungsverzeichnis' asks facts for the firm's register",
    subject: 'Frage',
    body: 'Hallo,\n\nfür unser Verarbeitungsverzeichnis brauche ich den Serverstandort und wie lange Sie die Sicherungen aufbewahren.\n\nGruß\nSabine',
    rights: [],
  },
  {
    rule: "French 'pour notre registre des traitements' asks facts for the firm's register",
    subject: 'question',
    body: "Bonjour,\n\nPour notre registre des traitements, pouvez-vous m'indiquer où sont hébergées nos sauvegardes et combien de temps vous les gardez ?\n\nMerci,\nNadia",
    rights: [],
  },
  {
    rule: "the sender's own data asked beside the register is still access",
    subject: 'inzage',
    body: 'Beste,\n\nIk las over jullie verwerkingsregister. Ik wil graag inzage in alle persoonsgegevens die jullie over mij verwerken.\n\nIngrid',
    rights: ['access'],
  },
];

describe('classifyEmail: the firm\'s own register of processing', () => {
  it.each(PROCESSING_REGISTER_CASES)('$rule', expectErrand);
});

describe('classifyEmail: the VPN named by its Dutch article', () => {
  it("reads 'de VPN-logs' as no network access taken away: nothing is doubted", () => {
    const body = 'Hoi,\n\nKunnen jullie de VPN-logs van de afgelopen maand voor ons opzoeken?\n\nGroet, Nadia';
    expect(classifyEmail({ subject: 'Logs', body }, { rulesAlone: true })).toMatchObject({ isPrivacyRequest: false, needsReview: false });
  });
});
