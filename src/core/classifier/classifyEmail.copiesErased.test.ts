import type { RightLabel } from '../rights/rightLabel.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * All copies named beside what is erased are more to erase, not a copy asked for; a copy asked to be sent still is access.
 */
const COPIES_ERASED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'and any copies of it' after an erasure asks no copy",
    subject: 'withdrawn',
    body: 'Hello,\n\nI have taken another job. Kindly erase my application and any copies of it you still keep.\n\nRuth',
    rights: ['erasure'],
  },
  {
    rule: "German 'und sämtlicher Kopien' after an erasure asks no copy",
    subject: 'Rückzug',
    body: 'Guten Tag,\n\nich ziehe zurück und bitte um die Löschung meiner Bewerbungsmappe und sämtlicher Kopien davon.\n\nJan',
    rights: ['erasure'],
  },
  {
    rule: "Dutch 'en alle kopieën' after an erasure asks no copy",
    subject: 'sollicitatie',
    body: 'Beste,\n\nIk trek me terug. Wis mijn sollicitatie en cv, en alle kopieën die er nog rondgaan.\n\nJoris',
    rights: ['erasure'],
  },
  {
    rule: 'a copy asked to be sent beside the erasure is still access',
    subject: 'Daten',
    body: 'Hallo,\n\nich hätte gern vorab eine Kopie meiner Daten; löschen Sie danach alle Kopien bei Ihnen.\n\nJan',
    rights: ['access', 'erasure'],
  },
];

describe('classifyEmail: copies named beside an erasure are erased', () => {
  it.each(COPIES_ERASED_CASES)('$rule', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
