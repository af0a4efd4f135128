import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A name spelt without its accents or umlauts ("sans accents", "without the accent", "ohne Umlaut", "zonder trema") tells how
 * it is misspelt: its "without" is no negation of the correction asked. A name that is not wrong, or a web page shown without
 * accents, asks nothing. Sentences written for these tests.
 */
const NAME_WITHOUT_ACCENTS_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'mon prénom est écrit « ... » sans accent' beside an old number, then 'pourriez-vous corriger : ...': rectification",
    subject: 'RE: Votre commande',
    body: "Bonjour,\n\nPetite remarque : dans vos e-mails, mon prénom est écrit « Helene » sans accent et mon numéro fixe n'a pas été mis à jour. Pourriez-vous corriger : Hélène, 01 23 45 67 89 ?\n\nHélène",
    rights: ['rectification'],
  },
  {
    rule: "English surname spelt without the accent, 'please correct my name': rectification",
    subject: 'My name',
    body: 'Hello,\n\nYour invoices spell my surname without the umlaut, Muller instead of Müller. Please correct my name in your records.\n\nJonas Müller',
    rights: ['rectification'],
  },
  {
    rule: "German 'mein Name steht ohne Umlaut' and 'bitte korrigieren Sie meinen Namen': rectification",
    subject: 'Mein Name',
    body: 'Guten Tag,\n\nin Ihren Schreiben steht mein Name ohne Umlaut, Schafer statt Schäfer. Bitte korrigieren Sie meinen Namen.\n\nAnke Schäfer',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'mijn naam staat zonder trema' and 'wil je mijn naam aanpassen': rectification",
    subject: 'Mijn naam',
    body: 'Hoi,\n\nIn jullie mails staat mijn naam zonder trema, Noel in plaats van Noël. Willen jullie mijn naam aanpassen?\n\nNoël',
    rights: ['rectification'],
  },
  {
    rule: "French 'mon nom n'est pas mal écrit' still denies: nothing asked",
    subject: 'Votre message',
    body: "Bonjour,\n\nMon nom n'est pas mal écrit, ne corrigez rien, merci.\n\nHélène",
    rights: [],
  },
  {
    rule: 'a web page shown without umlauts asks nothing',
    subject: 'Webseite',
    body: 'Hallo,\n\nunsere Webseite zeigt die Texte ohne Umlaute an. Können Sie das korrigieren?\n\nAnke',
    rights: [],
  },
];

describe('classifyEmail: a name spelt without its accents', () => {
  it.each(NAME_WITHOUT_ACCENTS_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
