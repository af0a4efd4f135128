import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A request told as past in a complaint, or what came of it told back from our answer, is background, in sentences of our
 * own; a request asked again beside it still stands, and our answer told back alone asks nothing.
 */
const RECALLED_IN_COMPLAINT_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'Op mijn verzoek om inzage kreeg ik ...' tells what came of the request: the complaint alone",
    subject: 'Klacht',
    body: 'Geachte heer/mevrouw,\n\nOp mijn verzoek om inzage kreeg ik na zes weken alleen een lijstje met mijn naam en telefoonnummer. Ik dien hierbij een klacht in over de afhandeling van mijn inzageverzoek.\n\nMet vriendelijke groet,\nEsther',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'schreef mij dat alles verwijderd was' tells our answer back: the complaint alone",
    subject: 'Klacht',
    body: 'Geachte directie,\n\nIn maart vroeg ik om verwijdering van mijn gegevens. Uw medewerker schreef mij dat alles verwijderd was. Toch belde uw verkoper mij gisteren op naam. Ik beschouw dit als een formele klacht over de omgang met mijn persoonsgegevens.\n\nGroet,\nEsther',
    rights: ['complaint'],
  },
  {
    rule: "German 'Ich habe Ihnen mitgeteilt, dass ...' and 'Laut Ihrer Antwort bin ich ... entfernt' recall the opt-out: the complaint alone",
    subject: 'Beschwerde',
    body: 'Sehr geehrte Damen und Herren,\n\nich habe Ihnen im Juni mitgeteilt, dass ich keine Werbung mehr bekommen will. Laut Ihrer Antwort von gestern bin ich jetzt aus dem Verteiler entfernt. Ich habe dennoch Beschwerde bei der Datenschutzbehörde eingereicht.\n\nGruß,\nFranz',
    rights: ['complaint'],
  },
  {
    rule: "English 'I told you ...' and 'according to your reply ... removed' recall the opt-out: the complaint alone",
    subject: 'Complaint',
    body: 'Hello,\n\nI told you in March that I no longer want your marketing emails. According to your reply of last week I have now been removed from the list. I have filed a complaint with the ICO all the same.\n\nRegards,\nOwen',
    rights: ['complaint'],
  },
  {
    rule: "French 'À ma demande d'accès, j'ai reçu ...' tells what came of the request: the complaint alone",
    subject: 'Plainte',
    body: "Bonjour,\n\nÀ ma demande d'accès, j'ai reçu un fichier presque vide. J'ai déposé une plainte auprès de la CNIL.\n\nCordialement,\nInès",
    rights: ['complaint'],
  },
  {
    rule: 'a copy asked again beside the recalled request still stands',
    subject: 'Inzage',
    body: 'Hallo,\n\nOp mijn verzoek om inzage kreeg ik niets. Stuur mij nu een kopie van alle gegevens die u van mij heeft.\n\nEsther',
    rights: ['access'],
  },
  {
    rule: "an erasure asked again after 'Laut Ihrer Antwort wurde alles gelöscht' still stands",
    subject: 'Löschung',
    body: 'Hallo,\n\nLaut Ihrer Antwort wurde alles gelöscht. Trotzdem bekomme ich Post von Ihnen. Löschen Sie bitte endlich meine Daten.\n\nFranz',
    rights: ['erasure'],
  },
  {
    rule: "English 'You refused my request to erase my account' tells how we met it: the complaint alone",
    subject: 'Complaint filed',
    body: 'Hello,\n\nIn May you refused my request to erase my account, without giving any reason. I have now filed a complaint with the ICO.\n\nRegards,\nOwen',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'u reageerde op mijn verzoek om inzage met ...' tells how we met it: the complaint alone",
    subject: 'Klacht',
    body: 'Beste mensen,\n\nU reageerde op mijn verzoek om inzage in mijn gegevens met een standaardbrief. Daarom heb ik een klacht ingediend bij de Autoriteit Persoonsgegevens.\n\nEsther',
    rights: ['complaint'],
  },
  {
    rule: "German 'Da Sie auf meine Auskunftsanfrage nur mit ... reagiert haben' tells how we met it: the complaint alone",
    subject: 'Beschwerde eingereicht',
    body: 'Guten Tag,\n\nda Sie auf meine Auskunftsanfrage nur mit einem Formular reagiert haben, habe ich Beschwerde bei der Datenschutzbehörde eingereicht.\n\nFranz',
    rights: ['complaint'],
  },
  {
    rule: "French 'pour répondre à ma demande d'effacement, vous avez exigé ...' tells how we met it: the complaint alone",
    subject: 'Plainte CNIL',
    body: "Bonjour,\n\nPour répondre à ma demande d'effacement de mes données, vous avez exigé une copie de mon passeport. J'ai déposé une plainte auprès de la CNIL.\n\nInès",
    rights: ['complaint'],
  },
  {
    rule: 'an erasure asked in a sentence of its own beside the refusal told still stands',
    subject: 'Complaint',
    body: 'Hello,\n\nYou refused my request to erase my account. Delete my account and all my data now. I have filed a complaint with the ICO.\n\nOwen',
    rights: ['erasure', 'complaint'],
  },
  {
    rule: "our answer told back about an invoice ('volgens uw bevestiging') asks nothing",
    subject: 'Factuur',
    body: 'Hallo,\n\nVolgens uw bevestiging is de factuur inmiddels aangepast. Dank daarvoor.\n\nEsther',
    rights: [],
  },
  {
    rule: "Dutch 'Uw antwoord was ...' told back and 'Dit is een klacht.': the complaint alone",
    subject: 'Klacht',
    body: 'Geachte heer/mevrouw,\n\nIn april vroeg ik welke gegevens u van mij heeft. Uw antwoord was een standaardbrief van twee regels. Dit is een klacht.\n\nFemke',
    rights: ['complaint'],
  },
  {
    rule: "English 'Your reply was ...' told back and 'This is a complaint.': the complaint alone",
    subject: 'Complaint',
    body: 'Hello,\n\nIn April I asked what data you hold about me. Your reply was a two-line form letter. This is a complaint.\n\nGrace',
    rights: ['complaint'],
  },
  {
    rule: "German 'Ihre Antwort war eine Liste ohne Angabe, woher ...' and 'Dies ist eine Beschwerde.': the complaint alone",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\nim April habe ich Sie gebeten, mir zu sagen, welche Daten Sie über mich gespeichert haben. Ihre Antwort war eine Liste ohne Angabe, woher Sie meine Daten haben. Dies ist eine Beschwerde.\n\nLena',
    rights: ['complaint'],
  },
  {
    rule: "French 'Votre réponse était ...' told back and 'Ceci est une réclamation.': the complaint alone",
    subject: 'Réclamation',
    body: 'Bonjour,\n\nEn avril, je vous ai demandé quelles données vous aviez sur moi. Votre réponse était un modèle de deux lignes. Ceci est une réclamation.\n\nAnne',
    rights: ['complaint'],
  },
  {
    rule: "Dutch 'Dit is een klacht' about a late technician asks no right",
    subject: 'Klacht',
    body: 'Beste mensen,\n\nDit is een klacht over uw monteur, die twee uur te laat kwam.\n\nFemke',
    rights: [],
  },
  {
    rule: "English 'This is a complaint' about a late engineer asks no right",
    subject: 'Complaint',
    body: 'Hello,\n\nThis is a complaint about the engineer, who came two hours late.\n\nGrace',
    rights: [],
  },
  {
    rule: "German 'Dies ist eine Beschwerde' about a late technician asks no right",
    subject: 'Beschwerde',
    body: 'Guten Tag,\n\ndies ist eine Beschwerde über Ihren Techniker, der zwei Stunden zu spät kam.\n\nLena',
    rights: [],
  },
  {
    rule: "French 'Ceci est une réclamation' about a late technician asks no right",
    subject: 'Réclamation',
    body: 'Bonjour,\n\nCeci est une réclamation au sujet de votre technicien, arrivé avec deux heures de retard.\n\nAnne',
    rights: [],
  },
  {
    rule: "English 'your newsletter arrived again' tells the mail, not the request asked again: the complaint alone",
    subject: 'Complaint',
    body: 'I asked you to erase my data on 3 March. You said it was done, yet this morning your newsletter arrived again. I consider this a formal complaint about how you handled my request.',
    rights: ['complaint'],
  },
  {
    rule: "English 'I am asking again' asks the recalled erasure again: it stands beside the complaint",
    subject: 'Complaint',
    body: 'I asked you to erase my data on 3 March. Nothing happened, so I am asking again. I consider this a formal complaint about how you handled my request.',
    rights: ['complaint', 'erasure'],
  },
  {
    rule: "German 'heute kam erneut Ihr Newsletter' tells the mail: the complaint alone",
    subject: 'Beschwerde',
    body: 'Im März habe ich Sie gebeten, meine Daten zu löschen. Sie haben das bestätigt, aber heute kam erneut Ihr Newsletter. Ich habe Beschwerde bei der Datenschutzbehörde eingelegt.',
    rights: ['complaint'],
  },
  {
    rule: "German 'bitte ich Sie hiermit erneut darum' asks the recalled erasure again: it stands beside the complaint",
    subject: 'Beschwerde',
    body: 'Im März habe ich Sie gebeten, meine Daten zu löschen. Passiert ist nichts, darum bitte ich Sie hiermit erneut darum. Ich habe Beschwerde bei der Datenschutzbehörde eingelegt.',
    rights: ['complaint', 'erasure'],
  },
];

describe('classifyEmail: a request recalled in a complaint', () => {
  it.each(RECALLED_IN_COMPLAINT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
