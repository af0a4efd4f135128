import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A disclosure by one of ours told in a complaint: the one who passed it named as "your support" or as staff of the firm's
 * department, the mail named several words before whom it went to (a person, or a firm: "a sales company", "een bureau"),
 * or a mail of ours sent to all of them at once, the sender's details named in the paragraph; and the complaint raised in
 * words of its own. Beside them, a formal complaint about service alone. Sentences written for these tests.
 */
const DISCLOSURE_BY_STAFF_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'your technician had given him my number', told after the caretaker rang",
    subject: "My private number",
    body: "Hello,\n\nYesterday the caretaker of our building rang me on my private mobile. He said your technician had given him my number last month. That number was meant for emergency call-outs, nothing else.\n\nPlease look into it.\n\nLeila",
    rights: ['breach_report'],
  },
  {
    rule: "English: 'your support colleague forwarded my private message ... to my manager', raised as a formal complaint",
    subject: 'Formal complaint',
    body: 'Your support colleague forwarded my private message about my knee surgery next month to my manager. I am raising this as a formal complaint.\n\nTom',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "German: 'ein Mitarbeiter Ihres Kundendienstes hat meine Nummer an unseren Hausverwalter weitergegeben'",
    subject: 'Handynummer',
    body: 'Ein Mitarbeiter Ihres Kundendienstes hat meine private Nummer an unseren Hausverwalter weitergegeben. Das war nicht in Ordnung.\n\nL. Roth',
    rights: ['breach_report'],
  },
  {
    rule: "English: 'your account manager gave my details to a sales company', raised as a formal complaint",
    subject: 'Sales calls',
    body: 'Hello,\n\nA firm selling alarm systems rang me at home on Monday. Apparently your account manager gave my details to a sales company you work with. I am lodging a formal complaint about this.\n\nMaria',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "Dutch: 'Uw collega heeft mijn nummer gegeven aan een bureau'",
    subject: 'Mijn nummer',
    body: 'Goedemiddag,\n\nUw collega heeft mijn nummer gegeven aan een bureau dat nu elke week belt over zonnepanelen. Dat had nooit mogen gebeuren.\n\nEvert',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: our invitation 'ging naar alle ouders tegelijk', the sender's details on the list in the next sentence",
    subject: 'Uitnodiging ouderavond',
    body: 'Goedemiddag,\n\nJullie uitnodiging voor de ouderavond ging vanochtend naar alle ouders tegelijk, met een lijst in de bijlage. Daarop staat ook mijn adres en mijn telefoonnummer.\n\nGroet,\nMarieke',
    rights: ['breach_report'],
  },
  {
    rule: "English: our reminder 'was sent to all parents at once', the sender's details on the sheet in the next sentence",
    subject: 'Reminder',
    body: 'Hello,\n\nYour reminder this morning was sent to all parents at once with the attendance sheet attached. My home address and phone number are on it.\n\nRegards,\nJames',
    rights: ['breach_report'],
  },
  {
    rule: 'English: a formal complaint raised about a late engineer is about service, no privacy right',
    subject: 'complaint',
    body: 'I am raising this as a formal complaint: the engineer arrived three hours late and left a mess.',
    rights: [],
  },
];

describe('classifyEmail: a disclosure by one of ours, told in a complaint', () => {
  it.each(DISCLOSURE_BY_STAFF_CASES)('$rule', (disclosureCase) => {
    expectRulesRights(disclosureCase);
  });
});
