import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's own photo or quote refused in our publicity, its consent taken back, is an objection: it leaves no mailing and
 * "from now on" corrects nothing. A new name to be used from now on is still a correction, and a name or address refused for
 * our mailings is still the mailing left. Sentences written for these tests.
 */
const OWN_PHOTO_REFUSED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'gebruik mijn foto en naam voortaan niet langer op jullie website': objection alone",
    subject: 'Klantverhaal',
    body: 'Beste team,\n\nVorig jaar stond ik in jullie folder over ons kantoor. Mijn toestemming daarvoor is ingetrokken: gebruik mijn foto en naam voortaan niet langer op jullie website of in reclame.\n\nGroet,\nAnouk',
    rights: ['objection'],
  },
  {
    rule: "English 'don't use my photo and name in your marketing from now on': objection alone",
    subject: 'Case study',
    body: "Hi,\n\nI agreed last year that you could feature me in your case study. I withdraw that consent. Please don't use my photo and name in your marketing from now on.\n\nThanks,\nAmy",
    rights: ['objection'],
  },
  {
    rule: "German 'verwenden Sie mein Foto ... künftig nicht mehr in Ihrer Werbung': objection alone",
    subject: 'Referenz',
    body: 'Guten Tag,\n\nich widerrufe meine Einwilligung. Bitte verwenden Sie mein Foto und meinen Namen künftig nicht mehr in Ihrer Werbung.\n\nGruß,\nLena',
    rights: ['objection'],
  },
  {
    rule: "French 'n'utilisez plus ma photo ni mon nom dans vos supports marketing': objection alone",
    subject: 'Témoignage',
    body: "Bonjour,\n\nje retire mon consentement. N'utilisez plus ma photo ni mon nom dans vos supports marketing à l'avenir.\n\nCordialement,\nLéa",
    rights: ['objection'],
  },
  {
    rule: 'a new name to be used from now on is a correction',
    subject: 'Nieuwe naam',
    body: 'Hoi,\n\nGebruik mijn nieuwe naam voortaan in jullie mails, ik heet nu Anouk de Vries.\n\nAnouk',
    rights: ['rectification'],
  },
  {
    rule: 'a name and address refused for our mailings leaves the mailings',
    subject: 'Mailings',
    body: 'Hoi,\n\nGebruik mijn naam en adres niet meer voor jullie mailings.\n\nAnouk',
    rights: ['unsubscribe'],
  },
];

describe("classifyEmail: the sender's own photo refused in our publicity is an objection", () => {
  it.each(OWN_PHOTO_REFUSED_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
