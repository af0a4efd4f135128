import { expectRulesRights, rulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Access to a mailbox or file taken away ("revoke the access his manager has") is IT work, and data barred from anyone at all by
 * a free relative ("door wie dan ook", "von wem auch immer", "par qui que ce soit") names no one who saw it: neither asks a copy.
 * Sentences written for these tests; an access asked, or who saw the data asked, stays access.
 */
const ACCESS_BARRED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'revoke the access' under a subject that names the request",
    subject: 'Request: keep mailbox, revoke access',
    body: 'Please keep the mailbox of our former colleague and revoke the access his manager has to it.',
    rights: [],
  },
  {
    rule: "Dutch 'de toegang ... intrekken'",
    subject: 'Verzoek: mailbox bewaren, toegang intrekken',
    body: 'Graag de mailbox van onze oud-collega bewaren en de toegang van zijn leidinggevende intrekken.',
    rights: [],
  },
  {
    rule: "German 'den Zugriff entziehen'",
    subject: 'Antrag: Postfach sichern, Zugriff entziehen',
    body: 'Bitte sichern Sie das Postfach unseres früheren Kollegen und entziehen Sie seinem Teamleiter den Zugriff.',
    rights: [],
  },
  {
    rule: "French 'retirer l'accès'",
    subject: "Demande : conserver la boîte, retirer l'accès",
    body: "Merci de conserver la boîte mail de notre ancien collègue et de retirer l'accès de son responsable.",
    rights: [],
  },
  {
    rule: "Dutch 'wie heeft ingezien' still asks who saw the file",
    subject: 'inzage',
    body: 'Ik wil weten wie mijn dossier heeft ingezien.',
    rights: ['access'],
  },
  {
    rule: "English 'request access to all personal data' still asks a copy",
    subject: 'access',
    body: 'I request access to all personal data you hold about me.',
    rights: ['access'],
  },
];

describe('classifyEmail: access taken away asks no copy', () => {
  it.each(ACCESS_BARRED_CASES)('$rule', (testCase) => expectRulesRights(testCase));

  it('reads no access in data barred from anyone at all ("door wie dan ook worden ingezien")', () => {
    expect(rulesRights('bewaren', 'Ik wil niet dat mijn gegevens en mijn dossier voor iets anders gebruikt of door wie dan ook ingezien worden.')).not.toContain('access');
  });
});
