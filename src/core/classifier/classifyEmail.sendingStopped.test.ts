import type { RightLabel } from '../rights/rightLabel.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A sending we are asked to stop, the stop verb first, sends the sender nothing: its "send" asks no copy of the data named beside
 * it in the sentence. A copy or what we hold, asked in the same sentence, is still access.
 */
const SENDING_STOPPED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "German 'hören Sie auf, mir ... zu schicken' beside an erasure asks no copy",
    subject: 'Ihre Angebote',
    body: 'Guten Tag,\n\nbitte hören Sie auf, mir jede Woche Ihre Angebote zu schicken, und entfernen Sie meine Daten aus Ihrem System.\n\nLena Brandt',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "Dutch 'stop met het sturen van reclame' beside an erasure asks no copy",
    subject: 'reclame',
    body: 'Hallo,\n\nStop alsjeblieft met het sturen van die reclamefolders en verwijder daarna mijn gegevens.\n\nGert',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "Dutch 'hou op met mij ... te sturen' beside an erasure asks no copy",
    subject: 'aanbiedingen',
    body: 'Beste,\n\nHou nou eens op met mij elke dag aanbiedingen te sturen en haal mijn gegevens weg.\n\nGert',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "French 'cessez de m'envoyer' beside an erasure asks no copy",
    subject: 'publicité',
    body: "Bonjour,\n\nCessez de m'envoyer vos offres chaque semaine et effacez mes données.\n\nNadia",
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: 'a copy asked beside the stopped sending is still access',
    subject: 'reclame',
    body: 'Hallo,\n\nStop met het sturen van reclame en stuur mij een kopie van mijn gegevens.\n\nGert',
    rights: ['access', 'unsubscribe'],
  },
  {
    rule: "German 'welche Daten' asked beside the stopped sending is still access",
    subject: 'Newsletter',
    body: 'Hallo,\n\nhören Sie auf, mir den Newsletter zu schicken, und sagen Sie mir, welche Daten über mich bei Ihnen gespeichert sind.\n\nLena',
    rights: ['access', 'unsubscribe'],
  },
  {
    rule: "French 'me transmettre mes données' with no sending stopped is still access",
    subject: 'mes données',
    body: "Bonjour,\n\nVous pouvez me transmettre mes données personnelles, s'il vous plaît ?\n\nNadia",
    rights: ['access'],
  },
];

describe('classifyEmail: a sending asked to stop sends no copy', () => {
  it.each(SENDING_STOPPED_CASES)('$rule', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
