import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * What holds personal data, told left lying, found by a stranger, thrown out open or handed on unwiped ("laten liggen", "left
 * ... lying", "liegen lassen", "een map had gevonden", "in een open container", "wasn't wiped"), is a breach report. A question whether such data is stored encrypted reports nothing. Sentences written for these
 * tests.
 */
const LEFT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'een USB-stick met loonstroken ... laten liggen'",
    subject: 'USB-stick in de kantine',
    body: 'Hallo,\n\nJullie technicus heeft gisteren een USB-stick met loonstroken van ons personeel in de kantine laten liggen.\n\nGraag actie.\n\nMarja',
    rights: ['breach_report'],
  },
  {
    rule: "English 'left a printout with our staff payslips lying'",
    subject: 'Printout',
    body: 'Hello,\n\nYour engineer left a printout with our staff payslips lying in the meeting room after the visit yesterday.\n\nPlease call me.\n\nDavid',
    rights: ['breach_report'],
  },
  {
    rule: "German 'einen USB-Stick mit unseren Gehaltsabrechnungen ... liegen lassen'",
    subject: 'USB-Stick',
    body: 'Hallo,\n\nIhr Techniker hat einen unverschlüsselten USB-Stick mit unseren Gehaltsabrechnungen bei uns im Flur liegen lassen.\n\nGruß, Ute',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'in een open container ... schijven met cliëntdossiers'",
    subject: 'Schijven',
    body: 'Goedemiddag,\n\nIn een open container achter jullie werkplaats liggen onze oude schijven met cliëntdossiers.\n\nGroet, Anke',
    rights: ['breach_report'],
  },
  {
    rule: "French 'a laissé traîner une clé USB avec les bulletins de salaire'",
    subject: 'Clé USB',
    body: 'Bonjour,\n\nVotre technicien a laissé traîner une clé USB avec les bulletins de salaire de notre personnel dans la salle de réunion.\n\nLuc',
    rights: ['breach_report'],
  },
  {
    rule: "English 'wasn't wiped' beside payslips left on a delivered laptop",
    subject: 'Second-hand laptop',
    body: "Hi,\n\nThe second-hand laptop you delivered to our intern wasn't wiped: the old user's folder still holds payslips and a passport scan.\n\nBen",
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'een map had gevonden ... een kopie van onze personeelslijst'",
    subject: 'map in de bus',
    body: 'Goedemorgen,\n\nGisteren belde een vrouw die in de bus een map had gevonden met onze naam erop. Erin zaten een kopie van onze personeelslijst, thuisadressen erbij, en een visitekaartje van jullie monteur.\n\nBel mij graag vandaag.\n\nHans',
    rights: ['breach_report'],
  },
  {
    rule: 'a question whether payslips are stored unencrypted reports nothing',
    subject: 'Security question',
    body: 'Hello,\n\nAre our payslips stored unencrypted anywhere in your systems? Our auditor asks.\n\nDavid',
    rights: [],
  },
];

describe('classifyEmail: data left lying or thrown out open', () => {
  it.each(LEFT_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
