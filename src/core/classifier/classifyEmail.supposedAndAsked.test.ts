import { expectDoubtedNo, expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Words that suppose, ask about or wave off what would otherwise read as a request: a theft supposed for a procedure, the
 * sender's firm asking whether it must notify the authority of a leak elsewhere, a question about unsubscribing headed as one,
 * nothing left for us to do, and a former employee's request on which the firm asks advice. Sentences written for these tests.
 */
const DOUBTED: readonly { rule: string; subject: string; body: string }[] = [
  {
    rule: "Dutch 'voor als er ... een laptop wordt gestolen' supposes a theft",
    subject: 'Protocol',
    body: 'Hallo,\n\nWij willen een protocol voor als er op kantoor een laptop wordt gestolen. Hebben jullie een voorbeeld?\n\nGroet, Femke',
  },
  {
    rule: "Dutch 'Wat moet ik daarvoor aanleveren, wat hebben jullie van me nodig?' asks what we need, no data of his",
    subject: 'overstappen',
    body: 'Hoi,\n\nIk neem mijn vaste nummer mee naar een andere aanbieder. Wat moet ik daarvoor aanleveren, wat hebben jullie van me nodig?\n\nGroet, Frank',
  },
  {
    rule: "English 'if I were to request deletion of my data, would I ...?' supposes an erasure",
    subject: 'General question',
    body: 'Hello,\n\nBefore I decide: if I were to request deletion of my data, would I lose my service history? I am not asking yet.\n\nTom',
  },
  {
    rule: "English 'Should we report that leak to the Dutch authority, the Autoriteit Persoonsgegevens?' asks the firm's duty, no complaint",
    subject: 'Leak at our event platform',
    body: 'Hello,\n\nThe booking site we used for our open day (you do not manage it) told us that visitor names were exposed. Should we report that leak to the Dutch authority, the Autoriteit Persoonsgegevens?\n\nNina',
  },
  {
    rule: "Dutch 'Vraagje over afmelden' above 'Als ik me zou afmelden, krijg ik dan nog ...?'",
    subject: 'Vraagje over afmelden',
    body: 'Hoi,\n\nAls ik me zou afmelden van de nieuwsbrief, krijg ik dan nog de onderhoudsmeldingen? Anders blijf ik liever ingeschreven.\n\nKees',
  },
  {
    rule: "Dutch 'Als ik me zou afmelden ..., krijg ik dan nog ...?' supposes it",
    subject: 'Nieuwsbrief',
    body: 'Hoi,\n\nAls ik me zou afmelden van de nieuwsbrief, krijg ik dan nog de berichten over onderhoud? Die wil ik niet kwijt.\n\nKees',
  },
  {
    rule: "French 'Question désinscription' above 'Si je me désinscris ..., est-ce que ...?'",
    subject: 'Question désinscription',
    body: 'Bonjour,\n\nSi je me désinscris de votre lettre d\'info, est-ce que je reçois encore les avis de panne ?\n\nLuc',
  },
  {
    rule: "Dutch 'jullie hoeven niets te doen' after a colleague's sign-off done himself",
    subject: 'afmelding collega',
    body: 'Hallo,\n\nMijn collega Bas vroeg gisteren of hij van jullie nieuwsbrief af kon. Dat heeft hij zelf al via de link gedaan, dus jullie hoeven niets te doen.\n\nGroet, Wilma',
  },
  {
    rule: "English 'so you don't need to do anything' after a colleague's sign-off done himself",
    subject: "colleague's unsubscribe",
    body: "Hi,\n\nMy colleague Sam asked yesterday to be taken off your newsletter. He has done it himself through the link since, so you don't need to do anything.\n\nWilma",
  },
  {
    rule: "Dutch 'Een ex-werkneemster vraagt inzage ... Hoeveel tijd hebben wij?' asks advice",
    subject: 'Inzageverzoek - hoe lang hebben wij?',
    body: 'Hallo,\n\nEen ex-werkneemster vraagt inzage in al haar persoonsgegevens. Hoeveel tijd hebben we voor ons antwoord?\n\nIngrid',
  },
];

const STILL_ASKED: readonly RulesRightsCase[] = [
  {
    rule: 'an unsubscribe asked under a plain subject stays one',
    subject: 'Uitschrijven',
    body: 'Hoi,\n\nIk wil me afmelden voor de nieuwsbrief. Kunnen jullie dat regelen?\n\nKees',
    rights: ['unsubscribe'],
  },
  {
    rule: 'a laptop told stolen stays a breach report',
    subject: 'Laptop',
    body: 'Hallo,\n\nDe laptop van jullie monteur met onze klantenlijst is gisteren gestolen uit zijn bus.\n\nGroet, Femke',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: supposed, asked about or waved off', () => {
  it.each(DOUBTED)('$rule', ({ subject, body }) => expectDoubtedNo(subject, body));
  it.each(STILL_ASKED)('$rule', (testCase) => expectRulesRights(testCase));
});
