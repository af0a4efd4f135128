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

describe('lists that are no marketing of ours', () => {
  const classify = (subject: string, body: string) => classifyEmail({ subject, body }, { rulesAlone: true });

  it.each([
    ['an internal list', 'Aus Verteiler entfernen (intern)', 'Bitte nehmt mich aus dem internen Verteiler für die Serverwartung raus, ich bin ab Montag in einer anderen Abteilung.'],
    ['monitoring alerts', '', 'Merci de me retirer de la liste de diffusion des alertes de supervision, mon collègue reprend le suivi.'],
    ['an alerts mailing list', '', 'Please remove me from the monitoring alerts mailing list, Tom is on call now.'],
    ['service notices', '', 'Ik wil me afmelden voor de onderhoudsberichten, die gaan voortaan naar ict@.'],
    ['the customer newsletter link', 'Unsubscribe link broken', 'The unsubscribe link in the newsletter you send for us gives a 404. Can you fix the template before the next edition?'],
    ['the customer newsletter link in the subject', 'Lien de désinscription de notre newsletter', 'Dans la newsletter que vous envoyez pour nous, le lien ne marche pas.'],
  ])('are left, doubted, not unsubscribed from (%s)', (_title, subject, body) => {
    const result = classify(subject, body);
    expect(result.rights).toEqual([]);
    expect(result.needsReview).toBe(true);
  });

  it.each([
    ['reports', 'I keep getting the nightly backup reports. Please unsubscribe me from those, they are not for me anymore.'],
    ['maintenance notices', 'Je reçois toutes les notifications de maintenance. Comment puis-je me désinscrire ?'],
    ['outage notices', 'Ich bekomme jeden Morgen die Störungsmeldungen. Wie kann ich mich davon abmelden?'],
    ['ticket updates', "Stop CC'ing me on all ticket updates please, my colleague Anna handles the printers now."],
  ])('ask nothing, nor do the sentences after them in the paragraph that leave them (%s)', (_title, body) => {
    expect(classify('', body).rights).toEqual([]);
  });

  it.each([
    ['marketing named beside them', 'Please stop sending me your marketing emails and the ticket updates are fine.'],
    ['the newsletter in a sentence of its own', 'Ticket updates are fine. Please stop sending me your newsletter.'],
    ['the newsletter after a word on the notices', 'Die Störungsmeldungen lese ich gern. Ihren Newsletter möchte ich aber nicht mehr erhalten, bitte abmelden.'],
    ['a subscriber of the customer who asked to leave', 'Un abonné de notre newsletter (que vous envoyez pour nous) demande à être désinscrit. Pouvez-vous le désinscrire ?'],
    ['our newsletter whose link failed', 'The unsubscribe link in your newsletter does not work. Please remove me from the list.'],
    ['subscribers of the customer relayed beside its broken link', "Twee lezers van onze nieuwsbrief hebben met 'afmelden' geantwoord, want de afmeldlink onderaan doet het bij hen niet. Kunnen jullie ze eruit halen?"],
  ])('leave an unsubscribe from our mailing standing (%s)', (_title, body) => {
    expect(classify('', body).rights).toEqual(['unsubscribe']);
  });
});
