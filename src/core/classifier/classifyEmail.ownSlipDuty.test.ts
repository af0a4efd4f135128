import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A mail one of the sender's own people sent wrong, told with the question whether his firm must notify it, asks advice on the
 * firm's own breach: no breach of ours is reported, and the "no" is doubted. A mail of ours sent wrong stays a breach report,
 * whatever the sender asks beside it.
 */
const OWN_SLIP_DUTY_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch: the duty asked indirectly, 'weet u of wij dit bij de AP moeten melden?'",
    subject: 'verkeerd gemaild',
    body: 'Hoi,\n\nEen collega van ons heeft vanmiddag onze ledenlijst naar een verkeerd adres gemaild. Is die mail terug te halen? En weet u of wij dit bij de AP moeten melden?\n\nGroet,\nMirjam',
    rights: [],
  },
  {
    rule: "English: 'is this something we have to report?'",
    subject: 'wrong person',
    body: "Hi,\n\nOne of our bookkeepers sent a client's tax file to the wrong address this morning. Can you pull it back? Also, is this something we need to report?\n\nThanks,\nOmar",
    rights: [],
  },
  {
    rule: "Dutch 'een van onze medewerkers heeft ... gemaild. Moeten wij dat melden?' asks advice",
    subject: 'Vraag over meldplicht',
    body: 'Hallo,\n\nGisteren heeft een van onze medewerkers per ongeluk een overzicht met namen en adressen van leden naar de verkeerde vereniging gemaild. Moeten wij dat melden bij de AP?\n\nGroet, Marloes',
    rights: [],
  },
  {
    rule: "English 'one of our staff accidentally emailed ... Do we need to report this?' asks advice",
    subject: 'Reporting question',
    body: 'Hi,\n\nOne of our staff accidentally emailed a spreadsheet with customers\' names and phone numbers to the wrong supplier. Do we need to report this?\n\nBest, Owen',
    rights: [],
  },
  {
    rule: "German 'einer unserer Mitarbeiter hat ... verschickt. Müssen wir das melden?' asks advice",
    subject: 'Meldepflicht?',
    body: 'Hallo,\n\neiner unserer Mitarbeiter hat versehentlich eine Liste mit Kundendaten an den falschen Kunden verschickt. Müssen wir das der Behörde melden?\n\nGruß, Dirk',
    rights: [],
  },
  {
    rule: "French 'une de nos assistantes a envoyé ... Devons-nous le signaler ?' asks advice",
    subject: 'Question notification',
    body: "Bonjour,\n\nUne de nos assistantes a envoyé par erreur un courrier avec les coordonnées d'un client à un autre client. Devons-nous le signaler à la CNIL ?\n\nCordialement, Anne",
    rights: [],
  },
  {
    rule: "Dutch 'onze administratief medewerker heeft ... gestuurd. Moeten wij dit ... melden?' names the one who sent",
    subject: 'Meldplicht?',
    body: 'Hoi,\n\nOnze administratief medewerker heeft vanmorgen per ongeluk een Excel met namen, adressen en geboortedata van al onze vaste klanten naar de drukker gestuurd. Moeten we dit bij de AP melden?\n\nGroet, Wim',
    rights: [],
  },
  {
    rule: "English 'our account manager sent ... Do we have to report it to the DPA?' is no complaint either",
    subject: 'Wrong client',
    body: 'Hi,\n\nOur account manager sent a quote with another customer\'s contact list to the wrong company yesterday. Do we have to report it to the DPA?\n\nRegards, Fiona',
    rights: [],
  },
  {
    rule: "German 'unsere Buchhalterin hat ... verschickt. Müssen wir das melden?' names the one who sent",
    subject: 'Versehen',
    body: 'Hallo,\n\nunsere Buchhalterin hat versehentlich eine Liste mit Kundendaten an den falschen Kunden verschickt. Müssen wir das melden?\n\nGruß, Petra',
    rights: [],
  },
  {
    rule: "French 'notre secrétaire a envoyé ... Devons-nous le signaler ?' names the one who sent",
    subject: 'Erreur d’envoi',
    body: "Bonjour,\n\nNotre secrétaire a envoyé par erreur les coordonnées d'un patient à un autre patient. Devons-nous le signaler à l'autorité ?\n\nCordialement, Luc",
    rights: [],
  },
  {
    rule: "a mail of ours sent to 'onze medewerker' stays a breach report beside the duty question",
    subject: 'Verkeerde factuur',
    body: 'Hallo,\n\nJullie hebben de factuur van een ander bedrijf, met namen en rekeningnummers, naar onze medewerker gestuurd. Moeten wij dat melden?\n\nGroet, Ans',
    rights: ['breach_report'],
  },
  {
    rule: 'a mail of ours sent wrong stays a breach report beside the duty question',
    subject: 'Verkeerde mail',
    body: 'Hallo,\n\nJullie monteur heeft per ongeluk een rapport met namen en adressen van onze klanten naar een ander bedrijf gemaild. Moeten wij dat melden bij de AP?\n\nGroet, Marloes',
    rights: ['breach_report'],
  },
];

describe("classifyEmail: a firm's own slip told with its duty to notify", () => {
  it.each(OWN_SLIP_DUTY_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(true);
  });
});
