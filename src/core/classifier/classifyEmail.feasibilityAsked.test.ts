import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Two readings, each tested with sentences written for these tests:
 * - whether a step could be done at all, asked with "or is that technically impossible?", asks nothing yet: "Wissen jullie het
 *   dan ook uit de back-ups, of is dat technisch onmogelijk?";
 * - being canvassed is marketing: "Je ne veux plus être démarché" under a price rise refuses sales calls.
 */
const FEASIBILITY_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: 'Stel dat ...', then 'Halen jullie het dan ook uit ..., of is dat technisch onmogelijk?'",
    subject: 'Vraag over onze back-ups',
    body: 'Hoi Sanne,\n\nStel dat een klant om verwijdering vraagt. Halen jullie het dan ook uit de back-ups van ons dossiersysteem, of is dat technisch onmogelijk?\n\nGroet,\nWillem',
    rights: [],
  },
  {
    rule: "English: a client's erasure foreseen, then 'Could you then also delete ..., or is that technically impossible?'",
    subject: 'Backups question',
    body: 'Hi,\n\nA client of ours may ask to be forgotten one day. Could you then also delete her data from the backups, or is that technically impossible?\n\nThanks,\nRuth',
    rights: [],
  },
  {
    rule: "German: 'Angenommen, ...', then '..., oder ist das technisch unmöglich?'",
    subject: 'Frage zu Sicherungen',
    body: 'Hallo,\n\nAngenommen, ein Kunde verlangt die Löschung. Können Sie seine Daten dann auch aus den Sicherungen entfernen, oder ist das technisch unmöglich?\n\nGruß\nJens',
    rights: [],
  },
  {
    rule: "French: 'Imaginons qu'...', then '..., ou est-ce techniquement impossible ?'",
    subject: 'Question sauvegardes',
    body: "Bonjour,\n\nImaginons qu'un client demande l'effacement. Pourriez-vous alors retirer ses données des sauvegardes aussi, ou est-ce techniquement impossible ?\n\nClaire",
    rights: [],
  },
  {
    rule: 'French: canvassing refused under a price rise',
    subject: 'Appels commerciaux',
    body: "Bonjour,\n\nVotre équipe m'a encore téléphoné au sujet de la hausse des tarifs de janvier. Je ne veux plus être démarché.\n\nCordialement,\nPaul Martin",
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: feasibility asked, canvassing refused', () => {
  it.each(FEASIBILITY_CASES)('$rule', (feasibilityCase) => {
    expectRulesRights(feasibilityCase);
  });
});
