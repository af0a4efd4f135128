import type { RightLabel } from '../rights/rightLabel.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A breach notified to the authority, or to be notified, by the firm it happened at is that firm's duty told, no complaint; a
 * complaint to the authority about how we handle the sender's data stays one. Sentences of our own.
 */
const BREACH_NOTIFIED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'we hebben het incident zelf bij de AP gemeld' tells the firm's notification",
    subject: 'Re: incident vorige week',
    body: 'Hoi,\n\nBedankt voor de uitleg. We hebben het incident zelf bij de AP gemeld, jullie hoeven verder niets te doen.\n\nIngrid',
    rights: [],
  },
  {
    rule: "Dutch 'Dat hebben we zelf bij de AP gemeld' tells the firm's notification however far the authority sits",
    subject: 'lek bij onze leverancier',
    body: 'Hoi,\n\nBij onze drukker zijn klantadressen op straat komen te liggen. Dat hebben we op hun advies zelf bij de AP gemeld. Kunnen jullie onze wachtwoorden eens nalopen?\n\nMirjam',
    rights: [],
  },
  {
    rule: "English 'we reported it to the ICO ourselves' tells the firm's notification",
    subject: 'incident at our supplier',
    body: 'Hi,\n\nOur print shop lost a box of customer forms. We reported it to the ICO ourselves last night. Could you check our backups are fine?\n\nOwen',
    rights: [],
  },
  {
    rule: "Dutch 'een datalek moet binnen 72 uur bij de AP gemeld worden' informs",
    subject: 'vraagje',
    body: 'Hallo,\n\nOnze boekhouder zegt dat je een datalek binnen 72 uur moet melden bij de AP. Geldt dat ook voor een zoekgeraakte map met alleen facturen van bedrijven?\n\nBart',
    rights: [],
  },
  {
    rule: "English 'the breach was reported to the ICO' tells the firm's notification",
    subject: 'Update on our incident',
    body: 'Hi,\n\nJust so you know, the breach at our front desk was reported to the ICO yesterday by our office manager. Nothing else is needed.\n\nTess',
    rights: [],
  },
  {
    rule: "German 'wir haben die Datenpanne der Behörde gemeldet' tells the firm's notification",
    subject: 'Vorfall',
    body: 'Hallo,\n\nwir haben die Datenpanne vom Montag inzwischen dem Landesdatenschutzbeauftragten gemeldet. Danke für die schnelle Hilfe.\n\nUlrike',
    rights: [],
  },
  {
    rule: "French 'nous avons informé la CNIL' tells the firm's notification",
    subject: 'Suite incident',
    body: "Bonjour,\n\nSuite à la fuite de la semaine dernière, nous avons informé la CNIL comme prévu. Merci pour votre aide.\n\nNadia",
    rights: [],
  },
  {
    rule: "a Dutch complaint to the authority about our handling stays a complaint",
    subject: 'klacht',
    body: 'Geachte heer, mevrouw,\n\nIk heb al drie keer om verwijdering gevraagd en nooit antwoord gekregen. Ik heb dit vandaag gemeld bij de Autoriteit Persoonsgegevens.\n\nK. Smit',
    rights: ['complaint'],
  },
  {
    rule: "an English complaint lodged with the ICO stays a complaint",
    subject: 'Complaint',
    body: 'Hello,\n\nYou ignored my access request for two months, so I have lodged a complaint with the ICO.\n\nR. Hale',
    rights: ['complaint'],
  },
];

describe('classifyEmail: a breach notified to the authority by the firm it happened at', () => {
  it.each(BREACH_NOTIFIED_CASES)('$rule', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
