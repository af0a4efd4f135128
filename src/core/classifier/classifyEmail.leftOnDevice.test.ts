import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Personal data left where others can see it: files left on a device passed on ("staan er nog op", "were still on it"), a device
 * left unlocked, papers lying in the open. With payslips, contracts or other files of people named, it is a breach reported.
 * Sentences written for these tests.
 */
const LEFT_ON_DEVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: the old laptop passed to a successor with the payslips still on it',
    subject: 'oude laptop',
    body: 'Hallo,\n\nJullie hebben mijn oude werklaptop opnieuw ingericht voor mijn opvolger, maar mijn bestanden staan er nog op, ook mijn loonstroken.\n\nGroet,\nIrma',
    rights: ['breach_report'],
  },
  {
    rule: 'English: a refurbished laptop with the previous owner\'s payslips still on it',
    subject: 'Laptop',
    body: "Hello,\n\nThe refurbished laptop I bought from you arrived today. The previous owner's payslips and contracts were still on it.\n\nBest,\nJim",
    rights: ['breach_report'],
  },
  {
    rule: 'English: an unlocked tablet at a fair showing a folder of payslips',
    subject: 'tablet',
    body: 'Hi,\n\nAt your booth at the fair an unlocked tablet was lying on the table; I could scroll through a folder of payslips.\n\nBest,\nTom',
    rights: ['breach_report'],
  },
  {
    rule: 'German: the sender\'s own files still on a laptop he asks to have wiped, nothing of others named, is IT work',
    subject: 'Laptop',
    body: 'Hallo,\n\nauf meinem alten Laptop sind noch meine Urlaubsfotos drauf. Können Sie ihn vor der Rückgabe löschen?\n\nGruß\nJan',
    rights: [],
  },
];

describe('classifyEmail: personal data left where others can see it', () => {
  it.each(LEFT_ON_DEVICE_CASES)('$rule', (leftCase) => {
    expectRulesRights(leftCase);
  });
});
