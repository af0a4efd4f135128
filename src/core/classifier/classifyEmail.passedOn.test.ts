import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A business customer passing on a request of someone it serves, and asking us to act on it as its processor, is a request
 * whose words are the customer's everyday business: the rules' verdict stands without the models.
 */
const PASSED_ON: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "a Dutch leaver's erasure passed on by the leaving ('een vertrokken magazijnmedewerker vraagt')",
    subject: 'Oud-personeel',
    body: 'Hallo,\n\nEen vertrokken magazijnmedewerker vraagt of we al zijn gegevens wissen. Kunnen jullie zijn account en de kopieën in de back-up opruimen?\n\nGroet, Sanne',
    rights: ['erasure'],
  },
  {
    rule: "a Dutch teacher's objection passed on by her school ('een docent van ons')",
    subject: 'Bezwaar docent',
    body: 'Hallo,\n\nEen docent van ons maakt bezwaar tegen de monitoringsoftware op haar laptop en wil dat die niet meer over haar wordt gebruikt. Kunnen jullie de agent op haar laptop uitschakelen?\n\nGroet, Wim',
    rights: ['objection'],
  },
  {
    rule: "a Dutch teacher's erasure passed on by her school ('een leerkracht van ons')",
    subject: 'Leerkracht',
    body: "Hallo,\n\nEen leerkracht van ons wil dat haar oude foto's van de schoolsite en uit de back-up worden verwijderd. Kunnen jullie dat regelen?\n\nGroet, Wim",
    rights: ['erasure'],
  },
  {
    rule: "a German leaver's access passed on by the leaving ('ein ausgeschiedener Fahrer hat')",
    subject: 'Anfrage',
    body: 'Guten Tag,\n\nein ausgeschiedener Fahrer hat verlangt, eine Kopie seiner gespeicherten Daten zu bekommen. Können Sie uns seine Daten aus dem Fahrtenbuch-System exportieren?\n\nViele Grüße\nBirgit Hahn',
    rights: ['access'],
  },
  {
    rule: "an English leaver's erasure passed on ('an employee who left in March')",
    subject: 'Former staff',
    body: 'Hi,\n\nAn employee who left in March wants her personal data deleted. Could you remove her account and her files from the NAS?\n\nThanks, Owen',
    rights: ['erasure'],
  },
  {
    rule: "a French leaver's erasure passed on ('une salariée partie nous demande')",
    subject: 'Ancienne salariée',
    body: "Bonjour,\n\nUne salariée partie nous demande d'effacer ses données. Pourriez-vous supprimer son compte et ses dossiers du serveur ?\n\nMerci, Lucie",
    rights: ['erasure'],
  },
  {
    rule: "a forward named as a client's request in its subject ('FW: request from a customer')",
    subject: 'FW: request from a customer',
    body: 'For you to pick up, thanks.\nLiam Cole\n\n---------- Forwarded message ---------\nFrom: Ruth Ames <ruth.ames@example.com>\nSubject: my data\n\nPlease delete every record you hold about me.\nRuth Ames',
    rights: ['erasure'],
  },
  {
    rule: "an instruction to a processor naming the data subject ('we instruct you to erase')",
    subject: 'Instruction',
    body: 'Dear support,\n\nAs agreed in our contract, we instruct you to erase all personal data of the data subject named in the ticket from the CRM.\n\nRegards, Ella Park',
    rights: ['erasure'],
  },
];

describe('classifyEmail: a request a business customer passes on', () => {
  it.each(PASSED_ON)('$rule', ({ subject, body, rights }) => {
    const rules = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(rules.rights).toEqual(rights);
    expect(rules.isPassedOnByCustomer).toBe(true);
    expect(classifyEmail({ subject, body })).toMatchObject({ isPrivacyRequest: true, rights });
  });

  it.each([
    {
      rule: 'advice on a leaver\'s request asks nothing of us',
      subject: 'Vraagje',
      body: 'Hoi,\n\nEen vertrokken medewerker vraagt om zijn gegevens. Hoeveel tijd hebben we daarvoor volgens de AVG?\n\nGroet, Mark',
    },
    {
      rule: 'a data subject asking his own erasure is no one passed on',
      subject: 'Verwijderen',
      body: 'Goedendag,\n\nWillen jullie alles wat over mij bewaard is wissen? Mijn abonnement is al opgezegd.\n\nHenk Bos',
    },
  ])('not passed on: $rule', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).isPassedOnByCustomer).toBe(false);
  });
});
