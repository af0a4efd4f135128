import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Breaches told by what the data is: a lost phone holding the mails of tenants or scans of their contracts, a public link
 * opening the forms members filled in, one of ours who gave the sender's home address to someone or mentioned her health to her
 * employer. A mail that names an out-of-office notice set up or to be set up is no automatic reply, so what it reports is read.
 * Beside each, mails with the same words that report nothing. Sentences written for these tests.
 */
const OTHERS_DATA_NAMED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: a lost phone with 'de mails van huurders' on it reports a breach",
    subject: 'telefoon kwijt',
    body: 'Hoi,\n\nOnze beheerder is zijn telefoon kwijtgeraakt in de bus. Daarop staan de mails van huurders en foto’s van hun woningen. Willen jullie het toestel op afstand leegmaken?\n\nIngrid',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: a lost phone, no data named on it, wipe asked, is IT work',
    subject: 'telefoon kwijt',
    body: 'Hoi,\n\nMijn telefoon is kwijtgeraakt in de trein. Willen jullie het toestel op afstand leegmaken?\n\nIngrid',
    rights: [],
  },
  {
    rule: 'English: a work phone left on the tram, a wipe asked and nothing named on it, is IT work',
    subject: 'lost phone',
    body: 'Hi, I left my work phone on the tram earlier today. Could it be wiped, and may I pick up a spare? Only Teams was on it.\n\nKai',
    rights: [],
  },
  {
    rule: 'French: a tablet stolen at the front desk, a remote wipe asked, is IT work',
    subject: 'Tablette volée',
    body: "Bonjour, cette nuit on a volé la tablette de notre accueil. Merci de l'effacer à distance.\n\nNina",
    rights: [],
  },
  {
    rule: "Dutch: 'mijn nummer doorgegeven aan een zonnepanelenbedrijf' reports a breach",
    subject: 'mijn nummer doorgegeven aan een zonnepanelenbedrijf',
    body: 'Goedemiddag,\n\nIk word al een week gebeld door een verkoper. Hij zegt dat jullie mijn nummer hebben doorgegeven. Ik heb daar nooit mee ingestemd.\n\nPetra',
    rights: ['breach_report'],
  },
  {
    rule: "English: a public link opening the club's registration forms reports a breach",
    subject: 'shared folder',
    body: 'Hi,\n\nThe link you made for the match photos opens the whole admin folder as well. Anyone with the link can see the registration forms of all our juniors.\n\nTom',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: a link without login to 'alle ledenformulieren' reports a breach",
    subject: 'link naar ledenmap',
    body: 'Goedemiddag,\n\nDe link naar onze ledenmap opent zonder inloggen. Er staan alle ledenformulieren in.\n\nKunnen jullie hem dichtzetten?\n\nFemke',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: a shared link that opens 'ook wanneer je niet bent ingelogd', passport scans behind it, reports a breach",
    subject: 'deellink',
    body: 'Hoi Mark,\n\nDe link naar mijn oude bestanden opent ook wanneer je niet bent ingelogd; mijn dochter zag zo de scans van onze paspoorten.\n\nKun je hem afsluiten?\n\nAnja',
    rights: ['breach_report'],
  },
  {
    rule: 'English: registration forms asked about, nothing exposed, report nothing',
    subject: 'forms',
    body: 'Hi,\n\nCan you add a field for the date of birth to our registration forms on the website?\n\nTom',
    rights: [],
  },
  {
    rule: "English: 'your receptionist gave my private address to somebody' reports a breach",
    subject: 'my address',
    body: 'Your receptionist gave my private address to somebody who rang and asked for me. I never agreed to that.\n\nNoor',
    rights: ['breach_report'],
  },
  {
    rule: "English: the sender's own address given by himself to someone reports nothing",
    subject: 'address',
    body: 'I gave my home address to someone at your front desk so the invoice goes there. Is that changed now?\n\nNoor',
    rights: [],
  },
  {
    rule: "German: 'Ihr Mitarbeiter hat mit meinem Chef ... erwähnt', a formal complaint beside it, with an out-of-office named",
    subject: 'Förmliche Beschwerde: Ihr Support',
    body: 'Sehr geehrte Damen und Herren,\n\nim Mai bat ich Ihren Support, meine Abwesenheitsnotiz für drei Wochen einzurichten, da ich ins Krankenhaus musste; den Grund stand nur in meinem privaten Kalender. Ihr Mitarbeiter hat am Telefon mit meinem Chef nebenbei erwähnt, weshalb ich fehle: eine Operation. Über meine Gesundheitsdaten hat mein Arbeitgeber nichts zu erfahren.\n\nIch erhebe hiermit förmlich Beschwerde.\n\nMarta Keller',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "Dutch: 'kunnen jullie mijn afwezigheidsbericht instellen' is a person's mail, and asks nothing",
    subject: 'vakantie',
    body: 'Hoi,\n\nKunnen jullie mijn afwezigheidsbericht instellen vanaf vrijdag? Ik ben drie weken weg.\n\nRoos',
    rights: [],
  },
];

describe("classifyEmail: breaches told by whose data it is", () => {
  it.each(OTHERS_DATA_NAMED_CASES)('$rule', (namedCase) => {
    expectRulesRights(namedCase);
  });
});
