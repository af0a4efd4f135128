import { rulesRights } from './rulesRights.test-support.ts';

/**
 * The list of those the sender's data went to (Art. 15(1)(c)), asked or chased in any of the four languages, is access; a
 * list of suppliers or of a firm's own processors or mailing recipients is none. Sentences written for these tests.
 */

describe('classifyEmail: the list of recipients of the sender\'s data', () => {
  it.each([
    { subject: 'Re: Who has my details?', body: 'Two weeks on, the list of companies you have given my details to has not reached me. Please send it.\n\nRob' },
    { subject: 'Re: wie heeft mijn gegevens', body: 'Ik heb de lijst van bedrijven waaraan jullie mijn gegevens hebben doorgegeven nog steeds niet ontvangen. Dit is mijn tweede mail.\n\nRob' },
    { subject: 'AW: Empfänger', body: 'Ich habe die Liste der Firmen, an die Sie meine Daten weitergegeben haben, immer noch nicht erhalten. Das ist meine zweite Mail.\n\nRob' },
    { subject: 'RE: destinataires', body: "Je n'ai toujours pas reçu la liste des sociétés auxquelles vous avez transmis mes données. C'est mon deuxième mail.\n\nRob" },
  ])('reads access in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual(['access']);
  });

  it.each([
    { subject: 'partners', body: 'Hi,\n\ncould you send me a list of companies you work with for VoIP handsets? We want to compare prices.\n\nRob' },
    { subject: 'nieuwsbrief', body: 'Hoi,\n\nkunnen jullie de lijst van ontvangers van onze eigen nieuwsbrief exporteren? Wij willen die opschonen.\n\nGroet, Rob' },
    { subject: 'Auftragsverarbeiter', body: 'Guten Tag,\n\nfür unser Verarbeitungsverzeichnis benötigen wir die Liste der Auftragsverarbeiter, die Sie für unsere Daten einsetzen.\n\nGrüße, Rob' },
    { subject: 'sous-traitants', body: "Bonjour,\n\npourriez-vous nous envoyer la liste des sous-traitants qui traitent les données de nos salariés ? C'est pour notre registre.\n\nMerci" },
  ])('reads no request in "$body"', ({ subject, body }) => {
    expect(rulesRights(subject, body)).toEqual([]);
  });
});
