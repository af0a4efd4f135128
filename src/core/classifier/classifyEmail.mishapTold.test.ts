import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Something that went wrong is a mishap told, no value of the sender's called wrong; nor is a detail in someone else's papers
 * his, when "wrong" follows it in a short sentence. A detail of his called wrong is corrected as before.
 */
const MISHAP_CASES: readonly RulesRightsCase[] = [
  { rule: "English 'what went wrong' after details in another client's letter", subject: 'Letters mixed up', body: "Hello,\n\nTwo of our clients received another client's letter, with name, date of birth and home address. Can you find out what went wrong?\n\nNoor", rights: ['breach_report'] },
  { rule: "Dutch 'het is verkeerd gegaan' after a name told", subject: 'Mail voor iemand anders', body: 'Goedemiddag,\n\nIk kreeg vanochtend een mail van jullie die voor een andere klant bedoeld was, een meneer Bakker, met zijn adres. Mijn man heet Bekker. Volgens mij is het verkeerd gegaan.\n\nRia', rights: ['breach_report'] },
  { rule: "German 'ist etwas schiefgegangen' beside a name", subject: 'Falsche Mail', body: 'Ich habe eine Mail mit dem Namen und der Adresse eines anderen Kunden bekommen. Da ist wohl etwas schiefgegangen.', rights: ['breach_report'] },
  { rule: 'a name called wrong is still corrected', subject: 'Naam', body: 'Mijn naam staat verkeerd in jullie systeem: het is Bekker, niet Bakker. Graag aanpassen.', rights: ['rectification'] },
  { rule: 'a number called wrong is still corrected', subject: 'Number', body: 'My phone number in your system is wrong. The right one is 06 1234 9876.', rights: ['rectification'] },
  { rule: 'a mishap alone asks nothing', subject: 'Printer', body: 'Something went wrong with the printer again this morning, can you have a look?', rights: [] },
];

describe('classifyEmail: a mishap told is no wrong value', () => {
  it.each(MISHAP_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
