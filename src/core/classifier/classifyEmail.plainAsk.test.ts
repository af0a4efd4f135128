import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

interface PlainCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

function expectRights({ subject, body, rights }: PlainCase): void {
  expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
}

/** Words typed in haste, misspelt as people often do, still name the erasure and its object. */
const MISSPELT_CASES: readonly PlainCase[] = [
  { rule: "English 'pls delte my acount'", subject: 'acount', body: 'pls delte my acount, i moved to another shop', rights: ['erasure'] },
  { rule: "Dutch 'verwijdren'", subject: 'gegevens', body: 'kunnen jullie mijn gegvens verwijdren? ben geen klant meer', rights: ['erasure'] },
  { rule: "French 'suprimer'", subject: 'compte', body: 'merci de suprimer mon compte, je ne l utilise plus', rights: ['erasure'] },
  { rule: 'a typo that names nothing asks nothing', subject: 'acount', body: 'my acount page shows the wrong logo since the update', rights: [] },
];

/**
 * The sender as we still list him, a title or a role, and its correction asked, also as a passive question ("Kan dat
 * aangepast worden?"), or a value ours still show, under a subject that names his detail.
 */
const STILL_LISTED_CASES: readonly PlainCase[] = [
  {
    rule: "Dutch 'sta ik nog als' and 'Kan dat aangepast worden?' two sentences on",
    subject: 'functie',
    body: 'Hoi,\n\nIn jullie portaal sta ik nog als junior adviseur. Sinds maart ben ik teamleider. Kan dat aangepast worden?\n\nSanne',
    rights: ['rectification'],
  },
  {
    rule: "English 'you still have me as' and 'can this be updated?'",
    subject: 'role',
    body: 'Hi,\n\nYour newsletter list still has me as trainee. I am head of sales now. Can this be updated?\n\nOmar',
    rights: ['rectification'],
  },
  {
    rule: "English 'still say' under a subject that names the title",
    subject: 'My job title',
    body: 'Hello,\n\nI moved to the finance team in spring. Your emails still say "Sales Assistant". Could you change that?\n\nNora',
    rights: ['rectification'],
  },
  {
    rule: "German 'stehe ich noch als' and 'Kann das geändert werden?'",
    subject: 'Funktion',
    body: 'Hallo,\n\nIm Portal stehe ich noch als Praktikant. Ich bin seit Mai Projektleiter. Kann das geändert werden?\n\nJonas',
    rights: ['rectification'],
  },
  {
    rule: "French 'je suis toujours indiqué comme' and 'cela peut-il être corrigé ?'",
    subject: 'fonction',
    body: 'Bonjour,\n\nDans le portail, je suis toujours indiqué comme stagiaire. Je suis chef de projet depuis mars. Cela peut-il être corrigé ?\n\nHugo',
    rights: ['rectification'],
  },
  {
    rule: 'a passive question about another deed asks no correction',
    subject: 'Re: ticket 4411',
    body: 'Dank, het werkt weer. Wat mij betreft kan het ticket worden gesloten.',
    rights: [],
  },
  {
    rule: 'a ticket still shown as open is no detail of the sender',
    subject: 'ticket status',
    body: 'Hi,\n\nThe portal still shows ticket 2231 as open, but I solved it myself. Can this be closed?\n\nOmar',
    rights: [],
  },
];

/** What we hold in the sender's name is his own data, asked in every language; a contract or invoice in his name asks nothing. */
const IN_MY_NAME_CASES: readonly PlainCase[] = [
  { rule: "Dutch 'welke gegevens staan er op mijn naam'", subject: 'vraag', body: 'Hoi, welke gegevens staan er bij jullie op mijn naam? Groet, Ruben', rights: ['access'] },
  { rule: "French 'quelles données avez-vous à mon nom'", subject: 'question', body: 'Bonjour, quelles données avez-vous à mon nom ? Merci, Élise', rights: ['access'] },
  { rule: "English 'what information do you hold under my name'", subject: 'question', body: 'Hi, what information do you hold under my name? Thanks, Rob', rights: ['access'] },
  { rule: "German 'welche Daten unter meinem Namen'", subject: 'Frage', body: 'Hallo, welche Daten haben Sie unter meinem Namen gespeichert? Gruß, Timo', rights: ['access'] },
  { rule: 'an invoice in my name asks nothing', subject: 'factuur', body: 'Hoi, de factuur staat op mijn naam, maar klopt het bedrag wel? Groet, Ruben', rights: [] },
  { rule: 'a contract in my name asks nothing', subject: 'contrat', body: 'Bonjour, le contrat est à mon nom, pouvez-vous renvoyer la facture ? Élise', rights: [] },
];

describe("classifyEmail: what we hold in the sender's name", () => {
  it.each(IN_MY_NAME_CASES)('$rule', expectRights);
});

describe('classifyEmail: an erasure typed in haste', () => {
  it.each(MISSPELT_CASES)('$rule', expectRights);
});

describe('classifyEmail: the sender as we still list him', () => {
  it.each(STILL_LISTED_CASES)('$rule', expectRights);
});
