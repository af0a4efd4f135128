import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Mailings left in more words: a periodic mail named by its rhythm ("die wekelijkse mail ... hoeft niet meer"), opting out in the
 * present ("from today I'm opting out of all partner mailings"), and a bare "STOP" above a sales mail that only calls itself one by its
 * own words ("Last chance!", "free backup check", "15% korting op"). A free trial stopped is a service ended. Sentences written for these tests.
 */
const MAILING_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'die wekelijkse mail met printertips hoeft van mij niet meer'",
    subject: 'tips',
    body: 'Die wekelijkse mail met printertips hoeft van mij niet meer, bedankt.\n\nGr. Joke',
    rights: ['unsubscribe'],
  },
  {
    rule: "English 'from today I'm opting out of all partner mailings'",
    subject: 'Vendor mailings',
    body: "Hello,\n\nYou keep sending me vendor offers. From today I'm opting out of all partner mailings.\n\nDavid",
    rights: ['unsubscribe'],
  },
  {
    rule: "a bare 'STOP' above 'Last chance! Book your free backup check'",
    subject: 'RE: Last chance: a free backup check',
    body: 'STOP\n\nSent from my iPhone\n\n> On 2 Nov 2026, at 09:00, QN Service <service@qualitynetworks.nl> wrote:\n>\n> Last chance! Book your free backup check before Friday.\n> Reply to this email to book.',
    rights: ['unsubscribe'],
  },
  {
    rule: "a bare 'STOP' above a sales mail offering '15% korting op' our packages",
    subject: "RE: Actie werkplekken",
    body: "STOP\n\nOp di 4 nov 2025 om 10:05 schreef Jeroen Kok <j.kok@qualitynetworks.nl>:\n> Beste meneer Kok,\n>\n> Tot 30 november krijgt u 15% korting op onze werkplekbeheer-pakketten.\n>\n> Zal ik u deze week even bellen?\n>\n> Met vriendelijke groet,\n> Jeroen Kok",
    rights: ['unsubscribe'],
  },
  {
    rule: 'a discount asked on an invoice is no mailing',
    subject: "Factuur",
    body: "Kan ik nog korting op de factuur van oktober krijgen? Het bedrag klopt volgens mij niet.\n\nGroet, Kees",
    rights: [],
  },
  {
    rule: 'a free trial stopped unsubscribes from nothing',
    subject: 'Trial',
    body: 'Hi,\n\nPlease stop my free trial of the backup service, we will not continue.\n\nDavid',
    rights: [],
  },
];

describe('classifyEmail: mailings left in more words', () => {
  it.each(MAILING_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
