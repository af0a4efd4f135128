import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Invitations that keep coming are a mailing, though they invite to an event: leaving them unsubscribes. Leaving an event
 * one registered for, or one invitation received, leaves no mailing.
 */
const INVITATION_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: 'Dutch: off the invitations to webinars that keep coming, "daarvoor afmelden"',
    subject: 'Uitnodigingen',
    body: 'Hoi,\n\nIk krijg steeds uitnodigingen voor jullie webinars. Kunnen jullie mij daarvoor afmelden?\n\nGroet, Kees',
    rights: ['unsubscribe'],
  },
  {
    rule: 'English: an invitation to a workshop every week, "unsubscribe me"',
    subject: 'Workshops',
    body: 'Hi,\n\nEvery week I get an invitation to one of your workshops. Please unsubscribe me.\n\nThanks, Tom',
    rights: ['unsubscribe'],
  },
  {
    rule: 'German: Einladungen zu Schulungen, "melden Sie mich ab"',
    subject: 'Einladungen',
    body: 'Hallo,\n\nSeit Monaten bekomme ich Einladungen zu Ihren Schulungen. Bitte melden Sie mich ab.\n\nGruß, Jan',
    rights: ['unsubscribe'],
  },
  {
    rule: 'French: une invitation chaque semaine à vos ateliers, "me désinscrire"',
    subject: 'Invitations',
    body: 'Bonjour,\n\nChaque semaine je reçois une invitation à vos ateliers. Merci de me désinscrire.\n\nPaul',
    rights: ['unsubscribe'],
  },
  {
    rule: 'Dutch: signed up for one webinar and leaving it asks nothing',
    subject: 'Webinar donderdag',
    body: 'Hoi,\n\nIk had me aangemeld voor het webinar van donderdag, maar er kwam iets tussen. Kunnen jullie mij afmelden?\n\nGroet, Kees',
    rights: [],
  },
  {
    rule: 'English: one invitation accepted, then the workshop left, asks nothing',
    subject: 'Workshop Friday',
    body: 'Hi,\n\nI accepted the invitation to your workshop on Friday but cannot make it. Please unsubscribe me.\n\nThanks, Tom',
    rights: [],
  },
];

describe('classifyEmail: invitations that keep coming', () => {
  it.each(INVITATION_CASES)('$rule', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});
