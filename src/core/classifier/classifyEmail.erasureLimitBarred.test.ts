import { rulesRights } from './rulesRights.test-support.ts';

/**
 * An erasure whose limit is told as what the law bars the firm from erasing, with a hold asked for that part, in all four
 * languages, and the plain ask not to erase that still refuses it; everything erased but what must be kept, the law left
 * unnamed ("wis alles wat niet verplicht bewaard hoeft te blijven"). Sentences written for these tests.
 */

describe('classifyEmail: what the law bars us from erasing, set as an erasure\'s limit, refuses no erasure', () => {
  it.each([
    { subject: 'Gegevens', body: 'Geachte heer, mevrouw,\n\nWis alstublieft al mijn gegevens. Voor zover u bepaalde gegevens wettelijk niet mag wissen, bewaar die dan, maar gebruik ze nergens meer voor.\n\nGroet, K. Smit' },
    { subject: 'My data', body: 'Dear Sir or Madam,\n\nPlease erase my personal data. Insofar as you are by law not allowed to delete some of it, keep that part but do not use it for anything else.\n\nRegards, K. Smith' },
    { subject: 'Daten', body: 'Sehr geehrte Damen und Herren,\n\nbitte löschen Sie meine Daten. Soweit Sie einzelne Daten wegen gesetzlicher Pflichten nicht löschen dürfen, schränken Sie deren Verarbeitung bitte ein.\n\nMfG K. Schmidt' },
    { subject: 'Données', body: "Madame, Monsieur,\n\nmerci d'effacer mes données. Dans la mesure où vous ne pouvez pas supprimer certaines données pour des raisons légales, conservez-les sans les utiliser à aucune autre fin.\n\nK. Lefebvre" },
  ])('reads "$body" as erasure and restriction', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure', 'restriction']);
  });

  it.each([
    { subject: 'Gegevens', body: 'Verwijder mijn gegevens niet, maar gebruik ze niet meer totdat de zaak is opgelost.' },
    { subject: 'Data', body: 'Please do not delete my data while the dispute runs, just stop using it.' },
    { subject: 'Daten', body: 'Bitte löschen Sie meine Daten nicht, sondern sperren Sie sie, bis der Streit geklärt ist.' },
  ])('still reads the ask not to erase in "$body" as restriction alone', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['restriction']);
  });
});

describe('classifyEmail: everything erased but what must be kept, the law left unnamed', () => {
  it.each([
    { subject: 'Re: opzegging', body: 'Helder, dank u. Wis dan alles wat niet verplicht bewaard hoeft te blijven.\n\nIngrid' },
    { subject: 'Re: opzegging', body: 'Prima. Graag alles weghalen wat niet bewaard moet worden.\n\nIngrid' },
  ])('reads "$body" as erasure', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['erasure']);
  });

  it('reads no erasure where nothing is to be erased: "Verwijder niets, alles moet bewaard blijven."', () => {
    expect(rulesRights('archief', 'Verwijder niets uit het archief, alles moet bewaard blijven.')).toEqual([]);
  });
});
