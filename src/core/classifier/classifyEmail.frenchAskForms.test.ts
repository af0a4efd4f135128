import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * French asks in their other forms: "merci de la rectifier" corrects a detail of the sender's just called wrong ("L'adresse
 * indiquée est erronée"), and "j'exige que vous limitiez l'usage de ..." asks the restriction with the reader as
 * subject. A price, an invoice or an IP address called wrong and corrected asks nothing. The data named before a wish in the
 * subjunctive stand behind its pronoun ("je souhaite que vous les effaciez") or a possessive ("procédez à leur effacement"),
 * accounts, files or firewall rules do not. Sentences written for these tests.
 */
const FRENCH_ASK_FORMS_CASES: readonly RulesRightsCase[] = [
  {
    rule: "'L'adresse ... est erronée : j'habite ...' and 'Merci de la rectifier': rectification",
    subject: 'RE: Votre fiche client',
    body: "Bonjour,\n\nL'adresse notée dans votre fiche est erronée : j'habite 8 allée des Saules, 44000 Nantes, plus à Rezé. Merci de la rectifier.\n\nOdile",
    rights: ['rectification'],
  },
  {
    rule: "'mon numéro est faux' and 'merci de le corriger': rectification",
    subject: 'Mon numéro',
    body: "Bonjour,\n\nLe numéro que vous avez pour moi est faux, c'est le 06 11 22 33 44. Merci de le corriger.\n\nOdile",
    rights: ['rectification'],
  },
  {
    rule: "'j'exige que vous limitiez l'usage de mes données' while a dispute runs: restriction",
    subject: 'Litige',
    body: "Bonjour,\n\nJe conteste votre facture de mars. Le temps que ce litige soit réglé, j'exige que vous limitiez l'usage de mes données.\n\nOdile",
    rights: ['restriction'],
  },
  {
    rule: "an invoice called wrong, 'merci de la corriger', asks nothing",
    subject: 'Facture 2026-114',
    body: 'Bonjour,\n\nLa facture 2026-114 est erronée : le montant ne correspond pas au devis. Merci de la corriger.\n\nOdile',
    rights: [],
  },
  {
    rule: "an IP address called wrong, 'merci de la rectifier', asks nothing",
    subject: 'Serveur',
    body: "Bonjour,\n\nL'adresse IP du serveur de sauvegarde est erronée. Merci de la rectifier.\n\nOdile",
    rights: [],
  },
  {
    rule: "a price called wrong, 'merci de le corriger', asks nothing",
    subject: 'Devis',
    body: 'Bonjour,\n\nLe prix de la ligne 3 de votre devis est erroné. Merci de le corriger.\n\nOdile',
    rights: [],
  },
  {
    rule: "a copy asked, then 'je souhaite que vous les effaciez': access and erasure",
    subject: 'Mes données',
    body: "Bonjour,\n\nPourriez-vous me transmettre une copie de mes données ? Une fois reçues, je souhaite que vous les effaciez.\n\nOdile",
    rights: ['access', 'erasure'],
  },
  {
    rule: "a copy asked, then 'je voudrais que vous supprimiez tout': access and erasure",
    subject: 'Mon dossier',
    body: "Bonjour,\n\nEnvoyez-moi d'abord une copie de mon dossier. Ensuite je voudrais que vous supprimiez tout.\n\nOdile",
    rights: ['access', 'erasure'],
  },
  {
    rule: "the sender's details named, then 'procédez à leur effacement': erasure",
    subject: 'Toujours dans vos fichiers',
    body: "Bonjour,\n\nMon adresse et mon numéro sont encore dans votre fichier clients. Je vous prie de procéder à leur effacement.\n\nOdile",
    rights: ['erasure'],
  },
  {
    rule: "old firewall rules, 'merci de procéder à leur suppression', ask nothing",
    subject: 'Pare-feu',
    body: "Bonjour,\n\nLes règles du pare-feu de l'ancien VPN ne servent plus. Merci de procéder à leur suppression.\n\nOdile",
    rights: [],
  },
  {
    rule: "old trainee accounts, 'il faut que vous les supprimiez', ask nothing",
    subject: 'Comptes stagiaires',
    body: 'Bonjour,\n\nLes comptes des stagiaires de l\'été ne servent plus. Il faut que vous les supprimiez.\n\nOdile',
    rights: [],
  },
  {
    rule: "a corrupt file, 'que vous le supprimiez et le restauriez', asks nothing",
    subject: 'Fichier corrompu',
    body: 'Bonjour,\n\nLe tableur partagé est corrompu. Il faudrait que vous le supprimiez et que vous le restauriez depuis la sauvegarde.\n\nOdile',
    rights: [],
  },
];

describe('classifyEmail: French asks in their other forms', () => {
  it.each(FRENCH_ASK_FORMS_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
