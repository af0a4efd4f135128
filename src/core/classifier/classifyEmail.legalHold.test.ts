import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A litigation or legal hold preserves a mailbox for the firm's own case: it stops no use of the data, in sentences of our
 * own; data kept "on hold" during the sender's dispute still restricts.
 */
const LEGAL_HOLD_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "a processor asked to export a mailbox 'still on litigation hold' for an access request: access alone",
    subject: 'Access request of a former employee',
    body: 'Hi,\n\nA former employee of ours has made a subject access request. Could you export her mailbox for us? It should still be on litigation hold.\n\nThanks, Nora',
    rights: ['access'],
  },
  {
    rule: "data kept 'on hold' while the sender disputes an invoice still restricts",
    subject: 'Disputed invoice',
    body: 'Hello,\n\nI dispute your last invoice. Until this is resolved, keep my data on hold and do not use it for anything else.\n\nNora',
    rights: ['restriction'],
  },
  {
    rule: "a mailbox put on legal hold for our own lawyers asks no right",
    subject: 'Legal hold',
    body: 'Hi,\n\nPlease put the mailbox of our former CFO on legal hold and export it to PST for our lawyers.\n\nThanks, Nora',
    rights: [],
  },
];

describe('classifyEmail: a litigation hold is no restriction', () => {
  it.each(LEGAL_HOLD_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
