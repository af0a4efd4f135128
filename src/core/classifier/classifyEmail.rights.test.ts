import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';
import { expectDoubtedNo } from './rulesRights.test-support.ts';

/** Natural requests written for these tests: one per right and language, as customers phrase them. */
const REQUESTS: readonly { right: RightLabel; language: 'nl' | 'en' | 'de' | 'fr'; body: string }[] = [
  { right: 'access', language: 'nl', body: 'Beste support,\n\nIk wil graag weten welke persoonsgegevens jullie van mij bewaren.\n\nGroet,\nSanne' },
  { right: 'access', language: 'en', body: 'Hello,\n\nCould you please send me a copy of all personal data you hold about me?\n\nThanks,\nTom' },
  { right: 'access', language: 'de', body: 'Guten Tag,\n\nbitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben.\n\nMit freundlichen Grüßen\nJonas' },
  { right: 'access', language: 'fr', body: 'Bonjour,\n\nPourriez-vous me communiquer une copie des données que vous détenez sur moi ?\n\nCordialement,\nLucie' },
  { right: 'erasure', language: 'nl', body: 'Hallo,\n\nWillen jullie al mijn gegevens uit jullie systemen verwijderen? Ik ben geen klant meer.\n\nMvg, Bram' },
  { right: 'erasure', language: 'en', body: 'Hi,\n\nPlease erase my personal data from your records.\n\nRegards,\nAmy' },
  { right: 'erasure', language: 'de', body: 'Hallo,\n\nich bitte Sie, meine personenbezogenen Daten vollständig zu löschen.\n\nViele Grüße\nLena' },
  { right: 'erasure', language: 'fr', body: 'Bonjour,\n\nJe vous demande de supprimer toutes mes données personnelles.\n\nMerci,\nPaul' },
  { right: 'rectification', language: 'nl', body: 'Hoi,\n\nMijn achternaam is verkeerd gespeld in jullie systeem, het is Jansen met een s. Kunnen jullie dat corrigeren?\n\nGroet, Eva' },
  { right: 'rectification', language: 'en', body: 'Hello,\n\nPlease update my phone number to 06 12345678, the old one is no longer in use.\n\nBest,\nNoah' },
  { right: 'rectification', language: 'de', body: 'Hallo,\n\nmeine Adresse hat sich geändert. Bitte korrigieren Sie meine Anschrift auf Hauptstraße 4, Kleve.\n\nGruß\nMia' },
  { right: 'rectification', language: 'fr', body: 'Bonjour,\n\nMon adresse e-mail est incorrecte dans votre fichier, merci de la corriger.\n\nCordialement,\nHugo' },
  { right: 'restriction', language: 'nl', body: 'Beste,\n\nZolang het geschil over de factuur loopt, wil ik dat jullie mijn gegevens bewaren maar niet meer gebruiken.\n\nGroet, Ali' },
  { right: 'restriction', language: 'en', body: 'Hi,\n\nPlease restrict the processing of my personal data while my complaint about the bill is open.\n\nThanks, Zoe' },
  { right: 'restriction', language: 'de', body: 'Hallo,\n\nbitte schränken Sie die Verarbeitung meiner Daten ein, bis der Streit geklärt ist.\n\nGruß\nTim' },
  { right: 'restriction', language: 'fr', body: 'Bonjour,\n\nJe demande la limitation du traitement de mes données pendant le litige.\n\nCordialement,\nJules' },
  { right: 'objection', language: 'nl', body: 'Hallo,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor profilering. De nieuwsbrief wil ik wel houden.\n\nGroet, Ruud' },
  { right: 'objection', language: 'en', body: 'Hello,\n\nI withdraw my consent for the recording of my calls.\n\nRegards,\nMax' },
  { right: 'objection', language: 'de', body: 'Guten Tag,\n\nich widerspreche der Verarbeitung meiner Daten für Analysezwecke und Tracking.\n\nGrüße\nPia' },
  { right: 'objection', language: 'fr', body: "Bonjour,\n\nJe m'oppose au traitement de mes données à des fins de profilage.\n\nCordialement,\nNina" },
  { right: 'unsubscribe', language: 'nl', body: 'Hoi,\n\nIk wil de nieuwsbrief niet meer ontvangen, graag afmelden.\n\nGroetjes, Iris' },
  { right: 'unsubscribe', language: 'en', body: 'Hi,\n\nPlease take me off your mailing list.\n\nCheers,\nLiam' },
  { right: 'unsubscribe', language: 'de', body: 'Hallo,\n\nbitte tragen Sie mich aus Ihrem Newsletter-Verteiler aus, ich möchte keine Werbung mehr.\n\nGruß\nBen' },
  { right: 'unsubscribe', language: 'fr', body: 'Bonjour,\n\nMerci de me désinscrire de votre newsletter.\n\nCordialement,\nLéa' },
  { right: 'complaint', language: 'nl', body: 'Geachte heer/mevrouw,\n\nIk heb vandaag een klacht ingediend bij de Autoriteit Persoonsgegevens over uw werkwijze.\n\nHoogachtend,\nK. de Boer' },
  { right: 'complaint', language: 'en', body: 'Hello,\n\nI have lodged a complaint with the supervisory authority about how you handled my data.\n\nSam' },
  { right: 'complaint', language: 'de', body: 'Sehr geehrte Damen und Herren,\n\nich habe Beschwerde bei der Datenschutzbehörde eingelegt.\n\nMit freundlichen Grüßen\nK. Braun' },
  { right: 'complaint', language: 'fr', body: "Madame, Monsieur,\n\nJ'ai déposé une plainte auprès de la CNIL concernant vos pratiques.\n\nCordialement,\nM. Roux" },
  { right: 'breach_report', language: 'nl', body: 'Hallo,\n\nIn jullie mail zat per ongeluk de factuur van een andere klant, met naam en adres erop.\n\nGroet, Joost' },
  { right: 'breach_report', language: 'en', body: 'Hi,\n\nYour newsletter was sent with all recipients visible in the CC line, so I can see hundreds of names and addresses.\n\nAnna' },
  { right: 'breach_report', language: 'de', body: 'Hallo,\n\nich habe eine Rechnung eines anderen Kunden mit Name und Anschrift erhalten.\n\nGruß\nOle' },
  { right: 'breach_report', language: 'fr', body: "Bonjour,\n\nJ'ai reçu un courriel destiné à une autre personne, avec son nom et son adresse.\n\nCordialement,\nLuc" },
];

describe('classifyEmail: each right in each language', () => {
  it.each(REQUESTS)('names $right in a natural $language request', ({ right, language, body }) => {
    const result = classifyEmail({ subject: '', body });
    expect(result.isPrivacyRequest).toBe(true);
    expect(result.rights).toContain(right);
    expect(result.language).toBe(language);
    expect(result.evidence.some((item) => item.right === right)).toBe(true);
  });
});

