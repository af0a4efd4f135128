import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Mail about a request that already exists asks nothing new: a subject that files the request as a case and tells its
 * state, and a reply that only thanks for what was done. Their "no" is a doubted one (`needsReview`), so the models do
 * not make the request they name a new one. A body that asks, a reminder and a reply that asks more stay requests.
 */
const CASE_MAIL: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[]; doubted?: boolean }[] = [
  {
    rule: 'a Dutch case subject told as handled, over a colleague note that asks nothing',
    subject: 'Inzageverzoek mevrouw Jansen - afgehandeld',
    body: 'Hoi Karin,\n\nDe export is verstuurd en mevrouw Jansen heeft de ontvangst bevestigd. Het ticket kan dicht.\n\nGroet, Pim',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a German case subject told as done',
    subject: 'Löschantrag Frau Keller – erledigt',
    body: 'Hallo Jonas,\n\nFrau Keller ist aus dem CRM und dem Newsletter-Verteiler raus, die Rechnungen bleiben. Ich schließe den Fall.\n\nGruß, Mara',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a French case subject told as dealt with',
    subject: "Demande d'effacement M. Laurent - traitée",
    body: 'Bonjour Inès,\n\nLe dossier de M. Laurent est clos, la réponse est partie hier.\n\nCamille',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a body that asks stays a request under a subject that names its state',
    subject: 'FYI: erasure request',
    body: 'Hello,\n\nPlease delete my account and all the personal data you hold about me.\n\nRegards, Nora',
    rights: ['erasure'],
  },
  {
    rule: 'a subject that is the request itself stays one',
    subject: 'Inzageverzoek',
    body: 'Graag ontvang ik een kopie van alle gegevens die u van mij heeft.\n\nGroet, Bas',
    rights: ['access'],
  },
  {
    rule: 'a reminder chases the request its subject names',
    subject: 'Herinnering: verzoek tot verwijdering',
    body: 'Beste,\n\nIk heb drie weken geleden gevraagd mijn gegevens te verwijderen en nog niets gehoord.\n\nGroet, Ilse',
    rights: ['erasure'],
  },
  {
    rule: 'a Dutch reply that only thanks for the overview',
    subject: 'Re: Uw inzageverzoek',
    body: 'Dank u wel voor het overzicht, het is me nu duidelijk.\n\nGroet, Henk\n\n> Geachte heer Smit,\n> Hierbij het overzicht van de gegevens die wij van u verwerken.',
    rights: [],
    doubted: true,
  },
  {
    rule: 'an English reply that only thanks for the erasure',
    subject: 'RE: Your erasure request',
    body: 'Thanks, that is all sorted on my side then.\n\nMaya\n\n> Dear Ms Reed, we have deleted your account and your data.',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a French reply that tells our unsubscribe confirmation back as noted',
    subject: 'RE: Votre désinscription',
    body: "C'est bien noté.\n\nHugo\n\n> Monsieur, votre adresse a été retirée de notre liste d'envoi.\n>> Merci de me désinscrire de la newsletter.",
    rights: [],
    doubted: true,
  },
  {
    rule: 'an English reply that only says noted',
    subject: 'RE: You have been unsubscribed',
    body: 'Noted.\n\nMaya\n\n> Dear Ms Reed, you will no longer receive our newsletter.\n>> Please unsubscribe me.',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a Dutch reply that says "is genoteerd" about the erasure',
    subject: 'Re: Uw verwijderverzoek',
    body: 'Is genoteerd.\n\nHenk\n\n> Geachte heer Smit, wij hebben uw gegevens verwijderd.\n>> Verwijder al mijn gegevens.',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a German reply that says "ist notiert" about the correction',
    subject: 'AW: Ihre Adressänderung',
    body: 'Ist notiert, vielen Dank.\n\nJonas\n\n> Sehr geehrter Herr Weber, wir haben Ihre Adresse geändert.',
    rights: [],
    doubted: true,
  },
  {
    rule: 'noted, but the newsletter still comes: not doubted',
    subject: 'RE: Votre désinscription',
    body: "C'est bien noté, mais je reçois toujours la newsletter.\n\nHugo\n\n> Monsieur, votre adresse a été retirée de notre liste d'envoi.",
    rights: [],
    doubted: false,
  },
  {
    rule: 'a reply that thanks and asks more is not doubted',
    subject: 'Re: Uw inzageverzoek',
    body: 'Dank voor het overzicht. Mag ik het ook als Excel-bestand krijgen?\n\nGroet, Henk\n\n> Geachte heer Smit,\n> Hierbij het overzicht van de gegevens die wij van u verwerken.',
    rights: [],
    doubted: false,
  },
  {
    rule: 'a reply that thanks but says the data is still wrong is not doubted',
    subject: 'RE: Your details have been updated',
    body: 'Thanks, but the phone number is still wrong. It should end in 4417, not 4471.\n\nMaya\n\n> Dear Ms Reed, we have updated your details.',
    rights: [],
    doubted: false,
  },
  {
    rule: '"merci de ..." in a reply asks: a French reply that asks to erase more stays a request',
    subject: 'RE: Votre demande',
    body: 'Merci de supprimer aussi mon adresse privée de vos fichiers.\n\nLéa\n\n> Madame, votre demande a été traitée.',
    rights: ['erasure'],
  },
  {
    rule: 'a Dutch forward filed as handled, "ter info" above the request it passes on',
    subject: 'FW: Inzageverzoek mevrouw Bakker - afgehandeld',
    body: 'Hoi Ruud,\n\nTer info: het verzoek hieronder is afgerond, de export is gisteren verstuurd. Kun je het dossier sluiten?\n\nGroet, Lisa\n\n---------- Forwarded message ---------\nVan: Anna Bakker <anna.bakker@example.nl>\nOnderwerp: Inzageverzoek\n\nIk wil graag een kopie van al mijn gegevens.\nAnna Bakker',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a German forward filed as done, "zur Info" above the erasure it passes on',
    subject: 'WG: Löschantrag Herr Vogt – erledigt',
    body: 'Hallo Sven,\n\nzur Info: Herr Vogt ist aus dem CRM raus.\n\nGruß, Ina\n\n-------- Weitergeleitete Nachricht --------\nVon: Paul Vogt <p.vogt@example.de>\nBetreff: Löschung\n\nBitte löschen Sie alle meine Daten.\nPaul Vogt',
    rights: [],
    doubted: true,
  },
  {
    rule: 'an English forward filed as completed, "FYI" above the erasure it passes on',
    subject: 'FW: Erasure request Mr Hale - completed',
    body: 'Hi Tom,\n\nFYI, his account and mailing entries are gone. Please close the case.\n\nMeg\n\n---------- Forwarded message ---------\nFrom: Dan Hale <dan.hale@example.com>\nSubject: Delete my data\n\nPlease delete all my personal data.\nDan Hale',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a French forward filed as dealt with, "pour info" above the access request it passes on',
    subject: "TR: Demande d'accès Mme Roux - traitée",
    body: "Bonjour Luc,\n\nPour info, l'export est parti hier.\n\nSophie\n\n---------- Message transféré ---------\nDe : Julie Roux <julie.roux@example.fr>\nObjet : Mes données\n\nJe souhaite recevoir une copie de toutes mes données personnelles.\nJulie Roux",
    rights: [],
    doubted: true,
  },
  {
    rule: 'a Dutch forward the sender\'s firm answered itself, nothing needed of us, under a plain subject',
    subject: 'FW: verzoek van een cliënt',
    body: 'Hoi,\n\nTer info: dit hebben we zelf afgehandeld. Niets nodig van jullie, alleen voor het archief.\n\nGroet, Rik\n\n---------- Forwarded message ---------\nVan: Jan Smit <jan.smit@example.nl>\nOnderwerp: Gegevens\n\nVerwijder alstublieft al mijn gegevens.\nJan Smit',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a French forward dealt with on the sender\'s side, "rien à faire", under a plain subject',
    subject: 'TR: demande client',
    body: "Bonjour,\n\nPour info, déjà réglé de notre côté. Rien à faire.\n\nSophie\n\n---------- Message transféré ---------\nDe : Julie Roux <julie.roux@example.fr>\nObjet : Mes données\n\nJe souhaite recevoir une copie de toutes mes données personnelles.\nJulie Roux",
    rights: [],
    doubted: true,
  },
  {
    rule: 'an English forward answered by the sender\'s firm itself, nothing needed from us',
    subject: 'Fwd: data request',
    body: 'Hi,\n\nFYI below. We answered it ourselves on Monday, nothing needed from you.\n\nMeg\n\n---------- Forwarded message ---------\nFrom: Dan Hale <dan.hale@example.com>\nSubject: my data\n\nPlease send me a copy of all my personal data.\nDan Hale',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a German forward done by the sender\'s firm itself, nothing for us to do',
    subject: 'WG: Anfrage',
    body: 'Hallo,\n\nzur Info: haben wir selbst erledigt, für Sie ist nichts zu tun.\n\nGruß, Ina\n\n-------- Weitergeleitete Nachricht --------\nVon: Paul Vogt <p.vogt@example.de>\nBetreff: Löschung\n\nBitte löschen Sie alle meine Daten.\nPaul Vogt',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a forward whose sender has not dealt with it himself still passes the request on',
    subject: 'FW: verzoek van een cliënt',
    body: 'Hoi,\n\nTer info, dit kunnen we niet zelf oplossen. Kunnen jullie dit oppakken?\n\nGroet, Rik\n\n---------- Forwarded message ---------\nVan: Jan Smit <jan.smit@example.nl>\nOnderwerp: Gegevens\n\nVerwijder alstublieft al mijn gegevens.\nJan Smit',
    rights: ['erasure'],
  },
  {
    rule: 'a forward with one "ter info" and no state in its subject still passes the request on',
    subject: 'FW: verzoek van een klant',
    body: 'Hoi,\n\nTer info, zie hieronder.\n\nGroet, Rik\n\n---------- Forwarded message ---------\nVan: Jan Smit <jan.smit@example.nl>\nOnderwerp: Gegevens\n\nVerwijder alstublieft al mijn gegevens.\nJan Smit',
    rights: ['erasure'],
  },
  {
    rule: 'a forward filed by its state whose forwarder asks us to act still passes the request on',
    subject: 'FW: Verwijderverzoek klant - ontvangstbevestiging',
    body: 'Hoi,\n\nKunnen jullie onderstaand verzoek uitvoeren en hem ook uit de back-ups verwijderen?\n\nGroet, Rik\n\n---------- Forwarded message ---------\nVan: Jan Smit <jan.smit@example.nl>\nOnderwerp: Gegevens\n\nVerwijder alstublieft al mijn gegevens.\nJan Smit',
    rights: ['erasure'],
  },
  {
    rule: 'an English forward for the archive only, handled by us earlier, no action needed',
    subject: 'Fwd: my details',
    body: 'Hi,\n\nFor archiving only: you had already handled this in June. No action needed.\n\nRuth\n\n---------- Forwarded message ---------\nFrom: Tom Bell <tom.bell@example.com>\nSubject: my details\n\nPlease delete all my personal data.\nTom Bell',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a Dutch forward for the archive, handled by us earlier, nothing needed',
    subject: 'FW: gegevens',
    body: 'Hoi,\n\nAlleen voor het archief: die hadden jullie in mei al afgehandeld. Geen actie nodig.\n\nRik\n\n---------- Forwarded message ---------\nVan: Jan Smit <jan.smit@example.nl>\nOnderwerp: Gegevens\n\nVerwijder alstublieft al mijn gegevens.\nJan Smit',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a German forward for filing, dealt with by us earlier, nothing to do',
    subject: 'WG: Auskunft',
    body: 'Hallo,\n\nnur zur Ablage: das hatten Sie im Mai bereits erledigt, es ist nichts zu tun.\n\nIna\n\n-------- Weitergeleitete Nachricht --------\nVon: Paul Vogt <p.vogt@example.de>\nBetreff: Auskunft\n\nBitte senden Sie mir eine Kopie meiner Daten.\nPaul Vogt',
    rights: [],
    doubted: true,
  },
  {
    rule: 'a French forward for the archive, dealt with by us earlier, nothing to do',
    subject: 'TR: demande',
    body: "Bonjour,\n\nPour archivage : vous aviez traité cette demande en avril, rien à faire.\n\nSophie\n\n---------- Message transféré ---------\nDe : Julie Roux <julie.roux@example.fr>\nObjet : Mes données\n\nMerci de supprimer toutes mes données.\nJulie Roux",
    rights: [],
    doubted: true,
  },
  {
    rule: 'a forward for the archive whose forwarder asks us to act again still passes the request on',
    subject: 'FW: gegevens',
    body: 'Hoi,\n\nVoor ons archief. Kunnen jullie dit verzoek nu uitvoeren?\n\nRik\n\n---------- Forwarded message ---------\nVan: Jan Smit <jan.smit@example.nl>\nOnderwerp: Gegevens\n\nVerwijder alstublieft al mijn gegevens.\nJan Smit',
    rights: ['erasure'],
  },
  {
    rule: "a Dutch subject 'Vraag over afmelden' over a supposed unsubscribe names its topic: no",
    subject: 'Vraag over afmelden',
    body: 'Stel dat ik me afmeld voor jullie nieuwsbrief, komen de onderhoudsmeldingen dan nog wel door?',
    rights: [],
  },
  {
    rule: "an English subject 'Question about unsubscribing' over a supposed unsubscribe: no",
    subject: 'Question about unsubscribing',
    body: 'If I unsubscribe from your newsletter, will I still get the maintenance notices?',
    rights: [],
  },
  {
    rule: "a French subject 'Question sur la désinscription' over a supposed unsubscribe: no",
    subject: 'Question sur la désinscription',
    body: 'Si je me désinscris de la newsletter, est-ce que je reçois toujours les avis de maintenance ?',
    rights: [],
  },
  {
    rule: "a German subject 'Frage zur Abmeldung' over a supposed unsubscribe: no",
    subject: 'Frage zur Abmeldung',
    body: 'Wenn ich mich vom Newsletter abmelde, bekomme ich dann noch die Wartungshinweise?',
    rights: [],
  },
  {
    rule: "under 'Vraag over afmelden' a body that asks stays the unsubscribe",
    subject: 'Vraag over afmelden',
    body: 'Wilt u mij afmelden voor de nieuwsbrief? Dank u.',
    rights: ['unsubscribe'],
  },
];

