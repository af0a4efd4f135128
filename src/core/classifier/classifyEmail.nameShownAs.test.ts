import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's name as our mails, letters or a directory show or call it, told beside the right one, is data we hold to
 * correct, also in a program he uses himself. Settings of his own and everyday look-alikes ask nothing.
 */
const NAME_SHOWN_CASES: readonly RulesRightsCase[] = [
  { rule: "English 'your letters have addressed me as ... but my name is'", subject: 'Spelling', body: 'Hello,\n\nYour letters address me as "Mrs Hollis" but my name is Hollins. Thanks.\n\nDeb Hollins', rights: ['rectification'] },
  { rule: "English 'you keep mailing me as ... – it's'", subject: 'My name', body: 'Hi,\n\nYou keep mailing me as "Kit Moris" – it\'s Kit Morris, two r\'s.\n\nKit', rights: ['rectification'] },
  { rule: "English 'my name shows up as ... in Teams'", subject: 'Teams', body: 'My name shows up as "Sam Okafo" in Teams, but my name is Sam Okafor.', rights: ['rectification'] },
  { rule: "Dutch 'in Teams staat mijn naam als ... maar het is'", subject: 'Naam', body: 'Hallo,\n\nIn Outlook staat mijn naam als "Eva de Wit" maar het is Eva de Witt.\n\nEva', rights: ['rectification'] },
  { rule: "German 'mein Name erscheint in Teams als'", subject: 'Name', body: 'Guten Tag,\n\nmein Name erscheint in Teams als "Lena Hofmann", richtig ist Hoffmann. Bitte ändern.\n\nLena', rights: ['rectification'] },
  { rule: "French 'mon nom apparaît comme ... mais je m'appelle'", subject: 'Mon nom', body: "Bonjour,\n\nDans Teams, mon nom apparaît comme « Paul Girad », mais je m'appelle Paul Girard.\n\nPaul", rights: ['rectification'] },
  { rule: 'a signature of his own in Outlook asks nothing', subject: 'Signature', body: 'Could you change my Outlook signature? The mobile number in it is wrong.', rights: [] },
  { rule: "'call me as soon as possible' names no name", subject: 'Laptop', body: 'Please call me as soon as possible, my laptop is broken, it is urgent.', rights: [] },
  { rule: "'please address me as the contact from now on' asks a new role, no name corrected", subject: 'Project', body: 'Please address me as the main contact for the migration from now on; Tom has left.', rights: [] },
  { rule: "'email me as soon as it is done' names no name", subject: 'Printer', body: 'Could you email me as soon as it is fixed? My name is on the ticket.', rights: [] },
  { rule: "'add me as a member' names no name", subject: 'Teams', body: 'Can you add me as a member of the sales channel in Teams?', rights: [] },
];

describe('classifyEmail: the name our mails or systems use for the sender, told wrong', () => {
  it.each(NAME_SHOWN_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
