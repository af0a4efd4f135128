import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Readings written for these tests: whether a request is done yet, asked above it quoted; Outlook's notice that a mail is
 * recalled, which quotes its subject; the storage period asked in an access request, in the passive; a child's detail
 * quoted as it is held, told by the parent.
 */

function quotedBelow(question: string, wrote: string, request: string): string {
  return `${question}\n\n${wrote}\n> Hello,\n>\n> ${request}\n>\n> Noor`;
}

describe('classifyEmail: whether it is done yet, asked above the quoted request, chases that request', () => {
  it.each([
    ['Is het inmiddels geregeld?', 'Op ma 2 nov schreef Helpdesk:', 'Willen jullie mijn telefoonnummer overal bij jullie weghalen en wissen?'],
    ['Has that been sorted yet?', 'On Mon, Helpdesk wrote:', 'Could you please delete my phone number from your systems?'],
    ['Ist es mittlerweile erledigt?', 'Am Mo. schrieb Helpdesk:', 'Bitte löschen Sie meine Telefonnummer aus Ihren Systemen.'],
    ["Est-ce que c'est déjà traité ?", 'Le lun. Helpdesk a écrit :', 'Merci de supprimer partout mon numéro de téléphone.'],
  ])('reads "%s" above the quoted request as its erasure', (question, wrote, request) => {
    expect(rulesRights('Re: telefoonnummer', quotedBelow(question, wrote, request))).toEqual(['erasure']);
  });

  it.each([
    ['Is het inmiddels geregeld?', 'Op ma 2 nov schreef Helpdesk:', 'We zetten morgen de nieuwe printer bij jullie neer.'],
    ['Has that been sorted yet?', 'On Mon, Helpdesk wrote:', 'We will replace the switch in your server room on Friday.'],
  ])('reads no request in "%s" above a quoted mail that asks none', (question, wrote, request) => {
    expect(classifyEmail({ subject: 'Re: printer', body: quotedBelow(question, wrote, request) }).isPrivacyRequest).toBe(false);
  });
});

describe("classifyEmail: Outlook's notice that a mail is recalled asks nothing", () => {
  it.each([
    ['Recall: Delete my account', 'Lena Vos would like to recall the message, "Delete my account and all my data".'],
    ['Intrekken: Verwijder mijn gegevens', 'Lena Vos wil het bericht Verwijder mijn gegevens intrekken.'],
    ['Rückruf: Bitte meine Daten löschen', 'Lena Vos möchte die Nachricht "Bitte meine Daten löschen" zurückrufen.'],
    ['Rappel : Supprimez mes données', 'Lena Vos souhaite rappeler le message « Supprimez mes données ».'],
  ])('reads no request in "%s"', (subject, body) => {
    expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(false);
  });
});

describe('classifyEmail: the storage period in a German access request, asked in the passive, is part of it', () => {
  it('reads access in a list of questions ending on how long the data are kept', () => {
    const body = 'Zudem verlange ich Auskunft gemäß Art. 15 DSGVO: Welche Daten verarbeiten Sie über mich, zu welchem Zweck und wie lange werden sie aufbewahrt?';
    expect(rulesRights('Auskunft', body)).toEqual(['access']);
  });

  it('still sets aside how long the firm keeps things in general', () => {
    expect(classifyEmail({ subject: 'Frage', body: 'Wie lange Sie Backups aufbewahren, müssen wir für unser Verzeichnis wissen.' }).isPrivacyRequest).toBe(false);
  });
});

describe("classifyEmail: a child's detail quoted as it is held, told by the parent, with the right value", () => {
  it.each([
    ['Geburtsdatum', 'Im Elternportal ist das Geburtsdatum meines Sohnes als 12.04.2021 angegeben. Richtig ist der 21.04.2021.'],
    ['Date de naissance', "Sur le portail, la date de naissance de mon fils est inscrite au 12/04/2021. La bonne date est le 21/04/2021. Pouvez-vous corriger cela ?"],
  ])('reads rectification in "%s"', (subject, body) => {
    expect(rulesRights(subject, body)).toEqual(['rectification']);
  });
});
