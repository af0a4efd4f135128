import { rulesRights } from './rulesRights.test-support.ts';

/**
 * An objection made earlier and held to now, by the sender or for his client, objects still: sentences written for these tests.
 * An objection held to in another matter (a rent increase, a tax assessment) asks nothing of us.
 */

describe('classifyEmail: an objection held to is the objection', () => {
  it.each([
    { subject: 'enquêtes', body: 'Vorige maand maakte ik bezwaar tegen jullie enquêtes. Jullie antwoord overtuigt me niet: ik handhaaf mijn bezwaar.' },
    { subject: 'bezwaar', body: 'Cliënte blijft bij haar bezwaar tegen de scoring.' },
    { subject: 'profiling', body: 'I objected to the call analysis in May. I maintain my objection.' },
    { subject: 'profiling', body: 'Your answer changes nothing. I stand by my objection.' },
    { subject: 'Widerspruch', body: 'Ich habe im Mai widersprochen. Ich halte meinen Widerspruch aufrecht.' },
    { subject: 'Widerspruch', body: 'Meine Mandantin bleibt bei ihrem Widerspruch.' },
    { subject: 'Opposition', body: "J'ai formulé une opposition en mai. Je maintiens mon opposition." },
  ])('reads "$body" as objection', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['objection']);
  });

  it('reads an objection held beside a complaint lodged with us as both', () => {
    expect(rulesRights('klacht', 'Op mijn bezwaar kwam na zes weken nog steeds niets, dus ik dien een klacht in. Ik handhaaf mijn bezwaar tegen de enquêtes.')).toEqual(['complaint', 'objection']);
  });

  it.each([
    { subject: 'rent', body: 'The tenant maintains his objection to the rent increase.' },
    { subject: 'aanslag', body: 'Wij handhaven ons bezwaar tegen de aanslag van de gemeente. Kunnen jullie de factuur splitsen?' },
  ])('asks nothing in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });
});
