import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender taken out of our CRM, database or files is erased there, also when the sentence stops a mailing beside it; taken
 * off a list or a mailing only, he leaves the mailing.
 */
const OUT_OF_OUR_SYSTEMS_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'Haal me uit jullie CRM en stop met die opvolgmails' is erasure and unsubscribe",
    subject: 'sales',
    body: 'Hallo,\n\nIk word al weken gebeld en gemaild door jullie sales. Haal me uit jullie CRM en stop met die opvolgmails.\n\nFemke',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "French 'Retirez-moi de votre fichier et arrêtez ces relances' is erasure and unsubscribe",
    subject: 'relances',
    body: "Bonjour,\n\nVotre équipe commerciale me relance sans arrêt. Retirez-moi de votre fichier et arrêtez ces relances.\n\nLucie",
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "German 'Nehmen Sie mich aus Ihrer Datenbank' is erasure",
    subject: 'Datenbank',
    body: 'Guten Tag,\n\nich war nie Kunde bei Ihnen. Nehmen Sie mich bitte aus Ihrer Datenbank.\n\nUwe',
    rights: ['erasure'],
  },
  {
    rule: "English 'take me out of your CRM' beside the sales emails is erasure and unsubscribe",
    subject: 'follow-ups',
    body: 'Hi,\n\nPlease take me out of your CRM and stop the sales emails.\n\nRoss',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "German 'Nehmen Sie mich aus Ihrem Verteiler' leaves the mailing only",
    subject: 'Newsletter',
    body: 'Hallo,\n\nich bekomme Ihren Newsletter. Nehmen Sie mich bitte aus Ihrem Verteiler.\n\nUwe',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'haal me van de mailinglijst' leaves the mailing only",
    subject: 'nieuwsbrief',
    body: 'Hoi,\n\nIk krijg jullie nieuwsbrief. Haal me alsjeblieft van de mailinglijst.\n\nFemke',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: the sender taken out of our systems', () => {
  it.each(OUT_OF_OUR_SYSTEMS_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