// Shared ingredients and combinations of the eighth pass, each in a sentence of our own.
const SHARED_RULE_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "French 'et si ... transmis' asks whether, it supposes nothing",
    body: "Bonjour,\n\nJe voudrais savoir quelles données vous gardez sur moi depuis mon inscription, et si mon dossier a été transmis à votre partenaire.\n\nMerci,\nOdile",
    rights: ['access'],
  },
  {
    rule: "'vous m'oubliez' tells of being forgotten, it asks no erasure",
    body: "Bonjour,\n\nJ'ai l'impression que vous m'oubliez : ma commande de chaises n'est toujours pas livrée.\n\nCordialement,\nGaston",
    rights: [],
  },
  {
    rule: "'alors que je n'ai jamais' gives no right value",
    body: "Bonjour,\n\nVous m'envoyez des SMS sur mon numéro personnel alors que je n'ai jamais acheté chez vous. D'où tenez-vous ce numéro ?\n\nRémi",
    rights: ['access'],
  },
  {
    rule: "Dutch 'er ligt van alles over mij' is no data left lying about",
    body: 'Hoi,\n\nIk ben vorige maand gestopt als vrijwilliger. Er zal bij jullie nog van alles over mij liggen, zoals mijn adres en een kopie van mijn paspoort. Kunnen jullie dat allemaal verwijderen?\n\nGroet, Sietske',
    rights: ['erasure'],
  },
  {
    rule: "the sender's own 'als ik op afmelden klik' is no newsletter footer",
    body: 'Hallo,\n\nAls ik op afmelden klik krijg ik een foutmelding. Ik wil jullie mails echt niet meer ontvangen.\n\nGroet, Wessel',
    rights: ['unsubscribe'],
  },
  {
    rule: 'all data erased from the mailing list and the other systems is erasure alone',
    body: 'Hello,\n\nPlease erase all the personal data you hold about my late mother, from your mailing lists as well as your billing system.\n\nRegards,\nDorothy',
    rights: ['erasure'],
  },
  {
    rule: 'the sender taken off the newsletter beside all his data is both',
    body: 'Hallo,\n\nbitte nehmt mich aus dem Newsletter und löscht alle meine Daten.\n\nDanke, Konrad',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: 'objecting to a case study in marketing content is objection, not unsubscribe',
    body: 'Hello,\n\nI object to the use of my name and quote in your marketing content about the warehouse project, as I no longer work there.\n\nRegards,\nPercy',
    rights: ['objection'],
  },
  {
    rule: 'objecting to data shared with advertisers is objection, not unsubscribe',
    body: "Hi,\n\nI object to that: don't share my data with advertisers or anyone else for advertising.\n\nThanks,\nGwen",
    rights: ['objection'],
  },
];

