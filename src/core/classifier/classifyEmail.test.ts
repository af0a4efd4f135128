import { classifyEmail } from './classifyEmail.ts';
import { emailBodyToText } from './emailBodyToText.ts';

const classify = (body: string, subject = '', bodyType: 'text' | 'html' = 'text') => classifyEmail({ subject, body, bodyType });

describe('classifyEmail: several rights in one mail', () => {
  it('reads "send me everything, then delete it" as access + erasure', () => {
    expect(classify('Please send me a copy of my personal data and then delete my personal data.').rights).toEqual(['access', 'erasure']);
  });

  it('adds portability to access when the data is asked as a spreadsheet', () => {
    expect(classify('Kunnen jullie mij een kopie van mijn gegevens sturen als Excel-bestand?').rights).toEqual(['access', 'portability']);
  });

  it('keeps a direct transfer to a new provider as portability alone', () => {
    const body = 'Please transmit my personal data directly to my new provider in a machine-readable format.';
    expect(classify(body).rights).toEqual(['portability']);
  });

  it('labels "off the mailing list and delete everything on me" as erasure + unsubscribe', () => {
    expect(classify('Take me off your newsletter and delete all the information you have on me.').rights).toEqual(['erasure', 'unsubscribe']);
  });

  it('labels objecting to direct marketing as unsubscribe, not objection', () => {
    expect(classify('I object to receiving marketing e-mails from your company.').rights).toEqual(['unsubscribe']);
  });

  it('labels a processor request from a business customer with the right it serves', () => {
    const body = 'A former employee of ours asked for a copy of his mailbox. You host our Microsoft 365: can you export it?';
    expect(classify(body).rights).toEqual(['access']);
  });
});

describe('classifyEmail: sentences of mail typed without capitals', () => {
  it('does not let a negation after "me. i" cancel the request before it', () => {
    expect(classify('delete my account and stop sending me emails. i never read them anyway').rights).toEqual(['erasure', 'unsubscribe']);
  });
});

describe('classifyEmail: addresses and header fields', () => {
  it('takes no request words from an address or from the header line above the forwarded subject', () => {
    const forward = (recipient: string) =>
      `Can you pick this up?\n\n---------- Forwarded message ---------\nFrom: Tom Baker\nTo: ${recipient}\nSubject: Please remove me\n\nHello, please remove me from your systems, I never became a customer. Tom`;
    expect(classifyEmail({ subject: 'Fwd: Please remove me', body: forward('sales@shop.example') }).rights).toEqual(['erasure']);
    expect(classifyEmail({ subject: 'Fwd: Please remove me', body: forward('Sales team') }).rights).toEqual(['erasure']);
  });
});

describe('classifyEmail: a subject that announces the body', () => {
  it('reads a subject repeating the words of a more specific body request as that request', () => {
    expect(classify('Please remove me from your mailing list, I never asked to be on it.', 'remove me').rights).toEqual(['unsubscribe']);
    expect(classify('Could you delete me from the mailing list? The emails are too frequent.', 'delete me').rights).toEqual(['unsubscribe']);
  });

  it('drops an objection named in the subject when the body restricts processing while it is assessed', () => {
    const body = 'Please restrict the processing of my data while you assess my objection.';
    expect(classify(body, 'I object to the use of my data').rights).toEqual(['restriction']);
  });

  it('keeps a subject right the body does not read otherwise', () => {
    expect(classify('Remove me from your mailing list, please.', 'Delete my data').rights).toEqual(['erasure', 'unsubscribe']);
  });
});

describe('classifyEmail: short follow-up sentences', () => {
  it('reads "Graag aanpassen." with the sentence before it that names the wrong detail', () => {
    expect(classify('Mijn voornaam is Annelies, niet Anneliese. Graag aanpassen.').rights).toEqual(['rectification']);
  });

  it('does not lean a long sentence on the one before it', () => {
    const body = 'Mijn e-mailadres stond in een datalek bij een webshop. Moet ik het wachtwoord van mijn Microsoft 365-account nu wijzigen?';
    expect(classify(body).rights).not.toContain('rectification');
  });
});

