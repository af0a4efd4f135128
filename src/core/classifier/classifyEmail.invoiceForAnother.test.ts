import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Another customer's invoice sent to the sender's firm, told as whom it is for and not the firm ("is for Harbour Logistics,
 * not us") or as our attachment that is not theirs ("le document joint à votre courriel n'est pas le nôtre"), with the names it
 * holds: a breach reported. Our attachment found in order asks nothing. Sentences written for these tests.
 */
const INVOICE_FOR_ANOTHER_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'is for <firm>, not us', their staff named",
    subject: 'Invoice',
    body: "Hello,\n\nToday's invoice you mailed over is for Harbour Logistics, not us. It names all their staff with their phone numbers. I've deleted it.\n\nPeter",
    rights: ['breach_report'],
  },
  {
    rule: "French: 'le document joint à votre courriel n'est pas le nôtre', their employees named",
    subject: 'Facture',
    body: "Bonjour,\n\nLe document joint à votre courriel n'est pas le nôtre : il concerne la société Martin et donne les noms et adresses e-mail de leurs employés. Nous l'avons supprimée.\n\nCordialement,\nComptabilité",
    rights: ['breach_report'],
  },
  {
    rule: 'French: our attachment found in order asks nothing',
    subject: 'Facture',
    body: 'Bonjour,\n\nLe document joint à votre message est en ordre, merci. Nous le réglerons cette semaine.\n\nCordialement,\nComptabilité',
    rights: [],
  },
];

describe("classifyEmail: another customer's invoice sent to the sender", () => {
  it.each(INVOICE_FOR_ANOTHER_CASES)('$rule', (invoiceCase) => {
    expectRulesRights(invoiceCase);
  });
});
