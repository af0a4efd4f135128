import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A short yes typed above an offer of ours in the quoted mail takes up the right the offer names, in our words: its "your" is the
 * sender's. A no, an offer of something else than his data, or a reply that says more than a yes asks nothing.
 */
const ACCEPTED_OFFER_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'ja graag' under 'Wilt u ook dat wij uw telefoonnummer verwijderen?' erases it",
    subject: 'RE: nieuwsbrief',
    body: 'ja graag\n\nVan: Servicedesk\nVerzonden: maandag 2 maart 2026 10:12\nOnderwerp: RE: nieuwsbrief\n\nBeste mevrouw Dekker,\n\nU ontvangt onze nieuwsbrief niet meer. Wilt u ook dat wij uw telefoonnummer uit ons relatiebeheer verwijderen?\n\nMet vriendelijke groet,\nServicedesk',
    rights: ['erasure'],
  },
  {
    rule: "English 'yes please, that too' under 'Shall we also correct your email address?' corrects it",
    subject: 'Re: name change',
    body: 'yes please, that too\n\nOn Wed, 4 Mar 2026 at 09:30, Support <support@example.nl> wrote:\n> Hi Jo,\n> Your surname has been changed. Shall we also correct your email address to jo.grant@example.com?\n> Best,\n> Support',
    rights: ['rectification'],
  },
  {
    rule: "German 'Ja, gerne' under 'Möchten Sie die Kopie auch als CSV-Datei?' asks the copy as a file",
    subject: 'AW: Auskunft',
    body: 'Ja, gerne.\n\nVon: Support\nGesendet: Montag, 9. März 2026 11:00\nBetreff: AW: Auskunft\n\nHallo Herr Brandt,\n\nIhre Datenkopie liegt als PDF bereit. Möchten Sie die Kopie auch als CSV-Datei?\n\nViele Grüße\nSupport',
    rights: ['access', 'portability'],
  },
  {
    rule: "French 'oui volontiers' under Gmail's 'Le ... à 16:12, ... a écrit' erases the details offered",
    subject: 'RE: désinscription',
    body: "oui volontiers\n\nLe mar. 10 mars 2026 à 16:12, Support <support@example.nl> a écrit :\n> Bonjour,\n> Vous ne recevrez plus notre lettre. Voulez-vous que nous supprimions aussi vos coordonnées de notre fichier ?\n> Cordialement",
    rights: ['erasure'],
  },
  {
    rule: 'a no under the offer asks nothing',
    subject: 'RE: nieuwsbrief',
    body: 'nee, dat hoeft niet\n\nVan: Servicedesk\nVerzonden: maandag 2 maart 2026 10:12\nOnderwerp: RE: nieuwsbrief\n\nWilt u ook dat wij uw telefoonnummer uit ons relatiebeheer verwijderen?',
    rights: [],
  },
  {
    rule: "a yes to old server backups deleted is IT work, no erasure",
    subject: 'RE: opruimen server',
    body: 'ja graag\n\nVan: Servicedesk\nVerzonden: maandag 2 maart 2026 10:12\nOnderwerp: RE: opruimen server\n\nDe nieuwe server draait. Zullen we de oude back-ups van de server ook verwijderen?',
    rights: [],
  },
  {
    rule: 'a yes to a quote offered asks nothing',
    subject: 'Re: firewall',
    body: 'yes please\n\nOn Wed, 4 Mar 2026 at 09:30, Sales <sales@example.nl> wrote:\n> Would you like us to send you a quote for the new firewall?',
    rights: [],
  },
  {
    rule: 'a yes that says more than a yes is read by its own words',
    subject: 'RE: nieuwsbrief',
    body: 'ja, maar bel me eerst even op maandag\n\nVan: Servicedesk\nVerzonden: maandag 2 maart 2026 10:12\nOnderwerp: RE: nieuwsbrief\n\nWilt u ook dat wij uw telefoonnummer uit ons relatiebeheer verwijderen?',
    rights: [],
  },
];

describe('classifyEmail: a short yes to an offer of ours', () => {
  it.each(ACCEPTED_OFFER_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
