import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Being taken off a list or out of a file, asked with a negation, is refused, not asked: "do not remove me". A negation after
 * a phrase that holds an "and" belongs to what follows the "and" ("löschen und mich nie wieder anschreiben"). A negation that
 * opens a sentence typed without capitals starts a new one. Job alerts are a mailing, not a system's alerts. Sentences
 * written for these tests.
 */
const REMOVAL_REFUSED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'Please do not remove me from the mailing list' keeps the mailing",
    subject: 'Newsletter',
    body: 'We are moving offices next month. Please do not remove me from the mailing list, my colleague reads it too.',
    rights: [],
  },
  {
    rule: "English: 'don't take me off the list' keeps the mailing",
    subject: 'Re: your webinar series',
    body: "Great sessions so far. Please don't take me off the list when the series ends.",
    rights: [],
  },
  {
    rule: "German: 'nehmen Sie mich nicht aus dem Verteiler' keeps the mailing",
    subject: 'Rundbrief',
    body: 'Ich wechsle nur die Abteilung. Bitte nehmen Sie mich nicht aus dem Verteiler.',
    rights: [],
  },
  {
    rule: "German: the 'nie' after 'löschen und mich' belongs to the writing: erasure and the mailing stopped",
    subject: 'Schluss',
    body: 'Bitte alle meine Angaben löschen und mich nie wieder anschreiben. Keinen Newsletter mehr, bitte.',
    rights: ['erasure', 'unsubscribe'],
  },
  {
    rule: "English, lowercase: 'not' after 'me.' opens a new sentence and leaves 'stop emailing me' standing",
    subject: 'stop',
    body: 'stop sending me ads. not interested in printers',
    rights: ['unsubscribe'],
  },
  {
    rule: "English: the weekly job alerts stopped are a mailing left",
    subject: 'alerts',
    body: 'Hello, please stop sending me your job alerts, I accepted an offer last week.',
    rights: ['unsubscribe'],
  },
  {
    rule: "French: 'me désinscrire de vos alertes emploi' leaves the mailing",
    subject: 'alertes',
    body: "Pouvez-vous me désinscrire de vos alertes emploi ? J'ai trouvé un poste.",
    rights: ['unsubscribe'],
  },
  {
    rule: "English: monitoring alerts stopped are IT work, no mailing",
    subject: 'alerts',
    body: 'Please stop sending me the disk space alerts for the old file server, it was switched off.',
    rights: [],
  },
];

describe('classifyEmail: removal refused, and what a negation reaches', () => {
  it.each(REMOVAL_REFUSED_CASES)('$rule', (refusedCase) => {
    expectRulesRights(refusedCase);
  });
});
