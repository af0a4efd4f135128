import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Proof or confirmation that a request was carried out, sent to the sender, is word that it was done, not a copy of his data,
 * in sentences of our own; a copy of his data asked beside it still is access.
 */
const PROOF_SENT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'remove my details and send me proof' asks the erasure alone",
    subject: 'my account',
    body: 'Hi,\n\nI stopped using your service last year. Remove my details from your database and send me proof.\n\nTom',
    rights: ['erasure'],
  },
  {
    rule: "English 'send me written confirmation' after an erasure asks no copy",
    subject: 'closing my account',
    body: 'Hello,\n\nPlease erase my account and send me written confirmation once it is done.\n\nTom',
    rights: ['erasure'],
  },
  {
    rule: "Dutch 'stuur mij een schriftelijke bevestiging' after an erasure asks no copy",
    subject: 'opzeggen',
    body: 'Hallo,\n\nWis alstublieft mijn klantgegevens en stuur mij een schriftelijke bevestiging.\n\nAnouk',
    rights: ['erasure'],
  },
  {
    rule: "German 'schicken Sie mir eine Bestätigung' after an erasure asks no copy",
    subject: 'Kündigung',
    body: 'Hallo,\n\nbitte entfernen Sie mein Kundenkonto und schicken Sie mir eine kurze Bestätigung.\n\nJonas',
    rights: ['erasure'],
  },
  {
    rule: "French 'envoyez-moi une preuve' after an erasure asks no copy",
    subject: 'mon compte',
    body: "Bonjour,\n\nEffacez mon compte client et envoyez-moi une preuve de l'effacement.\n\nClaire",
    rights: ['erasure'],
  },
  {
    rule: 'a copy of the data asked beside the confirmation is still access',
    subject: 'my data',
    body: 'Hi,\n\nPlease send me a copy of my personal data and a confirmation that you received this request.\n\nTom',
    rights: ['access'],
  },
  {
    rule: "Dutch 'stuur mij mijn gegevens' with no proof named is still access",
    subject: 'gegevens',
    body: 'Hallo,\n\nStuur mij alle gegevens die jullie van mij hebben.\n\nAnouk',
    rights: ['access'],
  },
];

describe('classifyEmail: proof of a request carried out, sent to the sender', () => {
  it.each(PROOF_SENT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
