import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * What a lost device holds decides whether its loss is IT work or a breach: the sender's other device, named for where he
 * writes from, is no private data on the lost one; a device gone, told in a reply, is lost; papers, pictures, contacts and
 * calls on it are data it holds. Sentences written for these tests.
 */

describe("classifyEmail: the sender's other device, named for where he writes from, is no private data on the lost one", () => {
  it.each([
    ['Telefoon gestolen', 'Mijn werktelefoon is gestolen in de sportschool; graag op afstand wissen en een nieuw wachtwoord. Ik mail nu vanaf mijn privé laptop.'],
    ['Laptop', 'My work laptop was stolen at the station. Could you lock and wipe it from afar? Meanwhile I work on my personal laptop.'],
  ])('reads no request in "%s"', (subject, body) => {
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

describe("classifyEmail: a lost device with a person's papers and pictures on it reports a breach", () => {
  it('reads a breach report', () => {
    const body = "De koerier is mijn vorige laptop kwijtgeraakt, met daarop nog mijn belastingaangiftes en privéfoto's.";
    expect(rulesRights('Laptop kwijt', body)).toEqual(['breach_report']);
  });

  it('still reads no request in an account hacked that mails all the sender\'s contacts', () => {
    const body = 'Mijn mailaccount is gehackt en stuurt spam naar al mijn contacten. Mijn wachtwoord heb ik al gewijzigd.';
    expect(classifyEmail({ subject: 'Gehackt', body }).isPrivacyRequest).toBe(false);
  });
});
