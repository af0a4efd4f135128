import { classifyEmail } from './classifyEmail.ts';

/**
 * The information an access request lists under Art. 15(1)(e)-(h) names the other rights ("the existence of my rights to
 * rectification and erasure", "welke rechten ik heb", "das Bestehen der Rechte auf ...", "l'existence de mes droits de
 * ...") as information wanted, asking none of them: sentences written for these tests.
 */
describe('classifyEmail: the rights an access request lists as information are not asked', () => {
  it.each([
    {
      subject: 'My data',
      body:
        'Please send me a copy of the personal data you hold about me.\n\nI also want to be told:\n1. why you use it;\n' +
        '2. the existence of my rights to rectification, erasure and restriction and to object;\n' +
        '3. my right to lodge a complaint with the ICO;\n4. any automated decisions or profiling about me.',
    },
    {
      subject: 'Inzage',
      body:
        'Graag ontvang ik een kopie van de gegevens die u van mij bewaart, met daarbij:\n- waarvoor u ze gebruikt;\n' +
        '- welke rechten ik verder heb (correctie, verwijderen, bezwaar);\n- dat ik een klacht kan indienen bij de AP;\n- of u aan profilering doet.',
    },
    {
      subject: 'Auskunft',
      body:
        'Bitte senden Sie mir eine Kopie meiner bei Ihnen gespeicherten Daten und nennen Sie mir\n- die Zwecke;\n' +
        '- das Bestehen der Rechte auf Berichtigung, Löschung und Widerspruch;\n- das Beschwerderecht bei der Aufsichtsbehörde.',
    },
    {
      subject: 'Mes données',
      body:
        "Merci de m'envoyer une copie des données que vous détenez sur moi, avec :\n- les finalités ;\n" +
        "- l'existence de mes droits d'opposition ou de correction ;\n- le droit d'introduire une réclamation auprès de la CNIL.",
    },
  ])('reads "$subject" as access alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['access']);
  });

  it.each([
    { subject: 'Delete', body: 'I am using my right to erasure: please delete my account and everything in it.', rights: ['erasure'] },
    { subject: 'Verwijderen', body: 'Ik maak gebruik van mijn recht op verwijdering. Verwijder al mijn gegevens.', rights: ['erasure'] },
    { subject: 'Löschung', body: 'Ich mache mein Recht auf Löschung geltend und bitte Sie, meine Daten zu löschen.', rights: ['erasure'] },
    { subject: 'Effacement', body: "J'exerce mon droit à l'effacement : merci de supprimer mes données.", rights: ['erasure'] },
  ])('still reads a right invoked by its name in "$subject"', ({ subject, body, rights }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(rights);
  });

  it.each([
    { subject: 'Repair', body: 'Does the existence of a right to repair change our laptop warranty?' },
    { subject: 'Rechten', body: 'Welke rechten heb ik op de licenties als ons contract afloopt?' },
    { subject: 'Lizenz', body: 'Das Bestehen der Rechte an der Software ist im Vertrag geregelt.' },
    { subject: 'Licence', body: "L'existence de droits d'auteur sur ce logo nous inquiète un peu." },
  ])('finds no request in "$subject"', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });
});
