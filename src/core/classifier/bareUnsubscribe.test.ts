import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import { classifyEmail } from './classifyEmail.ts';

const rulesOf = (subject: string, body: string) => classifyEmail({ subject, body }, { rulesAlone: true }).rights;

describe('a bare stop above one of our mailings', () => {
  it.each([
    ['STOP above a quoted offer with its unsubscribe line', 'Re: Only today: a free network check', 'STOP\n\n> Book your free network check now.\n> Unsubscribe from these mails'],
    ['"Remove." with a phone closing line, newsletter subject', 'Re: Newsletter June', 'Remove.\n\nSent from my iPhone'],
    ['"Afmelden a.u.b." below our own newsletter name', 'RE: Quality Update juni', 'Afmelden aub\n\nVerstuurd vanaf mijn iPhone'],
    ['"Désinscription" in French', 'RE: Quality Update juin', 'Désinscription'],
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
    ['not a reply', 'Newsletter June', 'Stop'],
    ['more words of his own', 'Re: Newsletter June', 'Stop, the printer on the second floor is jammed again'],
  ])('is nothing when the mail is %s', (_title, subject, body) => {
    expect(rulesOf(subject, body)).toEqual([]);
  });
});
