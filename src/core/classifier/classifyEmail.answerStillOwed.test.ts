import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The answer to an access request told as still owed, or still expected, chases the request: access stands, beside a
 * complaint too. Sentences of our own; a reply we sent, thanked for, or another thing still owed asks no copy.
 */
const ANSWER_STILL_OWED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'I still require a complete answer to my access request' beside a complaint to the ICO: access and the complaint",
    subject: 'Complaint filed',
    body: 'Dear Sir or Madam,\n\nYesterday I filed a complaint with the ICO. I still require a complete answer to my access request of January.\n\nMaria Lopez',
    rights: ['access', 'complaint'],
  },
  {
    rule: "English 'my access request remains unanswered' beside a complaint: access and the complaint",
    subject: 'ICO complaint',
    body: 'Hello,\n\nSix weeks on, my access request remains unanswered, so I have gone to the ICO with a complaint.\n\nMaria',
    rights: ['access', 'complaint'],
  },
  {
    rule: "German 'Meine Auskunft steht seit April aus' beside a complaint to the commissioner: access and the complaint",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nich habe Beschwerde bei der Datenschutzaufsicht in Bayern eingelegt. Meine Auskunft steht seit April aus.\n\nJan Roth',
    rights: ['access', 'complaint'],
  },
  {
    rule: "German 'die ausstehende Auskunft' asked for: access",
    subject: 'Auskunft',
    body: 'Hallo,\n\nbitte schicken Sie mir endlich die ausstehende Auskunft zu meinen Daten.\n\nJan Roth',
    rights: ['access'],
  },
  {
    rule: "English thanks for our reply to an access request asks nothing",
    subject: 'Re: your data',
    body: 'Hi,\n\nThanks for your reply to my access request, all clear now.\n\nMaria',
    rights: [],
  },
  {
    rule: "German 'Die Zahlung steht noch aus' is an invoice, no copy",
    subject: 'Rechnung 2026-114',
    body: 'Guten Tag,\n\ndie Zahlung für Rechnung 2026-114 steht noch aus. Können Sie das prüfen?\n\nJan Roth',
    rights: [],
  },
];

describe('classifyEmail: the answer to an access request still owed', () => {
  it.each(ANSWER_STILL_OWED_CASES)('$rule', (owedCase) => {
    expectRulesRights(owedCase);
  });
});
