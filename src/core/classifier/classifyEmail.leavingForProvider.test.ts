import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The switch to a new provider told as leaving us for another firm: the sender's mail and contacts then sent straight to it are
 * portability. Leaving told beside a contract ended or a last invoice asks no right.
 */
const LEAVING_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'leaving you for a cheaper provider ... straight to them' is portability",
    subject: 'Moving on',
    body: "Hello,\n\nI'm leaving you for a cheaper provider next month. Could you send my mailbox and address book straight to them?\n\nNina",
    rights: ['portability'],
  },
  {
    rule: "German 'ich verlasse Sie für einen anderen Anbieter ... direkt dorthin' is portability",
    subject: 'Wechsel',
    body: 'Guten Tag,\n\nich verlasse Sie für einen anderen Anbieter. Bitte übertragen Sie mein Postfach und meine Kontakte direkt dorthin.\n\nUwe',
    rights: ['portability'],
  },
  {
    rule: 'leaving beside a contract to end asks no right',
    subject: 'Cancellation',
    body: "Hi,\n\nWe're leaving you for a cheaper provider in the spring, so our contract with you can end on 1 April.\n\nNina",
    rights: [],
  },
  {
    rule: 'leaving beside a last invoice asks no right',
    subject: 'Final invoice',
    body: "Hi,\n\nWe're leaving you for another supplier. Please send the final invoice to our bookkeeper.\n\nNina",
    rights: [],
  },
];

describe('classifyEmail: the switch told as leaving us for another provider', () => {
  it.each(LEAVING_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});

/**
 * The provider changed, told with "de" or "van" ("je change de prestataire", "ik wissel van provider") in a short sentence after
 * the mailbox is named: a switch, no new value of the mailbox to correct. A detail of the sender's to change stays a correction.
 */
const PROVIDER_CHANGED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'je change de prestataire' after 'ma messagerie' corrects nothing",
    subject: 'Transfert de ma messagerie',
    body: 'Vous gérez mon adresse mail et mon agenda depuis des années. Je change de prestataire le mois prochain. Merci de transférer mes e-mails directement au nouveau prestataire.',
    rights: ['portability'],
  },
  {
    rule: "Dutch 'ik wissel van provider' after 'mijn mailbox' is the switch",
    subject: 'mailbox',
    body: 'Jullie hosten mijn mailbox en agenda. Ik wissel van provider. Zet mijn mail direct over naar de nieuwe.',
    rights: ['portability'],
  },
  {
    rule: "French 'merci de la changer' after 'mon ancienne adresse' still corrects it",
    subject: 'adresse',
    body: 'Vous avez mon ancienne adresse. Merci de la changer.',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'graag aanpassen' after a move told still corrects the address",
    subject: 'adres',
    body: 'Jullie hebben mijn oude adres. Ik ben verhuisd. Graag aanpassen.',
    rights: ['rectification'],
  },
];

describe('classifyEmail: the provider changed, told with "de" or "van"', () => {
  it.each(PROVIDER_CHANGED_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
