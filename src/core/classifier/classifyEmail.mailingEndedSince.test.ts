import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A mailing told as ended since something was done ("No more emails since.") thanks for a sign-off that worked: it asks
 * nothing, while the same words asked, or a right asked beside a time told, still ask. Sentences written for these tests.
 */

describe('classifyEmail: a mailing told as ended since asks nothing', () => {
  it.each([
    { subject: 'RE: off the list', body: 'Thanks, that worked! No more newsletters since.\n\nMarta' },
    { subject: 'RE: afmelden', body: 'Top, dank jullie wel. Sindsdien geen nieuwsbrief meer gehad.\n\nIneke' },
    { subject: 'AW: Abmeldung', body: 'Danke, hat geklappt. Seitdem keine Werbung mehr im Postfach.\n\nJonas' },
    { subject: 'RE: désinscription', body: "Merci, c'est fait. Plus aucun mail depuis.\n\nClaire" },
  ])('reads no request in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });

  it.each([
    { subject: 'Mails', body: 'No more emails please, take me off your list.', rights: ['unsubscribe'] },
    { subject: 'Nieuwsbrief', body: 'Ik wil geen nieuwsbrief meer ontvangen.', rights: ['unsubscribe'] },
    { subject: 'Vaste lijn', body: 'Sinds mei heb ik geen vaste lijn meer, verwijder dat nummer uit mijn gegevens.', rights: ['erasure'] },
    { subject: 'Job title', body: 'I no longer work in finance since May, please update my job title to consultant.', rights: ['rectification'] },
  ])('still reads $rights in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});
