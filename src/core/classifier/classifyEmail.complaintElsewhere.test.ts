import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';
import { expectDoubtedNo } from './rulesRights.test-support.ts';

/**
 * A complaint lodged with the police, an ombudsman, a dispute committee, a court or the municipality is none in the GDPR sense (corpus README): it
 * is neither to a data protection authority nor lodged with us. The breach told beside it still stands, and so does a complaint
 * to the authority named in the same sentence.
 */
const COMPLAINT_ELSEWHERE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "French 'j'ai porté plainte au commissariat' after a stolen laptop: the breach alone",
    subject: 'Portable volé',
    body: "Bonjour,\n\nOn m'a volé mon portable de travail dans le train ce matin. Il contient des fichiers clients avec noms et adresses. J'ai porté plainte au commissariat.\n\nPouvez-vous bloquer mon compte ?\n\nLucie",
    rights: ['breach_report'],
  },
  {
    rule: "French 'j'ai déposé une plainte à la gendarmerie' after our technician gave out a number: the breach alone",
    subject: 'Mon numéro',
    body: "Bonjour,\n\nVotre installateur a donné mon numéro à mon voisin sans mon accord. J'ai déposé une plainte à la gendarmerie.\n\nLucie",
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'een klacht ingediend bij de politie' after our technician gave out a number: the breach alone",
    subject: 'Mijn nummer',
    body: 'Hallo,\n\nUw installateur heeft mijn nummer zonder mijn toestemming aan mijn buurman gegeven. Ik heb hier een klacht over ingediend bij de politie.\n\nSanne',
    rights: ['breach_report'],
  },
  {
    rule: "German 'erhebe Beschwerde bei der Polizei' after our technician gave out a number: the breach alone",
    subject: 'Meine Nummer',
    body: 'Hallo,\n\nIhr Installateur hat meine Handynummer ohne meine Zustimmung an meinen Nachbarn weitergegeben. Ich erhebe deshalb Beschwerde bei der Polizei.\n\nJonas',
    rights: ['breach_report'],
  },
  {
    rule: "English 'a formal complaint with the ombudsman' after a leaked number: the breach alone",
    subject: 'My number',
    body: 'Hi,\n\nYour installer gave my mobile number to my neighbour without asking me. I have lodged a formal complaint with the ombudsman.\n\nRuth',
    rights: ['breach_report'],
  },
  {
    rule: 'the data protection authority named beside the police in the sentence: the complaint stands',
    subject: 'Meine Nummer',
    body: 'Hallo,\n\nIhr Installateur hat meine Handynummer ohne meine Zustimmung an meinen Nachbarn weitergegeben. Ich habe Anzeige bei der Polizei erstattet und Beschwerde bei der Datenschutzbehörde eingereicht.\n\nJonas',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "French 'plainte auprès de la CNIL' is the authority: the complaint stands",
    subject: 'Mon numéro',
    body: "Bonjour,\n\nVotre installateur a donné mon numéro à mon voisin sans mon accord. J'ai déposé une plainte auprès de la CNIL.\n\nLucie",
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "a police report of a burglary beside a new modem asked is no request: 'Ich habe Strafanzeige erstattet'",
    subject: 'Einbruch',
    body: 'Hallo,\n\nbei uns wurde eingebrochen und der Router ist weg. Ich habe Strafanzeige erstattet. Können Sie ein neues Gerät schicken?\n\nJonas',
    rights: [],
  },
  {
    rule: "a parcel stolen from the doorstep and reported to the police is no request: 'I reported it to the police'",
    subject: 'Stolen parcel',
    body: 'Hi,\n\nThe router you sent was taken from my doorstep and I reported it to the police. Could you send another one?\n\nRuth',
    rights: [],
  },
];

describe('classifyEmail: a complaint lodged with the police or another body', () => {
  it.each(COMPLAINT_ELSEWHERE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });

  // The complaint words read and set aside make the "no" a doubted one, so the models do not make the complaint again.
  it.each([
    'Hello,\n\nYour delivery vans block our driveway every morning. This is a formal complaint, and I will take it to the municipality next week.\n\nOmar',
    'Beste,\n\nUw buitenunit maakt de hele nacht lawaai. Dit is een formele klacht; als het niet ophoudt, stap ik naar de gemeente.\n\nEls',
  ])('a complaint to the municipality is doubted, not made a request by the models: %s', (body) => {
    expectDoubtedNo('Complaint', body);
  });
});

/**
 * Someone else's complaint that the authority acted on, told to the firm in the authority's decision or letter, is no complaint
 * of the sender's; a data subject who tells of another's complaint and lodges his own still complains.
 */
const OTHERS_COMPLAINT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'naar aanleiding van een klacht van een betrokkene heeft de AP ...' tells the authority's decision",
    subject: 'Besluit handhaving',
    body: 'Geachte heer, mevrouw,\n\nNaar aanleiding van een klacht van een betrokkene heeft de Autoriteit Persoonsgegevens onderzoek gedaan naar uw camerabeleid. Het besluit vindt u in de bijlage.\n\nAfdeling Handhaving',
    rights: [],
  },
  {
    rule: "English 'following a complaint from a data subject, the ICO ...' tells the authority's decision",
    subject: 'Decision notice',
    body: 'Dear Sir or Madam,\n\nFollowing a complaint from a data subject, the ICO has reviewed how your firm answers access requests. Our findings are enclosed.\n\nCasework team',
    rights: [],
  },
  {
    rule: "German 'aufgrund einer Beschwerde einer betroffenen Person hat der Landesbeauftragte ...' tells the decision",
    subject: 'Bescheid',
    body: 'Sehr geehrte Damen und Herren,\n\naufgrund einer Beschwerde einer betroffenen Person hat der Landesbeauftragte für Datenschutz Ihre Videoüberwachung geprüft. Den Bescheid finden Sie anbei.\n\nReferat 3',
    rights: [],
  },
  {
    rule: "French 'suite à une plainte d'une personne concernée, la CNIL ...' tells the decision",
    subject: 'Décision',
    body: "Madame, Monsieur,\n\nSuite à une plainte d'une personne concernée, la CNIL a contrôlé la vidéosurveillance de votre magasin. La décision est jointe.\n\nService des contrôles",
    rights: [],
  },
  {
    rule: "a data subject who names another's complaint and lodges his own still complains",
    subject: 'Klacht',
    body: 'Hallo,\n\nNaar aanleiding van de klacht van mijn buurman over de camera: ik dien nu zelf een klacht in bij de Autoriteit Persoonsgegevens.\n\nSanne',
    rights: ['complaint'],
  },
];

describe("classifyEmail: someone else's complaint told in the authority's decision", () => {
  it.each(OTHERS_COMPLAINT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
