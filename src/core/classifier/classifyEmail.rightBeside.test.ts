import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

interface RightCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

function expectRights({ subject, body, rights }: RightCase): void {
  const result = classifyEmail({ subject, body }, { rulesAlone: true });
  expect([...result.rights].sort()).toEqual([...rights].sort());
}

/** A complaint about the way the sender's request was handled, the request named before the verb of handling, in sentences of our own. */
const COMPLAINT_ABOUT_HANDLING_CASES: readonly RightCase[] = [
  {
    rule: "Dutch 'klacht over de manier waarop jullie mijn verzoek hebben afgehandeld' beside the copy asked again",
    subject: 'Inzage',
    body: 'Beste mensen,\n\nIk dien een klacht in over de manier waarop jullie mijn verzoek hebben afgehandeld. Stuur mij alsnog een kopie van al mijn gegevens.\n\nGroet, Ilse',
    rights: ['access', 'complaint'],
  },
  {
    rule: "Dutch 'hoe mijn verzoek is behandeld' stands beside an erasure recalled",
    subject: 'Klacht',
    body: 'Geachte heer, mevrouw,\n\nIn maart heb ik gevraagd mijn gegevens te wissen. Gisteren belde uw verkoper mij toch weer. Ik wil een klacht indienen over hoe mijn verzoek is behandeld.\n\nH. Bos',
    rights: ['complaint'],
  },
  {
    rule: "English 'a complaint about the way my request was dealt with' beside an erasure recalled",
    subject: 'Complaint',
    body: 'Hello,\n\nLast month I asked you to erase my account. I still get reminders for it. I wish to make a complaint about the way my request was dealt with.\n\nRegards, Tom',
    rights: ['complaint'],
  },
  {
    rule: 'a complaint about how a repair request was handled is a service complaint',
    subject: 'Complaint',
    body: 'Hi,\n\nI wish to complain about how my repair request was handled. Nobody came on Tuesday.\n\nTom',
    rights: [],
  },
  {
    rule: 'Dutch: a complaint about how a permit application was handled is no privacy complaint',
    subject: 'Klacht',
    body: 'Geachte commissie,\n\nIk dien een klacht in over de manier waarop mijn aanvraag voor een parkeervergunning is behandeld.\n\nH. Bos',
    rights: [],
  },
];

describe('classifyEmail: a complaint about the way the sender’s request was handled', () => {
  it.each(COMPLAINT_ABOUT_HANDLING_CASES)('$rule', (item) => expectRights(item));
});

/** Sales mails that follow one another, left: a mailing of ours (unsubscribe), beside the data erased when that is asked too. */
const OUT_OF_SALES_MAILS_CASES: readonly RightCase[] = [
  {
    rule: "Dutch 'haal me uit deze verkoopmails' is unsubscribe, not erasure",
    subject: 'Re: Kennismaking',
    body: 'Beste Joost,\n\nDit is al de derde keer. Haal me uit deze verkoopmails, ik heb geen behoefte aan een nieuwe printer.\n\nAnouk',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'uit die mailreeks' beside 'verwijder mijn gegevens' is unsubscribe and erasure",
    subject: 'Stop',
    body: 'Hallo,\n\nHaal me graag uit die mailreeks en verwijder mijn gegevens uit jullie klantsysteem.\n\nGr. Ruud',
    rights: ['unsubscribe', 'erasure'],
  },
  {
    rule: "German 'nehmen Sie mich aus Ihren Vertriebsmails' is unsubscribe",
    subject: 'Keine Werbung',
    body: 'Hallo,\n\nbitte nehmen Sie mich aus Ihren Vertriebsmails heraus.\n\nGruß, Jens',
    rights: ['unsubscribe'],
  },
  {
    rule: 'sales mails of our own to proofread ask nothing',
    subject: 'Campagne',
    body: 'Hoi,\n\nWij sturen volgende week een reeks verkoopmails uit; kun je de opmaak nakijken?\n\nGroet, Lisa',
    rights: [],
  },
  {
    rule: 'out of the customer system, with no mailing named, stays erasure',
    subject: '',
    body: 'Hallo,\n\nHaal me uit jullie klantsysteem, ik heb nooit iets bij jullie gekocht.\n\nRuud',
    rights: ['erasure'],
  },
];

describe('classifyEmail: out of sales mails', () => {
  it.each(OUT_OF_SALES_MAILS_CASES)('$rule', (item) => expectRights(item));
});

