import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Who saw or opened the sender's data (Art. 15(1)(c)), asked in a complaint or a breach report, in sentences of our own;
 * and the permission, audit and pre-sales questions that ask nothing of the kind.
 */
const WHO_SAW_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "French 'qui a eu accès à ma boîte' asks access, not a breach told, beside the complaint",
    subject: 'Réclamation',
    body: "Bonjour,\n\nAprès mon départ, ma boîte est restée ouverte. Je dépose une réclamation et je veux savoir qui a eu accès à ma boîte depuis mars.\n\nNadia",
    rights: ['access', 'complaint'],
  },
  {
    rule: "English 'who opened my file' asks access",
    subject: 'My personnel file',
    body: 'Hello,\n\nA colleague quoted my salary to me yesterday. I would like to know who opened my personnel file this year.\n\nTom',
    rights: ['access'],
  },
  {
    rule: "Dutch 'wie die gelezen heeft' asks access of the address named in its sentence",
    subject: 'Mijn oude adres',
    body: 'Hallo,\n\nIk wil een lijst van de berichten die na mijn vertrek op mijn adres zijn binnengekomen en wie die gelezen heeft.\n\nSanne',
    rights: ['access'],
  },
  {
    rule: "German 'wer auf meine Daten zugegriffen hat' asks access",
    subject: 'Zugriff auf meine Daten',
    body: 'Guten Tag,\n\nbitte teilen Sie mir mit, wer im letzten Jahr auf meine Daten zugegriffen hat.\n\nJonas',
    rights: ['access'],
  },
  {
    rule: "'What data of mine was in there?' after a leak asks access",
    subject: 'Leak?',
    body: 'Hi,\n\nI read in the paper that your customer list was posted online. What data of mine was in there?\n\nPia',
    rights: ['access'],
  },
  {
    rule: "an admin asking who has access to a shared mailbox asks no right",
    subject: 'Shared mailbox',
    body: 'Hi team,\n\nCould you tell me who has access to the sales shared mailbox? I want to add our new intern.\n\nMark',
    rights: [],
  },
  {
    rule: "an audit of who opened a folder of the firm's own asks no right",
    subject: 'Audit log',
    body: 'Hi,\n\nCan you pull the audit log and tell us who opened the contracts folder last Friday?\n\nMark',
    rights: [],
  },
  {
    rule: "'who at your company can read my emails' before buying asks how permissions stand",
    subject: 'Question before we sign',
    body: 'Hello,\n\nBefore we move our mail to you: who at your company can read my emails, and where are they stored?\n\nMark',
    rights: [],
  },
  {
    rule: "'I do not know who opened my mailbox' tells, it does not ask",
    subject: 'Strange logins',
    body: 'Hi,\n\nI changed my password. I do not know who opened my mailbox, but it is fine now.\n\nMark',
    rights: [],
  },
];

describe('classifyEmail: who saw my data, asked beside a complaint or a breach', () => {
  it.each(WHO_SAW_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
