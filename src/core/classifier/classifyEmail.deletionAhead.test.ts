import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A deletion told as ahead ("qui sera bientôt supprimée") reserves what follows it in the sentence, not what the sender asked
 * before it: the new address given stays a correction. A notice that an account will be deleted still asks nothing. Sentences
 * written for these tests.
 */
const AHEAD_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'merci d'écrire désormais à ... plutôt qu'à ..., qui sera bientôt supprimée'",
    subject: 'Courriel',
    body: "Bonjour,\n\nMon adresse e-mail change : merci d'écrire désormais à luc.roux@exemple.be plutôt qu'à lroux@exemple.fr, qui sera bientôt supprimée.\n\nLuc Roux",
    rights: ['rectification'],
  },
  {
    rule: "French 'Votre compte inactif sera supprimé' is a notice",
    subject: 'Avis',
    body: "Bonjour,\n\nVotre compte inactif sera supprimé le 1er mars. Connectez-vous pour le garder.\n\nL'équipe",
    rights: [],
  },
];

describe('classifyEmail: a deletion told as ahead', () => {
  it.each(AHEAD_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
