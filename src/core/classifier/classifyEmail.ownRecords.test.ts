import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

interface RecordsCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

function expectRights({ subject, body, rights }: RecordsCase): void {
  expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
}

/** A worker's own records of hours and expenses, asked as a copy or a file. */
const OWN_RECORDS_CASES: readonly RecordsCase[] = [
  { rule: "Dutch 'mijn urenregistratie als CSV'", subject: 'uren', body: 'Ik ben vorig jaar uit dienst gegaan. Kunnen jullie mij al mijn urenregistratie als CSV sturen?', rights: ['access', 'portability'] },
  { rule: "English 'my timesheets'", subject: 'timesheets', body: 'I left the company in May. Could you send me a copy of my timesheets and my expense claims?', rights: ['access'] },
  { rule: "German 'meine Stundenzettel'", subject: 'Stunden', body: 'Ich bin ausgeschieden. Bitte schicken Sie mir meine Stundenzettel von 2025.', rights: ['access'] },
  { rule: "French 'mes feuilles de temps'", subject: 'heures', body: "J'ai quitté l'entreprise. Pouvez-vous m'envoyer mes feuilles de temps de l'an dernier ?", rights: ['access'] },
  { rule: "a team's timesheets are IT work", subject: 'timesheets', body: 'Can you move our timesheets to the new server on Friday?', rights: [] },
];

describe("classifyEmail: a worker's own records of hours and expenses", () => {
  it.each(OWN_RECORDS_CASES)('$rule', expectRights);
});
