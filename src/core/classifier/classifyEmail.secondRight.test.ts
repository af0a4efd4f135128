import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/** A correction asked with no object of its own ("Please correct this.") after the sender says what is wrong, in sentences of our own. */
const CORRECTION_OF_WHAT_IS_WRONG_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'That is wrong ... Please correct this.' corrects what the sentence before names",
    subject: 'Wrong job title',
    body: 'Hi,\n\nYour records list me as head of sales. That is wrong, I moved to finance last year. Please correct this.\n\nThanks, Rob',
    rights: ['rectification'],
  },
  {
    rule: "German 'Das ist nicht mehr so. Bitte korrigieren Sie das.' is rectification",
    subject: 'Falsche Angaben',
    body: 'Guten Tag,\n\nin Ihrem Kundenportal stehe ich noch als Ansprechpartnerin für die Buchhaltung. Das ist seit März nicht mehr so. Bitte korrigieren Sie das.\n\nGruß, Ute',
    rights: ['rectification'],
  },
  {
    rule: "French 'c'est faux. Pouvez-vous corriger votre fichier ?' is rectification",
    subject: '',
    body: "Bonjour,\n\nVotre fiche client indique que je suis gérant de la société, c'est faux. Pouvez-vous corriger votre fichier ?\n\nMerci, Paul",
    rights: ['rectification'],
  },
  {
    rule: 'the correction stands beside the restriction asked until it is made',
    subject: 'Incorrect entry in your CRM',
    body: 'Hello,\n\nYour CRM says I am the IT manager at Delta BV. I have never worked there. Please correct your records, and until this is corrected, restrict the processing of my data.\n\nRegards, Sam',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: 'an invoice amount to correct is billing, no rectification',
    subject: '',
    body: 'Hallo,\n\nHet bedrag op de factuur klopt niet, wij hadden 20 licenties en geen 25. Kunnen jullie dat corrigeren?\n\nGroet, Piet',
    rights: [],
  },
  {
    rule: 'wrong opening hours on a website to correct are no personal data',
    subject: '',
    body: 'Hi,\n\nThe opening hours on your website are wrong since the move. Could you correct them?\n\nThanks, Ann',
    rights: [],
  },
];

