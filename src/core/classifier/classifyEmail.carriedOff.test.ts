import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/** A break-in told by its thieves, and the office computers, servers and backup boxes they carry off, is a breach. */
const CARRIED_OFF_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French 'des voleurs ... ont emporté le serveur' is a breach",
    subject: 'Vol',
    body: "Bonjour,\n\nDes voleurs sont entrés cette nuit et ont emporté le serveur de l'agence.\n\nPaul",
    rights: ['breach_report'],
  },
  {
    rule: "English 'thieves ... took two PCs' is a breach",
    subject: 'Office',
    body: 'Hi,\n\nThieves got into the office over the weekend and took two PCs from the front desk.\n\nMia',
    rights: ['breach_report'],
  },
  {
    rule: "Dutch 'bij de inbraak ... de NAS meegenomen' is a breach",
    subject: 'Inbraak',
    body: 'Hoi,\n\nBij de inbraak van vannacht hebben ze ook de NAS meegenomen.\n\nKoen',
    rights: ['breach_report'],
  },
  {
    rule: 'new PCs and a NAS ordered report nothing',
    subject: 'Order',
    body: 'Hi,\n\nCan you order two new PCs and a NAS for the office?\n\nMia',
    rights: [],
  },
];

describe('classifyEmail: office computers carried off in a break-in', () => {
  it.each(CARRIED_OFF_CASES)('$rule', (testCase) => expectRulesRights(testCase));
});
