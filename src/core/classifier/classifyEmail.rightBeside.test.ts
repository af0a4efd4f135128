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
