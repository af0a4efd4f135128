import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A stranger who gets what was meant for the sender (his reset codes, his voicemails, his password mails) tells of his data
 * reaching the wrong person: a breach report, in plain words. A new colleague given codes on purpose, a stranger who only rang,
 * and codes that stopped arriving tell of none. Sentences written for these tests.
 */

describe('classifyEmail: a stranger who gets what was meant for the sender', () => {
  it.each([
    { subject: 'codes', body: 'Hello,\n\nA stranger has been getting the password reset codes for my office login on his phone since last week.\n\nJoan' },
    { subject: 'sms', body: 'Hoi,\n\nIemand anders krijgt mijn inlogcodes per sms, het oude nummer staat nog bij jullie.\n\nGroet, Lotte' },
    { subject: 'voicemail', body: 'Hallo,\n\nEen onbekende ontvangt al weken mijn voicemails in zijn mailbox, ook die van mijn huisarts.\n\nSandra' },
    { subject: 'Passwort', body: 'Hallo,\n\nein Fremder bekommt seit einer Woche meine Passwort-Mails an seine private Adresse.\n\nLukas' },
    { subject: 'codes', body: 'Bonjour,\n\nun inconnu reçoit mes codes de réinitialisation par SMS depuis plusieurs jours.\n\nClaire' },
  ])('reads a breach report in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toContain('breach_report');
  });

  it.each([
    { subject: 'question', body: 'Hi,\n\nCould a stranger receive my reset codes if I change my mobile number? Just checking before I switch.\n\nTim' },
    { subject: '2FA', body: 'Hello,\n\nOur new office manager receives the login codes for the shared admin account from now on. Please set her number as the recovery phone.\n\nBram' },
    { subject: 'onbekende beller', body: 'Hoi,\n\nEen onbekende belde vanochtend namens jullie over een gratis netwerkscan. Is dat echt iemand van jullie?\n\nGroet, Ilse' },
    { subject: 'Codes', body: 'Guten Tag,\n\nunser Praktikant bekommt ab Montag eigene Zugangsdaten. Bitte legen Sie ein Konto an.\n\nGrüße\nTom' },
    { subject: 'codes', body: 'Bonjour,\n\nje ne reçois plus les codes de vérification par SMS depuis hier. Pouvez-vous vérifier ?\n\nMarc' },
  ])('reads no breach report in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).not.toContain('breach_report');
  });
});
