import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * German "kündigen" is both ending a contract and announcing: a deletion we announced, retold ("Sie kündigen ... an, meine Daten
 * zu löschen"), is answered, not asked; an account or card the sender ends beside his data deleted asks the erasure ("hiermit will
 * ich mein Kundenkonto kündigen, außerdem sollen alle meine Daten gelöscht werden"). Sentences written for these tests.
 */
const CARD_ENDED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "German: 'mein Kundenkonto kündigen, außerdem sollen alle meine Daten gelöscht werden' asks the erasure",
    subject: 'Kundenkonto',
    body: 'Guten Tag,\n\nhiermit will ich mein Kundenkonto kündigen, außerdem sollen alle meine Daten gelöscht werden.\n\nMit freundlichen Grüßen\nPetra Lang',
    rights: ['erasure'],
  },
  {
    rule: "German: 'Sie kündigen in Ihrem Brief an, meine Daten ... zu löschen' retells our announcement",
    subject: 'Ihr Schreiben',
    body: 'Guten Tag,\n\nSie kündigen in Ihrem Brief an, meine Daten nach Vertragsende zu löschen. Warum so früh?\n\nPetra Lang',
    rights: [],
  },
  {
    rule: "German: 'Ihre Ankündigung, mein Konto zu löschen' retells our announcement",
    subject: 'Konto',
    body: 'Ihre Ankündigung, mein Konto zum Monatsende zu löschen, kam überraschend. Was passiert mit den Rechnungen?',
    rights: [],
  },
];

describe('classifyEmail: a card or account ended, a deletion announced', () => {
  it.each(CARD_ENDED_CASES)('$rule', (cardCase) => {
    expectRulesRights(cardCase);
  });
});
