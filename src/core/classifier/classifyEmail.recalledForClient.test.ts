import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A request made of us earlier by the one the sender writes for, recalled in a complaint, and the requests passed on to us
 * that stay asked: sentences written for these tests.
 */

describe('classifyEmail: a request the sender\'s client made of us earlier is background to the complaint', () => {
  it.each([
    {
      subject: 'Klacht namens dhr. Smit',
      body: 'Namens de heer Smit schrijf ik u. De heer Smit heeft op 3 maart verzocht zijn gegevens te wissen. Toch belde uw verkoper hem vorige week. Wij dienen hierbij een formele klacht in over de manier waarop u met zijn gegevens bent omgegaan.',
    },
    {
      subject: 'Réclamation pour M. Petit',
      body: "Mon client vous a adressé en février une demande de suppression de ses données. Il reçoit toujours vos offres. Nous vous adressons une réclamation formelle et saisissons la CNIL.",
    },
    {
      subject: 'Beschwerde Frau Wolf',
      body: 'Meine Mandantin hat Sie im Januar gebeten, ihre Daten zu löschen. Trotzdem erhält sie weiter Werbung. Wir haben Beschwerde bei der Datenschutzbehörde eingelegt.',
    },
    {
      subject: 'Complaint on behalf of Mr Hart',
      body: 'My client asked you in April to erase his personal data. He still gets your offers by post. We have lodged a complaint with the ICO.',
    },
  ])('reads "$body" as the complaint alone', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['complaint']);
  });

  it.each([
    {
      subject: 'Beperking en klacht',
      body: 'Ik sta mevrouw Visser bij. In maart verzocht zij u haar verkeerde adres te verbeteren. Ik verzoek u de verwerking van haar gegevens te beperken tot dat is uitgezocht, en dien een klacht in bij de Autoriteit Persoonsgegevens.',
      rights: ['complaint', 'restriction'],
    },
    {
      subject: 'Einschränkung und Beschwerde',
      body: 'Im März bat meine Mandantin Sie um Berichtigung ihrer falschen Anschrift. Ich fordere Sie auf, die Verarbeitung ihrer Daten einzuschränken, bis das geklärt ist. Eine Beschwerde bei der Datenschutzbehörde ist eingereicht.',
      rights: ['complaint', 'restriction'],
    },
  ])('reads the correction asked of us earlier, told with the verb first, as background in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });

  it.each([
    { subject: 'verzoek oud-medewerker', body: 'Een oud-medewerker heeft ons gevraagd zijn gegevens te wissen. Kunnen jullie zijn mailbox en zijn gegevens in de back-up verwijderen?', rights: ['erasure'] },
    { subject: 'Löschung Ex-Mitarbeiter', body: 'Ein ehemaliger Mitarbeiter hat uns gebeten, seine Daten zu löschen. Bitte löschen Sie sein Postfach und seine Daten aus Ihrer Sicherung.', rights: ['erasure'] },
  ])('still reads the request passed on to us in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});
