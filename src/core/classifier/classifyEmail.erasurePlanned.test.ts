import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Our own deleting told back as what we plan or announced ("your notice says you will delete my account") asks no erasure: the
 * sender tells it, often to stop it. Asked of us in so many words ("will you delete it?", "zouden jullie ... willen
 * verwijderen"), it stays an erasure.
 */
const ERASURE_PLANNED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'your notice says you will delete my account ... keep it, but do not use it' restricts alone",
    subject: 'Re: account clean-up',
    body: 'Hello,\n\nYour notice says you will delete my account next month. Please keep it, but do not use my data for anything else until my court case is over.\n\nRob',
    rights: ['restriction'],
  },
  {
    rule: "English 'you are going to remove my old tickets' told back beside a copy asked: access alone",
    subject: 'old tickets',
    body: 'I read that you are going to remove my old tickets in June. Could you send me a copy of my ticket history first?',
    rights: ['access'],
  },
  {
    rule: "Dutch 'jullie gaan mijn account verwijderen' told back beside a hold: restriction alone",
    subject: 'opschoning',
    body: 'Hallo,\n\nVolgens jullie brief gaan jullie mijn account volgende maand verwijderen. Bewaar het alsjeblieft, maar gebruik mijn gegevens nergens meer voor zolang mijn rechtszaak loopt.\n\nMarco',
    rights: ['restriction'],
  },
  {
    rule: "German 'Sie wollen mein Kundenkonto löschen' told back beside a hold: restriction alone",
    subject: 'Kontolöschung',
    body: 'Guten Tag,\n\nlaut Ihrem Schreiben wollen Sie mein Kundenkonto im März löschen. Bitte bewahren Sie es auf, aber verwenden Sie meine Daten nicht mehr, solange der Rechtsstreit läuft.\n\nPetra',
    rights: ['restriction'],
  },
  {
    rule: "French 'vous allez supprimer mon compte' told back beside a copy asked: access alone",
    subject: 'Suppression annoncée',
    body: "Bonjour,\n\nD'après votre courrier, vous allez supprimer mon compte le mois prochain. Pouvez-vous d'abord m'envoyer une copie de mes données ?\n\nJulie",
    rights: ['access'],
  },
  {
    rule: "asked of us with the verb first it stays an erasure: 'Will you delete my account?'",
    subject: 'account',
    body: 'I no longer use your service. Will you delete my account and all my personal data, please?',
    rights: ['erasure'],
  },
  {
    rule: "Dutch polite ask 'zouden jullie mijn gegevens willen verwijderen' stays an erasure",
    subject: 'gegevens',
    body: 'Ik ben geen klant meer. Zouden jullie al mijn gegevens willen verwijderen?',
    rights: ['erasure'],
  },
];

describe('classifyEmail: our planned deleting told back', () => {
  it.each(ERASURE_PLANNED_CASES)('$rule', (testCase) => {
    expectRulesRights(testCase);
  });
});
