import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A party writing to us about a case that says in plain words it asks no personal data of us exercises no right, whatever it
 * asks about how long backups are kept. Sentences of our own; a data subject's own request beside such words stays a request.
 */
const ASKS_NO_DATA_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'we are not requesting any personal data' beside a dispute and backups kept is no restriction",
    subject: 'Backups of your customer – dispute',
    body: 'Dear Sir or Madam,\n\nGiven the dispute between our client and your customer Birch Logistics, please tell us whether you keep archives of their mailboxes. We are not requesting any personal data for now.\n\nKind regards,\nHelen Ward',
    rights: [],
  },
  {
    rule: "Dutch 'wij vragen geen persoonsgegevens op' beside a dispute is no restriction",
    subject: 'Geschil met uw klant',
    body: 'Geachte heer, mevrouw,\n\nMet het oog op het geschil tussen onze cliënte en uw klant Verhoef Bouw BV vragen wij of u de back-ups van hun mail nog bewaart. Wij vragen op dit moment geen persoonsgegevens op.\n\nMr. K. Dijkman',
    rights: [],
  },
  {
    rule: "German 'personenbezogene Daten verlangen wir nicht' beside a dispute is no restriction",
    subject: 'Rechtsstreit Ihrer Kundin',
    body: 'Sehr geehrte Damen und Herren,\n\nwegen eines Rechtsstreits mit Ihrer Kundin, der Lindner GmbH, bitten wir um Mitteilung, ob Sie deren Sicherungen noch aufbewahren. Wir verlangen keine personenbezogenen Daten.\n\nMit freundlichen Grüßen\nDr. Eva Kern',
    rights: [],
  },
  {
    rule: "French 'nous ne demandons aucune donnée personnelle' beside a dispute is no restriction",
    subject: 'Litige avec votre client',
    body: "Madame, Monsieur,\n\nDans le cadre d'un litige avec votre client Moreau SARL, pouvez-vous nous dire si vous conservez encore leurs sauvegardes ? Nous ne demandons aucune donnée personnelle à ce stade.\n\nMe Julie Caron",
    rights: [],
  },
  {
    rule: "a data subject who asks his own data kept while a dispute runs stays restriction",
    subject: 'Keep my records',
    body: "Hi,\n\nMy former employer and I are in a dispute. Please keep my personal data but do not use it until the case is over. I am not requesting any personal data from you yet.\n\nNoah",
    rights: ['restriction'],
  },
];

describe('classifyEmail: a party that asks no personal data of us', () => {
  it.each(ASKS_NO_DATA_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
