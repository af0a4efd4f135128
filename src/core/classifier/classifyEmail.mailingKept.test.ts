import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A mailing the sender wants to keep receiving at a new address is a correction of that address, not an unsubscribe, and his
 * old address going away is why it is corrected, not an erasure; leaving the mailing still unsubscribes.
 */
const MAILING_KEPT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'de nieuwsbrief blijven krijgen' with 'mijn oude adres verdwijnt' corrects the address",
    subject: 'nieuwsbrief',
    body: 'Hallo,\n\nIk wil de nieuwsbrief blijven krijgen, graag op mijn nieuwe adres anna.k@voorbeeld.nl. Mijn oude adres verdwijnt.\n\nAnna',
    rights: ['rectification'],
  },
  {
    rule: "English 'keep receiving the newsletter' with 'my old address will disappear' corrects the address",
    subject: 'newsletter',
    body: "Hi,\n\nI'd like to keep receiving the newsletter on my new address tom.r@example.com. My old address will disappear soon.\n\nTom",
    rights: ['rectification'],
  },
  {
    rule: "German 'den Newsletter weiterhin erhalten' with 'meine alte Adresse verschwindet' corrects the address",
    subject: 'Newsletter',
    body: 'Hallo,\n\nich möchte den Newsletter weiterhin erhalten, bitte an meine neue Adresse lena.s@beispiel.de. Meine alte Adresse verschwindet bald.\n\nLena',
    rights: ['rectification'],
  },
  {
    rule: "French 'continuer à recevoir la newsletter' with 'mon ancienne adresse va disparaître' corrects the address",
    subject: 'newsletter',
    body: 'Bonjour,\n\nJe voudrais continuer à recevoir la newsletter, à ma nouvelle adresse claire.d@exemple.fr. Mon ancienne adresse va disparaître.\n\nClaire',
    rights: ['rectification'],
  },
  {
    rule: "Dutch newsletter not wanted any more and the address taken out still unsubscribes",
    subject: 'nieuwsbrief',
    body: 'Hallo,\n\nIk wil de nieuwsbrief niet meer. Haal mijn adres eruit weg.\n\nAnna',
    rights: ['unsubscribe', 'erasure'],
  },
  {
    rule: "English 'remove me from the newsletter' still unsubscribes",
    subject: 'newsletter',
    body: 'Hi,\n\nPlease remove me from the newsletter.\n\nTom',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a mailing kept at a new address', () => {
  it.each(MAILING_KEPT_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});

/**
 * A mailing kept by saying what not to do with it ("without taking me off the list") is no mailing to leave: the tracking or
 * profiling stopped beside it is objected to alone. Taken off the list, with no "without" before it, is still the unsubscribe.
 */
const KEPT_BY_WITHOUT_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch 'zonder mij van de lijst te halen' keeps the mailing beside the tracking stopped",
    subject: 'klikgedrag',
    body: 'Ik lees de nieuwsbrief graag. Zet het volgen van mijn klikgedrag stop, maar zonder mij van de lijst te halen.',
    rights: ['objection'],
  },
  {
    rule: "Dutch 'zonder mij af te melden' keeps it too",
    subject: 'klikgedrag',
    body: 'Kunnen jullie het meten van mijn klikgedrag stoppen zonder mij af te melden?',
    rights: ['objection'],
  },
  {
    rule: "German 'ohne mich aus dem Verteiler zu nehmen' keeps the mailing",
    subject: 'Tracking',
    body: 'Den Newsletter lese ich gern. Bitte das Klick-Tracking für meine Adresse abstellen, ohne mich aus dem Verteiler zu nehmen.',
    rights: ['objection'],
  },
  {
    rule: "French 'sans me retirer de la liste' keeps the mailing",
    subject: 'suivi',
    body: 'Merci de désactiver le suivi des clics pour mon adresse, sans me retirer de la liste.',
    rights: ['objection'],
  },
  {
    rule: "English 'without removing me from the newsletter' keeps the mailing",
    subject: 'tracking',
    body: 'Please switch off the click tracking for my address without removing me from the newsletter.',
    rights: ['objection'],
  },
  {
    rule: "German 'nehmen Sie mich aus dem Verteiler' with no 'ohne' still unsubscribes",
    subject: 'Verteiler',
    body: 'Bitte nehmen Sie mich aus dem Verteiler.',
    rights: ['unsubscribe'],
  },
  {
    rule: "Dutch 'zonder verder gedoe' after the list left keeps nothing",
    subject: 'lijst',
    body: 'Haal mij van de lijst, zonder verder gedoe.',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: a mailing kept by saying what not to do with it', () => {
  it.each(KEPT_BY_WITHOUT_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
