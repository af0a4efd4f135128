import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Our invitations, named as the reader's, wished no more, and contact with offers refused for ever ("never ... again") are the
 * unsubscribe. Sentences written for these tests; an event registered for or signed off, an invitation not received and the link
 * under someone else's mass mailing leave nothing.
 */

describe('classifyEmail: your invitations wished no more are a mailing left', () => {
  it.each([
    { subject: 'invitations', body: 'Hello,\n\nI no longer wish to receive your invitations to the breakfast sessions.\n\nLena' },
    { subject: 'uitnodigingen', body: 'Hoi,\n\nIk wil jullie uitnodigingen voor de klantendagen niet meer ontvangen.\n\nGroet, Sem' },
    { subject: 'Einladungen', body: 'Guten Tag,\n\nIhre Einladungen zu den Webinaren möchte ich künftig nicht mehr erhalten.\n\nJonas Beck' },
    { subject: 'invitations', body: 'Bonjour,\n\nJe ne souhaite plus recevoir vos invitations aux petits-déjeuners.\n\nCamille' },
  ])('reads "$body" as unsubscribe', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['unsubscribe']);
  });
});

describe('classifyEmail: contact with offers refused for ever is the unsubscribe', () => {
  it.each([
    { subject: 'stop', body: 'Tell me what you hold on me. And never contact me again with your deals or offers.', rights: ['access', 'unsubscribe'] },
    { subject: 'stop', body: 'Benader me nooit meer met aanbiedingen, ik heb nergens om gevraagd.', rights: ['unsubscribe'] },
    { subject: 'Werbung', body: 'Bitte kontaktieren Sie mich nie wieder mit Angeboten.', rights: ['unsubscribe'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});

describe('classifyEmail: invitations and contact that leave no mailing', () => {
  it.each([
    { subject: 'training', body: 'Thanks for your invitation to the training, I will attend.' },
    { subject: 'training', body: 'Ik heb jullie uitnodiging voor de training niet ontvangen. Kunnen jullie hem opnieuw sturen?' },
    { subject: 'Webinaire', body: "Webinaire gratuit le 7 avril sur les droits des personnes. Je m'inscris.\n\nDPO Conseil – Ne plus recevoir nos invitations" },
    { subject: 'ticket', body: 'Never contact me again about this ticket, just fix the printer.' },
    { subject: 'friday session', body: 'please unsubscribe me from the friday workshop, i am on leave that day' },
    { subject: 'cursus', body: 'Kunnen jullie mij afmelden voor de cursus van dinsdag? Ik ben ziek.' },
  ])('asks no unsubscribe in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).not.toContain('unsubscribe');
  });
});
