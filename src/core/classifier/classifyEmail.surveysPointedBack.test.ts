import { describe, expect, it } from 'vitest';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Surveys or tracking told, then not wanted any more with the subject first and a word pointing back ("Ik wil dat niet meer",
 * "Je ne veux plus ça"), are objected to; a mailing told so is left. Sentences written for these tests; a price rise wished
 * away that way asks nothing.
 */

describe('classifyEmail: surveys or tracking wanted no more by pointing back are objected to', () => {
  it.each([
    { subject: 'enquêtes', body: 'Hoi,\n\nIk krijg na elke bestelling een enquête per sms. Ik wil dat niet meer.\n\nGroet, Lotte' },
    { subject: 'enquêtes', body: 'Na ieder telefoontje met de helpdesk volgt een enquête. Ik hoef dat niet meer.' },
    { subject: 'klikgedrag', body: 'Jullie houden bij welke links ik aanklik in de mails. Ik wil dit niet meer.' },
    { subject: 'questionnaires', body: 'Bonjour,\n\nAprès chaque livraison je reçois un questionnaire. Je ne veux plus ça.\n\nInès' },
    { subject: 'surveys', body: 'After every repair you text me a satisfaction survey. I do not want that anymore.' },
    { subject: 'Umfragen', body: 'Nach jedem Einsatz bekomme ich eine Umfrage per SMS. Das möchte ich nicht mehr.' },
  ])('reads "$body" as objection', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['objection']);
  });

  it('Dutch: a newsletter told and wished no more by pointing back is left', () => {
    expect(rulesRights('nieuwsbrief', 'Ik krijg elke week jullie nieuwsbrief. Ik wil dat niet meer.')).toEqual(['unsubscribe']);
  });

  it('Dutch: a price rise wished away by pointing back asks nothing', () => {
    expect(rulesRights('prijs', 'Jullie hebben de prijs van het abonnement verhoogd. Ik wil dat niet meer.')).toEqual([]);
  });
});
