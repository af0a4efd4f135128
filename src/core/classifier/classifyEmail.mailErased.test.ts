import { classifyEmail } from './classifyEmail.ts';

/**
 * A mail of ours that reached the wrong people, to be deleted by them or taken back ("ask everyone on the list to delete the
 * message", "de ontvangers vragen de mail te verwijderen"), is what a breach reporter suggests we do: no data of his erased, no
 * list left. Sentences written for these tests.
 */
describe('classifyEmail: a mail deleted by the people it reached asks no erasure', () => {
  it.each([
    {
      subject: 'Open recipient list',
      body: 'Your newsletter went out with all 200 addresses visible in the To line, mine too. I suggest you ask them all to delete the message.',
    },
    {
      subject: 'Verkeerde bijlage',
      body: 'In jullie uitnodiging zat een lijst met namen en telefoonnummers van andere klanten. Misschien kunnen jullie iedereen vragen de mail te verwijderen.',
    },
    {
      subject: 'Falscher Anhang',
      body: 'Ihre Rundmail enthielt eine Tabelle mit den Adressen anderer Kunden. Bitten Sie die Empfänger doch, die Nachricht zu löschen.',
    },
    {
      subject: 'Adresses visibles',
      body: "Votre courriel a été envoyé avec les adresses de tous les clients en copie visible. Il faudrait demander à chacun de supprimer le message.",
    },
    {
      subject: 'Wrong invite',
      body: 'The meeting invite from your engineer had a file with another firm’s staff phone numbers attached. Please recall it or delete it from our inboxes.',
    },
  ])('reads "$subject" as a breach report alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'Delete', body: 'Delete my profile and every record you keep about me, please.', rights: ['erasure'] },
    { subject: 'Mailing', body: 'Please remove my email address from your mailing list.', rights: ['unsubscribe'] },
    { subject: 'Verwijderen', body: 'Wilt u mijn gegevens verwijderen? Het bericht van vorige week mag u negeren.', rights: ['erasure'] },
    { subject: 'Löschen', body: 'Bitte löschen Sie meine E-Mail-Adresse aus Ihrem Verteiler.', rights: ['unsubscribe'] },
  ])('still reads the sender\'s own erasure or list left in "$subject"', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });

  it.each([
    { subject: 'Spam', body: 'I got a phishing message this morning. Should I just delete the message?' },
    { subject: 'Agenda', body: 'Kun je de uitnodiging voor dinsdag verwijderen? De vergadering gaat niet door.' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});
