import { describe, expect, it } from 'vitest';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Mails one of ours sends the sender over and over, told with him as the object ("emails me every week", "blijft me mailen",
 * "schreibt mir jede Woche", "m'écrit chaque semaine"), are a mailing; its end wished in so many words ("I want it to stop", "Ik
 * wil dat het stopt", "dass das aufhört", "que ça cesse") or asked by a pronoun off all our lists leaves it. Sentences written for
 * these tests; a server's or a device's mails so told ask nothing.
 */

describe('classifyEmail: mails of ours sent over and over, wished to stop, are left', () => {
  it.each([
    { subject: 'emails', body: 'Hello,\n\nYour account manager emails me every week about a new phone plan. I want it to stop.\n\nNadia', rights: ['unsubscribe'] },
    { subject: 'mails', body: 'Hi,\n\nYour sales guy keeps emailing me. I want that to stop, and erase my details from your records.\n\nPiet', rights: ['erasure', 'unsubscribe'] },
    { subject: 'mailtjes', body: 'Jullie adviseur blijft me mailen over een nieuwe telefooncentrale. Ik wil dat het stopt.', rights: ['unsubscribe'] },
    { subject: 'E-Mails', body: 'Ihr Außendienst schreibt mir jede Woche wegen neuer Laptops. Ich möchte, dass das aufhört.', rights: ['unsubscribe'] },
    { subject: 'courriels', body: "Votre conseiller m'écrit toutes les semaines pour un nouvel abonnement. Je veux que ça cesse.", rights: ['unsubscribe'] },
    { subject: 'mijn vader', body: 'Mijn vader krijgt nog steeds uw nieuwsbrief, maar hij woont nu in een verpleeghuis. Wilt u hem van al uw lijsten halen?', rights: ['unsubscribe'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});

describe('classifyEmail: a device or server that mails the sender over and over is no mailing of ours', () => {
  it.each([
    { subject: 'meldingen', body: 'Onze NAS stuurt me elke nacht een foutmelding over de schijf. Ik wil dat het stopt.' },
    { subject: 'alerts', body: 'The firewall keeps emailing me warnings at night. I want it to stop.' },
    { subject: 'Warnungen', body: 'Der Server schickt mir jeden Tag eine Warnung zur Festplatte. Ich möchte, dass das aufhört.' },
  ])('reads "$body" as no request', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });
});
