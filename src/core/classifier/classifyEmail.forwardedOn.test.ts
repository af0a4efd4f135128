import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * One of ours forwarding the sender's private or personal mail to his employer, his manager or someone else tells of his
 * data going where it should not: a breach report, beside the complaint it is told in (corpus README). The sender forwarding
 * a mail himself, a question sent on to a department, and a work mail sent on without anything private in it tell of none.
 * Sentences written for these tests.
 */
const FORWARDED_ON_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: a helpdesk worker forwarded the private mail to the employer, inside a formal complaint',
    subject: 'Klacht over mijn privémail',
    body: 'Geachte heer/mevrouw,\n\nVorige maand mailde ik uw helpdesk vanaf mijn privéadres over mijn ziekteverlof. Uw medewerker heeft die mail zonder overleg doorgestuurd naar mijn werkgever.\n\nIk dien hierover een formele klacht in.\n\nPetra',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch passive: the personal mail was forwarded to the team leader',
    subject: 'doorgestuurd',
    body: 'Hallo,\n\nIk schreef jullie een persoonlijke mail over mijn gezondheid. Nu blijkt die mail te zijn doorgestuurd naar mijn teamleider.\n\nGroet, Anouk',
    rights: ['breach_report'],
  },
  {
    rule: 'English: the technician forwarded a personal email to the manager',
    subject: 'Your technician',
    body: 'Hello,\n\nI sent your technician a personal email about my medical leave. He forwarded it to my manager the same day.\n\nI am making a formal complaint about the way you dealt with my personal data.\n\nOwen',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German: the technician forwarded a private mail to the boss',
    subject: 'Private Mail weitergeleitet',
    body: 'Guten Tag,\n\nich habe Ihrem Techniker eine private Mail zu meiner Krankmeldung geschickt. Er hat sie an meinen Chef weitergeleitet.\n\nMfG\nJonas',
    rights: ['breach_report'],
  },
  {
    rule: 'French, the recipient before the thing passed: the technician passed the private number to the manager',
    subject: 'Réclamation',
    body: "Bonjour,\n\nVotre technicien a transmis à ma cheffe d'équipe, euh, à mon responsable, mon numéro de portable privé et l'heure de mon rendez-vous chez le médecin.\n\nJe dépose une réclamation formelle.\n\nMarc",
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German, the verb last: the technician passed the private number to a seller of heat pumps',
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nIhr Techniker hat meine Handynummer, die nur für den Termin gedacht war, an einen Verkäufer von Wärmepumpen weitergegeben.\n\nIch lege hiermit Beschwerde ein.\n\nAnke',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'English, no "to": the engineer emailed the line manager about the personal files he came across',
    subject: 'Complaint',
    body: 'Hello,\n\nDuring the remote session your engineer found my personal folder with my medical letters, and then emailed my line manager a list of what was in it.\n\nI am making a formal complaint.\n\nRuth',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch, the verb last: a technician who took the private number from a job at the employer passed nothing to the employer',
    subject: 'Klacht',
    body: 'Goedemiddag,\n\nUw monteur heeft tijdens een klus bij mijn werkgever mijn privénummer opgezocht en mij daarna berichtjes gestuurd.\n\nHierover dien ik een klacht in: zo ga je niet met mijn gegevens om.\n\nLinda',
    rights: ['complaint'],
  },
  {
    rule: 'English: a caller who said he had the private number from us, inside a formal complaint',
    subject: 'My private number',
    body: 'Hello,\n\nYesterday a firm selling printers rang my private mobile; the man said he got my number from Quality Networks. I gave it only to your service desk.\n\nConsider this my formal complaint over the way you treat my personal data.\n\nJudith',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch: a caller who had the private number "van jullie" gekregen',
    subject: 'mijn nummer',
    body: 'Hallo,\n\nGisteren belde een verkoper naar mijn privénummer; hij zei dat hij het nummer van jullie had gekregen. Dat nummer was alleen voor de monteur.\n\nGroet,\nWillem',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch, the verb before the source: the caller said he "had gekregen" it from our fitter',
    subject: 'Klacht',
    body: 'Goedemiddag,\n\nEen verkoper van zonnepanelen belde mij gisteren op mijn privénummer; hij zei dat hij het had gekregen van de monteur van Quality Networks. Dat nummer had ik alleen aan die monteur gegeven.\n\nIk dien hierover een formele klacht in.\n\nHanneke',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch: the caller said he had the number "van Quality Networks"',
    subject: 'mijn gsm-nummer',
    body: 'Hallo,\n\nVanmorgen belde een onbekende firma over printers. De man zei dat hij het nummer van Quality Networks had. Dat nummer kende alleen jullie helpdesk.\n\nIk wil hier een klacht over indienen.\n\nRuud',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch: the caller "zegt mijn gegevens van jullie te hebben"',
    subject: 'Klacht',
    body: 'Beste,\n\nIk word steeds gebeld door een incassobureau dat zegt mijn gegevens van jullie te hebben. Mijn adres en nummer stonden alleen in mijn klantprofiel bij jullie.\n\nBeschouw dit als een formele klacht.\n\nFemke',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German, the verb before the number: "er habe die Nummer von Ihnen"',
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nein Händler für Alarmanlagen hat mich gestern privat auf dem Handy angerufen. Er meinte, er habe die Nummer von Ihnen. Gegeben hatte ich sie nur Ihrem Support.\n\nIch lege hiermit Beschwerde ein.\n\nRalf',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German: your HR department told him, the new employer, about the sick days',
    subject: 'Beschwerde',
    body: 'Sehr geehrte Damen und Herren,\n\nmein neuer Chef erzählte mir, dass Ihre Personalabteilung ihm am Telefon meine Handynummer und meine Fehlzeiten genannt hat.\n\nIch lege dagegen förmlich Beschwerde ein.\n\nUte',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'French: the seller "tenir mon numéro" from our technician',
    subject: 'Réclamation',
    body: "Bonjour,\n\nUn vendeur de cuisines m'a appelé sur mon portable privé. Il m'a expliqué tenir mon numéro de votre technicien, venu la semaine dernière.\n\nCeci est une réclamation en bonne et due forme.\n\nLéa",
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'English: the helpdesk gave the home address to a caller, "gave it to him"',
    subject: 'Complaint',
    body: 'Hello,\n\nA man rang your helpdesk pretending to be my brother and asked where I live now. Your helpdesk gave my home address to him without any check.\n\nI am lodging a formal complaint about how you treated my personal data.\n\nNadia',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch: the service desk passed the home address "aan hem", the caller, inside a complaint',
    subject: 'Klacht',
    body: 'Goedemiddag,\n\nEen man belde jullie servicedesk en zei dat hij mijn broer was. Jullie servicedesk heeft aan hem zonder controle mijn woonadres doorgegeven.\n\nIk dien hierover een formele klacht in.\n\nSaskia',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'Dutch: the subject tells the private number passed on, the body only complains',
    subject: 'Formele klacht, mijn privénummer doorgegeven aan makelaar',
    body: 'Geachte directie,\n\nSinds uw monteur hier was, word ik gebeld door een makelaar die mijn huis wil verkopen. Ik heb daar nooit om gevraagd.\n\nIk dien hierbij een formele klacht in.\n\nGerda',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'English: "my mobile number given to" a partner, told in the subject of a complaint',
    subject: 'Formal complaint - my mobile number given to your partner firm',
    body: 'Hello,\n\nA firm that calls itself your partner has phoned me four times this week. I never agreed to this.\n\nI want this handled as a formal complaint.\n\nBrian',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German: "Weitergabe meiner Handynummer" as the subject of a complaint',
    subject: 'Beschwerde wegen Weitergabe meiner Handynummer an Makler',
    body: 'Guten Tag,\n\nseit dem Besuch Ihres Technikers ruft mich ein Immobilienmakler an. Ich lege hiermit Beschwerde ein.\n\nKarl',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'French: "mon numéro transmis" to a partner, the subject of a complaint',
    subject: 'Réclamation - mon numéro transmis à un partenaire',
    body: "Bonjour,\n\nDepuis l'intervention de votre technicien, un installateur de panneaux me téléphone chaque semaine. Ceci est une réclamation.\n\nHélène",
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'French: refusing that my details be passed on is an objection, no breach',
    subject: 'Partage de mes coordonnées',
    body: "Bonjour,\n\nJe refuse que mes coordonnées soient transmises à d'autres sociétés. Je retire mon consentement à ce partage.\n\nPaul",
    rights: ['objection'],
  },
  {
    rule: 'Dutch: details leaked at a web shop elsewhere are no breach of ours',
    subject: 'gelekt?',
    body: 'Hoi,\n\nIk las dat mijn adres en wachtwoord misschien gelekt zijn bij een webwinkel waar ik ooit iets kocht. Moet ik mijn wachtwoord bij jullie ook aanpassen?\n\nTim',
    rights: [],
  },
  {
    rule: 'Dutch: one of our staff forwarded private messages to the chair of the club',
    subject: 'Klacht',
    body: 'Geachte heer, mevrouw,\n\nUw medewerker heeft bij de verhuizing van de clubmailbox mijn privéberichten over mijn scheiding doorgestuurd naar de voorzitter.\n\nHierover dien ik formeel een klacht in: zo gaat u niet met mijn persoonsgegevens om.\n\nEls',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'a wish to have the data, "dat hij mijn gegevens van jullie wil hebben", tells of nothing passed on',
    subject: 'overzicht',
    body: 'Hoi,\n\nMijn boekhouder zegt dat hij mijn gegevens van jullie wil hebben. Kan ik eerst zelf een kopie krijgen van wat er over mij is opgeslagen?\n\nBedankt,\nOmar',
    rights: ['access'],
  },
  {
    rule: 'Dutch: the helpdesk forwarded the private mail "op verzoek van" the former employer, which names no request of ours',
    subject: 'Klacht',
    body: 'Geachte heer, mevrouw,\n\nUw helpdesk heeft, op verzoek van mijn vorige werkgever, al mijn privémail doorgestuurd naar de directie daar.\n\nIk dien hierover een formele klacht in.\n\nKarin',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German, the outsider as a dative: the technician sent the landlord a mail with the private number',
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nIhr Techniker hat nach dem Termin meinem Vermieter eine E-Mail mit meiner privaten Handynummer geschickt.\n\nIch lege hiermit Beschwerde ein.\n\nGregor',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'German, the disclosure named as a deed: "Weitergabe" of the number to one of our suppliers',
    subject: 'Beschwerde bei der Aufsichtsbehörde',
    body: 'Sehr geehrte Damen und Herren,\n\nmeine Beschwerde ist seit gestern bei der Aufsichtsbehörde für den Datenschutz. Es geht um die Weitergabe meiner privaten Handynummer an einen Ihrer Lieferanten.\n\nMit freundlichen Grüßen\nSilke',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'the sender forwarding our offer to his manager asks nothing',
    subject: 'offerte',
    body: 'Hoi,\n\nIk heb uw offerte doorgestuurd naar mijn leidinggevende, hij beslist volgende week.\n\nGroet, Sem',
    rights: [],
  },
  {
    rule: 'a question sent on to the right department asks nothing',
    subject: 'vraag',
    body: 'Beste,\n\nMijn vraag over de factuur is doorgestuurd naar de juiste afdeling, zei uw collega. Wanneer hoor ik iets?\n\nIris',
    rights: [],
  },
  {
    rule: 'a work quote forwarded to the manager by our technician, nothing private in it, asks nothing',
    subject: 'offerte',
    body: 'Hallo,\n\nUw monteur heeft de offerte voor de nieuwe switches doorgestuurd naar mijn leidinggevende. Kunnen jullie de prijs nog toelichten?\n\nKoen',
    rights: [],
  },
];

describe('classifyEmail: a private mail forwarded on by one of ours', () => {
  it.each(FORWARDED_ON_CASES)('$rule', (forwardedOnCase) => {
    expectRulesRights(forwardedOnCase);
  });
});
