import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * The title of a mail, letter or attachment of ours, set in quotation marks after the words that name it ("your mail titled",
 * "uw bericht", "eine Nachricht von Ihnen mit dem Betreff", "un courriel de votre part intitulé"), names that mail and asks
 * nothing. The title of the sender's own mail still names what he asked ("I sent you an email titled 'Delete my data'").
 */
const NAMED_TITLE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'your mail titled \"Your data access request\"' asks no access",
    subject: 'Not for me',
    body: 'Hello,\n\nThis morning your mail titled "Your data access request" reached me by mistake. It contains the name, address and phone number of another customer.\n\nAnn',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'uw bericht 'Uw inzageverzoek'' asks no access",
    subject: 'Verkeerd',
    body: "Goedemiddag,\n\nIk kreeg uw bericht 'Uw inzageverzoek' met de gegevens van een andere klant. Ik heb zelf nooit iets gevraagd.\n\nPiet",
    rights: ['breach_report'],
  },
  {
    rule: "German 'eine Nachricht von Ihnen mit dem Betreff „Ihre Löschanfrage“' asks no erasure",
    subject: 'Irrläufer',
    body: 'Guten Tag,\n\nich habe eine Nachricht von Ihnen mit dem Betreff „Ihre Löschanfrage“ bekommen. Ich bin dort gar nicht Kunde.\n\nGrüße\nTina',
    rights: [],
  },
  {
    rule: "French 'votre courriel intitulé « Confirmation de suppression de vos données »' asks no erasure",
    subject: 'Erreur ?',
    body: "Bonjour,\n\nJ'ai reçu votre courriel intitulé « Confirmation de suppression de vos données » alors que je ne suis pas client chez vous.\n\nLéa",
    rights: [],
  },
  {
    rule: "the sender's own mail named by its title still asks: 'I sent you an email titled \"Delete my data\"'",
    subject: 'Still waiting',
    body: 'Hi,\n\nI sent you an email titled "Delete my data" on 3 May and have heard nothing since.\n\nTom',
    rights: ['erasure'],
  },
  {
    rule: "Dutch 'stuurde ik jullie een mail met als onderwerp' is the sender's own mail",
    subject: 'Geen reactie',
    body: 'Hallo,\n\nOp 3 mei stuurde ik jullie een mail met als onderwerp "Verwijder mijn gegevens". Nog steeds geen reactie.\n\nEls',
    rights: ['erasure'],
  },
  {
    rule: "'did you receive my email titled' is the sender's own mail",
    subject: 'my request',
    body: 'Hello,\n\nDid you receive my email titled "Delete my data"? It has been a month.\n\nRoss',
    rights: ['erasure'],
  },
  {
    rule: 'a right asked after the title of our mail stands',
    subject: 'your invoice mail',
    body: 'Hi,\n\nYour email "Your invoice for May" arrived. Please delete my data and stop the newsletter.\n\nKim',
    rights: ['erasure', 'unsubscribe'],
  },
];

describe('classifyEmail: the title of a mail of ours named', () => {
  it.each(NAMED_TITLE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
