import { classifyEmail } from './classifyEmail.ts';

/**
 * The sender's detail told as made public by us or in the passive ("my number has been made public", "mijn adres is openbaar
 * gemaakt", "wurde veröffentlicht", "a été rendue publique") reports a breach; feared or asked about, it tells none. Sentences
 * written for these tests.
 */
describe('classifyEmail: the sender\'s detail made public is a breach told', () => {
  it.each([
    { subject: 'Your blog post', body: 'Thanks to your case study my mobile number has been made public for anyone to read.' },
    { subject: 'Klantverhaal', body: 'Op jullie website is bij een foto van de installatie mijn privéadres openbaar gemaakt.' },
    { subject: 'Referenz', body: 'Auf Ihrer Referenzseite wurde meine private Handynummer veröffentlicht.' },
    { subject: 'Témoignage', body: 'Dans votre témoignage client, mon adresse personnelle a été rendue publique.' },
  ])('reads "$subject" as a breach report', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'Prices', body: 'Our new service prices have been made public on the website today.' },
    { subject: 'Jaarverslag', body: 'Wij hebben ons jaarverslag vorige week openbaar gemaakt.' },
    { subject: 'Profil', body: 'Ich möchte nicht, dass meine Adresse irgendwo veröffentlicht wird. Ist das sichergestellt?' },
    { subject: 'Vitrine', body: 'Nous avons rendu publique notre nouvelle offre de maintenance.' },
  ])('finds no breach in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).not.toContain('breach_report');
  });
});
