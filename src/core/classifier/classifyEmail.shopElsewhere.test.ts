import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A leak at a shop elsewhere that the sender bought from, or at a supplier of his firm, told to him as theirs ("they suffered a
 * security incident", "bij hen", "dort", "ils ont subi"), is none of ours, in sentences of our own:
 * no right stands and the "no" is doubted (`needsReview`), so the models do not make what he asks of IT a request. Someone
 * else's data that reached him, and a leak of ours, stay breach reports.
 */
const SHOP_ELSEWHERE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'een mail van die webshop ... datalek' with a password reset asked is no request",
    subject: 'datalek?',
    body: 'Hoi,\n\nIk kreeg een mail van die webshop dat ze een datalek hebben gehad en dat mijn wachtwoord misschien gelekt is. Kunnen jullie mijn wachtwoord voor de kantoormail resetten?\n\nTineke',
    rights: [],
  },
  {
    rule: "English 'the site where I ordered ... were hacked' with a sign-in check asked is no request",
    subject: 'hacked?',
    body: "Hi,\n\nThe gift site where I ordered a present last year emailed me that they were hacked and my email and password were taken. Could you check whether anyone logged into my work account?\n\nRob",
    rights: [],
  },
  {
    rule: "German 'ein Shop, bei dem ich bestellt habe ... meine E-Mail-Adresse. Muss ich etwas ändern?' corrects nothing",
    subject: 'Datenleck',
    body: 'Hallo,\n\nein Shop, bei dem ich Lampen bestellt habe, schreibt mir, dass Kundendaten gestohlen wurden, auch meine E-Mail-Adresse. Muss ich an meinem Konto etwas ändern?\n\nPetra',
    rights: [],
  },
  {
    rule: "French 'un site de vente en ligne ... fuite de données' is no breach of ours",
    subject: 'Fuite de données',
    body: "Bonjour,\n\nUn site de vente en ligne de chaussures m'a écrit qu'il a subi une fuite de données. Dois-je changer mon mot de passe ?\n\nLéa",
    rights: [],
  },
  {
    rule: "Dutch 'hun klantgegevens zijn gelekt' from a webshop, a password reset asked, is no breach of ours",
    subject: 'webshop',
    body: 'Hallo,\n\nIk kreeg vanochtend bericht van een webshop voor campingspullen: hun klantgegevens zijn gelekt, ook wachtwoorden. Kunnen jullie mijn wachtwoord van de zaak resetten?\n\nJoost',
    rights: [],
  },
  {
    rule: "Dutch 'dat er bij hen is ingebroken' at a shop, a sign-in check asked, is no breach of ours",
    subject: 'inbraak webshop',
    body: 'Hoi,\n\nFietsplaza.nl mailde dat er bij hen is ingebroken en dat namen en adressen zijn meegenomen. Kunnen jullie kijken of iemand vreemd op mijn account heeft ingelogd?\n\nAnna',
    rights: [],
  },
  {
    rule: "English 'a notice from an airline that their booking platform was breached' is no breach of ours",
    subject: 'Airline breach',
    body: 'Hi,\n\nWe got a notice from FlyFast that their booking platform was breached and passport numbers of some travellers were exposed. A few of our staff flew with them. Should we reset anything on our side?\n\nKim',
    rights: [],
  },
  {
    rule: "French 'un site ... m'informant d'une fuite' is no breach of ours",
    subject: 'Fuite de données',
    body: "Bonjour,\n\nJ'ai reçu un courriel d'un site de location de vélos m'informant d'une fuite chez eux. Pourriez-vous réinitialiser mon accès mail, par prudence ?\n\nMerci,\nLuc",
    rights: [],
  },
  {
    rule: "Dutch 'een mail van ons webshopplatform dat zij een datalek hebben gehad' is no breach of ours",
    subject: 'datalek platform',
    body: 'Hallo,\n\nOns kassasysteem stuurde een mail dat zij een datalek hebben gehad. Moeten wij ons mailwachtwoord nu ook wijzigen?\n\nGroet,\nPiet',
    rights: [],
  },
  {
    rule: "Dutch 'een mail van ... dat hun klantenbestand is gelekt' with a password question is no breach of ours",
    subject: 'gelekt wachtwoord',
    body: 'Hoi,\n\nIk kreeg gisteren een mail van Tuincentrum De Linde dat hun klantenbestand is gelekt, met mijn e-mailadres en wachtwoord. Moet ik mijn wachtwoord bij jullie ook wijzigen?\n\nKees',
    rights: [],
  },
  {
    rule: "English 'their customer database was hacked' told by a travel site is no breach of ours",
    subject: 'hacked travel site',
    body: 'Hi,\n\nA travel site emailed me that their customer database was hacked and my email and password were taken. Could you check my work mailbox for odd sign-ins?\n\nNina',
    rights: [],
  },
  {
    rule: "German 'deren Kundendatenbank wurde gehackt' is no breach of ours",
    subject: 'Datenleck Reiseportal',
    body: 'Hallo,\n\nein Reiseportal schreibt mir, deren Kundendatenbank wurde gehackt, mit meiner E-Mail-Adresse und meinem Passwort. Soll ich mein Passwort ändern?\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'leur base clients a été piratée' is no breach of ours",
    subject: 'piratage',
    body: "Bonjour,\n\nUne agence de voyages m'écrit que leur base clients a été piratée, avec mon adresse e-mail et mon mot de passe. Dois-je changer mon mot de passe ?\n\nClaire",
    rights: [],
  },
  {
    rule: "English 'they suffered a security incident' told by a supplier of the firm is no breach of ours",
    subject: 'Supplier incident',
    body: 'Hi,\n\nThe firm behind our canteen app wrote to us that they had suffered a security incident last week; the names and phone numbers of our staff may have been copied. Should we change any passwords on our side?\n\nGreg',
    rights: [],
  },
  {
    rule: "Dutch 'dat er bij hen een datalek is geweest' told by a supplier is no breach of ours",
    subject: 'datalek leverancier',
    body: 'Hoi,\n\nOnze drukkerij laat weten dat ze bij hen een flink datalek hadden; de adreslijst die wij ooit aanleverden is ingezien. Moeten wij nog iets aan onze wachtwoorden doen?\n\nSanne',
    rights: [],
  },
  {
    rule: "German 'dass es dort einen Hackerangriff gab' told by a supplier is no breach of ours",
    subject: 'Hackerangriff beim Lieferanten',
    body: 'Hallo,\n\nunser Kantinenbetreiber hat uns geschrieben, dass es dort einen Hackerangriff gab und die Namen unserer Mitarbeiter erhalten wurden. Müssen wir bei uns etwas umstellen?\n\nFrank',
    rights: [],
  },
  {
    rule: "French 'ils ont subi une cyberattaque' told by a supplier is no breach of ours",
    subject: 'Cyberattaque chez un prestataire',
    body: "Bonjour,\n\nNotre prestataire de paie nous a écrit qu'ils ont subi une cyberattaque et que la liste des noms de nos salariés a été reçue par des tiers. Faut-il changer nos mots de passe ?\n\nMarc",
    rights: [],
  },
  {
    rule: "German 'bei Ihnen gab es ein Datenleck' names us: someone else's invoice received stays a breach report",
    subject: 'falsche Rechnung',
    body: 'Hallo,\n\nich habe gestern die Rechnung eines anderen Kunden von Ihnen erhalten. Bei Ihnen gab es wohl ein Datenleck.\n\nJörg',
    rights: ['breach_report'],
  },
  {
    rule: "our own customer file leaked ('jullie klantenbestand') with the sender's data stays a breach report",
    subject: 'gelekt',
    body: 'Hallo,\n\nIk zag op een forum dat jullie klantenbestand is gelekt, met mijn naam, adres en telefoonnummer erin.\n\nKees',
    rights: ['breach_report'],
  },
  {
    rule: "someone else's invoice sent to the sender by us stays a breach report",
    subject: 'verkeerde factuur',
    body: 'Hallo,\n\nIn jullie mail van vandaag zat de factuur van een andere klant, met zijn naam en adres.\n\nTineke',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a leak at a shop elsewhere', () => {
  it.each(SHOP_ELSEWHERE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(true);
  });
});
