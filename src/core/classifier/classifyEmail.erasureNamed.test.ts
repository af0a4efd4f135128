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
  // Asked by a noun, the thing named before: "I demand the deletion", "um deren Löschung", "je demande leur suppression".
  { subject: 'old CV', body: 'Hi,\n\nYou still keep my personal data from my application in 2022. I demand the deletion, today.\n\nMark' },
  { subject: 'Alte Daten', body: 'Hallo,\n\nSie haben meine Daten aus dem Gewinnspiel noch gespeichert. Ich bitte um deren Löschung.\n\nGruß, Jonas' },
  { subject: 'Anciennes données', body: "Bonjour,\n\nVous conservez encore mes données de l'ancien abonnement. Je demande leur suppression.\n\nLéa" },
  { subject: 'sportschool', body: 'Hallo,\n\nJullie hebben nog al mijn gegevens van de sportschool. Ik verzoek om verwijdering daarvan.\n\nGroet, Tim' },
  // A definite noun, no pronoun: "Könnt ihr den Eintrag löschen", "retirez cette fiche", "could you delete this entry".
  { subject: 'Eintrag', body: 'Hallo,\n\nmeine private Handynummer steht noch in eurem Kundenverzeichnis. Könnt ihr den Eintrag bitte löschen?\n\nLG Mia' },
  { subject: 'Fiche', body: "Bonjour,\n\nMes données personnelles figurent encore dans votre annuaire en ligne. Retirez cette fiche, s'il vous plaît.\n\nPaul" },
  { subject: 'entry', body: 'Hello,\n\nMy private number is still in your customer directory. Could you delete this entry?\n\nKate' },
  // French "tout" before or after the infinitive stands for what was named: "vous pouvez tout effacer", "vous pourrez supprimer tout".
  { subject: 'Mes données', body: "Bonjour,\n\nJe voudrais d'abord savoir quelles données vous gardez sur moi. Ensuite, vous pouvez tout effacer.\n\nMarc" },
  { subject: 'Ancien compte', body: "Bonjour,\n\nMon ancien compte client contient encore mon adresse et mon téléphone. Vous pouvez supprimer tout, merci.\n\nLéa" },
];

/** The same words where nothing of the sender's is asked to be erased: told, refused, IT work, someone else's data. */
const NOT_ASKED: readonly { subject: string; body: string }[] = [
  { subject: 'invoice', body: 'Hi,\n\nI received your invoice with my address on it. I have deleted it.\n\nBye, Tom' },
  { subject: 'application', body: 'Hello,\n\nYou have my application on file. Please do not delete it yet, I may apply again.\n\nRegards, Ann' },
  { subject: 'old user', body: 'Hi,\n\nThe old user account of Jan is still on the server with his data. Please remove it.\n\nThanks, Piet' },
  { subject: 'see it', body: 'Hi,\n\nI can see the file in the shared folder. Please delete it.\n\nBest, Kai' },
  { subject: 'mailbox', body: 'Hoi,\n\nDe mailbox van Sanne met al haar gegevens staat nog op de server. Die mag weg.\n\nGroet, Erik' },
  { subject: 'wrong attachment', body: "Hello,\n\nYour mail had an attachment with another customer's invoice.\n\nIt shows my data next to theirs. Please delete it from your outbox.\n\nGreg" },
  // The definite forms where nothing of the sender's is asked to go: a plan told, IT work, someone else's data.
  { subject: 'claim', body: 'Hi,\n\nMy personal data are in the claim file. Your letter says you will delete the file next month: please keep it until the case ends.\n\nJanet' },
  { subject: 'Alter Benutzer', body: 'Hallo,\n\nder alte Benutzer von Herrn Kraus liegt mit seinen Daten noch auf dem Server. Könnt ihr den Eintrag bitte löschen?\n\nGruß Tom' },
  { subject: 'firewall', body: 'Hi,\n\nThe firewall rule still sends my data to the old server. Could you delete this rule?\n\nBen' },
  { subject: 'Vieux serveur', body: "Bonjour,\n\nLe vieux serveur de l'agence contient encore mes fichiers de projet. Vous pouvez tout effacer sur le serveur.\n\nMarc" },
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

describe('classifyEmail: an erasure recalled in a complaint and asked again', () => {
  const told = 'Hello,\n\nI asked you on 2 March to delete my data. You confirmed. Today I got a newsletter from your shop.\n\n';

  it('keeps the erasure when a sentence of its own asks it again of the thing named before', () => {
    const body = `${told}So nothing was erased. Remove it now, for good. I am filing a complaint with the Dutch DPA.\n\nRobin`;
    expect(classifyEmail({ subject: 'My data', body }, { rulesAlone: true }).rights).toEqual(['erasure', 'complaint']);
  });

  it('leaves the recalled erasure as background when nothing is asked again', () => {
    const body = `${told}I am filing a complaint with the Dutch DPA.\n\nRobin`;
    expect(classifyEmail({ subject: 'My data', body }, { rulesAlone: true }).rights).toEqual(['complaint']);
  });
});
