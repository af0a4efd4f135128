import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A copy of what we hold of the sender asked as a file he can open or import elsewhere (PST, mbox, CSV, zip) is portability
 * beside access, and so is his mailbox named in one sentence and its export asked in the next; a firm's own export, a copy of
 * an invoice or the sender exporting it himself asks no portability.
 */
const PORTABLE_FILE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'een kopie van alles wat op mijn naam staat, als zip of pst' adds portability to the copy",
    subject: 'mijn gegevens',
    body: 'Hoi,\n\nIk zou graag een kopie willen van alles wat er op mijn naam bij jullie staat, het liefst als zip of pst zodat ik het zelf kan openen.\n\nKoen',
    rights: ['access', 'portability'],
  },
  {
    rule: "English 'a copy of all my data as a CSV file' adds portability to the copy",
    subject: 'my data',
    body: 'Hello,\n\nI would like a copy of all my data you keep, as a CSV file please.\n\nRuth',
    rights: ['access', 'portability'],
  },
  {
    rule: "English mailbox named, then 'Can you export them as mbox and send me a link?' is portability",
    subject: 'leaving',
    body: 'Hi,\n\nI am closing my shop. I want my mail, contacts and calendar moved to my new account. Can you export them as mbox or PST and send me a download link?\n\nOmar',
    rights: ['access', 'portability'],
  },
  {
    rule: "Dutch mailbox named, then 'Kunnen jullie die als pst exporteren en opsturen?' is portability",
    subject: 'verhuizen',
    body: 'Hoi,\n\nIk stop met mijn bedrijfje. Mijn mail en mijn agenda wil ik meenemen naar een nieuw account. Kunnen jullie die als pst exporteren en mij een link sturen?\n\nSanne',
    rights: ['access', 'portability'],
  },
  {
    rule: "German mailbox named, then 'Können Sie die als PST exportieren und mir schicken?' is portability",
    subject: 'Umzug',
    body: 'Hallo,\n\nich gebe mein Büro auf. Mein Postfach und meine Kontakte möchte ich mitnehmen. Können Sie die als PST exportieren und mir einen Link schicken?\n\nPaul',
    rights: ['access', 'portability'],
  },
  {
    rule: "a firm's own 'export of all invoices as CSV' is bookkeeping, no request",
    subject: 'export',
    body: 'Hi,\n\nCould you send us a copy of all invoices of last year as a CSV file for our accountant?\n\nDirk',
    rights: [],
  },
  {
    rule: "the sender asking how to export his own calendar to mbox himself asks no right",
    subject: 'vraagje',
    body: 'Hoi,\n\nIk wil mijn agenda naar mijn nieuwe laptop halen. Hoe kan ik die zelf in Outlook als pst exporteren?\n\nBram',
    rights: [],
  },
];

describe('classifyEmail: data asked as a file to take along', () => {
  it.each(PORTABLE_FILE_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
