import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mailing quoted below the sender's words with "> " and no "On ... wrote" line above it: its reason for writing ("Vous recevez ce
 * message car ...") is the mailing's, not the sender's, so his own ask above it stands. The same reason in a new mail of ours to
 * every reader still says the mail informs. Sentences written for these tests.
 */
const QUOTED_MAILING_REASON_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French: 'merci de me retirer de la liste' above a '> '-quoted mailing that tells why it was sent leaves the mailing",
    subject: 'désinscription',
    body: "Je ne veux plus la recevoir, merci de me retirer de la liste.\n\n> Vous recevez cette lettre mensuelle car vous avez acheté chez nous.",
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch: 'Graag afmelden' above a '> '-quoted mailing that tells why it was sent leaves the mailing",
    subject: 'afmelden',
    body: 'Graag afmelden voor deze nieuwsbrief.\n\n> U krijgt deze mailing omdat u vorig jaar bij ons een laptop kocht.',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch: a new mail to every reader, its reason given unquoted, informs: its advice to ask a copy asks nothing",
    subject: 'Nieuwsbrief maart',
    body: 'Beste lezer,\n\nVerwijder gerust al uw oude wachtwoorden uit uw browser en vraag bij elk bedrijf een kopie van uw persoonsgegevens op.\n\nU ontvangt deze e-mail omdat u lid bent van onze vereniging.',
    rights: [],
  },
];

describe('classifyEmail: the reason a quoted mailing gives is not the sender\'s', () => {
  it.each(QUOTED_MAILING_REASON_CASES)('$rule', (quotedCase) => {
    expectRulesRights(quotedCase);
  });
});
