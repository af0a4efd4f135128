import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Words of a right that the sender does not ask: our own question told back and answered no, a departed colleague taken off the
 * firm's invoice mail, and a customer's question on a request made to his own firm, passed on by a colleague as advice asked.
 * A no that goes on to ask still asks.
 */
const CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch: 'U vroeg of ... : nee'",
    subject: 'Re: uw sollicitatie',
    body: 'Jammer dat het niets werd. U vroeg of wij mijn cv moeten wissen: nee, bewaar het maar gerust voor een volgende vacature.',
    rights: [],
  },
  {
    rule: "English: 'You asked if ... : no'",
    subject: 'Re: your application',
    body: 'Thanks for letting me know. You asked if you should remove my profile: no, please keep it on file for next year.',
    rights: [],
  },
  {
    rule: "German: 'Sie fragten, ob ... : nein'",
    subject: 'AW: Ihre Bewerbung',
    body: 'Danke für die Rückmeldung. Sie fragten, ob Sie meine Daten löschen sollen: nein, das ist nicht nötig.',
    rights: [],
  },
  {
    rule: "French: 'Vous m'avez demandé si ... : non'",
    subject: 'RE: votre candidature',
    body: "Merci pour votre retour. Vous m'avez demandé si vous deviez effacer mon dossier : non, gardez-le pour un autre poste.",
    rights: [],
  },
  {
    rule: 'Dutch: a no that asks on still asks the erasure',
    subject: 'Re: uw sollicitatie',
    body: 'U vroeg of wij mijn gegevens moeten bewaren: nee, verwijder alles maar.',
    rights: ['erasure'],
  },
  {
    rule: 'Dutch: a departed colleague taken off the invoice mail',
    subject: 'Facturen',
    body: 'Pieter de Wit is uit dienst. Graag hem uit de factuurverzending halen; stuur alles voortaan naar administratie@ons-bedrijf.nl.',
    rights: [],
  },
  {
    rule: 'French: a customer asks how to answer a request made to his firm, passed on by a colleague',
    subject: 'TR: conseil',
    body: [
      "Demande de conseil d'un client, il ne nous demande rien d'autre. Qui répond ?",
      '',
      'Julie',
      '',
      'De : Marc Durand <marc@durand-imprimerie.be>',
      'Objet : conseil',
      '',
      "Bonjour, une ex-collaboratrice réclame chez nous l'accès à ses données personnelles ; quel est notre délai de réponse ?",
    ].join('\n'),
    rights: [],
  },
];

/** Terse requests: a bare stop under a subject naming our newsletter, a matter raised with the authority, a caller's source named. */
const TERSE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  { rule: "Dutch: 'Nieuwsbrief' above a bare 'stop'", subject: 'Uw nieuwsbrief', body: 'stop', rights: ['unsubscribe'] },
  { rule: "English: 'Newsletter' above a bare 'stop pls'", subject: 'your newsletter', body: 'stop pls', rights: ['unsubscribe'] },
  { rule: "Dutch: a question about the newsletter is no stop", subject: 'Nieuwsbrief', body: 'Wanneer komt de volgende?', rights: [] },
  {
    rule: "English: 'raised ... with the data protection authority'",
    subject: 'No answer',
    body: 'Three weeks on, nothing. Today it was raised by me with the data protection authority.',
    rights: ['complaint'],
  },
  {
    rule: "English: a question 'raised with' our helpdesk is no complaint",
    subject: 'Ticket',
    body: 'I raised the printer problem with your helpdesk last week.',
    rights: [],
  },
  {
    rule: "Dutch: a birth date that 'moet ... zijn', the detail named in the subject",
    subject: 'geboortedatum',
    body: 'Bij jullie staat mijn geboortedatum op 3 juli 1990, maar dat moet 7 maart 1990 zijn.',
    rights: ['rectification'],
  },
  {
    rule: "Dutch: my number that 'eindigt op' other digits",
    subject: 'telefoon',
    body: 'mijn mobiele nummer eindigt op 41 en niet op 14',
    rights: ['rectification'],
  },
  {
    rule: "French: my name that 's'écrit' otherwise",
    subject: 'Nom',
    body: "Mon nom s'écrit Dubois-Lefort, avec un trait d'union.",
    rights: ['rectification'],
  },
  {
    rule: "German: 'richtig ist' my surname",
    subject: 'Nachname',
    body: 'Richtig ist mein Nachname Maier, mit ai geschrieben.',
    rights: ['rectification'],
  },
  {
    rule: "Dutch: a caller who says he has the private number from us, and a complaint about it",
    subject: 'Verkoper aan de lijn',
    body: 'Een energieverkoper belde me; hij zei dat privénummer via u te hebben. Daarover dien ik een klacht in.',
    rights: ['complaint', 'breach_report'],
  },
];

describe('classifyEmail: terse requests', () => {
  it.each(TERSE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

describe('classifyEmail: words of a right the sender does not ask', () => {
  it.each(CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
