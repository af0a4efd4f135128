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
