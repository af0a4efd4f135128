import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A hold (Art. 18) asked without its words: the sender's detail not to be used until a correction is made or a decision taken,
 * or data kept but shut away ("not deleted, but locked"). Beside a correction it is rectification and restriction, no
 * objection; the same words about a server, a printer or a copy of an ID ask nothing.
 */
const HOLD_ASKED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "English 'until the correction is made, stop using my old address' beside the correction",
    subject: 'Wrong address',
    body: 'Hello,\n\nYou still send post to Elm Road 3, but I moved to Birch Lane 12 in May. Please correct my home address. Until the correction is made, stop using my old address.\n\nKind regards,\nNora Hale',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: "Dutch 'tot dat gebeurd is, gebruik het oude adres niet meer' beside the correction",
    subject: 'Oud adres',
    body: 'Goedemiddag,\n\nMijn adres klopt niet meer, ik woon sinds maart op de Kerkstraat 4 in Zeist. Wilt u dat corrigeren? Tot dat gebeurd is, gebruik het oude adres niet meer.\n\nGroet,\nBram Visser',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: "German 'Bis die Korrektur erfolgt ist, verwenden Sie die alte Adresse nicht mehr' beside the correction, the subject's 'nicht mehr verwenden' no objection",
    subject: 'Alte Adresse nicht mehr verwenden',
    body: 'Guten Tag,\n\nbei Ihnen steht noch meine alte Anschrift in Kleve. Bitte berichtigen Sie meine Anschrift: Ahornweg 9, 47533 Kleve. Bis die Korrektur erfolgt ist, verwenden Sie die alte Adresse bitte nicht mehr.\n\nGrüße\nPaul Winter',
    rights: ['rectification', 'restriction'],
  },
  {
    rule: "French 'en attendant la correction, n'utilisez plus l'ancienne adresse' beside the correction",
    subject: 'Adresse',
    body: "Bonjour,\n\nMerci de corriger mon adresse : j'habite désormais 5 rue des Lilas à Nantes. En attendant la correction, n'utilisez plus l'ancienne adresse.\n\nCordialement,\nLéa Morel",
    rights: ['rectification', 'restriction'],
  },
  {
    rule: "German 'sollen nicht gelöscht, aber gesperrt werden' until a decision: restriction",
    subject: 'Aufnahmen',
    body: 'Hallo,\n\nbis zur Entscheidung sollen meine Gesprächsaufnahmen bitte nicht gelöscht, aber gesperrt werden.\n\nGrüße\nKarin Roth',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'niet verwijderd maar afgeschermd': restriction",
    subject: 'Opnames',
    body: 'Beste,\n\nIk wil dat de opnames van mijn gesprekken niet verwijderd maar afgeschermd worden, zodat niemand ze nog kan bekijken.\n\nGroet,\nIlse',
    rights: ['restriction'],
  },
  {
    rule: "French 'soit conservée mais ne soit plus utilisée' in the passive: restriction",
    subject: 'Mon évaluation',
    body: "Madame,\n\nJe conteste mon évaluation annuelle. Je demande qu'elle soit conservée mais ne soit plus utilisée pour les références.\n\nClaire Dubois",
    rights: ['restriction'],
  },
  {
    rule: "English 'until that's decided: keep the recordings, but lock them so no one can view them', told on separate lines",
    subject: 'Dashcam recordings',
    body: 'Hi,\n\nOne of our drivers wants the dashcam in his van reviewed. Until that is decided:\n- please keep the recordings,\n- but lock them so no one can view or export them.\n\nTom',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'het dossier moet blijven bestaan, maar mag niet meer worden gebruikt': restriction, no objection",
    subject: 'Dossier cliënt',
    body: 'Goedemiddag,\n\nHet dossier van cliënt Hofman moet blijven bestaan, maar mag niet meer worden gebruikt. Kunnen jullie de map op alleen-lezen zetten?\n\nAnouk',
    rights: ['restriction'],
  },
  {
    rule: "German 'die Akte muss bestehen bleiben, darf aber nicht mehr verwendet werden': restriction",
    subject: 'Akte',
    body: 'Hallo,\n\nmeine Kundenakte muss bestehen bleiben, darf aber nicht mehr verwendet werden, bis der Streit geklärt ist.\n\nKarin',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'het dossier blijft bestaan tot eind van het jaar' told asks nothing",
    subject: 'Archief',
    body: 'Hoi,\n\nHet projectdossier blijft bestaan tot het eind van het jaar, daarna ruimen we het op.\n\nPim',
    rights: [],
  },
  {
    rule: "German 'Bis das erledigt ist, verwenden Sie den alten Server nicht mehr' is IT work",
    subject: 'Umzug',
    body: 'Hallo,\n\nwir ziehen am Wochenende auf den neuen Server um. Bis das erledigt ist, verwenden Sie den alten Server bitte nicht mehr.\n\nGrüße\nJan',
    rights: [],
  },
  {
    rule: "Dutch 'tot dat gebeurd is, gebruik de oude schijf niet meer' is IT work",
    subject: 'Verhuizing server',
    body: 'Hoi,\n\nDit weekend verhuist de server. Tot dat gebeurd is, gebruik de oude schijf niet meer.\n\nPim',
    rights: [],
  },
  {
    rule: "English 'until that is decided, do not use the old VPN' is IT work",
    subject: 'VPN',
    body: 'Hi,\n\nWe are choosing a new VPN vendor. Until that is decided, please do not use the old VPN client on new laptops.\n\nTom',
    rights: [],
  },
  {
    rule: "Dutch 'de foto en het BSN heb ik afgeschermd' on an ID copy asks no hold",
    subject: 'Kopie ID',
    body: 'Hallo,\n\nHierbij een kopie van mijn ID, de foto en het BSN heb ik afgeschermd.\n\nGroet,\nIlse',
    rights: [],
  },
  {
    rule: "French 'Mon compte est bloqué' is a lockout",
    subject: 'Compte',
    body: 'Bonjour,\n\nMon compte est bloqué depuis ce matin, je ne peux plus me connecter.\n\nLéa',
    rights: [],
  },
  {
    rule: "English 'just keep them locked, dont use them for anything' during a case is a hold",
    subject: 'Re: my request',
    body: 'Hi, forget the deletion for now, I might need those emails in my court case. Just keep them locked and dont use them for anything until I say so.\n\nTom',
    rights: ['restriction'],
  },
  {
    rule: "English 'keep them locked away until the retention period is over' is a hold, not an out-of-office",
    subject: 'my records',
    body: 'Hello,\n\nI understand you have to keep my invoices for the tax office. Keep them locked away until the retention period is over, and use them for nothing else.\n\nMia',
    rights: ['restriction'],
  },
  {
    rule: "an out-of-office 'I am away until Monday' is still no request",
    subject: 'Automatic reply: question',
    body: 'I am away until Monday 14 March and will reply when I am back.',
    rights: [],
  },
  {
    rule: "an account to keep blocked after a leaver is IT work",
    subject: 'leaver',
    body: 'Hi,\n\nJosh left on Friday. Please keep his account blocked and forward his mail to me.\n\nNathan',
    rights: [],
  },
  {
    rule: "a server room kept locked asks nothing",
    subject: 'server room',
    body: 'Hi,\n\nCould your technician keep the server room locked after the visit? Thanks.\n\nNathan',
    rights: [],
  },
];

describe('classifyEmail: a hold asked until an outcome, or as data kept but shut away', () => {
  it.each(HOLD_ASKED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
