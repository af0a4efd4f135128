import { classifyEmail } from './classifyEmail.ts';

const rightsOf = (body: string) => classifyEmail({ subject: '', body }).rights;

describe('negation and supposition', () => {
  it.each([
    ['we do not delete', 'We do not delete customer data from our backups.'],
    ['wij verwijderen geen', 'Wij verwijderen geen gegevens van klanten zonder schriftelijke opdracht.'],
    ['wir löschen keine', 'Wir löschen keine Daten ohne Auftrag.'],
    ['nous ne supprimons pas', 'Nous ne supprimons pas les données de nos clients.'],
    ['please do not delete', 'Please do not delete my account, I still need it.'],
  ])('cancels a right phrase negated in its clause (%s)', (_title, body) => {
    expect(rightsOf(body)).not.toContain('erasure');
  });

  it.each([
    ['if a customer asks', 'If a customer asks for a copy of his data, how long do we have?'],
    ['als een klant vraagt', 'Als een klant om inzage in zijn gegevens vraagt, wat moeten wij dan doen?'],
    ['wenn ein Kunde', 'Wenn ein Kunde Auskunft über seine Daten verlangt, wie sollen wir vorgehen?'],
    ['si un client', "Si un client demande l'accès à ses données, comment devons-nous répondre ?"],
  ])('cancels right phrases inside a supposition (%s)', (_title, body) => {
    expect(rightsOf(body)).toEqual([]);
  });

  it('keeps phrases whose meaning includes the negation ("no longer", "niet meer", "klopt niet")', () => {
    expect(rightsOf('I no longer want to receive your newsletter.')).toEqual(['unsubscribe']);
    expect(rightsOf('Ik wil de nieuwsbrief niet meer ontvangen.')).toEqual(['unsubscribe']);
    expect(rightsOf('Mijn achternaam klopt niet in jullie systeem.')).toEqual(['rectification']);
  });

  it('does not let a negation reach across "and" or far past the phrase', () => {
    expect(rightsOf("I withdraw any consent I may have given and I'm no longer a customer.")).toEqual(['objection']);
    expect(rightsOf('Ik werk er niet meer en trek mijn toestemming in.')).toEqual(['objection']);
    expect(rightsOf('Verwijder mijn gegevens alsjeblieft niet.')).not.toContain('erasure');
  });

  it('limits a negation to its own clause', () => {
    expect(rightsOf('I have no further questions, but please delete my personal data.')).toEqual(['erasure']);
  });

  it('keeps a complaint threatened on a condition ("if I don\'t hear from you")', () => {
    expect(rightsOf("If I don't hear from you by Friday, I will complain to the supervisory authority.")).toEqual(['complaint']);
  });

  it('treats "I reserve the right to complain" as a possible later step, not a complaint', () => {
    expect(rightsOf('Please send me a copy of my personal data. Otherwise I reserve the right to lodge a complaint with the supervisory authority.')).toEqual([
      'access',
    ]);
  });

  it.each([
    ['reserve the right', 'I have filed a complaint with the supervisory authority about how my data was handled, and I reserve the right to take further legal steps.'],
    ['behalte mir vor', 'Ich habe heute Beschwerde bei der Aufsichtsbehörde eingelegt und behalte mir weitere Schritte vor.'],
  ])('keeps a complaint lodged before a reservation in its sentence (%s)', (_title, body) => {
    expect(rightsOf(body)).toEqual(['complaint']);
  });

  it('reads an earlier request recalled in a complaint as background', () => {
    const body = 'On 2 March I asked you for a copy of my personal data. I have today lodged a complaint with the Autoriteit Persoonsgegevens.';
    expect(rightsOf(body)).toEqual(['complaint']);
  });

  it.each([
    ['nl', 'Stuur me geen mails meer. Wis ook alle gegevens die u over mij bewaart, ik heb hier nooit om gevraagd.'],
    ['en', 'Stop emailing me. Also delete all the data you keep about me, I never asked for any of it.'],
    ['de', 'Bitte tragen Sie mich aus dem Newsletter aus. Löschen Sie auch alle Daten über mich, ich habe nie darum gebeten.'],
    ['fr', "Arrêtez de m'envoyer des mails. Supprimez aussi toutes mes données, je n'ai jamais demandé cela."],
  ])('reads a request denied inside its own recall ("I never asked for") as no earlier request (%s)', (_language, body) => {
    expect(rightsOf(body)).toEqual(['erasure', 'unsubscribe']);
  });

  it('still reads a request recalled beside a new one as background, and a recall whose phrase holds the negation', () => {
    expect(rightsOf('Stuur me geen mails meer. Wis ook mijn gegevens, zoals ik op 3 maart al heb gevraagd.')).toEqual(['unsubscribe']);
    expect(rightsOf('My request of 4 May to delete my data was never answered. I have now filed a complaint with the ICO.')).toEqual(['complaint']);
  });
});

