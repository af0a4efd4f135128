import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Asks cut short as people type them: an erasure of what was just named by its verb alone ("Graag verwijderen.", "Bitte
 * löschen."), data wanted out of a named place ("uit de backups gaan"), a birth date written "geb datum", a new number written
 * "nieuw 06". A firm's new office address stays routine, and a bare verb after a firewall rule, or a folder restored out of a
 * backup, erases nothing of the sender's, nor do files told gone from a drive. Sentences written for these tests.
 */
const CLIPPED_ASK_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'Graag verwijderen.' after the sender's application named",
    subject: 'Re: vacature',
    body: 'Hallo Mirjam,\n\nJammer dat het niets werd. Mijn sollicitatie hoeft niet in jullie bestand te blijven. Graag verwijderen.\n\nDaan',
    rights: ['erasure'],
  },
  {
    rule: "German 'Bitte löschen.' after the sender's mobile number named",
    subject: 'Nummer',
    body: 'Hallo,\n\nmeine private Handynummer steht noch in Ihrem Ticketsystem. Bitte löschen.\n\nUwe',
    rights: ['erasure'],
  },
  {
    rule: "'geb datum' is the sender's birth date",
    subject: 'portal',
    body: 'geb datum staat fout bij jullie, het is 02-11-1979 en niet 02-12\n\nWillem',
    rights: ['rectification'],
  },
  {
    rule: "'nieuw 06' gives the sender's new number",
    subject: 'mobiel',
    body: 'nieuw 06 is 06-19283746, wil je dat aanpassen?\n\nLiam',
    rights: ['rectification'],
  },
  {
    rule: "Dutch: a customer's client wants his data 'uit de backups' gone",
    subject: 'back-ups',
    body: 'Hoi,\n\nEen cliënt van ons wil dat zijn gegevens ook uit jullie systemen gaan. Kunnen jullie dat voor ons regelen?\n\nMarieke',
    rights: ['erasure'],
  },
  {
    rule: 'a folder restored out of the backup erases nothing',
    subject: 'map terug',
    body: 'Hoi,\n\nDe map Projecten is weg. Kunnen jullie hem uit de backup terugzetten? Uit de backup gaat het het snelst.\n\nMarieke',
    rights: [],
  },
  {
    rule: 'files gone from a drive are an IT problem told, no erasure asked',
    subject: 'help',
    body: 'all my data is gone from sharepoint, the folder is empty since monday. pls help',
    rights: [],
  },
  {
    rule: 'Dutch: files gone from the shared drive are an IT problem told',
    subject: 'help',
    body: 'al mijn gegevens zijn weg van de schijf, de map is leeg. kunnen jullie kijken?',
    rights: [],
  },
  {
    rule: "a firm's new office address stays routine",
    subject: 'Nieuw adres',
    body: 'Beste,\n\nPer 1 april zit ons kantoor aan de Handelsweg 4 in Zeist. Nieuw adres graag op de facturen.\n\nGroet, Ruud',
    rights: [],
  },
  {
    rule: 'a bare verb after a firewall rule erases nothing of the sender',
    subject: 'firewall',
    body: 'Hoi,\n\nDe oude firewallregel voor de printer is niet meer nodig. Graag verwijderen.\n\nBas',
    rights: [],
  },
];

describe('classifyEmail: asks cut short', () => {
  it.each(CLIPPED_ASK_CASES)('$rule', (clippedAskCase) => {
    expectRulesRights(clippedAskCase);
  });
});
