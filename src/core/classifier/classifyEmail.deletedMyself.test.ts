import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * What the sender deleted himself, told in the past, asks no erasure of us: beside someone else's papers that reached him it
 * reports the breach alone. An erasure asked after his own deletion of something else still stands.
 */
const DELETED_CASES: readonly RulesRightsCase[] = [
  { rule: "German 'Ich habe sie gelöscht' after a stranger's payslip", subject: 'Post für jemand anderen', body: 'Hallo,\n\nheute habe ich von Ihnen eine Nachricht bekommen, die für einen anderen Kunden gedacht war: seine Gehaltsabrechnung mit Adresse und Steuernummer. Ich habe sie gelöscht.\n\nGruß\nTim', rights: ['breach_report'] },
  { rule: "English 'I've deleted it' after another client's letter", subject: 'Not meant for me', body: "Hi,\n\nYour attachment this morning was another client's tax return, with her name and address. I've deleted it straight away.\n\nOwen", rights: ['breach_report'] },
  { rule: "Dutch 'ik heb hem verwijderd' after someone else's invoice", subject: 'Verkeerde bijlage', body: 'Hoi,\n\nIn jullie mail zat de factuur van een andere klant, met zijn naam en rekeningnummer erop. Ik heb hem verwijderd.\n\nFemke', rights: ['breach_report'] },
  { rule: "French 'je l'ai supprimé' after a list of another firm's staff", subject: 'Pas pour moi', body: "Bonjour,\n\nVotre message d'hier contenait la liste du personnel d'une autre entreprise, avec leurs adresses. Je l'ai supprimé aussitôt.\n\nLéa", rights: ['breach_report'] },
  { rule: 'an erasure asked after the sender deleted an app still stands', subject: 'Account', body: 'I deleted the app last week. Now please delete all my data as well.', rights: ['erasure'] },
  { rule: 'a German erasure asked after the sender deleted the app still stands', subject: 'Konto', body: 'Ich habe die App gelöscht. Bitte löschen Sie jetzt auch alle meine Daten.', rights: ['erasure'] },
];

describe('classifyEmail: the sender\'s own past deletion asks nothing', () => {
  it.each(DELETED_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
