import { describe, expect, it } from 'vitest';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Contact asked of us by its verb with the sender named, then refused with "no more" after it ("don't email me ... anymore",
 * "Bel ons niet meer", "schreiben Sie mir nicht mehr", "ne plus nous contacter"), objects to surveys it names and leaves a
 * mailing it names. Sentences written for these tests; an invoice or a fault so told asks nothing.
 */

describe('classifyEmail: surveys refused by the verb of contact, "no more" after it, are objected to', () => {
  it.each([
    { subject: 'feedback', body: 'Hi,\n\nPlease do not email me those rating questionnaires anymore. Your newsletter I read gladly.\n\nOwen' },
    { subject: 'survey', body: "Don't text me those repair surveys any more, please." },
    { subject: 'enquête', body: 'Bel ons niet meer voor een tevredenheidsonderzoek, alstublieft.' },
    { subject: 'Umfrage', body: 'Bitte schreiben Sie mir nicht mehr wegen Ihrer Kundenumfragen.' },
    { subject: 'sondage', body: 'Je vous prie de ne plus nous contacter pour vos sondages de satisfaction.' },
  ])('reads "$body" as objection', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['objection']);
  });

  it('English: a mailing refused so is left', () => {
    expect(rulesRights('offers', 'Please do not send me your special offers anymore.')).toEqual(['unsubscribe']);
  });
});

describe('classifyEmail: things other than our contact refused so ask nothing', () => {
  it.each([
    { subject: 'facturen', body: 'Please do not send me paper invoices anymore, the PDF is enough.' },
    { subject: 'alerts', body: 'The backup server does not email me its reports anymore. Can you check?' },
    { subject: 'Rechnung', body: 'Schicken Sie mir die Rechnung nicht mehr per Post, sondern per Mail.' },
  ])('reads "$body" as no request', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });
});
