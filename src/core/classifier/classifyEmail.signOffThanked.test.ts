import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Our sign-off thanked for as done ("Bedankt voor de afmelding", "Thanks for unsubscribing me", "Danke für die Abmeldung",
 * "Merci pour la désinscription") tells back what the sender asked before: it leaves no mailing again, and what he asks
 * next stands alone. Thanks given ahead of a sign-off asked ("im Voraus", "in advance") leaves the ask standing.
 * Sentences written for these tests.
 */
const SIGN_OFF_THANKED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'Bedankt voor de afmelding' above an overview asked: access alone",
    subject: 'Re: Uw afmelding',
    body: 'Bedankt voor de afmelding. Nu wil ik ook graag een overzicht van alles wat jullie nog van mij bewaren.\n\nMarleen',
    rights: ['access'],
  },
  {
    rule: "English 'Thanks for unsubscribing me' above an erasure asked: erasure alone",
    subject: 'Re: You have been unsubscribed',
    body: 'Thanks for unsubscribing me. Could you now also delete my account and everything linked to it?\n\nOwen',
    rights: ['erasure'],
  },
  {
    rule: "German 'Danke für die Abmeldung' above an erasure asked: erasure alone",
    subject: 'AW: Abmeldung bestätigt',
    body: 'Danke für die Abmeldung. Bitte löschen Sie jetzt auch mein Kundenkonto.\n\nGreta',
    rights: ['erasure'],
  },
  {
    rule: "French 'Merci pour la désinscription' above an erasure asked: erasure alone",
    subject: 'RE: Désinscription confirmée',
    body: 'Merci pour la désinscription. Pouvez-vous maintenant supprimer mon compte client ?\n\nAline',
    rights: ['erasure'],
  },
  {
    rule: 'thanks for the sign-off alone asks nothing',
    subject: 'Re: You have been unsubscribed',
    body: 'Thanks for unsubscribing me, all good.\n\nOwen',
    rights: [],
  },
  {
    rule: "German thanks given ahead, 'Danke im Voraus für die Abmeldung', leaves the sign-off asked",
    subject: 'Newsletter',
    body: 'Ich möchte Ihre Werbemails nicht mehr bekommen. Danke im Voraus für die Abmeldung.\n\nGreta',
    rights: ['unsubscribe'],
  },
  {
    rule: "English thanks given ahead, 'thanks in advance for unsubscribing me', leaves the sign-off asked",
    subject: 'newsletter',
    body: 'Please take me off your newsletter. Thanks in advance for unsubscribing me.\n\nOwen',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: our sign-off thanked for as done', () => {
  it.each(SIGN_OFF_THANKED_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
