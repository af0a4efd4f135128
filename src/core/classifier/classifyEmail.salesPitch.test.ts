import { rulesRights } from './rulesRights.test-support.ts';

/** Goods sold to the sender are a sales pitch, his data sold is a processing: sentences written for these tests. */

describe('classifyEmail: sales calls to sell the sender something, stopped, leave the marketing, no objection', () => {
  it.each([
    { subject: 'Werbeanrufe', body: 'Bitte beenden Sie die Anrufe, mit denen Sie mir Telefonverträge verkaufen wollen.' },
    { subject: 'démarchage', body: "Arrêtez de m'appeler pour me vendre vos contrats de maintenance, merci." },
    { subject: 'sales calls', body: 'Stop phoning me to sell me cloud backup. I am not interested.' },
  ])('reads "$body" as the unsubscribe alone', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'my data', body: 'Stop selling my data to advertisers.' },
    { subject: 'mes données', body: 'Arrêtez de vendre mes données à des tiers.' },
  ])('still reads the sender\'s data sold, stopped, as an objection in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toContain('objection');
  });
});
