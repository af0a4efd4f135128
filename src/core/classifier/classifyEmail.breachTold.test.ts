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
  {
    rule: "Dutch 'de deellink naar de ledenlijst staat op iedereen met de link' opens a list of people to anyone",
    subject: 'deellink',
    body: 'Hoi, de deellink die jullie gisteren maakten voor onze ledenlijst staat op iedereen met de link. Graag dichtzetten.',
    rights: ['breach_report'],
  },
  {
    rule: "German 'der Link zur Mitgliederliste ist ohne Anmeldung für jeden erreichbar' is a report",
    subject: 'Freigabe',
    body: 'Hallo, der Freigabelink zu unserer Mitgliederliste ist ohne Anmeldung für jeden erreichbar. Bitte sofort sperren.',
    rights: ['breach_report'],
  },
  {
    rule: "French 'le lien vers la liste des patients est ouvert à tout le monde' is a report",
    subject: 'lien',
    body: 'Bonjour, le lien de partage vers la liste des patients est ouvert à tout le monde. Merci de le fermer.',
    rights: ['breach_report'],
  },
  {
    rule: "English 'the link to the patient list is open to anyone' is a report",
    subject: 'link',
    body: 'Hi, the sharing link your technician made for our patient list is open to anyone. Please close it.',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'iedereen ziet elkaars mailadres' after a mail sent in CC is a report",
    subject: 'jullie mail',
    body: 'ff melden: jullie onderhoudsmail ging naar 60 man in de CC, iedereen ziet elkaars mailadres.',
    rights: ['breach_report'],
  },
  {
    rule: "German 'jeder sieht alle Mailadressen' after a mail sent openly in CC is a report",
    subject: 'Rundmail',
    body: 'Hallo, Ihre Rundmail ging offen in CC an 80 Kunden, jeder sieht alle Mailadressen.',
    rights: ['breach_report'],
  },
  {
    rule: "all mail addresses to put in BCC, asked how, is no report",
    subject: 'vraag',
    body: 'Hoi, hoe zet ik in Outlook alle mailadressen van de nieuwsbrief in de BCC?',
    rights: [],
  },
  {
    rule: 'an engineer of ours mailed the sender\'s bank details to a whole distribution list',
    subject: 'not ok',
    body: 'Hi, your engineer just sent my bank details to the entire project distribution list. Please recall it.',
    rights: ['breach_report'],
  },
  {
    rule: 'Dutch: the work laptop told gone is lost',
    subject: 'laptop',
    body: 'Hoi, mijn werklaptop is sinds gisteren weg, ik denk in de trein laten liggen. Er staan klantgegevens op.',
    rights: ['breach_report'],
  },
  {
    rule: 'old laptops that may go, to be wiped and destroyed, tell no loss',
    subject: 'oude laptops',
    body: 'Hallo, we hebben vier oude laptops die weg mogen. Kunnen jullie ze ophalen en de schijven vernietigen?',
    rights: [],
  },
  {
    rule: "Dutch: the sender's login details sent not to him but to a former colleague",
    subject: 'wachtwoord',
    body: 'Hallo, mijn gebruikersnaam en het nieuwe wachtwoord zijn niet naar mij gestuurd maar naar Karin, die hier al weg is.',
    rights: ['breach_report'],
  },
  {
    rule: "an invoice sent not to the sender but to the firm's bookkeeper tells no leak",
    subject: 'factuur',
    body: 'Hoi, stuur de factuur voortaan niet naar mij maar naar onze boekhouder, dan gaat het sneller.',
    rights: [],
  },
  {
    rule: "a member list to be shared with the board asks nothing",
    subject: 'ledenlijst',
    body: 'Hoi, kunnen jullie de ledenlijst in Teams delen met het bestuur? Alleen zij mogen erbij.',
    rights: [],
  },
];

describe('classifyEmail: a breach told as what happened', () => {
  it.each(BREACH_TOLD_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
