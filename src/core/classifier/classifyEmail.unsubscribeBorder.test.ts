import { classifyEmail } from './classifyEmail.ts';

/**
 * Where unsubscribe borders on the other rights and on ordinary mail (corpus README: a mailing or direct marketing left is
 * unsubscribe; surveys or profiling stopped while the newsletter stays is objection). Sentences written for these tests.
 */
describe('classifyEmail: surveys sent no more are objected to, no mailing left', () => {
  const OBJECTED: readonly { subject: string; body: string }[] = [
    { subject: 'surveys', body: 'Hi,\n\nPlease stop sending me surveys after every call. The maintenance mails are useful, keep those.\n\nNina' },
    { subject: 'enquêtes', body: 'Hallo,\n\nNa elke storing krijg ik een enquête. Daar wil ik niet meer aan meedoen.\n\nGroet, Kees' },
    { subject: 'vragenlijsten', body: 'Hoi,\n\nDe facturen zijn prima, maar die vragenlijsten mogen voor mij stoppen.\n\nAnouk' },
    { subject: 'Umfragen', body: 'Hallo,\n\nIhren Newsletter lese ich gern. Diese Kundenumfragen möchte ich aber nicht mehr bekommen.\n\nUwe' },
    { subject: 'Umfrage', body: 'Guten Tag,\n\nnach jedem Termin kommt eine Umfrage. Ich möchte sie nicht mehr bekommen.\n\nPia' },
    { subject: 'sondages', body: "Bonjour,\n\nAprès chaque intervention je reçois un sondage. Je ne veux plus les recevoir.\n\nLéa" },
    { subject: 'satisfaction', body: "Bonjour,\n\nmerci de ne plus m'envoyer vos sondages de satisfaction.\n\nPaul" },
  ];

  it.each(OBJECTED)('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it('leaves the newsletter named beside the surveys', () => {
    const email = { subject: 'mails', body: 'Hi,\n\nPlease stop sending me your newsletter and the surveys.\n\nNina' };
    expect(classifyEmail(email, { rulesAlone: true }).rights).toContain('unsubscribe');
  });

  it.each([
    { subject: 'enquête', body: 'Hoi,\n\nWe hebben een enquête gemaakt voor onze klanten. Die wil niet meer opslaan, kunnen jullie kijken?\n\nRob' },
    { subject: 'Umfrage', body: 'Hallo,\n\nwir haben eine Umfrage an unsere Mitarbeiter geschickt. Leider bekommen wir keine Antworten mehr.\n\nJan' },
    { subject: 'sondage', body: "Bonjour,\n\nnotre sondage interne ne s'affiche plus. Pouvez-vous regarder ?\n\nLuc" },
    { subject: 'survey link', body: "Hi,\n\nThe survey link in your last mail doesn't work. I wanted to fill it in.\n\nTom" },
    { subject: 'enquête', body: 'Hoi,\n\nIk kreeg geen enquête na mijn ticket, terwijl ik graag mijn mening wil geven.\n\nEls' },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: the mailing itself welcome beside surveys or tracking stopped is no mailing left', () => {
  it.each([
    { subject: 'storingen', body: 'Hallo,\n\nKunnen jullie die tevredenheidsmails na elke storing uitzetten? De nieuwsbrief zelf is prima.\n\nWillem' },
    { subject: 'klikken', body: 'Hoi,\n\nIk wil niet dat jullie bijhouden waarop ik klik. Zet dat voor mij uit, de nieuwsbrief zelf is prima.\n\nFenna' },
    { subject: 'feedback', body: 'Hi,\n\nPlease stop the feedback emails after every visit. The newsletter is fine.\n\nOwen' },
    { subject: 'Anrufe', body: 'Hallo,\n\nnach jedem Anruf kommt eine Umfrage. Das möchte ich nicht mehr. Der Newsletter darf bleiben.\n\nBirgit' },
    { subject: 'satisfaction', body: "Bonjour,\n\nMerci d'arrêter les mails de satisfaction après chaque intervention, la newsletter me convient.\n\nHélène" },
  ])('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it.each([
    { subject: 'nieuwsbrief', body: 'Hallo,\n\nZet me uit de nieuwsbrief.\n\nJoost' },
    { subject: 'mails', body: 'Hi,\n\nPlease stop sending me your newsletter and the feedback emails.\n\nOwen' },
  ])('still leaves the mailing in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toContain('unsubscribe');
  });

  it.each([
    { subject: 'Newsletter', body: 'Hallo,\n\nder Newsletter darf bleiben, wie er ist: sehr gute Artikel!\n\nBirgit' },
    { subject: 'newsletter', body: 'Hi,\n\nThe newsletter is fine, but the link to the webinar page gives an error.\n\nOwen' },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a questionnaire the sender gets is a survey; a supplier questionnaire to fill in asks nothing', () => {
  it.each([
    { subject: 'questionnaire', body: "Bonjour,\n\nAprès chaque réparation, vous m'envoyez un questionnaire de satisfaction. Je n'en veux plus.\n\nMarc" },
    { subject: 'questionnaires', body: 'Bonjour,\n\nJe reçois un questionnaire après chaque appel au support. Je ne veux plus les recevoir, merci.\n\nAnne' },
    { subject: 'questionnaire', body: "Hi,\n\nAfter each visit you send me a questionnaire. I don't want to get them anymore.\n\nKim" },
  ])('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it.each([
    { subject: 'audit', body: "Bonjour,\n\nDans le cadre de notre audit, merci de compléter le questionnaire ci-joint avant le 30 avril. Il porte aussi sur vos délais pour les demandes d'effacement.\n\nSophie" },
    { subject: 'vendor', body: 'Hi,\n\nPlease fill in the attached vendor questionnaire by Friday. Section D asks how you delete customer data on request.\n\nTom' },
    { subject: 'routeur', body: "Bonjour,\n\nLe routeur que vous m'avez installé fait un bruit terrible. Je n'en veux plus, pouvez-vous le reprendre ?\n\nPaul" },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a mailing still received, then its end asked by pointing back or for the person it reaches, is left', () => {
  const LEFT: readonly { subject: string; body: string }[] = [
    { subject: 'mijn vader', body: 'Geachte heer, mevrouw,\n\nMijn vader is in maart overleden. Hij ontvangt nog steeds uw nieuwsbrief. Wilt u die stopzetten?\n\nEllen de Vries' },
    { subject: 'oma', body: 'Hallo,\n\nMijn oma krijgt nog steeds jullie reclame. Kunt u haar overal afhalen?\n\nSanne' },
    { subject: 'father', body: 'Hello,\n\nMy father still gets your newsletter every week, he is 91. Could you stop it please?\n\nDavid' },
    { subject: 'Mutter', body: 'Guten Tag,\n\nmeine Mutter bekommt immer noch Ihre Werbemails. Bitte schicken Sie ihr nichts mehr.\n\nKlaus' },
    { subject: 'mon père', body: "Bonjour,\n\nmon père reçoit toujours vos mails publicitaires. Pourriez-vous arrêter de lui envoyer ces mails ?\n\nMarie" },
  ];

  it.each(LEFT)('reads "$subject" as unsubscribe', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'mailchimp', body: 'Hi,\n\nWe send a newsletter to our customers via Mailchimp. Since yesterday it sends every mail twice. Can you stop it?\n\nTom' },
    { subject: 'Versand', body: 'Hallo,\n\nunser Newsletter-Versand hängt seit heute Morgen. Können Sie das stoppen und neu starten?\n\nJan' },
    { subject: 'envoi', body: 'Bonjour,\n\nnotre newsletter part deux fois. Pouvez-vous les arrêter avant 17h ?\n\nLuc' },
    { subject: 'facturen', body: 'Hoi,\n\nMijn moeder krijgt de facturen nog op papier. Stuur haar niets meer per post, alles mag per mail.\n\nEls' },
    { subject: 'link', body: 'Hi,\n\nI still get your newsletter but the webinar link is broken. Can you stop it from redirecting to the old page?\n\nAmy' },
  ])('finds no unsubscribe in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).not.toContain('unsubscribe');
  });
});

