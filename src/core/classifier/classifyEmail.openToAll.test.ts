import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * French "accessible à tous" opens a folder to everyone, as "ouvert à tout le monde" does; with the CVs and identity papers of
 * the sender's candidates in it, it is a breach. A site open to all holds nobody's data. Sentences written for these tests.
 */
const OPEN_TO_ALL_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French: a shared folder 'accessible à tous' with the candidates' CVs and ID papers",
    subject: 'lien',
    body: "Le dossier que votre technicien a partagé est accessible à tous : on y trouve les CV et les pièces d'identité de nos candidats.",
    rights: ['breach_report'],
  },
  {
    rule: "French: a web site 'accessible à tous' is no breach",
    subject: 'site',
    body: 'Notre nouveau site est accessible à tous, même sur mobile. Pouvez-vous vérifier le certificat ?',
    rights: [],
  },
];

describe('classifyEmail: open to all, in French', () => {
  it.each(OPEN_TO_ALL_CASES)('$rule', (openCase) => {
    expectRulesRights(openCase);
  });
});
