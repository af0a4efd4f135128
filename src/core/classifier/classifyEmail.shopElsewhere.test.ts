import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A leak at a shop elsewhere that the sender bought from, told to him by that shop, is none of ours, in sentences of our own:
 * no right stands and the "no" is doubted (`needsReview`), so the models do not make what he asks of IT a request. Someone
 * else's data that reached him, and a leak of ours, stay breach reports.
 */
const SHOP_ELSEWHERE_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'een mail van die webshop ... datalek' with a password reset asked is no request",
    subject: 'datalek?',
    body: 'Hoi,\n\nIk kreeg een mail van die webshop dat ze een datalek hebben gehad en dat mijn wachtwoord misschien gelekt is. Kunnen jullie mijn wachtwoord voor de kantoormail resetten?\n\nTineke',
    rights: [],
  },
  {
    rule: "English 'the site where I ordered ... were hacked' with a sign-in check asked is no request",
    subject: 'hacked?',
    body: "Hi,\n\nThe gift site where I ordered a present last year emailed me that they were hacked and my email and password were taken. Could you check whether anyone logged into my work account?\n\nRob",
    rights: [],
  },
  {
    rule: "German 'ein Shop, bei dem ich bestellt habe ... meine E-Mail-Adresse. Muss ich etwas ändern?' corrects nothing",
    subject: 'Datenleck',
    body: 'Hallo,\n\nein Shop, bei dem ich Lampen bestellt habe, schreibt mir, dass Kundendaten gestohlen wurden, auch meine E-Mail-Adresse. Muss ich an meinem Konto etwas ändern?\n\nPetra',
    rights: [],
  },
  {
    rule: "French 'un site de vente en ligne ... fuite de données' is no breach of ours",
    subject: 'Fuite de données',
    body: "Bonjour,\n\nUn site de vente en ligne de chaussures m'a écrit qu'il a subi une fuite de données. Dois-je changer mon mot de passe ?\n\nLéa",
    rights: [],
  },
  {
    rule: "someone else's invoice sent to the sender by us stays a breach report",
    subject: 'verkeerde factuur',
    body: 'Hallo,\n\nIn jullie mail van vandaag zat de factuur van een andere klant, met zijn naam en adres.\n\nTineke',
    rights: ['breach_report'],
  },
];

describe('classifyEmail: a leak at a shop elsewhere', () => {
  it.each(SHOP_ELSEWHERE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
    if (rights.length === 0) expect(result.needsReview).toBe(true);
  });
});
