import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A sender who writes for someone else (a parent, a widow, an executor, a union representative) names that person's data by his
 * pronoun: his contact details taken out of our files, his contacts and calendar, what we hold in his name, the notes about him.
 * His address given only so we can find him, or his name searched for in logs, is no data to erase.
 */
const WRITTEN_FOR_OTHERS_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'zijn naam en nummer uit jullie bestanden verwijderen' for a late husband is erasure",
    subject: 'Mijn overleden vader',
    body: 'Beste,\n\nSinds de zomer is mijn opa er niet meer. Kunnen jullie zijn naam en nummer uit jullie bestanden halen en verwijderen?\n\nMet vriendelijke groet,\nEls',
    rights: ['erasure'],
  },
  {
    rule: "French 'effacer ses coordonnées de vos fichiers' for a child is erasure",
    subject: 'Mon fils',
    body: "Bonjour,\n\nMon fils de 15 ans s'est inscrit à votre salon sans me demander. En tant que mère, je vous demande d'effacer ses coordonnées de vos fichiers au plus vite.\n\nCordialement,\nSophie",
    rights: ['erasure'],
  },
  {
    rule: "English 'remove her address from your systems' for a mother is erasure",
    subject: 'My mother',
    body: 'Hello,\n\nI look after my mother, who has dementia. Could you please delete her address from your systems?\n\nThanks,\nPaul',
    rights: ['erasure'],
  },
  {
    rule: "German 'seine Anschrift aus Ihrer Datenbank löschen' for a client is erasure",
    subject: 'Löschung für meinen Mandanten',
    body: 'Sehr geehrte Damen und Herren,\n\nich vertrete Herrn Weber. Bitte löschen Sie seine Anschrift aus Ihrer Datenbank.\n\nMit freundlichen Grüßen\nDr. Lang',
    rights: ['erasure'],
  },
  {
    rule: "English 'export his contacts and calendar as a PST file and send it to me' for an executor is access and portability",
    subject: 'My late brother',
    body: "Hello,\n\nI am the executor of my brother's estate. Could you please export his contacts and calendar as a PST file and send it to me?\n\nRegards,\nAnna",
    rights: ['access', 'portability'],
  },
  {
    rule: "French 'quelles informations vous conservez à son nom' for a late husband is access",
    subject: 'Mon mari',
    body: "Bonjour,\n\nMon mari est mort en janvier. Pourriez-vous me dire quelles informations vous conservez à son nom ?\n\nBien cordialement,\nMarie",
    rights: ['access'],
  },
  {
    rule: "English 'a copy of all notes about him' for a union member is access",
    subject: 'On behalf of our member',
    body: 'Dear Sir or Madam,\n\nI represent Mr. Visser, our member. We would like a copy of all notes about him in your personnel file.\n\nYours faithfully,\nKees',
    rights: ['access'],
  },
  {
    rule: "his address given so we can find him, then 'take her off', leaves the mailing only",
    subject: 'newsletter',
    body: 'hi, my grandmother keeps getting your newsletter. her address is oma.jansen@example.nl. can you take her off please?\n\nTim',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'uit de logs halen welke mails met haar naam' asks which mails, no erasure",
    subject: 'Inzageverzoek patiënt',
    body: 'Goedemiddag,\n\nEen patiënt wil weten wie haar dossier heeft geopend. Is in de logs te zien welke e-mails met haar naam zijn verstuurd?\n\nGroet,\nPraktijk Smit',
    rights: ['access'],
  },
];

describe('classifyEmail: data of the one the sender writes for', () => {
  it.each(WRITTEN_FOR_OTHERS_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
