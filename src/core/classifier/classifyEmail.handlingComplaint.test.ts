import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A complaint lodged with us about how we handled the sender's request or data, with us as the subject of the handling or a
 * second object joined to the first: the complaint alone. How staff treated the sender is a service complaint, no right.
 */
const HANDLING_COMPLAINT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'de manier waarop u met mijn verzoek bent omgegaan'",
    subject: 'Klacht',
    body: 'Geachte heer/mevrouw,\n\nIk wil een klacht indienen over de wijze waarop u met mijn verzoek bent omgegaan.\n\nFemke',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'waarop u mijn verzoek en mijn gegevens heeft behandeld'",
    subject: 'Klacht',
    body: 'Geachte heer/mevrouw,\n\nIk heb een klacht over de manier waarop u mijn verzoek en mijn gegevens heeft behandeld.\n\nFemke',
    rights: ['complaint'],
  },
  {
    rule: "English 'the way you dealt with my request and my data'",
    subject: 'Complaint',
    body: 'Hello,\n\nI want to make a complaint about the way you dealt with my request and my data.\n\nGrace',
    rights: ['complaint'],
  },
  {
    rule: "German 'wie Sie mit meiner Anfrage und meinen Daten umgegangen sind'",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nich erhebe Beschwerde darüber, wie Sie mit meiner Anfrage und meinen Daten umgegangen sind.\n\nLena',
    rights: ['complaint'],
  },
  {
    rule: 'how a technician treated the sender is a service complaint',
    subject: 'Klacht',
    body: 'Beste mensen,\n\nIk heb een klacht over de manier waarop uw monteur mij gisteren heeft behandeld.\n\nFemke',
    rights: [],
  },
  {
    rule: 'how a repair was handled is a service complaint',
    subject: 'Complaint',
    body: 'Hello,\n\nI want to make a complaint about the way you dealt with my broken router.\n\nGrace',
    rights: [],
  },
];

describe('classifyEmail: a complaint about how we handled the request or data', () => {
  it.each(HANDLING_COMPLAINT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