describe('topics', () => {
  it('reads an objection to marketing named by its noun in a newsletter as a topic, and asked for as unsubscribe', () => {
    const newsletter =
      'Datenschutz-Newsletter April. Themen dieser Ausgabe: Neues zur Videoüberwachung im Betrieb; Widerspruch gegen Werbung – was Unternehmen beachten müssen; unser nächstes Webinar zur DSGVO.';
    expect(rightsOf(newsletter)).toEqual([]);
    expect(rightsOf('Hiermit lege ich Widerspruch gegen Werbung ein. Bitte schicken Sie mir nichts mehr.')).toEqual(['unsubscribe']);
  });
});

describe('names that mask their words', () => {
  it.each([
    ['Dutch', 'We hebben een brief van de Autoriteit Persoonsgegevens gekregen over onze eigen nieuwsbrief, kan iemand van jullie daar eens naar kijken?'],
    ['English', 'Yesterday we received a letter from the Autoriteit Persoonsgegevens about our own webshop; is there someone on your team who could help?'],
  ])('reads no personal data into the Autoriteit Persoonsgegevens (%s)', (_title, body) => {
    expect(rightsOf(body)).toEqual([]);
  });

  it.each([
    ['nothing else', 'Mijn oude laptop met al mijn gegevens erop staat nog bij jullie, die haal ik morgen zelf op.', []],
    ['beside access', 'Stuur mij een overzicht van mijn persoonsgegevens (de facturen met mijn gegevens niet, die halen we zelf op).', ['access']],
    ['beside erasure', 'Wilt u mijn gegevens verwijderen? De dozen met mijn gegevens haal ik zelf op.', ['erasure']],
  ])('reads a split "ophalen" ("die haal ik zelf op") as fetching, not erasing (%s)', (_title, body, rights) => {
    expect(rightsOf(body)).toEqual(rights);
  });

  it('still erases with "haal" when no particle makes it fetch', () => {
    expect(rightsOf('Haal mijn gegevens uit jullie systeem, ik ben geen klant meer.')).toEqual(['erasure']);
  });

  it('still hears a complaint in going to the Autoriteit Persoonsgegevens', () => {
    expect(rightsOf('Als dit niet vandaag geregeld is, stap ik naar de Autoriteit Persoonsgegevens.')).toEqual(['complaint']);
  });
});

describe('an unsubscribe beside an erasure that names the mailing list too', () => {
  it.each([
    ['asked in a phrase of its own', 'Please unsubscribe me from the newsletter and erase my customer record from your CRM as well.'],
    ['the sender himself removed', 'Kindly remove me from your newsletter and from your customer database, I never bought anything from you.'],
  ])('stands beside the erasure (%s)', (_title, body) => {
    expect(rightsOf(body)).toEqual(['erasure', 'unsubscribe']);
  });

  it('is no more than one place to erase from when the data are erased', () => {
    expect(rightsOf('Please remove my personal details from your CRM and your mailing lists, the invoices may stay.')).toEqual(['erasure']);
  });
});
