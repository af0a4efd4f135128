import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A breach the sender told us of in an earlier mail and takes back now ("Gisteren mailde ik jullie dat ... Vergeet dat maar",
 * "This morning I wrote you that ... Please forget my previous email") reports nothing. A breach told after the earlier mail is
 * taken back ("Negeer mijn vorige mail. Ik heb vandaag ... ontvangen") is reported. Sentences written for these tests.
 */
const FALSE_ALARM_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: the other firm's invoice told yesterday, 'Vergeet dat maar' today",
    subject: "Loos alarm: factuur",
    body: "Beste finance,\n\nGisteren mailde ik u dat er hier een factuur binnenkwam op naam van een andere firma. Vergeet dat maar: het was onze eigen nieuwe vestiging. Alles klopt.\n\nGroet,\nMarco",
    rights: [],
  },
  {
    rule: "English: 'This morning I wrote you that ...', then 'Please forget my previous email'",
    subject: "False alarm",
    body: "Hi,\n\nThis morning I wrote you that we had received an invoice for another company. Please forget my previous email: it was our own new branch.\n\nAnna",
    rights: [],
  },
  {
    rule: 'Dutch: the earlier mail taken back, the invoice received told after it is a breach reported',
    subject: "Factuur",
    body: "Negeer mijn vorige mail. Vandaag kwam hier een factuur van een andere firma binnen, met de namen van hun personeel erop.\n\nGroet,\nMarco",
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a breach told before and taken back', () => {
  it.each(FALSE_ALARM_CASES)('$rule', (alarmCase) => {
    expectRulesRights(alarmCase);
  });
});
