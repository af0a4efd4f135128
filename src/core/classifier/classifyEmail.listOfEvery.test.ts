import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A list of every single item of the data held on the sender is a copy asked, beside a mailing left too; a list of every
 * user or employee of the firm is none. Sentences written for these tests.
 */

describe('classifyEmail: a list of every item of my data asks access', () => {
  it.each([
    ['Take me off your mailing list. I also want a list of every piece of information you hold on me.', ['access', 'unsubscribe']],
    ['Ik wil een lijst van elk gegeven dat jullie over mij hebben.', ['access']],
    ['Je veux la liste de chaque donnée que vous avez sur moi.', ['access']],
  ])('reads "%s" as access', (body, rights) => {
    expect([...rulesRights('', body)].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Please send a list of every user and the licence they have.',
    'Kunnen jullie een lijst sturen van elke medewerker met zijn rechten?',
  ])('reads no copy asked in "%s"', (body) => {
    expect(rulesRights('', body)).not.toContain('access');
  });
});
