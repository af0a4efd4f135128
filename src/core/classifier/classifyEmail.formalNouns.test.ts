import { classifyEmail } from './classifyEmail.ts';

/**
 * Rights asked by their noun, as lawyers, authorities and formal writers list them under a demand: sentences written for
 * these tests.
 */
describe('classifyEmail: a right asked by its noun in a formal letter is that right', () => {
  const ASKED: readonly { subject: string; body: string; rights: readonly string[] }[] = [
    {
      subject: 'Demande de notre cliente',
      body: 'Maître, au nom de ma cliente, je sollicite la communication de toutes les informations la concernant détenues par votre société.',
      rights: ['access'],
    },
    { subject: 'Droits', body: 'Ma mandante demande la communication de ses données personnelles ainsi que leur origine.', rights: ['access'] },
    {
      subject: 'Our client',
      body: 'On behalf of our client we seek disclosure of all personal data relating to him held in your systems.',
      rights: ['access'],
    },
    { subject: 'birth date', body: 'I ask for the correction of my date of birth: it is 4 June 1979.', rights: ['rectification'] },
    { subject: 'Mandant', body: 'Namens unseres Mandanten fordern wir die Löschung seiner Daten bei Ihnen.', rights: ['erasure'] },
    {
      subject: 'Former employee',
      body: 'Acting for our client, we request that you provide his mailbox contents in a structured, machine-readable format.',
      rights: ['access', 'portability'],
    },
    {
      subject: 'Notre client',
      body: "Mon client sollicite :\n- une copie de ses données ;\n- l'effacement de ses données ensuite.",
      rights: ['access', 'erasure'],
    },
  ];

  it.each(ASKED)('reads "$subject" as $rights', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });

  it.each([
    { subject: 'tarifs', body: 'Veuillez trouver ci-joint la communication de notre nouvelle politique tarifaire.' },
    { subject: 'invoice', body: 'Please find the correction of the invoice amount attached.' },
    { subject: 'devis', body: 'Nous sollicitons un devis pour la migration de nos serveurs.' },
    { subject: 'Rechnung', body: 'Wir fordern Sie auf, die Rechnung bis Freitag zu korrigieren.' },
    { subject: 'report', body: 'The disclosure of the annual report is due next month.' },
    { subject: 'quote', body: 'We request that you send us a quote for two new laptops.' },
    { subject: 'Zahlungsfrist', body: 'Wir beantragen eine Verlängerung der Zahlungsfrist für die Rechnung 2026-114.' },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});
