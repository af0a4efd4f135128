import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A complaint that tells how an earlier request went asks nothing new of that request: the request told with its subject
 * first, by someone the sender writes for, by two people, despite which we went on, as the thing we dealt with, or our
 * answer told back, is history beside the complaint. Sentences of our own; a request asked again, or chased with a deadline,
 * still stands beside it.
 */
const HISTORY_IN_COMPLAINT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "German: 'auf meine Anfrage vom ..., welche Daten Sie speichern' unanswered, a complaint lodged with the authority",
    subject: 'Beschwerde',
    body: 'Sehr geehrte Damen und Herren,\n\nauf meine Anfrage vom 3. März, was Sie über mich gespeichert haben, kam keine Antwort. Deshalb liegt meine Beschwerde jetzt bei der Aufsichtsbehörde.\n\nGruß\nJens',
    rights: ['complaint'],
  },
  {
    rule: "French: 'ma demande d'accès ... a reçu une réponse incomplète', a formal complaint",
    subject: "Réclamation : traitement de ma demande d'accès",
    body: "Madame, Monsieur,\n\nMa demande d'accès du mois dernier a reçu une réponse sans la liste des destinataires. Veuillez considérer ce courriel comme une réclamation formelle.\n\nLouis",
    rights: ['complaint'],
  },
  {
    rule: "English: 'a reply to my question about what data you hold on me', a complaint to the authority",
    subject: 'DPA',
    body: 'I have waited two months for a reply to my question about what data you hold on me. Next week I take this to the data protection authority.\n\nGreta',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'Ik vroeg om verwijdering ...' tells the request with its subject first: the complaint alone",
    subject: 'Klacht bij de AP',
    body: 'Geachte heer, mevrouw,\n\nBij de Autoriteit Persoonsgegevens ligt nu mijn klacht. Ik vroeg in mei om verwijdering van mijn klantgegevens, maar u stuurt mij nog altijd uw folders.\n\nJ. de Wit',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'hoe u met mijn inzageverzoek bent omgegaan' names the request as the thing handled: the complaint alone",
    subject: 'Klacht',
    body: 'Beste mensen,\n\nOver hoe u met mijn inzageverzoek bent omgegaan dien ik een formele klacht in: pas na twee maanden kwam er een onvolledig overzicht.\n\nRuud',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'ondanks mijn twee verzoeken' tells the opt-out as history: the complaint alone",
    subject: 'Klacht AP',
    body: 'Ondanks mijn twee verzoeken om afmelding belde uw verkoper mij vorige week weer. Ik heb daarom een klacht bij de Autoriteit Persoonsgegevens ingediend.\n\nRuud',
    rights: ['complaint'],
  },
  {
    rule: "English '<name> asked you for a copy' tells a request made for someone else: the complaint alone",
    subject: 'Complaint on behalf of my mother',
    body: 'Hello,\n\nIn March my mother Edith asked you for a copy of her records. The file she got was half empty. Kindly treat this email as a formal complaint.\n\nNora Price',
    rights: ['complaint'],
  },
  {
    rule: "English 'despite my two requests to stop the calls' tells the calls refused before: the complaint alone",
    subject: 'Complaint to the ICO',
    body: 'Dear Sir or Madam,\n\nDespite my two requests to stop the calls, your sales team phoned me again on Sunday. I have now lodged a complaint with the ICO.\n\nKate Hill',
    rights: ['complaint'],
  },
  {
    rule: "English 'your letter stated that my account had been deleted' tells our answer back: the complaint alone",
    subject: 'Formal complaint',
    body: 'Dear team,\n\nYour letter of 3 May stated that my account had been deleted. Yesterday your sales rep phoned me at home. This is a formal complaint about the handling of my personal data.\n\nPaul Grant',
    rights: ['complaint'],
  },
  {
    rule: "German 'meine Frau und ich haben im Mai darum gebeten' tells a request made by two: the complaint alone",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nmeine Frau und ich haben im Mai darum gebeten, dass Sie meine Adresse aus Ihrer Kundendatei löschen. Sie schicken uns weiter Kataloge. Wir haben daher Beschwerde bei der Datenschutzaufsicht in Hessen eingelegt.\n\nEva Kraus',
    rights: ['complaint'],
  },
  {
    rule: "German 'die Auskunft ... kam erst nach acht Wochen' tells the copy as come: the complaint alone",
    subject: 'Beschwerde',
    body: 'Sehr geehrte Damen und Herren,\n\ndie Auskunft über meine gespeicherten Daten kam erst nach acht Wochen und ohne Angabe der Empfänger. Meine Beschwerde liegt jetzt bei der Datenschutzbehörde.\n\nTom Vogel',
    rights: ['complaint'],
  },
  {
    rule: "French 'la façon dont vous avez traité ma demande d'accès' names the request as the thing handled: the complaint alone",
    subject: 'Plainte',
    body: "Madame, Monsieur,\n\nJ'ai déposé plainte auprès de la CNIL au sujet de la façon dont vous avez traité ma demande d'accès : trois mois sans rien.\n\nLéa Martin",
    rights: ['complaint'],
  },
  {
    rule: "French 'malgré ses demandes' tells the opt-out made for someone else: the complaint alone",
    subject: 'Plainte CNIL',
    body: 'Bonjour,\n\nMalgré ses demandes répétées de ne plus être appelé, vous continuez à téléphoner à mon père pour lui vendre vos offres. Il a saisi la CNIL.\n\nLéa Martin',
    rights: ['complaint'],
  },
  {
    rule: "English 'asked you twice ... unless I hear from you' chases the copy: it stands beside the complaint",
    subject: 'Complaint',
    body: 'Hello,\n\nMy father asked you twice for a copy of his data and never heard back. I will complain to the ICO unless I hear from you by Monday.\n\nNora Price',
    rights: ['access', 'complaint'],
  },
  {
    rule: "Dutch 'Ik vroeg om verwijdering' with the erasure asked again stands beside the complaint",
    subject: 'Klacht',
    body: 'Ik vroeg in mei om verwijdering van mijn gegevens. Ik herhaal mijn verzoek: verwijder alles. Mijn klacht ligt nu bij de Autoriteit Persoonsgegevens.\n\nJ. de Wit',
    rights: ['complaint', 'erasure'],
  },
];

describe('classifyEmail: the history of a request told in a complaint', () => {
  it.each(HISTORY_IN_COMPLAINT_CASES)('$rule', (historyCase) => {
    expectRulesRights(historyCase);
  });
});
