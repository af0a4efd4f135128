import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Sent "by mistake" is a misdirection, not a wrong detail to put right, in sentences of our own; a detail called wrong is
 * still corrected.
 */
const BY_MISTAKE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'It reached him by mistake' after my name and address tells a breach, no correction",
    subject: 'Letter sent to the wrong customer',
    body: 'Hello,\n\nYour letter with my name, home address and contract details went to another customer. It reached him by mistake.\n\nPlease tell me what else of my data was sent to him.\n\nRegards, Viktor',
    rights: ['access', 'breach_report'],
  },
  {
    rule: "Dutch 'per ongeluk naar een andere klant gestuurd' tells a breach, no correction",
    subject: 'Mijn gegevens bij een ander',
    body: 'Hallo,\n\nJullie hebben mijn naam en adres per ongeluk naar een andere klant gestuurd. Zij belde mij vanmorgen.\n\nGroet, Viktor',
    rights: ['breach_report'],
  },
  {
    rule: 'a name called wrong is still put right',
    subject: 'My name',
    body: 'Hello,\n\nYou have my name as Hannah. That is a mistake: it is Hanna. Please correct it.\n\nRegards, Hanna',
    rights: ['rectification'],
  },
  {
    rule: "German: the subject says 'nicht für mich' above someone else's details told in the body",
    subject: 'Rechnung 2026-0301 - nicht für mich',
    body: 'Hallo,\n\ndiese Rechnung kam bei mir an, sie gehört einem Herrn Vos in Zeist. Darin stehen sein Name, seine Adresse und seine Telefonnummer.\n\nGruß\nAnke',
    rights: ['breach_report'],
  },
  {
    rule: "an offer called 'not for me' in the subject tells no one's details",
    subject: 'Your offer - not for me',
    body: 'Hello,\n\nThanks for the quote for the new phones. We received it, but it is too expensive for us right now.\n\nAnke',
    rights: [],
  },
  {
    rule: "'niet uitleggen aan onze directie' beside something received tells no mail that is not ours",
    subject: 'Verwerkersovereenkomst',
    body: 'Beste,\n\nZonder getekende overeenkomst krijgen wij een bevinding van de auditor, en dat kan ik niet toelichten aan onze klanten.\n\nIlse',
    rights: [],
  },
];

describe('classifyEmail: sent by mistake is no wrong detail', () => {
  it.each(BY_MISTAKE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
