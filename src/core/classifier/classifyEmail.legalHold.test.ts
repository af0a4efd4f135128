import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';
import { expectDoubtedNo } from './rulesRights.test-support.ts';

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

/**
 * The firm's own legal case against someone it employed: what it keeps of his is a legal hold for its case, no restriction he
 * asked. A doubted "no", so the models leave it; the sender's own case, or one against a former supplier or landlord, restricts.
 */
const OWN_CASE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'proceedings against a former project manager' keeps his mailbox for the firm's case",
    subject: 'Litigation hold',
    body: 'Hi,\n\nWe have started proceedings against a former project manager who copied our drawings. Our lawyer wants everything kept: please put his mailbox on litigation hold and do not delete anything.\n\nMark',
    rights: [],
  },
  {
    rule: "Dutch 'een procedure tegen een oud-medewerker' keeps his mailbox for the firm's case",
    subject: 'procedure',
    body: 'Beste support,\n\nWe zijn een procedure begonnen tegen een oud-medewerker. Onze advocaat wil dat zijn mailbox bewaard blijft: niet verwijderen graag, ook niet bij de opruimactie.\n\nKees',
    rights: [],
  },
  {
    rule: "German 'ein Verfahren gegen unseren ehemaligen Geschäftsführer' keeps his mailbox for the firm's case",
    subject: 'Verfahren',
    body: 'Hallo,\n\nwir führen ein Verfahren gegen unseren ehemaligen Geschäftsführer. Bitte sein Postfach nicht löschen, unser Anwalt braucht es noch.\n\nJonas',
    rights: [],
  },
  {
    rule: "French 'une procédure contre notre ancien salarié' keeps his mailbox for the firm's case",
    subject: 'procédure',
    body: "Bonjour,\n\nNous avons engagé une procédure contre notre ancien salarié. Merci de ne pas supprimer sa boîte mail, notre avocat en a besoin.\n\nClaire",
    rights: [],
  },
  {
    rule: "the sender's own case 'gegen meinen früheren Arbeitgeber' still restricts",
    subject: 'Bitte nicht löschen',
    body: 'Hallo,\n\nich führe einen Rechtsstreit gegen meinen früheren Arbeitgeber, Ihren Kunden. Bitte löschen Sie meine Mails nicht, aber verwenden Sie sie auch nicht.\n\nJonas',
    rights: ['restriction'],
  },
  {
    rule: "a case 'against our former landlord' names no one the firm employed: it still restricts",
    subject: 'Keep my tickets',
    body: 'Hello,\n\nI need my old tickets for a court case against our former landlord. Please keep them, but do not use them for anything else.\n\nMark',
    rights: ['restriction'],
  },
];

describe("classifyEmail: the firm's own case against someone it employed", () => {
  it.each(OWN_CASE_CASES)('$rule', ({ subject, body, rights }) => {
    if (rights.length === 0) {
      expectDoubtedNo(subject, body);
      return;
    }
    expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
  });
});

describe('classifyEmail: a litigation hold is no restriction', () => {
  it.each(LEGAL_HOLD_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

describe('classifyEmail: a legal hold asked is an errand of another kind', () => {
  it.each([
    'Hello,\n\nWe have a legal dispute with an ex-sales lead. Please place his OneDrive and mailbox under litigation hold, so nothing is lost before our lawyers say so.\n\nLegal',
    'Hallo,\n\nWe hebben een rechtszaak met een oud-medewerker. Zetten jullie zijn mailbox op legal hold, zodat er niets verwijderd wordt?\n\nGroet, Juridische zaken',
  ])('doubts its "no", so the models do not make it a request: %s', (body) => {
    expectDoubtedNo('Legal hold', body);
  });
});
