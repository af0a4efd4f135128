import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A reply whose own words ask no right but point to a message further down the thread ("see Ann's note at the bottom", "zie het
 * bericht van Els hieronder", "beachten Sie die Nachricht von Frau Kühn weiter unten", "voir le message de Mme Roux ci-dessous")
 * passes that message on: the quoted thread is read as a reminder's. A pointer to a message that asks nothing asks nothing.
 */
const POINTED_BELOW_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English 'see Tom's note at the bottom of this thread' reads the erasure he asked there",
    subject: 'RE: RE: Quote for new printers',
    body: "Hi,\n\nThe quote is approved. Please also see Tom's note at the bottom of this thread, it is still open.\n\nLiz\n\n-----Original Message-----\nFrom: Tom Baker\nSent: Monday, 2 March 2026 17:40\nSubject: RE: Quote for new printers\n\nOne more thing: your technician still has my private phone number from the weekend call-out. Please delete it from your records.\n\nTom",
    rights: ['erasure'],
  },
  {
    rule: "Dutch 'zie ook het bericht van Els hieronder' reads the erasure she asked there",
    subject: 'RE: RE: verhuizing kantoor',
    body: 'Hoi,\n\nDinsdag is prima. Zie ook het bericht van Els hieronder, daar heeft nog niemand op gereageerd.\n\nGroet,\nMark\n\n-----Oorspronkelijk bericht-----\nVan: Els Visser\nVerzonden: vrijdag 6 maart 2026 15:02\nOnderwerp: RE: verhuizing kantoor\n\nJullie monteur heeft mijn privénummer nog van de storing vorige maand. Willen jullie dat nummer uit jullie systeem verwijderen?\n\nEls',
    rights: ['erasure'],
  },
  {
    rule: "German 'beachten Sie auch die Nachricht von Frau Kühn weiter unten' reads the erasure she asked there",
    subject: 'AW: AW: Druckerwartung',
    body: 'Guten Tag,\n\nder Termin passt. Bitte beachten Sie auch die Nachricht von Frau Kühn weiter unten.\n\nGruß\nR. Lang\n\n-----Ursprüngliche Nachricht-----\nVon: Sabine Kühn\nGesendet: Donnerstag, 5. März 2026 08:10\nBetreff: AW: Druckerwartung\n\nIhr Techniker hat noch meine private Handynummer. Bitte löschen Sie diese Nummer aus Ihrem System.\n\nSabine Kühn',
    rights: ['erasure'],
  },
  {
    rule: "French 'voir aussi le message de Mme Roux ci-dessous' reads the erasure she asked there",
    subject: 'RE: RE: maintenance réseau',
    body: "Bonjour,\n\nMardi nous convient. Merci de voir aussi le message de Mme Roux ci-dessous, resté sans suite.\n\nCordialement,\nP. Faure\n\n-----Message d'origine-----\nDe : Julie Roux\nEnvoyé : jeudi 5 mars 2026 09:12\nObjet : RE: maintenance réseau\n\nVotre technicien a encore mon numéro de portable personnel. Merci de supprimer ce numéro de vos systèmes.\n\nJulie Roux",
    rights: ['erasure'],
  },
  {
    rule: 'a pointer to a message below that asks no right asks nothing',
    subject: 'RE: RE: nieuwe laptops',
    body: 'Hoi,\n\nZie het bericht van Kees hieronder over de levertijd.\n\nGroet,\nMark\n\n-----Oorspronkelijk bericht-----\nVan: Kees Bos\nVerzonden: vrijdag 6 maart 2026 15:02\nOnderwerp: RE: nieuwe laptops\n\nKunnen de laptops volgende week geleverd worden? Dan kunnen we ze maandag uitdelen.\n\nKees',
    rights: [],
  },
];

describe('classifyEmail: a message further down the thread pointed to', () => {
  it.each(POINTED_BELOW_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
