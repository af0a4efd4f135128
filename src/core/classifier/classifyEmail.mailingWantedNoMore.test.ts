import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A mailing of ours the sender tells he is on, signed up or receiving it, and then wants no more by pointing back, is the
 * unsubscribe. Sentences written for these tests; a mailing kept, or one the sender is on beside another request, leaves nothing.
 */

describe('classifyEmail: a mailing the sender is on, wanted no more by pointing back, is left', () => {
  it.each([
    { subject: 'newsletter', body: 'Hi,\n\nI signed up for your newsletter at the open day. I no longer want it.\n\nRuth', rights: ['unsubscribe'] },
    { subject: 'newsletter', body: 'I subscribed to your newsletter years ago. I don\'t want it anymore, and please erase my details.', rights: ['erasure', 'unsubscribe'] },
    { subject: 'nieuwsbrief', body: 'Hallo,\n\nIk krijg jullie nieuwsbrief al sinds de beurs. Ik wil hem niet meer.\n\nJoost', rights: ['unsubscribe'] },
    { subject: 'Newsletter', body: 'Guten Tag,\n\nich habe Ihren Newsletter letztes Jahr abonniert. Ich möchte ihn nicht mehr.\n\nEva', rights: ['unsubscribe'] },
    { subject: 'newsletter', body: "Bonjour,\n\nJe suis abonnée à votre newsletter depuis le salon. Je n'en veux plus.\n\nInès", rights: ['unsubscribe'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});

describe('classifyEmail: a mailing the sender is on leaves nothing by itself', () => {
  it.each([
    { subject: 'nieuwsbrief', body: 'Ik krijg jullie nieuwsbrief graag, maar nu op mijn nieuwe adres: joost@voorbeeld.nl', rights: ['rectification'] },
    { subject: 'copy', body: 'I signed up for your newsletter. Please send me a copy of my data.', rights: ['access'] },
    { subject: 'Newsletter', body: 'Ich habe Ihren Newsletter abonniert und finde ihn gut. Kommt die nächste Ausgabe im Mai?', rights: [] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
