import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's own contract end, or a request he may make one day, supposed: what would happen to his data then is asked, no
 * erasure. A mail that calls its question hypothetical asks nothing either. Sentences written for these tests; an erasure asked
 * now beside the supposition still stands.
 */
const SUPPOSED_CASES: readonly RulesRightsCase[] = [
  {
    rule: 'English: "if I end the contract, would you delete my data by yourselves?"',
    subject: 'contract question',
    body: 'Hello,\n\nIf I end the support contract next year, would you delete my data by yourselves or do I need to ask? Nothing decided yet.\n\nMara',
    rights: [],
  },
  {
    rule: 'English: "I might want to ask you to erase my details one day"',
    subject: 'question',
    body: 'Hi,\n\nI might want to ask you to erase my details one day. Would that end my warranty on the printer?\n\nJoe',
    rights: [],
  },
  {
    rule: 'German: "Wenn ich kündige, würden Sie dann meine Daten löschen?"',
    subject: 'Frage',
    body: 'Hallo,\n\nwenn ich den Wartungsvertrag kündige, würden Sie dann meine Daten von selbst löschen? Ich überlege noch.\n\nGruß\nPia',
    rights: [],
  },
  {
    rule: 'French: "si je vous demandais d\'effacer mes données"',
    subject: 'Question',
    body: "Bonjour,\n\nSi je vous demandais d'effacer mes données, est-ce que mon contrat de maintenance continuerait ? Je ne le demande pas encore.\n\nAnne",
    rights: [],
  },
  {
    rule: 'English: "if we wanted all twenty of our people off your newsletter, would one mail do?"',
    subject: 'newsletter',
    body: 'Hi,\n\nIf we wanted all twenty of our people off your newsletter, would one mail from me be enough? Not decided yet.\n\nTess',
    rights: [],
  },
  {
    rule: 'a question that calls itself hypothetical',
    subject: 'Hypothetical question',
    body: 'Hi,\n\nHypothetically, could you delete my data from the backups as well as from the ticket system?\n\nRik',
    rights: [],
  },
  {
    rule: 'an erasure asked now beside a contract end told still stands',
    subject: 'Opzegging',
    body: 'Goedemiddag,\n\nWe zeggen het contract op per 1 juli. Verwijder daarna alstublieft al mijn persoonsgegevens.\n\nMet vriendelijke groet,\nTon',
    rights: ['erasure'],
  },
];

describe('classifyEmail: the sender\'s own contract end or request supposed', () => {
  it.each(SUPPOSED_CASES)('$rule', (supposedCase) => {
    expectRulesRights(supposedCase);
  });
});
