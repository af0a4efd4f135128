import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A matter of the sender's that reached someone with no business knowing it, told inside a complaint: that the outsider should
 * never have known it, that he heard it from one of ours, or that the sender's papers ended up with him. The corpus README reads
 * such a complaint as complaint plus breach report. A parcel that went to the neighbours, a deletion denied as an ask, a request
 * only supposed or about to be made, and an identity document demanded whole ask nothing of the kind.
 */
const DISCLOSURE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch: the neighbour 'had dat nooit mogen weten'",
    subject: 'Klacht over uw incassopartner',
    body: 'Uw incassopartner heeft bij mijn buurman aangebeld over mijn openstaande rekening; die man had dat nooit mogen weten. Hierbij maak ik formeel bezwaar en dien ik een klacht in.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "Dutch: health news 'die nooit gedeeld had mogen worden'",
    subject: 'Formele klacht',
    body: 'Op het werk wist iedereen ineens van mijn operatie, iets wat nooit gedeeld had mogen worden. Mijn formele klacht gaat over de omgang met mijn gegevens.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "English: the landlord 'had no business knowing'",
    subject: 'Formal complaint',
    body: 'Your agent told my landlord that my payments are behind. He had no business knowing that. This is a formal complaint.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "German: the employer 'hätte das nie erfahren dürfen'",
    subject: 'Beschwerde',
    body: 'Ihr Außendienst hat bei meiner Firma angerufen und von der offenen Rechnung erzählt. Mein Chef hätte das nie erfahren dürfen. Dagegen erhebe ich förmlich Beschwerde.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "French: the neighbour 'n'avait aucun droit de connaître'",
    subject: 'Plainte',
    body: "Votre prestataire a parlé de ma dette à ma voisine, qui n'avait aucun droit de le savoir. Je porte plainte auprès de l'APD.",
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "English: someone who 'should never have known' it",
    subject: 'Formal complaint',
    body: 'Your courier told my ex where I live now. He should never have known that. This is a formal complaint.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "French: someone who 'n'aurait jamais dû l'apprendre'",
    subject: 'Plainte',
    body: "Votre technicien a parlé de ma maladie à mon voisin. Il n'aurait jamais dû l'apprendre. Je dépose plainte auprès de l'APD.",
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "Dutch: heard 'via jullie monteur' that the sender is on sick leave",
    subject: 'Klacht',
    body: 'Bij de koffieautomaat bleek dat mijn teamleider via jullie monteur had gehoord over mijn ziekmelding. Daarover wil ik formeel klagen: dit is een klacht.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "French: the employer 'a appris ma candidature par un de vos' consultants",
    subject: 'Réclamation',
    body: "Mon patron a appris ma candidature par un de vos recruteurs. Ceci est ma réclamation formelle sur ce traitement de mes données.",
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "Dutch: 'mijn cv is bij mijn werkgever terechtgekomen'",
    subject: 'Klacht',
    body: 'Mijn cv is bij mijn huidige werkgever terechtgekomen, terwijl ik in stilte solliciteerde. Dit is een formele klacht.',
    rights: ['complaint', 'breach_report'],
  },
  {
    rule: "Dutch: a parcel 'bij mijn buren terechtgekomen' only shows a wrong address",
    subject: 'Verkeerd huisnummer',
    body: 'Het pakket van jullie is bij mijn buren terechtgekomen. Mijn huisnummer is 12 en niet 21, wilt u dat aanpassen?',
    rights: ['rectification'],
  },
  {
    rule: 'English: a lost work phone with applicants\' CVs on it',
    subject: 'Lost phone',
    body: 'I left my work phone on the bus. A few CVs of applicants are saved on it. Can you wipe it remotely?',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch: a stolen laptop with the plans 'van zo'n 25 leerlingen' on it",
    subject: 'Laptop gestolen',
    body: 'Uit de auto van onze zorgcoördinator is de laptop van school gestolen. Er stonden de zorgplannen van zo\'n 25 leerlingen op. Wissen graag.',
    rights: ['breach_report'],
  },
  {
    rule: "French: a stolen laptop with 'informations médicales' on it",
    subject: 'Portable volé',
    body: "Le portable de notre infirmière a été volé ce matin. Il contenait des fiches de suivi avec des informations médicales. Merci de le bloquer.",
    rights: ['breach_report'],
  },
  {
    rule: "English: 'not requesting you to remove me'",
    subject: 'Leaving the board',
    body: "I step down from the board in June, but I'm not requesting you to remove me from anything. I still want my login.",
    rights: [],
  },
  {
    rule: "German: 'angenommen' a member asks for erasure",
    subject: 'Frage zur Löschung',
    body: 'Angenommen, ein früheres Mitglied fordert eines Tages die Löschung aller seiner Daten: entfernen Sie es dann auch aus den Protokollen?',
    rights: [],
  },
  {
    rule: "French: 'supposons qu'un client' asks for erasure",
    subject: 'Question sauvegardes',
    body: "Supposons qu'un client demande l'effacement de ses données : combien de temps restent-elles dans vos sauvegardes ?",
    rights: [],
  },
  {
    rule: "English: a complaint the sender 'was about to' file",
    subject: 'Sorry',
    body: 'I was about to lodge a complaint with the ICO, but the calls came from another company after all. No action needed.',
    rights: [],
  },
  {
    rule: "Dutch: 'een volledige kopie van mijn rijbewijs' demanded is no copy of data asked",
    subject: 'Klacht',
    body: 'Uw medewerker eiste vooraf een volledige kopie van mijn rijbewijs, met BSN en foto. Ik dien een formele klacht in over uw omgang met mijn persoonsgegevens.',
    rights: ['complaint'],
  },
];

describe('classifyEmail: a matter that reached someone with no business knowing it', () => {
  it.each(DISCLOSURE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
