import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A processing agreement asked for, by its name or in plain words, is a contract between firms, in sentences of our own: no
 * right stands and the "no" is doubted (`needsReview`), so the models do not make "send it to me" a copy asked. A right asked
 * beside it still stands.
 */
const PROCESSING_AGREEMENT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "German 'so einen Datenschutzvertrag ... schicken Sie ihn mir' is no copy asked",
    subject: 'Vertrag',
    body: 'Hallo,\n\nunsere Buchhalterin meint, wir brauchen mit Ihnen so einen Datenschutzvertrag. Haben Sie einen? Dann schicken Sie ihn mir bitte.\n\nUwe',
    rights: [],
  },
  {
    rule: "Dutch 'een verwerkersovereenkomst ... stuur die maar op' is no copy asked",
    subject: 'contract',
    body: 'Hoi,\n\nOnze accountant zegt dat we een verwerkersovereenkomst met jullie moeten hebben. Stuur die maar op, dan teken ik hem.\n\nKees',
    rights: [],
  },
  {
    rule: "English 'a data processing agreement ... send it over' is no copy asked",
    subject: 'paperwork',
    body: 'Hi,\n\nOur insurer asks whether we have a data processing agreement with you. If you have one, could you send it over?\n\nAnn',
    rights: [],
  },
  {
    rule: 'an erasure asked beside a processing agreement still stands',
    subject: 'mijn gegevens',
    body: 'Hallo,\n\nJullie hebben geen verwerkersovereenkomst met dat bureau. Verwijder al mijn gegevens.\n\nKees',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a processing agreement asked for', () => {
  it.each(PROCESSING_AGREEMENT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(true);
  });
});
