import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Contact from us refused in everyday words, beside other rights or alone, and its look-alikes: sentences written for these
 * tests.
 */

describe('classifyEmail: nothing more from us, or no call again, asked in plain words, is the unsubscribe', () => {
  it.each([
    { subject: 'post', body: 'Waar hebben jullie mijn adres vandaan? Ik wil ook niks meer van jullie ontvangen.', rights: ['access', 'unsubscribe'] },
    { subject: 'klaar', body: 'Ik heb nooit iets gekocht. Ik wil niks meer van jullie ontvangen.', rights: ['unsubscribe'] },
    { subject: 'offers', body: 'Your rep phoned my home twice. Please fix my name, and do not ring me at home for offers again.', rights: ['rectification', 'unsubscribe'] },
    { subject: 'calls', body: 'Please add me to a list that means you will not call or email me with deals again.', rights: ['unsubscribe'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });

  it.each([
    { subject: 'factuur', body: 'Sinds maart heb ik niks meer van jullie ontvangen over mijn factuur, klopt dat?' },
    { subject: 'callback', body: 'Your engineer said he will not call me again until the parts arrive. When is that?' },
  ])('asks no unsubscribe in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).not.toContain('unsubscribe');
  });
});

describe('classifyEmail: the sender tells he reported us to the authority himself, a complaint beside the request', () => {
  it('reads "ik heb het gemeld bij de Autoriteit" as a complaint', () => {
    expect(rulesRights('mails', 'Ik wil niks meer van jullie ontvangen. En ik heb het al gemeld bij de Autoriteit.')).toEqual(['complaint', 'unsubscribe']);
  });

  it('reads a breach the firm notified as no complaint', () => {
    expect(rulesRights('datalek', 'Wij hebben het datalek zelf gemeld bij de Autoriteit Persoonsgegevens, wat moeten we nog doen?')).not.toContain('complaint');
  });
});

describe('classifyEmail: tracking told as what the sender clicks or opens, refused, is objected to and the newsletter stays', () => {
  it.each([
    { subject: 'Klicks', body: 'Der Newsletter ist gut. Dass Sie speichern, welche Links ich anklicke, möchte ich aber nicht. Bitte abstellen.' },
    { subject: 'clics', body: "J'aime votre lettre, mais je ne veux pas que vous suiviez sur quoi je clique." },
    { subject: 'clicks', body: 'The newsletter is fine, but I do not want you to log what I click in it.' },
    { subject: 'klikken', body: 'De nieuwsbrief mag blijven, maar ik wil niet dat jullie bijhouden wat ik aanklik.' },
  ])('reads "$body" as objection alone', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['objection']);
  });

  it.each([
    { subject: 'Link', body: 'Was ich im Portal anklicke, öffnet sich nicht. Können Sie das prüfen?' },
    { subject: 'attachment', body: 'I do not agree with the invoice which I opened this morning, the amount is wrong.' },
    { subject: 'Drucker', body: 'Bitte den Warnton am Drucker abstellen, er piept ständig.' },
  ])('finds no request in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });
});

describe('classifyEmail: mails or sales calls told as coming over and over, asked to stop by pointing back, are left', () => {
  it.each([
    { subject: 'mails', body: 'I keep getting your emails about trade fairs. Please stop sending them.' },
    { subject: 'lettre', body: 'Je reçois vos mails chaque semaine depuis un salon. Merci de ne plus me les envoyer.' },
    { subject: 'Anrufe', body: 'Ich erhalte weiterhin Werbeanrufe von Ihnen. Stellen Sie das bitte ein.' },
    { subject: 'mails', body: 'Ik krijg elke week mails van jullie over acties. Wilt u die stopzetten?' },
  ])('reads "$body" as unsubscribe alone', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'newsletter', body: 'I would like to keep getting your newsletter after my move, the address stays the same.' },
    { subject: 'backup', body: 'I keep getting error emails from the backup job. Can you check why it fails?' },
    { subject: 'Rechnung', body: 'Ich bekomme jeden Monat Ihre Rechnung per Post. Können Sie sie künftig per Mail schicken?' },
  ])('finds no unsubscribe in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).not.toContain('unsubscribe');
  });
});

