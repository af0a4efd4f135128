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

/**
 * A mailing told as what we still send the sender, then the sender taken out whole: he leaves the mailing as well as our
 * records, and what we still send him asks no copy.
 */
const STILL_SENT_CASES: readonly MailingCase[] = [
  { rule: "Dutch 'Jullie sturen me nog steeds de klantnieuwsbrief ... Haal me er helemaal uit.'", subject: 'Uitschrijven', body: 'Jullie sturen me nog steeds de klantnieuwsbrief, terwijl ik al twee jaar geen klant meer ben. Haal me er helemaal uit.', rights: ['erasure', 'unsubscribe'] },
  { rule: "English 'You still send me your newsletter ... delete me from your systems'", subject: 'Your mails', body: 'You still send me your newsletter, though I closed my account last year. Please delete me from your systems.', rights: ['erasure', 'unsubscribe'] },
  { rule: "German 'Sie schicken mir immer noch Ihren Newsletter ... Löschen Sie mich'", subject: 'Newsletter', body: 'Sie schicken mir immer noch Ihren Newsletter, obwohl ich seit Jahren kein Kunde mehr bin. Löschen Sie mich bitte komplett.', rights: ['erasure', 'unsubscribe'] },
  { rule: "French 'Vous m'envoyez toujours votre newsletter ... Supprimez-moi'", subject: 'Newsletter', body: "Vous m'envoyez toujours votre newsletter alors que je ne suis plus client. Supprimez-moi complètement de vos fichiers.", rights: ['erasure', 'unsubscribe'] },
  { rule: 'the newsletter still sent and liked asks nothing', subject: 'nieuwsbrief', body: 'Jullie sturen me nog steeds de nieuwsbrief, leuk om te lezen.', rights: [] },
  { rule: 'outage notices still sent are no mailing to leave', subject: 'storingen', body: 'Jullie sturen me nog steeds de storingsmeldingen van Bakker BV, maar daar werk ik niet meer. Haal me er helemaal uit.', rights: ['erasure'] },
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

describe('classifyEmail: a mailing still sent, the sender taken out whole', () => {
  it.each(STILL_SENT_CASES)('$rule', expectRights);
});

describe('classifyEmail: a newsletter issue named by its month', () => {
  it.each(ISSUE_CASES)('$rule', expectRights);
});
