import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

interface ErrandCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

/**
 * A mail on an errand of another kind asks no right, though it shares words with a request: its "no" is a doubted one
 * (`needsReview`), so the models do not make it a request; a right asked beside the errand still stands.
 */
function expectErrand({ subject, body, rights }: ErrandCase): void {
  const rules = classifyEmail({ subject, body }, { rulesAlone: true });
  expect([...rules.rights].sort()).toEqual([...rights].sort());
  if (rights.length > 0) return;
  expect(rules.needsReview).toBe(true);
  expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
}

/** A mailing asked for, to join or to join again, is a subscription: the opposite of leaving one. */
const SUBSCRIPTION_CASES: readonly ErrandCase[] = [
  {
    rule: "Dutch 'Kan ik hem voortaan ook krijgen?' of a newsletter named before asks for it",
    subject: 'nieuwsbrief',
    body: 'Hoi,\n\nEen vriendin stuurde me jullie nieuwsbrief door. Kan ik hem voortaan ook krijgen? Graag op dit adres.\n\nPieter',
    rights: [],
  },
  {
    rule: "English 'could you sign me up' joins a mailing",
    subject: 'Newsletter',
    body: 'Hello,\n\nA colleague showed me your monthly tips. Could you sign me up with this address?\n\nMartha',
    rights: [],
  },
  {
    rule: "German 'Ihren Newsletter abonnieren' joins a mailing",
    subject: 'Newsletter',
    body: 'Guten Tag,\n\nich würde gern Ihren Newsletter abonnieren. Geht das über diese Adresse?\n\nGrüße\nHanna',
    rights: [],
  },
  {
    rule: "French 'm'inscrire à votre newsletter' joins a mailing",
    subject: 'Newsletter',
    body: "Bonjour,\n\nPouvez-vous m'inscrire à votre newsletter ? Un collègue la trouve très utile.\n\nClaire",
    rights: [],
  },
  {
    rule: 'a mailing never subscribed to and left is still unsubscribe',
    subject: 'Newsletter',
    body: 'Hello,\n\nI never subscribed to your newsletter. Please remove me from it.\n\nMartha',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a mailing asked for', () => {
  it.each(SUBSCRIPTION_CASES)('$rule', expectErrand);
});
