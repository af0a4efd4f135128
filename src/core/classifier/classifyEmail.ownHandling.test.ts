import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Advice asked on answering a request that someone the sender serves made to his own firm asks nothing of us, in
 * sentences of our own; a processor request that asks us to act, and a data subject's own request, stay requests.
 */
const OWN_HANDLING_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'one of my clients ... how long have I got?' is advice",
    subject: 'question about a client',
    body: "Hi,\n\nOne of my clients wrote asking for a copy of all the data I keep on him. I've never had this before. How long have I got, and what do I have to send him?\n\nPaul",
    rights: [],
  },
  {
    rule: "Dutch 'een klant van ons wil inzage ... hoe moet ik dat aanpakken?' is advice",
    subject: 'inzageverzoek klant',
    body: 'Hallo,\n\nEen klant van ons wil inzage in alle gegevens die we over hem hebben. Hoe moet ik dat aanpakken en hoeveel tijd heb ik?\n\nGroet, Sanne',
    rights: [],
  },
  {
    rule: "German 'ein Mieter will seine Daten ... wie gehen wir vor?' is advice",
    subject: 'Frage',
    body: 'Hallo,\n\nein Mieter möchte eine Kopie seiner Daten von uns. Wie gehen wir da vor, und wie lange haben wir Zeit?\n\nGruß, Jonas',
    rights: [],
  },
  {
    rule: "French 'une de nos patientes demande ... combien de temps ai-je ?' is advice",
    subject: 'Question',
    body: "Bonjour,\n\nUne patiente nous demande une copie de toutes ses données. Comment dois-je répondre et combien de temps ai-je ?\n\nClaire",
    rights: [],
  },
  {
    rule: "a processor request that asks us to export stays access",
    subject: 'inzageverzoek oud-medewerker',
    body: 'Hallo,\n\nEen oud-medewerker van ons wil een kopie van haar mailbox. Kunnen jullie die exporteren? Hoeveel tijd hebben we?\n\nGroet, Sanne',
    rights: ['access'],
  },
  {
    rule: "a data subject asking how long we have stays access",
    subject: 'Inzage',
    body: 'Hallo,\n\nIk wil weten welke gegevens jullie van mij hebben. Hoeveel tijd hebben jullie daarvoor?\n\nSanne',
    rights: ['access'],
  },
];

describe('classifyEmail: advice on a request made to the sender\'s own firm', () => {
  it.each(OWN_HANDLING_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
