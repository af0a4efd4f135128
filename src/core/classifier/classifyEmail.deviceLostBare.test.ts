import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A lost or stolen device told with nothing on it named is IT work: a wipe, a new phone, a login reset. With client files,
 * payslips or mail on it, it is a breach reported (corpus README). Sentences written for these tests.
 */
const BARE_DEVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: a colleague\'s work phone lost, a remote wipe asked',
    subject: 'werktelefoon kwijt',
    body: 'Hallo,\n\nOnze collega Daan is zijn werktelefoon kwijtgeraakt op het station. Kunnen jullie hem op afstand wissen? Hij krijgt morgen een nieuwe.\n\nGroet,\nIris',
    rights: [],
  },
  {
    rule: 'German: a company phone lost, a wipe asked',
    subject: 'Firmenhandy verloren',
    body: 'Hallo,\n\nmeine Kollegin hat ihr Firmenhandy im Taxi verloren. Bitte per Intune löschen.\n\nDanke\nOle',
    rights: [],
  },
  {
    rule: 'English: a work phone lost, a wipe and a password reset asked: the password is no data on the phone',
    subject: 'phone gone',
    body: 'Hi,\n\nMy work phone was stolen at the market today. Please wipe it and give me a new password.\n\nAlex',
    rights: [],
  },
  {
    rule: 'German: a notebook stolen with customer lists on it is a breach reported',
    subject: 'Notebook gestohlen',
    body: 'Hallo,\n\nheute wurde mir das Notebook aus dem Auto gestohlen. Darauf sind Kundenakten und Angebote. Bitte sofort sperren.\n\nUwe',
    rights: ['breach_report'],
  },
  {
    rule: 'English: a laptop lost with client files on it is a breach reported',
    subject: 'Laptop lost',
    body: 'Hi,\n\nI left my laptop on the train last night. It has our client files on it. Please lock it and tell me what to do.\n\nGina',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a lost device with nothing on it named', () => {
  it.each(BARE_DEVICE_CASES)('$rule', (deviceCase) => {
    expectRulesRights(deviceCase);
  });
});
