import { classifyEmail } from './classifyEmail.ts';

/**
 * A run-on line without a comma: the sender's own "I am not ..." after a request denies his state, not the request.
 * Sentences written for these tests.
 */
describe('classifyEmail: a negation of the sender\'s own clause in a run-on line leaves the request before it', () => {
  it.each([
    { subject: 'account', body: 'kunt u mijn account en gegevens verwijderen ik ben geen abonnee meer' },
    { subject: 'data', body: 'please delete my data i am not a member anymore' },
    { subject: 'Daten', body: 'bitte löschen sie meine daten ich bin kein mitglied mehr' },
    { subject: 'compte', body: 'supprimez mes données je ne suis plus abonné' },
  ])('reads "$subject" as erasure', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it.each([
    { subject: 'bewaren', body: 'mijn gegevens verwijderen hoef ik niet, bewaar ze maar' },
    { subject: 'behalten', body: 'meine daten löschen möchte ich nicht' },
    { subject: 'keep', body: "i don't want you to delete my account" },
    { subject: 'garder', body: 'ne supprimez pas mes données' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: no longer a customer, told before the request without a comma, denies nothing', () => {
  it.each([
    { subject: 'opzegging', body: 'Nu wij geen klant meer zijn wil ik graag dat u mijn persoonsgegevens wist.' },
    { subject: 'cancelled', body: 'As we are no longer a customer please erase my personal data.' },
    { subject: 'Kündigung', body: 'Da ich kein Kunde mehr bin bitte ich Sie meine Daten zu löschen.' },
  ])('reads "$body" as erasure', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('still reads a denied erasure beside it: "ik ben geen klant meer, maar verwijder mijn gegevens niet"', () => {
    expect(classifyEmail({ subject: 'bewaren', body: 'Ik ben geen klant meer, maar verwijder mijn gegevens niet.' }, { rulesAlone: true }).rights).not.toContain('erasure');
  });
});
