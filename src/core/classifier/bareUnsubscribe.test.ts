import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import { classifyEmail } from './classifyEmail.ts';

const rulesOf = (subject: string, body: string) => classifyEmail({ subject, body }, { rulesAlone: true }).rights;

describe('a bare stop above one of our mailings', () => {
  it.each([
    ['STOP above a quoted offer with its unsubscribe line', 'Re: Only today: a free network check', 'STOP\n\n> Book your free network check now.\n> Unsubscribe from these mails'],
    ['"Remove." with a phone closing line, newsletter subject', 'Re: Newsletter June', 'Remove.\n\nSent from my iPhone'],
    ['"Afmelden a.u.b." below our own newsletter name', 'RE: Quality Update juni', 'Afmelden aub\n\nVerstuurd vanaf mijn iPhone'],
    ['"Désinscription" in French', 'RE: Quality Update juin', 'Désinscription'],
    [
      '"Remove." signed with a name, above an offer whose footer says why it came',
      'RE: Free webinar: backups in 2027',
      'Remove.\n\nPiet\n\nFrom: Quality Networks Marketing <marketing@qualitynetworks.nl>\nSent: Monday\nSubject: Free webinar: backups in 2027\n\nHi Piet,\n\nJoin our webinar on backups.\n\nYou\'re receiving these mails because of your event visit. Unsubscribe | Privacy',
    ],
  ])('is unsubscribe (%s)', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual(['unsubscribe']);
  });

  it("knows our newsletter by the name the built-in organisation profile gives it", () => {
    const names = loadDefaultOrganisationProfile().newsletterNames ?? [];
    expect(names).toContain('Quality Update');
    for (const name of names) expect(rulesOf(`RE: ${name} juni`, 'Afmelden aub')).toEqual(['unsubscribe']);
  });

  it.each([
    ['a reply to a colleague', 'Re: restart the file server tonight?', 'Stop\n\n> Shall I restart the file server tonight?'],
    ['not a reply, under a subject that names no mailing', 'Planning June', 'Stop'],
    ['more words of his own', 'Re: Newsletter June', 'Stop, the printer on the second floor is jammed again'],
    ['a question below the name line', 'Re: Newsletter June', 'Remove.\n\nPiet\nAnd why do you have my address?'],
  ])('is nothing when the mail is %s', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual([]);
  });
});

describe('more than a bare stop above one of our mailings', () => {
  it.each([
    ['"remove me" and a reason', 'Re: Newsletter June', 'Please remove me. I never asked for these mails.\n\n> Read our June newsletter online.\n> Unsubscribe from these mails'],
    ['"verwijder mij" in Dutch', 'RE: Quality Update juni', 'Verwijder mij maar, ik heb hier nooit om gevraagd.'],
  ])('is unsubscribe when the sender removes himself and names nothing else (%s)', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual(['unsubscribe']);
  });

  it('is an unsubscribe beside the erasure when a sentence of its own is a bare stop word', () => {
    const result = classifyEmail({ subject: 'AW: Newsletter Juni', body: 'Abmelden. Löschen Sie bitte auch alle Daten, die Sie über mich gespeichert haben.' }, { rulesAlone: true });
    expect(result.rights).toEqual(['erasure', 'unsubscribe']);
    expect(result.evidence.filter((item) => item.right === 'unsubscribe').map((item) => item.text)).toEqual(['Abmelden']);
  });

  it.each([
    ['the data named to remove', 'Re: Newsletter June', 'Please remove me and all my personal data from your systems.'],
    ['a reply to a colleague', 'Re: team page photos', 'Please remove me from the photo on the team page. Thanks'],
    ['not a reply', 'Newsletter June', 'Stop. And delete my personal data please.'],
  ])('stays erasure when the reply asks more, or answers no mailing (%s)', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual(['erasure']);
  });
});

describe('a new mail whose subject is the whole request', () => {
  it.each([
    ['"Abmelden" over an empty body', 'Abmelden', ''],
    ['shouted, with exclamation marks', 'UITSCHRIJVEN!!!', ' '],
    ['"Stop please" over the same word', 'Stop please', 'STOP'],
    ['French, over a courtesy', 'Désinscription', 'merci'],
  ])('is unsubscribe (%s)', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual(['unsubscribe']);
  });

  it.each([
    ['the body names what to leave', 'Abmelden', 'Ich melde mich vom Yogakurs am Dienstag ab, ich bin krank.'],
    ['the subject says more', 'Stop the backup job', ''],
    ['it is a forward', 'Fwd: stop', ''],
    ['it is a reply to a colleague', 'Re: stop', ''],
  ])('is nothing when %s', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual([]);
  });
});
