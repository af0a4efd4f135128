import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A writer excusing his Dutch or French calls no detail of his wrong, in sentences of our own; a detail that "staat niet
 * goed" is still corrected.
 */
const LANGUAGE_APOLOGY_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'Mijn Nederlands is niet zo goed, sorry' after 'naar dit adres' asks no correction",
    subject: 'Vraag',
    body: 'Hallo,\n\nIk wil weten welke gegevens u van mij heeft. Stuur het naar dit adres alstublieft. Mijn Nederlands is niet zo goed, sorry.\n\nDank, Marta',
    rights: ['access'],
  },
  {
    rule: "Dutch 'ik spreek niet goed Nederlands' after 'op dit nummer' asks no correction",
    subject: 'Vraag',
    body: 'Hallo,\n\nWelke gegevens hebben jullie over mij? U kunt mij bellen op dit nummer. Ik spreek niet goed Nederlands.\n\nMarta',
    rights: ['access'],
  },
  {
    rule: "French 'mon français n'est pas très bon' after 'à cette adresse' asks no correction",
    subject: 'Question',
    body: "Bonjour,\n\nJe voudrais savoir quelles données vous avez sur moi. Envoyez-les à cette adresse. Mon français n'est pas très bon, désolée.\n\nMarta",
    rights: ['access'],
  },
  {
    rule: "an address that 'staat niet goed' is still corrected",
    subject: 'Adres',
    body: 'Hallo,\n\nMijn adres staat niet goed in jullie systeem. Het is Kerkstraat 12.\n\nMarta',
    rights: ['rectification'],
  },
];

describe('classifyEmail: an apology for one language is no wrong detail', () => {
  it.each(LANGUAGE_APOLOGY_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
