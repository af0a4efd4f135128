import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Requests put tersely or with a slip, as people type them on a phone: the mailing named as one compound word ("die
 * aanbiedingsmails"), the file named without the verb ("Graag uit uw bestand voor acties"), consent taken back without
 * "withdraw" ("I no longer consent to ..."), and "abbestellen" mistyped. Beside each, the same words that ask nothing. Sentences
 * written for these tests.
 */
const TERSE_PHRASING_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'stop met die aanbiedingsmails' leaves the mailing",
    subject: 'mails',
    body: 'stop met die aanbiedingsmails, elke dag wel twee\n\nPieter',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'kunnen jullie stoppen met die actiemails' leaves the mailing",
    subject: 'acties',
    body: 'Kunnen jullie stoppen met die actiemails? Ik koop toch niks.\n\nGr Els',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'Graag uit uw bestand voor acties', invoices kept, leaves the mailing and erases nothing",
    subject: 'reclame',
    body: 'Graag uit uw bestand voor acties en nieuwsbrieven. De facturen mogen wel gewoon blijven komen.\n\nM. de Groot',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'uit jullie bestand' asked of a mailing by a customer who wants to stay on it is no request",
    subject: 'nieuwsbrief',
    body: 'Ik sta toch niet uit jullie bestand voor de nieuwsbrief? Ik heb hem al twee maanden niet gehad.\n\nKees',
    rights: [],
  },
  {
    rule: "English 'I no longer consent to my calls being recorded' objects",
    subject: 'recordings',
    body: 'I no longer consent to my calls with your support line being recorded. Please note it on my account.\n\nDana',
    rights: ['objection'],
  },
  {
    rule: "English 'we no longer agree to our photos being used' objects",
    subject: 'photos',
    body: 'Hi, we no longer agree to the team photos of us being used on your website. Thanks, Mo and Sam',
    rights: ['objection'],
  },
  {
    rule: "English 'whether customers still consent' asks nothing of the sender's own",
    subject: 'consent question',
    body: 'How do we check whether customers still consent to being called? Is there a report for that in the CRM?\n\nLiz',
    rights: [],
  },
  {
    rule: "German 'Newsletter abbestelen bitte', one letter missing, leaves the mailing",
    subject: 'newsletter',
    body: 'Newsletter abbestelen bitte. Danke\n\nJonas',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: requests put tersely or with a slip', () => {
  it.each(TERSE_PHRASING_CASES)('$rule', (terseCase) => {
    expectRulesRights(terseCase);
  });
});
