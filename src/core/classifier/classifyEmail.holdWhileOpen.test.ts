import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A use refused while a check, an objection or a dispute is still open, the open matter told in its everyday verbs or only as
 * the time between ("in the meantime"), is the restriction; so is any other use refused of data kept under a retention. Sentences
 * written for these tests; the look-alikes keep no hold.
 */

describe('classifyEmail: a use refused while a check or an objection is open is the restriction', () => {
  it.each([
    { subject: 'mijn klantprofiel', body: 'Ik maak bezwaar tegen de scoring. Zolang mijn bezwaar in behandeling is, wil ik dat u mijn gegevens niet gebruikt.', rights: ['objection', 'restriction'] },
    { subject: 'wrong entry', body: 'The note about my payments is wrong. Please do not use my data while my complaint is under review.', rights: ['restriction'] },
    { subject: 'my record', body: 'I dispute the late-payment note. I want my data stopped from being used until you have settled this.', rights: ['restriction'] },
    { subject: 'Falscher Eintrag', body: 'Der Vermerk über mich stimmt nicht. Bis Sie das geprüft haben, möchte ich, dass meine Daten nicht verwendet werden.', rights: ['restriction'] },
    { subject: 'Widerspruch', body: 'Ich widerspreche dem Profiling. Solange Sie meinen Widerspruch prüfen, verwenden Sie meine Daten bitte nicht.', rights: ['objection', 'restriction'] },
    { subject: 'Opposition', body: "Je m'oppose au profilage. Dans l'intervalle, merci de limiter tout traitement de mes données.", rights: ['objection', 'restriction'] },
    { subject: 'Note erronée', body: "Cette note me concernant est fausse. Tant que vous examinez ma demande, n'utilisez plus mes données.", rights: ['restriction'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});

describe('classifyEmail: a use refused while the firm still weighs an objection is the restriction', () => {
  it.each([
    { subject: 'bezwaar enquêtes', body: 'Ik teken bezwaar aan tegen de enquêtes die u mij over mijn bestellingen stuurt. Zolang u dat afweegt, gebruik mijn gegevens er niet voor.', rights: ['objection', 'restriction'] },
    { subject: 'bezwaar', body: 'Ik maak bezwaar tegen de profilering. Zolang die toetsing loopt, wil ik dat mijn gegevens niet worden gebruikt.', rights: ['objection', 'restriction'] },
    { subject: 'objection', body: 'I object to the scoring of my account. Until you decide, please do not use my data for it.', rights: ['objection', 'restriction'] },
    { subject: 'Widerspruch', body: 'Ich widerspreche dem Profiling. Solange die Prüfung läuft, verwenden Sie meine Daten bitte nicht.', rights: ['objection', 'restriction'] },
    { subject: 'Widerspruch', body: 'Ich widerspreche dem Profiling. Solange Sie das abwägen, nutzen Sie meine Daten bitte nicht.', rights: ['objection', 'restriction'] },
    { subject: 'Opposition', body: "Je m'oppose au profilage. Pendant que vous y réfléchissez, n'utilisez plus mes données.", rights: ['objection', 'restriction'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });

  it.each([
    { subject: 'offerte', body: 'Zolang jullie nog nadenken over de offerte, laten we de oude router staan.', rights: [] },
    { subject: 'laptop', body: 'While you decide on the new laptops, we keep using the old ones.', rights: [] },
    { subject: 'Angebot', body: 'Solange die Prüfung des Angebots läuft, nutzen wir den alten Server nicht.', rights: [] },
  ])('keeps no hold in "$body"', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});

describe('classifyEmail: any other use refused of data kept under a retention is the restriction', () => {
  it.each([
    { subject: 'account', body: 'Delete my account please. If you must keep the invoices for tax reasons, I object to any other use of them.' },
    { subject: 'Konto', body: 'Bitte löschen Sie mein Konto. Die Rechnungen dürfen Sie für das Finanzamt aufbewahren, aber jeder anderen Verwendung widerspreche ich.' },
    { subject: 'compte', body: "Merci de supprimer mon compte. Les factures que vous devez conserver ne doivent servir à aucune autre fin que vos obligations fiscales." },
    { subject: 'account', body: 'Verwijder mijn account. Als jullie de facturen voor de belasting moeten bewaren, maak ik bezwaar tegen elk ander gebruik.' },
  ])('reads "$body" as erasure and restriction', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure', 'restriction']);
  });
});

describe('classifyEmail: the look-alikes of an open matter hold nothing', () => {
  it.each([
    { subject: 'newsletter', body: 'Meanwhile, please stop sending me your newsletter.', rights: ['unsubscribe'] },
    { subject: 'server', body: 'Meanwhile the old server is still in use. Can you check the backup?', rights: [] },
    { subject: 'Drucker', body: 'Bis Sie den Drucker geprüft haben, verwenden wir ihn nicht.', rights: [] },
    { subject: 'ticket', body: 'Mijn verzoek is in behandeling, zie ik. Bedankt voor het bericht.', rights: [] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
