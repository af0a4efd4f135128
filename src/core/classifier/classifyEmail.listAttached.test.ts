import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A list sent as an attachment ("Liste im Anhang", "List attached") or a list of devices names no mailing list: deleting what
 * it lists unsubscribes no one. A list the sender asks to be taken off still does. Sentences written for these tests.
 */
const LIST_CASES: readonly RulesRightsCase[] = [
  {
    rule: "German 'Bitte löschen Sie diese. Liste im Anhang.'",
    subject: 'Alte Konten',
    body: 'Hallo,\n\nim alten Verzeichnis stehen noch fünf Konten früherer Mitarbeiter. Bitte löschen Sie diese. Liste im Anhang.\n\nGruß, Jan',
    rights: [],
  },
  {
    rule: "English 'Please delete these old user accounts. List attached.'",
    subject: 'Old accounts',
    body: 'Hi,\n\nPlease delete these old user accounts. List attached.\n\nJan',
    rights: [],
  },
  {
    rule: "English 'removed from the device list' names an inventory",
    subject: 'Old laptop',
    body: 'Hi,\n\nI replaced my laptop. I just want the old one removed from the device list so it stops showing up.\n\nPaul',
    rights: [],
  },
  {
    rule: "'löschen Sie mich von Ihrer Liste' stays an unsubscribe",
    subject: 'Newsletter',
    body: 'Hallo,\n\nbitte löschen Sie mich von Ihrer Liste.\n\nGruß, Jan',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a list sent as an attachment', () => {
  it.each(LIST_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
