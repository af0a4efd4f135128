import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A complaint threatened first and the copy still owed put as its condition after it, or with a deadline "binnen" or
 * "innerhalb", also in a lawyer's words for his client, and deadlines that owe no copy: sentences written for these tests.
 */

describe('classifyEmail: the copy owed as the condition of a threatened complaint stands beside it', () => {
  it.each([
    'Namens mijn cliënt dien ik een klacht in over de behandeling van zijn inzageverzoek. Wij leggen de zaak voor aan de Autoriteit Persoonsgegevens, mocht hij binnen 14 dagen geen volledige inzage ontvangen.',
    'On behalf of my client I lodge a formal complaint about how his access request was handled. We will refer the matter to the ICO should he not receive a complete copy of his data within 14 days.',
    'Ich lege hiermit Beschwerde über die Behandlung meines Auskunftsersuchens ein. Ich lege die Sache der Landesbeauftragten vor, sollte ich binnen 14 Tagen keine vollständige Auskunft erhalten.',
    'Sollte ich innerhalb von zwei Wochen keine vollständige Auskunft erhalten, wende ich mich an die Datenschutzbehörde.',
  ])('reads "%s" as access and the complaint', (body) => {
    expect(rulesRights('', body)).toEqual(['access', 'complaint']);
  });

  it.each([
    'I will complain to the ICO if I do not get a reply within 14 days.',
    'Ik dien een klacht in bij de AP als ik binnen een week geen antwoord krijg op mijn verwijderverzoek.',
  ])('reads no copy owed in "%s"', (body) => {
    expect(rulesRights('', body)).not.toContain('access');
  });
});