describe('classifyEmail: a sales sequence and its follow-ups are a mailing to leave', () => {
  it.each([
    { subject: 'Re: quick question', body: 'Hi,\n\nPlease take me out of your sales sequence. Five emails in a week is too many.\n\nJoe' },
    { subject: 'Re: following up', body: 'Hello,\n\nPlease stop the follow-up calls and emails, we are not interested.\n\nRita' },
    { subject: 'Re: even checken', body: 'Hoi,\n\nHaal me uit jullie verkoopreeks, ik heb geen interesse.\n\nBas' },
    { subject: 'AW: kurze Frage', body: 'Hallo,\n\nnehmen Sie mich bitte aus Ihrer Vertriebssequenz.\n\nTim' },
    { subject: 'RE: petite question', body: 'Bonjour,\n\nretirez-moi de votre séquence commerciale, merci.\n\nAnne' },
  ])('reads "$subject" as unsubscribe', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'printer', body: 'Hoi,\n\nIk heb de follow-up van ticket 4411 gelezen, de printer werkt weer.\n\nEls' },
    { subject: 'backup mails', body: 'Hi,\n\nThe follow-up emails from the backup job stopped arriving last week. Can you check?\n\nTom' },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a subscription to a mailing cancelled as a contract is', () => {
  it.each([
    { subject: 'nieuwsbrief', body: 'Hallo,\n\nIk wil graag mijn abonnement op de nieuwsbrief opzeggen.\n\nGroet, Wim' },
    { subject: 'opzegging', body: 'Beste,\n\nBij deze de opzegging van de nieuwsbrief, ik lees hem nooit.\n\nAnja' },
    { subject: 'newsletter', body: 'Hi,\n\nCould you cancel my subscription to the newsletter? Thanks.\n\nKate' },
    { subject: 'subscription', body: 'Hello,\n\nplease cancel my newsletter subscription.\n\nRaj' },
    { subject: 'Newsletter', body: 'Guten Tag,\n\nhiermit kündige ich den Newsletter.\n\nMfG Ute' },
    { subject: 'Abo', body: 'Hallo,\n\nich möchte mein Newsletterabo kündigen.\n\nOlaf' },
    { subject: 'infolettre', body: "Bonjour,\n\nje souhaite résilier mon inscription à l'infolettre.\n\nMarc" },
  ])('reads "$subject" as unsubscribe', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'contract', body: 'Hoi,\n\nIk wil mijn supportcontract opzeggen, de nieuwsbrief lees ik graag verder.\n\nWim' },
    { subject: 'campaign', body: 'Hi,\n\nPlease cancel the newsletter scheduled for tonight, the prices in it are wrong.\n\nKate' },
    { subject: 'Vertrag', body: 'Hallo,\n\nich möchte den Wartungsvertrag kündigen. Den Newsletter behalte ich.\n\nOlaf' },
    { subject: 'envoi', body: "Bonjour,\n\npouvez-vous annuler la newsletter de ce soir ? Elle contient une erreur.\n\nMarc" },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe("classifyEmail: the sender's own newsletter, sent with a tool we set up, is no mailing of ours to leave", () => {
  it.each([
    { subject: 'Onze nieuwsbrief', body: 'Hoi,\n\nIn onze nieuwsbrief werkt de afmeldlink niet meer sinds de verhuizing van het domein. Kunnen jullie kijken?\n\nRob' },
    { subject: 'our own newsletter', body: "Hi,\n\nOur own newsletter's unsubscribe link goes to an error page since the DNS change. Could you have a look?\n\nTom" },
    { subject: 'Unser Newsletter', body: 'Hallo,\n\nin unserem eigenen Newsletter führt der Abmeldelink ins Leere. Können Sie das prüfen?\n\nJan' },
    { subject: 'infolettre : lien cassé', body: "Bonjour,\n\nLe lien de désinscription de notre propre infolettre ne marche plus. Pouvez-vous regarder ?\n\nLuc" },
    { subject: 'unsubscribe link', body: 'Hi,\n\nThe unsubscribe link in our newsletter gives a 404 since Monday. Can you check the DNS?\n\nMia' },
    { subject: 'Unsere Newsletter – Abmeldelink', body: 'Hallo,\n\nder Abmeldelink funktioniert seit dem Umzug nicht. Können Sie nachsehen?\n\nJan' },
    { subject: 'Notre infolettre – liens de désinscription', body: 'Bonjour,\n\nLes liens ne marchent plus depuis lundi. Pouvez-vous vérifier ?\n\nLuc' },
    { subject: 'Onze nieuwsbrief: afmeldlink', body: 'Hoi,\n\nDe afmeldlink geeft een foutmelding sinds de verhuizing. Kunnen jullie kijken?\n\nRob' },
  ])('finds no right in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });

  it.each([
    { subject: 'newsletter', body: 'Hello,\n\nPlease cancel our newsletter subscription, we no longer want your mailings at this address.\n\nTom' },
    { subject: 'nieuwsbrief', body: 'Hallo,\n\nWilt u ons afmelden voor uw nieuwsbrief? Onze nieuwsbrief gaat naar dezelfde klanten, de uwe lezen we niet.\n\nRob' },
  ])('still leaves ours in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toContain('unsubscribe');
  });
});
