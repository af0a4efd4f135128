import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A relation with us only supposed: the sender asks, before he applies, signs up or orders, what he could ask later. His
 * "could I ask you to delete" asks nothing yet. A relation he tells as begun ("when I signed up") stands. Sentences written
 * for these tests.
 */
const BEFORE_APPLYING_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'If I apply ... could I ask you to delete' is only supposed",
    subject: 'question',
    body: 'If I apply for the helpdesk job and later withdraw, could I ask you to delete my CV?',
    rights: [],
  },
  {
    rule: "English: 'before I sign up' supposes the relation",
    subject: 'question',
    body: 'Before I sign up for your portal: would you delete my account data on request?',
    rights: [],
  },
  {
    rule: "English: a relation told as begun ('when I signed up') leaves the erasure asked",
    subject: 'phone number',
    body: 'When I signed up I gave you my phone number. Please delete it.',
    rights: ['erasure'],
  },
  {
    rule: "Dutch: 'Stel dat ik ...' supposes the relation",
    subject: 'vraag',
    body: 'Stel dat ik me inschrijf en later opzeg, verwijderen jullie dan al mijn gegevens?',
    rights: [],
  },
  {
    rule: "German: 'Wenn ich mich bewerbe' supposes the relation",
    subject: 'Frage',
    body: 'Wenn ich mich bei Ihnen bewerbe, können Sie meine Unterlagen später wieder löschen?',
    rights: [],
  },
  {
    rule: "French: 'Si je postule' supposes the relation",
    subject: 'question',
    body: "Si je postule chez vous, pourrai-je ensuite demander la suppression de mon dossier ?",
    rights: [],
  },
];

describe('classifyEmail: a relation with us only supposed', () => {
  it.each(BEFORE_APPLYING_CASES)('$rule', (supposedCase) => {
    expectRulesRights(supposedCase);
  });
});
