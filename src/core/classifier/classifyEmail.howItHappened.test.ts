import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * How a wrong could happen, or how it will be prevented, asked beside a complaint, wants an explanation, not the data held: no
 * access. Where the data came from, or what is held, asked beside it, is access.
 */
const HOW_IT_HAPPENED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'ik wil weten hoe het kan dat mijn gegevens bij ... terecht zijn gekomen' under a formal complaint: the complaint alone",
    subject: 'Klacht',
    body: 'Geachte heer/mevrouw,\n\nIk dien hierbij een formele klacht in over de manier waarop u met mijn gegevens bent omgegaan. Ik wil weten hoe het kan dat mijn gegevens bij een incassobureau terecht zijn gekomen.\n\nFemke',
    rights: ['complaint'],
  },
  {
    rule: "English 'I want to know how it is possible that my data ended up with ...': the complaint alone",
    subject: 'Complaint',
    body: 'Hello,\n\nI am making a formal complaint about how you handled my personal data. I want to know how it is possible that my data ended up with a debt collector.\n\nGrace',
    rights: ['complaint'],
  },
  {
    rule: "German 'wie es passieren konnte, dass meine Daten ...': the complaint alone",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nich beschwere mich hiermit offiziell darüber, wie Sie mit meinen Daten umgegangen sind. Ich möchte wissen, wie es passieren konnte, dass meine Daten bei einem Inkassobüro gelandet sind.\n\nLena',
    rights: ['complaint'],
  },
  {
    rule: "French 'comment il est possible que mes données se retrouvent ...': the complaint alone",
    subject: 'Réclamation',
    body: 'Bonjour,\n\nJe dépose une réclamation formelle concernant le traitement de mes données. Je veux savoir comment il est possible que mes données se retrouvent chez une agence de recouvrement.\n\nAnne',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'ik wil weten hoe u dit gaat voorkomen' beside the data named: the complaint alone",
    subject: 'Klacht',
    body: 'Geachte heer/mevrouw,\n\nIk dien een formele klacht in over de omgang met mijn persoonsgegevens door uw bedrijf, en ik wil weten hoe u dit in de toekomst gaat voorkomen.\n\nFemke',
    rights: ['complaint'],
  },
  {
    rule: "English 'I want to know how you will prevent this' beside the data named: the complaint alone",
    subject: 'Complaint',
    body: 'Hello,\n\nI am filing a formal complaint over the way my personal data was treated, and I want to know how you will prevent a repeat.\n\nGrace',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'welke gegevens ... en hoe ik dat kan inzien' is access",
    subject: 'Vraag',
    body: 'Beste mensen,\n\nIk wil graag weten welke gegevens jullie van mij hebben en hoe ik dat kan inzien.\n\nFemke',
    rights: ['access'],
  },
  {
    rule: "English 'how my data is processed and, if possible, a copy' is access",
    subject: 'Question',
    body: 'Hello,\n\nI want to know how my data is processed and, if possible, a copy of the data you hold about me.\n\nGrace',
    rights: ['access'],
  },
  {
    rule: "German 'so schnell wie möglich ..., welche Daten Sie über mich gespeichert haben' is access",
    subject: 'Auskunft',
    body: 'Guten Tag,\n\nbitte teilen Sie mir so schnell wie möglich mit, welche Daten Sie über mich gespeichert haben.\n\nLena',
    rights: ['access'],
  },
  {
    rule: "French 'comment vous avez obtenu mes données' asks where they came from: access",
    subject: 'Question',
    body: 'Bonjour,\n\nJe veux savoir comment vous avez obtenu mes données et quelles données vous avez sur moi.\n\nAnne',
    rights: ['access'],
  },
];

describe('classifyEmail: how a wrong could happen, asked beside a complaint', () => {
  it.each(HOW_IT_HAPPENED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
