import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Deletion refused in so many words ("Please don't delete my account") asks no erasure, also where no restriction is asked beside
 * it and the mail tells of our plan to delete. An erasure asked with a negation elsewhere in the sentence ("geen verlenging, graag
 * alles verwijderen", "löschen, soweit Sie nicht verpflichtet sind") still asks it. Sentences written for these tests.
 */
const DELETION_REFUSED_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'English: our mail that the account would be deleted, answered "please don\'t!"',
    subject: "Please don't delete my account",
    body: "Hi,\n\nIn January your portal mailed me that my portal account would be deleted for inactivity. Please don't! We still use it for our office tickets.\n\nThanks,\nTom",
    rights: [],
  },
  {
    rule: 'English: a deletion a colleague spoke of, refused, a login reset asked instead',
    subject: "Don't delete anything",
    body: "Hello,\n\nMy phone was replaced and the authenticator app is gone. A colleague said you might delete my account and make a new one. Please don't, just reset my two-factor login.\n\nThanks,\nLies",
    rights: [],
  },
  {
    rule: 'English: an erasure we offered, declined',
    subject: 'Keep my data',
    body: 'Hello,\n\nOn the phone your colleague offered to erase my data now that our contract is over. No, please do not delete anything, we will probably come back next year.\n\nKind regards,\nEva',
    rights: [],
  },
  {
    rule: 'Dutch: "geen verlenging, graag alles verwijderen" still asks the erasure',
    subject: 'Geen verlenging, dus graag alles verwijderen',
    body: 'Goedemorgen,\n\nWij verlengen het contract niet. Wilt u daarna al mijn persoonsgegevens verwijderen?\n\nMet vriendelijke groet,\nRob',
    rights: ['erasure'],
  },
  {
    rule: 'German: "löschen, soweit Sie nicht ... verpflichtet sind" still asks the erasure',
    subject: 'Vertragsende',
    body: 'Guten Tag,\n\nbitte löschen Sie zum Vertragsende alle meine Daten, soweit Sie nicht zur Aufbewahrung verpflichtet sind.\n\nGruß\nKai',
    rights: ['erasure'],
  },
];

describe('classifyEmail: deletion refused', () => {
  it.each(DELETION_REFUSED_CASES)('$rule', (refusedCase) => {
    expectRulesRights(refusedCase);
  });
});