describe('classifyEmail: shared rules of the eighth pass', () => {
  it.each(SHARED_RULE_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

// Shared ingredients and combinations of the ninth pass, each in a sentence of our own.
const SHARED_RULE_CASES_NINTH: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'Kundendaten' kept about the sender are his own record, no other people's",
    body: 'Guten Tag,\n\nich möchte alles bekommen, was Sie über mich gespeichert haben: Kundendaten, Verträge und Rechnungen.\n\nGruß, Henrike',
    rights: ['access'],
  },
  {
    rule: "a mail 'adressé à mon nom' reached the sender himself",
    body: "Bonjour,\n\nJe dépose une réclamation auprès de la CNIL au sujet de vos relances. Hier encore, j'ai reçu une lettre de votre agence adressée à mon nom.\n\nMarcel",
    rights: ['complaint'],
  },
  {
    rule: "a name misspelt on the invoices is a rectification, the name is no firm's billing data",
    body: "Bonjour,\n\nMon nom est mal orthographié sur toutes vos factures : c'est Lefèvre, pas Lefebvre. Merci de le corriger.\n\nÉliane Lefèvre",
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'het leveren van de dienst' delivers a service, not a copy",
    body: 'Beste,\n\nIk maak bezwaar tegen het gebruik van mijn gegevens voor marktanalyse; mijn gegevens zijn bedoeld voor het leveren van de dienst.\n\nGroet, Ruud',
    rights: ['objection'],
  },
  {
    rule: "'people google my name' in an erasure request reports no leak",
    body: 'Hello,\n\nWhen people google my name, your forum thread about me is the first hit. Please delete my name and my posts from that forum.\n\nThanks,\nIsobel',
    rights: ['erasure'],
  },
  {
    rule: "'he left the club' tells of leaving, no data left lying about",
    body: 'Hello,\n\nPlease erase all personal data about my son, who left the club in June, including the staff notes.\n\nRegards,\nNadine',
    rights: ['erasure'],
  },
  {
    rule: "'Instead of replying, you passed my name on' gives no right value",
    body: 'Dear Sir or Madam,\n\nInstead of replying to my letter, you passed my name on to a collection agency. I am filing a formal complaint with the data protection authority.\n\nYours,\nGideon',
    rights: ['complaint'],
  },
  {
    rule: "'if an applicant asks' supposes a request, it makes none",
    body: 'Hi,\n\nQuick question about our hiring process: if an applicant asks you to delete all their data, do you do that within a month?\n\nThanks,\nMorag',
    rights: [],
  },
  {
    rule: "'I do not want you to delete the recording' keeps it: restriction, not objection",
    body: 'Hello,\n\nHowever, I do not want you to delete the recording: I may need it later as proof. Please keep it, but do not use it for anything else.\n\nRegards,\nTobias',
    rights: ['restriction'],
  },
  {
    rule: "'fix the router' mends a device, it corrects no data (the number given to a neighbour is a breach told)",
    body: 'Hello,\n\nYour technician who came to fix the router gave my private phone number to my neighbour. I am lodging a complaint with the data protection authority.\n\nRegards,\nAmos',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "'fix that in your system' still asks the correction named beside it",
    body: 'Hi,\n\nCould you fix that in your system? My surname is Park, not Parker.\n\nThanks,\nHelga',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'alles wat jullie sturen' names the mailings, it asks no copy",
    body: 'Hoi,\n\nMeld me af voor alles wat jullie sturen en verwijder mijn gegevens.\n\nGroet, Fenna',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: 'a folder left at a petrol station with a client list is a breach report',
    body: 'Hello,\n\nYour driver left a folder with our client list and their phone numbers at the petrol station.\n\nRegards,\nIngrid',
    rights: ['breach_report'],
  },
  {
    rule: "one invoice sent to the new address is the firm's billing, no rectification",
    body: "Bonjour,\n\nMerci d'envoyer la facture de résiliation à ma nouvelle adresse : 3 rue des Lilas, 35000 Rennes.\n\nCordialement,\nYvette",
    rights: [],
  },
  {
    rule: "Dutch 'het nieuwe schooljaar' gives no new value beside the addresses shown",
    body: 'Beste,\n\nSinds het nieuwe schooljaar staat in het ouderportaal een lijst van alle leerlingen met hun woonadres, zichtbaar voor iedereen. Ik meld dit hierbij als datalek.\n\nGroet, Marloes',
    rights: ['breach_report'],
  },
  {
    rule: "'my new home address is' still gives the new value",
    body: 'Hello,\n\nPlease update my address in your records. My new home address is 12 Elm Road, Leeds.\n\nThanks,\nCarys',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'er staan de naam ... van een andere patiënt op' tells what a letter carries: a breach report",
    body: 'Hallo,\n\nJullie brief van gisteren kwam bij ons binnen. Er staan de naam en het telefoonnummer van een andere patiënt op.\n\nGroet, Wim',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'er staan klantgegevens op' our own computer reports no leak",
    body: 'Hoi,\n\nOnze oude pc gaat de deur uit. Er staan nog klantgegevens op, kunnen jullie de schijf wissen?\n\nGroet, Els',
    rights: [],
  },
  {
    rule: "'mein Benutzerkonto' is the sender's own account to erase, not IT work",
    body: 'Hallo,\n\nich brauche den Webshop nicht mehr. Bitte löschen Sie mein Benutzerkonto und alle meine Daten.\n\nDanke, Petra',
    rights: ['erasure'],
  },
  {
    rule: "a deletion the sender was told of ('hat mir mitgeteilt, dass ... gelöscht wird') is not asked",
    body: 'Guten Tag,\n\nmein früherer Arbeitgeber hat mir mitgeteilt, dass mein Benutzerkonto und alle meine Daten bei Ihnen gelöscht werden.\n\nGruß, Jan',
    rights: [],
  },
  {
    rule: "'This is a serious data breach' beside a complaint reports the breach too",
    body: 'Hello,\n\nYesterday your courier handed my parcel to a stranger at the station. This is a serious data breach. I am filing a complaint with the ICO.\n\nRegards, Lionel',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "'a breach of contract' is no data breach",
    body: 'Hello,\n\nYou delivered the sofa two weeks late. That is a breach of contract and I want a refund.\n\nRegards, Lionel',
    rights: [],
  },
];

describe('classifyEmail: shared rules of the ninth pass', () => {
  it.each(SHARED_RULE_CASES_NINTH)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** Sentences of our own for the shared rules of the eleventh pass. */
const SHARED_RULE_CASES_ELEVENTH: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'un excellent souvenir' names no spreadsheet: access without portability",
    body: "Bonjour,\n\nJ'ai gardé un excellent souvenir de votre équipe. J'aimerais savoir quelles données vous avez encore sur moi.\n\nCordialement,\nAline",
    rights: ['access'],
  },
  {
    rule: "a YouTube channel is no Teams channel: erasure is not IT work",
    body: 'Hi,\n\nI left the firm last year. Please delete my personal data, including the interview video of me on your YouTube channel.\n\nThanks, Rory',
    rights: ['erasure'],
  },
  {
    rule: 'leaving a Teams channel stays IT work',
    body: 'Hi,\n\nPlease remove me from the Sales Teams channel, I moved to finance.\n\nThanks, Rory',
    rights: [],
  },
  {
    rule: "'damit ich sie zu meinem neuen Anbieter mitnehmen kann' is a copy for the sender, not a direct transfer",
    body: 'Hallo,\n\nbitte schicken Sie mir alle meine Daten als CSV-Datei, damit ich sie zu meinem neuen Anbieter mitnehmen kann.\n\nGruß, Ute',
    rights: ['access', 'portability'],
  },
  {
    rule: "'übertragen Sie ... zu meinem neuen Anbieter' is still a direct transfer",
    body: 'Hallo,\n\nbitte übertragen Sie meine Daten direkt zu meinem neuen Anbieter Mailwerk GmbH.\n\nGruß, Ute',
    rights: ['portability'],
  },
  {
    rule: "'beschwere ich mich bei der Datenschutzbehörde' is a complaint",
    body: 'Sehr geehrte Damen und Herren,\n\nauf meine Auskunftsanfrage kam keine Antwort. Deshalb beschwere ich mich heute bei der Datenschutzbehörde.\n\nGruß, Kai',
    rights: ['complaint'],
  },
  {
    rule: 'a video published without consent, told as the ground of a complaint already filed, is no objection',
    body: "Madame, Monsieur,\n\nJe vous informe que j'ai déposé une plainte auprès de la CNIL au sujet de la vidéo de moi publiée sur votre site sans que mon accord ait été demandé.\n\nCordialement,\nYves",
    rights: ['complaint'],
  },
  {
    rule: "'rien d'autre qu'une réponse automatique' is the sender's word, not an automatic reply",
    body: "Nous n'avons reçu rien d'autre qu'une réponse automatique. Merci de supprimer mes données personnelles.\n\nMina",
    rights: ['erasure'],
  },
  {
    rule: "'my old job' is an employer, not a contact detail to put right",
    body: 'Hi,\n\nI keep getting your newsletter. Someone at my old job signed me up, I think. Please stop sending me the newsletter.\n\nThanks, Dev',
    rights: ['unsubscribe'],
  },
  {
    rule: "'customer insight analytics' asks no insight into one's data",
    body: 'Hello,\n\nYour privacy notice mentions customer insight analytics built from my support tickets. I object to this processing under Article 21.\n\nRegards, Ines',
    rights: ['objection'],
  },
  {
    rule: "'insight into my personal data' still asks access",
    body: 'Hello,\n\nI would like insight into my personal data: what do you store about me?\n\nRegards, Ines',
    rights: ['access'],
  },
  {
    rule: 'an objection to processing beyond what is needed to deliver a contract asks no copy',
    body: 'Hello,\n\nI object to any processing of my personal data beyond what you need to deliver the maintenance contract.\n\nRegards, Ines',
    rights: ['objection'],
  },
  {
    rule: "not to be 'profiled' by a sales team is objection, not leaving a mailing",
    body: 'Dear Sir or Madam,\n\nYou keep my contact details in your CRM although I no longer work for your customer. I object to this processing, and I do not want to be approached or profiled by your sales team.\n\nRegards, Lukas',
    rights: ['objection'],
  },
  {
    rule: 'clearing a shared calendar is IT work, not erasure',
    body: 'Hoi,\n\nKunnen jullie alles van voor 2024 uit de gedeelde teamagenda en de agenda van de vergaderzaal verwijderen?\n\nGroet, Kees',
    rights: [],
  },
  {
    rule: 'all my data erased, appointments in the calendar included, is still erasure',
    body: 'Hoi,\n\nKunnen jullie al mijn gegevens verwijderen, ook mijn afspraken in jullie agenda?\n\nGroet, Kees',
    rights: ['erasure'],
  },
];

describe('classifyEmail: shared rules of the eleventh pass', () => {
  it.each(SHARED_RULE_CASES_ELEVENTH)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });

  // A company's own data put right is read and set aside: the rules' "no" is doubted and left to them, not to the models.
  it.each([
    'Goedemiddag,\n\nHet KvK-nummer op jullie offerte klopt niet, het moet 12345678 zijn. Kunnen jullie dat aanpassen?\n\nGroet, Femke',
    'Hello,\n\nOur company name is misspelt on your reference page: it is Brightwater Ltd, not Brightwatter. Could you correct that?\n\nThanks, Owen',
  ])('company data put right is no rectification: %s', (body) => {
    expectDoubtedNo('', body);
  });

  // An applicant consenting to his papers being kept asks nothing: read and set aside, the rules' "no" stays with them.
  it.each([
    'Beste,\n\nHierbij solliciteer ik naar de functie van netwerkbeheerder; mijn cv zit in de bijlage. Ik geef toestemming om mijn gegevens een jaar te bewaren voor andere vacatures.\n\nGroet, Sem',
    'Sehr geehrte Damen und Herren,\n\nanbei meine Bewerbung als Systemadministratorin. Ich bin damit einverstanden, dass meine Unterlagen ein Jahr für weitere Stellen gespeichert werden.\n\nGrüße, Lea',
  ])('consent to keep an application is no request: %s', (body) => {
    expectDoubtedNo('', body);
  });

  it.each([
    { body: 'Beste,\n\nIk geef geen toestemming om mijn gegevens te bewaren. Verwijder mijn cv en gegevens na de procedure.\n\nGroet, Sem', rights: ['erasure'] },
    { body: "Hello,\n\nI'm happy to keep receiving your service updates, but please delete my personal data from your marketing tool.\n\nBest, Jo", rights: ['erasure', 'unsubscribe'] },
  ])('consent refused, or the sender keeping his mail, still asks: $body', ({ body, rights }) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(rights);
  });

  it("a person's own name put right is still rectification", () => {
    const body = 'Hallo,\n\nmein Name ist in Ihrem System falsch geschrieben, richtig ist Meier mit ei. Bitte korrigieren Sie das.\n\nGruß, Jana Meier';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['rectification']);
  });
});

/** Sentences of our own for the shared rules of the fourteenth pass. */
const SHARED_RULE_CASES_FOURTEENTH: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "one's own personal documents shown to customers are a breach beside the complaint",
    body: 'Hello,\n\nI have lodged a complaint with the ICO because your technician filmed my desk, my personal documents included, and posted the clip in a group chat with other customers.\n\nRegards, Nadia',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "a former employee's own documents to export are no breach",
    body: 'Hallo,\n\nein ehemaliger Mitarbeiter hat uns aufgefordert, ihm seine persönlichen Unterlagen aus seinem OneDrive als ZIP zu schicken. Können Sie die Dateien exportieren?\n\nGruß, Petra',
    rights: [],
  },
  {
    rule: "one's own name wrong on the invoices is rectification, not company data",
    body: 'Guten Tag,\n\nauf Ihren Rechnungen steht mein Name als Schmit. Richtig ist Schmidt. Bitte ändern Sie das.\n\nGruß, Eva Schmidt',
    rights: ['rectification'],
  },
  {
    rule: "a calling list is a mailing: my number off it is an unsubscribe, not an erasure",
    body: 'Goedemiddag,\n\nIk heb vorige maand al gevraagd of jullie mijn nummer konden schrappen uit het belbestand van jullie verkopers. Toch bellen ze nog steeds.\n\nGroet, Wim',
    rights: ['unsubscribe'],
  },
  {
    rule: "a mortgage porting application is no number porting: the correction and its restriction stand",
    body: 'Hello,\n\nYour letter on my mortgage porting application gives a wrong income. Please correct my income on your records, and until then do not use the wrong figure for my porting application.\n\nRegards, Tess',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: 'porting my number to another operator is still no portability',
    body: 'Hi,\n\nI am porting my number to another operator next week. Please send the transfer code.\n\nThanks, Abe',
    rights: [],
  },
  {
    rule: 'an unsubscribe confirmation kept as proof does not cancel the complaint announced beside it',
    body: 'Hello,\n\nYour mails keep coming although I left your list twice. I have saved every unsubscribe confirmation and will be filing a complaint with the ICO about this.\n\nRegards, Ben',
    rights: ['unsubscribe', 'complaint'],
  },
];

