import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A lost or stolen device told with nothing on it named is IT work: a wipe, a new phone, a login reset, a blocked account. With client files,
 * payslips or mail on it, it is a breach reported (corpus README). Sentences written for these tests.
 */
const BARE_DEVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: 'Laptop laten liggen in de bus' at the start of a line, as a phone types it",
    subject: "laptop",
    body: "Laptop laten liggen in de bus richting Zeist. Graag op afstand wissen en ook een nieuw wachtwoord voor mij. Bel me even.\n\nNiels",
    rights: [],
  },
  {
    rule: "Dutch: the password of 'mijn account' reset is no data on the lost phone",
    subject: "telefoon kwijt",
    body: "Ik ben mijn werktelefoon kwijt, hij zat in mijn jas op het perron. Kunnen jullie hem wissen en blokkeren? Het wachtwoord van mijn account ook maar meteen resetten.\n\nWillem",
    rights: [],
  },
  {
    rule: "English: a laptop 'nicked', the sender writing 'on my personal phone'",
    subject: "laptop nicked",
    body: "hi, my laptop got nicked from the office car yesterday. pls wipe it remotely and set me up with a new password, I'm on my personal phone now.\nsam",
    rights: [],
  },
  {
    rule: "Dutch: 'Laptop laten liggen' with the staff's payslips on it is a breach reported",
    subject: "Laptop",
    body: "Laptop laten liggen in de trein. Er staan de loonstroken van al onze medewerkers op. Wat moeten we doen?\n\nNiels",
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: a colleague\'s work phone lost, a remote wipe asked',
    subject: 'werktelefoon kwijt',
    body: 'Hallo,\n\nOnze collega Daan is zijn werktelefoon kwijtgeraakt op het station. Kunnen jullie hem op afstand wissen? Hij krijgt morgen een nieuwe.\n\nGroet,\nIris',
    rights: [],
  },
  {
    rule: 'German: a company phone lost, a wipe asked',
    subject: 'Firmenhandy verloren',
    body: 'Hallo,\n\nmeine Kollegin hat ihr Firmenhandy im Taxi verloren. Bitte per Intune löschen.\n\nDanke\nOle',
    rights: [],
  },
  {
    rule: 'English: a work phone lost, a wipe and a password reset asked: the password is no data on the phone',
    subject: 'phone gone',
    body: 'Hi,\n\nMy work phone was stolen at the market today. Please wipe it and give me a new password.\n\nAlex',
    rights: [],
  },
  {
    rule: 'German: a notebook stolen with customer lists on it is a breach reported',
    subject: 'Notebook gestohlen',
    body: 'Hallo,\n\nheute wurde mir das Notebook aus dem Auto gestohlen. Darauf sind Kundenakten und Angebote. Bitte sofort sperren.\n\nUwe',
    rights: ['breach_report'],
  },
  {
    rule: 'English: a laptop lost with client files on it is a breach reported',
    subject: 'Laptop lost',
    body: 'Hi,\n\nI left my laptop on the train last night. It has our client files on it. Please lock it and tell me what to do.\n\nGina',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: a tablet gone missing from a shop counter, a lock asked',
    subject: 'tablet kassa vermist',
    body: 'Hoi,\n\nDe tablet van de kassa is sinds zaterdag vermist. Willen jullie die vergrendelen?\n\nMvg,\nJoost',
    rights: [],
  },
  {
    rule: 'English: a checkout tablet missing, a remote lock asked',
    subject: 'checkout tablet missing',
    body: 'Hi,\n\nThe tablet we use at the checkout has been missing since Saturday. Can you lock it remotely?\n\nPim',
    rights: [],
  },
  {
    rule: 'English: a phone lost, the sender\'s own account blocked until a new one comes: no restriction either',
    subject: 'phone lost',
    body: 'Hi,\n\nLost my work phone somewhere at the fair. Could you block my account until I pick up a replacement on Monday?\n\nDana',
    rights: [],
  },
  {
    rule: 'Dutch: a laptop stolen, the sender\'s own account blocked, and no data on it named',
    subject: 'laptop gestolen',
    body: 'Goedemorgen,\n\nMijn laptop is gisteren uit de bus gestolen. Kunnen jullie mijn account blokkeren en mijn wachtwoord opnieuw instellen?\n\nGroet,\nFemke',
    rights: [],
  },
  {
    rule: 'Dutch: a phone gone missing with the customers\' files on it is still a breach reported',
    subject: 'telefoon vermist',
    body: 'Hoi,\n\nMijn telefoon is vermist sinds gisteren. Daar staan klantdossiers van ons kantoor op. Graag blokkeren.\n\nRuud',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: an account blocked with no device lost is still a restriction asked',
    subject: 'account',
    body: 'Goedemiddag,\n\nBlokkeer mijn account zolang mijn bezwaar loopt, maar verwijder er nog niets uit.\n\nMet vriendelijke groet,\nHenk',
    rights: ['restriction'],
  },
];

describe('classifyEmail: a lost device with nothing on it named', () => {
  it.each(BARE_DEVICE_CASES)('$rule', (deviceCase) => {
    expectRulesRights(deviceCase);
  });
});
