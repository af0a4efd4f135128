import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A right value set against a wrong one after a comma ("Brennan, not Brannan") calls the one set aside wrong: with the sender's
 * detail in its sentence, or named by the subject above a terse body, it is corrected.
 * Not where the words after the negation are a verb or a place phrase ("sperren, nicht löschen", "not on the letter"), nor
 * beside someone else's data, where the contrast tells whose they are.
 * Sentences written for these tests.
 */
const VALUE_CONTRASTED_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'My surname is Brennan, not Brannan' corrects the name",
    subject: 'name',
    body: 'My surname is Brennan, not Brannan.\n\nThanks, Orla',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'Mijn achternaam is De Wit, niet De Witt' corrects the name",
    subject: 'naam',
    body: 'Mijn achternaam is De Wit, niet De Witt.\n\nGroet, Anne',
    rights: ['rectification'],
  },
  {
    rule: "German 'Mein Nachname ist Köhler, nicht Kohler' corrects the name",
    subject: 'Name',
    body: 'Mein Nachname ist Köhler, nicht Kohler.\n\nGruß, Jens',
    rights: ['rectification'],
  },
  {
    rule: "Dutch 'Het is Marloes, niet Marlous' under the subject 'naam' corrects the name",
    subject: 'naam',
    body: 'Het is Marloes, niet Marlous. Dank je!',
    rights: ['rectification'],
  },
  {
    rule: "German 'sperren, nicht löschen' sets a verb against a verb: restriction, nothing corrected",
    subject: 'Sperre',
    body: 'Meine Daten bitte nur sperren, nicht löschen, solange der Streit über die Rechnung läuft.',
    rights: ['restriction'],
  },
  {
    rule: "English 'on your form, not on the letter' sets a place against a place: nothing corrected",
    subject: 'address',
    body: 'My address is on your form, not on the letter. Could you check the delivery?',
    rights: [],
  },
  {
    rule: "Dutch 'ik ben Petra, niet Peter' beside someone else's mail received tells whose it was: a breach, nothing corrected",
    subject: 'mail voor iemand anders',
    body:
      'Ik kreeg vandaag een mail die voor iemand anders bedoeld was, met zijn adres en telefoonnummer erin. Ik heet ook Jansen, ' +
      'maar ik ben Petra, niet Peter.',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a right value set against a wrong one', () => {
  it.each(VALUE_CONTRASTED_CASES)('$rule', (contrastCase) => {
    expectRulesRights(contrastCase);
  });
});
