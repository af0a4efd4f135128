import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A request recalled and chased by an ultimatum that points back to it ("if this isn't sorted"), by the authority named as
 * the alternative ("otherwise ... the ICO"), or by the ask told as made before ("I have asked this before"): the request
 * stands beside the complaint. Sentences written for these tests.
 */

describe('classifyEmail: a request chased by pointing back or by the authority as the alternative stands', () => {
  it.each([
    ['Mijn moeder vroeg in januari of jullie haar gegevens wilden verwijderen. Is dat eind deze maand niet geregeld, dan gaan we met een klacht naar de Autoriteit Persoonsgegevens.', ['erasure', 'complaint']],
    ['In February I asked you to delete my data. If this is not sorted by Friday I will complain to the ICO.', ['erasure', 'complaint']],
    ['Ich hatte Sie im März gebeten, meine Daten zu löschen. Wenn das bis zum 30. nicht erledigt ist, lege ich Beschwerde bei der Datenschutzbehörde ein.', ['erasure', 'complaint']],
    ["En mars, je vous ai demandé de supprimer mes données. Si ce n'est pas fait d'ici vendredi, je porterai plainte auprès de la CNIL.", ['erasure', 'complaint']],
    ['In maart vroeg ik om een kopie van mijn gegevens. Ik wil die nu binnen een week, anders stap ik naar de AP.', ['access', 'complaint']],
    ['Last month I asked for a copy of my personal data. Please send it this week, otherwise I will lodge a complaint with the authority.', ['access', 'complaint']],
    ['Im Mai hatte ich eine Kopie meiner Daten verlangt. Andernfalls wende ich mich an die Aufsichtsbehörde.', ['access', 'complaint']],
  ])('reads "%s" as the chased right and the complaint', (body, rights) => {
    expect([...rulesRights('', body)].sort()).toEqual([...rights].sort());
  });

  it.each([
    'remove me from your mailing list and delete my phone number, i have asked this before and nothing happened',
    'haal me van jullie mailinglijst en verwijder mijn telefoonnummer, dit heb ik al eerder gevraagd',
    'nehmen Sie mich aus dem Verteiler und löschen Sie meine Telefonnummer, darum habe ich schon einmal gebeten',
  ])('reads "%s" as the unsubscribe and the erasure asked again', (body) => {
    expect([...rulesRights('', body)].sort()).toEqual(['erasure', 'unsubscribe']);
  });

  it.each([
    'A colleague asked this before: which data centre do you use for our backups?',
    'Otherwise the printer works fine, thanks for the quick visit.',
    "Als dat niet geregeld is voor maandag, bellen we jullie nog even over de nieuwe router.",
  ])('still reads no request in "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }).isPrivacyRequest).toBe(false);
  });
});
