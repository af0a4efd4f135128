import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A retention policy set up for a firm's mail, keeping it for years and deleting it after, in all four languages, and the
 * sender's own erasure that names our policy. Sentences written for these tests.
 */

describe('classifyEmail: a retention policy set up for the firm\'s mail is IT work, no erasure', () => {
  it.each([
    { subject: 'Bewaarbeleid', body: 'Hoi,\n\nKunnen jullie voor onze mailboxen een bewaarbeleid instellen: alles 5 jaar bewaren en daarna weg? Voor de boekhouding graag 7 jaar.\n\nGroet, Mark' },
    { subject: 'Bewaren', body: 'Beste,\n\nWe willen een retentiebeleid voor de gedeelde schijf aanmaken. Alles ouder dan acht jaar mag dan automatisch weg.\n\nAnja' },
    { subject: 'Retention', body: 'Hi,\n\nCould you set up a retention policy on our tenant: keep all mail for six years, then delete it? The partners want ten years.\n\nThanks, Mark' },
    { subject: 'Aufbewahrung', body: 'Hallo,\n\nkönnen Sie für unsere Postfächer eine Aufbewahrungsrichtlinie einrichten: alles zehn Jahre aufheben, danach löschen?\n\nGruß, Markus' },
    { subject: 'Conservation', body: 'Bonjour,\n\npouvez-vous mettre en place une politique de conservation pour nos boîtes : tout garder cinq ans, puis tout supprimer ?\n\nMarc' },
  ])('reads "$body" as no request', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });

  it.each([
    { subject: 'Verwijderen', body: 'Verwijder al mijn gegevens volgens jullie bewaarbeleid.', rights: ['erasure'] },
    { subject: 'Erasure', body: 'Remove my account and every bit of personal data you keep on me. Your retention policy allows that.', rights: ['erasure'] },
  ])('still reads the sender\'s own erasure in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});
