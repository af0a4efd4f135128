import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * The sender's data sent straight to a new provider (Art. 20(2)) is portability alone, in sentences of our own; a copy for
 * the sender beside it is access too, and a provider changed without personal data asks nothing.
 */
const DIRECT_TRANSFER_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "French 'transmettre directement mon dossier ... dans un format numérique standard', no copy: portability alone",
    subject: "Transfert de mon dossier",
    body: "Bonjour,\n\nJe change de kinésithérapeute. Merci de transmettre mon dossier tout droit à mon nouveau praticien, sous un format numérique standard. Une copie pour moi-même est inutile.\n\nMerci,\nPaul Martin",
    rights: ['portability'],
  },
  {
    rule: "French invoices asked 'dans un format standard' for the accountant ask nothing",
    subject: "Factures",
    body: "Bonjour,\n\nPouvez-vous nous envoyer les factures de l'année dans un format standard pour notre comptable ?\n\nCordialement,\nService achats",
    rights: [],
  },
  {
    rule: "English 'my mailbox and my calendar directly to the new provider' moves the sender's own mail: portability alone",
    subject: 'switching',
    body: "Hi,\n\nI'm moving my email to another provider. Could you transfer my mailbox and my calendar directly to the new provider? No copy for me needed.\n\nAnn",
    rights: ['portability'],
  },
  {
    rule: "Dutch 'mijn mailbox en mijn agenda direct overzetten naar de nieuwe provider' is portability alone",
    subject: 'overstappen',
    body: 'Hoi,\n\nIk ga met mijn mail naar een andere partij. Kunnen jullie mijn mailbox en mijn agenda direct overzetten naar de nieuwe provider?\n\nEls',
    rights: ['portability'],
  },
  {
    rule: "German 'mein Postfach samt Kontakten direkt an den neuen Anbieter übertragen' is portability alone",
    subject: 'Anbieterwechsel',
    body: 'Hallo,\n\nich wechsle den Anbieter. Können Sie mein Postfach samt Kontakten direkt an den neuen Anbieter übertragen?\n\nJan',
    rights: ['portability'],
  },
  {
    rule: "French 'ma messagerie et mes contacts directement à mon nouveau fournisseur' is portability alone",
    subject: 'changement de fournisseur',
    body: 'Bonjour,\n\nJe change de fournisseur. Pouvez-vous transférer ma messagerie et mes contacts directement à mon nouveau fournisseur ?\n\nLuc',
    rights: ['portability'],
  },
  {
    rule: "a firm moving 'onze mailboxen' straight to its new provider is IT work, no request",
    subject: 'migratie',
    body: 'Hoi,\n\nWij stappen als bedrijf over naar een andere partij. Kunnen jullie onze 12 mailboxen direct overzetten naar de nieuwe provider?\n\nPiet',
    rights: [],
  },
  {
    rule: "German 'unsere Postfächer direkt an den neuen Anbieter' is IT work, no request",
    subject: 'Umzug',
    body: 'Hallo,\n\nwir wechseln mit der Firma zu einem anderen Anbieter. Können Sie unsere Postfächer direkt an den neuen Anbieter übertragen?\n\nJan',
    rights: [],
  },
  {
    rule: "English 'transfer my data (...) to my new provider', the provider far from the verb, is portability alone",
    subject: 'Moving on',
    body: 'Hello,\n\nPlease transfer my personal data (customer profile, call notes and the list of my devices) in JSON to my new IT provider, Northwind Support.\n\nBest, Carla',
    rights: ['portability'],
  },
  {
    rule: "a subject 'Send my records to my new provider' names the transfer, not a copy for the sender",
    subject: 'Send my records to my new provider',
    body: 'Hi,\n\nI invoke my right to data portability: please pass my ticket history as a CSV file to Northwind Support.\n\nCarla',
    rights: ['portability'],
  },
  {
    rule: "German 'gemäß Art. 20 Abs. 2 DSGVO' with 'Eine Kopie an mich ist nicht nötig' is portability alone",
    subject: 'Datenübertragung',
    body: 'Guten Tag,\n\nbitte übermitteln Sie meine Kundendaten gemäß Art. 20 Abs. 2 DSGVO in einem maschinenlesbaren Format an info@nordlicht-it.example. Eine Kopie an mich ist nicht nötig.\n\nGruß, Lena',
    rights: ['portability'],
  },
  {
    rule: "Dutch 'wat jullie over mij hebben ... rechtstreeks naar mijn nieuwe leverancier' names what goes there, no access",
    subject: 'Overstap',
    body: 'Hallo,\n\nWillen jullie alles wat jullie over mij hebben als CSV-bestand rechtstreeks naar mijn nieuwe leverancier sturen? Een kopie voor mij is niet nodig.\n\nGroet, Joris',
    rights: ['portability'],
  },
  {
    rule: "French 'article 20 paragraphe 2' with 'inutile de m'envoyer une copie' is portability alone",
    subject: 'Portabilité',
    body: "Bonjour,\n\nConformément à l'article 20 paragraphe 2 du RGPD, merci de transmettre mes données dans un format lisible par machine à mon nouveau prestataire. Inutile de m'envoyer une copie.\n\nCordialement,\nClaire",
    rights: ['portability'],
  },
  {
    rule: "German 'direkt an meinen neuen Anbieter und senden Sie mir eine Kopie' is access too",
    subject: 'Anbieterwechsel',
    body: 'Hallo,\n\nbitte übertragen Sie meine Daten als CSV-Datei direkt an meinen neuen Anbieter und senden Sie mir auch eine Kopie.\n\nGruß, Lena',
    rights: ['access', 'portability'],
  },
  {
    rule: "'send me my data as CSV so I can take it to my new provider' is a copy for the sender",
    subject: 'My data',
    body: 'Hi,\n\nPlease send me all my data as a CSV file so I can take it to my new provider.\n\nThanks, Carla',
    rights: ['access', 'portability'],
  },
  {
    rule: "the sender's switch told, then 'send my contact details straight to them' in the paragraph, is portability alone",
    subject: 'switching',
    body: "Hi,\n\nI am switching my IT support to a local firm next month. Could you send my contact details and my ticket history straight to them? I don't need a copy myself.\n\nGreg",
    rights: ['portability'],
  },
  {
    rule: "Dutch 'ik stap over naar ...' then 'rechtstreeks naar hen sturen' is portability alone",
    subject: 'overstap',
    body: 'Hallo,\n\nIk stap over naar een andere dienstverlener. Kunnen jullie mijn gegevens rechtstreeks naar hen sturen?\n\nIngrid',
    rights: ['portability'],
  },
  {
    rule: "German 'ich wechsle zu einem Systemhaus' then 'direkt an die neue Firma' is portability alone",
    subject: 'Wechsel',
    body: 'Hallo,\n\nich wechsle zu einem neuen Systemhaus. Bitte schicken Sie meine Daten direkt an die neue Firma.\n\nJörg',
    rights: ['portability'],
  },
  {
    rule: "French 'je passe chez un autre prestataire' then 'directement à lui' is portability alone",
    subject: 'changement',
    body: "Bonjour,\n\nJe passe chez un autre prestataire le mois prochain. Merci de transmettre mes données directement à lui.\n\nNadia",
    rights: ['portability'],
  },
  {
    rule: "the data the sender provided himself, in a machine-readable format to the new firm, is portability: 'die ik zelf heb aangeleverd'",
    subject: 'overdracht',
    body: 'Goedemiddag,\n\nIk wil dat jullie de persoonsgegevens die ik zelf heb aangeleverd in een machineleesbaar formaat rechtstreeks aan mijn nieuwe leverancier overdragen.\n\nIngrid',
    rights: ['portability'],
  },
  {
    rule: 'a switch told beside a correction or an erasure asks that right alone',
    subject: 'Wechsel',
    body: 'Hallo,\n\nich wechsle zu einem anderen Anbieter. Bitte löschen Sie meine Daten.\n\nJörg',
    rights: ['erasure'],
  },
  {
    rule: "a firm switching its IT and its admin accounts removed asks nothing: 'switching our IT to a new provider'",
    subject: 'accounts',
    body: 'Hi,\n\nWe are switching our IT to a new provider. Please remove the old admin accounts.\n\nGreg',
    rights: [],
  },
  {
    rule: 'a domain moved to a new provider names no personal data: no request',
    subject: 'Domain transfer',
    body: 'Hi,\n\nPlease transfer our domain and the DNS records to our new provider by Friday. The auth code is in the portal.\n\nThanks, Carla',
    rights: [],
  },
  {
    rule: "English 'send my customer file and tickets to my new IT person', then an erasure: portability and erasure, no copy",
    subject: 'new IT',
    body: 'Hello,\n\nCould you send what you keep on me (my customer file, my tickets and call notes) to my new IT person, Noor, as a CSV file? After that please erase me from your systems.\n\nTom',
    rights: ['portability', 'erasure'],
  },
  {
    rule: "English 'my new IT guy ... send him my records in a file he can import': portability alone",
    subject: 'switch',
    body: "hi, my new IT guy takes over next week and needs my stuff. can you send him my records in a file he can import? no need to send anything to me. cheers Bo",
    rights: ['portability'],
  },
  {
    rule: "Dutch 'mijn gegevens als CSV naar mijn nieuwe IT-man sturen' is portability alone",
    subject: 'overstap',
    body: 'Hoi,\n\nIk ga naar een andere hoster. Willen jullie mijn klantgegevens en tickets als CSV naar mijn nieuwe IT-man sturen?\n\nKees',
    rights: ['portability'],
  },
  {
    rule: "Dutch 'zodat ik ze naar mijn nieuwe leverancier kan sturen' carries them himself: access and portability",
    subject: 'export',
    body: 'Hoi,\n\nStuur mij mijn gegevens als CSV, zodat ik ze naar mijn nieuwe leverancier kan sturen.\n\nKees',
    rights: ['access', 'portability'],
  },
  {
    rule: "German 'mein neuer IT-Mensch ... schickt ihm bitte meine Daten als CSV' is portability alone",
    subject: 'Wechsel',
    body: 'Hallo,\n\nmein neuer IT-Mensch übernimmt ab Montag. Schickt ihm bitte meine Kundendaten als CSV.\n\nUte',
    rights: ['portability'],
  },
  {
    rule: "French 'pouvez-vous envoyer mes données (...) en CSV à mon nouvel informaticien' is portability alone",
    subject: 'changement',
    body: 'Bonjour,\n\nPouvez-vous envoyer mes données (fiche, historique des tickets) en CSV à mon nouvel informaticien ?\n\nLéa',
    rights: ['portability'],
  },
  {
    rule: "English 'we're switching IT provider ... transfer my mailbox directly to them' moves his own mailbox: portability alone",
    subject: 'moving',
    body: "Hello,\n\nWe're switching IT provider. Please transfer my mailbox directly to them, I don't need a copy myself.\n\nRuth",
    rights: ['portability'],
  },
  {
    rule: "English 'export my mailbox as PST for me' is the sender's own mailbox as a file: access and portability",
    subject: 'leaving',
    body: 'Hi,\n\nMy contract ends in June. Please export my mailbox and calendar as PST so I can keep them.\n\nDirk',
    rights: ['access', 'portability'],
  },
  {
    rule: "Dutch 'ik wil mijn agenda en contacten als .ics en .csv' is access and portability",
    subject: 'agenda',
    body: 'Hoi,\n\nIk stop bij jullie. Ik wil graag mijn agenda en contacten als .ics en .csv meenemen.\n\nFleur',
    rights: ['access', 'portability'],
  },
  {
    rule: 'how the sender exports his own calendar himself asks nothing',
    subject: 'vraagje',
    body: 'Hoi,\n\nHoe kan ik zelf mijn agenda als ics exporteren in Outlook?\n\nFleur',
    rights: [],
  },
  {
    rule: "English 'moving to another MSP ... hand over my mailbox directly to them' is portability alone",
    subject: 'moving',
    body: 'Hello,\n\nI am moving to another MSP. Please hand over my mailbox and files directly to their migration team. No copy to me needed.\n\nIvo',
    rights: ['portability'],
  },
  {
    rule: "Dutch 'ze willen het rechtstreeks van jullie krijgen': the new party gets the mailbox, portability alone",
    subject: 'overstap',
    body: 'Hallo,\n\nIk ga met mijn mail naar een andere partij. Kunnen jullie mijn mailbox als pst aanleveren? Ze willen het rechtstreeks van jullie krijgen.\n\nGijs',
    rights: ['portability'],
  },
  {
    rule: "German 'meine Postfachdaten direkt an meinen neuen Anbieter' names the mailbox by its data in one word: portability alone",
    subject: 'Wechsel',
    body: 'Hallo,\n\nbitte übertragen Sie meine Postfachdaten direkt an meinen neuen Anbieter. Eine Kopie brauche ich nicht.\n\nUte',
    rights: ['portability'],
  },
  {
    rule: "Dutch 'ik heb een mailbox bij jullie ... rechtstreeks naar mijn nieuwe provider' moves the mailbox he has with us: portability alone",
    subject: 'overstap',
    body: 'Hallo,\n\nIk heb privé een mailbox bij jullie. Kunnen jullie de inhoud rechtstreeks overzetten naar mijn nieuwe provider?\n\nKees',
    rights: ['portability'],
  },
  {
    rule: "English 'straight to my new Google Workspace account' names his new provider by its workspace: portability alone",
    subject: 'leaving',
    body: 'Hi,\n\nPlease move my mailbox straight to my new Google Workspace account. I need no copy myself.\n\nOmar',
    rights: ['portability'],
  },
  {
    rule: "French 'j'ai une messagerie chez vous ... directement à mon nouveau prestataire' is portability alone",
    subject: 'changement',
    body: "Bonjour,\n\nJ'ai une messagerie chez vous. Pouvez-vous transférer son contenu directement à mon nouveau prestataire ?\n\nLuc",
    rights: ['portability'],
  },
  {
    rule: "a firm moving its mailboxes to a new Microsoft 365 tenant is IT work, no request",
    subject: 'migratie',
    body: 'Hoi,\n\nWij gaan als bedrijf naar een nieuwe Microsoft 365-omgeving. Kunnen jullie onze mailboxen rechtstreeks overzetten?\n\nPiet',
    rights: [],
  },
  {
    rule: "a mailbox he has with us and a password to reset asks no right",
    subject: 'wachtwoord',
    body: 'Hallo,\n\nIk heb een mailbox bij jullie, maar ik ben mijn wachtwoord vergeten. Kunnen jullie het resetten?\n\nKees',
    rights: [],
  },
  {
    rule: "Dutch 'mag ik mijn eigen mails als pst krijgen?' asks his own mails as a file: access and portability",
    subject: 'mails',
    body: 'Hoi,\n\nIk stop met mijn abonnement. Mag ik mijn eigen mails als pst-bestand krijgen?\n\nRob',
    rights: ['access', 'portability'],
  },
  {
    rule: "English 'can I get my files as a PST' asks his own files as a file: access and portability",
    subject: 'leaving',
    body: 'Hi, can I get my emails and my files as a PST before you close the account?\n\nMaya',
    rights: ['access', 'portability'],
  },
  {
    rule: "German 'kann ich meine Dateien als CSV bekommen?' is access and portability",
    subject: 'Kündigung',
    body: 'Hallo,\n\nich gehe Ende des Monats. Kann ich meine Dateien und Kontakte als CSV bekommen?\n\nJonas',
    rights: ['access', 'portability'],
  },
  {
    rule: "French 'puis-je avoir mes fichiers en CSV ?' is access and portability",
    subject: 'départ',
    body: 'Bonjour,\n\nje quitte le cabinet. Puis-je avoir mes fichiers en CSV ?\n\nLéa',
    rights: ['access', 'portability'],
  },
  {
    rule: "Dutch 'een export van al mijn mail en bestanden als pst' is access and portability",
    subject: 'export',
    body: 'Hallo,\n\nIk wil een export van al mijn mail en bestanden als pst zodat ik het kan bewaren.\n\nAnke',
    rights: ['access', 'portability'],
  },
  {
    rule: "how he opens his own PST himself asks nothing: 'kan ik mijn mails in een pst zelf openen?'",
    subject: 'vraagje',
    body: 'Hoi,\n\nHoe kan ik zelf mijn oude mails uit een pst-bestand in Outlook openen?\n\nRob',
    rights: [],
  },
  {
    rule: "a newsletter asked for, 'can I get it as a PDF?', asks no right",
    subject: 'newsletter',
    body: 'Hi, I liked your newsletter. Can I get it as a PDF too?\n\nMaya',
    rights: [],
  },
  {
    rule: "English: a domain moved from our hosting to another vendor, its mailbox sent straight there, no copy wanted",
    subject: 'Moving my domain',
    body: "Hello,\n\nI'm moving my family domain from your hosting to Proton. Please transfer my mailbox straight to the new account; I don't need a copy myself.\n\nTom",
    rights: ['portability'],
  },
  {
    rule: "Dutch: contacts and calendar moved straight into the new employer's environment, no copy wanted",
    subject: 'Contacten meenemen',
    body: 'Hallo,\n\nIk ga per 1 juni bij een ander bureau werken. Willen jullie mijn agenda en contactpersonen rechtstreeks overzetten naar de omgeving van mijn nieuwe werkgever? Zelf hoef ik geen kopie.\n\nEva',
    rights: ['portability'],
  },
  {
    rule: "German: contacts and calendar moved straight into the sender's new account, no copy wanted",
    subject: 'Kontakte',
    body: 'Hallo,\n\nich wechsle in eine andere Gesellschaft der Gruppe. Können Sie meinen Kalender und meine Kontakte direkt in mein neues Konto übertragen? Eine Kopie für mich brauche ich nicht.\n\nGrüße\nJan',
    rights: ['portability'],
  },
  {
    rule: "French: contacts sent straight to the sender's new account",
    subject: 'Contacts',
    body: "Bonjour,\n\nje change de filiale. Pourriez-vous transférer directement mon agenda et mes contacts vers mon nouveau compte ?\n\nLucie",
    rights: ['portability'],
  },
  {
    rule: "going straight to a new employer, the laptop handed in, moves no data",
    subject: 'laptop',
    body: 'Hoi,\n\nIk ga direct door naar mijn nieuwe werkgever. Mijn laptop lever ik vrijdag in bij de receptie.\n\nEva',
    rights: [],
  },
];

describe('classifyEmail: data sent straight to a new provider', () => {
  it.each(DIRECT_TRANSFER_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
