import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A recording the sender is in (his call to us recorded, a camera of ours that filmed him) asked to be had, heard or
 * seen, in its sentence or later in its paragraph, is access; the recording of the call he told of, asked removed, is
 * erasure. Sentences written for these tests.
 */

describe('classifyEmail: a recording the sender is in, asked for or asked removed', () => {
  it.each([
    { subject: 'Gesprek', body: 'Hoi, mijn telefoongesprek met jullie servicedesk van dinsdag is opgenomen, dat werd aan het begin gezegd. Ik wil die opname graag terughoren, want er is iets anders afgesproken dan nu op de factuur staat.' },
    { subject: 'calls', body: "quick question, are my calls to the support line recorded? if so i'd like to hear them, in march your agent agreed to waive the fee" },
    { subject: 'Hotline', body: 'Guten Tag, mein Anruf bei Ihrer Hotline am Montag wurde aufgezeichnet. Ich möchte mir die Aufzeichnung gerne anhören.' },
    { subject: 'Appel', body: "Bonjour, mon appel à votre service client de jeudi a été enregistré. J'aimerais réécouter cet enregistrement. Merci." },
    { subject: 'Camera', body: 'Hello, I came to your office for a meeting last Friday and your camera filmed me at the gate. Can I have that footage? I just want to see what it shows.' },
    { subject: 'Caméra', body: "Bonjour, je suis passé à votre accueil mardi et votre caméra m'a filmé à l'entrée. Puis-je avoir ces images ?" },
  ])('reads "$body" as access', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['access']);
  });

  it.each([
    { subject: 'Opname', body: 'Hallo, ik heb vorige week jullie helpdesk gebeld en toen veel over mijn gezondheid verteld. Willen jullie de opname van dat gesprek verwijderen?' },
    { subject: 'Recording', body: 'Hi, I rang your support line on Monday and was upset. Please delete the recording of that call.' },
    { subject: 'Aufzeichnung', body: 'Hallo, ich habe letzte Woche bei Ihnen angerufen. Bitte löschen Sie die Aufzeichnung dieses Gesprächs.' },
    { subject: 'Enregistrement', body: "Bonjour, j'ai appelé votre support hier. Merci de supprimer l'enregistrement de cet appel." },
  ])('reads "$body" as erasure', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure']);
  });

  it('reads no access in a recording refused', () => {
    expect(rulesRights('Opname', 'Bij het bellen hoor ik dat mijn gesprekken worden opgenomen. Dat hoeft voor mij niet, ik wil ze niet opgenomen hebben.')).not.toContain('access');
  });

  it.each([
    { subject: 'Teams', body: 'We recorded the Teams meeting with the whole project team yesterday. Can I get the recording in our SharePoint?' },
    { subject: 'Inbraak', body: 'De camera bij de achteringang filmde de inbreker vannacht. Ik wil die beelden graag bekijken voor de politie.' },
    { subject: 'Printer', body: 'Ik sta erop dat jullie vandaag langskomen, de printer op de tweede verdieping doet het weer niet.' },
    { subject: 'Webinar', body: 'Our sales team recorded the webinar. Please delete the recording of that session from the portal.' },
  ])('reads no request in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });
});

describe('classifyEmail: a recording told of, wished gone by "die opname"', () => {
  it('reads an erasure in "ik wil dat die opname gewist wordt" after the recorded interview', () => {
    const body =
      'Beste Eva,\n\nHet intakegesprek van vorige week is opgenomen voor de collega die er niet bij was. De vacature is inmiddels vervuld, dus ik wil dat die opname gewist wordt.\n\nMet vriendelijke groet,\nJoris';
    expect(rulesRights('Opname intakegesprek', body)).toEqual(['erasure']);
  });

  it('reads no erasure in housekeeping: "Die opname mag verwijderd worden"', () => {
    const body = 'Hoi,\n\nDe opname van de teamvergadering staat nog in de gedeelde map. Die opname mag verwijderd worden, hij is niet meer nodig.\n\nKees';
    expect(rulesRights('Teams', body)).toEqual([]);
  });
});

describe('classifyEmail: camera images erased, named by who is in them', () => {
  it.each([
    { subject: 'Request from a former employee', body: 'Hello,\n\nA former employee, Mr Hale, asks us to erase all CCTV footage he appears in. Could you delete that footage from the recorder and the backup?\n\nRegards,\nSue' },
    { subject: 'Demande', body: "Bonjour,\n\nUn ancien salarié nous demande d'effacer les images de vidéosurveillance où il apparaît. Pourriez-vous supprimer ces images ?\n\nSophie" },
  ])('reads an erasure in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure']);
  });
});
