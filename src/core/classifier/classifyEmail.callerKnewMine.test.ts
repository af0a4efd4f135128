import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Someone who called or wrote knew the sender's details: his data reached that person, not someone else's data the sender,
 * so it reports no breach of ours; what the sender asks (what we hold, where it came from) stands. Someone else's details
 * that reached the sender still report one.
 */
const CALLER_KNEW_MINE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'a call from someone who knew my name' beside a question what we hold: access alone",
    subject: 'Strange call',
    body: 'Hello,\n\nLast week I received a call from someone who knew my name and my home address. Could you tell me what personal data you hold about me?\n\nOwen',
    rights: ['access'],
  },
  {
    rule: "German 'jemand ... wusste meinen Namen' beside a question what is stored: access alone",
    subject: 'Was speichern Sie?',
    body: 'Guten Tag,\n\ngestern bekam ich einen Anruf, jemand von einer Firma wusste meinen Namen und meine Adresse. Ich will wissen, was Sie über mich gespeichert haben.\n\nFranz',
    rights: ['access'],
  },
  {
    rule: "Dutch 'iemand die mijn naam wist' beside a question what we hold: access alone",
    subject: 'Vreemd telefoontje',
    body: 'Hallo,\n\nIk kreeg een telefoontje van iemand die mijn naam en adres wist. Ik wil graag weten welke gegevens jullie van mij hebben.\n\nEsther',
    rights: ['access'],
  },
  {
    rule: "French 'quelqu'un qui connaissait mon nom' beside a question what we hold: access alone",
    subject: 'Appel bizarre',
    body: "Bonjour,\n\nJ'ai reçu un appel de quelqu'un qui connaissait mon nom et mon adresse. Je voudrais savoir quelles données vous avez sur moi.\n\nInès",
    rights: ['access'],
  },
  {
    rule: "someone else's home address and phone in a mail that reached the sender still reports a breach",
    subject: 'wrong attachment',
    body: 'hi, got an email from you with someone elses invoice attached, it has their home address and phone number on it.',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a caller who knew the sender’s details', () => {
  it.each(CALLER_KNEW_MINE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
