import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender taken off for surveys, as off a list, objects to the surveys: no erasure of his name, no mailing left. Sentences
 * of our own; his data or a newsletter named beside it keep their own right.
 */
const SURVEY_LIST_LEFT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'haal mijn naam eraf voor die enquêtes' objects to the surveys, no erasure",
    subject: 'Enquêtes',
    body: 'Hoi,\n\nNa iedere reparatie volgt een enquête. Haal mijn naam eraf voor die enquêtes, graag.\n\nKees',
    rights: ['objection'],
  },
  {
    rule: "English 'take me off your survey list' objects to the surveys, no mailing left",
    subject: 'Surveys',
    body: 'Hi,\n\nEvery ticket is followed by two questionnaires. Please take me off your survey list.\n\nDan',
    rights: ['objection'],
  },
  {
    rule: "German 'nehmen Sie mich aus der Liste für Umfragen' objects to the surveys, no mailing left",
    subject: 'Umfragen',
    body: 'Hallo,\n\nnach jedem Einsatz kommt eine Umfrage. Bitte nehmen Sie mich aus der Liste für Umfragen.\n\nUte',
    rights: ['objection'],
  },
  {
    rule: "French 'retirez-moi de la liste des sondages' objects to the surveys, no mailing left",
    subject: 'Sondages',
    body: 'Bonjour,\n\nAprès chaque appel je reçois un sondage. Retirez-moi de la liste des sondages, svp.\n\nLuc',
    rights: ['objection'],
  },
  {
    rule: 'my data erased beside the surveys stopped keeps the erasure',
    subject: 'Surveys',
    body: 'Hi,\n\nPlease delete my data and stop the surveys.\n\nDan',
    rights: ['erasure', 'objection'],
  },
  {
    rule: 'the newsletter named beside the survey list is still left',
    subject: 'Unsubscribe',
    body: 'Hi,\n\nTake me off the newsletter and the surveys.\n\nDan',
    rights: ['objection', 'unsubscribe'],
  },
  {
    rule: 'a mailing list alone is still left',
    subject: 'Unsubscribe',
    body: 'Hi,\n\nPlease take me off your mailing list.\n\nDan',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: taken off for surveys', () => {
  it.each(SURVEY_LIST_LEFT_CASES)('$rule', (surveyCase) => {
    expectRulesRights(surveyCase);
  });
});
