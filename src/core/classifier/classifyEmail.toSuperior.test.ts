import { expectRulesRights, rulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's private matter or details passed, told as done, to his own superior ("gedeeld met mijn teamleider", "an meinen
 * Vorgesetzten geschickt", "communiqués à mon responsable", "mijn vorige werkgever mijn privéadres doorgegeven") is a disclosure: a
 * breach report, inside a complaint too (corpus README). Asked to be sent there, or a report of ours to the employer disputed, it
 * is none. Sentences written for these tests.
 */
const SUPERIOR_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'is gedeeld met mijn teamleider' beside an illness",
    subject: 'Klacht',
    body: 'Geachte heer, mevrouw,\n\nDe notitie over mijn ziekte die ik aan uw servicedesk gaf, is gedeeld met mijn teamleider.\n\nIk dien hierbij een formele klacht in.\n\nPetra Smit',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "German 'in Kopie an meinen Vorgesetzten geschickt' beside a private message",
    subject: 'Beschwerde',
    body: 'Sehr geehrte Damen und Herren,\n\nIhr Techniker hat meine private Nachricht über meine Krankmeldung samt Telefonnummer in Kopie an meinen Vorgesetzten geschickt.\n\nDagegen erhebe ich hiermit förmlich Beschwerde.\n\nJonas Berger',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "French 'communiqués à mon responsable' beside an illness",
    subject: 'Réclamation',
    body: 'Madame, Monsieur,\n\nLes détails de mon arrêt maladie ont été communiqués à mon responsable par votre technicien.\n\nJe dépose une réclamation formelle.\n\nAline Roux',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "German 'meinem früheren Arbeitgeber ... meine private Handynummer mitgeteilt'",
    subject: 'Beschwerde',
    body: 'Sehr geehrte Damen und Herren,\n\nein Mitarbeiter Ihrer Hotline hat meinem früheren Arbeitgeber auf Anfrage meine private Handynummer mitgeteilt.\n\nIch beschwere mich hiermit förmlich.\n\nKlaus Brandt',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "Dutch 'mijn vorige werkgever mijn privéadres doorgegeven'",
    subject: 'Klacht',
    body: 'Geachte heer, mevrouw,\n\nUw servicedesk heeft op verzoek van mijn vorige werkgever mijn privéadres doorgegeven.\n\nIk dien hierbij een formele klacht in.\n\nSaskia Mol',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "English 'mentioned my medical leave to my manager'",
    subject: 'Complaint',
    body: 'Hello,\n\nYour engineer mentioned my medical leave to my manager while fixing my laptop.\n\nI am lodging a formal complaint about this.\n\nPaul Reed',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "French 'a transféré à mon employeur mes courriels privés'",
    subject: 'Réclamation',
    body: 'Bonjour,\n\nPendant la réparation, votre technicienne a transféré à mon employeur mes courriels privés.\n\nJe dépose une réclamation formelle.\n\nNadia Roux',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: 'a report we sent the employer, naming the sender wrongly, is a correction asked',
    subject: 'Onjuiste vermelding',
    body: 'Hallo,\n\nIn het rapport dat u aan mijn werkgever heeft gestuurd staat mijn naam ten onrechte als veroorzaker. Dat klopt niet, graag corrigeren.\n\nKim',
    rights: ['rectification'],
  },
  {
    rule: 'a private quote asked to be sent to my manager tells no disclosure',
    subject: 'Ticket',
    body: 'Hi,\n\nCould you please send the private quote for my home router to my manager as well?\n\nNora Kent',
    rights: [],
  },
];

describe("classifyEmail: the sender's private matter passed to his superior", () => {
  it.each(SUPERIOR_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});

describe("classifyEmail: the sender's details read by all his colleagues", () => {
  it.each([
    {
      language: 'Dutch',
      subject: 'Mijn adres in het ticket',
      body: "Hoi,\n\nJullie hebben mijn privéadres en mijn privénummer in een ticket van de zaak gezet. Die ticketmails gaan naar ons gedeelde postvak, zodat al mijn collega's het ook hebben gezien.\n\nWillen jullie dat eruit halen?\n\nIlse",
    },
    {
      language: 'English',
      subject: 'My address in the ticket',
      body: 'Hi,\n\nYou put my home address and my private number in a ticket under our company. The ticket mails go to our shared inbox, so all my colleagues saw it.\n\nPlease take it out.\n\nIlse',
    },
  ])('reports a breach ($language)', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toContain('breach_report');
  });
});
