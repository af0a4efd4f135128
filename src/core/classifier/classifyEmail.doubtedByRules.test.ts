import { classifyEmail } from './classifyEmail.ts';

/**
 * A "no" the rules doubt yields to the shipped models only where they are sure of a request and of its right in the
 * sender's own lines; thanks above a quoted request stay no request. Sentences written for these tests.
 */

/** Replies that tell back as settled what a quoted request asked, with no thanks word in them. */
const SETTLED_REPLIES = [
  { subject: 'Re: deleting my account', body: 'cheers, all sorted then\n\nOn Tue, 3 Mar 2026 at 10:40 Ben Okafor <ben@mail.example> wrote:\n> Please delete my account and every detail you keep about me.' },
  { subject: 'Re: gegevens verwijderen', body: 'Top, alles geregeld zo.\n\nOp di 3 mrt 2026 schreef Ben de Vries:\n> Graag mijn klantaccount wissen, met alles wat erbij hoort.' },
  { subject: 'RE: suppression de mon compte', body: 'Super, tout est réglé.\n\nLe mar. 3 mars 2026, Lucie Martin a écrit :\n> Je vous prie d\'effacer mon compte client ainsi que mes données.' },
];

describe('classifyEmail: a "no" the rules doubt', () => {
  it('becomes a request for review where the models are sure of it in the sender\'s own words', () => {
    const body = 'Hello,\n\nI clicked the unsubscribe link in your last newsletter twice and got an error both times. Please just take anna.berg@mail.example off your mailing list.\n\nThanks,\nAnna';
    const rulesAlone = classifyEmail({ subject: 'Unsubscribe link broken', body }, { rulesAlone: true });
    expect(rulesAlone).toMatchObject({ isPrivacyRequest: false, needsReview: true });
    const result = classifyEmail({ subject: 'Unsubscribe link broken', body });
    expect(result).toMatchObject({ isPrivacyRequest: true, rights: ['unsubscribe'], needsReview: true, isModelDecision: true });
    for (const item of result.evidence) {
      expect((item.field === 'subject' ? 'Unsubscribe link broken' : body).slice(item.start, item.end)).toBe(item.text);
    }
  });

  it.each([
    { subject: 'RE: Ihre Anfrage', body: 'Danke, das ist alles erledigt.\n\n-----Ursprüngliche Nachricht-----\nVon: Anna Berg\nBetreff: Löschung\n\nBitte löschen Sie alle meine Daten und bestätigen Sie mir die Löschung.' },
    { subject: 'RE: your request', body: 'Thanks, all sorted now.\n\nOn Mon, 2 Mar 2026 at 09:12 Anna Berg <anna@mail.example> wrote:\n> Please delete all my personal data and confirm the deletion.' },
    ...SETTLED_REPLIES,
  ])('stays no request where the request stands only in the quoted mail: "$subject"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });

  it.each(SETTLED_REPLIES)('makes a reply told back as settled a "no" the rules doubt, which the models overturn only when sure: "$subject"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true })).toMatchObject({ isPrivacyRequest: false, needsReview: true });
  });
});
