import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A subject that names the sender's detail, above a line or two that give only its right value or ask it corrected: the
 * subject is what the body's few words are about. Beside them, the same subjects above mail that corrects nothing of the
 * sender's: a longer body, a mail received, a forgotten password, a broken phone, an office moved. Sentences written for
 * these tests.
 */
const SUBJECT_DETAIL_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'Geboortedatum' above 'het moet ... zijn' corrects it",
    subject: 'Geboortedatum',
    body: 'Bij jullie staat 3-5-1978, het moet 5-3-1978 zijn.\n\nMarloes',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'mailadres' above 'graag voortaan naar ...' corrects it",
    subject: 'mailadres',
    body: 'Graag voortaan naar lotte.bakker@kpnmail.nl sturen.\n\nLotte',
    rights: ['rectification'],
  },
  {
    rule: "English 'email address' above 'write to ... from now on' corrects it",
    subject: 'email address',
    body: 'Please write to r.osei@fastmail.com from now on.\n\nRuth',
    rights: ['rectification'],
  },
  {
    rule: "German 'Anschrift' above 'Bitte ändern: ...' corrects it",
    subject: 'Anschrift',
    body: 'Bitte ändern: Lindenweg 4, 50667 Köln.\n\nGrüße, Till',
    rights: ['rectification'],
  },
  {
    rule: "French 'adresse mail' above 'Pouvez-vous la corriger ?' corrects it",
    subject: 'adresse mail',
    body: "Pouvez-vous la corriger ? C'est c.roux@free.fr maintenant.\n\nClaire",
    rights: ['rectification'],
  },
  {
    rule: "English 'DOB' names the birth date: above 'the right one is ...' it is corrected",
    subject: 'DOB',
    body: 'Yours says 12/07/1985, the right one is 07/12/1985. Can you correct it?',
    rights: ['rectification'],
  },
  {
    rule: "English 'surname' names the sender's name: above 'Please correct it' it is corrected",
    subject: 'surname',
    body: 'Spelt wrong on every letter you send. Please correct it.\n\nMs Whitcombe',
    rights: ['rectification'],
  },
  {
    rule: "English 'phone # wrong' above a number said to be wrong corrects it",
    subject: 'phone # wrong',
    body: 'The number you have ends in 4410, which is wrong.\n\nSent from my iPhone',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'adreswijziging' names the sender's address: above 'Graag aanpassen' it is corrected",
    subject: 'adreswijziging',
    body: 'Per 1 juni: Esdoornlaan 7, 3941 AB Doorn. Graag aanpassen.\n\nTineke',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'adreswijziging kantoor' above the office's new address is the firm's",
    subject: 'adreswijziging kantoor',
    body: 'Per 1 juni zit ons kantoor op Esdoornlaan 7, 3941 AB Doorn. Graag aanpassen.',
    rights: [],
  },
  {
    rule: 'a correction under a detail subject in a body of many words is left to what its own sentences name',
    subject: 'Geboortedatum',
    body:
      'Bij jullie staat 3-5-1978, het moet 5-3-1978 zijn. Verder wil ik even zeggen dat de monteur vorige week heel vriendelijk was ' +
      'en de storing snel heeft opgelost, ook de nieuwe router werkt prima en de kinderen zijn blij.\n\nMarloes',
    rights: [],
  },
  {
    rule: "Dutch 'mail' above a mail received that looks wrong corrects nothing",
    subject: 'mail van jullie?',
    body: 'Ik kreeg vanochtend een mail, lijkt van jullie maar het adres is vreemd. Klopt die?',
    rights: [],
  },
  {
    rule: "Dutch 'wachtwoord' above a forgotten password corrects nothing",
    subject: 'wachtwoord',
    body: 'Ik ben mijn wachtwoord vergeten, kunnen jullie het opnieuw instellen? Groet, Marie',
    rights: [],
  },
  {
    rule: "English 'phone' above 'order a new one' is a device, no detail",
    subject: 'phone',
    body: 'Dropped my work phone, the screen is gone. Can you order a new one? Thanks',
    rights: [],
  },
  {
    rule: "Dutch 'adres' above an office moved is the firm's address",
    subject: 'adres',
    body: 'Per 1 mei zit ons kantoor op Stationsplein 9 in Amersfoort. Graag aanpassen.',
    rights: [],
  },
];

describe('classifyEmail: a detail named in the subject, corrected in a terse body', () => {
  it.each(SUBJECT_DETAIL_CASES)('$rule', (subjectDetailCase) => {
    expectRulesRights(subjectDetailCase);
  });
});
