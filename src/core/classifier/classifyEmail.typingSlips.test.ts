import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A key word of the request mistyped by a slip of the finger (a letter dropped, doubled or swapped), or dictated apart ("af melden",
 * "news letter"), still names it.
 */
const SLIP_CASES: readonly RulesRightsCase[] = [
  { rule: "Dutch 'niewsbrief niet meer ontvagen'", subject: 'nieuwsbrief', body: 'hoi, ik wil jullie niewsbrief niet meer ontvagen. groet Kees', rights: ['unsubscribe'] },
  {
    rule: "Dutch 'persoonsgegvens verwijderren'",
    subject: 'gegevens',
    body: 'Graag al mijn persoonsgegvens verwijderren, ik ben verhuisd naar het buitenland. Groet, Anouk',
    rights: ['erasure'],
  },
  { rule: "English 'recieve your newsltter'", subject: 'newsletter', body: 'Hi, I no longer wish to recieve your newsltter. Tom', rights: ['unsubscribe'] },
  { rule: "English 'remvoe my personnal details'", subject: 'my details', body: 'Please remvoe my personnal details from your system. Thanks, Paul', rights: ['erasure'] },
  { rule: "German 'vom Newsletter abmleden'", subject: 'Newsletter', body: 'Hallo, ich möchte mich vom Newsletter abmleden. Gruß, Uwe', rights: ['unsubscribe'] },
  { rule: "French 'me désabonenr de votre newsltter'", subject: 'newsletter', body: 'Bonjour, je souhaite me désabonenr de votre newsltter. Merci, Léa', rights: ['unsubscribe'] },
  { rule: "French 'supprmer mes données'", subject: 'mes données', body: 'Bonjour, merci de supprmer mes données personelles. Léa', rights: ['erasure'] },
  { rule: "Dutch dictated apart: 'af melden van de nieuws brief'", subject: 'nieuws', body: 'wil me af melden voor jullie nieuws brief aub', rights: ['unsubscribe'] },
  { rule: "English dictated apart: 'on subscribe me from the news letter'", subject: 'letter', body: 'can you on subscribe me from the news letter please', rights: ['unsubscribe'] },
];

/** A mistyped word asks no more than the word itself would. */
const LOOK_ALIKE_CASES: readonly RulesRightsCase[] = [
  { rule: 'a mistyped newsletter praised asks nothing', subject: 'nieuwsbrief', body: 'De niewsbrief van deze maand was erg leuk, dank!', rights: [] },
  {
    rule: 'a mistyped newsletter that did not arrive asks nothing',
    subject: 'newsletter',
    body: "Bonjour, je n'ai pas recu la newsltter ce mois-ci, pouvez-vous la renvoyer ? Léa",
    rights: [],
  },
  { rule: 'a mistyped account to log into asks nothing', subject: 'account', body: "I can't log into my acount since the update, can you reset it? Paul", rights: [] },
  { rule: 'a broken link in a mistyped newsletter asks nothing', subject: 'Newsletter', body: 'Der Newlsetter von heute hatte einen kaputten Link. Gruß, Uwe', rights: [] },
  { rule: 'a dictated news letter praised asks nothing', subject: 'news', body: 'loved the news letter this month, the part on passkeys was great', rights: [] },
];

describe('classifyEmail: key words typed in haste', () => {
  it.each(SLIP_CASES)('$rule', (testCase) => expectRulesRights(testCase));
  it.each(LOOK_ALIKE_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
