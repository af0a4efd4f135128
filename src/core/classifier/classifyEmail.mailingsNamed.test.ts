import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

interface MailingCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

function expectRights({ subject, body, rights }: MailingCase): void {
  expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
}

/** These mails sent no more, to the sender or someone he writes for, in French and German as in English and Dutch. */
const STOP_SENDING_CASES: readonly MailingCase[] = [
  { rule: "French 'arrêter de lui envoyer ces mails'", subject: 'mon père', body: "Bonjour,\n\nMon père a 90 ans. Pourriez-vous arrêter de lui envoyer ces mails ?\n\nAnne", rights: ['unsubscribe'] },
  { rule: "French 'cessez de nous envoyer ces courriels'", subject: 'courriels', body: 'Cessez de nous envoyer ces courriels, merci.', rights: ['unsubscribe'] },
  { rule: "German 'hören Sie auf, mir diese Mails zu schicken'", subject: 'Mails', body: 'Guten Tag,\n\nbitte hören Sie auf, mir diese Mails zu schicken.\n\nKarl', rights: ['unsubscribe'] },
  { rule: 'French invoices sent twice are no mailing', subject: 'factures', body: 'Vous pouvez arrêter de nous envoyer ces factures en double ?', rights: [] },
];

/** A survey named by the question it asks, stopped while the newsletter is kept: an objection. */
const SURVEY_CASES: readonly MailingCase[] = [
  { rule: "Dutch 'die \"Hoe tevreden bent u?\"-mails'", subject: 'mails na tickets', body: 'Kunnen jullie mij uitzetten voor die "Hoe tevreden was u?"-mails? De nieuwsbrief is prima.', rights: ['objection'] },
  { rule: "English 'the \"how did we do?\" emails'", subject: 'feedback mails', body: 'Please stop the "How did we do?" emails after each call. Thanks, Lee', rights: ['objection'] },
  { rule: "German 'diese „Wie zufrieden waren Sie?“-Mails'", subject: 'Mails', body: 'Bitte stoppen Sie diese „Wie zufrieden waren Sie?“-Mails nach jedem Ticket.', rights: ['objection'] },
  { rule: "French 'les mails « Êtes-vous satisfait ? »'", subject: 'mails', body: 'Pouvez-vous arrêter les mails « Êtes-vous satisfait ? » après chaque appel ?', rights: ['objection'] },
  { rule: 'the question answered asks nothing', subject: 'Re: ticket 5120', body: 'How satisfied are you? Very, the printer works again.', rights: [] },
];

/** A bare "STOP" under a newsletter issue named by its month leaves that newsletter. */
const ISSUE_CASES: readonly MailingCase[] = [
  { rule: "Dutch 'Re: Nieuws oktober'", subject: 'Re: Nieuws november - nieuwe openingstijden', body: 'STOP', rights: ['unsubscribe'] },
  { rule: "English 'Re: News March'", subject: 'Re: News March - our new office', body: 'stop', rights: ['unsubscribe'] },
  { rule: "French 'Re: Actualités de mars'", subject: 'Re: Actualités de mars', body: 'STOP', rights: ['unsubscribe'] },
  { rule: 'a reply to a ticket is no mailing', subject: 'Re: Ticket 3381 printer offline', body: 'STOP', rights: [] },
];

describe('classifyEmail: these mails sent no more', () => {
  it.each(STOP_SENDING_CASES)('$rule', expectRights);
});

describe('classifyEmail: a survey named by its question', () => {
  it.each(SURVEY_CASES)('$rule', expectRights);
});

describe('classifyEmail: a newsletter issue named by its month', () => {
  it.each(ISSUE_CASES)('$rule', expectRights);
});
