import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A device we were to wipe or destroy, found for sale or told as not wiped, with people's data on it, is a breach. Erasing
 * asked not to be done ("niet worden gewist") tells no such thing. Sentences written for these tests.
 */
const RESOLD_DEVICE_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: one of the laptops taken for destruction for sale on Marktplaats, client files on its screen',
    subject: 'Marktplaats??',
    body: 'In maart namen jullie onze oude laptops mee om te vernietigen. Nu staat een van die laptops op Marktplaats. Op de foto van het scherm zie ik de dossiers van onze cliënten.',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: footage to be kept and 'niet worden gewist' restricts, no breach",
    subject: 'camera',
    body: 'Ik wil dat de beelden bewaard blijven en niet worden gewist tot dit is uitgezocht.',
    rights: ['restriction'],
  },
];

describe('classifyEmail: a device of ours resold or not wiped', () => {
  it.each(RESOLD_DEVICE_CASES)('$rule', (resoldCase) => {
    expectRulesRights(resoldCase);
  });
});
