import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Advice asked on answering a request that someone the sender serves made to his own firm asks nothing of us, in
 * sentences of our own; a processor request that asks us to act, and a data subject's own request, stay requests.
 */
const OWN_HANDLING_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'one of my clients ... how long have I got?' is advice",
    subject: 'question about a client',
    body: "Hi,\n\nOne of my clients wrote asking for a copy of all the data I keep on him. I've never had this before. How long have I got, and what do I have to send him?\n\nPaul",
    rights: [],
  },
  {
    rule: "Dutch 'een klant van ons wil inzage ... hoe moet ik dat aanpakken?' is advice",
    subject: 'inzageverzoek klant',
    body: 'Hallo,\n\nEen klant van ons wil inzage in alle gegevens die we over hem hebben. Hoe moet ik dat aanpakken en hoeveel tijd heb ik?\n\nGroet, Sanne',
    rights: [],
  },
  {
    rule: "German 'ein Mieter will seine Daten ... wie gehen wir vor?' is advice",
    subject: 'Frage',
    body: 'Hallo,\n\nein Mieter möchte eine Kopie seiner Daten von uns. Wie gehen wir da vor, und wie lange haben wir Zeit?\n\nGruß, Jonas',
    rights: [],
  },
  {
    rule: "French 'une de nos patientes demande ... combien de temps ai-je ?' is advice",
    subject: 'Question',
    body: "Bonjour,\n\nUne patiente nous demande une copie de toutes ses données. Comment dois-je répondre et combien de temps ai-je ?\n\nClaire",
    rights: [],
  },
  {
    rule: "a processor request that asks us to export stays access",
    subject: 'inzageverzoek oud-medewerker',
    body: 'Hallo,\n\nEen oud-medewerker van ons wil een kopie van haar mailbox. Kunnen jullie die exporteren? Hoeveel tijd hebben we?\n\nGroet, Sanne',
    rights: ['access'],
  },
  {
    rule: "a data subject asking how long we have stays access",
    subject: 'Inzage',
    body: 'Hallo,\n\nIk wil weten welke gegevens jullie van mij hebben. Hoeveel tijd hebben jullie daarvoor?\n\nSanne',
    rights: ['access'],
  },
  {
    rule: "English 'we've received a DSAR ... do we have to include ...?' is advice",
    subject: 'first DSAR',
    body: "Hello,\n\nWe've received our first DSAR, from someone who left last spring. Do we have to include the Teams chats where he is mentioned, and what the deadline is?\n\nMaria",
    rights: [],
  },
  {
    rule: "English 'can you tell me whether ...' asks advice, no action of us",
    subject: 'SAR question',
    body: 'Hi,\n\nAn applicant has emailed us for a copy of his file. Can you tell me whether we need to send the interview notes too?\n\nBen',
    rights: [],
  },
  {
    rule: "English: the requester's own words reported in quotes are his, not the sender's",
    subject: 'a member wants his data',
    body: 'Hi,\n\nOne of our members wrote asking for "every piece of information you keep about me". Do we need to send him the old newsletters too? What would you advise?\n\nKim',
    rights: [],
  },
  {
    rule: "Dutch 'welke gegevens we van haar hebben ... moeten we ook ... meesturen?' is advice",
    subject: 'vraagje',
    body: 'Hoi,\n\nEen huurder van ons wil weten welke gegevens we van haar hebben. Moeten we de oude mails ook meesturen? Kunnen jullie mij vertellen hoe dat zit?\n\nEsther',
    rights: [],
  },
  {
    rule: "German 'will von uns wissen ... müssen wir ... herausgeben?' is advice",
    subject: 'Auskunft Mitglied',
    body: 'Hallo,\n\nein früheres Mitglied will von uns wissen, was wir über ihn gespeichert haben. Müssen wir auch die alten Protokolle herausgeben?\n\nAnna',
    rights: [],
  },
  {
    rule: "French 'les données que nous avons sur lui ... devons-nous inclure ...?' is advice",
    subject: 'Question accès',
    body: "Bonjour,\n\nUn de nos clients veut connaître les données que nous avons sur lui. Devons-nous inclure les anciens devis ?\n\nLuc",
    rights: [],
  },
  {
    rule: "a processor request beside an advice question stays access: 'could you export ...'",
    subject: 'DSAR ex-employee',
    body: "Hi,\n\nAn employee has sent us a DSAR. Do we have to include his chats? Could you export his mailbox to a PST for us?\n\nBen",
    rights: ['access', 'portability'],
  },
  {
    rule: "a data subject asking whether he must send his ID stays access",
    subject: 'my data',
    body: 'Hello,\n\nPlease send me a copy of all the data you hold about me. Do I need to send a copy of my passport too?\n\nBen',
    rights: ['access'],
  },
  {
    rule: "English: a request supposed of someone by a pronoun, 'if one of them asks for ...', asks nothing yet",
    subject: 'leavers',
    body: 'Hi,\n\nTwo of our drivers leave in March. If one of them asks for a copy of his emails, what do we have to give him?\n\nRuth',
    rights: [],
  },
  {
    rule: "Dutch 'als hij om een kopie van zijn mails vraagt' asks nothing yet",
    subject: 'vertrekkende collega',
    body: 'Hoi,\n\nOnze planner vertrekt. Als hij om een kopie van al zijn mails vraagt, moeten we die dan geven?\n\nRuud',
    rights: [],
  },
  {
    rule: "German 'falls er eine Kopie seiner Mails verlangt' asks nothing yet",
    subject: 'Austritt',
    body: 'Hallo,\n\nunser Lagerleiter geht. Falls er eine Kopie seiner Mails verlangt, was müssen wir ihm geben?\n\nPetra',
    rights: [],
  },
  {
    rule: "French 's'il nous demande une copie de ses mails' asks nothing yet",
    subject: 'Départ',
    body: "Bonjour,\n\nNotre comptable part en mai. S'il nous demande une copie de ses mails, que devons-nous lui donner ?\n\nMarc",
    rights: [],
  },
  {
    rule: "English 'if one of our drivers ever asked ...' supposes a request of one of the sender's people",
    subject: 'planning ahead',
    body: 'Hi,\n\nIf one of our drivers ever wanted their personal data erased, could you wipe it from the backups too? Just writing our procedures.\n\nDan',
    rights: [],
  },
  {
    rule: "English 'Hypothetically, ...' and a breach supposed of one of our people report nothing",
    subject: 'question',
    body: "Hi,\n\nHypothetically, a cleaner lost her phone with our rota on it: would that be a data breach? Nothing happened, I'm writing the handbook.\n\nDan",
    rights: [],
  },
  {
    rule: "Dutch 'als een van onze monteurs ...' supposes a request",
    subject: 'vraagje',
    body: 'Hoi,\n\nAls een van onze monteurs om een kopie van zijn gegevens vraagt, kunnen jullie dat dan uit de back-ups halen? Is voor ons handboek.\n\nBart',
    rights: [],
  },
  {
    rule: "German 'falls einer unserer Fahrer ...' supposes a request",
    subject: 'Frage',
    body: 'Hallo,\n\nfalls einer unserer Fahrer die Löschung seiner Daten verlangt, würde das auch die Sicherungen betreffen?\n\nUwe',
    rights: [],
  },
  {
    rule: "French 'si l'un de nos salariés ...' supposes a request",
    subject: 'Question',
    body: "Bonjour,\n\nSi l'un de nos salariés demande l'effacement de ses données, est-ce que cela vaut aussi pour les sauvegardes ?\n\nAnne",
    rights: [],
  },
  {
    rule: "'if any of my data is still with you' asks its erasure",
    subject: 'my data',
    body: 'Hello,\n\nIf any of my data is still with you, please delete it all.\n\nDan',
    rights: ['erasure'],
  },
  {
    rule: "'if one of your staff still has my number' asks its erasure",
    subject: 'my number',
    body: 'Hello,\n\nI left last year. If one of your staff still has my phone number, please delete my number from your systems.\n\nDan',
    rights: ['erasure'],
  },
  {
    rule: "a former employee's request relayed for us to act stays access",
    subject: 'mailbox copy',
    body: 'Hi,\n\nOur former planner asked for a copy of all his emails. Could you export his mailbox and send it to me?\n\nRuth',
    rights: ['access'],
  },
  {
    rule: "German main clause 'wie suche ich ...' beside 'ein Kunde von uns' is advice",
    subject: 'Auskunft nach Art. 15',
    body: 'Hallo,\n\nein Kunde von uns verlangt Auskunft über seine Daten. Wie suche ich alle Dokumente mit seinem Namen im SharePoint?\n\nMarkus',
    rights: [],
  },
  {
    rule: "French 'comment retrouver ...' beside 'une de nos clientes' is advice",
    subject: "Demande d'accès",
    body: "Bonjour,\n\nUne de nos clientes demande l'accès à ses données. Comment retrouver toutes ses factures dans notre logiciel ?\n\nSophie",
    rights: [],
  },
  {
    rule: "English 'we'll answer it ourselves' is advice, the way asked",
    subject: 'SAR',
    body: "Hi,\n\nA tenant asked us for everything we hold on him. We'll answer it ourselves, is there a quick way to search all our OneDrive files for his name?\n\nGreg",
    rights: [],
  },
  {
    rule: "Dutch 'we doen het zelf' is advice, the way asked",
    subject: 'verwijderverzoek klant',
    body: 'Hoi,\n\nEen klant van ons wil dat we zijn gegevens wissen. We doen het zelf, maar waar staan die oude offertes ook alweer?\n\nMirjam',
    rights: [],
  },
  {
    rule: "German 'wir erledigen das selbst' is advice, the way asked",
    subject: 'Löschung',
    body: 'Hallo,\n\neine Mandantin von uns verlangt die Löschung ihrer Daten. Wir erledigen das selbst, in welchem Ordner liegen die Scans?\n\nKarin',
    rights: [],
  },
  {
    rule: "French 'nous allons le traiter nous-mêmes' is advice, the way asked",
    subject: 'Suppression',
    body: "Bonjour,\n\nUn de nos adhérents demande la suppression de ses données. Nous allons traiter nous-mêmes, mais où sont les sauvegardes ?\n\nPaul",
    rights: [],
  },
  {
    rule: "German 'können Sie uns beraten?' asks advice, no action of us",
    subject: 'Auskunft',
    body: 'Hallo,\n\neine Patientin will eine Kopie ihrer Akte. Welche Frist gilt da? Können Sie uns beraten?\n\nDr. Weiß',
    rights: [],
  },
  {
    rule: "English 'nothing needed from you' beside a request made to the sender's firm asks nothing",
    subject: 'heads-up',
    body: 'Hi,\n\nA customer asked us to delete his account and his order history. The shop runs on our own server. Nothing needed from you, just so you know.\n\nLiam',
    rights: [],
  },
  {
    rule: "a data subject who can do nothing himself stays erasure",
    subject: 'account',
    body: "Hi,\n\nI can't delete my account myself, the button is gone. Please delete my account and all my data.\n\nLiam",
    rights: ['erasure'],
  },
  {
    rule: "a processor request for a customer's data, 'können Sie ... exportieren', stays access",
    subject: 'Auskunft Kunde',
    body: 'Hallo,\n\nein Kunde von uns verlangt eine Kopie seiner Daten. Können Sie bitte seine Mails aus unserem Postfach exportieren und mir schicken?\n\nMarkus',
    rights: ['access'],
  },
  {
    rule: "English 'one of our applicants ... we'll deal with it ourselves' is advice",
    subject: 'question',
    body: "Hi,\n\nOne of our applicants sent us a subject access request. We'll deal with it ourselves, we just wonder whether interview notes count.\n\nOwen",
    rights: [],
  },
  {
    rule: "a subject that tells who asked, 'Guest asked us to erase him', reports the request; 'nothing needs to happen on your end' asks nothing",
    subject: 'Guest asked us to erase him - anything on your side?',
    body: 'Hi,\n\nA guest of our B&B asked us to erase his booking details. Nothing needs to happen on your end, right?\n\nNora',
    rights: [],
  },
  {
    rule: "English 'a former employee emailed us ... before I reply' is advice",
    subject: 'old file server',
    body: "Hi,\n\nA former employee emailed us asking for a copy of all his personal data. Do you know if our old file server still has his folder? I'd like to be sure before I reply.\n\nGwen",
    rights: [],
  },
  {
    rule: "Dutch 'een oud-medewerker vraagt ... weten jullie hoe lang' is advice",
    subject: 'inzage oud-medewerker',
    body: 'Hoi,\n\nEen oud-medewerker vraagt een kopie van al zijn persoonsgegevens. Weten jullie hoe lang de oude back-ups bewaard blijven?\n\nGroet, Ilse',
    rights: [],
  },
  {
    rule: "Dutch 'een cliënte van onze praktijk ... ik hoef niks te laten doen' is advice",
    subject: 'verwijderen dossier',
    body: 'Hallo,\n\nEen cliënte van onze praktijk wil dat we haar dossier verwijderen. Dat doen we in ons eigen systeem, ik hoef bij jullie niks te laten doen toch?\n\nAnouk',
    rights: [],
  },
  {
    rule: "German 'ein ehemaliger Mitarbeiter verlangt ... wissen Sie, ob' is advice",
    subject: 'Auskunft ehemaliger Mitarbeiter',
    body: 'Hallo,\n\nein ehemaliger Mitarbeiter verlangt Auskunft über seine Daten. Wissen Sie, ob die alten Postfächer noch gesichert sind? Wir beantworten das selbst.\n\nUte',
    rights: [],
  },
  {
    rule: "German 'eine Bewerberin verlangt Auskunft ... wissen Sie, wie lange' is advice",
    subject: 'Bewerberin',
    body: 'Hallo,\n\neine Bewerberin verlangt Auskunft nach Art. 15 DSGVO. Wissen Sie, wie lange wir dafür Zeit haben?\n\nTim',
    rights: [],
  },
  {
    rule: "French 'un ancien salarié nous réclame ... on s'en occupe nous-mêmes' is advice, the deadline confirmed",
    subject: 'Question',
    body: "Bonjour,\n\nUn ancien salarié nous réclame l'accès à ses données. On s'en occupe nous-mêmes, pouvez-vous juste me confirmer le délai ?\n\nLéa",
    rights: [],
  },
  {
    rule: "French 'une candidate nous demande ... savez-vous si' is advice",
    subject: 'Candidate',
    body: "Bonjour,\n\nUne candidate nous demande l'effacement de son dossier. Savez-vous si les sauvegardes sont concernées ?\n\nMarc",
    rights: [],
  },
  {
    rule: "a former employee who names himself so, 'Ich bin ein ehemaliger Mitarbeiter', stays access",
    subject: 'Auskunft',
    body: 'Guten Tag,\n\nich bin ein ehemaliger Mitarbeiter Ihres Kunden. Können Sie mir sagen, welche Daten Sie über mich speichern?\n\nJan Roth',
    rights: ['access'],
  },
  {
    rule: "a former guest asking for himself stays erasure",
    subject: 'my data',
    body: 'Hello,\n\nI am a former guest of your hotel. Please delete all my data. Can you tell me when it is done?\n\nPiet',
    rights: ['erasure'],
  },
  {
    rule: "a processor request beside 'weten jullie hoe lang', 'kunnen jullie ... exporteren', stays access",
    subject: 'oud-medewerker',
    body: 'Hoi,\n\nEen oud-medewerker vraagt om zijn gegevens. Kunnen jullie zijn mailbox exporteren? Weten jullie hoe lang dat duurt?\n\nIlse',
    rights: ['access'],
  },
  {
    rule: "a request forwarded with the forwarder's advice question is the requester's, not his: English",
    subject: 'Fwd: my data',
    body: "Hi,\n\nBelow is a mail from one of our former cleaners. Do we need to reply, and by when? We'll answer it ourselves.\n\nAnna\n\n---------- Forwarded message ---------\nFrom: Tom Brink <tom.b@example.com>\nSubject: my data\n\nPlease send me a copy of all the personal data you hold about me.",
    rights: [],
  },
  {
    rule: "a request forwarded with the forwarder's advice question is the requester's, not his: French",
    subject: 'TR: Mes données',
    body: "Bonjour,\n\nPour information : un client de notre agence nous a écrit ci-dessous. Nous allons répondre nous-mêmes, aucune action de votre part. Devons-nous le faire sous un mois ?\n\nLucie\n\n-------- Message transféré --------\nDe : Marc Rey\nObjet : Mes données\n\nJe souhaite recevoir une copie de toutes mes données.",
    rights: [],
  },
  {
    rule: "a forward that asks us for copies of the requester's data stays access",
    subject: 'Fwd: request from a client',
    body: "Hi,\n\nOne of our clients asked us below what data is kept about her. Could you export her mailbox and send us the copy?\n\nAnna\n\n---------- Forwarded message ---------\nFrom: Eva Dam\n\nI want to know which data you hold about me.",
    rights: ['access'],
  },
  {
    rule: "Dutch 'een patiënt wil dat we ... Moeten we dat doen? ... niet bij jullie' is advice",
    subject: 'vraag',
    body: 'Hoi,\n\nEen cliënt wil dat we haar gegevens verwijderen. Moeten we dat ook echt doen? Alles staat in ons eigen pakket, niet bij jullie.\n\nMarjan',
    rights: [],
  },
  {
    rule: "German 'ein Kunde unserer Kanzlei ... Müssen wir das tun?' is advice",
    subject: 'Löschung',
    body: 'Hallo,\n\nein Mandant unserer Kanzlei verlangt die Löschung seiner Daten. Müssen wir das tun, obwohl die Akte noch läuft? Mit Ihnen hat das nichts zu tun.\n\nGruß, Petra',
    rights: [],
  },
  {
    rule: "the advice question in the subject, the requester in the body, is advice",
    subject: 'Restriction request - what should we do?',
    body: "Hi,\n\nOne of our tenants asked us to restrict processing of his file while he disputes the rent. The file is not in anything you host.\n\nGreg",
    rights: [],
  },
  {
    rule: "French 'comment devons-nous procéder' after a request made to the sender's firm is advice",
    subject: 'Question',
    body: "Bonjour,\n\nUne de nos adhérentes réclame une copie de son dossier complet. Comment devons-nous procéder, et sous quel délai ?\n\nSophie",
    rights: [],
  },
  {
    rule: "French 'j'ai seulement besoin d'un conseil' beside a patient's request to the sender is advice",
    subject: 'conseil',
    body: "Bonjour,\n\nUn patient du cabinet me demande la copie de son dossier. Je peux l'exporter moi-même depuis le logiciel, j'ai seulement besoin d'un conseil pour retrouver ses e-mails.\n\nClaire",
    rights: [],
  },
  {
    rule: "German: an applicant, a clause between, 'verlangt Auskunft', with 'Müssen wir' is advice",
    subject: 'Frage',
    body: 'Hallo,\n\nein Bewerber, den wir nicht eingestellt haben, verlangt Auskunft nach Artikel 15. Müssen wir ihm auch unsere Notizen aus dem Gespräch geben?\n\nGrüße, Jana',
    rights: [],
  },
  {
    rule: "a data subject who names his own data beside 'niet bij jullie' stays erasure",
    subject: 'verwijderen',
    body: 'Hallo,\n\nIk heb geen account meer bij jullie. Verwijder alstublieft al mijn gegevens.\n\nKees',
    rights: ['erasure'],
  },
  {
    rule: "German 'ein Kunde von uns will Auskunft ... wie reagieren wir darauf?' is advice",
    subject: 'Auskunft',
    body: 'Hallo,\n\nein Kunde von uns will per Mail Auskunft zu seinen Daten. Wie reagieren wir darauf, und wie schnell müssen wir antworten?\n\nGruß, Jana',
    rights: [],
  },
  {
    rule: "Dutch 'een leerling heeft me gevraagd ... hoe moet ik dat aanpakken?' is advice",
    subject: 'vraagje',
    body: 'Hoi,\n\nEen leerling heeft me gevraagd haar gegevens uit de leerlingenlijst te halen. Hoe moet ik dat aanpakken?\n\nGroet, Yara',
    rights: [],
  },
  {
    rule: "French 'une cliente m'a demandé d'effacer ... que dois-je lui répondre ?' is advice",
    subject: 'Effacement',
    body: "Bonjour,\n\nUne cliente m'a demandé d'effacer ses coordonnées de mon fichier. Que dois-je lui répondre ?\n\nMerci, Léa",
    rights: [],
  },
];

