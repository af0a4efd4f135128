import { classifyEmail } from './classifyEmail.ts';

/**
 * Rights asked in plain words by people who do not know the GDPR's terms, and their look-alikes: sentences written
 * for these tests.
 */
describe('classifyEmail: an identity document copy is a document held, not a copy asked for', () => {
  const ERASED: readonly { subject: string; body: string }[] = [
    { subject: 'old account', body: 'Hi,\n\nWhen I joined you stored my phone number and took a copy of my ID card.\n\nI left in May. Please delete all my details, the ID copy too.\n\nMila' },
    { subject: 'mijn gegevens', body: 'Hallo,\n\nJullie hebben van mij een adres, een telefoonnummer en een kopie rijbewijs. Verwijder al mijn gegevens graag.\n\nBram' },
    { subject: 'Praktikum', body: 'Hallo,\n\nbitte löschen Sie alle meine Daten, auch die Kopie des Ausweises aus dem Praktikum.\n\nLena' },
    { subject: 'mes données', body: "Bonjour,\n\nmerci d'effacer toutes mes données, surtout la copie de la carte d'identité que j'ai envoyée.\n\nNora" },
  ];

  it.each(ERASED)('reads "$subject" as erasure alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('still reads a copy of the data asked for beside the identity document', () => {
    const body = 'Hi,\n\nPlease send me a copy of my data, including what you noted from my passport copy.\n\nMila';
    expect(classifyEmail({ subject: 'my data', body }, { rulesAlone: true }).rights).toContain('access');
  });
});

describe('classifyEmail: an identity document copy wished gone in the passive is erasure', () => {
  const ERASED: readonly { subject: string; body: string }[] = [
    { subject: 'work placement', body: 'Hello,\n\nMy son did a placement with you. We handed in a copy of his passport and a form.\n\nI would like the passport copy and the form to be destroyed now.\n\nAnna' },
    { subject: 'stage', body: 'Hallo,\n\nIk zou graag willen dat de paspoortkopie en het formulier van mijn dochter weggegooid worden.\n\nEls' },
    { subject: 'Praktikum', body: 'Hallo,\n\nich möchte, dass die Ausweiskopie und das Formular meines Sohnes jetzt vernichtet werden.\n\nUte' },
    { subject: 'stage', body: 'Bonjour,\n\nje voudrais que la copie de sa carte d identité et le formulaire soient détruits.\n\nAnne' },
  ];

  it.each(ERASED)('reads "$subject" as erasure alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it.each([
    { subject: 'audit', body: 'Hi,\n\nI do not want the ID copy to be destroyed yet, we still need it for the audit.\n\nAnna' },
    { subject: 'beleid', body: 'Hallo,\n\nDe paspoortkopie wordt na een maand vernietigd, zo staat het in ons beleid.\n\nEls' },
  ])('leaves "$subject" a no', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: surveys refused in plain words object, the service and the newsletter stay', () => {
  const OBJECTED: readonly { subject: string; body: string }[] = [
    { subject: 'surveys', body: 'Hi,\n\nAfter every visit I get a survey and two reminders. I dont want to do these surveys anymore.\n\nTom' },
    { subject: 'no more surveys please', body: 'Hello,\n\nYour helpdesk is great, just no surveys.\n\nAmy' },
    { subject: 'enquêtes', body: 'Hallo,\n\nIk wil niet meer meedoen aan de enquêtes die ik na elke storing krijg.\n\nGroet, Els' },
    { subject: 'geen enquêtes meer', body: 'Hoi,\n\nGeen enquêtes meer graag, de service is prima.\n\nRob' },
    { subject: 'Umfragen', body: 'Hallo,\n\nan Ihren Kundenumfragen möchte ich nicht mehr teilnehmen.\n\nGrüße\nJan' },
  ];

  it.each(OBJECTED)('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it.each([
    { subject: 'training', body: 'Hoi,\n\nIk wil niet meer meedoen aan de training van donderdag, ik ben ziek.\n\nEls' },
    { subject: 'Workshop', body: 'Hallo,\n\nich möchte am Workshop nicht mehr teilnehmen, der Termin passt nicht.\n\nJan' },
    { subject: 'meeting', body: 'Hi,\n\nI dont want to take part in the Friday meeting, can someone else go?\n\nTom' },
  ])('finds no objection in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: locked out of one\'s own mail or account is IT work, no right', () => {
  it.each([
    { subject: 'Passwort', body: 'hallo, ich komme seit heute nicht mehr in meine Mails, bitte Passwort zurücksetzen.\n\nUte' },
    { subject: 'inlog', body: 'hoi ik kan niet meer in mijn werkmail, kunnen jullie me bellen?\n\nKees' },
    { subject: 'login', body: "Hi, I can't get into my email anymore since the update, can you reset it?\n\nJo" },
    { subject: 'messagerie', body: "Bonjour, je n'arrive plus à ouvrir ma messagerie depuis ce matin.\n\nLuc" },
    { subject: 'geblokkeerd', body: 'hallo, ik typte drie keer mijn wachtwoord fout en nu is mijn account geblokkeerd. Kunnen jullie het vrijgeven?\n\nAnja' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email).rights).toEqual([]);
  });

  it('still reads a blocked account asked for as restriction', () => {
    const body = 'Hoi,\n\nIk wil dat mijn account geblokkeerd wordt tot de klacht is uitgezocht.\n\nAnja';
    expect(classifyEmail({ subject: 'account', body }, { rulesAlone: true }).rights).toEqual(['restriction']);
  });
});