describe('classifyEmail: hard negatives', () => {
  it.each([
    ['a firewall change', 'Can you delete that firewall rule on the Utrecht site?'],
    ['an invoice correction', 'Please correct the amount on invoice 2025-114, it should be 450 euro.'],
    ['a company billing address', 'Ons factuuradres is gewijzigd naar Kanaalweg 10, Utrecht. Willen jullie dat aanpassen?'],
    ['a processing agreement request', 'Kunnen jullie ons de verwerkersovereenkomst sturen? Onze FG vraagt erom.'],
    ['VoIP number porting', 'We want to port our numbers to another provider. Can you start the number porting?'],
    ['a contract cancellation', 'Hierbij zeg ik ons contract voor de VoIP-telefonie op per 1 januari.'],
    ['phishing', 'Your mailbox will be deleted within 24 hours. Verify your account now.'],
    ['a service complaint', 'I am filing a complaint about yesterday’s outage; nobody called us back.'],
    ['a negated statement', 'Wij verwijderen geen back-ups van klanten zonder opdracht.'],
    ['a hypothetical question', 'Hoe moeten wij omgaan met een inzageverzoek als een klant daarom vraagt?'],
  ])('does not take %s for a request', (_title, body) => {
    const result = classify(body);
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.rights).toEqual([]);
    expect(result.evidence).toEqual([]);
  });

  it('ignores privacy words that appear only in the quoted earlier mail', () => {
    const body = 'Top, ontvangen. Dank!\n\nOp di 20 mei 2025 schreef Mirjam:\n> Ik wil graag inzage in mijn gegevens.';
    expect(classify(body, 'Re: inzageverzoek').isPrivacyRequest).toBe(false);
  });

  it('ignores an AVG disclaimer under an ordinary question', () => {
    const body =
      'Kunnen jullie de printer op de tweede verdieping bekijken?\n\nMet vriendelijke groet,\nJan\n\nDit bericht is vertrouwelijk. Wij verwerken persoonsgegevens conform de AVG; u heeft recht op inzage en verwijdering.';
    expect(classify(body).isPrivacyRequest).toBe(false);
  });

  it('ignores the unsubscribe footer of a supplier newsletter', () => {
    const body = 'New firewall models are now available.\n\nYou are receiving this email because you subscribed. Click here to unsubscribe.';
    expect(classify(body, 'Product news').isPrivacyRequest).toBe(false);
  });

  it('never takes an out-of-office reply for a request, whatever it quotes', () => {
    const result = classify('I am out of the office until Monday.\n\nPlease delete my personal data.', 'Automatic reply: Verwijder mijn gegevens');
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });

  it('reads "without undue delay" as the deadline it is, not as a negation, in every language', () => {
    expect(classify('Bitte löschen Sie meine Daten ohne Verzögerung.').rights).toEqual(['erasure']);
    expect(classify('Please erase my personal data without undue delay.').rights).toEqual(['erasure']);
    expect(classify('Verwijder mijn gegevens zonder onnodige vertraging.').rights).toEqual(['erasure']);
    expect(classify('Effacez mes données sans délai.').rights).toEqual(['erasure']);
    expect(classify('Please do not erase my personal data.').isPrivacyRequest).toBe(false);
  });

  it('reads a sender telling of the automatic reply he got as his own words, in every language', () => {
    const told = [
      'Twee keer mailde ik u. Ik kreeg steeds een automatisch antwoord, verder niets. Ik wil nog steeds dat u al mijn gegevens verwijdert.',
      'Apart from an automatic reply I have heard nothing. I still want you to delete all my personal data.',
      'Außer einer automatischen Antwort kam nichts. Ich verlange weiterhin, dass Sie alle meine Daten löschen.',
      "Réponse automatique, puis rien depuis trois semaines. Je demande toujours l'effacement de mes données.",
    ];
    for (const body of told) {
      const result = classify(body, 'Tweede herinnering');
      expect(result.isAutoReply).toBe(false);
      expect(result.rights).toContain('erasure');
    }
    expect(classify('Dit is een automatisch antwoord. Ik ben tot en met vrijdag afwezig.', 'Vraag over mijn gegevens').isAutoReply).toBe(true);
  });

  it('reads a sender telling of the automatic reply he did not even get as his own words, in every language', () => {
    const told = [
      'I wrote to you in March and in April. Nothing, not even an automated reply. Delete all my personal data.',
      'Ik heb twee keer gemaild, zelfs geen automatisch antwoord. Verwijder al mijn gegevens.',
      'Zweimal geschrieben, nicht einmal eine automatische Antwort. Löschen Sie alle meine Daten.',
      "Deux mails, pas même une réponse automatique. Effacez toutes mes données.",
    ];
    for (const body of told) {
      const result = classify(body, 'third time');
      expect(result.isAutoReply).toBe(false);
      expect(result.rights).toEqual(['erasure']);
    }
    const real = classify('This is an automatic reply. I am away until Monday. Please do not reply to this automatic message.', 'Delete my data');
    expect(real.isAutoReply).toBe(true);
  });
});

