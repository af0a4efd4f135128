import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's data to stay and not be used: an erasure asked before and now held back ("but don't do that yet"), data
 * neither used nor deleted told together, or a mailbox kept as it is that no one may open, is the restriction, neither an
 * erasure nor an objection. The same words about a VLAN, firewall rules, a shared mailbox or a server ask nothing.
 * Sentences written for these tests.
 */
const ERASURE_HELD_BACK_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'erase my account, but please don't do that yet': restriction alone",
    subject: 'My account',
    body: 'Hi,\n\nI asked you last week to erase my account, but please don\'t do that yet, I may need the records for a dispute with my bank.\n\nPriya',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'mijn gegevens te verwijderen, maar doe dat nog niet': restriction alone",
    subject: 'Mijn gegevens',
    body: 'Beste mensen,\n\nVorige maand vroeg ik u mijn gegevens te verwijderen, maar doe dat nog niet: ik heb ze nodig voor een geschil.\n\nNoor',
    rights: ['restriction'],
  },
  {
    rule: "German 'Löschung meiner Daten ... aber tun Sie das noch nicht': restriction alone",
    subject: 'Meine Daten',
    body: 'Guten Tag,\n\nich hatte um die Löschung meiner Daten gebeten, aber bitte tun Sie das noch nicht, ich brauche sie für einen Rechtsstreit.\n\nKarl',
    rights: ['restriction'],
  },
  {
    rule: "French 'supprimer mes données, mais ne le faites pas encore': restriction alone",
    subject: 'Mes données',
    body: "Bonjour,\n\nje vous avais demandé de supprimer mes données, mais ne le faites pas encore : j'en ai besoin pour un litige.\n\nLuc",
    rights: ['restriction'],
  },
  {
    rule: "English 'not used or shared ... but she does not want it deleted' for an employee: restriction, no objection",
    subject: 'Stop using her file',
    body: 'Hello,\n\nOne of our staff disputes a note in her file. She wants the file not used or shared while we check it, but she does not want it deleted. Can you help?\n\nMark',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'niet gebruikt of gedeeld ..., maar ook niet verwijderd': restriction",
    subject: 'Dossier oud-medewerker',
    body: 'Hallo,\n\nEen oud-medewerker betwist zijn beoordeling. Hij wil dat het dossier niet gebruikt of gedeeld wordt, maar ook niet verwijderd. Kunnen jullie dat regelen?\n\nSanne',
    rights: ['restriction'],
  },
  {
    rule: "German 'soll nicht verwendet, aber auch nicht gelöscht werden': restriction",
    subject: 'Personalakte',
    body: 'Guten Tag,\n\neine frühere Mitarbeiterin bestreitet einen Vermerk. Die Akte soll nicht verwendet, aber auch nicht gelöscht werden.\n\nKarl',
    rights: ['restriction'],
  },
  {
    rule: "French 'demande que ces notes ne soient pas utilisées, mais pas supprimées': restriction",
    subject: 'Dossier',
    body: 'Bonjour,\n\nune ancienne salariée conteste une note. Elle demande que ces notes ne soient pas utilisées, mais pas supprimées non plus.\n\nMerci',
    rights: ['restriction'],
  },
  {
    rule: "English 'keep my account as it is, but do not let anyone open it' beside the authority's case: complaint and restriction",
    subject: 'Complaint lodged',
    body: 'Dear Sir or Madam,\n\nI complained to the Irish Data Protection Commission last week about how you handled my request. Please keep my account as it is, but do not let anyone open it or use it until the authority has decided.\n\nSean',
    rights: ['complaint', 'restriction'],
  },
  {
    rule: "Dutch 'bewaar mijn mailbox zoals hij is, maar laat niemand erin kijken': restriction",
    subject: 'Mijn oude mailbox',
    body: 'Hallo,\n\nBewaar mijn mailbox zoals hij is, maar laat niemand erin kijken of hem gebruiken tot de AP heeft beslist.\n\nNoor',
    rights: ['restriction'],
  },
  {
    rule: "German 'lassen Sie mein Postfach, wie es ist, aber niemand darf es öffnen': restriction",
    subject: 'Mein Postfach',
    body: 'Guten Tag,\n\nbitte lassen Sie mein Postfach, wie es ist, aber niemand darf es öffnen oder nutzen, bis die Behörde entschieden hat.\n\nKarl',
    rights: ['restriction'],
  },
  {
    rule: "French 'gardez ma boîte mail telle quelle, mais que personne ne l'ouvre': restriction",
    subject: 'Ma boîte mail',
    body: "Bonjour,\n\ngardez ma boîte mail telle quelle, mais que personne ne l'ouvre ni ne l'utilise tant que la CNIL n'a pas tranché.\n\nLuc",
    rights: ['restriction'],
  },
  {
    rule: 'a shared mailbox whose deletion is held back asks nothing',
    subject: 'Shared mailbox',
    body: "Hi,\n\nLast week we asked you to delete the old shared mailbox, but please don't do that yet, finance still needs it.\n\nTom",
    rights: [],
  },
  {
    rule: 'a VLAN whose removal is held back asks nothing',
    subject: 'VLAN',
    body: 'Hoi,\n\nIk vroeg jullie gisteren de oude VLAN te verwijderen, maar doe dat nog niet, de migratie loopt nog.\n\nTom',
    rights: [],
  },
  {
    rule: 'firewall rules whose deletion is held back ask nothing',
    subject: 'Firewall',
    body: 'Hallo,\n\nwir hatten um die Löschung der alten Firewall-Regeln gebeten, aber tun Sie das noch nicht.\n\nTom',
    rights: [],
  },
  {
    rule: 'a server kept as it is that no one may log on to asks nothing',
    subject: 'Server',
    body: 'Hoi,\n\nLaat de server zoals hij is, maar laat niemand erop inloggen of hem gebruiken.\n\nTom',
    rights: [],
  },
];

describe('classifyEmail: the sender\'s data kept and not used, its erasure held back', () => {
  it.each(ERASURE_HELD_BACK_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
