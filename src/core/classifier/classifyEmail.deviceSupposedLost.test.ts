import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A device supposed lost, asked for a policy or a procedure ("If a laptop gets lost, who do we call?"), reports nothing:
 * no breach. A device told lost or stolen stays a breach report. Sentences written for these tests.
 */
const DEVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'If a laptop gets lost' in the subject, 'If a laptop is lost' in the body",
    subject: 'If a laptop gets lost, who do we call?',
    body: 'Hi,\n\nWe are updating our IT policy. If a laptop is lost on a train, what do we do, and can you wipe it?\n\nNothing has happened yet.\n\nSam',
    rights: [],
  },
  {
    rule: "German 'wenn ein Laptop verloren geht'",
    subject: 'Frage',
    body: 'Hallo,\n\nwenn ein Laptop verloren geht, was müssen wir dann tun? Können Sie ihn aus der Ferne löschen?\n\nGruß, Uwe',
    rights: [],
  },
  {
    rule: "French 'si un ordinateur est perdu ou volé'",
    subject: 'Procédure',
    body: "Bonjour,\n\nsi un ordinateur est perdu ou volé, que devons-nous faire ? Pouvez-vous l'effacer à distance ?\n\nLéa",
    rights: [],
  },
  {
    rule: 'a laptop told stolen stays a breach report',
    subject: 'Laptop stolen',
    body: 'Hi,\n\nYour engineer says someone broke into his van on Tuesday and his laptop was stolen. It holds our staff list with home addresses.\n\nSam',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a device supposed lost', () => {
  it.each(DEVICE_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
