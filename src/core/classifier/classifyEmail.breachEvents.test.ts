import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Someone else's data told as what happened, without breach words: a colleague's payslip that reached the sender, a sick note
 * sent to the whole office, shop cameras anyone can watch, a folder of passport copies open to anyone with the link. The same
 * words about one's own papers, a camera to install or a colleague's login are no report.
 */
const BREACH_EVENT_CASES: readonly { rule: string; subject?: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "a colleague's payslip that reached the sender is a breach report",
    body: "Hi,\n\nThis morning I got my colleague's payslip in my inbox, with her salary and bank account.\n\nJoe",
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: 'de loonstrook van een collega' received is a breach report",
    body: 'Hoi,\n\nIk kreeg vanochtend de loonstrook van een collega in mijn mailbox.\n\nGroet, Bas',
    rights: ['breach_report'],
  },
  {
    rule: "German: 'die Gehaltsabrechnung meiner Kollegin' received is a breach report",
    body: 'Hallo,\n\nich habe heute die Gehaltsabrechnung meiner Kollegin per Mail bekommen.\n\nGruß, Jana',
    rights: ['breach_report'],
  },
  {
    rule: "French: 'la fiche de paie d'une collègue' received is a breach report",
    body: "Bonjour,\n\nJ'ai reçu ce matin la fiche de paie d'une collègue dans ma boîte.\n\nMarc",
    rights: ['breach_report'],
  },
  {
    rule: "the sender's sick note sent to everyone in the office is a breach report",
    body: 'Hi,\n\nMy sick note was sent to all people in our office this morning.\n\nAnna',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: 'mijn ziekmelding' sent to all staff is a breach report",
    body: 'Hoi,\n\nMijn ziekmelding is vanochtend naar alle medewerkers gestuurd.\n\nGroet, Lies',
    rights: ['breach_report'],
  },
  {
    rule: 'shop cameras that can be watched online without a password are a breach report',
    body: 'Hi,\n\nOur shop cameras can be watched online without a password.\n\nFiona',
    rights: ['breach_report'],
  },
  {
    rule: 'German: the images of a surveillance camera open without a password are a breach report',
    body: 'Hallo,\n\ndie Bilder unserer Überwachungskamera sind ohne Passwort im Internet abrufbar.\n\nGruß, Tom',
    rights: ['breach_report'],
  },
  {
    rule: 'a folder anyone with the link can open, holding passport copies, is a breach report',
    body: 'Hello,\n\nAnyone with the link can open the folder. It holds passport copies of our tenants.\n\nRuth',
    rights: ['breach_report'],
  },
  {
    rule: "a colleague's password to reset reports nothing",
    body: "Hi,\n\nCan you reset my colleague's password? She is locked out.\n\nJoe",
    rights: [],
  },
  {
    rule: "Dutch: one's own sick note sent to HR reports nothing",
    body: 'Hoi,\n\nIk heb mijn ziekmelding naar HR gestuurd, klopt dat zo?\n\nBas',
    rights: [],
  },
  {
    rule: 'a camera recorder that needs a new password reports nothing',
    body: 'Hi,\n\nThe CCTV recorder in our shop needs a new password.\n\nFiona',
    rights: [],
  },
  {
    rule: 'French: cameras to install report nothing',
    body: 'Bonjour,\n\nPouvez-vous installer deux caméras de plus dans le magasin ?\n\nLéa',
    rights: [],
  },
];

describe('classifyEmail: someone else’s data told as an event', () => {
  it.each(BREACH_EVENT_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject: subject ?? 'Mail', body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/**
 * One of ours who gave the sender's details to a person named by a pronoun reports a breach, beside a complaint too; the
 * sender who gave them himself, or one of ours who gave them to the sender, reports none.
 */
const DISCLOSED_TO_PRONOUN_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'your employee gave him my mobile number' is a breach report",
    body: 'Hi,\n\nLast week a man rang your helpdesk and your employee gave him my mobile number and my home address. How could this happen?\n\nSara',
    rights: ['breach_report'],
  },
  {
    rule: "beside a complaint about the handling of the sender's data, 'read out my home address to him' is a breach report too",
    body: 'Hi,\n\nI want to formally complain about how your company handled my personal data. On the phone your employee read out my home address to him.\n\nTom',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "Dutch: 'uw medewerker heeft haar mijn privénummer gegeven' is a breach report",
    body: 'Beste,\n\nUw medewerker heeft haar zonder iets te vragen mijn privénummer gegeven.\n\nGroet, Ilse',
    rights: ['breach_report'],
  },
  {
    rule: "German: 'Ihr Techniker hat ihm meine Handynummer gegeben' is a breach report",
    body: 'Hallo,\n\nIhr Techniker hat ihm einfach meine Handynummer gegeben.\n\nGruß, Udo',
    rights: ['breach_report'],
  },
  {
    rule: "French: 'votre technicien lui a donné mon adresse' is a breach report",
    body: 'Bonjour,\n\nVotre technicien lui a donné mon adresse sans rien vérifier.\n\nAnne',
    rights: ['breach_report'],
  },
  {
    rule: 'a password one of ours gave the sender reports nothing',
    body: 'Hi,\n\nYou gave me my new password yesterday, thanks. It works.\n\nTom',
    rights: [],
  },
  {
    rule: 'a reading one of ours read out on the phone to the sender reports nothing',
    body: 'Hi,\n\nThe technician read out my meter reading on the phone.\n\nTom',
    rights: [],
  },
  {
    rule: 'French: the sender who gave his address himself reports nothing',
    body: 'Bonjour,\n\nJe lui ai donné mon adresse pour la livraison.\n\nAnne',
    rights: [],
  },
];

describe('classifyEmail: the sender’s details given by one of ours to someone named by a pronoun', () => {
  it.each(DISCLOSED_TO_PRONOUN_CASES)('$rule', ({ body, rights }) => {
    expect(classifyEmail({ subject: 'Mail', body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** Someone else's detail that reached the sender and that he tells he deleted asks no erasure: the breach report stands alone. */
const DELETED_BY_SENDER_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "German: another customer's invoice with his home address, 'Ich habe sie gelöscht', is a breach report alone",
    body: 'Hallo,\n\nich habe nicht meine Rechnung bekommen, sondern die eines anderen Kunden mit seiner Privatadresse und seiner IBAN. Ich habe sie gelöscht.\n\nGruß, Eva',
    rights: ['breach_report'],
  },
  {
    rule: "German: the sender's own number, 'Die bitte löschen', is still erased",
    body: 'Hallo,\n\nmeine private Handynummer steht in Ihrem System. Die bitte löschen.\n\nEva',
    rights: ['erasure'],
  },
];

describe('classifyEmail: someone else’s detail the sender tells he deleted', () => {
  it.each(DELETED_BY_SENDER_CASES)('$rule', ({ body, rights }) => {
    expect(classifyEmail({ subject: 'Rechnung', body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});
