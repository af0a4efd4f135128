import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A security incident told as a story (a system taken over or opened up) that puts other people's data at risk is a
 * breach report; the same words about no data, about an attack in the news, or as a question to a supplier are not.
 */
const INCIDENT_CASES: readonly { rule: string; subject?: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'a mailbox taken over that holds copies of clients’ passports is a breach report',
    body: 'Hello,\n\nOur bookkeeper’s mailbox was hacked on Tuesday. It holds scanned copies of passports of our tenants.\n\nRegards, Odile',
    rights: ['breach_report'],
  },
  {
    rule: 'the subject heads the paragraph: an account hacked above the customer data it holds',
    subject: 'Sales account hacked overnight',
    body: 'Hi,\n\nThe account of our sales lead mailed our whole address book last night. The inbox is full of quotes with customer data.\n\nBen',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: a forwarding rule to an unknown address that moves payslips is a breach report",
    body: 'Hoi,\n\nIn de mailbox van onze boekhouder staat een doorstuurregel naar een onbekend hotmail-adres. Zo zijn er weken loonstroken naar buiten gegaan.\n\nGroet, Sanne',
    rights: ['breach_report'],
  },
  {
    rule: 'German: a former technician whose access is still active on a server with personnel files is a breach report',
    body: 'Guten Tag,\n\nder Zugang Ihres früheren Technikers ist noch aktiv. Auf dem Server liegen unsere Personalakten.\n\nGruß, Henrike',
    rights: ['breach_report'],
  },
  {
    rule: 'French: a ransom note saying they copied our data, on a server with client files, is a breach report',
    body: "Bonjour,\n\nCe matin un message de rançon est apparu sur le serveur. Selon ce message, ils ont exfiltré les fichiers. Le serveur contient les fichiers clients.\n\nNoémie",
    rights: ['breach_report'],
  },
  {
    rule: 'a folder anyone with the link can open, holding payroll, is a breach report',
    body: 'Hello,\n\nThe payroll folder you set up is shared so that anyone with the link can open it.\n\nRegards, Ilona',
    rights: ['breach_report'],
  },
  {
    rule: 'a share that opens without logging in, holding salary slips, is a breach report',
    body: 'Hi,\n\nThe folder link in yesterday’s ticket opens without logging in. Our salary slips for March are in there.\n\nKind regards, Pavel',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: a map that opens without signing in, holding customer data, is a breach report',
    body: 'Hoi,\n\nDe gedeelde map die jullie vorige week aanmaakten gaat open zonder in te loggen. Ons klantenbestand staat erin.\n\nGroet, Ria',
    rights: ['breach_report'],
  },
  {
    rule: 'German: a share reachable for anyone without signing in, holding personnel files, is a breach report',
    body: 'Hallo,\n\nIhre Freigabe ist ohne Anmeldung für jeden erreichbar. Dort liegen unsere Personalakten.\n\nGruß, Till',
    rights: ['breach_report'],
  },
  {
    rule: 'French: a link that opens without logging in, holding the payslips, is a breach report',
    body: 'Bonjour,\n\nLe lien de partage s’ouvre sans se connecter. Il contient les bulletins de paie de l’équipe.\n\nClaire',
    rights: ['breach_report'],
  },
  {
    rule: 'the subject heads the paragraph: a link open to anyone above the client files it holds',
    subject: 'Link open to anybody',
    body: 'Hello,\n\nThe link you posted in our ticket leads straight to our client files.\n\nMarta',
    rights: ['breach_report'],
  },
  {
    rule: 'an account without two-factor authentication on a server with client files tells a weakness, no breach',
    body: 'Hi,\n\nOur admin account is still without two-factor authentication. The server holds client files. Can you enable it?\n\nRegards, Nils',
    rights: [],
  },
  {
    rule: 'asking to open a folder for everyone in the team reports nothing',
    body: 'Hi,\n\nCould you make the HR files folder available to everyone in the HR team?\n\nThanks, Lotte',
    rights: [],
  },
  {
    rule: 'a returned laptop that was not wiped, with passport scans on it, is a breach report',
    body: 'Hello,\n\nThe loan laptop you gave us was not wiped. The desktop still holds scans of passports of your other clients.\n\nRegards, Hugo',
    rights: ['breach_report'],
  },
  {
    rule: 'German: a used phone never reset, with customer data on it, is a breach report',
    body: 'Hallo,\n\nDas Ersatzhandy von Ihnen wurde nie zurückgesetzt. Darauf sind noch Kundendaten einer anderen Firma.\n\nGruß, Jens',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: a loan laptop not formatted, with passport copies of other clients on it, is a breach report',
    body: 'Hoi,\n\nDe leenlaptop die we kregen was niet geformatteerd. Er staan nog paspoortkopieën van andere klanten op.\n\nGroet, Evi',
    rights: ['breach_report'],
  },
  {
    rule: 'French: a replacement phone never reset, holding another firm’s client files, is a breach report',
    body: 'Bonjour,\n\nLe téléphone de remplacement n’a pas été réinitialisé. Il contient encore les fichiers clients d’une autre société.\n\nLéa',
    rights: ['breach_report'],
  },
  {
    rule: 'a demo tablet never reset, with a photo of a passport on it, is a breach report',
    body: 'Hi,\n\nThe demo tablet we got from you was never reset. Its gallery has a photo of a passport and a bank card.\n\nBest, Iris',
    rights: ['breach_report'],
  },
  {
    rule: 'German: an old laptop to be reset before it is sold reports nothing',
    body: 'Hallo,\n\nKönnt ihr den alten Laptop von Frau Berg zurücksetzen, bevor wir ihn verkaufen? Darauf liegen noch Kundendaten.\n\nGruß, Uwe',
    rights: [],
  },
  {
    rule: 'an account hacked that sends spam, naming no data it holds, is no breach report',
    body: 'Hi,\n\nMy email account was hacked and sends spam to all my contacts. I changed my password. Can you help?\n\nKees',
    rights: [],
  },
  {
    rule: 'a supplier questionnaire asking how backups are encrypted reports nothing',
    body: 'Dear supplier,\n\nPlease answer: where is customer data stored, and how are backups encrypted?\n\nProcurement',
    rights: [],
  },
  {
    rule: 'a newsletter on ransomware and customer data reports nothing',
    body: 'Hi partner,\n\nRansomware attacks rose sharply last year. Read how to protect your customer data in our new report.\n\nThe partner team',
    rights: [],
  },
  {
    rule: 'French: a website hacked that holds no client data reports nothing',
    body: "Bonjour,\n\nNotre site a peut-être été piraté : il affiche des liens étranges. Pouvez-vous vérifier ?\n\nYann",
    rights: [],
  },
];

