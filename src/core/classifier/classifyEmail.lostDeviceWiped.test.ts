import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A device told lost or stolen, and a wipe asked later in its paragraph: the device is what is wiped, whatever of the
 * sender's the sentences between say is on it. Sentences written for these tests.
 */

describe('classifyEmail: the wipe asked after a lost device erases the device, the breach alone', () => {
  it.each([
    { subject: 'Werktelefoon', body: 'Hoi, ik ben mijn werktelefoon kwijt, ergens in de bus denk ik. Mijn mail staat erop. Er zit alleen een korte pincode op. Kunnen jullie hem wissen?\n\nBram' },
    { subject: 'Work phone', body: "Hi, I've lost my work phone, probably on the tram. My email is on it. It only has a short PIN. Can you wipe it?\n\nBen" },
    { subject: 'Diensthandy', body: 'Hallo, ich habe mein Diensthandy verloren, wohl im Bus. Meine Mail ist darauf. Es hat nur eine kurze PIN. Können Sie es löschen?\n\nBen' },
    { subject: 'Téléphone', body: "Bonjour, j'ai perdu mon téléphone de travail, sans doute dans le bus. Mon mail est dessus. Il n'a qu'un code court. Pouvez-vous l'effacer ?\n\nBen" },
  ])('reads "$body" as a breach report and no erasure', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'Telefoon kwijt', body: 'Mijn telefoon is kwijt. Mijn mailadres staat erop. Verwijder ook mijn account en al mijn gegevens bij jullie.', rights: ['breach_report', 'erasure'] },
    { subject: 'Laptop lost', body: 'I lost my laptop last week. Please also delete my account and all my personal data you hold.', rights: ['breach_report', 'erasure'] },
    { subject: 'Nummer', body: 'Jullie hebben mijn telefoonnummer nog. Dat klopt niet meer. Verwijder het graag.', rights: ['erasure', 'rectification'] },
  ])('still reads the erasure of the sender\'s own data in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});
