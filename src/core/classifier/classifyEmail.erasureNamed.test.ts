import { classifyEmail } from './classifyEmail.ts';

/**
 * An erasure asked of a thing the sender named before, by a pronoun or a demonstrative, not by "my data":
 * sentences written for these tests.
 */
const ASKED: readonly { subject: string; body: string }[] = [
  { subject: 'Teampagina', body: 'Hoi,\n\nIk zag dat mijn oude cv nog in jullie systeem staat. Die wil ik graag laten verwijderen.\n\nGroet, Kim' },
  { subject: 'Candidature', body: "Bonjour,\n\nVous avez encore mon dossier de candidature de l'an dernier. Merci de le détruire.\n\nCordialement,\nInès" },
  { subject: 'quick one', body: 'Hi,\n\nTell me what you hold about me, then bin it.\n\nSam' },
  { subject: 'Frage', body: 'Hallo,\n\nbitte sagen Sie mir, was Sie gespeichert haben, und entfernen Sie es danach.\n\nGruß\nAnna' },
  { subject: 'my details', body: 'Hello,\n\nYour engineer wrote my private number on my customer record. I never agreed to that, please remove it.\n\nRegards,\nDana' },
];

/** The same words where nothing of the sender's is asked to be erased: told, refused, IT work, someone else's data. */
const NOT_ASKED: readonly { subject: string; body: string }[] = [
  { subject: 'invoice', body: 'Hi,\n\nI received your invoice with my address on it. I have deleted it.\n\nBye, Tom' },
  { subject: 'application', body: 'Hello,\n\nYou have my application on file. Please do not delete it yet, I may apply again.\n\nRegards, Ann' },
  { subject: 'old user', body: 'Hi,\n\nThe old user account of Jan is still on the server with his data. Please remove it.\n\nThanks, Piet' },
  { subject: 'see it', body: 'Hi,\n\nI can see the file in the shared folder. Please delete it.\n\nBest, Kai' },
  { subject: 'mailbox', body: 'Hoi,\n\nDe mailbox van Sanne met al haar gegevens staat nog op de server. Die mag weg.\n\nGroet, Erik' },
  { subject: 'wrong attachment', body: "Hello,\n\nYour mail had an attachment with another customer's invoice.\n\nIt shows my data next to theirs. Please delete it from your outbox.\n\nGreg" },
];

describe('classifyEmail: erasure of a thing named before', () => {
  it.each(ASKED)('finds the erasure in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toContain('erasure');
    expect(classifyEmail(email).rights).toContain('erasure');
  });

  it.each(NOT_ASKED)('finds no erasure in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).not.toContain('erasure');
  });
});