describe('classifyEmail: invitations and offers refused as a wish are left, beside other rights', () => {
  it.each([
    { subject: 'RE: Uitnodiging', body: 'Graag geen uitnodigingen meer en verwijder mijn telefoonnummer uit jullie systeem.', rights: ['erasure', 'unsubscribe'] },
    { subject: 'voorkeuren', body: 'Wij ontvangen graag nog de onderhoudsmeldingen, maar geen commerciële aanbiedingen meer.', rights: ['unsubscribe'] },
    { subject: 'Einladungen', body: 'Bitte keine Einladungen zu Ihren Webinaren mehr.', rights: ['unsubscribe'] },
    { subject: 'invites', body: 'please no more invitations to your roadshows, thanks', rights: ['unsubscribe'] },
    { subject: 'invitations', body: "Plus d'invitations à vos salons svp.", rights: ['unsubscribe'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });

  it.each([
    { subject: 'webinar', body: 'Ik heb geen uitnodiging meer ontvangen voor het webinar, kunnen jullie die opnieuw sturen?' },
    { subject: 'Einladung', body: 'Ich habe keine Einladung mehr bekommen, ist der Termin abgesagt?' },
  ])('finds no unsubscribe in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).not.toContain('unsubscribe');
  });
});

describe('classifyEmail: objections put as people write them beside a welcome newsletter or with the verb last', () => {
  it.each([
    { subject: 'enquêtes', body: 'nieuwsbrief prima, maar stop met die klanttevredenheidsenquêtes na elke monteur', rights: ['objection'] },
    { subject: 'Einwilligung', body: 'Meine Einwilligung zur Nennung meines Namens auf Ihrer Website widerrufe ich.', rights: ['objection'] },
    { subject: 'Widerspruch', body: 'Namens meines Mandanten: er widerspricht der Auswertung seiner Anrufprotokolle.', rights: ['objection'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });

  it('reads a welcome newsletter beside a survey question as no request', () => {
    expect(rulesRights('enquête', 'nieuwsbrief prima, krijg ik ook nog een enquête over de installatie?')).toEqual([]);
  });
});

describe('classifyEmail: the mailing named in a short follow-up after the sender is erased from everything is left too', () => {
  it.each([
    { subject: 'weg', body: 'wis mij uit alles wat jullie hebben. de nieuwsbrief ook' },
    { subject: 'delete', body: 'Erase me from everything you have. The newsletter as well.' },
    { subject: 'Löschung', body: 'Löschen Sie mich aus allem. Auch den Newsletter.' },
    { subject: 'suppression', body: 'Effacez-moi de tout. La newsletter aussi.' },
  ])('reads "$body" as erasure and unsubscribe', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure', 'unsubscribe']);
  });

  it('reads a newsletter list sent as a copy as no unsubscribe', () => {
    expect(rulesRights('lijst', 'Verwijder mij uit alles. Stuur mij eerst een kopie van de nieuwsbrieflijst.')).not.toContain('unsubscribe');
  });
});

describe('classifyEmail: contact refused as a bare list of its kinds, asked, is the unsubscribe', () => {
  it.each([
    { subject: 'genoeg', body: 'Hallo,\n\nGraag geen post, geen telefoontjes. Ik heb nooit iets besteld.\n\nKees' },
    { subject: 'genoeg', body: 'Geen nieuwsbrief, geen belletjes meer.' },
    { subject: 'enough', body: 'Hi,\n\nPlease, no emails, no phone calls. I never ordered anything.\n\nKees' },
    { subject: 'Ruhe', body: 'Bitte keine Mails, keine Anrufe. Ich habe nie etwas bestellt.' },
    { subject: 'stop', body: "Pas de courriels, pas d'appels, merci. Je n'ai jamais rien commandé." },
    { subject: 'stop', body: 'Je ne veux ni courriels ni appels de votre part.' },
  ])('reads "$body" as unsubscribe', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['unsubscribe']);
  });

  it('reads the list beside an erasure as both', () => {
    expect(rulesRights('weg', 'Graag al mijn gegevens verwijderen, geen post, geen telefoontjes meer.')).toEqual(['erasure', 'unsubscribe']);
  });

  it.each([
    { subject: 'storing', body: 'Ik heb geen mails, geen brieven ontvangen over de storing. Graag een reactie.' },
    { subject: 'ticket', body: 'I got no emails, no calls about my ticket. Please call me back.' },
    { subject: 'Ticket', body: 'Ich habe keine Mails, keine Anrufe bekommen. Bitte melden Sie sich.' },
    { subject: 'ticket', body: "Je n'ai reçu ni courriels ni appels, merci de me rappeler." },
  ])('asks no unsubscribe in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).not.toContain('unsubscribe');
  });
});

describe('classifyEmail: the use of the sender\'s data for advertising refused as a wish is the unsubscribe alone (Art. 21(2))', () => {
  it.each([
    { subject: 'reclame', body: 'Ik wil niet dat jullie mijn gegevens gebruiken voor reclame.', rights: ['unsubscribe'] },
    { subject: 'ads', body: "I don't want you to use my data for advertising.", rights: ['unsubscribe'] },
    { subject: 'Werbung', body: 'Ich möchte nicht, dass Sie meine Daten für Werbung nutzen.', rights: ['unsubscribe'] },
    { subject: 'publicité', body: 'Je ne veux pas que vous utilisiez mes données pour de la publicité.', rights: ['unsubscribe'] },
    { subject: 'ads', body: "I don't want you to use my data for advertising or to profile me.", rights: ['objection'] },
  ])('reads "$body" as $rights', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
