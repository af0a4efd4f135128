import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * Another customer's invoice sent to the sender's firm, told as whom it is for and not the firm ("is for Harbour Logistics,
 * not us") or as our attachment that is not theirs ("la facture jointe à votre mail n'est pas la nôtre"), with the names it
 * holds: a breach reported. Our attachment found in order asks nothing. Sentences written for these tests.
 */
const INVOICE_FOR_ANOTHER_CASES: readonly RulesRightsCase[] = [
  {
    rule: "English: 'is for <firm>, not us', their staff named",
    subject: 'Invoice',
    body: "Hello,\n\nThe invoice you sent us this morning is for Harbour Logistics, not us. It names all their staff with their phone numbers. I've deleted it.\n\nPeter",
    rights: ['breach_report'],
  },
  {
    rule: "French: 'la facture jointe à votre mail n'est pas la nôtre', their employees named",
    subject: 'Facture',
    body: "Bonjour,\n\nLa facture jointe à votre mail n'est pas la nôtre : elle concerne la société Martin et donne les noms et adresses e-mail de leurs employés. Nous l'avons supprimée.\n\nCordialement,\nComptabilité",
    rights: ['breach_report'],
  },
  {
    rule: 'French: our attachment found in order asks nothing',
    subject: 'Facture',
    body: 'Bonjour,\n\nLa facture jointe à votre message est correcte, merci. Nous la paierons cette semaine.\n\nCordialement,\nComptabilité',
    rights: [],
  },
];

describe("classifyEmail: another customer's invoice sent to the sender", () => {
  it.each(INVOICE_FOR_ANOTHER_CASES)('$rule', (invoiceCase) => {
    expectRulesRights(invoiceCase);
  });
});
