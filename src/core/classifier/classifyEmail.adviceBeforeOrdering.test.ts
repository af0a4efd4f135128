import { classifyEmail } from './classifyEmail.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Advice on a request made to the sender's firm, asked before anything is ordered of us: "comment procéder", "seulement un
 * conseil", "bevor wir etwas beauftragen", an ask of us denied ("Nous ne vous demandons pas ..."), the requester told in the
 * third person with where he worked between. Sentences written for these tests.
 */

describe('classifyEmail: advice on a request made to the sender, asked before anything is ordered of us, asks nothing', () => {
  it.each([
    ['Accès demandé par une patiente', "Une de nos patientes nous demande l'accès à son dossier. Comment procéder ? Nous ne vous demandons pas d'intervenir, seulement un conseil."],
    [
      'Auskunft',
      'Ein früherer Angestellter unserer Niederlassung in Leer fordert eine Datenauskunft. Können Sie uns vielleicht grob sagen, ob sich Postfächer danach durchsuchen lassen? Bevor wir etwas beauftragen, wollen wir das verstehen.',
    ],
  ])('reads no request in "%s"', (subject, body) => {
    const rules = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(rules.isPrivacyRequest).toBe(false);
    expect(rules.needsReview).toBe(true);
  });

  it.each([
    ['Inzage oud-medewerker', 'Een medewerker die vorige maand is gestopt vraagt nu om inzage in al zijn gegevens. Hoe lang hebben we daarvoor?'],
    ['Inzageverzoek debiteur', 'Een debiteur van ons wil weten wat we allemaal over hem bijhouden en vraagt om inzage. Moeten wij de gespreksopnames ook meesturen?'],
    ['Auskunftsantrag', 'Ein Mitarbeiter unseres Lagers hat Auskunft nach Art. 15 beantragt. Wie lange haben wir dafür Zeit?'],
  ])('reads no request in "%s", whose requester is told by what he did or where he works', (subject, body) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it.each([
    ['Auskunft eines Mitglieds', 'Ein Mitglied unseres Chors verlangt Auskunft zu allem, was wir über ihn speichern. Wie beantworten wir das? Welche Frist gilt dafür?'],
    ['Inzage klant', 'Een klant van ons eist inzage in zijn dossier. Moeten we daar nu meteen op reageren, en binnen welke termijn?'],
  ])('reads no request in "%s", which asks how to answer and by when', (subject, body) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('still reads the request of a former employee writing for himself', () => {
    expect(rulesRights('Auskunft', 'Ich bin ein ehemaliger Mitarbeiter Ihrer Firma und verlange gemäß Art. 15 DSGVO Auskunft zu meinen Daten.')).toEqual(['access']);
  });

  it('still reads a request passed on where the sender asks us to do the work', () => {
    const body = 'Ein ehemaliger Mitarbeiter unseres Lagers in Emden verlangt Auskunft nach Art. 15. Können Sie bitte alle seine E-Mails exportieren und uns schicken?';
    expect(rulesRights('Auskunft', body)).toEqual(['access']);
  });
});
