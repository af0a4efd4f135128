import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/** A correction asked with no object of its own ("Please correct this.") after the sender says what is wrong, in sentences of our own. */
const CORRECTION_OF_WHAT_IS_WRONG_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'That is wrong ... Please correct this.' corrects what the sentence before names",
    subject: 'Wrong job title',
    body: 'Hi,\n\nYour records list me as head of sales. That is wrong, I moved to finance last year. Please correct this.\n\nThanks, Rob',
    rights: ['rectification'],
  },
  {
    rule: "German 'Das ist nicht mehr so. Bitte korrigieren Sie das.' is rectification",
    subject: 'Falsche Angaben',
    body: 'Guten Tag,\n\nin Ihrem Kundenportal stehe ich noch als Ansprechpartnerin für die Buchhaltung. Das ist seit März nicht mehr so. Bitte korrigieren Sie das.\n\nGruß, Ute',
    rights: ['rectification'],
  },
  {
    rule: "French 'c'est faux. Pouvez-vous corriger votre fichier ?' is rectification",
    subject: '',
    body: "Bonjour,\n\nVotre fiche client indique que je suis gérant de la société, c'est faux. Pouvez-vous corriger votre fichier ?\n\nMerci, Paul",
    rights: ['rectification'],
  },
  {
    rule: 'the correction stands beside the restriction asked until it is made',
    subject: 'Incorrect entry in your CRM',
    body: 'Hello,\n\nYour CRM says I am the IT manager at Delta BV. I have never worked there. Please correct your records, and until this is corrected, restrict the processing of my data.\n\nRegards, Sam',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: 'an invoice amount to correct is billing, no rectification',
    subject: '',
    body: 'Hallo,\n\nHet bedrag op de factuur klopt niet, wij hadden 20 licenties en geen 25. Kunnen jullie dat corrigeren?\n\nGroet, Piet',
    rights: [],
  },
  {
    rule: 'wrong opening hours on a website to correct are no personal data',
    subject: '',
    body: 'Hi,\n\nThe opening hours on your website are wrong since the move. Could you correct them?\n\nThanks, Ann',
    rights: [],
  },
];

describe('classifyEmail: a correction asked of what the sender says is wrong', () => {
  it.each(CORRECTION_OF_WHAT_IS_WRONG_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