describe('classifyEmail: what the firm keeps of the sender, asked as a plain question', () => {
  it.each([
    { subject: 'stage', body: 'Hoi,\n\nWat bewaren jullie nu nog van mijn stage-sollicitatie? Ik ben benieuwd.\n\nDaan' },
    { subject: 'vraagje', body: 'Hallo,\n\nwat weten jullie eigenlijk allemaal over mij?\n\nIris' },
    { subject: 'Frage', body: 'Hallo,\n\nwas haben Sie eigentlich alles von mir gespeichert?\n\nTim' },
    { subject: 'question', body: "Bonjour,\n\nqu'est-ce que vous gardez sur moi depuis la fin du contrat ?\n\nEmma" },
  ])('reads "$subject" as access', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['access']);
  });

  it.each([
    { subject: 'aanvraag', body: 'Hoi,\n\nWat heeft u van mij ontvangen voor de aanvraag? Ik twijfel of de bijlage mee is gegaan.\n\nDaan' },
    { subject: 'suppression', body: "Bonjour,\n\neffacez tout ce que vous avez sur moi, s'il vous plaît.\n\nEmma" },
    // The separable verb written apart: what the firm keeps is what goes, no copy asked.
    { subject: 'klaar', body: 'Hallo,\n\nIk wil geen post meer. Alles wat u van mij heeft graag weg doen.\n\nDaan' },
    { subject: 'weg', body: 'Hallo,\n\nGraag alles wat u over mij bewaart weg halen, ik ben geen klant meer.\n\nIris' },
  ])('reads no access in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).not.toContain('access');
  });
});

describe('classifyEmail: one of ours gave the sender\'s details to someone he knows is a breach report', () => {
  it.each([
    { subject: 'technician', body: 'Hello,\n\nYour engineer gave my mobile number to my neighbour, who is also your customer. He never asked me.\n\nRuth' },
    { subject: 'monteur', body: 'Hallo,\n\nJullie monteur heeft gisteren mijn privénummer gegeven aan mijn huisbaas.\n\nGroet, Lisa' },
    { subject: 'Techniker', body: 'Hallo,\n\nIhr Techniker hat meine private Handynummer an meinen Nachbarn weitergegeben.\n\nGruß\nOle' },
    { subject: 'technicien', body: 'Bonjour,\n\nvotre technicien a donné mon numéro de portable à mon voisin sans me demander.\n\nJulie' },
  ])('reads "$subject" as a breach report', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toContain('breach_report');
  });

  it.each([
    { subject: 'beurs', body: 'Hi,\n\nI gave my phone number to your colleague at the fair. Could he call me about the offer?\n\nRuth' },
    { subject: 'monteur', body: 'Hoi,\n\nKunnen jullie mijn nummer doorgeven aan de monteur die morgen komt?\n\nLisa' },
  ])('reads no breach in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).not.toContain('breach_report');
  });
});

