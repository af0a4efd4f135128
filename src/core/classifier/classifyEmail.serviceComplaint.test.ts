import { classifyEmail } from './classifyEmail.ts';

/**
 * A complaint about the service, not about personal data, is no privacy complaint (corpus README), and the models may not make
 * it one; a complaint about the helpdesk that passed on the sender's data still is. Sentences written for these tests.
 */
describe('classifyEmail: a complaint about the service', () => {
  it.each([
    {
      subject: 'Complaint - fourth visit and the printer still fails',
      body: 'Hello,\n\nYour engineer has now come four times and the office printer still jams every morning. Treat this mail as my formal complaint about the service you give. Please send someone who can fix it.\n\nRegards,\nPeter',
    },
    {
      subject: 'KLACHT - al twee weken geen oplossing',
      body: 'Ik ben het echt zat. Al twee weken doet de printer op de tweede verdieping het niet en elke keer krijg ik iemand anders aan de lijn. Ticket 51120.\n\nZie dit maar als een formele klacht. Morgen wil ik hier iemand zien.\n\nGerda',
    },
  ])('reads "$subject" as no request', (email) => {
    expect(classifyEmail(email).isPrivacyRequest).toBe(false);
  });

  it('still reads a complaint about the helpdesk that passed on private details', () => {
    const result = classifyEmail({
      subject: 'Klacht over uw helpdesk',
      body: 'Geachte heer, mevrouw,\n\nIk dien een formele klacht in tegen uw helpdesk. Uw medewerker heeft mijn privémail met mijn privénummer doorgestuurd naar mijn leidinggevende.\n\nMet vriendelijke groet,\nNel',
    }, { rulesAlone: true });
    expect(result.rights).toEqual(['complaint', 'breach_report']);
  });
});