describe('classifyEmail: security incidents told as a story', () => {
  it.each(INCIDENT_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject: subject ?? 'Incident', body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/** A breach named as a topic twice, in the subject and again in the body, is one topic named: no report. */
const REPEATED_BREACH_TOPIC_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "German: 'Datenleck' read in the news, in subject and body, reports nothing",
    subject: 'Datenleck beim Hoster',
    body: 'Hallo,\n\nheute gelesen: ein Datenleck beim Hoster unseres Shops. Betrifft uns das?\n\nGruß, Jana',
    rights: [],
  },
  {
    rule: "French: asking what a 'violation de données' is reports nothing",
    subject: 'Violation de données ?',
    body: "Bonjour,\n\nUne violation de données, c'est quoi exactement ? Merci.\n\nPaul",
    rights: [],
  },
  {
    rule: "'data breach' asked about in subject and body reports nothing",
    subject: 'data breach?',
    body: 'Hi,\n\nShould we worry about a data breach after the update?\n\nTom',
    rights: [],
  },
  {
    rule: "Dutch: a 'datalek' named beside what happened still reports the breach",
    subject: 'Datalek',
    body: 'Hallo,\n\nIn jullie mail zat de factuur van een andere klant, met naam en adres. Dit is een datalek.\n\nGroet, Wim',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a breach topic named twice', () => {
  it.each(REPEATED_BREACH_TOPIC_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

/**
 * A breach at a shop the sender bought from elsewhere, which told him of it, is no breach of ours: a doubted "no", which the
 * models leave alone. Someone else's data seen in a shop we run or host is still reported.
 */
const OTHER_SHOP_BREACH_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'Dutch: a webshop that mailed the sender of its data leak reports nothing',
    subject: 'Datalek bij een webshop',
    body: 'Hoi,\n\nEen webshop waar ik ooit iets kocht mailde me dat ze een datalek hadden en dat mijn e-mailadres is uitgelekt. Moet ik mijn wachtwoord wijzigen?\n\nGroet, Kim',
    rights: [],
  },
  {
    rule: 'an online store that told the sender of its data breach reports nothing',
    subject: 'Data breach at an online store',
    body: 'Hi,\n\nAn online store I once ordered from says it had a data breach and my email address leaked. Should I change my Microsoft 365 password?\n\nThanks, Rob',
    rights: [],
  },
  {
    rule: 'German: a breach at an online retailer reports nothing',
    subject: 'Datenpanne bei einem Onlinehändler',
    body: 'Hallo,\n\nein Onlinehändler hat mir geschrieben, dass es bei ihm eine Datenpanne gab. Muss ich mein Passwort für das Firmenkonto ändern?\n\nGruß, Vera',
    rights: [],
  },
  {
    rule: 'French: a breach at a merchant site reports nothing',
    subject: 'Fuite de données chez un site marchand',
    body: "Bonjour,\n\nUn site marchand où j'ai commandé m'informe d'une fuite de données. Dois-je changer mon mot de passe ?\n\nMerci, Luc",
    rights: [],
  },  {
    rule: "Dutch: the shop's own customer data leaked there, the sender's mail address with it, reports nothing",
    subject: 'wachtwoord gelekt?',
    body: 'Hoi,\n\nIk kreeg een mail van een webshop waar ik ooit iets bestelde dat hun klantgegevens gelekt zijn, ook mijn mailadres. Moet ik iets doen?\n\nGroet, Kim',
    rights: [],
  },
];

describe('classifyEmail: a breach at a shop elsewhere', () => {
  it.each(OTHER_SHOP_BREACH_CASES)('$rule', ({ subject, body, rights }) => {
    const rules = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(rules.rights).toEqual(rights);
    expect(rules.needsReview).toBe(true);
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });

  it("still reports another customer's data seen in an order from a webshop we host", () => {
    const body = "Hi,\n\nI ordered from a webshop you host and the confirmation shows another customer's name and home address.\n\nRegards, Dana";
    expect(classifyEmail({ subject: 'Order confirmation', body }, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it("Dutch: still reports another customer's orders seen in a webshop we run", () => {
    const body = 'Hoi,\n\nBij een webshop die jullie beheren zie ik in mijn account de bestellingen van een andere klant, met naam en adres.\n\nGroet, Tim';
    expect(classifyEmail({ subject: 'Datalek in jullie webshop', body }, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });
});

describe('classifyEmail: "update" naming a mail of ours asks no correction', () => {
  it.each([
    { subject: 'wrong ticket', body: "Hi,\n\nThe ticket update you sent me today shows another client's contact person, with her home address and mobile number.\n\nPia" },
    { subject: 'status', body: "Hello,\n\nThe status update email you sent me this morning contained another customer's invoice, with his name and home address.\n\nRon" },
  ])('reads "$subject" as a breach report alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it('still reads a correction asked beside the ticket update', () => {
    const body = 'Hi,\n\nYour ticket updates still have my old surname. Please update my name to Pia Verhoef.\n\nPia';
    expect(classifyEmail({ subject: 'name', body }, { rulesAlone: true }).rights).toContain('rectification');
  });
});
