import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Our deleting, of nothing named, as the time by which a copy is wanted ("Before you delete anything, ...") is the step we will
 * take, no erasure asked. An erasure asked in words of its own beside it, or of a thing of the sender's named, still stands.
 */
const ERASURE_AHEAD_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'Before you delete anything, I want a copy of everything you hold on me' is access alone",
    subject: 'Re: contract ending',
    body: 'Thanks for the notice about my contract. Before you delete anything, I want a copy of everything you hold on me.\n\nTom',
    rights: ['access'],
  },
  {
    rule: "Dutch 'voordat jullie iets verwijderen ... een kopie van al mijn persoonsgegevens' is access alone",
    subject: 'Re: opzegging',
    body: 'Dank voor de bevestiging. Voordat jullie iets verwijderen wil ik eerst zelf een kopie van al mijn persoonsgegevens.\n\nAnnelies',
    rights: ['access'],
  },
  {
    rule: "German 'bevor Sie etwas löschen, schicken Sie mir eine Kopie meiner Daten' is access alone",
    subject: 'Re: Vertragsende',
    body: 'Danke für die Nachricht. Bevor Sie etwas löschen, schicken Sie mir bitte eine Kopie meiner Daten.\n\nGerd',
    rights: ['access'],
  },
  {
    rule: "French 'avant de supprimer quoi que ce soit, envoyez-moi une copie de mes données' is access alone",
    subject: 'Re: fin de contrat',
    body: "Merci pour la confirmation. Avant de supprimer quoi que ce soit, envoyez-moi une copie de mes données.\n\nLéa",
    rights: ['access'],
  },
  {
    rule: "an erasure asked in words of its own after it still stands: '... then delete my data'",
    subject: 'closing my account',
    body: "Before you delete anything, send me a copy of my data. After that, please delete all my data.",
    rights: ['access', 'erasure'],
  },
  {
    rule: "a thing of the sender's named as what is deleted still asks its erasure: 'before you delete my account'",
    subject: 'my account',
    body: 'Before you delete my account, please send me a copy of my personal data.',
    rights: ['access', 'erasure'],
  },
];

describe('classifyEmail: our deleting named as the time a copy is wanted by', () => {
  it.each(ERASURE_AHEAD_CASES)('$rule', (testCase) => {
    expectRulesRights(testCase);
  });
});
