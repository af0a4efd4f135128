import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mail of ours that the sender got and calls not his firm's own, by the ticket, invoice or order it is about ("das ist aber
 * nicht unser Ticket"), reached the wrong customer: a breach. An invoice of his own not received reports nothing.
 */
const NOT_OUR_TICKET_CASES: readonly RulesRightsCase[] = [
  {
    rule: "German 'erhalten, doch das ist nicht unser Ticket' is a breach",
    subject: 'Ticket',
    body: 'Hallo,\n\nwir haben von Ihrer Hotline eine Nachricht erhalten, doch das ist nicht unser Ticket. Es geht um eine Praxis in Köln.\n\nUwe',
    rights: ['breach_report'],
  },
  {
    rule: "English 'we received ..., but it's not our ticket' is a breach",
    subject: 'Helpdesk update',
    body: "Hi,\n\nWe received an update from your helpdesk, but it's not our ticket. It lists a woman's home address and phone number.\n\nNina",
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'we kregen ..., maar dit is niet ons ticket' is a breach",
    subject: 'Storing',
    body: 'Hoi,\n\nWe kregen vanochtend jullie mail over een storing, maar dit is niet ons ticket. Er staat het adres van een mevrouw in.\n\nDirk',
    rights: ['breach_report'],
  },
  {
    rule: 'an invoice of our own not received reports nothing',
    subject: 'Invoice',
    body: 'Hi,\n\nWe did not receive our invoice for March, can you send it again?\n\nNina',
    rights: [],
  },
  {
    rule: "German 'unsere Rechnung nicht bekommen' reports nothing",
    subject: 'Rechnung',
    body: 'Hallo,\n\nwir haben unsere Rechnung für März nicht bekommen. Können Sie sie noch einmal schicken?\n\nUwe',
    rights: [],
  },
];

describe('classifyEmail: a mail about a ticket not ours', () => {
  it.each(NOT_OUR_TICKET_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
