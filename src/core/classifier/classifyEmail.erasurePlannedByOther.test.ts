import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A deletion of the sender's own that someone else plans, told beside the hold he asks of us, in all four languages, and
 * a third party's own wish passed on beside an erasure asked. Sentences written for these tests.
 */

describe('classifyEmail: a deletion of the sender\'s that someone else plans asks no erasure', () => {
  it.each([
    { subject: 'Mailbox', body: 'Dear Sir or Madam,\n\nMy old employer and I are in a legal dispute; you host its mail. I have heard that he plans to have my work mailbox deleted.\n\nUnder Article 18 GDPR I ask you to keep the mailbox and not to process it further until the case is decided.\n\nR. Hall' },
    { subject: 'Mailbox', body: 'Geachte heer, mevrouw,\n\nIk heb een geschil met mijn oud-werkgever, wiens mail u beheert. Ik hoorde dat hij mijn mailbox wil laten verwijderen.\n\nOp grond van artikel 18 AVG vraag ik u de mailbox te bewaren en verder niet te verwerken tot de zaak is beslist.\n\nR. Hals' },
    { subject: 'Postfach', body: 'Sehr geehrte Damen und Herren,\n\nich streite mit meinem früheren Arbeitgeber, dessen Mails Sie betreuen. Ich habe erfahren, dass er mein Postfach löschen lassen will.\n\nNach Art. 18 DSGVO bitte ich Sie, das Postfach aufzubewahren und nicht weiter zu verarbeiten, bis der Streit entschieden ist.\n\nR. Hahn' },
    { subject: 'Boîte', body: "Madame, Monsieur,\n\nje suis en conflit avec mon ancien employeur, dont vous gérez la messagerie. J'ai appris qu'il voulait faire supprimer ma boîte mail.\n\nSur la base de l'article 18 du RGPD, je vous demande de conserver cette boîte et de ne pas la traiter autrement jusqu'à la fin du litige.\n\nR. Hallé" },
  ])('reads "$body" as restriction alone', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['restriction']);
  });

  it.each([
    { subject: 'Delete', body: 'Hi,\n\nMy manager told me he wants his data deleted from your CRM. Can you delete my account too?\n\nJo' },
    { subject: 'Verwijderen', body: 'Hoi,\n\nZe zeggen dat hij alles wil laten verwijderen. Verwijder ook mijn gegevens alsjeblieft.\n\nJo' },
  ])('still reads the erasure asked in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure']);
  });
});
