import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Surveys stopped, or tracking objected to, are an objection (corpus README): where the mail names surveys and no mailing or
 * marketing, or keeps the mailing it names, its "stop sending me these" or "switch it off" leaves the surveys or the tracking, not a
 * mailing. Mailings or advertising named beside the surveys are left as well. Sentences written for these tests.
 */
const SURVEY_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'English: the "rate your support" mails after each ticket, stop sending them',
    subject: 'No more surveys',
    body: 'Hello,\n\nAfter each closed ticket I receive a "rate your support" survey. Please stop sending me those, and no reminders either.\n\nBest,\nMilan',
    rights: ['objection'],
  },
  {
    rule: 'English: the surveys stopped, the monthly newsletter named as welcome',
    subject: 'Surveys',
    body: 'Hi,\n\nI keep getting a satisfaction survey after every visit of your engineer. I do not want to receive those anymore. I am fine with the monthly newsletter though.\n\nThanks,\nPia',
    rights: ['objection'],
  },
  {
    rule: 'Dutch: no more surveys, the newsletter may keep coming',
    subject: 'geen enquêtes meer',
    body: 'Hoi,\n\nNa elk bezoek van de monteur volgt een tevredenheidsonderzoek. Daar doe ik niet meer aan mee; stuur die mails niet meer. De nieuwsbrief mag blijven komen.\n\nGroet,\nFleur',
    rights: ['objection'],
  },
  {
    rule: 'Dutch: advertising and surveys both stopped: off the mailings too',
    subject: 'geen reclame',
    body: 'Beste,\n\nGeen reclame meer naar mij sturen, alstublieft. Ook wil ik niet meer meedoen aan de enquêtes na elk telefoontje.\n\nBram',
    rights: ['objection', 'unsubscribe'],
  },
  {
    rule: 'English: tracking in the newsletter objected to, the newsletter kept',
    subject: 'Tracking pixels',
    body: 'Hello,\n\nYour newsletter is welcome, keep it coming, but I see it counts my opens and clicks. I object to that tracking. Stop tracking me and keep sending the newsletter, please.\n\nBest,\nJoop',
    rights: ['objection'],
  },
];

describe('classifyEmail: surveys stopped, no mailing named', () => {
  it.each(SURVEY_CASES)('$rule', (surveyCase) => {
    expectRulesRights(surveyCase);
  });
});