describe('classifyEmail: mail structure', () => {
  it('reads a request forwarded by a colleague as the requester\'s request', () => {
    const body = 'Kunnen jullie dit oppakken?\n\nGroet,\nPiet\n\n-----Original Message-----\nFrom: Helen <helen@example.com>\nSent: Tuesday\nSubject: please remove me\n\nPlease delete my details from your system entirely.';
    expect(classify(body, 'FW: please remove me').rights).toEqual(['erasure']);
  });

  it('reads a reminder that names no right as chasing the request in the reply subject or the quoted mail', () => {
    expect(classify('Hebben jullie al iets? Ik heb nog niets gehoord.', 'Re: Inzageverzoek').rights).toEqual(['access']);
    const quoted = 'Any news? Still no answer.\n\n> I would like a copy of all personal data you hold about me.';
    const chased = classify(quoted, 'RE: my mail of 2 March');
    expect(chased.rights).toEqual(['access']);
    for (const item of chased.evidence) expect(quoted.slice(item.start, item.end)).toBe(item.text);
    expect(classify('Toujours pas de réponse ?\n\n> Merci de supprimer mon compte et toutes mes données.', 'RE: compte').rights).toEqual(['erasure']);
  });

  it('does not read the quoted mail when the new words chase nothing or ask something themselves', () => {
    expect(classify('Any update on this ticket?\n\n> The printer on floor 2 is broken.', 'Re: ticket 4411').isPrivacyRequest).toBe(false);
    expect(classify('Thanks, all done!\n\n> Please delete my account.', 'Re: Verwijderverzoek').isPrivacyRequest).toBe(false);
  });

  it('reads HTML mail and points evidence into the converted text', () => {
    const html = '<html><head><style>p{}</style></head><body><p>Beste,</p><p>Verwijder&nbsp;al mijn gegevens.</p></body></html>';
    const result = classify(html, '', 'html');
    expect(result.rights).toEqual(['erasure']);
    const text = emailBodyToText(html, 'html');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const item of result.evidence) {
      expect(item.field).toBe('body');
      expect(text.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it('uses the subject as evidence with spans into the subject', () => {
    const result = classify('Zie onderwerp.', 'Inzageverzoek');
    expect(result.evidence).toContainEqual({ right: 'access', field: 'subject', start: 0, end: 13, text: 'Inzageverzoek' });
  });

  it('names the language of the new words, not of the quoted mail', () => {
    const body = 'Graag een kopie van al mijn gegevens.\n\nOn Monday, support wrote:\n> Thank you for contacting us, we will get back to you.';
    expect(classify(body).language).toBe('nl');
  });

  it('reports und when there are too few words to tell', () => {
    expect(classify('ok').language).toBe('und');
  });

  it('is confident on a clear request and flags weak or cancelled signals for review', () => {
    expect(classify('Verwijder al mijn persoonsgegevens, conform artikel 17 AVG.').confidence).toBeGreaterThanOrEqual(0.9);
    const negated = classify('We do not delete your personal data from backups.');
    expect(negated.isPrivacyRequest).toBe(false);
  });
});

describe('classifyEmail: one mail after another', () => {
  it('reads a mail the same whatever mail came before (the token arrays are reused between mails)', () => {
    const forwardedRequest = 'Hallo,\n\nVan: Jan de Vries <jan@example.org>\nOnderwerp: inzage\n\nIk wil graag inzage in mijn persoonsgegevens.';
    // A subject of an address alone has no words, so no first word that says "forwarded".
    const addressOnly = { subject: 'fw@example.org', body: forwardedRequest, bodyType: 'text' } as const;
    const alone = classifyEmail(addressOnly);
    expect(classifyEmail({ subject: 'Fw: inzage', body: forwardedRequest, bodyType: 'text' })).not.toEqual(alone);
    expect(classifyEmail(addressOnly)).toEqual(alone);
  });
});

describe('classifyEmail: a right only named', () => {
  const rulesAlone = (body: string, subject = '') => classifyEmail({ subject, body }, { rulesAlone: true });

  it('is less sure of a mail whose only evidence names a right than of one that asks for it', () => {
    const named = rulesAlone('Hi Maud,\n\nOur quiz night has a privacy round this year: one question is about the right to be forgotten.\n\nSee you there, Pieter');
    const asked = rulesAlone('Hi,\n\nPlease delete all the personal data you hold about me; I invoke my right to be forgotten.\n\nPieter');
    expect(named).toMatchObject({ isPrivacyRequest: true, rights: ['erasure'], needsReview: true });
    expect(asked).toMatchObject({ isPrivacyRequest: true, rights: ['erasure'], needsReview: false });
    expect(named.confidence).toBeLessThan(asked.confidence);
  });

  it('doubts a right named only in the subject once, not twice', () => {
    const subjectOnly = rulesAlone('Hi,\n\nSee the subject line.\n\nPieter', 'Right to be forgotten');
    const bodyNamesOnly = rulesAlone('Hi,\n\nThis is about the right to be forgotten.\n\nPieter');
    expect(subjectOnly.confidence).toBe(bodyNamesOnly.confidence);
  });
});

describe('classifyEmail: a request forwarded for information only', () => {
  const forwarded = '\n\n-----Ursprüngliche Nachricht-----\nVon: Klaus Beispiel\nBetreff: Löschung\n\nBitte löschen Sie alle meine personenbezogenen Daten aus Ihrem Kundenkonto.';

  it('reads no request when the forwarder says it asks nothing of us', () => {
    const body = `Hallo Frau Winter,\n\nkein Handlungsbedarf für Sie, nur damit Sie es wissen: die Daten liegen nicht bei Ihnen, sondern in unserer Kasse, und wir erledigen das selbst.${forwarded}`;
    const result = classifyEmail({ subject: 'WG: Löschung', body });
    expect(result).toMatchObject({ isPrivacyRequest: false, rights: [], needsReview: true });
  });

  it('still reads the forwarded request when the forwarder hands it on', () => {
    const body = `Hallo Frau Winter,\n\nkönnen Sie das bitte übernehmen? Die Daten liegen in Ihrem System.${forwarded}`;
    expect(classifyEmail({ subject: 'WG: Löschung', body }).rights).toEqual(['erasure']);
  });
});

describe('classifyEmail: a draft letter to another firm, pasted to be checked', () => {
  it('doubts the request of a signed letter set off in quotation marks', () => {
    const body =
      'Hi Ruth,\n\nyou know this stuff better than I do. Is this OK to send to the gym I left last year?\n\n"Dear Sir or Madam, under Article 15 GDPR please send me a copy of all personal data you hold about me within one month. Kind regards, Tom Example"\n\nThanks!\nTom';
    expect(classifyEmail({ subject: 'Quick look at my letter?', body })).toMatchObject({ isPrivacyRequest: false, needsReview: true });
  });

  it('still reads the same request written as the sender\'s own letter', () => {
    const body = 'Dear Sir or Madam,\n\nUnder Article 15 GDPR please send me a copy of all personal data you hold about me within one month.\n\nKind regards,\nTom Example';
    expect(classifyEmail({ subject: 'Access request', body }).rights).toEqual(['access']);
  });
});

describe('classifyEmail: leaving an event one registered for', () => {
  const rulesAlone = (body: string) => classifyEmail({ subject: '', body }, { rulesAlone: true });

  it('reads no unsubscribe in a short request after the sentence naming the event', () => {
    expect(rulesAlone('Bonjour,\n\nJe me suis inscrit à votre atelier de mardi prochain, mais j\'ai un empêchement. Pouvez-vous me désinscrire ?\n\nMerci, Paul').rights).toEqual([]);
    expect(rulesAlone('Hallo,\n\nich habe mich für Ihr Webinar am Donnerstag angemeldet, kann aber leider nicht. Bitte melden Sie mich ab.\n\nGruß, Eva').rights).toEqual([]);
  });

  it('still reads the unsubscribe when the sender names the mailing too', () => {
    expect(rulesAlone('Hello,\n\nI attended one of your webinars last spring. Please unsubscribe me from your newsletter.\n\nThanks, Kim').rights).toEqual(['unsubscribe']);
  });

  it('still reads a plain unsubscribe with no event named', () => {
    expect(rulesAlone('Hello,\n\nI no longer work in this field. Please unsubscribe me.\n\nThanks, Kim').rights).toEqual(['unsubscribe']);
  });
});

describe('classifyEmail: negation words of another language', () => {
  it('does not let a French negation word cancel a Dutch sentence ("pas" is a card)', () => {
    const body = 'Hoi,\n\nBij mijn nieuwe pas van de bibliotheek zat ook een brief voor een andere klant.\n\nGroet, Lies';
    expect(classifyEmail({ subject: 'Verkeerde brief', body }, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it('still lets a French negation cancel in French mail', () => {
    const body = 'Bonjour,\n\nNous ne supprimons pas les données de nos clients sans vérification.\n\nCordialement, Anne';
    expect(classifyEmail({ subject: 'Question', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });
});

describe('classifyEmail: a short follow-up counted in words, not elided tokens', () => {
  const rulesAlone = (body: string) => classifyEmail({ subject: 'Question', body }, { rulesAlone: true });

  it('reads "si c\'est le cas, merci de l\'effacer" as a follow-up on the detail before', () => {
    expect(rulesAlone("Bonjour,\n\nAvez-vous toujours mon numéro de portable ? Si c'est le cas, merci de l'effacer.\n\nMerci, Claire").rights).toEqual(['erasure']);
  });

  it('still leaves a long sentence to stand on its own', () => {
    expect(rulesAlone("Bonjour,\n\nAvez-vous toujours mon numéro de portable ? Si c'est bien le cas chez vous depuis mon départ, merci d'effacer le numéro.\n\nMerci, Claire").rights).toEqual([]);
  });
});

describe('classifyEmail: an erasure asked two sentences after the detail it names', () => {
  const rulesAlone = (body: string) => classifyEmail({ subject: 'Your reminder', body }, { rulesAlone: true });

  it('reaches back over a sentence that names no detail, in the same paragraph', () => {
    expect(rulesAlone('Hello,\n\nI see from your reminder that you also hold my private phone number. I have no idea where you got it and it has nothing to do with my order. Please delete it.\n\nKim').rights).toEqual(['erasure']);
  });

  it('does not read the sender\'s own deletion as a request', () => {
    expect(rulesAlone('Hello,\n\nI see from your reminder that you also hold my private phone number. I have no idea where you got it and it has nothing to do with my order. I deleted your app.\n\nKim').rights).toEqual([]);
  });

  it('does not reach into another paragraph', () => {
    expect(rulesAlone('Hello,\n\nI see from your reminder that you also hold my private phone number.\n\nI have no idea where you got it. Please delete it.\n\nKim').rights).toEqual([]);
  });
});

describe('classifyEmail: data about someone else demanded under a legal power', () => {
  const classify = (subject: string, body: string) => classifyEmail({ subject, body });

  it('reads a police, bailiff, insolvency or tax demand as no request, and the models do not overrule it', () => {
    const demands: readonly [string, string][] = [
      ['Vordering verstrekking gegevens ex art. 126nc Sv', 'Geachte heer/mevrouw,\n\nIn het kader van een opsporingsonderzoek vorder ik dat u mij de naam, het adres en de IP-adressen verstrekt van de gebruiker van het account k.visser@voorbeeld.nl over de maand februari.\n\nHoogachtend,\nHulpofficier van justitie'],
      ['Réquisition - PV 2026/0417', "Madame, Monsieur,\n\nDans le cadre d'une enquête préliminaire, je vous requiers de me communiquer toutes les données que vous détenez concernant M. Paul Leroy : coordonnées, factures et adresses IP de connexion.\n\nOfficier de police judiciaire"],
      ['Insolvenzverfahren über das Vermögen der Krause Bau GmbH', 'Sehr geehrte Damen und Herren,\n\nals Insolvenzverwalter bitte ich Sie, mir eine Kopie aller Daten zu übermitteln, die Sie über die Schuldnerin gespeichert haben, einschließlich der Postfächer der Geschäftsführung.\n\nMit freundlichen Grüßen\nDr. B. Lang'],
      ['Trace request - former employee', 'Dear Sir or Madam,\n\nWe are enforcement agents acting on a judgment debt against Ms Carla Reed, your former employee. Please provide her current home address and phone number.\n\nYours faithfully,\nRecoveries'],
      ['Verzoek adresgegevens oud-werknemer', 'Geachte heer/mevrouw,\n\nNamens onze opdrachtgever vorderen wij € 950 van mevrouw L. Bakker, die tot vorig jaar bij u werkte. Wij verzoeken u ons haar huidige adres te verstrekken.\n\nIncassobureau West'],
      ["Demande d'informations sur votre débiteur", "Madame, Monsieur,\n\nNous sommes chargés de recouvrer une créance contre M. Hugo Blanc, votre ancien salarié. Merci de nous communiquer sa nouvelle adresse.\n\nCabinet de recouvrement"],
      ['Informatieverzoek klant Smit Transport', 'Geachte heer/mevrouw,\n\nOp grond van artikel 53 AWR verzoek ik u mij een kopie te sturen van alle facturen en adresgegevens van uw klant Smit Transport B.V.\n\nBelastingdienst'],
    ];
    for (const [subject, body] of demands) {
      const result = classify(subject, body);
      expect(result.isPrivacyRequest).toBe(false);
      expect(result.isModelDecision).not.toBe(true);
    }
  });

  it('still reads a lawyer, debtor or victim asking a data subject\'s own right as a request', () => {
    expect(classify('Inzageverzoek namens cliënt', 'Geachte heer/mevrouw,\n\nIk sta de heer R. Bos bij in een strafzaak; de officier van justitie heeft zijn dossier opgevraagd. Namens cliënt verzoek ik u op grond van artikel 15 AVG om een kopie van alle persoonsgegevens die u over hem verwerkt.\n\nmr. E. Dekker').rights).toEqual(['access']);
    expect(classify('Gerichtsvollzieher hatte meine Adresse', 'Guten Tag,\n\nein Gerichtsvollzieher stand mit meiner neuen Anschrift vor der Tür. Ich verlange Auskunft, welche Daten Sie über mich gespeichert haben und an wen Sie sie weitergegeben haben.\n\nS. Roth').rights).toContain('access');
    expect(classify('Créance contestée', "Bonjour,\n\nVotre cabinet dit détenir une créance contre moi, déjà payée. Merci de rectifier mes données et de m'envoyer une copie des données que vous avez sur moi.\n\nLéa").isPrivacyRequest).toBe(true);
    expect(classify('Bailiff', 'Hello,\n\nA bailiff came to my door with details only you had. Please delete all my personal data from your systems.\n\nSam').rights).toEqual(['erasure']);
  });
});