describe('classifyEmail: a correction asked of what the sender says is wrong', () => {
  it.each(CORRECTION_OF_WHAT_IS_WRONG_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** Where my data came from is an access object (Art. 15(1)(g)), its object named in the sentence or the one before. */
const SOURCE_OF_MY_DATA_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'Remove my number and tell me where you got it' asks erasure and access in one sentence",
    body: 'Hi,\n\nRemove my number and tell me where you got it.\n\nKim',
    rights: ['erasure', 'access'],
  },
  {
    rule: "Dutch 'vertel me waar jullie het vandaan hebben' beside an erasure is access too",
    body: 'Hallo,\n\nVerwijder mijn nummer en vertel me waar jullie het vandaan hebben.\n\nKim',
    rights: ['erasure', 'access'],
  },
  {
    rule: "a short follow-up 'Where did you get it?' asks the source of the detail named before",
    body: 'Hi,\n\nYou have my phone number. Where did you get it?\n\nKim',
    rights: ['access'],
  },
  {
    rule: "German 'Von wem haben Sie die?' after my address asks its source",
    body: 'Hallo,\n\nSie haben meine Adresse. Von wem haben Sie die?\n\nKim',
    rights: ['access'],
  },
  {
    rule: "'I don't know where you got my address' beside an unsubscribe says how it is, asks nothing",
    body: "Hello,\n\nI don't know where you got my address. Please take me off your mailing list.\n\nKim",
    rights: ['unsubscribe'],
  },
  {
    rule: 'the source of an invoice is no data of mine',
    body: 'Hi,\n\nWhere did you get this invoice? We never ordered anything.\n\nKim',
    rights: [],
  },
];

describe('classifyEmail: the source of my data asked beside another right', () => {
  it.each(SOURCE_OF_MY_DATA_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** Which of my data, asked after a question whether it is held: an access object in the short follow-up. */
const WHICH_OF_MY_DATA_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "German 'Falls ja, welche?' after whether my data is stored asks access",
    body: 'Hallo,\n\nSind meine Daten noch bei Ihnen gespeichert? Falls ja, welche?\n\nKim',
    rights: ['access'],
  },
  {
    rule: "French 'Si oui, lesquelles ?' after whether you still have my details asks access",
    body: 'Bonjour,\n\nAvez-vous encore mes coordonnées ? Si oui, lesquelles ?\n\nKim',
    rights: ['access'],
  },
  {
    rule: "English 'If so, which ones?' after whether you still have my details asks access",
    body: 'Hi,\n\nDo you still have my details? If so, which ones?\n\nKim',
    rights: ['access'],
  },
  {
    rule: "'Falls ja, welche Lizenz' after a question about a feature asks no data of mine",
    body: 'Hallo,\n\ngibt es eine Funktion, mit der man alle Mails durchsuchen kann? Falls ja, welche Lizenz braucht man dafür?\n\nKim',
    rights: [],
  },
];

describe('classifyEmail: which of my data, asked in a follow-up', () => {
  it.each(WHICH_OF_MY_DATA_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** What a firm holds of the sender, said as a relative clause, is the object of a copy beside another right. */
const WHATEVER_YOU_HOLD_CASES: readonly { rule: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "'a copy of whatever you have on file for me', then an erasure, asks both",
    body: 'Hi,\n\nCould you send me a copy of whatever you have on file for me? After that, please delete my account.\n\nKim',
    rights: ['access', 'erasure'],
  },
  {
    rule: "'a copy of what you collected from me' beside a consent withdrawn asks access too",
    body: 'Hello,\n\nI withdraw my consent for your newsletter profiling. Please also send me a copy of what you collected from me.\n\nKim',
    rights: ['access', 'objection'],
  },
];

describe('classifyEmail: a copy of whatever is held of the sender', () => {
  it.each(WHATEVER_YOU_HOLD_CASES)('$rule', ({ body, rights }) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/** A relative asking for a parent: off the reader's list and erased, in French and German; "merci de" asks as "please" does. */
describe('classifyEmail: a parent taken off the list and erased, asked by the one who writes for him', () => {
  it.each([
    { subject: 'ma mère', body: "Bonjour,\n\nMa mère est en maison de retraite. Pourriez-vous la retirer de votre liste de diffusion et effacer ses données ?\n\nNicolas", rights: ['erasure', 'unsubscribe'] },
    { subject: 'mon père', body: "Bonjour,\n\nMerci de le désinscrire de votre newsletter et de supprimer tout ce que vous avez sur lui.\n\nNicolas", rights: ['erasure', 'unsubscribe'] },
    { subject: 'Mutter', body: 'Guten Tag,\n\nmeine Mutter ist verstorben. Bitte tragen Sie sie aus dem Newsletter aus und löschen Sie ihre Daten.\n\nKlaus', rights: ['erasure', 'unsubscribe'] },
    { subject: 'Vater', body: 'Guten Tag,\n\nbitte nehmen Sie ihn aus Ihrem Verteiler.\n\nKlaus', rights: ['unsubscribe'] },
    { subject: 'mon père', body: "Bonjour,\n\nJ'écris pour mon père, qui est hospitalisé. Merci d'effacer ses données.\n\nNicolas", rights: ['erasure'] },
  ] as const)('reads "$subject" as $rights', ({ subject, body, rights }) => {
    expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual([...rights]);
  });

  it.each([
    { subject: 'Verteiler', body: 'Hallo,\n\nHerr Krause hat uns verlassen. Bitte nehmen Sie ihn aus dem Verteiler Vertrieb und sperren Sie sein Konto.\n\nKlaus' },
    { subject: 'liste interne', body: "Bonjour,\n\nNotre collègue est partie. Merci de la retirer de la liste de diffusion interne.\n\nNicolas" },
    { subject: 'merci', body: 'Bonjour,\n\nMerci de votre réponse rapide concernant ses données.\n\nNicolas' },
  ])('finds no right in "$subject"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual([]);
  });
});

/** Everything the firm need not keep, erased after the copy: the negation of that keeping refuses no erasure, in all four languages. */
describe('classifyEmail: a copy, then all that need not be kept erased', () => {
  it.each([
    { subject: 'dossier', body: 'Hallo,\n\nIk wil graag een kopie van mijn dossier. Daarna wil ik dat alles wat jullie niet wettelijk hoeven te bewaren wordt gewist.\n\nLisa' },
    { subject: 'file', body: "Hi,\n\nPlease send me a copy of my file. Then please delete everything you are not legally required to keep.\n\nLisa" },
    { subject: 'records', body: "Hi,\n\nCould you mail me a copy of my records? Afterwards, erase everything you don't legally have to store.\n\nOmar" },
    { subject: 'account', body: 'Hello,\n\nI would like an export of my account details first. When I have it, remove all my data that you do not have to retain.\n\nOmar' },
    { subject: 'Akte', body: 'Hallo,\n\nich möchte eine Kopie meiner Akte. Danach löschen Sie bitte alles, was Sie nicht aufbewahren müssen.\n\nLisa' },
    { subject: 'dossier', body: "Bonjour,\n\nJe voudrais une copie de mon dossier. Ensuite, je souhaite que tout ce que vous n'êtes pas tenus de conserver soit effacé.\n\nLisa" },
  ])('reads "$subject" as access and erasure', ({ subject, body }) => {
    expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual(['access', 'erasure']);
  });

  it.each([
    { subject: 'bewaren', body: 'Hallo,\n\nU hoeft niets te verwijderen, wij hoeven het niet te bewaren.\n\nLisa' },
    { subject: 'archive', body: "Hi,\n\nWe are not required to keep the old backups, so we can drop them from our NAS.\n\nLisa" },
    { subject: 'logs', body: "Hi,\n\nWe don't have to keep the firewall logs longer than a month, so the old ones can go.\n\nOmar" },
  ])('finds no right in "$subject"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual([]);
  });
});

/** The sender off the list, then a detail of his erased by a verb of its own: two rights; the detail taken off the list is one. */
describe('classifyEmail: off the list and a detail erased, in one breath', () => {
  it.each([
    { subject: 'newsletter', body: 'Hi,\n\nPlease take me off your mailing list and delete my phone number.\n\nTom' },
    { subject: 'Newsletter', body: 'Hallo,\n\nbitte nehmen Sie mich aus Ihrem Verteiler und löschen Sie meine Handynummer.\n\nTom' },
    { subject: 'nieuwsbrief', body: 'Hallo,\n\nHaal me van jullie lijst en verwijder mijn telefoonnummer.\n\nTom' },
    { subject: 'newsletter', body: 'Bonjour,\n\nRetirez-moi de votre liste et supprimez mon adresse.\n\nTom' },
  ])('reads "$body" as unsubscribe and erasure', ({ subject, body }) => {
    expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual(['erasure', 'unsubscribe']);
  });

  it.each([
    { subject: 'newsletter', body: 'Hi,\n\nPlease stop the newsletter and remove my email address from your mailing list.\n\nTom' },
    { subject: 'Newsletter', body: 'Hallo,\n\nbitte streichen Sie mich und entfernen Sie meine Adresse aus dem Verteiler.\n\nTom' },
  ])('reads "$body" as unsubscribe alone', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it.each([
    { subject: 'newsletter', body: 'Hi,\n\nPlease keep me on the newsletter and do not delete my email address.\n\nTom' },
    { subject: 'Verteiler', body: 'Hallo,\n\nbitte lasst mich im Verteiler und löscht meine Adresse nicht.\n\nTom' },
  ])('finds no right in "$body"', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual([]);
  });
});

describe('classifyEmail: marketing stopped in a clause of its own beside an erasure that names the mailing systems', () => {
  it.each([
    { subject: 'marketing', body: 'Hello,\n\nI ask you to cease all marketing to me and to erase my data from your CRM and marketing systems.\n\nPaul' },
    { subject: 'reclame', body: 'Hallo,\n\nStop alle reclame naar mij en haal mijn gegevens uit jullie systemen en mailinglijsten.\n\nPaul' },
    { subject: 'Werbung', body: 'Hallo,\n\nbitte stoppen Sie jede Werbung an mich und löschen Sie meine Daten aus Ihrem CRM und dem Newsletter-Verteiler.\n\nPaul' },
    { subject: 'prospection', body: 'Bonjour,\n\nArrêtez toute prospection envers moi et supprimez mes données de votre CRM et de la newsletter.\n\nPaul' },
  ])('reads "$body" as unsubscribe and erasure', ({ subject, body }) => {
    expect([...classifyEmail({ subject, body }, { rulesAlone: true }).rights].sort()).toEqual(['erasure', 'unsubscribe']);
  });

  it.each([
    { subject: 'data', body: 'Hello,\n\nPlease remove my personal details from your CRM, your mailing lists and the helpdesk.\n\nPaul' },
    { subject: 'gegevens', body: 'Hallo,\n\nHaal mijn gegevens uit jullie systemen en mailinglijsten.\n\nPaul' },
  ])('reads "$body", the mailing list one place among those to erase, as erasure alone', ({ subject, body }) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });
});

describe('classifyEmail: a copy of my file, and in a second clause an entry of it corrected', () => {
  it.each([
    { body: 'Goedemorgen,\n\nIk wil graag een kopie van mijn personeelsdossier ontvangen en verzoek u de daarin genoemde reden van vertrek te corrigeren.\n\nGroet, Anouk' },
    { body: 'Hello,\n\nPlease send me a copy of my personnel file and correct the reason for leaving recorded in it.\n\nBest, Tom' },
    { body: 'Guten Tag,\n\nbitte schicken Sie mir eine Kopie meiner Personalakte und korrigieren Sie den dort vermerkten Austrittsgrund.\n\nGruß, Lena' },
    { body: "Bonjour,\n\nMerci de m'envoyer une copie de mon dossier du personnel et de corriger le motif de départ qui y figure.\n\nCordialement, Luc" },
  ])('$body', ({ body }) => {
    expect([...classifyEmail({ subject: '', body }, { rulesAlone: true }).rights].sort()).toEqual(['access', 'rectification']);
  });

  it.each([
    { body: 'Hello,\n\nPlease send me a copy of the invoice and correct the amount on it.\n\nBest, Tom', rights: [] },
    { body: 'Hallo,\n\nKunnen jullie mij een kopie van de offerte sturen en de prijs corrigeren?\n\nGroet, Piet', rights: [] },
    { body: 'Hello,\n\nPlease send me a copy of my personnel file. I will let you know if anything needs correcting.\n\nBest, Tom', rights: ['access'] },
  ])('stays without a correction: $body', ({ body, rights }) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});

describe('classifyEmail: the next request of a list, an erasure right after "then"', () => {
  it.each([
    { body: 'Hi,\n\n1. Send me whatever you hold about me.\n2. Then delete the lot.\n\nMia' },
    { body: 'Hi,\n\nTell me what data you keep on me. Then erase everything.\n\nMia' },
    { body: 'Hallo,\n\nStuur mij een overzicht van wat u van mij bewaart. Wis daarna alles.\n\nMia' },
  ])('$body', ({ body }) => {
    expect([...classifyEmail({ subject: '', body }, { rulesAlone: true }).rights].sort()).toEqual(['access', 'erasure']);
  });

  it.each([
    { body: 'Hi,\n\nClear the browser cache, then delete everything in the temp folder and restart.\n\nMia' },
    { body: 'Hi,\n\nThe van was parked in the lot all night. Then remove it before Monday.\n\nMia' },
    { body: 'Hi,\n\nThe import failed, so I had to delete the lot of photos myself and upload them again.\n\nMia' },
  ])('stays no request: $body', ({ body }) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual([]);
  });
});
