import { describe, expect, it } from 'vitest';
import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A change to our prices, terms or service objected to disputes a business decision: no objection to processing, nor calls
 * refused. Sentences written for these tests; the sender's data, marketing or sales calls named beside such a change are still
 * objected to or left.
 */

describe('classifyEmail: a price, terms or service change objected to is no request', () => {
  it.each([
    { subject: 'nieuwe voorwaarden', body: 'Hallo,\n\nDe nieuwe voorwaarden van ons servicecontract (prijsverhoging van 9%) accepteer ik niet. Ik maak daar bezwaar tegen. Bel me even.\n\nGroet, Joost' },
    { subject: 'new terms', body: 'Hello,\n\nYour new terms raise our monthly fee by 10%. We object to this change.\n\nMark' },
    { subject: 'portal', body: 'Hi,\n\nI object to having to use your new customer portal, I prefer to phone my issues in.\n\nGreta' },
    { subject: 'Preiserhöhung', body: 'Guten Tag,\n\nDie Preiserhöhung für den Wartungsvertrag akzeptieren wir nicht. Dagegen erheben wir Einspruch.\n\nK. Vogel' },
    { subject: 'tarifs', body: 'Bonjour,\n\nLes nouveaux tarifs de notre contrat de maintenance ne nous conviennent pas. Nous nous y opposons.\n\nLuc' },
  ])('reads "$body" as no request', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });

  it.each([
    { body: 'Your new terms let you share my data with partners. I object to that use of my data.', rights: ['objection'] },
    { body: 'Unsere neuen AGB gelten ab Mai, schreiben Sie. Ich widerspreche der Nutzung meiner Daten für Werbung.', rights: ['unsubscribe'] },
    { body: 'You keep calling me to sell me your new rates. Stop it.', rights: ['unsubscribe'] },
  ])('still reads "$body" as $rights', ({ body, rights }) => {
    expect(rulesRights('terms', body)).toEqual(rights);
  });
});
