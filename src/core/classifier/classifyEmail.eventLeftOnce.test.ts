import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Leaving one event of ours (a customer evening, a breakfast, its list of guests) leaves no mailing; the mailing itself
 * left in the same words stands. Sentences written for these tests.
 */
const EVENT_LEFT_ONCE_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: taken off one event's attendee list",
    subject: 'Re: Invitation: security breakfast',
    body: 'I have a client meeting that morning, please take me off the attendee list.',
    rights: [],
  },
  {
    rule: "English: taken off the invitation list is the mailing left",
    subject: 'Re: Invitation: security breakfast',
    body: 'Please take me off your invitation list, I get far too many of these.',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch: 'meld me maar af voor de klantavond' leaves one evening",
    subject: 'Re: Uitnodiging',
    body: 'Ik ben die week op vakantie, meld me maar af voor de klantavond.',
    rights: [],
  },
  {
    rule: "Dutch: 'meld me voor deze keer af' leaves one evening",
    subject: 'Re: Uitnodiging',
    body: 'Lukt me niet op donderdag, meld me voor deze keer af.',
    rights: [],
  },
  {
    rule: "Dutch: 'meld me af voor de nieuwsbrief' leaves the mailing",
    subject: 'Re: Nieuwsbrief',
    body: 'Meld me maar af voor de nieuwsbrief, ik lees hem nooit.',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: one event left', () => {
  it.each(EVENT_LEFT_ONCE_CASES)('$rule', (eventCase) => {
    expectRulesRights(eventCase);
  });
});
