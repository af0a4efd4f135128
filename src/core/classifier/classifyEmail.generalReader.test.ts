import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A mailing written to a general reader (a newsletter, a guide, an invitation) tells every reader about rights: it asks and
 * reports nothing. A person who names his own data, replies to such a mailing or forwards it still asks.
 */
const GENERAL_READER_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'Beste lezer' guide on complaining to the authority asks nothing",
    subject: 'Uw rechten in 5 stappen',
    body: 'Beste lezer,\n\nIn dit nummer lees je hoe je een bedrijf vraagt je gegevens te wissen en wanneer je een klacht indient bij de Autoriteit Persoonsgegevens.\n\nJe ontvangt deze mail omdat je donateur bent. Afmelden? Klik hier.',
    rights: [],
  },
  {
    rule: "English newsletter on an open CC list being a data breach reports none",
    subject: 'Privacy bulletin: spring edition',
    body: 'Dear subscribers,\n\nThis spring we look at breaches: an email sent with an open CC list can already be a data breach that has to be reported.\n\nYou are receiving this email because you signed up on our website.',
    rights: [],
  },
  {
    rule: "German invitation 'Liebe Leserinnen und Leser' on the right to be forgotten asks no erasure",
    subject: 'Einladung: Datenschutz-Frühstück',
    body: 'Liebe Leserinnen und Leser,\n\nam 4. Mai sprechen wir beim Frühstück über das Recht auf Vergessenwerden und den Auskunftsanspruch.\n\nSie erhalten diese Einladung, weil Sie unseren Newsletter abonniert haben.',
    rights: [],
  },
  {
    rule: "French 'Chers abonnés' letter on the right of access asks none",
    subject: 'La lettre du mois',
    body: "Chers abonnés,\n\nCe mois-ci : comment exercer votre droit d'accès et quand porter plainte auprès de la CNIL.\n\nVous recevez cette lettre car vous êtes inscrit à notre liste.",
    rights: [],
  },
  {
    rule: "Dutch 'Beste relatie' invitation to a privacy talk asks nothing",
    subject: 'Uitnodiging kennissessie',
    body: 'Beste relatie,\n\nOp 3 oktober praten wij over het recht op vergetelheid en het melden van datalekken. Aanmelden via onze website.',
    rights: [],
  },
  {
    rule: 'a newsletter pasted into a new mail under the sender\'s own erasure still erases',
    subject: 'Nooit aangemeld',
    body: 'Ik heb me nooit aangemeld. Verwijder al mijn gegevens.\n\nBeste lezer,\nIn deze nieuwsbrief leest u over onze nieuwe diensten.\n\nU ontvangt deze e-mail omdat u klant bent.',
    rights: ['erasure'],
  },
  {
    rule: 'a newsletter forwarded with the mailing left asked still unsubscribes',
    subject: 'Fwd: Privacy bulletin',
    body: 'Please take me off this list.\n\n---------- Forwarded message ---------\nFrom: Bulletin <news@example.org>\nSubject: Privacy bulletin\n\nDear subscribers,\n\nThis month: the right of access.\n\nYou are receiving this email because you signed up.',
    rights: ['unsubscribe'],
  },
  {
    rule: "a German notice greeting every customer, 'Sehr geehrte Kundin, sehr geehrter Kunde', that tells the right to object asks nothing",
    subject: 'Änderung unserer AGB',
    body: 'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nab dem 1. Juli gelten neue Bedingungen. Der Nutzung Ihrer Daten für Werbung können Sie jederzeit widersprechen.\n\nIhr Team der Nordlicht Versand GmbH',
    rights: [],
  },
  {
    rule: "a French notice greeting every customer, 'Chère cliente, cher client', that tells its breach and the CNIL asks nothing",
    subject: 'Information sur un incident',
    body: "Chère cliente, cher client,\n\nUn tiers a pu consulter une partie de notre fichier clients. Vous pouvez déposer une réclamation auprès de la CNIL.\n\nLe service clients de Maison Azur",
    rights: [],
  },
  {
    rule: "a Dutch notice greeting 'Geachte klant' and an English one 'Dear valued customer' ask nothing",
    subject: 'Nieuwe privacyverklaring',
    body: 'Geachte klant,\n\nPer 1 mei geldt een nieuwe privacyverklaring. Inzage in uw gegevens of bezwaar maken kan altijd.\n\nDear valued customer, the English version is attached.\n\nTeam Pixelpost',
    rights: [],
  },
  {
    rule: "a request above our own reply that greets him 'Dear customer', quoted under no Re:, stays a request",
    subject: 'newsletter',
    body: "Please take me off your newsletter list.\n\nJan\n\n-----Original Message-----\nFrom: Support\nSent: Monday\nSubject: newsletter\n\nDear customer, thank you for your message, an agent will reply soon.",
    rights: ['unsubscribe'],
  },
  {
    rule: "a Dutch sign-off above the quoted newsletter, under a subject of its own, leaves it: the mailing's 'U ontvangt deze e-mail omdat' is not his",
    subject: 'Afmelden',
    body: 'Haal mij maar van de nieuwsbrief af, dank je.\n\nKees\n\nOp vr 3 mei 2026 om 08:00 schreef Voorbeeld Nieuws <nieuws@voorbeeld.nl>:\n> Beste lezer,\n> In deze editie: onze nieuwe werkplekken.\n> U ontvangt deze e-mail omdat u klant bent.',
    rights: ['unsubscribe'],
  },
  {
    rule: "an English 'unsubscribe me' above the quoted bulletin and its 'You are getting this newsletter as' unsubscribes",
    subject: 'unsubscribe',
    body: 'Please unsubscribe me from this.\n\nOn Tue, 4 Mar 2026 at 09:00, Example News <news@example.org> wrote:\n> Dear readers,\n> This week: new laptops for small offices.\n> You are getting this newsletter as a customer of ours.',
    rights: ['unsubscribe'],
  },
  {
    rule: "a German 'melden Sie mich ab' above the quoted newsletter and its 'Sie erhalten diese E-Mail, da' unsubscribes",
    subject: 'Abmeldung',
    body: 'Bitte melden Sie mich vom Newsletter ab.\n\nAm 2. März 2026 um 10:00 schrieb Beispiel News <news@beispiel.de>:\n> Liebe Leserinnen und Leser,\n> diesmal: neue Drucker für das Büro.\n> Sie erhalten diese E-Mail, da Sie Kunde bei uns sind.',
    rights: ['unsubscribe'],
  },
  {
    rule: "a French 'désinscrivez-moi' above the quoted letter and its 'Vous recevez ce message comme' unsubscribes",
    subject: 'Désinscription',
    body: "Désinscrivez-moi de votre lettre d'information, merci.\n\nLe mar. 4 mars 2026 à 09:00, Exemple Infos <infos@exemple.fr> a écrit :\n> Chers abonnés,\n> Ce mois-ci : nos nouveaux écrans.\n> Vous recevez ce message comme client de notre boutique.",
    rights: ['unsubscribe'],
  },
  {
    rule: "a new newsletter that quotes a reader's letter below its own 'U ontvangt deze e-mail omdat' still asks nothing",
    subject: 'Lezerspost juni',
    body: 'Beste lezer,\n\nDeze maand een brief van een lezer over privacy.\n\nU ontvangt deze e-mail omdat u lid bent.\n\nOp ma 2 juni 2026 om 10:00 schreef een lezer:\n> Verwijder al mijn gegevens uit jullie ledenbestand.',
    rights: [],
  },
];

describe('classifyEmail: a mailing written to a general reader', () => {
  it.each(GENERAL_READER_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(true);
  });
});
