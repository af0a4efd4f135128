import { classifyEmail } from './classifyEmail.ts';
import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mailing the sender wants to keep or have back is no unsubscribe, however much it names the newsletter; a failed unsubscribe
 * ("nog steeds niet afgemeld") still asks to be taken off. Sentences written for these tests.
 */
const MAILING_WANTED_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: not unsubscribed, the newsletter no longer arrives, put back on',
    subject: 'nieuwsbrief weg?',
    body: 'Hoi,\n\nIk heb me nooit afgemeld, maar sinds oktober krijg ik de nieuwsbrief niet meer. Zetten jullie me er weer op?\n\nGroet,\nMarja',
    rights: [],
  },
  {
    rule: 'English: did not ask to be removed, keep me on it',
    subject: 'removed?',
    body: 'Hi,\n\nI got a mail saying I was removed from your newsletter, but I did not ask to be removed. Please keep me on the list.\n\nSam',
    rights: [],
  },
  {
    rule: 'Dutch: still not unsubscribed is a failed unsubscribe, still asked',
    subject: 'afmelden',
    body: 'Hallo,\n\nIk ben nog steeds niet afgemeld voor de nieuwsbrief, terwijl ik dat twee keer heb gevraagd. Haal me er nu van af.\n\nDirk',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch: 'Ben ik soms van de lijst gehaald?' asks whether it was done, not to do it",
    subject: 'nieuwsbrief',
    body: 'Hallo,\n\nSinds maart krijg ik de nieuwsbrief niet meer. Ben ik soms van de lijst gehaald? Hij is me juist heel welkom.\n\nGroet, Ria',
    rights: [],
  },
  {
    rule: "Dutch: taken off told as done, the mailing still coming, asks to be taken off",
    subject: 'nieuwsbrief',
    body: 'Hallo,\n\nIk ben van de lijst gehaald, toch komt de nieuwsbrief elke week weer binnen. Stop daarmee.\n\nRia',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a mailing the sender wants', () => {
  it.each(MAILING_WANTED_CASES)('$rule', (mailingCase) => {
    expectRulesRights(mailingCase);
  });

  it('keeps the models from making a newsletter wanted back an unsubscribe', () => {
    const email = {
      subject: 'Nieuwsbrief komt niet meer',
      body: 'Hallo,\n\nIk heb me NIET afgemeld, maar sinds de zomer ontvang ik de maandelijkse nieuwsbrief niet meer. Gaat er iets mis? Ik lees hem juist graag.\n\nGroet, Ria',
    };
    expect(classifyEmail(email).isPrivacyRequest).toBe(false);
  });
});