describe('classifyEmail: shared rules of the fourteenth pass', () => {
  it.each(SHARED_RULE_CASES_FOURTEENTH)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

const MOVING_UNDER_CONTRACT_CASES: { rule: string; subject: string; body: string; rights: string[] }[] = [
  {
    rule: 'a new home address given for a car insurance named in another sentence is routine',
    subject: 'Umzug',
    body: 'Guten Tag,\n\nab dem 1. Mai wohne ich in Kassel. Meine neue Anschrift lautet: Lindenweg 4, 34117 Kassel.\n\nBitte ändern Sie das auch für meine Kfz-Versicherung.\n\nGruß, Tim Roth',
    rights: [],
  },
  {
    rule: 'a new home address leaned on by a follow-up that names the home insurance is routine',
    subject: 'Nouvelle adresse',
    body: 'Bonjour,\n\nMa nouvelle adresse est 3 rue des Lilas, 35000 Rennes. Merci de la modifier pour mon assurance habitation.\n\nCordialement, Léa',
    rights: [],
  },
  {
    rule: 'a new home address told to us without a contract is still rectification',
    subject: 'Umzug',
    body: 'Guten Tag,\n\nab dem 1. Mai wohne ich in Kassel. Meine neue Anschrift lautet: Lindenweg 4, 34117 Kassel.\n\nBitte ändern Sie das in Ihrem Kundenportal.\n\nGruß, Tim Roth',
    rights: ['rectification'],
  },
  {
    rule: 'a new mail address under an insurance is still rectification',
    subject: 'New email',
    body: 'Hello,\n\nMy new email address is tom.berg@example.org. Please update it for my home insurance.\n\nThanks, Tom',
    rights: ['rectification'],
  },
  {
    rule: 'a misspelt name on a health insurance is still rectification',
    subject: 'Naam',
    body: 'Hallo,\n\nMijn achternaam is verkeerd gespeld: het is Smits, niet Smit. Dit staat zo op mijn zorgverzekering.\n\nGroet, Anne',
    rights: ['rectification'],
  },
];

describe('classifyEmail: moving house under a contract', () => {
  it.each(MOVING_UNDER_CONTRACT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

const REMOVE_ME_BESIDE_MAILINGS_CASES: { rule: string; body: string; rights: string[] }[] = [
  {
    rule: "a bare 'Remove me now.' after the mailings named in another sentence leaves them",
    body: 'Hello,\n\nI already asked twice to be taken off your promotional emails, yet another one arrived this morning.\n\nRemove me now.\n\nRegards, Oscar',
    rights: ['unsubscribe'],
  },
  {
    rule: "'Verwijder mij' after the newsletter named in the sentence before is no erasure",
    body: 'Hallo,\n\nIk krijg nog steeds jullie nieuwsbrief. Verwijder mij alstublieft.\n\nGroet, Kees',
    rights: ['unsubscribe'],
  },
  {
    rule: 'remove me from all your systems and delete everything stays erasure beside the newsletter',
    body: 'Hi,\n\nYour newsletter still reaches me every week.\n\nRemove me from all your systems and delete everything.\n\nOscar',
    rights: ['erasure'],
  },
  {
    rule: 'remove me from your systems without a mailing is erasure',
    body: 'Hallo,\n\nVerwijder mij alstublieft uit jullie systemen.\n\nGroet, Kees',
    rights: ['erasure'],
  },
];

describe('classifyEmail: remove me beside the mailings', () => {
  it.each(REMOVE_ME_BESIDE_MAILINGS_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

const SHARED_PRECISION_CASES: { rule: string; body: string; rights: string[] }[] = [
  {
    rule: "a firm's draft acknowledging the erasure request it received asks nothing",
    body: 'Hoi Eva,\n\nMijn concept voor de brief:\n\nWij hebben het verzoek van de heer Smit tot verwijdering van zijn persoonsgegevens ontvangen op 3 maart.\n\nGroet, Lotte',
    rights: [],
  },
  {
    rule: 'a request passed on to us as processor still asks',
    body: 'Hoi,\n\nWe kregen een verzoek van een klant die wil dat we al zijn gegevens verwijderen. Kunnen jullie zijn gegevens ook uit de back-ups verwijderen?\n\nGroet, Bram',
    rights: ['erasure'],
  },
  {
    rule: "consent given 'in writing' withdraws nothing in English",
    body: 'Hello,\n\nWe keep the consent forms in writing in the client folder, as agreed at the last audit.\n\nBest, Tom',
    rights: [],
  },
  {
    rule: "Dutch consent 'in te trekken' is still withdrawn",
    body: 'Beste,\n\nHierbij wil ik mijn toestemming voor het gebruik van mijn foto in trekken.\n\nGroet, Anouk',
    rights: ['objection'],
  },
  {
    rule: "'und möchte nicht, dass Sie ... speichern' beside an erasure adds no rectification",
    body: 'Guten Tag,\n\nich kündige mein Kundenkonto und möchte nicht, dass Sie meine Adresse weiter speichern. Bitte löschen Sie mein Konto.\n\nGruß, Jonas',
    rights: ['erasure'],
  },
  {
    rule: "'hier' far from 'afmelden' makes no footer of the sender's own request",
    body: 'afmelden aub voor de nieuwsbrief, ik woon hier al 3 jaar niet meer\n\nPiet',
    rights: ['unsubscribe'],
  },
  {
    rule: "the sender's own 'répondre STOP ne marche pas' makes no SMS footer of the request",
    body: 'bonjour, vos sms promo arrivent chaque semaine, je ne veux plus les recevoir. répondre STOP ne marche pas. merci',
    rights: ['unsubscribe'],
  },
  {
    rule: "an SMS footer 'répondre STOP au' asks nothing",
    body: 'Promo de printemps : -30 % sur tout le magasin ce week-end ! Pour vous désinscrire, répondre STOP au 36100.',
    rights: [],
  },
];

/** An entry the sender says is wrong, asked to be put right in words that name no data of his: rectification. */
const CONTESTED_ENTRY_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'Please correct the entry' puts a wrong record right",
    body: 'Hello,\n\nYour CRM says I ordered a server in May, which I never did. Please correct the entry.\n\nKind regards, Paul',
    rights: ['rectification'],
  },
  {
    rule: "'ik wil dat dit gecorrigeerd wordt' puts a wrong record right",
    body: 'Beste,\n\nIn mijn klantdossier staat dat ik twee keer te laat betaalde. Dat is niet zo. Ik wil dat dit gecorrigeerd wordt.\n\nGroet, Sanne',
    rights: ['rectification'],
  },
  {
    rule: "'je vous demande de la corriger' puts a wrong record right",
    body: "Bonjour,\n\nVotre fiche indique que j'ai annulé le rendez-vous, ce qui est faux. Je vous demande de la corriger.\n\nCordialement, Luc",
    rights: ['rectification'],
  },
  {
    rule: "'verlange dessen Berichtigung' puts a wrong record right",
    body: 'Guten Tag,\n\nIm Protokoll steht, ich hätte den Termin abgesagt. Das stimmt nicht, und ich verlange dessen Berichtigung.\n\nGruß, Petra',
    rights: ['rectification'],
  },
  {
    rule: 'a DNS record to correct is IT work, not a contested entry',
    body: 'Hi team,\n\nPlease correct the DNS record for the mail server before Friday.\n\nThanks, Bob',
    rights: [],
  },
];

describe('classifyEmail: contested entries put right', () => {
  it.each(CONTESTED_ENTRY_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** Colleagues joking with a right's name ask nothing; not wishing to be contacted for sales leaves the mailings. */
const BANTER_AND_NO_CONTACT_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "a birthday joke with 'Recht auf Vergessenwerden' asks nothing",
    body: 'Liebe Kollegen,\n\nzum Geburtstag beantrage ich das Recht auf Vergessenwerden: bitte keine Torte, keine Luftballons.\n\nJonas',
    rights: [],
  },
  {
    rule: "'haha' and a birthday beside 'droit à l'oubli' ask nothing",
    body: "Salut,\n\nhaha, j'exerce mon droit à l'oubli pour mon anniversaire, pas de gâteau cette année !\n\nMarc",
    rights: [],
  },
  {
    rule: 'a birthday and a joke beside an erasure in plain words keep it',
    body: 'Hallo,\n\nJullie stuurden me voor mijn verjaardag een kortingsbon, haha. Verwijder al mijn gegevens uit jullie systemen.\n\nKees',
    rights: ['erasure'],
  },
  {
    rule: "'I do not wish to be contacted for marketing purposes' leaves the mailings",
    body: 'Dear team,\n\nI do not wish to be contacted for marketing purposes.\n\nAnna',
    rights: ['unsubscribe'],
  },
  {
    rule: "'je ne souhaite pas être contacté par vos commerciaux' leaves the mailings",
    body: 'Bonjour,\n\nJe ne souhaite pas être contacté par vos commerciaux.\n\nPaul',
    rights: ['unsubscribe'],
  },
  {
    rule: "'ich wünsche keine Werbung' leaves the mailings",
    body: 'Hallo,\n\nich habe kein Interesse. Ich wünsche keine Werbung von Ihnen.\n\nGruß, Ute',
    rights: ['unsubscribe'],
  },
  {
    rule: "'keine Rechnung per Post' is no unsubscribe",
    body: 'Hallo,\n\nich möchte keine Rechnung per Post, nur per E-Mail.\n\nGruß, Ute',
    rights: [],
  },
  {
    rule: 'not wishing to be contacted by an engineer early is no unsubscribe',
    body: 'Hi,\n\nI do not wish to be contacted by the engineer before 9 am.\n\nAnna',
    rights: [],
  },
];

describe('classifyEmail: banter and no contact wished', () => {
  it.each(BANTER_AND_NO_CONTACT_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** A leak the sender names as such in a clause or as what he reports, and contact forbidden. */
const NAMED_LEAK_AND_FORBIDDEN_CONTACT_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'I am reporting this to you as a data breach' reports a breach",
    body: 'Hello,\n\nYour engineer talked about my file at the client party last night. I am reporting this to you as a data breach.\n\nMaria',
    rights: ['breach_report'],
  },
  {
    rule: "'ik meld u dat dit een datalek is' reports a breach",
    body: 'Beste,\n\nUw monteur heeft mijn wachtwoord op een briefje bij de buren achtergelaten. Ik meld u hierbij dat dit een datalek is.\n\nFenna',
    rights: ['breach_report'],
  },
  {
    rule: "'this was a leak of my health details' reports a breach",
    body: 'Dear team,\n\nYour helpdesk forwarded my sick note to my manager. This was a leak of my health details.\n\nTom',
    rights: ['breach_report'],
  },
  {
    rule: 'staff asking whether to report a phishing mail as a data breach report nothing',
    body: 'Hi all,\n\nA phishing mail reached two colleagues. Do we need to report this as a data breach?\n\nEva',
    rights: [],
  },
  {
    rule: "'a serious breach of my privacy' names no leak",
    body: 'Hello,\n\nYour technician mocked my holiday photos during the remote session. That is a serious breach of my privacy and I want an apology.\n\nAndrea',
    rights: [],
  },
  {
    rule: "'ich untersage Ihnen jede weitere werbliche Kontaktaufnahme' leaves the mailings",
    body: 'Sehr geehrte Damen und Herren,\n\nich untersage Ihnen jede weitere werbliche Kontaktaufnahme.\n\nMit freundlichen Grüßen\nKarin',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: leaks named and contact forbidden', () => {
  it.each(NAMED_LEAK_AND_FORBIDDEN_CONTACT_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** A service dispute taken to an ombudsman is no privacy complaint; a complaint to the authority beside it, or a restriction while it runs, still counts. */
const OMBUDSMAN_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'taking a billing dispute to the Energy Ombudsman is no complaint',
    body: 'Dear team,\n\nYou charged me twice for March. If this is not sorted I will take it to the Energy Ombudsman.\n\nRuth',
    rights: [],
  },
  {
    rule: 'a complaint lodged with the AP beside a step to the Geschillencommissie still counts',
    body: 'Beste,\n\nIk heb een klacht ingediend bij de Autoriteit Persoonsgegevens over mijn gegevens. Over de rekening stap ik ook naar de Geschillencommissie.\n\nJoost',
    rights: ['complaint'],
  },
  {
    rule: 'data kept unused until the Geschillencommissie decides is still restriction',
    body: 'Beste,\n\nBewaar mijn gegevens, maar gebruik ze niet meer totdat de Geschillencommissie heeft beslist.\n\nJoost',
    rights: ['restriction'],
  },
];

describe('classifyEmail: service disputes taken to an ombudsman', () => {
  it.each(OMBUDSMAN_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });

  it("reads the ombudsman step and sets it aside, so the rules' 'no' is a doubted one", () => {
    const result = classifyEmail({ subject: '', body: OMBUDSMAN_CASES[0]?.body ?? '' }, { rulesAlone: true });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });
});

/** A copy of one's contract or invoice is paperwork: read and set aside, so the rules' "no" is a doubted one; a copy of one's data beside it still asks. */
const PAPERWORK_COPY_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[]; doubted: boolean }[] = [
  {
    rule: "'a copy of my contract' asks no access, and the 'no' is doubted",
    body: 'Hello,\n\nCould you send me a copy of my contract? I want to check the notice period.\n\nMia',
    rights: [],
    doubted: true,
  },
  {
    rule: "'une copie de mon contrat' asks no access, and the 'no' is doubted",
    body: 'Bonjour,\n\nJe souhaite une copie de mon contrat.\n\nNina',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a copy of all data held beside a copy of the contract still asks access',
    body: 'Beste,\n\nStuur me een kopie van mijn contract. Stuur me ook een kopie van alle persoonsgegevens die jullie over mij hebben.\n\nLoes',
    rights: ['access'],
    doubted: false,
  },
];

describe('classifyEmail: copies of paperwork', () => {
  it.each(PAPERWORK_COPY_CASES)('$rule', ({ body, rights, doubted }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(doubted);
  });
});

/** The firm telling the sender it passed his request on is a request told of: read and set aside, so the rules' "no" is a doubted one. */
const PASSED_ON_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[]; doubted: boolean }[] = [
  {
    rule: "'I have forwarded your erasure request to our privacy officer' asks nothing, and the 'no' is doubted",
    body: 'Dear Mr Hill,\n\nThanks for your mail. I have forwarded your erasure request to our privacy officer; you will hear from us within a month.\n\nKind regards,\nService Desk',
    rights: [],
    doubted: true,
  },
  {
    rule: "'Ihre Anfrage ... haben wir ... weitergeleitet' asks nothing, and the 'no' is doubted",
    body: 'Sehr geehrte Frau Roth,\n\nIhre Anfrage zur Auskunft haben wir an unseren Datenschutzbeauftragten weitergeleitet.\n\nMit freundlichen Grüßen\nServicedesk',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a sender who forwarded his own request before and asks now still asks',
    body: 'Hello,\n\nI forwarded my request to your privacy officer last week. Please delete all personal data you hold about me.\n\nSam',
    rights: ['erasure'],
    doubted: false,
  },
];

describe('classifyEmail: requests passed on by the firm', () => {
  it.each(PASSED_ON_CASES)('$rule', ({ body, rights, doubted }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(doubted);
  });
});

/** Keeping nothing about the sender, asked in plain words, is erasure in all four languages. */
const KEEP_NOTHING_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  { rule: "'ne rien garder me concernant' erases", body: 'Bonjour,\n\nJe quitte votre service. Merci de ne rien garder me concernant.\n\nClaire', rights: ['erasure'] },
  { rule: "'keep nothing about me' erases", body: 'Hi,\n\nI have left the club. Please keep nothing about me.\n\nOwen', rights: ['erasure'] },
  { rule: "'bewaar niets meer van mij' erases", body: 'Hallo,\n\nik ben geen klant meer. Bewaar niets meer van mij.\n\nIlse', rights: ['erasure'] },
  { rule: "'speichern Sie nichts mehr über mich' erases", body: 'Guten Tag,\n\nich bin kein Kunde mehr. Bitte speichern Sie nichts mehr über mich.\n\nUwe', rights: ['erasure'] },
];

describe('classifyEmail: nothing kept about the sender', () => {
  it.each(KEEP_NOTHING_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** Calls of the sender's own, not wanted for a use, are objected to; calls not wanted at all are sales calls. */
const OWN_CALLS_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'tickets and calls not wanted for AI analysis object',
    body: 'Dear team,\n\nI read that you analyse support calls with AI. I do not want my tickets or calls with you used for that analysis.\n\nNora',
    rights: ['objection'],
  },
  { rule: 'no more calls to my number leaves the calls', body: 'Hi,\n\nI do not want any more calls to my mobile number.\n\nNora', rights: ['unsubscribe'] },
  { rule: 'no more calls from the sales team leaves the calls', body: 'Hi,\n\nI do not want any more calls from your sales team.\n\nNora', rights: ['unsubscribe'] },
];

describe("classifyEmail: calls of the sender's own", () => {
  it.each(OWN_CALLS_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

describe('classifyEmail: shared precision phrases', () => {
  it.each(SHARED_PRECISION_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** Shared words read in their sense: "old" of a detail still used, "telefonisch" of being called, "opnieuw" beside asking, footers asked of the reader. */
const SHARED_SENSE_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "old emails asked for as a copy are no wrong value",
    body: 'Hello,\n\nI worked in your support team until last year. Please send me a copy of my personal data, including the old emails in my name that you still keep.\n\nRegards,\nDaniel',
    rights: ['access'],
  },
  {
    rule: 'bills still sent to my old address are corrected',
    body: 'Hi,\n\nYou are still sending the bills to my old home address. I moved in spring, so please update it to Dorpsstraat 3, Ede.\n\nThanks,\nGreta',
    rights: ['rectification'],
  },
  {
    rule: "'zoals telefonisch besproken' is no sales call",
    body: 'Beste,\n\nZoals telefonisch besproken wil ik niet dat de openstaande factuur naar een incassobureau gaat zolang we hierover praten.\n\nGroet,\nHenk',
    rights: [],
  },
  { rule: "'niet meer telefonisch benaderd' leaves the calls", body: 'Hallo,\n\nIk wil niet meer telefonisch benaderd worden voor aanbiedingen.\n\nGroet,\nHenk', rights: ['unsubscribe'] },
  {
    rule: "the salutation of one's invoices is one's own data",
    body: "Hallo,\n\nAl jullie facturen beginnen met 'Geachte mevrouw Vos', maar ik ben een man. Kunnen jullie dat aanpassen?\n\nGroet,\nRobin Vos",
    rights: ['rectification'],
  },
  {
    rule: "a letter received 'opnieuw' renews no earlier erasure",
    body: 'Geachte heer,\n\nIn januari heb ik gevraagd mijn gegevens te wissen. U bevestigde dat. Vandaag ontving ik opnieuw een brief van u. Ik heb daarom een klacht ingediend bij de Autoriteit Persoonsgegevens.\n\nJ. Smit',
    rights: ['complaint'],
  },
  {
    rule: "'ik vraag u opnieuw' renews the earlier erasure",
    body: 'Geachte heer,\n\nIn januari heb ik gevraagd mijn gegevens te wissen. Ik vraag u opnieuw om dat te doen.\n\nJ. Smit',
    rights: ['erasure'],
  },
  {
    rule: "the sender's own 'I still don't want these emails' is no footer",
    body: "Hi,\n\nThe unsubscribe link in your newsletter gives an error. I still don't want these emails, please take me off by hand.\n\nMark",
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'je gegevens' in a newsletter is the reader's data, not the sender's",
    body: 'Beste lezer,\n\nJe mag weten wat een bedrijf over je bewaart. Met onze voorbeeldbrief laat je foute gegevens aanpassen of je gegevens verwijderen.\n\nRedactie',
    rights: [],
  },
  {
    rule: "'the current term' gives no new value",
    body: 'Hello,\n\nI am closing my little shop. Please close my account at the end of the current term and keep nothing about me: my name, my address and the old messages.\n\nOlga',
    rights: ['erasure'],
  },
  {
    rule: "'ik vind het niet meer goed dat' refuses a use, no value is wrong",
    body: 'Hallo,\n\nVorig jaar stond ik in jullie klantverhaal. Ik werk daar niet meer en ik vind het niet meer goed dat mijn naam en foto daarvoor gebruikt worden.\n\nGroet,\nMarieke',
    rights: ['objection'],
  },
  {
    rule: 'data shared with third parties objected to beside a phone service is objection',
    body: 'Dear team,\n\nYour supplier now sends me its own offers. I object to my name and number being shared with third parties for anything but the phone service I pay for.\n\nRegards,\nPiet',
    rights: ['objection'],
  },
  {
    rule: 'a copy of my own identity document is the detail a short follow-up asks to delete',
    body: 'Hello,\n\nDo you still keep the scan of my passport I sent when I signed the lease? If so, please get rid of it now.\n\nBest,\nOwen',
    rights: ['erasure'],
  },
  {
    rule: 'a copy of my driving licence is no software licence',
    body: 'Hi,\n\nYour rental desk took a copy of my driving licence in March. I would like you to delete it.\n\nCheers,\nLiam',
    rights: ['erasure'],
  },
  {
    rule: "'meine Ausweiskopie' is the sender's own detail too",
    body: 'Hallo,\n\nliegt bei Ihnen noch meine Ausweiskopie aus dem Mietvertrag? Wenn ja, löschen Sie sie bitte.\n\nGruß\nJan',
    rights: ['erasure'],
  },
  {
    rule: 'my address sent to the wrong person is a disclosure, not a wrong value',
    body: 'Hello,\n\nYour courier service emailed my home address and phone number to the wrong person yesterday.\n\nRegards,\nNina',
    rights: ['breach_report'],
  },
  {
    rule: "'don't want these emails' names a mailing the sender leaves",
    body: "Hi,\n\nI really don't want these emails any more. Please just remove me.\n\nThanks,\nRuth",
    rights: ['unsubscribe'],
  },
  {
    rule: "'ich möchte diese E-Mails nicht mehr' with 'entfernen Sie mich' leaves a mailing",
    body: 'Hallo,\n\nich möchte diese E-Mails nicht mehr bekommen. Bitte entfernen Sie mich.\n\nGruß\nOle',
    rights: ['unsubscribe'],
  },
  {
    rule: "a firm's own client taken off its own list is a fact told; the erasure it passes on stays",
    body: 'Hello,\n\nOne of our members asked us to erase all her data. We have removed her from our mailing list already. Could you please delete her records in the booking system you host for us?\n\nThanks,\nGreta',
    rights: ['erasure'],
  },
  {
    rule: "'nous l'avons retirée de notre liste' is what the firm did itself",
    body: "Bonjour,\n\nUne adhérente nous a demandé d'effacer ses données. Nous l'avons retirée de notre liste, mais pouvez-vous effacer ses inscriptions aux ateliers sur le site ?\n\nMerci,\nLéa",
    rights: ['erasure'],
  },
  {
    rule: "'son inscription' is the client's data, not the sender's mailing",
    body: "Bonjour,\n\nUne cliente a demandé l'effacement de ses données. J'ai supprimé son compte, mais son inscription à la newsletter est encore dans la base. Pouvez-vous l'effacer et me le confirmer ?\n\nMerci,\nPaul",
    rights: ['erasure'],
  },
  {
    rule: "offboarding a colleague ('sein Konto sperren ... Postfach löschen') is account administration",
    body: 'Hallo,\n\nHerr Berger verlässt uns Ende Mai. Bitte sperren Sie sein Konto und löschen Sie danach das Postfach.\n\nGruß\nTim',
    rights: [],
  },
  {
    rule: 'a deletion we announced, retold, is answered with a restriction, not asked',
    body: 'Guten Tag,\n\nSie kündigen in Ihrem Schreiben an, meine Daten zum Jahresende zu löschen. Ich brauche sie für einen Rechtsstreit: bitte sperren Sie die Daten und nutzen Sie sie nicht weiter.\n\nGruß\nAnke',
    rights: ['restriction'],
  },
  {
    rule: 'camera footage in which the sender is visible is his data: a copy of it is access',
    body: 'Hello,\n\nMy bike was damaged in your car park last Monday. I request a copy of the recording from the camera above the gate, from around 9 to 10 in the morning, where I am visible.\n\nRegards,\nOwen',
    rights: ['access'],
  },
  {
    rule: "'les images où j'apparais' are the sender's data",
    body: "Bonjour,\n\nJ'ai eu un accrochage devant votre entrepôt mardi. Je souhaite obtenir les images où j'apparais, pour mon assurance.\n\nMerci,\nNoé",
    rights: ['access'],
  },
  {
    rule: 'a leak elsewhere seen in the news is asked about, not reported',
    body: 'Hi,\n\nI read in the news that there was a data breach at a large parcel service. We ship through them every day. Is there anything we should do?\n\nRegards,\nIvo',
    rights: [],
  },
];

describe('classifyEmail: shared words read in their sense', () => {
  it.each(SHARED_SENSE_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

describe("classifyEmail: a firm's own leak with the question whether to report it", () => {
  const told =
    'Goedemorgen,\n\nEen collega van onze administratie heeft vanochtend per ongeluk een Excel met de salarisgegevens van ons team naar de verkeerde ontvanger gemaild.\n\n';
  it("'moeten wij dit melden' asks advice: the rules are less sure it reports a leak to us", () => {
    const asking = classifyEmail({ subject: '', body: `${told}Moeten wij dit melden bij de Autoriteit Persoonsgegevens?\n\nGroet,\nKarin` }, { rulesAlone: true });
    const telling = classifyEmail({ subject: '', body: `${told}Ik wil het netjes afhandelen.\n\nGroet,\nKarin` }, { rulesAlone: true });
    expect(asking.confidence).toBeLessThan(telling.confidence);
  });
});

/** Someone else's personal data that reached the sender, told over a paragraph without a word for a breach. */
const TOLD_LEAK_CASES: readonly { rule: string; subject?: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'die pdf is niet van ons' after the mail received, with names and phone numbers: a breach report",
    body: 'Goedemiddag,\n\nGisteren hebben we jullie mail met de offerte ontvangen. Die pdf is niet van ons en toont de namen en telefoonnummers van patiënten van een tandarts.\n\nGroet, Lotte',
    rights: ['breach_report'],
  },
  {
    rule: "'we found a binder ... it isn't ours: it holds the passwords' is a breach report",
    body: "Hi,\n\nWe found a binder in our meeting room after your engineer left. It isn't ours: it holds the passwords and phone numbers of staff at a dental practice.\n\nRegards, Pieter",
    rights: ['breach_report'],
  },
  {
    rule: "German 'nicht für uns' in the sentence after the invoice received, with names and bank details: a breach report",
    body: 'Guten Tag,\n\nich habe heute Ihre Mail mit der Rechnung erhalten. Die Rechnung ist aber nicht für uns, sondern nennt Namen und Bankverbindung eines Arztes in Köln.\n\nGruß\nJens',
    rights: ['breach_report'],
  },
  {
    rule: "French 'elle ne nous concerne pas' after the invoice received, with a client's name: a breach report",
    body: "Bonjour,\n\nNous avons reçu ce matin votre courriel avec une facture en pièce jointe. Elle ne nous concerne pas : elle porte le nom et le numéro de téléphone d'un client à Lyon.\n\nCordialement,\nMarc",
    rights: ['breach_report'],
  },
  {
    rule: "'the number you have for me is not mine, please correct it' is a wrong value, no leak",
    body: 'Hello,\n\nThe mobile number you have on file for me is not mine. Please correct it to 06 12345678.\n\nThanks, Kees',
    rights: ['rectification'],
  },
  {
    rule: "a colleague's password to reset is IT work, no leak",
    body: 'Hi,\n\nMy colleague Sam received a new laptop yesterday. His password does not work, can you reset it?\n\nThanks, Ria',
    rights: [],
  },
  {
    rule: "an alert that 'your address was found in a breach' elsewhere reports nothing to us",
    body: 'You signed up for alerts. Your email address was found in a breach of a third-party service. Compromised data: names, phone numbers.',
    rights: [],
  },
  {
    rule: 'what is not ours and the names asked for in another paragraph make no leak',
    body: 'Hello,\n\nWe received your invoice today. It is not ours.\n\nThe names of the installers are missing, please send them.\n\nRegards, Bo',
    rights: [],
  },
  {
    rule: "'the spreadsheet attached ... is from another company' before the names and salaries it lists is a breach report",
    body: 'Hello,\n\nThe spreadsheet attached to your reply is from another company. It lists the names and salaries of their staff.\n\nRegards, Wout',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'een document van een ander bedrijf' before the names it holds is a breach report",
    body: 'Goedemorgen,\n\nIn de bijlage van jullie mail zat een document van een ander bedrijf. Er staan namen en salarissen van hun personeel in.\n\nGroet, Marit',
    rights: ['breach_report'],
  },
  {
    rule: "German 'eine Datei, die von jemand anderem stammt' before the names it gives is a breach report",
    body: 'Guten Tag,\n\nIhrer Antwort lag eine Datei bei, die von jemand anderem stammt. Sie nennt Namen und Gehälter seiner Mitarbeiter.\n\nGruß\nUte',
    rights: ['breach_report'],
  },
  {
    rule: "French 'le dossier d'une autre entreprise' before the names one sees in it is a breach report",
    body: "Bonjour,\n\nVotre mail contenait en pièce jointe le dossier d'une autre entreprise. On y voit les noms et les salaires du personnel.\n\nCordialement,\nAnne",
    rights: ['breach_report'],
  },
  {
    rule: "the subject names whose data it is: 'Another company's tickets in your portal' above the names the sender sees",
    subject: "Another company's tickets in your portal",
    body: 'Hello,\n\nSince this morning I see tickets in the portal that I never made. They include the names and phone numbers of their staff.\n\nRegards, Ian',
    rights: ['breach_report'],
  },
  {
    rule: "another company's file and names asked for in another paragraph make no leak",
    body: 'Hello,\n\nThe spreadsheet attached to your reply is from another company.\n\nPlease send the names and phone numbers of your technicians.\n\nRegards, Wout',
    rights: [],
  },
  {
    rule: "other companies the sender's details may have gone to are a question, not someone else's data received",
    body: 'Hello,\n\nSince I joined I have been getting calls that know my name. Do you share member details with other companies?\n\nThanks, Ned',
    rights: [],
  },
  {
    rule: "a subject 'not mine' over one's own name on a contract received reports no leak",
    subject: 'Contract in my name - not mine',
    body: 'Hello,\n\nI received a welcome letter for a contract with my name and address on it. I never signed anything.\n\nRegards, Dan',
    rights: [],
  },
];

describe('classifyEmail: a leak told as an event', () => {
  it.each(TOLD_LEAK_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject: subject ?? '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

// A complaint lodged with us, in sentences of our own: half a complaint alone, a privacy complaint beside a privacy request.
const LODGED_COMPLAINT_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'consider this a formal complaint' beside an unsubscribe is a complaint too",
    body: 'Hello,\n\nI unsubscribed twice and your offers still arrive. Take me off your mailing list today. Consider this a formal complaint.\n\nRegards, Milo',
    rights: ['unsubscribe', 'complaint'],
  },
  {
    rule: "Dutch 'als klacht vastleggen' beside an erasure is a complaint too",
    body: 'Beste,\n\nVerwijder mijn gegevens uit jullie klantenbestand. Ik wil dit ook als klacht vastgelegd hebben.\n\nGroet, Anouk',
    rights: ['erasure', 'complaint'],
  },
  {
    rule: 'a formal complaint about rude staff, no privacy request beside it, stays none',
    body: 'Hello,\n\nYour engineer was rude to my mother on Tuesday. Please treat this as a formal complaint.\n\nRegards, Ivo',
    rights: [],
  },
  {
    rule: "a grievance told beside an unsubscribe ('zum dritten Mal') lodges no complaint",
    body: 'Guten Tag,\n\nich schreibe Ihnen zum dritten Mal: bitte tragen Sie mich aus Ihrem Newsletter aus.\n\nGruß, Jonas',
    rights: ['unsubscribe'],
  },
  {
    rule: 'a formal complaint about how an erasure the sender recalls was handled is a complaint',
    body: 'Hello,\n\nIn January I asked you to delete my personal data. This week a payment reminder in my name arrived all the same. Please treat this as a formal complaint.\n\nRegards, Tamsin',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'dien hierbij een klacht in' after an erasure the sender recalls is a complaint",
    body: 'Beste,\n\nIn maart heb ik gevraagd om mijn gegevens te verwijderen. Nu krijg ik weer post van jullie. Ik dien hierbij een klacht in over de afhandeling.\n\nGroet, Wessel',
    rights: ['complaint'],
  },
  {
    rule: "German 'beschwere mich' after an access request the sender recalls is a complaint",
    body: 'Guten Tag,\n\nich habe Sie im Februar gebeten, mir mitzuteilen, welche Daten Sie über mich gespeichert haben. Bis heute keine Antwort. Ich beschwere mich hiermit offiziell.\n\nGruß, Ansgar',
    rights: ['complaint'],
  },
  {
    rule: 'a formal complaint about a repair the sender recalls asking for, no privacy request, stays none',
    body: 'Hello,\n\nIn January I asked you to repair the router. It still drops every evening. Please treat this as a formal complaint.\n\nRegards, Tamsin',
    rights: [],
  },
];

describe('classifyEmail: a complaint lodged with us beside a privacy request', () => {
  it.each(LODGED_COMPLAINT_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

// A subject that names a detail and its correction heads the sentence that names the sender's own detail.
const SUBJECT_HEADED_CORRECTION_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'Name misspelt' above 'you have my name as ...' is rectification",
    subject: 'Name misspelt',
    body: 'Hi, you have my name as Rui Oliviera. It is Oliveira, e before i. Thank you, Rui',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'telefoonnummer wijzigen' above 'bel me voortaan op dit nummer' is rectification",
    subject: 'telefoonnummer wijzigen',
    body: 'Hoi, bel me graag op dit nummer: 06 41 55 20 90. Groet, Femke',
    rights: ['rectification'],
  },
  {
    rule: 'a subject naming a wrong value but no detail heads nothing: a corrected ticket number',
    subject: 'Correction: wrong ticket number',
    body: 'Hello, in my previous mail I gave the number 5521, it should be 5512. Sorry! Tim',
    rights: [],
  },
  {
    rule: "a subject that names someone else's data seen heads no correction of the sender's own",
    subject: "Wrong name in your mail - another customer's data",
    body: 'Hello, your mail this morning showed the name and mobile number of a stranger. My name is Ada, not Lina. Please look into it.',
    rights: ['breach_report'],
  },
  {
    rule: "a reply's subject heads nothing: it names what was asked before",
    subject: 'Re: Name misspelt',
    body: 'Hi, you have my name as Rui Oliviera. Thanks, Rui',
    rights: [],
  },
];

describe('classifyEmail: a correction headed by its subject', () => {
  it.each(SUBJECT_HEADED_CORRECTION_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

// A correction asked in a short follow-up reaches two sentences back for the sender's detail, as an erasure does.
const CORRECTION_TWO_BACK_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'Please correct it.' two sentences after the sender's name is rectification",
    body: "Hello,\n\nMy name is Duarte Lopes-Mota, with a hyphen. Your letters always say 'Mr Mota'. Please correct it.\n\nBest, Duarte",
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'Graag aanpassen.' two sentences after 'mijn achternaam' is rectification",
    body: 'Hoi,\n\nMijn achternaam is Verhoeven, met een h. In jullie mails staat steeds Veroeven. Graag aanpassen.\n\nGroet, Sanne',
    rights: ['rectification'],
  },
  {
    rule: "German 'Bitte korrigieren.' two sentences after 'mein Nachname' is rectification",
    body: 'Guten Tag,\n\nmein Nachname ist Kühn mit ü. In Ihren Briefen steht Kuhn. Bitte korrigieren.\n\nGruß, Jonas',
    rights: ['rectification'],
  },
  {
    rule: 'a correction asked after something else said to be wrong puts that right, not the detail before it',
    body: 'Hello,\n\nMy phone number is on the ticket. The router settings are wrong. Please correct them.\n\nBest, Duarte',
    rights: [],
  },
  {
    rule: 'a correction asked in another paragraph reaches no detail',
    body: 'Hello,\n\nMy name is Duarte Lopes-Mota.\n\nThe March invoice is attached. Please correct it.\n\nBest, Duarte',
    rights: [],
  },
];

describe('classifyEmail: a correction asked two sentences after the detail', () => {
  it.each(CORRECTION_TWO_BACK_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

// The address a mailing of ours goes to, changed: rectification, not a wish to leave the mailing.
const MAILING_ADDRESS_CHANGED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'the newsletter sent to another address from now on is rectification',
    subject: 'Newsletter',
    body: 'Hello,\n\nPlease change the address your newsletter goes to: from now on to my new mailbox at home instead of the work one.\n\nThanks, Ines',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'het mailadres voor de nieuwsbrief aanpassen' is rectification",
    subject: 'Nieuwsbrief',
    body: 'Hoi,\n\nKunnen jullie het mailadres voor de nieuwsbrief aanpassen? Het moet voortaan naar het adres hieronder.\n\nGroet, Bram',
    rights: ['rectification'],
  },
  {
    rule: "the address of an internal distribution list changed is an admin task, not the sender's record",
    subject: 'Mailing list',
    body: 'Hi,\n\nPlease update the e-mail address of the sales distribution list, the admin task from last week.\n\nThanks, Ines',
    rights: [],
  },
  {
    rule: "the firm's own office address in the newsletter is no personal data",
    subject: 'Newsletter',
    body: 'Hello,\n\nCan you change the address of our office in the newsletter footer? We moved to Dam 4.\n\nThanks, Ines',
    rights: [],
  },
];

describe('classifyEmail: the address a mailing goes to, changed', () => {
  it.each(MAILING_ADDRESS_CHANGED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
