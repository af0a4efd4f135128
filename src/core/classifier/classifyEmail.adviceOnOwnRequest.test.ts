import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Advice on a request made to the sender's own firm, in more of the ways people ask it: the requester as one of the firm's
 * own people ("een van onze medewerkers", "un de nos salariés", "one of our volunteers has asked"), the duty owed to him by his pronoun ("Müssen wir ihr ...?"),
 * what the firm may do ("mogen we ... vragen?"), from when the deadline runs, the data looked up himself, or nothing asked of us
 * ("I'm not asking you to do anything", "ik hoef van jullie niets te hebben"). Sentences of our own; a request passed on for us
 * to act on, and a data subject's own request, stay requests.
 */
const ADVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'een van onze medewerkers ... mogen we ... vragen? ... zoeken we zelf op' is advice",
    subject: 'inzage door medewerker',
    body: 'Hallo,\n\nEen van onze medewerkers heeft inzage gevraagd in zijn personeelsdossier. Mogen we hem eerst om legitimatie vragen? De stukken zoeken we zelf wel op.\n\nGroet, Ilse',
    rights: [],
  },
  {
    rule: "Dutch 'een ex-huurder van ons ... hoe lang hebben we?' is advice",
    subject: 'vraagje',
    body: 'Goedemorgen,\n\nEen ex-huurder van ons wil weten welke gegevens we nog over hem bewaren. Hoe lang hebben we eigenlijk om daarop te antwoorden?\n\nBart',
    rights: [],
  },
  {
    rule: "German 'eine Mitarbeiterin von uns ... Müssen wir ihr ...? Gilt die Frist ...?' is advice",
    subject: 'Auskunft nach Art. 15',
    body: 'Hallo,\n\neine Mitarbeiterin von uns hat Auskunft nach Art. 15 DSGVO verlangt. Müssen wir ihr auch die Chatverläufe aus dem Projektkanal geben? Und gilt die Frist ab heute oder erst ab ihrem Ausweis?\n\nGruß, Timo',
    rights: [],
  },
  {
    rule: "French 'une patiente nous demande ... quel délai nous avons pour répondre ?' is advice",
    subject: 'Demande de copie',
    body: "Bonjour,\n\nUne patiente nous demande une copie de son dossier. Il est dans notre propre logiciel. Quel délai nous avons pour répondre, au juste ?\n\nMerci,\nClaire",
    rights: [],
  },
  {
    rule: "French 'un client à nous demande une copie ... on doit lui envoyer quoi ?' is advice",
    subject: 'question',
    body: "bonjour, un client à nous demande une copie de son dossier. on doit lui envoyer quoi, tout l'historique ? merci",
    rights: [],
  },
  {
    rule: "English 'a client ... has sent us a data access request. Can we refuse it?' is advice",
    subject: 'SAR question',
    body: 'Hi,\n\nA client who owes us money has sent us a data access request out of the blue. Can we refuse it as excessive?\n\nThanks,\nNina',
    rights: [],
  },
  {
    rule: "English 'a subscriber ... asked me to remove her ... How do I make sure ...?' is advice on the sender's own list",
    subject: 'my mailing list',
    body: 'Hi,\n\nA reader of my small gardening newsletter asked me to take her off and delete her address. How do I make sure she is gone from every copy of the list?\n\nThanks,\nBea',
    rights: [],
  },
  {
    rule: "French 'un de nos salariés ... devons-nous lui ...? le délai court-il ...?' is advice",
    subject: 'Demande d’un salarié',
    body: "Bonjour,\n\nUn de nos salariés nous demande une copie de ses données. Devons-nous lui remettre aussi ses anciens messages ? Le délai court-il à partir de sa demande ?\n\nNadia",
    rights: [],
  },
  {
    rule: "English 'I'm not asking you to do anything' beside a client's erasure is advice",
    subject: 'Patient wants her file erased',
    body: "Hi,\n\nOne of our patients has asked us to erase her records. I'm not asking you to do anything, I'd only like to know whether a removed folder also leaves the backups.\n\nRuth",
    rights: [],
  },
  {
    rule: "English 'a former employee of ours ... may we charge ...?' is advice",
    subject: 'SAR fee',
    body: 'Hello,\n\nA former employee of ours wants a copy of his personnel file. May we charge a fee for the copy, and does the month start from his first email?\n\nOwen',
    rights: [],
  },
  {
    rule: "Dutch forward with 'hoef ik niets te hebben van jullie' reports the requester's words",
    subject: 'FW: gegevens',
    body: 'Hoi,\n\nHieronder een verzoek van een klant van ons. Verder hoef ik niets te hebben van jullie; leg me alleen uit hoe ik in Outlook op zijn naam zoek.\n\nRob\n\n---------- Forwarded message ---------\nFrom: P. Smit\nSubject: gegevens\n\nIk wil graag een overzicht van alles wat u over mij heeft opgeslagen.',
    rights: [],
  },
  {
    rule: "German 'wir brauchen nichts von Ihnen ... suchen wir selbst heraus' is advice",
    subject: 'Löschwunsch eines Kunden',
    body: 'Hallo,\n\nein Kunde von uns möchte, dass wir seine Daten löschen. Wir brauchen nichts von Ihnen, die Daten suchen wir selbst heraus. Dürfen wir vorher einen Ausweis verlangen?\n\nMia',
    rights: [],
  },
  {
    rule: 'a request passed on for us to act on stays access',
    subject: 'mailbox medewerker',
    body: 'Hallo,\n\nEen van onze medewerkers wil een kopie van haar mailbox. Kunnen jullie die exporteren? Hoe lang hebben we daarvoor?\n\nGroet, Ilse',
    rights: ['access'],
  },
  {
    rule: "a data subject who asks nothing more than the erasure stays erasure",
    subject: 'delete my data',
    body: "Hello,\n\nPlease delete all my personal data. I don't need anything from you afterwards but a short confirmation.\n\nTom",
    rights: ['erasure'],
  },
  {
    rule: "German 'eine Kundin von unserem Blumenladen verlangt Auskunft ... Können Sie mir einen Tipp geben?' is advice",
    subject: 'Kundin will Auskunft',
    body: 'Hallo,\n\neine Kundin von unserem Blumenladen verlangt Auskunft über ihre gespeicherten Daten. Muss ich ihr alles schicken? Können Sie mir da einen Tipp geben?\n\nVera',
    rights: [],
  },
  {
    rule: "French 'un de mes clients exige que ses données ... soient effacées Comment je lui réponds ?' is advice",
    subject: 'demande de client',
    body: "Bonjour,\n\nUn de mes clients exige que ses données personnelles soient effacées. Les factures restent dix ans, non ? Comment je lui réponds ?\n\nMarc",
    rights: [],
  },
  {
    rule: "Dutch 'een oud-medewerker dreigt met een klacht bij de AP ... kunnen jullie ons adviseren' is advice, no complaint",
    subject: 'Dreiging AP',
    body: 'Hallo,\n\nEen oud-medewerker dreigt met een klacht bij de AP, want zijn account bleef na zijn vertrek open. Wat raden jullie aan? Kunnen jullie ons adviseren?\n\nGroet, Henk',
    rights: [],
  },
  {
    rule: "English 'One of our clients has sent us an access request and wants all mails where his name is mentioned' reports no leak",
    subject: 'Advice: access request',
    body: 'Hello,\n\nOne of our clients has sent us an access request and wants all mails where his name is mentioned. Is there a limit to what we hand over? What would you advise?\n\nSabine',
    rights: [],
  },
  {
    rule: "English 'Do we have to give her mails that mention other people's names too?' asks the firm's duty",
    subject: 'Access request from a former employee',
    body: "Hi,\n\nA former employee asked us for her data. Do we have to give her mails that mention other people's names too?\n\nMark",
    rights: [],
  },
  {
    rule: "English 'one of our volunteers has asked' names the requester by any word: advice",
    subject: 'data request',
    body: 'Hi,\n\nOne of our volunteers has asked us for a copy of all her data under the GDPR. How long do we have to reply?\n\nRuth',
    rights: [],
  },
  {
    rule: "German 'eine ehemalige Reinigungskraft hat ... gefordert' names the requester by any word: advice",
    subject: 'Auskunft',
    body: 'Hallo,\n\neine ehemalige Reinigungskraft hat per Brief Auskunft nach Art. 15 DSGVO gefordert. Müssen wir interne Notizen über sie auch herausgeben?\n\nGruß, Jens',
    rights: [],
  },
  {
    rule: "French 'une de nos bénévoles nous demande' names the requester by any word: advice",
    subject: 'demande de copie',
    body: "Bonjour,\n\nUne de nos bénévoles nous demande l'accès à l'ensemble de ses données personnelles. Quel délai avons-nous ?\n\nMerci,\nNadia",
    rights: [],
  },
  {
    rule: "Dutch 'een oud-stagiair van ons ... kunnen jullie ons een stappenplan sturen?' asks advice, not work",
    subject: 'inzageverzoek',
    body: 'Goedemiddag,\n\nEen oud-stagiair van ons wil inzage in alle gegevens die we over hem hebben. Kunnen jullie ons een stappenplan sturen?\n\nGroet, Anouk',
    rights: [],
  },
  {
    rule: "help asked with the work itself, beside a question ('could you tell us whether ... and help us extract it') is a request passed on to us",
    subject: 'data request',
    body: 'Hi,\n\nOne of our volunteers has asked for a copy of her data. Could you tell us whether her old mailbox still exists and, if so, help us extract it?\n\nRuth',
    rights: ['access'],
  },
  {
    rule: "a data subject asking whether the firm may charge stays access",
    subject: 'Inzage',
    body: 'Beste,\n\nIk wil graag een kopie van al mijn gegevens. Mogen jullie daar kosten voor rekenen?\n\nEls',
    rights: ['access'],
  },
];

describe('classifyEmail: more ways of asking advice on a request made to the sender\'s own firm', () => {
  it.each(ADVICE_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