describe('classifyEmail: mail about a request that already exists', () => {
  it.each(CASE_MAIL)('$rule', ({ subject, body, rights, doubted }) => {
    const rules = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(rules.rights).toEqual(rights);
    if (doubted !== undefined) expect(rules.needsReview).toBe(doubted);
    // A "no" left undoubted is the models' to weigh.
    if (rights.length > 0 || doubted === true) expect(classifyEmail({ subject, body }).isPrivacyRequest).toBe(rights.length > 0);
  });
});

describe('classifyEmail: an erasure the sender sees done is told, not asked', () => {
  it.each([
    { subject: 'Re: verwijderen', body: 'dank je, mijn account is weg zie ik. fijn\n\n> Uw gegevens zijn verwijderd.\n>> Willen jullie mijn account verwijderen?' },
    { subject: 'Re: uw verzoek', body: 'Hoi,\n\nIk zie dat mijn gegevens verwijderd zijn, top.\n\nGroet,\nAnouk' },
    { subject: 'Re: your request', body: 'Thanks, I see that my account has been deleted.\n\n> Your data has been erased as you asked.' },
    { subject: 'Re: deletion', body: 'all good, my old address is gone I see. cheers\n\n> We removed your details.' },
    { subject: 'AW: Löschung', body: 'Danke, ich sehe, dass meine Daten gelöscht sind.\n\n> Ihre Daten wurden gelöscht.' },
    { subject: 'AW: Löschung', body: 'super, das Konto ist weg, wie ich sehe. Danke\n\n> Bitte löschen Sie mein Konto.' },
  ])('leaves "$body" a no', (email) => {
    expect(classifyEmail(email, { rulesAlone: true }).rights).toEqual([]);
  });

  it.each([
    { rights: ['erasure'], body: 'Hi,\n\nI see my data is still not deleted, please delete it now.\n\nTom' },
    { rights: ['erasure'], body: 'Hoi,\n\nIk zie dat mijn gegevens nog niet verwijderd zijn, verwijder ze alsnog.\n\nAnouk' },
    { rights: ['erasure'], body: 'Hallo,\n\nich sehe, dass meine Daten noch nicht gelöscht sind, bitte löschen Sie sie.\n\nUte' },
  ])('still reads a deletion seen undone as a chase: "$body"', ({ rights, body }) => {
    expect(classifyEmail({ subject: 'Re: verzoek', body }, { rulesAlone: true }).rights).toEqual(rights);
  });
});
