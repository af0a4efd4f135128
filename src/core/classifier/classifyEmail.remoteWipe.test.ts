import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A lost or stolen device wiped from afar, in all four languages, and the erasures beside it that still stand: sentences
 * written for these tests.
 */

describe('classifyEmail: a lost or stolen device wiped from afar is IT work on the firm\'s equipment, the breach alone', () => {
  it.each([
    { subject: 'Tablet weg', body: 'Mijn werktablet is gisteren in de trein blijven liggen. Er staan klantdossiers op. Kunnen jullie het toestel op afstand wissen en mijn wachtwoord resetten?' },
    { subject: 'Handy gestohlen', body: 'Mein Diensthandy wurde heute im Zug gestohlen. Darauf sind alle Kundenkontakte. Bitte sperren Sie mein Konto und löschen Sie das Handy aus der Ferne.' },
    { subject: 'Tablette volée', body: "On m'a volé ma tablette professionnelle hier soir. Elle contient les dossiers de nos clients. Merci de bloquer mon compte et d'effacer la tablette à distance." },
    { subject: 'Phone gone', body: 'Our receptionist lost her work phone on the bus. It holds the client address book. Please lock/wipe it today and tell me what else we should do.' },
  ])('reads "$body" as a breach report and no erasure', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'opzeggen', body: 'Ik ben geen klant meer. Verwijder mijn account en al mijn gegevens.', rights: ['erasure'] },
    { subject: 'Löschung', body: 'Bitte löschen Sie mein Konto und alle Daten, die Sie über mich gespeichert haben.', rights: ['erasure'] },
    { subject: 'suppression', body: 'Merci de supprimer mon compte et toutes mes données.', rights: ['erasure'] },
  ])('still reads the erasure of the sender\'s own account in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});
