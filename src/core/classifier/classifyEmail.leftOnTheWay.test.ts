import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's own device left behind on the way (on the train, in a taxi) is lost, as a device lost or stolen is: a breach
 * where it holds people's data, IT work where nothing on it is named. One of our staff's left there is a device of ours lost.
 * Sentences written for these tests.
 */
const LEFT_ON_THE_WAY_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: a work laptop left on the train with client files on it",
    subject: 'laptop',
    body: 'Left my work laptop on the train today, with client files stored on it.',
    rights: ['breach_report'],
  },
  {
    rule: "English: one of our engineers' laptops left on the train is a device of ours lost",
    subject: 'laptop',
    body: 'Your engineer left his laptop on the train after the visit.',
    rights: ['breach_report'],
  },
  {
    rule: "English: an iPad left on the train to wipe, nothing on it named",
    subject: 'iPad',
    body: 'I left my iPad on the train. Can you wipe it remotely?',
    rights: [],
  },
  {
    rule: "English: another laptop the sender writes from is no one else's data on the lost phone",
    subject: 'phone',
    body: 'My work phone went missing at the gym, please wipe it. Writing this from another laptop.',
    rights: [],
  },
  {
    rule: "German: a work laptop left in the train in two words, payslips on it",
    subject: 'Laptop',
    body: 'Ich habe meinen Dienstlaptop im Zug liegen gelassen, darauf sind die Gehaltsabrechnungen aller Mitarbeiter.',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: the sender's phone left on the bus to wipe, nothing on it named",
    subject: 'telefoon',
    body: 'Mijn telefoon in de bus laten liggen. Graag op afstand wissen.',
    rights: [],
  },
];

describe('classifyEmail: a device left behind on the way', () => {
  it.each(LEFT_ON_THE_WAY_CASES)('$rule', (leftCase) => {
    expectRulesRights(leftCase);
  });
});
