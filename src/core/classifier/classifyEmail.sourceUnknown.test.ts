import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Not knowing where we got the sender's data, told as his state ("no idea how you got my number"), is why he is cross and no
 * question put to us: it asks no access beside what he does ask. Asked in so many words ("where did you get my number?"), or
 * told beside an ask to be told, it stays access.
 */
const SOURCE_UNKNOWN_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'no idea how you got my number' beside an erasure: erasure alone",
    subject: 'Delete me',
    body: 'Hi,\n\nI have never dealt with your company and have no idea how you got my mobile number. Delete everything you hold about me.\n\nGreg',
    rights: ['erasure'],
  },
  {
    rule: "English 'Don't know how you lot got my email, so please remove me' is the unsubscribe alone",
    subject: 'Re: Spring offers',
    body: "Never bought anything here. Don't know how you lot got my email, so please remove me from your mailing list now.",
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'ik weet niet hoe jullie aan mijn adres komen' beside an erasure: erasure alone",
    subject: 'gegevens wissen',
    body: 'Goedemiddag,\n\nIk ben nooit klant geweest en ik weet echt niet hoe jullie aan mijn adres komen. Verwijder al mijn gegevens.\n\nKees',
    rights: ['erasure'],
  },
  {
    rule: "German 'weiß nicht, woher Sie meine Telefonnummer haben' beside an erasure: erasure alone",
    subject: 'Löschen',
    body: 'Guten Tag,\n\nich war nie Kunde bei Ihnen und weiß nicht, woher Sie meine Telefonnummer haben. Bitte löschen Sie alle meine Daten.\n\nUwe',
    rights: ['erasure'],
  },
  {
    rule: "German 'keine Ahnung, woher Sie meine Adresse haben' beside an erasure: erasure alone",
    subject: 'Werbung',
    body: 'Keine Ahnung, woher Sie meine Adresse haben. Löschen Sie sofort alle meine Daten.',
    rights: ['erasure'],
  },
  {
    rule: "French 'je ne sais pas comment vous avez eu mon numéro' beside an erasure: erasure alone",
    subject: 'Suppression',
    body: "Bonjour,\n\nJe n'ai jamais été cliente et je ne sais pas comment vous avez eu mon numéro. Merci de supprimer toutes mes données.\n\nSylvie",
    rights: ['erasure'],
  },
  {
    rule: "the source asked in so many words stays access: 'where did you get my number?'",
    subject: 'Your call',
    body: 'Hello,\n\nYou called me yesterday. Where did you get my phone number? Please delete it afterwards.\n\nNina',
    rights: ['access', 'erasure'],
  },
  {
    rule: "Dutch unknown source told beside an ask to be told stays access: 'weet niet hoe ... vertel me dat'",
    subject: 'mijn nummer',
    body: 'ik weet niet hoe jullie aan mijn nummer komen, vertel me dat even en haal het dan weg',
    rights: ['access', 'erasure'],
  },
  {
    rule: "German unknown source told beside a question what is held stays access",
    subject: 'Anruf',
    body: 'Ich weiß nicht, woher Sie meine Nummer haben, und will erfahren, was bei Ihnen alles zu meiner Person liegt.',
    rights: ['access'],
  },
];

describe('classifyEmail: the source of the data told as unknown', () => {
  it.each(SOURCE_UNKNOWN_CASES)('$rule', (testCase) => {
    expectRulesRights(testCase);
  });
});
