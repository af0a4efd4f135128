import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A sender who asks us not to delete his data and to stop using it restricts: the words of erasing in that mail tell
 * our deletion plan or what he refuses. Erasure asked beside a restriction of what the law keeps still stands.
 */
const RESTRICTION_NOT_ERASED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'do not delete or anonymise my data' beside 'keep it but do not use it': restriction alone",
    subject: 'My support history',
    body: 'Hello,\n\nI have a legal dispute with my landlord and my support calls with you are evidence. Please do not delete or anonymise my data on those calls; keep it, but do not use it for anything else until the case is settled.\n\nRegards,\nOwen',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'de gegevens niet te verwijderen' after our deletion plan told: restriction alone",
    subject: 'Mijn gegevens',
    body: 'Beste mensen,\n\nIk las dat mijn gegevens volgende maand worden verwijderd. Ik heb ze nodig voor een geschil met mijn verzekeraar. Ik verzoek u de gegevens niet te verwijderen, maar ze te bewaren en verder niet te gebruiken tot het geschil is opgelost.\n\nEsther',
    rights: ['restriction'],
  },
  {
    rule: "German 'Löschen Sie nichts' beside the restriction asked, our faulty deletion told: restriction alone",
    subject: 'Einschränkung',
    body: 'Guten Tag,\n\nin Ihrem System steht, ich hätte Daten gelöscht. Das bestreite ich. Ich verlange die Einschränkung der Verarbeitung meiner Daten, bis das geklärt ist. Löschen Sie nichts, aber verwenden Sie die Daten nicht.\n\nFranz',
    rights: ['restriction'],
  },
  {
    rule: "French 'ne supprimez rien' beside the restriction asked: restriction alone",
    subject: 'Litige',
    body: "Bonjour,\n\nJe conteste votre facture. Vous m'avez annoncé que vous alliez effacer mes données. Ne supprimez rien, mais n'utilisez plus mes données jusqu'à ce que le litige soit réglé.\n\nInès",
    rights: ['restriction'],
  },
  {
    rule: 'an erasure asked beside the restriction of what the law keeps stands',
    subject: 'Verwijderen',
    body: 'Hallo,\n\nVerwijder alle gegevens die u van mij heeft. De facturen moet u fiscaal bewaren: gebruik die verder nergens meer voor.\n\nEsther',
    rights: ['erasure', 'restriction'],
  },
  {
    rule: "'do not delete my account' without a restriction asks no erasure and no restriction",
    subject: 'Account',
    body: 'Hi,\n\nI got your notice about inactive accounts. Please do not delete my account, I still use it every month.\n\nOwen',
    rights: [],
  },
];

describe('classifyEmail: data kept and not used, deletion refused', () => {
  it.each(RESTRICTION_NOT_ERASED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
