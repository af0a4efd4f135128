import { classifyEmail } from './classifyEmail.ts';

/**
 * A reply to our automatic reply ("RE: Afwezigheidsmelding"), a mail telling of one ("I just got an auto-reply from your
 * service desk", "I only got an out-of-office"), quoting its words ('a note reading "mailbox on auto-reply"') or forwarding a
 * request with a note that a colleague is away ("afwezig tot 14 augustus"), one that names an out-of-office the sender asked to have
 * set up, a business named for holidays ("Holiday Homes until the sale") or a thing returned ("sick leave and a laptop return") is written by a person: it is no automatic reply itself, and the request in its own words is read. An automatic reply stays one, whatever
 * subject it answers. Sentences written for these tests.
 */

describe('classifyEmail: a reply to an automatic reply', () => {
  it.each([
    {
      subject: 'RE: Afwezigheidsmelding',
      body: 'Hallo,\n\nIk kreeg jullie afwezigheidsmelding, maar het is dringend: in het klantenportaal zie ik sinds gisteren de tickets van een ander bedrijf, met namen en telefoonnummers.\n\nGroet, Joost',
      rights: ['breach_report'],
    },
    {
      subject: 'Wrong attachment',
      body: "Hi,\n\nI just got an auto-reply from your service desk. It had a PDF attached with someone else's passport scan, a man named Piet Kramer.\n\nLena",
      rights: ['breach_report'],
    },
    {
      subject: 'Not our invoice',
      body: 'Hello,\n\nThe invoice you sent us is for another clinic. It lists their staff and a note reading "mailbox on auto-reply, employee on sick leave". I deleted it.\n\nRuth',
      rights: ['breach_report'],
    },
    {
      subject: 'Third reminder',
      body: 'Hello,\n\nSince 2 March I only got an out-of-office from you. Send me the personal data you keep on me, please.\n\nOmar Haddad',
      rights: ['access'],
    },
    {
      subject: 'Still waiting',
      body: "Hello,\n\nI've had an automatic reply from your desk and nothing since. Send me the personal data you keep on me.\n\nIda",
      rights: ['access'],
    },
    {
      subject: 'FW: gegevens',
      body: 'Hoi allemaal,\n\nDeze stond nog bij Sanne, die is afwezig tot 14 augustus. Wie pakt hem op?\n\nKoen\n\n---------- Forwarded message ---------\nFrom: Els Dijkman <els@example.nl>\nSubject: gegevens\n\nGoedemiddag,\n\nMag ik een kopie van wat u over mij bewaart?\n\nEls Dijkman',
      rights: ['access'],
    },
    {
      subject: 'Mijn gegevens',
      body: 'Hallo,\n\nIk was tot vorig jaar de contactpersoon van Duinzicht Holiday Homes until the sale, en ik ontvang graag een kopie van wat u nog over mij bewaart.\n\nNoor',
      rights: ['access'],
    },
    {
      subject: 'Klacht',
      body: 'Geachte heer,\n\nIn mei vroeg ik uw servicedesk om mijn out-of-office aan te zetten, omdat ik geopereerd werd. Uw medewerker heeft dat ticket daarna doorgestuurd naar mijn chef. Dit is mijn formele klacht: zo ga je niet om met mijn medische gegevens.\n\nEmre',
      rights: ['complaint', 'breach_report'],
    },
    {
      subject: "Ticket confirmation shows another company's mail",
      body: "Hi,\n\nThe ticket confirmation that reached me this morning holds a whole thread from someone at another company about a colleague's sick leave and a laptop return there. Full names and phone numbers too.\n\nTom",
      rights: ['breach_report'],
    },
  ])('reads the request of a person answering "$subject"', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(result.isAutoReply).toBe(false);
    expect(result.rights).toEqual(rights);
  });

  it.each([
    { subject: 'Automatic reply: RE: your ticket', body: 'I am out of the office until Monday and will reply to your request to delete my data when I am back.' },
    { subject: 'Afwezigheidsmelding: RE: uw verzoek', body: 'Ik ben afwezig tot en met 3 januari. Uw mail over het verwijderen van uw gegevens wordt daarna behandeld.' },
    { subject: 'Automatic reply: delete my data', body: 'I am on leave and will return on Monday 3 March. Your mail about deleting your data will be handled then.' },
  ])('keeps "$subject" an automatic reply', ({ subject, body }) => {
    expect(classifyEmail({ subject, body })).toMatchObject({ isAutoReply: true, isPrivacyRequest: false });
  });
});
