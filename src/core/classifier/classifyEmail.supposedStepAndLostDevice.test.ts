import { classifyEmail } from './classifyEmail.ts';
import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A step the sender only supposes he might ask ("Als ik u zou vragen ...", "Wenn ich ... entfernen lassen würde") asks nothing;
 * a wish put politely with "würde" still asks. A lost work phone to be wiped, with the owner's account to be reset, names no data
 * on it: IT work (corpus README); client files on it make it a breach. Sentences written for these tests.
 */
const SUPPOSED_STEP_AND_LOST_DEVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'Als ik u zou vragen mijn klantgegevens te wissen, ...?' supposes an erasure",
    subject: 'vraagje',
    body: 'Als ik u zou vragen mijn klantgegevens te wissen, mag ik dan nog storingen doorgeven?\n\nGr, Henk',
    rights: [],
  },
  {
    rule: "German 'Wenn ich alle meine Daten entfernen lassen würde, ...?' supposes an erasure",
    subject: 'Frage',
    body: 'Wenn ich alle meine Daten bei Ihnen entfernen lassen würde, bekäme ich dann noch Rechnungen per Post?\n\nG. Falk',
    rights: [],
  },
  {
    rule: "German 'würde ich gern erfahren, welche Daten ...' asks, though put politely",
    subject: 'Auskunft',
    body: 'Wenn Sie nichts dagegen haben, würde ich gern erfahren, welche Angaben Sie zu meiner Person in Ihren Systemen führen.\n\nG. Falk',
    rights: ['access'],
  },
  {
    rule: "Dutch: a lost work phone to wipe and the owner's account password to reset is IT work",
    subject: 'telefoon kwijt',
    body: 'Mijn moeder is haar werktelefoon kwijtgeraakt in de bus. Graag dat toestel vanaf afstand leegmaken en het wachtwoord van haar account opnieuw instellen?',
    rights: [],
  },
  {
    rule: "English: a lost work phone to lock and the owner's account password to reset is IT work",
    subject: 'lost phone',
    body: 'My dad lost his work phone on the train. Please lock it remotely and reset the password of his account.',
    rights: [],
  },
  {
    rule: "Dutch: a lost work phone with clients' files on it reports a breach",
    subject: 'telefoon kwijt',
    body: 'Mijn moeder is haar werktelefoon kwijt. Daar staan de dossiers van haar cliënten op. Graag dat toestel vanaf afstand leegmaken.',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a step only supposed, and a lost device with only its owner account named', () => {
  it.each(SUPPOSED_STEP_AND_LOST_DEVICE_CASES)('$rule', (readingCase) => {
    expectRulesRights(readingCase);
  });

  it('leaves the models no request to find in a lost phone to lock and reset', () => {
    expect(classifyEmail({ subject: 'lost phone', body: 'My dad lost his work phone on the train. Please lock it remotely and reset the password of his account.' }).isPrivacyRequest).toBe(false);
  });
});
