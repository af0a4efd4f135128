import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * An objection made earlier, by the sender or the one he writes for, recalled as the ground of a restriction asked while it is
 * weighed, and objections made now that still stand: sentences written for these tests.
 */

describe('classifyEmail: an objection made earlier is the ground of the restriction asked now', () => {
  it.each([
    'My client lodged an objection on 4 May to the use of her details for profiling. While you assess it, she asks you to restrict the processing of her data.',
    'I raised an objection in March to you using my address for your customer panel. Until you have decided, keep my data but do not use it.',
    'De heer Bakker heeft op 12 mei bezwaar gemaakt tegen het gebruik van zijn gegevens voor klantonderzoek. Zolang u dat beoordeelt, verzoekt hij u de verwerking te beperken.',
    "Mon client a formulé une opposition au profilage le 2 avril. Dans l'attente de votre décision, il demande la limitation du traitement de ses données.",
    'Meine Mandantin hat im Mai Widerspruch gegen die Nutzung ihrer Daten für Werbeanalysen eingelegt. Bis zur Entscheidung verlangt sie die Einschränkung der Verarbeitung.',
  ])('reads "%s" as the restriction alone', (body) => {
    expect(rulesRights('', body)).toEqual(['restriction']);
  });

  it.each([
    'I object to the use of my data for profiling.',
    'Ik maak bezwaar tegen het gebruik van mijn gegevens voor profilering.',
    "Je m'oppose au profilage de mes données.",
  ])('still reads the objection made now in "%s"', (body) => {
    expect(rulesRights('', body)).toEqual(['objection']);
  });

  it('still reads an objection made again after the one recalled', () => {
    const body = 'Op 3 maart heeft mijn cliënt bezwaar gemaakt tegen het gebruik van zijn gegevens voor onderzoek. Hij maakt hierbij opnieuw bezwaar tegen elke verwerking van zijn gegevens voor onderzoek.';
    expect(rulesRights('', body)).toEqual(['objection']);
  });

  it('reads a bank return of a direct debit told as past as no request', () => {
    const body = 'Mein Kunde hat gegen die doppelte Abbuchung bei seiner Bank Widerspruch eingelegt. Bitte buchen Sie nur einmal ab.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });
});
