import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Breaches told in French with plural words: the mail addresses of other customers visible to every recipient ("les adresses
 * d'autres clients"), and mails of ours meant for someone else that keep reaching the sender ("destinés à une autre cliente").
 * A change of addresses asked for the firm's own customers, or mails meant for the sender, report nothing.
 */
const FRENCH_BREACH_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'en copie visible une centaine d'adresses d'autres clients' in our mailing is a breach",
    subject: 'Votre dernier envoi',
    body: "Bonjour,\n\nJ'ai reçu votre rappel avec en copie visible une centaine d'adresses d'autres clients. Ce n'est pas normal.\n\nAnne",
    rights: ['breach_report'],
  },
  {
    rule: "French 'je reçois des mails de votre service client destinés à un autre client' is a breach",
    subject: 'Erreur',
    body: "Bonjour,\n\nDepuis lundi, je reçois des mails de votre service client destinés à un autre client, M. Roy.\n\nLéa",
    rights: ['breach_report'],
  },
  {
    rule: "French 'je reçois des courriels destinés à un certain M. Roux' is a breach",
    subject: 'Courriels reçus par erreur',
    body: "Bonjour,\n\nJe reçois des courriels de votre service destinés à un certain M. Roux, avec ses identifiants.\n\nPaul",
    rights: ['breach_report'],
  },
  {
    rule: "French new addresses of the firm's own customers, to be changed in the file, report nothing",
    subject: 'Mise à jour',
    body: "Bonjour,\n\nVoici les nouvelles adresses de nos clients pour la facturation. Merci de les mettre à jour.\n\nMarc",
    rights: [],
  },
  {
    rule: "French mails meant for the sender and received report nothing",
    subject: 'Merci',
    body: "Bonjour,\n\nJ'ai bien reçu les documents destinés à mon dossier. Merci beaucoup.\n\nNina",
    rights: [],
  },
];

describe('classifyEmail: breaches told in French with plural words', () => {
  it.each(FRENCH_BREACH_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
