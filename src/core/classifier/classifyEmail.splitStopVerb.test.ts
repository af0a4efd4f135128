import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * German ends advertising or tracking with the separable "einstellen", split round its object ("Stellen Sie die Werbung ein")
 * or as a zu-infinitive ("die Werbung einzustellen"), as the other languages end it with "stop", "stoppen" or "cesser". The verb
 * alone ends nothing: a printer set up or an advert posted online asks no right. Sentences written for these tests.
 */
const SPLIT_STOP_VERB_CASES: readonly RulesRightsCase[] = [
  {
    rule: "German 'stellen Sie die Werbung ... ein' leaves the mailing",
    subject: 'Werbung',
    body: 'Guten Tag,\n\nbitte stellen Sie die Werbung an mich ab sofort ein.\n\nJonas Weber',
    rights: ['unsubscribe'],
  },
  {
    rule: "German 'die Werbung einzustellen' leaves the mailing",
    subject: 'Werbe-E-Mails',
    body: 'Guten Tag,\n\nhiermit fordere ich Sie auf, die Werbung an mich einzustellen.\n\nJonas Weber',
    rights: ['unsubscribe'],
  },
  {
    rule: "German 'stellen Sie die Auswertung meiner Klicks ein' objects to the tracking",
    subject: 'Newsletter-Tracking',
    body: 'Hallo,\n\nden Newsletter lese ich gern, aber stellen Sie bitte das Tracking meiner Klicks darin ein.\n\nJonas',
    rights: ['objection'],
  },
  {
    rule: "English 'stop the advertising' leaves the mailing",
    subject: 'ads',
    body: 'Hello,\n\nPlease stop the advertising to my address straight away.\n\nJonas',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'stop met de reclame' leaves the mailing",
    subject: 'reclame',
    body: 'Hallo,\n\nStop alstublieft met de reclame naar mijn adres.\n\nJonas',
    rights: ['unsubscribe'],
  },
  {
    rule: "French 'cessez la publicité' leaves the mailing",
    subject: 'publicité',
    body: "Bonjour,\n\nCessez s'il vous plaît la publicité à mon adresse.\n\nJonas",
    rights: ['unsubscribe'],
  },
  {
    rule: "German 'stellen Sie den Drucker ein' asks nothing",
    subject: 'Drucker',
    body: 'Hallo,\n\nbitte stellen Sie den neuen Drucker im Empfang ein.\n\nJonas',
    rights: [],
  },
  {
    rule: "German 'stellen Sie die Anzeige für unsere Werbung online ein' asks nothing",
    subject: 'Website',
    body: 'Hallo,\n\nbitte stellen Sie die Anzeige für unsere Werbung morgen auf der Website ein.\n\nJonas',
    rights: [],
  },
  {
    rule: "German 'stellen Sie unseren Newsletter-Versand auf Montag ein' asks nothing",
    subject: 'Versand',
    body: 'Hallo,\n\nstellen Sie bitte unseren Newsletter-Versand an die Kunden auf Montag ein.\n\nJonas',
    rights: [],
  },
];

describe('classifyEmail: a split German stop verb', () => {
  it.each(SPLIT_STOP_VERB_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
