import { classifyEmail } from './classifyEmail.ts';
import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A request the sender takes back is no request: the mail recalls it only to withdraw it, in any of the four languages. A mail
 * that withdraws one request and asks another still asks that one. Sentences written for these tests.
 */
const WITHDRAWN_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'Dutch: the erasure asked last week, the request now to be seen as withdrawn',
    subject: 'mijn verzoek van vorige week',
    body: 'Beste,\n\nVorige week vroeg ik u mijn klantgegevens te wissen. We verlengen het contract toch, dus mijn verzoek mag u als ingetrokken zien.\n\nGroet,\nRoel',
    rights: [],
  },
  {
    rule: 'English: an access request withdrawn by name',
    subject: 'Access request',
    body: 'Hi,\n\nI am withdrawing my access request of 3 May, I found what I needed in the portal.\n\nThanks,\nGwen',
    rights: [],
  },
  {
    rule: 'German: an erasure request taken back',
    subject: 'Löschantrag',
    body: 'Hallo,\n\nhiermit ziehe ich meinen Löschantrag vom Dienstag zurück, wir bleiben doch Kunde.\n\nGruß\nTim',
    rights: [],
  },
  {
    rule: 'French: an erasure request taken back',
    subject: 'Ma demande',
    body: "Bonjour,\n\nJe retire ma demande d'effacement de la semaine dernière : finalement nous restons.\n\nBien à vous,\nNoé",
    rights: [],
  },
  {
    rule: 'one request withdrawn and another asked: the other stands',
    subject: 'Change of plan',
    body: 'Hello,\n\nPlease consider my erasure request as withdrawn. Instead, send me a copy of everything you store about me.\n\nKind regards,\nIvo',
    rights: ['access'],
  },
];

describe('classifyEmail: a request taken back', () => {
  it.each(WITHDRAWN_CASES)('$rule', (withdrawnCase) => {
    expectRulesRights(withdrawnCase);
  });

  it('leaves a withdrawn request to the rules: the models, reading the request it recalls, do not make it one again', () => {
    const email = {
      subject: 'Verwijderverzoek',
      body: 'Goedemorgen,\n\nVorige week vroeg ik u op grond van artikel 17 AVG mijn klantgegevens te wissen. Dat verzoek trek ik hierbij in.\n\nMet vriendelijke groet,\nFemke',
    };
    expect(classifyEmail(email).isPrivacyRequest).toBe(false);
  });
});
