import { classifyEmail } from './classifyEmail.ts';

/**
 * Requests put in a few everyday words, as from a phone, and their look-alikes: sentences written for these tests.
 */
describe('classifyEmail: surveys and tracking refused in a few words object, the newsletter stays', () => {
  const OBJECTED: readonly { subject: string; body: string }[] = [
    { subject: 'feedback', body: 'no more surveys after my repairs pls, happy to keep the mailings' },
    { subject: 'pixels', body: 'your mails have those read pixels in them. dont track me. i do still want the offers' },
    { subject: 'scores', body: 'your app builds a profile of what i buy. opt me out of that' },
    { subject: 'enquête', body: 'na elk bezoek krijg ik weer een enquête. hoef ik niet meer. verder alles prima' },
    { subject: 'volgen', body: 'jullie mails tellen wat ik open. volg me niet aub' },
    { subject: 'Befragungen', body: 'die kundenbefragungen nach jedem anruf mag ich nicht mehr. der rest passt' },
    { subject: 'tracking', body: 'bitte mich nicht mehr tracken, danke' },
    { subject: 'enquêtes', body: "plus d'enquêtes après chaque intervention svp, le reste ça va" },
    { subject: 'suivi', body: 'vos mails comptent mes clics. ne me pistez pas svp' },
  ];

  it.each(OBJECTED)('reads "$subject" as objection alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['objection']);
  });

  it.each([
    { subject: 'pakket', body: 'ik kan mijn pakket niet tracken, de link werkt niet' },
    { subject: 'survey', body: 'i got no survey after my ticket, can i still give feedback?' },
    { subject: 'étude', body: 'nous avons reçu plus de sondages que prévu pour notre étude, pouvez-vous aider à les analyser ?' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: sales calls told as coming again and again, then stopped in a few words, are left', () => {
  const LEFT: readonly { subject: string; body: string }[] = [
    { subject: 'calls', body: 'your sales guy keeps calling me at dinner. stop it please' },
    { subject: 'telefoon', body: 'die verkoper van jullie belt me telkens op mijn werk. hou ermee op' },
    { subject: 'Anrufe', body: 'ihr ruft mich ständig an wegen dem neuen Tarif, das soll aufhören' },
    { subject: 'appels', body: "votre commercial m'appelle sans arrêt pour des offres. arrêtez ça" },
  ];

  it.each(LEFT)('reads "$subject" as unsubscribe alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'support', body: "the technician keeps calling me about the ticket, that's fine, he can stop once the router works" },
    { subject: 'telefoon', body: 'mijn telefoon belt steeds uit na 5 minuten, kunnen jullie daar iets aan doen?' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a sign-up denied ("never signed up") denies no request beside it', () => {
  it.each([
    { subject: 'emails', body: 'take me off this. never signed up for any of it' },
    { subject: 'pls', body: 'stop sending me these mails i never subscribed' },
    { subject: 'mails', body: "arrêtez de m'envoyer vos mails je ne me suis jamais inscrite" },
  ])('reads "$subject" as unsubscribe alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it('finds no request where the sign-up denied is all the mail says', () => {
    expect(classifyEmail({ subject: 'login', body: 'i never signed up for the portal, how do i get access to it?' }, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: a move told, then an update asked in a few words, corrects the address', () => {
  it.each([
    { subject: 'adresse', body: 'je suis déménagée : 4 allée des Pins, 33000 Bordeaux. merci de corriger' },
    { subject: 'adres', body: 'ik ben verhuisd naar Dorpsstraat 12, 3511 AB Utrecht. graag aanpassen' },
    { subject: 'Adresse', body: 'ich bin umgezogen, jetzt Lindenweg 3, 80331 München. bitte ändern' },
    { subject: 'address', body: "i've moved house: 22 Mill Lane, Leeds LS1 4AB. please update" },
  ])('reads "$subject" as rectification alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['rectification']);
  });

  it.each([
    { subject: 'kantoor', body: 'wij zijn verhuisd naar de Kade 5. graag aanpassen in jullie systeem' },
    { subject: 'team', body: 'i moved to the finance team last week. please update my permissions on the share' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: data thrown away in everyday words is erasure', () => {
  it.each([
    { subject: 'info', body: 'bin all my info please, thanks' },
    { subject: 'account', body: "ditch my details, i'm done with you" },
    { subject: 'nummer', body: 'waarom staat mijn telefoonnummer bij jullie? wil dat eruit' },
  ])('reads "$subject" as erasure alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('finds no request in a bin to empty', () => {
    expect(classifyEmail({ subject: 'bin', body: 'the bin in our office kitchen has not been emptied for a week' }, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: what to do about a request of the sender\'s own client, asked in everyday words, is advice', () => {
  it.each([
    { subject: 'question', body: 'one of our clients wants to know what we hold about her. what do i do? go through all our mailboxes?' },
    { subject: 'vraagje', body: 'een patiënt van ons wil weten welke gegevens wij van hem bewaren. hoe pakken we dat aan?' },
    { subject: 'klant', body: 'een klant van mij wil dat ik zijn gegevens verwijder uit de boekhouding. hoe doe ik dat?' },
    { subject: 'question', body: "une de nos patientes veut que l'on efface son dossier. comment on procède ?" },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });

  it.each([
    { subject: 'mijn gegevens', body: 'ik ben een klant van jullie en wil weten welke gegevens jullie van mij hebben. moet ik iets opsturen?', right: 'access' },
    { subject: 'client', body: 'one of our clients wants her data deleted from the hosted CRM you run for us. can you do that this week?', right: 'erasure' },
  ])('still reads "$subject" as $right', ({ right, ...email }) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([right]);
  });
});

describe('classifyEmail: nothing done with the data while a dispute is sorted out, in everyday words, is restriction', () => {
  it.each([
    { subject: 'hold', body: "while we sort out the refund pls don't share my details with anyone or do anything with them. just freeze it" },
    { subject: 'factuur', body: 'er loopt een geschil over de factuur. bewaren mag, maar er voorlopig niks mee doen aub' },
    { subject: 'rekening', body: 'tot de ruzie over de rekening is opgelost mogen jullie niks met mijn gegevens doen. niet verwijderen graag' },
  ])('reads "$subject" as restriction alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['restriction']);
  });

  it.each([
    { subject: 'bestand', body: 'hier is het bestand, kunnen jullie er iets mee doen?' },
    { subject: 'ticket', body: 'while we sort out the printer issue, can you do anything with the old laptop?' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});
