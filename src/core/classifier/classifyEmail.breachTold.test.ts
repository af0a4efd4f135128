import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A breach told as what happened: a view the sender should not have opened up all at once, a folder or link open to everyone,
 * everyone's data seen, data held to ransom, the sender's name searched for and his data found, his data sent to someone
 * he knows. The same words about his own data, a protected system or a question are no report.
 */
const BREACH_TOLD_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'kan ik ineens ... openen' beside staff records",
    subject: 'Rare rechten',
    body: 'Sinds de update van maandag kan ik ineens de map van de salarisadministratie openen. Daar staan de loonstroken van iedereen in.',
    rights: ['breach_report'],
  },
  {
    rule: "English 'suddenly I can open' the HR files",
    subject: 'Permissions',
    body: 'Since your change yesterday I can suddenly open the HR folder with the personnel files of all staff.',
    rights: ['breach_report'],
  },
  {
    rule: "German 'plötzlich kann ich ... sehen' the customer data",
    subject: 'Berechtigungen',
    body: 'Seit der Umstellung kann ich plötzlich im Portal die Kundendaten aller Filialen sehen.',
    rights: ['breach_report'],
  },
  {
    rule: "English: everyone's salary seen",
    subject: 'Shared drive',
    body: "On the shared drive I can see everyone's salary and home address.",
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: a link 'open voor iedereen' to staff files",
    subject: 'Deellink',
    body: 'De link die jullie stuurden staat open voor iedereen, zo kan iedereen de personeelsdossiers bekijken.',
    rights: ['breach_report'],
  },
  {
    rule: "French: a folder 'accessible à tout le monde' with client files",
    subject: 'Dossier partagé',
    body: 'Le dossier partagé est accessible à tout le monde, avec les fichiers clients dedans.',
    rights: ['breach_report'],
  },
  {
    rule: "English: customer data to be published 'unless we pay'",
    subject: 'Strange message',
    body: 'A screen on the office PC says our files are locked and the customer database will be put online unless we pay.',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: 'als ik mijn naam google' finds the sender's address",
    subject: 'Gevonden online',
    body: 'Als ik mijn naam google, vind ik een document van jullie met mijn woonadres en telefoonnummer erin.',
    rights: ['breach_report'],
  },
  {
    rule: "English 'googling my name' finds the sender's phone number",
    subject: 'Found online',
    body: 'Googling my name I came across a spreadsheet of yours listing my phone number.',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: the sender's invoice 'naar mijn ex gestuurd'",
    subject: 'Factuur',
    body: 'Mijn factuur met mijn nieuwe adres is door jullie naar mijn ex gestuurd.',
    rights: ['breach_report'],
  },
  {
    rule: "English: the sender's quote 'emailed to my landlord'",
    subject: 'Quote',
    body: 'Your office emailed my quote with my bank details to my landlord.',
    rights: ['breach_report'],
  },
  {
    rule: 'a folder everyone in the team may open is no report',
    subject: 'Shared folder',
    body: 'Can you make the marketing folder open to everyone in the team?',
    rights: [],
  },
  {
    rule: 'a question what to do about ransomware is no report',
    subject: 'Backups',
    body: 'Are our backups good enough if ransomware hits us? We would rather restore than pay.',
    rights: [],
  },
  {
    rule: "one's own payslip suddenly shown again is no report",
    subject: 'Portaal',
    body: 'Ik kan ineens mijn eigen loonstrook weer openen, dank jullie wel!',
    rights: [],
  },
];

describe('classifyEmail: a breach told as what happened', () => {
  it.each(BREACH_TOLD_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
