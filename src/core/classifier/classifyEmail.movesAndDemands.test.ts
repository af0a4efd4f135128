import { classifyEmail } from './classifyEmail.ts';
import { expectDoubtedNo, rulesRights } from './rulesRights.test-support.ts';

/**
 * Readings written for these tests: an old address no longer to be used after a move; a bailiff's demand for a debtor's
 * details under a judgment; advice on a request a former pupil made of the sender's school, with an aside between; another
 * firm's invoice received by mistake; a bill disputed.
 */

describe('classifyEmail: an old address no longer to be used after a move updates it', () => {
  it('reads no objection in a firm telling its new billing address', () => {
    const body = 'Per maandag zitten we aan de Dijkweg 4 in Hoorn; zet u dat als ons factuuradres? Het vorige adres graag niet meer gebruiken.';
    expect(classifyEmail({ subject: 'Verhuizing', body }).rights).not.toContain('objection');
  });

  it('still reads an objection to the use of the data itself', () => {
    expect(rulesRights('Bezwaar', 'Ik wil niet dat jullie mijn gegevens nog langer gebruiken voor analyses.')).toEqual(['objection']);
  });
});

describe("classifyEmail: a bailiff's demand for a debtor's details under a judgment asks for someone else's data", () => {
  it('reads no request in it', () => {
    const body =
      'Voor de tenuitvoerlegging van het vonnis in de zaak tegen mevrouw J. Kramer vragen wij u haar huidige woonadres en telefoonnummer.';
    expect(classifyEmail({ subject: 'Verzoek om gegevens', body }).isPrivacyRequest).toBe(false);
  });
});

describe('classifyEmail: advice on a request a former pupil made, with an aside between', () => {
  it('reads no request in the school asking whether it must erase', () => {
    const body = 'Een oud-leerling (inmiddels 18) wil dat wij al zijn gegevens wissen. Moeten wij dat doen? Het dossier houden we liever.';
    expect(classifyEmail({ subject: 'Vraag over wissen', body }).isPrivacyRequest).toBe(false);
  });

  it('still reads the request of a former employee writing for himself', () => {
    expect(rulesRights('Inzage', 'Ik ben een oud-medewerker van jullie en wil graag inzage in mijn personeelsdossier.')).toEqual(['access']);
  });
});

describe("classifyEmail: another firm's invoice received by mistake reports its leak", () => {
  it('reads a breach report in French', () => {
    const body = "Dans l'envoi de lundi figurait la facture d'un autre cabinet dentaire au lieu de la nôtre. On y voit le nom et le numéro de compte du dentiste.";
    expect(rulesRights('Facture reçue par erreur', body)).toEqual(['breach_report']);
  });
});

describe('classifyEmail: a bill disputed is an errand of another kind, no objection to processing', () => {
  it('reads a doubted no, which the models leave alone', () => {
    expectDoubtedNo(
      'bezwaar factuur',
      'Hierbij maak ik bezwaar tegen de factuur van 89 euro voor de installatie van mijn router. De monteur was binnen tien minuten klaar, dus dat bedrag vind ik veel te hoog.',
    );
  });

  it('still reads an objection to the processing itself', () => {
    expect(rulesRights('Bezwaar', 'Tegen profilering met mijn gegevens maak ik bezwaar.')).toEqual(['objection']);
  });
});
