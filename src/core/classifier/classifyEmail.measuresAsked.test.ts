import type { RightLabel } from '../rights/rightLabel.ts';
import { rulesRights } from './rulesRights.test-support.ts';

/**
 * What we do about a wrong, asked to be known ("which measures you take"), wants an explanation, not the data we hold: beside a
 * complaint about the sender's data it adds no access. What we hold, asked in the same words, still is access.
 */
const MEASURES_ASKED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'wil weten welke maatregelen jullie nemen' beside a complaint asks no access",
    subject: 'klacht',
    body: 'Goedemiddag,\n\nIk wil een klacht indienen: jullie zijn slordig geweest met mijn persoonsgegevens, en ik wil weten welke maatregelen jullie nu nemen.\n\nFenna de Wit',
    rights: ['complaint'],
  },
  {
    rule: "English 'know what steps you are taking' beside a complaint asks no access",
    subject: 'complaint',
    body: 'Hello,\n\nI complain about the careless way you treated my personal data, and I want to know what steps you are taking now.\n\nOwen',
    rights: ['complaint'],
  },
  {
    rule: "German 'wissen, welche Maßnahmen Sie ergreifen' beside a complaint asks no access",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nich beschwere mich über den nachlässigen Umgang mit meinen Daten und möchte wissen, welche Maßnahmen Sie jetzt ergreifen.\n\nPaul',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'welke gegevens' asked beside the measures is still access",
    subject: 'vraag',
    body: 'Hallo,\n\nGraag wil ik weten welke gegevens er bij jullie over mij bewaard worden, en welke maatregelen jullie nemen.\n\nFenna',
    rights: ['access'],
  },
  {
    rule: "English 'tell me which personal data of mine' is still access",
    subject: 'my data',
    body: 'Hi,\n\nTell me which personal data of mine your firm keeps.\n\nOwen',
    rights: ['access'],
  },
];

describe('classifyEmail: the measures taken, asked to be known, ask no access', () => {
  it.each(MEASURES_ASKED_CASES)('$rule', ({ subject, body, rights }) => {
    expect(rulesRights(subject, body)).toEqual([...rights].sort());
  });
});
