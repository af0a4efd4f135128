import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Data moved straight to a new provider while the sender declines a copy of his own in plain words ("ik hoef zelf geen kopie")
 * is portability alone, whatever else in the mail names an export; a copy asked for him beside it, or a copy asked in a mail that
 * declines none, is still access.
 */
const COPY_DECLINED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'Export my mailbox' above a move to a new Gmail and 'No need to send me anything' is portability alone",
    subject: 'Export my mailbox',
    body: "Hi,\n\nFrom March I work on my own. Please put my mailbox and contacts straight into the new Gmail account, PST is fine. No need to send me anything.\n\nTeun",
    rights: ['portability'],
  },
  {
    rule: "English 'I don't need a copy' after data handed directly to the new provider",
    subject: 'Moving providers',
    body: "Hello,\n\nI'm switching my company to another MSP next month. Please hand over my mailbox and calendar data as a PST file directly to them. I don't need a copy.\n\nMaud",
    rights: ['portability'],
  },
  {
    rule: "Dutch 'Ik hoef zelf geen kopie' after my data sent to the new party in a common format",
    subject: 'Overstap',
    body: 'Beste,\n\nIk stap over naar een andere ICT-partij. Willen jullie mijn gegevens en mijn tickets in een gangbaar formaat (csv) naar hen sturen? Ik hoef zelf geen kopie.\n\nGroet, Sanne',
    rights: ['portability'],
  },
  {
    rule: "Dutch 'ik heb geen kopie nodig' beside an export of my agenda straight into my new account",
    subject: 'agenda',
    body: 'Hoi,\n\nmijn agenda en adresboek graag als ics en csv exporteren en meteen in mijn nieuwe Google account zetten. ik heb geen kopie nodig.\n\nBram',
    rights: ['portability'],
  },
  {
    rule: "German 'Ich brauche keine Kopie' after an export in a machine-readable format for the new provider",
    subject: 'Export meiner Daten',
    body: 'Hallo,\n\nich wechsle zu einem neuen Anbieter. Bitte übertragen Sie meine Kontakte und Tickets als CSV direkt an den neuen Anbieter. Ich brauche keine Kopie.\n\nJonas',
    rights: ['portability'],
  },
  {
    rule: "French 'je n'ai pas besoin de copie' after a transfer to the new provider",
    subject: 'Export de mes données',
    body: "Bonjour,\n\nje change de prestataire. Merci de transmettre mes données (contacts, tickets) en CSV à mon nouveau prestataire. Je n'ai pas besoin de copie.\n\nClaire",
    rights: ['portability'],
  },
  {
    rule: 'a copy asked for the sender beside the transfer is access too',
    subject: 'Moving providers',
    body: "Hello,\n\nPlease transfer my contacts as a CSV file to my new provider. I don't need a copy of those.\n\nCould you send me my ticket history as well?\n\nMaud",
    rights: ['access', 'portability'],
  },
  {
    rule: 'a copy asked and a file for a new supplier, no copy declined, is access and portability',
    subject: 'My data as CSV',
    body: "Hello,\n\nPlease send me my personal data in a CSV file; I am moving to a new supplier and want to bring it along.\n\nMaud",
    rights: ['access', 'portability'],
  },
];

describe('classifyEmail: a copy declined beside a direct transfer', () => {
  it.each(COPY_DECLINED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
