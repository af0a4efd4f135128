import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/** Customer names on something of ours found lying about are data held, as client files are. Sentences written for these tests. */
const NAMES_HELD_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: a found USB stick of ours with 'klantnamen en wachtwoorden'",
    subject: 'usb-stick',
    body: 'Op de parkeerplaats vond ik een usb-stick van jullie. Er staat een Excel op met klantnamen en wachtwoorden.',
    rights: ['breach_report'],
  },
  {
    rule: "English: a found USB stick of ours with customer names",
    subject: 'stick',
    body: 'I found a USB stick with your logo in our car park. It holds a sheet of customer names and phone numbers.',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: names held', () => {
  it.each(NAMES_HELD_CASES)('$rule', (namesCase) => {
    expectRulesRights(namesCase);
  });
});
