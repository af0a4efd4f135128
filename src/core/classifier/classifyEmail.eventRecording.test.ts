import { classifyEmail } from './classifyEmail.ts';
import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The recording or slides of a webinar, a workshop or a talk are the event's, not the sender's personal data: a copy of them asks
 * no access. A recording of the sender's own calls still does. Sentences written for these tests.
 */
const EVENT_RECORDING_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: a copy of the webinar recording and slides',
    subject: 'webinar gemist',
    body: 'Hallo,\n\nIk moest het webinar over wachtwoordbeleid halverwege verlaten. Mag ik een kopie van de opname en de slides?\n\nGroet,\nHenk',
    rights: [],
  },
  {
    rule: 'German: the recording of the workshop',
    subject: 'Workshop',
    body: 'Hallo,\n\nkönnten Sie mir die Aufzeichnung des Workshops vom Dienstag schicken? Ich war leider krank.\n\nGruß\nUte',
    rights: [],
  },
  {
    rule: 'Dutch: a copy of the recordings of the sender\'s own calls is still access',
    subject: 'opnames',
    body: 'Goedemiddag,\n\nGraag ontvang ik een kopie van elke opname van mijn telefoontjes naar uw servicedesk.\n\nMet vriendelijke groet,\nAnke',
    rights: ['access'],
  },
];

describe('classifyEmail: the recording of an event', () => {
  it.each(EVENT_RECORDING_CASES)('$rule', (eventCase) => {
    expectRulesRights(eventCase);
  });

  it('keeps the models from making a copy of the slides an access request', () => {
    const email = {
      subject: 'Copy of the slides please',
      body: 'Hi,\n\nThanks for the phishing session this morning. Could you send me a copy of the slides, and the recording link as well? My team missed it.\n\nCheers,\nBen',
    };
    expect(classifyEmail(email).isPrivacyRequest).toBe(false);
  });
});
