import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A complaint someone else lodged against the sender's own firm ("klacht over ons", "complained about us", "über uns beschwert",
 * "plainte contre nous"), or told as lodged by one of its people ("Complaint lodged by employee"), is not the sender's: a
 * business customer telling of it lodges none. Sentences of our own; a data subject's own complaint about us stays one.
 */
const COMPLAINT_AGAINST_US_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'een oud-stagiair heeft een klacht over ons ingediend' is no complaint of the sender's",
    subject: 'logbestanden server',
    body: "Hallo,\n\nTer info: een oud-stagiair heeft bij de AP een klacht over ons ingediend, over de camera's in de kantine. Kunnen jullie de toegangslogs van de server over maart voor ons ophalen?\n\nGroet, Joost",
    rights: [],
  },
  {
    rule: "English 'a customer of ours has complained about us to the ICO' is no complaint of the sender's",
    subject: 'door logs',
    body: "Hi,\n\nA customer of ours has complained about us to the ICO over our CCTV. That's our own matter. Could you send us the door system logs for May?\n\nGemma",
    rights: [],
  },
  {
    rule: "German 'hat sich über uns beschwert' is no complaint of the sender's",
    subject: 'Protokolle April',
    body: 'Hallo,\n\neine Mitarbeiterin hat sich bei der Aufsichtsbehörde über uns beschwert, es geht um die Zeiterfassung. Können Sie uns die Protokolle des Servers für April schicken?\n\nGruß, Lars',
    rights: [],
  },
  {
    rule: "French 'une plainte contre nous auprès de la CNIL' is no complaint of the sender's",
    subject: 'Journaux du serveur',
    body: "Bonjour,\n\nUn salarié a déposé une plainte contre nous auprès de la CNIL au sujet de la vidéosurveillance. Pourriez-vous nous envoyer les journaux du serveur de mars ?\n\nHugo",
    rights: [],
  },
  {
    rule: "a subject that tells the complaint as lodged by one of the firm's people lodges none",
    subject: 'FW: complaint to ICO lodged by employee',
    body: 'Hi,\n\nSee the subject. Could you export the badge reader logs of our office for June?\n\nThanks, Gemma',
    rights: [],
  },
  {
    rule: "a data subject's own complaint to the authority about us stays a complaint",
    subject: 'klacht',
    body: 'Beste,\n\nVandaag heb ik bij de AP een klacht over uw bedrijf ingediend.\n\nPiet',
    rights: ['complaint'],
  },
  {
    rule: "English: a complaint lodged against our company with the ICO stays a complaint",
    subject: 'ICO',
    body: 'Hello,\n\nI have lodged a complaint against your company with the ICO.\n\nSam',
    rights: ['complaint'],
  },
];

describe('classifyEmail: a complaint lodged against the sender\'s own firm', () => {
  it.each(COMPLAINT_AGAINST_US_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
