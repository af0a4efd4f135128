import { rulesRights } from './rulesRights.test-support.ts';

/** A request the sender has running, named beside the hold he asks now, and requests chased: sentences written for these tests. */

describe('classifyEmail: a request the sender has running is history beside the hold he asks now', () => {
  it.each([
    'Ik heb een inzageverzoek lopen bij jullie. Gooi mijn oude dossier niet weg, maar gebruik het ook niet totdat mijn geschil is opgelost.',
    'I have an access request pending with you. Please do not delete my old mailbox, and do not use it until the dispute is settled.',
    'Ich habe ein laufendes Auskunftsersuchen bei Ihnen. Bitte löschen Sie meine alten Tickets nicht und verwenden Sie sie nicht, bis der Rechtsstreit beendet ist.',
    "J'ai une demande d'accès en cours. Merci de ne pas effacer mon ancien dossier et de ne pas l'utiliser tant que le litige n'est pas réglé.",
  ])('reads "%s" as the restriction alone', (body) => {
    expect(rulesRights('', body)).toEqual(['restriction']);
  });

  it.each([
    { body: 'Ik heb een verwijderverzoek openstaan. Stuur mij intussen een kopie van mijn gegevens.', rights: ['access'] },
    { body: 'Mijn inzageverzoek loopt al zes weken. Wanneer krijg ik een kopie van mijn gegevens?', rights: ['access'] },
    { body: 'My access request is still pending. Please send me the copy of my data.', rights: ['access'] },
    { body: "Ma demande d'accès est toujours en cours depuis deux mois. Je vais saisir la CNIL.", rights: ['access', 'complaint'] },
  ])('still reads the request asked or chased in "$body"', ({ body, rights }) => {
    expect(rulesRights('', body)).toEqual(rights);
  });
});