describe('classifyEmail: tracking or a recording the sender would rather we did without is objected to', () => {
  const OBJECTED: readonly { subject: string; body: string }[] = [
    { subject: 'your newsletter', body: 'Hi,\n\nI like the newsletter, keep it coming. It has tracking pixels though. I would rather you did not track me.\n\nOla' },
    { subject: 'helpdesk calls', body: 'Hello,\n\nYour phone menu says calls may be recorded for training. I would prefer mine were not.\n\nBen' },
    { subject: 'opnames', body: 'Hallo,\n\nBij elk gesprek met jullie servicedesk wordt het gesprek opgenomen. Ik word liever niet opgenomen.\n\nKees' },
    { subject: 'Newsletter', body: 'Hallo,\n\nmir wäre lieber, wenn Sie mein Klickverhalten in Ihrem Newsletter nicht auswerten.\n\nUte' },
    { subject: 'appels', body: "Bonjour,\n\nVos appels au support sont enregistrés. Je préférerais ne pas être enregistrée.\n\nClaire" },
  ];

  it.each(OBJECTED)('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it.each([
    { subject: 'calls', body: 'Hi,\n\nI would rather you did not call me before nine, my shift ends late.\n\nBen' },
    { subject: 'factuur', body: 'Hoi,\n\nIk heb liever geen papieren factuur, mail hem maar.\n\nKees' },
  ])('leaves "$subject" a no', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });

  it('leaves data and a photo the sender would rather not have kept an erasure', () => {
    const body = "Bonjour,\n\nJe préférerais qu'il ne reste rien de moi chez vous : merci d'effacer ma photo et mes coordonnées.\n\nLucie";
    expect(classifyEmail({ subject: 'mon stage', body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });
});

describe('classifyEmail: "he\'d like" asks as "he would like" does', () => {
  it.each([
    { subject: 'for my father', body: "Hello,\n\nMy father is in a care home now and asked me to write. He'd like his details deleted from your records.\n\nAnn" },
    { subject: 'my sister', body: "Hi,\n\nMy sister closed her shop last year. She'd like her data removed from your systems, all of it.\n\nTom" },
  ])('reads "$subject" as erasure', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('leaves a task someone would like done a no', () => {
    const body = "Hi,\n\nHe'd like the printer on the second floor looked at, it jams again.\n\nAnn";
    expect(classifyEmail({ subject: 'ticket', body }, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a statement typed without capitals ends on its "any more", so its negation does not reach the request after it', () => {
  it.each([
    { subject: 'weg', body: 'hoi\n\nik ben geen klant meer. graag alles weg van mij, naam nummer mail alles.\n\nbram' },
    { subject: 'löschen', body: 'hallo\n\nich bin kein kunde mehr. bitte alles löschen von mir.\n\nali' },
    { subject: 'delete', body: 'hi\n\ni dont work there any more. please delete everything you have on me\n\nsam' },
  ])('reads "$subject" as erasure', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('still reads a negated request as none', () => {
    const body = 'hoi\n\nik wil niet meer dat jullie alles weghalen, laat het maar staan.\n\nbram';
    expect(classifyEmail({ subject: 'toch niet', body }, { rulesAlone: true }).rights).not.toContain('erasure');
  });
});

describe('classifyEmail: someone the sender knows got a mail of ours holding his details is a breach report', () => {
  const REPORTED: readonly { subject: string; body: string }[] = [
    { subject: 'my quote', body: 'Hello,\n\nMy neighbour received an email from you yesterday with my quote, my address and my phone number in it.\n\nTom' },
    { subject: 'mijn offerte', body: 'Hallo,\n\nMijn buurvrouw kreeg gisteren een mail van jullie met daarin mijn naam, mijn adres en mijn telefoonnummer.\n\nKees' },
    { subject: 'mijn gegevens', body: 'Hallo,\n\nEen vreemde belde mij op. Hij had van u een brief ontvangen met mijn adres en mijn telefoonnummer.\n\nKees' },
    { subject: 'mein Angebot', body: 'Hallo,\n\nmein Nachbar hat gestern von Ihnen eine E-Mail mit meiner Adresse und meiner Telefonnummer bekommen.\n\nJörg' },
    { subject: 'mon devis', body: "Bonjour,\n\nmon voisin a reçu hier de votre part un mail avec mon adresse et mon numéro de téléphone.\n\nLuc" },
  ];

  it.each(REPORTED)('reads "$subject" as a breach report', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'brief', body: 'Hallo,\n\nMijn buurman kreeg vorige week van zijn energieleverancier een brief met mijn oude adres erop. Wat vreemd.\n\nKees' },
    { subject: 'factuur', body: 'Hallo,\n\nIk kreeg gisteren een mail van jullie met mijn factuur en mijn adres. Dank u.\n\nKees' },
    { subject: 'invoice', body: 'Hello,\n\nI received an email from you with my invoice and my address. Thanks.\n\nTom' },
  ])('leaves "$subject" a no', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: the sender\'s details newly open to anyone are a breach report', () => {
  const REPORTED: readonly { subject: string; body: string }[] = [
    { subject: 'your website', body: 'Hello,\n\nSince last week anyone can now see my phone number and my home address on your reference page.\n\nTom' },
    { subject: 'portaal', body: 'Hallo,\n\nSinds gisteren staat mijn dossier in jullie portaal open. Iedereen kan nu zien waar ik woon.\n\nKees' },
    { subject: 'Webseite', body: 'Hallo,\n\nseit letzter Woche kann jeder jetzt meine Adresse und Telefonnummer auf Ihrer Seite sehen.\n\nJörg' },
    { subject: 'site', body: "Bonjour,\n\ndepuis la semaine dernière, tout le monde peut maintenant voir mon adresse sur votre site.\n\nLuc" },
  ];

  it.each(REPORTED)('reads "$subject" as a breach report', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'agenda', body: 'Hallo,\n\nKan iedereen in ons team mijn agenda zien? Dat zou handig zijn.\n\nKees' },
    { subject: 'calendar', body: 'Hi,\n\nCan everyone in the office see my calendar? I would like that for planning.\n\nTom' },
  ])('leaves "$subject" a no', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a bare "no" answering the quoted mail ends its sentence and negates nothing after it', () => {
  const QUOTED = '\n\n-----Oorspronkelijk bericht-----\nVan: Helpdesk\nOnderwerp: uw vraag\n\nIs uw vraag hiermee beantwoord?';

  it.each([
    { rights: ['access', 'erasure'], subject: 'Re: uw vraag', body: `nee hoor. ik wil eerst zien wat er over mij bewaard wordt, daarna mag het weg${QUOTED}` },
    { rights: ['access'], subject: 'Re: uw vraag', body: `nee dus. ik wil weten welke gegevens jullie van mij hebben${QUOTED}` },
    { rights: ['erasure'], subject: 'Re: Ihre Frage', body: 'nein. bitte löschen sie jetzt alle meine daten\n\n> Ist Ihre Frage damit beantwortet?' },
    { rights: ['erasure'], subject: 'Re: votre question', body: "ça ne marche pas. je veux que vous supprimiez mes données\n\n> Votre question est-elle réglée ?" },
  ])('reads "$body" as its rights', ({ rights, subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });

  it.each([
    { subject: 'Re: uw vraag', body: `nee hoor. jullie hoeven niets van mij te verwijderen${QUOTED}` },
    { subject: 'Re: uw vraag', body: `nee. ik wil niet dat jullie mijn gegevens wissen${QUOTED}` },
  ])('leaves a negation inside the request\'s own sentence a no: "$body"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: everything thrown out in everyday words is erasure, not a copy of what is held', () => {
  it.each([
    { subject: 'opgezegd', body: 'Hoi,\n\nIk ben sinds maart geen lid meer en wil gewoon dat alles van mij bij jullie weggegooid wordt.\n\nNina' },
    { subject: 'oud account', body: 'Hallo,\n\nMijn abonnement is voorbij. Ik wil graag dat al mijn gegevens er bij jullie uit gaan.\n\nWim' },
    { subject: 'done here', body: 'Hi,\n\nI cancelled last month. Please scrub me from your systems.\n\nNed' },
    { subject: 'Kontakt', body: 'Guten Tag,\n\nich bin kein Mitglied mehr. Ich möchte, dass Sie alles, was Sie über mich gespeichert haben, löschen.\n\nOtto' },
  ])('reads "$subject" as erasure alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('reads a detail named, then let go as a leave ("Mag dat eruit?"), as erasure', () => {
    const body = 'Hoi,\n\nIn jullie portaal staat nog steeds mijn privénummer. Mag dat eruit?\n\nSanne';
    expect(classifyEmail({ subject: 'nummer', body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('still reads the copy asked before the erasure: "alles, was Sie über mich haben, und löschen Sie es dann"', () => {
    const body = 'Hallo,\n\nbitte schicken Sie mir alles, was Sie über mich haben, und löschen Sie es danach.\n\nOtto';
    expect([...classifyEmail({ subject: 'Daten', body }, { rulesAlone: true }).rights].sort()).toEqual(['access', 'erasure']);
  });

  it.each([
    { subject: 'storing', body: 'Hoi,\n\nDe stroom gaat er bij ons steeds uit, kunnen jullie langskomen?\n\nPeter' },
    { subject: 'post', body: 'Hallo,\n\nOude post wordt bij ons na een jaar weggegooid, dat staat in het handboek.\n\nPeter' },
  ])('leaves "$subject" a no', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});
