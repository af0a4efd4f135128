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
