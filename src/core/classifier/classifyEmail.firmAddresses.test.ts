import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * All the addresses of a firm's people taken off our mailing lists, as an admin asks it, leave the mailing: "all" counts
 * addresses there, as "the following people" or "these colleagues" count the people he lists, and no one's data is asked gone
 * beside them. Everything of a person's taken out stays an erasure.
 */
const FIRM_ADDRESSES_CASES: readonly RulesRightsCase[] = [
  { rule: "English 'remove all the @firm addresses from your newsletter list'", subject: 'Newsletter', body: 'Hello,\n\nCould you remove all the @brandtlegal.com addresses from your newsletter list? The team has no use for it.\n\nKim', rights: ['unsubscribe'] },
  { rule: "Dutch 'alle adressen van ons bureau uit jullie mailinglijst verwijderen'", subject: 'mailings', body: 'Hoi,\n\nWillen jullie alle adressen van ons bureau uit jullie mailinglijst verwijderen?\n\nGroet, Bas', rights: ['unsubscribe'] },
  { rule: "German 'alle Adressen unserer Kanzlei aus Ihrem Verteiler'", subject: 'Verteiler', body: 'Bitte entfernen Sie alle Adressen unserer Kanzlei aus Ihrem Newsletter-Verteiler.', rights: ['unsubscribe'] },
  { rule: "French 'retirer toutes les adresses du cabinet de votre liste'", subject: 'Liste', body: 'Merci de retirer toutes les adresses de notre cabinet de votre liste de diffusion.', rights: ['unsubscribe'] },
  { rule: "the sender's own data removed beside the list stays an erasure", subject: 'Newsletter', body: 'Please remove all my data from your systems and take me off the newsletter list as well.', rights: ['erasure', 'unsubscribe'] },
  { rule: 'addresses added to a mailing ask nothing', subject: 'Newsletter', body: 'Could you add all the addresses of our new staff to your newsletter list?', rights: [] },
  { rule: "English 'take the following people off your newsletter'", subject: 'Mailing list', body: 'Hi,\n\nCould you take the following people off your newsletter? They moved to another branch:\n\n- p.ward@oakdental.co.uk\n- n.shah@oakdental.co.uk\n\nCheers, Tom', rights: ['unsubscribe'] },
  { rule: "Dutch 'onderstaande collega's uit jullie mailinglijst verwijderen'", subject: 'mailinglijst', body: "Goedemiddag,\n\nWillen jullie onderstaande collega's uit jullie mailinglijst verwijderen?\nm.kok@kokbouw.nl\nt.ras@kokbouw.nl\n\nGroet, Ilse", rights: ['unsubscribe'] },
  { rule: "German 'folgende Kolleginnen aus Ihrem Newsletter-Verteiler'", subject: 'Verteiler', body: 'Guten Tag,\n\nbitte streichen Sie folgende Kolleginnen aus Ihrem Newsletter-Verteiler: a.roth@rothbau.de, s.lenz@rothbau.de.\n\nDanke, Uwe', rights: ['unsubscribe'] },
  { rule: "French 'retirer les personnes ci-dessous de votre newsletter'", subject: 'Newsletter', body: 'Bonjour,\n\nPouvez-vous retirer les personnes ci-dessous de votre newsletter ?\nc.roy@royfreres.fr\nl.petit@royfreres.fr\n\nMerci, Anne', rights: ['unsubscribe'] },
  { rule: 'people listed to be added to a mailing ask nothing', subject: 'Newsletter', body: 'Could you add the following people to your newsletter list? They joined this month.', rights: [] },
  { rule: "colleagues taken off a shared mailbox is IT work, no mailing left", subject: 'Mailbox', body: 'Please remove these colleagues from the shared mailbox, they left in June.', rights: [] },
];

describe('classifyEmail: a firm\'s addresses taken off a mailing', () => {
  it.each(FIRM_ADDRESSES_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
