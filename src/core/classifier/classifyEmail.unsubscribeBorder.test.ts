import { classifyEmail } from './classifyEmail.ts';

/**
 * Where unsubscribe borders on the other rights and on ordinary mail (corpus README: a mailing or direct marketing left is
 * unsubscribe; surveys or profiling stopped while the newsletter stays is objection). Sentences written for these tests.
 */
describe('classifyEmail: surveys sent no more are objected to, no mailing left', () => {
  const OBJECTED: readonly { subject: string; body: string }[] = [
    { subject: 'surveys', body: 'Hi,\n\nPlease stop sending me surveys after every call. The maintenance mails are useful, keep those.\n\nNina' },
    { subject: 'enquêtes', body: 'Hallo,\n\nNa elke storing krijg ik een enquête. Daar wil ik niet meer aan meedoen.\n\nGroet, Kees' },
    { subject: 'vragenlijsten', body: 'Hoi,\n\nDe facturen zijn prima, maar die vragenlijsten mogen voor mij stoppen.\n\nAnouk' },
    { subject: 'Umfragen', body: 'Hallo,\n\nIhren Newsletter lese ich gern. Diese Kundenumfragen möchte ich aber nicht mehr bekommen.\n\nUwe' },
    { subject: 'Umfrage', body: 'Guten Tag,\n\nnach jedem Termin kommt eine Umfrage. Ich möchte sie nicht mehr bekommen.\n\nPia' },
    { subject: 'sondages', body: "Bonjour,\n\nAprès chaque intervention je reçois un sondage. Je ne veux plus les recevoir.\n\nLéa" },
    { subject: 'satisfaction', body: "Bonjour,\n\nmerci de ne plus m'envoyer vos sondages de satisfaction.\n\nPaul" },
  ];

  it.each(OBJECTED)('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it('leaves the newsletter named beside the surveys', () => {
    const email = { subject: 'mails', body: 'Hi,\n\nPlease stop sending me your newsletter and the surveys.\n\nNina' };
    expect(classifyEmail(email, { rulesAlone: true }).rights).toContain('unsubscribe');
  });

  it.each([
    { subject: 'enquête', body: 'Hoi,\n\nWe hebben een enquête gemaakt voor onze klanten. Die wil niet meer opslaan, kunnen jullie kijken?\n\nRob' },
    { subject: 'Umfrage', body: 'Hallo,\n\nwir haben eine Umfrage an unsere Mitarbeiter geschickt. Leider bekommen wir keine Antworten mehr.\n\nJan' },
    { subject: 'sondage', body: "Bonjour,\n\nnotre sondage interne ne s'affiche plus. Pouvez-vous regarder ?\n\nLuc" },
    { subject: 'survey link', body: "Hi,\n\nThe survey link in your last mail doesn't work. I wanted to fill it in.\n\nTom" },
    { subject: 'enquête', body: 'Hoi,\n\nIk kreeg geen enquête na mijn ticket, terwijl ik graag mijn mening wil geven.\n\nEls' },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});