describe('classifyEmail: advice on a request made to the sender\'s own firm', () => {
  it.each(OWN_HANDLING_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/**
 * Advice on the sender's own request stays no request with the models too: they read a guest's access request told in full
 * ("welke gegevens wij van hem hebben") as one, and a reading of advice is left to the rules. A French requester named as
 * "un ancien client me demande", and the advice asked as "juste un conseil", are read as such. Sentences written for these tests.
 */
describe('classifyEmail: advice on a request made to the sender\'s own firm, with the models', () => {
  it.each([
    {
      subject: 'Inzage door een gast: hoe pakken wij dit aan?',
      body: 'Hoi,\n\nEen gast heeft ons vorige week een inzageverzoek gemaild. Hij wil graag weten welke gegevens wij van hem bewaren van zijn verblijven in 2022 en 2023. Dat zit allemaal in ons eigen boekingsprogramma (niet bij jullie).\n\nIs er bij jullie misschien een voorbeeldbrief, of weten jullie hoeveel tijd wij hebben om te antwoorden? Ik heb dit nog nooit gedaan.\n\nGroetjes,\nSaskia',
    },
    {
      subject: 'Question',
      body: "Bonjour,\n\nUn ancien client me demande l'accès à l'ensemble de ses données. Je m'en occupe moi-même, juste un conseil pour retrouver ses courriels.\n\nMerci,\nPaul",
    },
  ])('reads no request in "$subject"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });
});
