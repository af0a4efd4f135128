import { rulesRights } from './rulesRights.test-support.ts';

/**
 * A colleague's account or access told as never taken away, with data the firm holds that he opened since, in all four
 * languages, and the sender's own account never deleted, which chases an erasure. Sentences written for these tests.
 */

describe('classifyEmail: a colleague\'s access never taken away, over data the firm holds, reports a breach', () => {
  it.each([
    { subject: 'Oud-collega', body: 'Hallo,\n\nPieter is in maart vertrokken, maar zijn account is nooit uitgeschakeld. Gisteren heeft hij nog in de map met personeelsdossiers gekeken.\n\nKunnen jullie dat nu regelen en nagaan wat hij heeft geopend?\n\nIngrid' },
    { subject: 'Leaver', body: 'Hello,\n\nJane left in January, yet her access was never revoked. The audit log shows she opened the folder with staff sick notes last night.\n\nPlease lock her out and find out what she viewed.\n\nTom' },
    { subject: 'Ex-Kollege', body: 'Hallo,\n\nHerr Weber ist seit April weg, aber sein Konto wurde nie gesperrt. Gestern hat er die Krankschreibungen im Personalordner geöffnet.\n\nBitte sperren Sie ihn und prüfen Sie, was er gesehen hat.\n\nAnke' },
    { subject: 'Ancien salarié', body: "Bonjour,\n\nM. Petit est parti en mai, mais son compte n'a jamais été désactivé. Hier soir il a ouvert le dossier des arrêts maladie du personnel.\n\nMerci de le bloquer et de vérifier ce qu'il a consulté.\n\nNadia" },
  ])('reads "$body" as a breach report', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['breach_report']);
  });

  it.each([
    { subject: 'Account', body: 'Hi,\n\nMy account was never deleted, even though I asked you in May. Please delete it now.\n\nSam', rights: ['erasure'] },
    { subject: 'Account', body: 'Hoi,\n\nMijn account is nooit verwijderd, terwijl ik daar in mei om vroeg. Verwijder het nu alsnog.\n\nSam', rights: ['erasure'] },
    { subject: 'Account', body: 'Hi,\n\nKim left last month and her account was never removed. Can you delete it and take back the licence?\n\nSam', rights: [] },
  ])('reads "$body" without a breach', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual(rights);
  });
});
