import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A device left behind is lost like one missing: with nothing on it named, its wipe is IT work; with a person's data on it,
 * a breach. The sender's other device, named for where he writes from, is no private data on the lost one. Sentences
 * written for these tests.
 */

describe('classifyEmail: a device left behind, nothing on it named, is IT work', () => {
  it.each([
    ['Laptop kwijt', 'Onze stagiair liet vanochtend zijn laptop op de veerboot liggen. Graag op afstand wissen.'],
    ['Laptop', 'Our sales lead left his laptop on a plane today; wipe it from afar, please, and send a replacement.'],
    ['Handy', 'Mein Diensthandy habe ich gestern in der Straßenbahn liegen gelassen, bitte aus der Ferne zurücksetzen.'],
    ['Téléphone', "Mon collègue a oublié son portable au restaurant samedi ; merci de le réinitialiser à distance."],
  ])('reads no request in "%s"', (subject, body) => {
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });

  it.each([
    ['Telefoon gestolen', 'Mijn werktelefoon is gestolen in de sportschool; graag op afstand wissen en een nieuw wachtwoord. Ik mail nu vanaf mijn privé laptop.'],
    ['Laptop', 'My work laptop was stolen at the station. Could you lock and wipe it from afar? Meanwhile I work on my personal laptop.'],
  ])('reads no request where the sender writes from his private laptop meanwhile: "%s"', (subject, body) => {
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });
});

describe('classifyEmail: a device gone, told in a reply whose subject is not read, is lost too', () => {
  it('reads no request where nothing on it is named', () => {
    const body = 'Telefoon is echt weg, in de trein blijven liggen denk ik. Wissen op afstand graag, en een nieuw wachtwoord voor mij.';
    expect(classifyEmail({ subject: 'Re: Ticket 4411 telefoon', body }).isPrivacyRequest).toBe(false);
  });

  it('still reads a breach report where all its contacts and calls are on it', () => {
    const body = 'Das Handy bleibt verschwunden. Darauf sind alle Kontakte und die Anrufliste der Firma. Müssen wir das melden?';
    expect(rulesRights('Re: Ticket 4411 Handy', body)).toEqual(['breach_report']);
  });
});

describe("classifyEmail: a device left behind with a person's data on it reports a breach", () => {
  it('reads a breach report where the sender\'s papers and pictures are on it', () => {
    const body = "De koerier heeft mijn vorige laptop op het perron laten liggen, met daarop nog mijn belastingaangiftes en privéfoto's.";
    expect(rulesRights('Laptop kwijt', body)).toEqual(['breach_report']);
  });
});
