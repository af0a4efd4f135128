import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A correction asked in the words people use for it ("I'd like this corrected"), of a job title ("mon intitulé de poste") or of
 * what our mails call the sender ("jullie noemen mij ..."), and the data held unused meanwhile ("ne vous servez pas de mes
 * données"). A corrected invoice asks nothing, nor does Dutch "pas" meaning "only". Sentences written for these tests.
 */
const DETAILS_CORRECTED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'pas' as 'only' ('kreeg ik pas na negen dagen antwoord') beside 'mijn mail' corrects nothing",
    subject: "Storing",
    body: "Op mijn mail over de storing kreeg ik pas na negen dagen antwoord. Dat is te laat.\n\nGroet, Bart",
    rights: [],
  },
  {
    rule: "Dutch 'Pas mijn e-mailadres aan naar ...' corrects the address",
    subject: "Adres",
    body: "Pas mijn e-mailadres aan naar bart@voorbeeld.nl, het oude gebruik ik niet meer.\n\nGroet, Bart",
    rights: ['rectification'],
  },
  {
    rule: "English 'I'd like this corrected' of a role our records give the sender",
    subject: 'Wrong role in your records',
    body: 'Hello,\n\nYour records list me as the finance director of Hollis Print. That is wrong, I run the front desk. I would like this corrected.\n\nNadia',
    rights: ['rectification'],
  },
  {
    rule: "English: corrected, and not used until it is",
    subject: 'Wrong role in your records',
    body: 'Hello,\n\nYour records list me as the finance director of Hollis Print. That is wrong. Please have that corrected. Until it has been, please do not use my details for sign-offs.\n\nNadia',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: "French job title corrected, and the data not used meanwhile",
    subject: 'Fonction erronée',
    body: "Bonjour,\n\nVous m'avez enregistrée comme responsable achats, c'est faux. Pourriez-vous corriger mon intitulé de poste ? Et tant que ce n'est pas fait, ne vous servez pas de mes données.\n\nCamille",
    rights: ['rectification', 'restriction'],
  },
  {
    rule: 'Dutch: what our mails call the sender, told and asked to be changed',
    subject: 'Re: storing',
    body: "Dank, het werkt weer.\n\nIk zie dat jullie mij in elke mail 'hoofd ICT' noemen. Dat ben ik al een jaar niet meer. Willen jullie dat aanpassen?\n\nMarco",
    rights: ['rectification'],
  },
  {
    rule: 'a corrected invoice asks nothing',
    subject: 'factuur',
    body: 'Hello,\n\nThe invoice amount was wrong, but we received the corrected invoice today. Thanks.\n\nTara',
    rights: [],
  },
];

describe('classifyEmail: details corrected in everyday words', () => {
  it.each(DETAILS_CORRECTED_CASES)('$rule', (detailsCorrectedCase) => {
    expectRulesRights(detailsCorrectedCase);
  });
});
