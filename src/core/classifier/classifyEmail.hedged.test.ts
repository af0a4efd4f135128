import { classifyEmail } from './classifyEmail.ts';

/**
 * A hedge on what the sender tells ("as far as I can tell", "voor zover ik kan zien", "soweit ich sehen kann", "pour autant que
 * je sache") wants nothing learnt or seen: sentences written for these tests.
 */
describe('classifyEmail: a hedge asks no copy', () => {
  it.each([
    { subject: 'Reply received', body: 'Your reply with my data reached me on Monday and, as far as I can tell, nothing is missing.' },
    { subject: 'Ontvangen', body: 'Jullie antwoord met mijn gegevens kwam maandag binnen en voor zover ik kan zien klopt alles.' },
    { subject: 'Erhalten', body: 'Ihre Antwort mit meinen Daten kam am Montag, und soweit ich sehen kann, fehlt nichts.' },
    { subject: 'Reçu', body: 'Votre réponse avec mes données est arrivée lundi et, pour autant que je puisse en juger, rien ne manque.' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });

  it.each([
    { subject: 'My data', body: 'As far as I can tell you still keep my data. Tell me which data you hold about me.' },
    { subject: 'Inzage', body: 'Voor zover ik weet heeft u nog gegevens van mij. Ik wil weten welke gegevens dat zijn.' },
  ])('still reads the access asked beside it in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['access']);
  });
});

/**
 * A supposition asked ("Kan het zijn dat ...?", "Could it be that ...?", "Kann es sein, dass ...?", "Se peut-il que ...?") and a
 * sign-off supposed ("If I unsubscribe, ...?") ask nothing of us: sentences written for these tests.
 */
describe('classifyEmail: a supposition asks no sign-off', () => {
  it.each([
    { subject: 'nieuwsbrief', body: 'Hallo,\n\nIk ontvang al weken geen nieuwsbrief meer. Kan het zijn dat ik van jullie verzendlijst ben afgehaald?\n\nGroet, Mieke' },
    { subject: 'newsletter', body: 'Hi,\n\nYour newsletter stopped reaching me in May. Could it be that I was unsubscribed by mistake?\n\nTom' },
    { subject: 'Newsletter', body: 'Hallo,\n\nseit März kommt Ihr Newsletter nicht mehr an. Kann es sein, dass ich aus dem Verteiler gelöscht wurde?\n\nGruß, Uta' },
    { subject: 'lettre', body: "Bonjour,\n\nJe ne reçois plus votre lettre d'information. Se peut-il que j'aie été désinscrite par erreur ?\n\nMerci, Anne" },
    { subject: 'question', body: 'Hi,\n\nIf I unsubscribe from your mailing, do I still get the invoices by email?\n\nPeter' },
  ])('finds no request in "$body"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });

  it('still reads a sign-off asked after the supposition', () => {
    const body = 'Hallo,\n\nKan het zijn dat jullie mij twee keer in het bestand hebben? Graag beide adressen afmelden voor de nieuwsbrief.\n\nKees';
    expect(classifyEmail({ subject: 'dubbel', body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });
});
