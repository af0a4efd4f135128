import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A complaint in everyday words: the mail called a complaint ("zie dit als een klacht"), the handling complained of as it goes
 * on ("how you handle my request"), a detail passed on told after the verb of complaining, and the authority announced by a
 * nickname or as the one the matter is referred or written to. A service complaint, or another sector's authority, is none.
 */
const EVERYDAY_COMPLAINT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'a formal complaint about how you handle my request'",
    subject: 'Again',
    body: 'I asked you two times to erase my account. This is a formal complaint about how you handle my request. Erase it today.',
    rights: ['complaint', 'erasure'],
  },
  {
    rule: "Dutch 'klacht over hoe jullie met mijn verzoek omgaan'",
    subject: 'Klacht',
    body: 'Ik heb een klacht over hoe jullie met mijn verzoek omgaan, er gebeurt gewoon niks.',
    rights: ['complaint'],
  },
  {
    rule: "French 'réclamation sur la façon dont vous traitez ma demande', beside the erasure asked",
    subject: 'Réclamation',
    body: "Je vous adresse une réclamation sur la façon dont vous traitez ma demande. Supprimez mes données sans attendre.",
    rights: ['complaint', 'erasure'],
  },
  {
    rule: "Dutch 'zie dit als een klacht' beside the access asked",
    subject: 'Nog steeds niets',
    body: 'Ik wil nog altijd weten welke gegevens jullie van mij hebben. Zie dit maar als een klacht.',
    rights: ['access', 'complaint'],
  },
  {
    rule: "German 'betrachten Sie diese E-Mail als Beschwerde' beside the erasure asked",
    subject: 'Löschung',
    body: 'Löschen Sie bitte endlich meine Daten. Betrachten Sie diese E-Mail als Beschwerde.',
    rights: ['complaint', 'erasure'],
  },
  {
    rule: "English 'complain that your engineer gave my phone number to'",
    subject: 'My number',
    body: 'I want to complain that your engineer gave my phone number to the tenant downstairs without asking me.',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'klacht ... mijn telefoonnummer aan mijn buurman gegeven', the disclosure a breach told too",
    subject: 'Mijn nummer',
    body: 'Ik dien een klacht in omdat jullie monteur mijn telefoonnummer aan mijn buurman heeft gegeven.',
    rights: ['breach_report', 'complaint'],
  },
  {
    rule: "English 'refer the matter to the Data Protection Commission' beside a copy asked",
    subject: 'Subject access',
    body: 'Please send me a copy of my personal data. Failing a reply within a month, I will refer the matter to the Data Protection Commission.',
    rights: ['access', 'complaint'],
  },
  {
    rule: "English 'I have written to the ICO' beside leaving the list",
    subject: 'Newsletter again',
    body: 'Take me off your mailing list. I have also written to the ICO about it.',
    rights: ['complaint', 'unsubscribe'],
  },
  {
    rule: "Dutch 'melden bij de waakhond voor persoonsgegevens'",
    subject: 'Mijn gegevens',
    body: 'Ik wil weten wat jullie van mij opslaan. Anders ga ik dit melden bij de waakhond voor persoonsgegevens.',
    rights: ['access', 'complaint'],
  },
  {
    rule: "Dutch 'DIT IS EEN KLACHT' above 'Dit is een klacht' about an outage: one service complaint said twice",
    subject: "DIT IS EEN KLACHT",
    body: "Al twee dagen geen telefoon op de zaak. Ticket 4471 staat nog op 'in behandeling'.\n\nDit is een klacht. Morgen opgelost of wij stappen over.\n\nKarin",
    rights: [],
  },
  {
    rule: "English 'THIS IS A COMPLAINT' above 'This is a complaint' about a VPN down: one service complaint said twice",
    subject: "THIS IS A COMPLAINT",
    body: "Our VPN has been down since Monday and nobody calls back.\n\nThis is a complaint. Fix it today.\n\nRob",
    rights: [],
  },
  {
    rule: "Dutch 'Dit is een klacht' above the same words about data not erased after a request stays a complaint",
    subject: "Dit is een klacht",
    body: "Dit is een klacht: mijn gegevens zijn na het verzoek van maart om ze te wissen nog altijd niet gewist.\n\nKarin",
    rights: ['complaint'],
  },
  {
    rule: 'a complaint about how an invoice is handled is a service complaint',
    subject: 'Complaint',
    body: 'This is a complaint about how you handle my invoices, they are always late.',
    rights: [],
  },
  {
    rule: 'another sector authority the matter is referred to is no data protection authority',
    subject: 'Refund',
    body: 'You refused my refund. I will refer the matter to the Civil Aviation Authority.',
    rights: [],
  },
  {
    rule: 'a letter written to the tax authority is no complaint',
    subject: 'Tax letter',
    body: 'We have written to the tax authority about the late return. Can you send us the invoice again?',
    rights: [],
  },
  {
    rule: "English 'Next stop: the ICO' after messages left unanswered threatens a complaint",
    subject: 'Calls to my mobile',
    body: 'Hello,\n\nI have written to you three times about the calls to my mobile and heard nothing. Next stop: the ICO.\n\nDan',
    rights: ['complaint'],
  },
  {
    rule: "German 'Nächster Schritt ist die Aufsichtsbehörde' threatens a complaint",
    subject: 'Anrufe',
    body: 'Guten Tag,\n\nich habe Ihnen dreimal wegen der Anrufe auf mein Handy geschrieben und nichts gehört. Nächster Schritt ist die Aufsichtsbehörde.\n\nUte',
    rights: ['complaint'],
  },
  {
    rule: "French 'Prochaine étape : la CNIL' threatens a complaint",
    subject: 'Appels',
    body: 'Bonjour,\n\nJe vous ai écrit trois fois au sujet des appels sur mon portable, sans réponse. Prochaine étape : la CNIL.\n\nLuc',
    rights: ['complaint'],
  },
  {
    rule: "the firm's own next step told with the authority ('Next step: we notify the AP') is none",
    subject: 'Our call',
    body: 'Hi,\n\nThanks for the call this morning. Next step: we notify the AP within 72 hours, as our lawyer advised.\n\nKim',
    rights: [],
  },
  {
    rule: "a next step of IT work that names data is none",
    subject: 'Migration',
    body: 'Hi,\n\nThe mailboxes are moved. The next step is the data migration on Saturday.\n\nKim',
    rights: [],
  },
];

describe('classifyEmail: a complaint in everyday words', () => {
  it.each(EVERYDAY_COMPLAINT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
