import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * What an answer to an access request left out, asked for, often beside a complaint about it, in sentences of our own; and
 * the parts missing from an order, the details to complete and the complaints that only tell, which ask no access.
 */
const COMPLETION_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'Please send the missing information' after an incomplete answer asks access",
    subject: 'Your reply to my request',
    body: 'Hello,\n\nYour reply was incomplete: the recipients and the retention periods are missing. Please send the missing information.\n\nAnna',
    rights: ['access'],
  },
  {
    rule: "German 'Ich bitte um Vervollständigung' under 'Auskunft unvollständig' asks access beside the complaint",
    subject: 'Beschwerde: Auskunft unvollständig',
    body: 'Guten Tag,\n\nvielen Dank für Ihre Auskunft vom 3.5. leider fehlen die Empfänger. Ich bitte um Vervollständigung. Zugleich lege ich hiermit Beschwerde über die Bearbeitung ein.\n\nAnna',
    rights: ['access', 'complaint'],
  },
  {
    rule: "German 'die fehlenden Angaben nachzureichen' asks access",
    subject: 'Ihre Antwort',
    body: 'Guten Tag,\n\nIhre Antwort war unvollständig, die Empfänger fehlen. Ich fordere Sie auf, die fehlenden Angaben nachzureichen.\n\nAnna',
    rights: ['access'],
  },
  {
    rule: "Dutch 'uw antwoord aan te vullen' asks access",
    subject: 'Onvolledig antwoord',
    body: 'Beste,\n\nUw antwoord op mijn inzageverzoek is onvolledig: de gespreksnotities ontbreken. Ik verzoek u uw antwoord aan te vullen.\n\nAnna',
    rights: ['access'],
  },
  {
    rule: "French 'compléter votre réponse' asks access",
    subject: 'Réponse incomplète',
    body: 'Bonjour,\n\nVotre réponse à ma demande est incomplète : il manque la liste des destinataires de mes données. Je vous demande de compléter votre réponse.\n\nAnna',
    rights: ['access'],
  },
  {
    rule: 'a part missing from an order, asked to be sent on, asks no right',
    subject: 'Bestellung 4471',
    body: 'Hallo,\n\nim Paket fehlt der Schal. Können Sie mir den Schal nachliefern?\n\nAnna',
    rights: [],
  },
  {
    rule: 'a complaint that only tells the answer was incomplete asks no access',
    subject: 'Complaint filed',
    body: 'Hello,\n\nYour answer to my access request was incomplete. I have filed a complaint with the Dutch Data Protection Authority today; this is for your information.\n\nAnna',
    rights: ['complaint'],
  },
];

describe('classifyEmail: what an access answer left out, asked for', () => {
  it.each(COMPLETION_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
