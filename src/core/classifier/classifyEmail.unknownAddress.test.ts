import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Our mail or the sender's scans going to an address nobody knows, a stranger's, is a breach, also told after the mailbox it
 * should have reached ("not to our mailbox but to an unknown address"). A bounce to an unknown address reports nothing.
 */
const UNKNOWN_ADDRESS_CASES: readonly RulesRightsCase[] = [
  {
    rule: "German 'gehen nicht an unser Postfach, sondern an eine fremde Adresse' is a breach",
    subject: 'Scanner',
    body: 'Hallo,\n\nseit dem Update landen die gescannten Lieferscheine nicht mehr bei uns, sondern an einen fremden Empfänger.\n\nJana',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'de scans gaan naar een onbekend mailadres' is a breach",
    subject: 'Scanner',
    body: 'Hoi,\n\nSinds jullie de printer hebben ingesteld, gaan onze scans van dossiers naar een onbekend mailadres.\n\nBart',
    rights: ['breach_report'],
  },
  {
    rule: "English 'not to our inbox but to an unknown address' is a breach",
    subject: 'Scan to mail',
    body: 'Hi,\n\nThe scanned contracts no longer come to us, but to an unknown address, probably a typo in your setup.\n\nLiz',
    rights: ['breach_report'],
  },
  {
    rule: "French 'nos scans partent vers une adresse inconnue' is a breach",
    subject: 'Numérisation',
    body: "Bonjour,\n\nDepuis votre passage, les bulletins numérisés partent vers une adresse inconnue.\n\nAnne",
    rights: ['breach_report'],
  },
  {
    rule: 'a bounce to an unknown address reports nothing',
    subject: 'Bounces',
    body: 'Hi,\n\nMy mails to an unknown address come back with an error, can you look at the mail server?\n\nLiz',
    rights: [],
  },
];

describe('classifyEmail: mail going to an address nobody knows', () => {
  it.each(UNKNOWN_ADDRESS_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
