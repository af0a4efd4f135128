import { expectDoubtedNo, expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A departed colleague's mailbox or account erased or exported for the firm, the colleague told gone in a sentence of its own and
 * no one asking for him, is offboarding: a doubted "no". A former colleague who asked for it, a cited article or a forward of his
 * own words keeps the request the firm passes on. Sentences written for these tests.
 */
const OFFBOARDING: readonly { rule: string; subject: string; body: string }[] = [
  {
    rule: "English 'Tom left us two months ago ... delete his mailbox'",
    subject: 'Mailbox Tom',
    body: 'Hi,\n\nTom left us two months ago. We have moved what we need, so please delete his mailbox and OneDrive now.\n\nLiam',
  },
  {
    rule: "English 'finished last Friday ... delete her account and remove her'",
    subject: 'Leaver',
    body: 'Hi,\n\nOur office manager Dana finished last Friday, so please delete her account and drop her from the sales groups.\n\nRob',
  },
  {
    rule: "English 'left the company in June ... export his mailbox to PST'",
    subject: 'Archive',
    body: 'Hello,\n\nOur former CFO left the company in June. Please export his mailbox to PST for the archive, then delete the account.\n\nHenk',
  },
  {
    rule: "Dutch 'Petra is vorige maand vertrokken ... haar mailbox ... verwijderen'",
    subject: 'Account Petra',
    body: 'Hoi,\n\nPetra is vorige maand vertrokken. Haar mailbox en OneDrive mogen weg, kunnen jullie die verwijderen?\n\nGroet, Anouk',
  },
  {
    rule: "German 'hat das Unternehmen verlassen ... löschen Sie sein Postfach'",
    subject: 'Postfach Vogt',
    body: 'Hallo,\n\nHerr Vogt hat das Unternehmen verlassen. Bitte löschen Sie sein Postfach mit allen Mails.\n\nGruß, Ute',
  },
  {
    rule: "French 'a quitté la société ... supprimer sa boîte mail'",
    subject: 'Boîte de M. Petit',
    body: 'Bonjour,\n\nM. Petit a quitté la société en mars. Pouvez-vous supprimer sa boîte mail et son compte OneDrive ?\n\nClaire',
  },
];

const PASSED_ON: readonly RulesRightsCase[] = [
  {
    rule: 'a former employee who asked for a copy keeps the access the firm passes on',
    subject: 'Export mailbox',
    body: 'Hi,\n\nTom, our former employee, wants a copy of his mailbox. He left us in May. Can you export his mailbox to a PST file for him?\n\nLiam',
    rights: ['access', 'portability'],
  },
  {
    rule: 'a cited article keeps the access the firm passes on',
    subject: 'Inzage oud-medewerker',
    body: 'Hoi,\n\nPetra is vorige maand vertrokken en vraagt inzage op grond van artikel 15 AVG. Kunnen jullie haar mailbox exporteren?\n\nGroet, Anouk',
    rights: ['access'],
  },
];

describe("classifyEmail: a departed colleague's account tidied away", () => {
  it.each(OFFBOARDING)('$rule is offboarding', ({ subject, body }) => expectDoubtedNo(subject, body));
  it.each(PASSED_ON)('$rule', (testCase) => expectRulesRights(testCase));
});
