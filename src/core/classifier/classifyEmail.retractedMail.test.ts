import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A body that only takes back a mail the sender sent us asks nothing, whatever its subject names: the "no" is doubted. A body
 * that asks something after taking a mail back, or tells a leak itself, still asks.
 */
const RETRACTED_MAIL_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'meant for our bookkeeper ... Please ignore it' under 'wrong recipient?' reports no breach",
    subject: 'wrong recipient?',
    body: 'Hi,\n\nMy last message was meant for our bookkeeper, not for you. Please ignore it, there was nothing in it that matters.\n\nTom',
    rights: [],
  },
  {
    rule: "Dutch 'negeer mijn vorige mail maar' under 'laptop gestolen?' reports no breach",
    subject: 'Laptop gestolen?',
    body: 'Hoi,\n\nLoos alarm, de laptop lag gewoon bij mijn schoonmoeder. Negeer mijn vorige mail maar.\n\nIlse',
    rights: [],
  },
  {
    rule: "German 'bitte ignorieren Sie meine letzte Mail' under 'Datenpanne' reports no breach",
    subject: 'Datenpanne?',
    body: 'Hallo,\n\nbitte ignorieren Sie meine letzte Mail, der USB-Stick ist wieder aufgetaucht.\n\nGruß, Uwe',
    rights: [],
  },
  {
    rule: "French 'merci d'ignorer mon précédent message' under 'Mauvais destinataire' reports no breach",
    subject: 'Mauvais destinataire',
    body: "Bonjour,\n\nMerci d'ignorer mon précédent message, il était destiné à notre comptable.\n\nLuc",
    rights: [],
  },
  {
    rule: 'a mail taken back and a new request made in its place still asks',
    subject: 'Correction',
    body: 'Hi,\n\nPlease ignore my previous email. What I meant to ask: please delete my account and all my data.\n\nTom',
    rights: ['erasure'],
  },
  {
    rule: "a leak told in the body stays a breach report beside 'please ignore'",
    subject: 'Wrong recipient',
    body: "Hello,\n\nYou sent me another customer's invoice with his name, address and bank details. I have deleted it. Please ignore my earlier email about my own invoice.\n\nTom",
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a mail taken back', () => {
  it.each(RETRACTED_MAIL_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(true);
  });
});
