import { classifyEmail } from './classifyEmail.ts';

/**
 * Deletion held back by a verb of refraining, as lawyers ask it beside a hold: sentences written for these tests.
 */
describe('classifyEmail: deletion refrained from while processing is restricted asks no erasure', () => {
  it.each([
    { subject: 'Hold', body: 'Please refrain from deleting my records while the claim is pending, and restrict their processing.' },
    { subject: 'Daten', body: 'Bitte sehen Sie davon ab, meine Daten zu löschen, solange das Verfahren läuft. Schränken Sie die Verarbeitung ein.' },
    { subject: 'Gegevens', body: 'Ik verzoek u af te zien van het verwijderen van mijn gegevens zolang de procedure loopt, en de verwerking te beperken.' },
    { subject: 'Données', body: "Je vous demande de vous abstenir de supprimer mes données tant que la procédure est en cours et d'en limiter le traitement." },
  ])('reads "$subject" as restriction alone', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual(['restriction']);
  });

  it('still reads an erasure beside a refrain about something else', () => {
    expect(classifyEmail({ subject: 'data', body: 'Please delete my data. I will refrain from further comment.' }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });
});