/** Dutch "mag eruit", "mag eraf" of a detail named before leaves it to be taken out of the file: erasure, beside the other rights asked. */
const OUT_OF_THE_FILE_CASES: readonly RightCase[] = [
  {
    rule: "'Dat mag eruit' after the sender's old home address is erasure",
    subject: 'Oud adres',
    body: 'Hallo,\n\nJullie hebben nog mijn oude privéadres in het klantsysteem staan. Dat mag eruit, ik gebruik het niet meer.\n\nGroet, Sanne',
    rights: ['erasure'],
  },
  {
    rule: "'Dat mag eraf' after the sender's old mail address is erasure",
    subject: '',
    body: 'Hallo,\n\nMijn oude mailadres staat nog in jullie klantenbestand. Dat mag eraf.\n\nGroet, Sanne',
    rights: ['erasure'],
  },
  {
    rule: "a list item 'dat mag eruit' stands beside the access asked above it",
    subject: 'Twee vragen',
    body: 'Hoi,\n\n1. Welke gegevens hebben jullie van mij?\n2. Mijn oude werknummer staat nog in jullie systeem, dat mag eruit.\n\nBram',
    rights: ['access', 'erasure'],
  },
  {
    rule: 'an old printer that may go is IT work',
    subject: 'printer',
    body: 'Hoi,\n\nDe oude printer op de tweede verdieping mag eruit, die werkt niet meer.\n\nKees',
    rights: [],
  },
  {
    rule: "a colleague's mailbox that may go is no data of the sender's",
    subject: 'mailbox',
    body: 'Hoi,\n\nDe mailbox van Pieter staat nog op de server. Die mag eruit.\n\nKees',
    rights: [],
  },
];

describe('classifyEmail: a detail named before, out of the file', () => {
  it.each(OUT_OF_THE_FILE_CASES)('$rule', (item) => expectRights(item));

  it("reads no erasure in 'kunnen jullie dat eruit halen en ... erin zetten', which replaces a number", () => {
    const body = 'Hoi,\n\nMijn oude nummer 06-12345678 werkt niet meer. Kunnen jullie dat eruit halen en 06-87654321 erin zetten?\n\nKees';
    expect(classifyEmail({ subject: 'nummer', body }, { rulesAlone: true }).rights).not.toContain('erasure');
  });
});

/** Pictures of a sender photographed or filmed, asked removed beside the consent he withdraws: objection and erasure. */
const PICTURES_REMOVED_BESIDE_CONSENT_CASES: readonly RightCase[] = [
  {
    rule: "German 'wurde ich fotografiert ... Einwilligung widerrufe ich ... entfernen Sie die Bilder' is objection and erasure",
    subject: 'Fotos Sommerfest',
    body: 'Guten Tag,\n\nich wurde beim Sommerfest von Ihrem Team fotografiert. Die Einwilligung widerrufe ich. Entfernen Sie die Bilder bitte.\n\nGruß, Eva',
    rights: ['objection', 'erasure'],
  },
  {
    rule: "Dutch 'ik ben gefotografeerd ... toestemming trek ik in, die foto's mogen weg' is objection and erasure",
    subject: "Foto's open dag",
    body: "Hallo,\n\nIk ben op jullie open dag gefotografeerd. Mijn toestemming trek ik in, die foto's mogen weg.\n\nGroet, Mark",
    rights: ['objection', 'erasure'],
  },
  {
    rule: "French 'j'ai été photographiée ... je retire mon consentement, supprimez ces photos' is objection and erasure",
    subject: 'Photos du salon',
    body: "Bonjour,\n\nJ'ai été photographiée lors de votre salon. Je retire mon consentement, merci de supprimer ces photos.\n\nAnne",
    rights: ['objection', 'erasure'],
  },
  {
    rule: 'a photo seen after the consent is withdrawn asks no access',
    subject: 'Photo',
    body: 'Hello,\n\nAt your open day I was photographed, and I now see that photo in your brochure. I withdraw my consent to its use.\n\nAnne',
    rights: ['objection'],
  },
  {
    rule: 'a screenshot the sender took, to delete from a ticket, is IT work',
    subject: 'ticket',
    body: 'Hi,\n\nI photographed the error message on my laptop. Please delete it from the ticket when fixed.\n\nAnne',
    rights: [],
  },
];

describe('classifyEmail: pictures of the sender removed beside a withdrawn consent', () => {
  it.each(PICTURES_REMOVED_BESIDE_CONSENT_CASES)('$rule', (item) => expectRights(item));
});
