import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * An ultimatum that threatens a complaint to the authority names what is still owed: the right it chases stands beside the
 * complaint. A deadline that names nothing owed, or no complaint, asks no right.
 */
const ULTIMATUM_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'If I don't get my data by ...' with the ICO threatened: access and the complaint",
    subject: 'Still nothing',
    body: "Hello,\n\nIf I don't get my data by the end of the month, I will file a complaint with the ICO.\n\nPeter",
    rights: ['access', 'complaint'],
  },
  {
    rule: "Dutch 'Als mijn gegevens ... niet verwijderd zijn, ... klacht bij de AP': erasure and the complaint",
    subject: 'Nog steeds niets',
    body: 'Beste mensen,\n\nAls mijn gegevens over twee weken niet verwijderd zijn, dien ik een klacht in bij de Autoriteit Persoonsgegevens.\n\nKarin',
    rights: ['erasure', 'complaint'],
  },
  {
    rule: "Dutch 'Als ik ... geen kopie heb gekregen, stap ik naar de AP': access and the complaint",
    subject: 'Nog steeds niets',
    body: 'Beste mensen,\n\nAls ik eind van de maand geen kopie heb gekregen, stap ik naar de AP.\n\nKarin',
    rights: ['access', 'complaint'],
  },
  {
    rule: "German 'Wenn ich die Auskunft nicht bis ... erhalte, ... Beschwerde': access and the complaint",
    subject: 'Erinnerung',
    body: 'Guten Tag,\n\nwenn ich die Auskunft nicht bis Monatsende erhalte, reiche ich Beschwerde bei der Datenschutzbehörde ein.\n\nPaul',
    rights: ['access', 'complaint'],
  },
  {
    rule: "German 'Wenn meine Daten nicht bis ... gelöscht sind, beschwere ich mich': erasure and the complaint",
    subject: 'Erinnerung',
    body: 'Guten Tag,\n\nwenn meine Daten nicht bis Monatsende gelöscht sind, beschwere ich mich bei der Aufsichtsbehörde.\n\nPaul',
    rights: ['erasure', 'complaint'],
  },
  {
    rule: "French 'Si mes données ne sont pas effacées ..., plainte auprès de la CNIL': erasure and the complaint",
    subject: 'Relance',
    body: "Bonjour,\n\nSi mes données ne sont pas effacées avant la fin du mois, je déposerai une plainte auprès de la CNIL.\n\nAnne",
    rights: ['erasure', 'complaint'],
  },
  {
    rule: "a colleague's deadline for a data export, no complaint threatened, asks no right",
    subject: 'Migration',
    body: "Hi,\n\nIf we don't get the data export by Friday, the migration slips a week.\n\nPeter",
    rights: [],
  },
  {
    rule: "a deadline that names nothing owed ('if I do not hear from you') keeps the complaint alone",
    subject: 'Complaint',
    body: 'Hello,\n\nYour staff read my private messages during the repair. I am lodging a formal complaint about how my personal data was handled. If I do not hear from you within 14 days, I will take this to the ICO.\n\nPeter',
    rights: ['complaint'],
  },
];

/**
 * A request the sender recalls is background beside a complaint, unless he chases it: met with silence ("Not a single word
 * since"), a deadline to hear from us ("Als ik voor vrijdag niets hoor"), or asked again ("I repeat my erasure request"). A
 * request recalled as done, under a complaint, stays background whatever answer the complaint wants.
 */
const CHASED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English erasure recalled, 'Not a single word since', the Data Protection Commission named: erasure and the complaint",
    subject: 'Still nothing',
    body: 'Hello,\n\nI asked you in March to erase my account and everything in it. Not a single word since. I will be taking this to the Data Protection Commission.\n\nAoife',
    rights: ['erasure', 'complaint'],
  },
  {
    rule: "English formal complaint with 'I repeat my erasure request': erasure and the complaint",
    subject: 'Complaint',
    body: 'Hello,\n\nPlease treat this as a formal complaint about how my request was handled: you only sent a form letter. I repeat my erasure request.\n\nPeter',
    rights: ['erasure', 'complaint'],
  },
  {
    rule: "Dutch access recalled, 'Als ik voor vrijdag niets hoor, stap ik naar de AP': access and the complaint",
    subject: 'Nog steeds niets',
    body: 'Beste mensen,\n\nOp 3 maart vroeg ik welke gegevens jullie van mij bewaren. Als ik voor vrijdag niets hoor, stap ik naar de Autoriteit Persoonsgegevens.\n\nKarin',
    rights: ['access', 'complaint'],
  },
  {
    rule: "French copy recalled, 'Si je n'ai pas de réponse d'ici vendredi, je saisirai la CNIL': access and the complaint",
    subject: 'Relance',
    body: "Bonjour,\n\nLe 3 mars, je vous ai demandé une copie de mes données. Si je n'ai pas de réponse d'ici vendredi, je saisirai la CNIL.\n\nAnne",
    rights: ['access', 'complaint'],
  },
  {
    rule: "Dutch erasure recalled as confirmed, a complaint lodged and 'als ik geen goed antwoord krijg' the AP: the complaint alone",
    subject: 'Klacht',
    body: 'Beste mensen,\n\nOp 3 maart vroeg ik mijn gegevens te verwijderen en ik kreeg een bevestiging dat het gedaan was. Toch kwam er gisteren weer een mail. Ik dien hierbij een formele klacht in over de manier waarop u met mijn gegevens omgaat. Als ik geen goed antwoord krijg, stap ik naar de Autoriteit Persoonsgegevens.\n\nKarin',
    rights: ['complaint'],
  },
  {
    rule: "a supplier's deadline to hear back ('If I don't hear from you by Friday', 'Als ik vrijdag niets hoor', 'Si je n'ai pas de nouvelles') asks no right",
    subject: 'Offerte',
    body: "Hi,\n\nIf I don't hear from you by Friday, we will go with the other supplier. Als ik vrijdag niets hoor, bestel ik de laptops elders. Si je n'ai pas de nouvelles d'ici vendredi, nous choisirons un autre prestataire.\n\nPeter",
    rights: [],
  },
];

describe('classifyEmail: a recalled request chased beside a complaint', () => {
  it.each(CHASED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

describe('classifyEmail: an ultimatum that threatens a complaint', () => {
  it.each(ULTIMATUM_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
