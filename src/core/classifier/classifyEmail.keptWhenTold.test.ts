import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * The sender's data kept when he tells us so, in the imperative ("Bewaar ze", "Bewahren Sie sie auf", as "Keep them" and
 * "Conservez-les" already read) or by telling us to wait with the deleting ("wacht nog even met verwijderen", "hold off on
 * deleting", "warten Sie mit dem Löschen", "attendez avant de supprimer"), restricts with a use refused and a dispute told.
 * A shared mailbox or a VLAN whose removal waits asks nothing, and a delay complained of ("jullie wachten al weken met
 * verwijderen") still chases the erasure. Sentences written for these tests.
 */
const KEPT_WHEN_TOLD_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'uniquement conservées : aucune utilisation ...', the uses refused as a list: restriction",
    subject: "Re: votre demande d'effacement",
    body: "Gardez les factures les sept ans prévus par la loi, soit. Je demande cependant qu'elles soient uniquement conservées : aucune utilisation commerciale, aucune relance.\n\nMarc",
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'Bewaar ze, maar gebruik ze nergens anders voor' in a dispute: restriction",
    subject: 'Mijn mails',
    body: 'Hoi,\n\nIk heb mijn mails nodig in een geschil met mijn oude werkgever. Bewaar ze, maar gebruik ze nergens anders voor.\n\nFemke',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'Wacht nog even met verwijderen' with the dispute and the use refused: restriction",
    subject: 'Re: Uw verwijderverzoek',
    body: 'Hoi,\n\nWacht nog even met verwijderen: mijn advocaat heeft mijn tickets misschien nodig in een rechtszaak. Gebruik ze intussen nergens voor.\n\nFemke',
    rights: ['restriction'],
  },
  {
    rule: "English 'hold off on deleting' with the dispute and the use refused: restriction",
    subject: 'Re: Your erasure request',
    body: "Hi,\n\nPlease hold off on deleting: my lawyer may need my tickets for a dispute. Don't use them for anything else meanwhile.\n\nCallum",
    rights: ['restriction'],
  },
  {
    rule: "German 'Bewahren Sie sie auf, aber verwenden Sie sie für nichts anderes' in a lawsuit: restriction",
    subject: 'Meine Unterlagen',
    body: 'Hallo,\n\nich brauche meine Unterlagen für ein Verfahren vor dem Arbeitsgericht. Bewahren Sie sie auf, aber verwenden Sie sie für nichts anderes.\n\nSven',
    rights: ['restriction'],
  },
  {
    rule: "German 'Warten Sie bitte mit dem Löschen' with the dispute and the use refused: restriction",
    subject: 'AW: Ihr Löschantrag',
    body: 'Hallo,\n\nwarten Sie bitte mit dem Löschen. Ich brauche meine Unterlagen für einen Rechtsstreit und bis dahin verwenden Sie sie für nichts anderes.\n\nSven',
    rights: ['restriction'],
  },
  {
    rule: "French 'Attendez avant de supprimer' with the dispute and the use refused: restriction",
    subject: 'RE: Votre demande de suppression',
    body: "Bonjour,\n\nAttendez avant de supprimer : mon avocat a besoin de mes échanges avec vous pour un litige. Ne les utilisez plus pour rien d'autre.\n\nNadia",
    rights: ['restriction'],
  },
  {
    rule: 'a shared mailbox whose deletion is to wait asks nothing',
    subject: 'Shared mailbox',
    body: 'Hi,\n\nPlease hold off on deleting the old shared mailbox, finance still needs it.\n\nTom',
    rights: [],
  },
  {
    rule: 'a VLAN whose removal is to wait asks nothing',
    subject: 'VLAN',
    body: 'Hoi,\n\nWacht nog even met het verwijderen van de oude VLAN, de migratie loopt nog.\n\nTom',
    rights: [],
  },
  {
    rule: "a delay complained of, 'jullie wachten al weken met verwijderen', still chases the erasure",
    subject: 'Mijn gegevens',
    body: 'Hoi,\n\nJullie wachten al weken met verwijderen, dit is mijn derde mail. Verwijder nu mijn gegevens.\n\nFemke',
    rights: ['erasure'],
  },
];

describe('classifyEmail: the sender\'s data kept when he tells us so', () => {
  it.each(KEPT_WHEN_TOLD_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
