import { listedInAccessRequest, type CueRule } from './cueRule.ts';

/** French: how people ask, negate, suppose and close a mail. Patterns use the classes in `wordClasses.ts`. */
export const LEXICON_FR: readonly CueRule[] = [
  { kind: 'right', right: 'access', pattern: 'droit ~2 d ~1 acces', topic: true },
  { kind: 'right', right: 'access', pattern: 'demande|demander|demandons ~3 l ~1 acces' },
  { kind: 'right', right: 'access', pattern: 'demande ~2 d ~1 accès|acces', topic: true },
  { kind: 'right', right: 'access', pattern: 'acces ~3 a|aux ~3 @my|@personalData|informations' },
  // Not "copie de ma carte d'identité" (an attachment): a copy of data, the file or the mailbox.
  // "Une copie des informations de la réunion" is ordinary mail: the information word is the data itself ("mes informations", "les informations que ...").
  { kind: 'right', right: 'access', pattern: 'copie ~6 données|donnees|dossier|messagerie|mails|courriels|boite' },
  { kind: 'right', right: 'access', pattern: 'copie ~4 @my|ces ~2 @personalData' },
  { kind: 'right', right: 'access', pattern: 'copie ~6 @personalData que|qu|dont|personnelles|détenues|detenues|conservées|conservees|enregistrées|enregistrees|stockées|stockees' },
  { kind: 'right', right: 'access', pattern: 'copie ~6 @personalData ~2 me|moi ~1 concernant' },
  { kind: 'right', right: 'access', pattern: 'copie|export ~4 @their ~2 messagerie|boite|mails|courriels|donnees|fichiers|compte' },
  // The sender's data, not what the sender must supply: "quelles informations dois-je vous fournir" asks nothing about him.
  { kind: 'right', right: 'access', pattern: 'quelles ~3 @personalData|informations ~10 me|moi|mes' },
  // The plain question: "qu'est-ce que vous gardez encore sur moi ?", "que savez-vous de moi ?"; not "tout ce que vous avez sur moi",
  // the object of an erasure.
  { kind: 'right', right: 'access', pattern: 'qu ~1 est ~1 ce ~1 que ~1 vous ~2 gardez|conservez|detenez|stockez|avez|possedez|savez ~3 sur|de ~1 moi' },
  { kind: 'right', right: 'access', pattern: 'que ~1 gardez|conservez|detenez|savez|avez ~1 vous ~3 sur|de ~1 moi' },
  { kind: 'right', right: 'access', pattern: 'd ~1 ou ~2 tenez|tirez|provient|proviennent|viennent|vient ~4 @my|vous ~3 @identity|@personalData|coordonnees|adresse' },
  { kind: 'right', right: 'access', pattern: 'provenance|origine|source ~4 @my ~3 @identity|@personalData|coordonnees' },
  // The source asked with "comment" as with "où": "Comment avez-vous eu mon numéro ?".
  { kind: 'right', right: 'access', pattern: 'ou|comment ~3 avez ~2 vous ~3 obtenu|eu|trouve|recupere ~3 @my ~3 @identity|@personalData|coordonnees|numero|numéro|adresse' },
  // "savoir si vous détenez des données me concernant"; a bare "si vous détenez encore ..." is a condition.
  { kind: 'right', right: 'access', pattern: 'savoir|demande|demander|indiquer|confirmer|dire|preciser ~4 si ~4 vous ~3 traitez|detenez|conservez|possedez ~6 @personalData ~4 me|moi' },
  // "Me communiquer les informations de connexion", "m'envoyer les infos pour la réunion" ask for ordinary mail: the bare
  // information word counts when it is the data itself ("données", "mes informations", "ces informations", "les informations que vous avez");
  // a bare "l'ensemble" no longer asks either: it also sends "l'ensemble des documents pour la signature".
  { kind: 'right', right: 'access', pattern: 'me|m ~1 communiquer|transmettre|envoyer|fournir|adresser ~6 données|donnees' },
  { kind: 'right', right: 'access', pattern: 'me|m ~1 communiquer|transmettre|envoyer|fournir|adresser ~4 @my|ces|vos ~2 @personalData' },
  { kind: 'right', right: 'access', pattern: 'me|m ~1 communiquer|transmettre|envoyer|fournir|adresser ~6 @personalData que|qu|dont|personnelles|détenues|detenues|conservées|conservees|enregistrées|enregistrees|stockées|stockees' },
  { kind: 'right', right: 'access', pattern: 'me|m ~1 communiquer|transmettre|envoyer|fournir|adresser ~6 @personalData ~2 me|moi ~1 concernant' },
  // Access asked by its noun, as Art. 15 and lawyers put it: "la communication de toutes les données la concernant". The data
  // must be the person's, by "concernant" or a possessive after a demand, not "la communication de mes données à un tiers" told.
  { kind: 'right', right: 'access', pattern: 'communication ~1 de|des|d ~4 @personalData|informations ~3 me|le|la|les|moi|lui|nous ~1 concernant' },
  { kind: 'right', right: 'access', pattern: 'demande|demandons|sollicite|sollicitons|exige|exigeons|requiert|requérons|requerons ~4 communication ~1 de|des|d ~3 @my|ses|leurs|ensemble ~2 @personalData' },
  // "sans délai" hurries the request, it denies nothing: these phrases hold it, so the negation does not cancel them.
  { kind: 'right', right: 'access', pattern: 'me|m ~1 communiquer|transmettre|envoyer|fournir|adresser ~2 sans ~1 delai|tarder|attendre|retard ~4 @personalData|ensemble|informations|copie' },
  { kind: 'right', right: 'access', pattern: 'me|m ~1 communiquer|transmettre|envoyer|fournir|adresser ~4 @personalData|ensemble|informations|copie ~4 sans ~1 delai|tarder|attendre|retard' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~6 @my|toutes|ensemble ~3 @personalData|@account|informations ~4 sans ~1 delai|tarder|attendre|retard' },
  // The recording of a call the mail told of, asked removed, is the caller's: "supprimer l'enregistrement de cet appel".
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 enregistrement|enregistrements ~2 de ~1 cet|cette ~1 appel|conversation' },
  // Photos of the sender's child, whose rights a parent exercises: "supprimer les photos de mon fils".
  { kind: 'right', right: 'erasure', pattern: '@erase|retirer|enlever ~6 photo|photos|video|videos ~3 de ~1 mon|ma|mes|notre|nos ~1 fils|fille|filles|enfant|enfants' },
  { kind: 'right', right: 'erasure', pattern: 'photo|photos|video|videos ~3 de ~1 mon|ma|mes|notre|nos ~1 fils|fille|filles|enfant|enfants ~12 @erase|retirer|enlever' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~2 sans ~1 delai|tarder|attendre|retard ~6 @my|toutes|ensemble ~3 @personalData|@account|informations' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~6 @my ~3 @personalData|@account|informations|candidature|cv|photos' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 toutes|tous|ensemble ~6 @personalData|informations' },
  { kind: 'right', right: 'erasure', pattern: '@personalData ~6 me ~1 concernant ~6 @erase' },
  // "effacez tout ce que vous n'êtes pas obligés de garder": the negation belongs to what may stay.
  { kind: 'right', right: 'erasure', pattern: '@erase|effaciez|supprimiez ~3 tout|toutes|tous ~4 n ~1 etes|est|sont ~1 pas ~2 oblige|obliges|obligee|obligees|tenu|tenus|tenue|tenues|contraint|contraints' },
  // Database tables named as where the data sit ("tables newsletter et commandes") are a place to erase, not a mailing to leave.
  { kind: 'right', right: 'erasure', pattern: 'table|tables ~3 newsletter|newsletters|abonnes|mailing', weight: 0.3, overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: 'newsletter|abonnes ~1 table|tables', weight: 0.3, overrides: 'unsubscribe' },
  // The newsletter base named beside the backups or the CRM ("restent dans la base de la newsletter et dans vos sauvegardes") is one more place to erase from.
  { kind: 'right', right: 'erasure', pattern: 'crm|sauvegarde|sauvegardes|backups|tickets ~8 newsletter|newsletters', weight: 0.3, overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: 'newsletter|newsletters ~8 crm|sauvegarde|sauvegardes|backups|tickets', weight: 0.3, overrides: 'unsubscribe' },
  // Copies to be destroyed are erased, not sent: "l'effacement immédiat de toute copie de mes données", "la suppression des copies de mes pièces".
  { kind: 'right', right: 'erasure', pattern: 'effacement|effacer|effacez|suppression|supprimer|supprimez|destruction|détruire|detruire|détruisez|detruisez ~3 toute|toutes|tous|les|des|vos|ces|éventuelles|eventuelles ~1 copie|copies', overrides: 'access' },
  // A copy of an identity document, a child's handed in with a form, wished gone in the passive: "je voudrais que la
  // copie de sa carte d'identité et le formulaire soient détruits".
  { kind: 'right', right: 'erasure', pattern: 'voudrais|veux|souhaite|souhaiterais|demande ~2 que ~2 copie|copies|photocopie|scan ~1 de|d ~3 carte|pièce|piece|passeport|permis ~8 soit|soient ~1 détruit|detruit|détruite|detruite|détruits|detruits|détruites|detruites|supprimé|supprime|supprimée|supprimee|supprimés|supprimes|supprimées|supprimees|effacé|efface|effacée|effacee|effacés|effaces|effacées|effacees', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'droit ~2 a ~2 l ~1 oubli|effacement', topic: true },
  { kind: 'right', right: 'erasure', pattern: 'demande ~3 de|d ~3 suppression|effacement', topic: true },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 me|m ~6 de ~3 vos ~2 fichiers|bases|systemes' },
  // The sender's own record in a system ("supprimer ma fiche de votre CRM", "effacez mon contact de votre base"): erased, even beside a newsletter left.
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 ma|mon ~1 fiche|contact|enregistrement|dossier ~3 de|du|dans ~2 votre|vos|la|le ~1 crm|base|fichier|fichiers|systeme|systemes|registre' },
  { kind: 'right', right: 'erasure', pattern: 'etre ~1 raye|rayee|efface|effacee|supprime|supprimee|retire|retiree ~4 de|du ~2 votre|vos|la|le ~2 fichier|fichiers|base|bases|systeme|crm|registre' },
  { kind: 'right', right: 'erasure', pattern: 'ne ~2 plus ~2 figurer|apparaitre|etre ~4 dans ~3 votre|vos ~3 base|bases|fichier|fichiers|systeme|systemes|crm' },
  // Forget me, wished: "j'aimerais autant que vous m'oubliiez complètement"; not "j'ai l'impression que vous m'oubliez".
  { kind: 'right', right: 'erasure', pattern: 'aimerais|voudrais|souhaite|souhaiterais|veux|préférerais|prefererais ~3 que ~2 vous ~1 m ~1 oubliiez|oubliez' },
  // The wish in the passive: "je souhaite que tout soit effacé", "que les données me concernant soient supprimées".
  { kind: 'right', right: 'erasure', pattern: 'souhaite|veux|voudrais|demande|exige|désire|desire ~4 que ~4 tout|toutes|tous|@mine|@personalData ~4 soit|soient ~1 effacé|efface|effacée|effacee|effacés|effaces|effacées|effacees|supprimé|supprime|supprimée|supprimee|supprimés|supprimes|supprimées|supprimees|détruit|detruit|détruites|detruites|détruits|detruits' },
  // "... et je vous demande de les effacer": the pronoun stands for the data just named.
  { kind: 'right', right: 'erasure', pattern: 'demande|prie|merci ~4 de ~1 les ~1 effacer|supprimer|detruire' },
  // "Ensuite, je vous demande de tout supprimer": everything the sender asked about, in plain words; a bare "merci de tout supprimer" also clears a disk.
  { kind: 'right', right: 'erasure', pattern: 'je ~1 vous ~1 demande|prie ~2 de ~1 tout ~1 effacer|supprimer|détruire|detruire' },
  // Details named before, to vanish in plain words: "que ces informations disparaissent de vos systèmes".
  { kind: 'right', right: 'erasure', pattern: '@personalData|informations|coordonnées|coordonnees ~6 disparaisse|disparaissent|disparaître|disparaitre ~2 de|des ~1 vos ~1 fichiers|systèmes|systemes|bases|base' },
  // A processor asked to carry out a request made to its customer: "une ancienne locataire nous a demandé l'effacement de ses
  // données" and "pourriez-vous procéder à cette suppression ?" count half each; the processing agreement such a mail cites
  // makes it read as about data protection, which sets the request's names aside.
  { kind: 'right', right: 'erasure', pattern: 'nous ~1 a|ont ~1 demandé|demande|réclamé|reclame ~2 l ~1 effacement|suppression ~3 ses|leurs ~2 données|donnees', weight: 0.5 },
  { kind: 'right', right: 'erasure', pattern: 'procéder|proceder ~2 à|a ~1 cette|ces|cet ~1 suppression|suppressions|effacement|effacements', weight: 0.5 },
  // "Merci de procéder maintenant à l'effacement" (after an identity check): the erasure asked in so many words; a secure
  // wipe of disks and the firewall's or a cache's entries wiped are office administration.
  { kind: 'right', right: 'erasure', pattern: 'procéder|proceder|procédiez|procediez ~3 l ~1 effacement' },
  { kind: 'concept', concept: 'adminTask', pattern: 'effacement|suppression ~1 sécurisé|securise|sécurisée|securisee|définitif|definitif ~3 disque|disques|ssd|supports|postes|serveur|serveurs' },
  { kind: 'concept', concept: 'adminTask', pattern: 'effacement|suppression ~4 disque|disques|ssd|partition|partitions|pare|firewall|cache|caches|temporaires' },
  // The old value of a contact detail going away is why it must be corrected, not an erasure: "mon ancienne adresse va disparaître".
  { kind: 'right', right: 'rectification', pattern: 'ancienne|ancien ~4 adresse|numero ~4 disparaitre|disparait|disparaitra|expire|expirera', overrides: 'erasure' },
  { kind: 'right', right: 'rectification', pattern: 'rectification', topic: true },
  // An entry's accuracy contested, then "vous demande de la rectifier" (the entry named before): half each, so neither a contested
  // invoice nor a bare "merci de la corriger" is a request alone.
  { kind: 'right', right: 'rectification', pattern: 'conteste|contestons ~4 exactitude|véracité|veracite', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'conteste|contestons ~4 exactitude|véracité|veracite ~10 la|le|les|l ~1 rectifier|corriger' },
  { kind: 'right', right: 'rectification', pattern: 'conteste|contestons ~2 cette|ces|la|les ~1 mention|mentions|inscription|donnée|donnee|données|donnees|appréciation|appreciation', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'demande|demandons|prie|merci ~4 de ~1 la|le|les|l ~1 rectifier|corriger', weight: 0.5 },
  // The bare verb also rectifies DNS records and invoices: it needs a personal object.
  // Possessives only: in "rectifier l'échéancier et de m'envoyer" the "m'" is the reader's reply, not my data.
  { kind: 'right', right: 'rectification', pattern: 'rectifier|rectifiez|rectifie|rectifiee ~6 @mine|@personalData|@identity|coordonnees|fiche|informations|mention|mentions|concernant' },
  { kind: 'right', right: 'rectification', pattern: '@mine|@personalData|@identity|coordonnees|fiche ~6 rectifier|rectifiez|rectifie|rectifiee' },
  { kind: 'right', right: 'rectification', pattern: '@correct|corriger|modifier|mettre ~5 @my ~3 @identity' },
  // A wrong entry in the sender's file pointed at: "corriger mon dossier", "rectifier cette inscription erronée", "la correction de cette mention".
  { kind: 'right', right: 'rectification', pattern: 'corriger|corrigez|rectifier|rectifiez|correction ~2 @mine|cette|ces|cet ~2 dossier|fiche|information|informations|mention|mentions|inscription|données|donnees' },
  // A misspelt name or a wrong birth date told ("mon nom est écrit « ... »", "mon prénom apparaît comme", "ma date de naissance est indiquée comme") and a
  // bare "pourriez-vous corriger cela ?" after it: each needs the other (the bare request also fixes DNS records and web pages).
  { kind: 'right', right: 'rectification', pattern: 'mon ~1 nom|prénom|prenom ~3 écrit|ecrit|orthographié|orthographie|massacré|massacre|apparaît|apparait|erroné|errone|écorché|ecorche', weight: 0.6 },
  { kind: 'right', right: 'rectification', pattern: 'ma ~1 date ~1 de ~1 naissance ~3 indiquée|indiquee|écrite|ecrite|erronée|erronee|fausse|inscrite|enregistrée|enregistree', weight: 0.6 },
  // So is a child's, told by the parent: "la date de naissance de ma fille est indiquée au 03/07".
  { kind: 'right', right: 'rectification', pattern: 'date ~1 de ~1 naissance ~1 de ~1 mon|ma|notre ~1 fille|fils|enfant ~3 indiquée|indiquee|écrite|ecrite|erronée|erronee|fausse|inscrite|enregistrée|enregistree', weight: 0.6 },
  // A detail of the sender's called wrong in a reply to our summary, "L'adresse indiquée est erronée : j'habite ...", and "merci
  // de la rectifier" after it: half each, so a price or an invoice called wrong asks nothing, nor does "l'adresse IP".
  { kind: 'right', right: 'rectification', pattern: 'l|mon|ma adresse|numéro|numero|nom|prénom|prenom est ~1 erronée|erronee|erroné|errone|fausse|faux|inexacte|inexact|incorrecte|incorrect', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'l|mon|ma adresse|numéro|numero|nom|prénom|prenom indiquée|indiquee|enregistrée|enregistree|notée|notee|mentionnée|mentionnee|figurant|que ~5 est ~1 erronée|erronee|erroné|errone|fausse|faux|inexacte|inexact|incorrecte|incorrect', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'pourriez|pouvez|pourrez ~2 vous ~1 le|la|les|l ~1 corriger|rectifier|modifier', weight: 0.4 },
  { kind: 'right', right: 'rectification', pattern: 'pourriez|pouvez|pourrez ~2 vous ~1 corriger|rectifier', weight: 0.4 },
  { kind: 'right', right: 'rectification', pattern: 'corriger|rectifier|modifier ~1 cela|ça|ca|ceci', weight: 0.4 },
  { kind: 'right', right: 'rectification', pattern: 'corriger|rectifier ~2 une ~1 bonne ~1 fois', weight: 0.4 },
  { kind: 'right', right: 'rectification', pattern: 'rectifier|corriger ~1 en', weight: 0.4 },
  // A processor asked to put right the data of its customer's client or employee: "un patient nous demande de corriger son
  // adresse e-mail", "de corriger son nom dans tous nos outils". Only the person's own details named after the possessive.
  { kind: 'right', right: 'rectification', pattern: 'corriger|rectifier|corrigiez|rectifiiez ~1 son|sa|ses ~1 nom|prénom|prenom|adresse|date|numéro|numero|coordonnées|coordonnees|e|email' },
  // A mail address that no longer works and the one to use now: "cette adresse est périmée ... merci d'utiliser désormais ...";
  // each needs the other.
  { kind: 'right', right: 'rectification', pattern: 'adresse ~3 périmée|perimee|obsolète|obsolete|désactivée|desactivee|fermée|fermee', weight: 0.6 },
  { kind: 'right', right: 'rectification', pattern: 'utiliser|utilisez|écrire|ecrire|écrivez|ecrivez ~1 désormais|dorénavant|dorenavant|plutôt|plutot', weight: 0.4 },
  { kind: 'right', right: 'restriction', pattern: 'limitation|limiter|restreindre|restriction ~4 du|le|de ~2 traitement' },
  { kind: 'right', right: 'restriction', pattern: 'droit ~2 a ~2 la ~1 limitation', topic: true },
  { kind: 'right', right: 'restriction', pattern: 'limiter|restreindre|geler|suspendre ~3 l ~1 utilisation|usage|exploitation' },
  // The same ask with the reader as subject: "je demande que vous limitiez l'usage de ces données", "gelez l'utilisation".
  { kind: 'right', right: 'restriction', pattern: 'limitiez|limitez|restreigniez|restreignez|geliez|gelez|suspendiez|suspendez ~3 l ~1 utilisation|usage|exploitation' },
  // "bloquer mon compte" after a lost laptop is security, not restriction: the data themselves are frozen.
  { kind: 'right', right: 'restriction', pattern: 'geler|bloquer|verrouiller ~4 @personalData' },
  { kind: 'right', right: 'restriction', pattern: 'conserver ~10 mais ~6 ne ~3 plus ~3 utiliser|traiter|exploiter' },
  // Kept but shut away, or no longer used, in the passive: "qu'elle soit conservée mais ne soit plus utilisée", "pas supprimées
  // mais verrouillées".
  { kind: 'right', right: 'restriction', pattern: 'conservée|conservées|conservé|conservés|gardée|gardées|gardé|gardés ~6 mais ~6 ne|n ~3 plus|pas ~2 utilisée|utilisées|utilisé|utilisés|traitée|traitées|traité|traités|exploitée|exploitées' },
  { kind: 'right', right: 'restriction', pattern: 'pas ~3 supprimées|supprimés|supprimée|supprimé|effacées|effacés|effacée|effacé ~3 mais ~8 bloquées|bloqués|bloquée|bloqué|verrouillées|verrouillés|verrouillée|verrouillé|gelées|gelés|gelée|gelé' },
  { kind: 'right', right: 'restriction', pattern: 'conserv*|gard* ~10 mais ~6 bloquer|bloquez|verrouiller|verrouillez|geler|gelez|bloquées|bloqués|bloquée|bloqué|verrouillées|verrouillés|verrouillée|verrouillé' },
  { kind: 'right', right: 'restriction', pattern: 'conservez|conserver|gardez|garder ~10 mais ~6 ne ~3 utilisez|utiliser|traitez|traiter|exploitez|exploiter' },
  // "Je comprends que vous gardez mes données, ... mais pendant la contestation je voudrais que vous n'utilisez plus mes données".
  { kind: 'right', right: 'restriction', pattern: 'conservez|conserver|gardez|garder|gardiez|conserviez ~10 mais ~10 n|ne ~1 utilisez|utilisiez|utiliser|traitez|traitiez|traiter|exploitez|exploitiez ~1 plus' },
  // Kept instead of erased: "la limitation plutôt que l'effacement" names the erasure it declines.
  { kind: 'right', right: 'restriction', pattern: 'au ~2 lieu ~2 de|d ~2 supprimer|effacer|effacement|suppression', overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'plutot ~1 que|qu ~2 supprimer|effacer|effacement|suppression', overrides: 'erasure' },
  // A scheduled deletion put on hold asks to keep, not to erase; alone it may just save an account.
  // Data not to be deleted ("ne pas les effacer, elles me seront utiles", "ne les supprimez pas") are kept, mostly for a dispute: the
  // phrase leans toward restriction and takes the sentence from erasure, whose "effacer ... me" it would otherwise read.
  { kind: 'right', right: 'restriction', pattern: 'ne ~1 pas|rien ~2 les|la|le|l|mes|ces|nos|mon|ma ~1 effacer|supprimer|détruire|detruire|anonymiser', weight: 0.3, overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'ne ~1 les|la|le|l ~1 effacez|supprimez|détruisez|detruisez ~1 pas', weight: 0.3, overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'suspendre|suspendez|suspendiez|reporter|reportez|differer|differez|stopper|stoppez|arreter|arretez ~2 la|l ~1 suppression|effacement', weight: 0.5, overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'n ~1 utiliser|utilisez|traiter|traitez ~4 que ~2 pour|dans ~3 facturation|comptabilite|obligations|contrat|obligation' },
  { kind: 'right', right: 'restriction', pattern: 'ne ~3 plus ~3 utiliser|traiter|exploiter ~8 pour ~1 autre ~1 chose|fin ~1 que', overrides: 'objection' },
  { kind: 'right', right: 'restriction', pattern: 'uniquement|seulement ~4 conserver|conservees|conserves|archiver|archivees ~8 ne ~3 plus|pas' },
  // The use set aside as a list after the keeping: "uniquement conservées : aucune utilisation commerciale, aucune relance".
  { kind: 'right', right: 'restriction', pattern: 'uniquement|seulement ~4 conserver|conservees|conserves|archiver|archivees ~4 pas|aucune|aucun|sans ~2 utilisation|usage|exploitation|traitement' },
  // Un effacement demandé plus tôt, retenu maintenant, garde les données : « je vous avais demandé de supprimer mes données, mais ne le faites pas encore ».
  { kind: 'right', right: 'restriction', pattern: 'supprimer|effacer|suppression|effacement ~3 @mine|tout ~10 ne ~2 le|la|l ~1 faites ~2 pas ~1 encore', overrides: 'erasure' },
  // Ni utilisé ni supprimé, dit ensemble, c'est la limitation, pas une opposition ; de même une boîte gardée telle quelle que
  // personne ne doit ouvrir.
  { kind: 'right', right: 'restriction', pattern: 'demande|demandons|veut|veux|souhaite|souhaitons ~6 pas|plus ~2 utilisées|utilisés|utilisée|utilisé|partagées|partagés|consultées|consultés ~12 pas ~2 supprimées|supprimés|supprimée|supprimé|effacées|effacés', overrides: 'objection' },
  { kind: 'right', right: 'restriction', pattern: 'garder|gardez|conserver|conservez|laisser|laissez ~1 @mine ~4 tel|telle|tels|telles ~1 quel|quelle|quels|quelles ~3 mais ~3 personne ~1 ne ~4 ouvre|utilise|consulte|ouvrir|utiliser|consulter', overrides: 'objection' },
  // Data sent "directement à" the new provider, named or not, is portability alone (Art. 20(2)).
  { kind: 'concept', concept: 'direct', pattern: 'transmettre|transmis|transmises|transmettez|envoyer|envoyez|transferer|transferez|transfert ~20 directement ~1 a|au|aux|chez' },
  // A business customer relaying that its (former) employee "a exercé son droit à la portabilité": the file goes on
  // through the customer, so portability alone; the export asked of us for that person is the transfer, not a copy.
  { kind: 'concept', concept: 'direct', pattern: 'a|ont ~1 exercé|exerce ~4 son|sa|leur ~1 droit ~2 a ~2 la ~1 portabilité|portabilite' },
  { kind: 'concept', concept: 'direct', pattern: 'invoquant ~2 le|son|sa|leur ~1 droit ~2 a ~2 la ~1 portabilité|portabilite' },
  { kind: 'right', right: 'portability', pattern: 'exporter|extraire|exportez|extrayez ~4 son|sa|ses|leur|leurs ~10 csv|json|ics|vcard', weight: 0.5, overrides: 'access' },
  { kind: 'right', right: 'portability', pattern: 'portabilite', topic: true, weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: 'format ~4 structure|couramment|lisible|electronique|csv|json', weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: 'lisible ~2 par ~2 machine', weight: 0.5 },
  // A reusable digital format is Art. 20's "format couramment utilisé": "sous format numérique réutilisable", "un fichier informatique réutilisable".
  { kind: 'concept', concept: 'portableFormat', pattern: 'format|formats|fichier|fichiers ~3 réutilisable|reutilisable|réutilisables|reutilisables' },
  // The same with the verb: "dans un format qu'elle pourra réutiliser ailleurs", "un format que je puisse réutiliser".
  { kind: 'concept', concept: 'portableFormat', pattern: 'format|formats ~4 réutiliser|reutiliser|réimporter|reimporter' },
  // "dans un format que je peux réimporter ailleurs": a file to carry to another service.
  { kind: 'right', right: 'portability', pattern: 'format ~5 réimporter|reimporter|réimportable|reimportable' },
  { kind: 'right', right: 'portability', pattern: 'transmettre|transferer ~6 @personalData ~8 autre ~2 responsable|fournisseur|prestataire' },
  { kind: 'right', right: 'objection', pattern: 'opposer|oppose ~8 traitement|utilisation|profilage|suivi|@personalData|enregistrement' },
  // The noun alone also lists the rights in a training programme or a notice.
  { kind: 'right', right: 'objection', pattern: 'opposition ~8 traitement|utilisation|profilage|suivi|@personalData|enregistrement', topic: true },
  { kind: 'right', right: 'objection', pattern: 'droit ~2 d ~1 opposition', topic: true },
  // An opposition made earlier and held to now, by the sender or for his client, objects still: "je maintiens mon opposition",
  // "mon client maintient son opposition", "je réitère mon opposition".
  { kind: 'right', right: 'objection', pattern: 'maintiens|maintient|maintenons|maintenir|réitère|réitérons ~3 opposition' },
  // A bare "je m'oppose" also fights a decision, a rent rise or a project: it objects when the sender's own person or data follow.
  { kind: 'right', right: 'objection', pattern: 'je ~2 m ~1 oppose', weight: 0.5 },
  { kind: 'right', right: 'objection', pattern: 'je ~2 m ~1 oppose ~10 @mine|me|moi|filmé|filmée|filme|filmee|filmer|photographié|photographiée|photographie|photographiee|photographier|enregistré|enregistrée|enregistre|enregistree|enregistrer' },
  { kind: 'right', right: 'objection', pattern: 'ne ~3 pas|plus ~3 figurer|apparaitre ~6 photo|photos|video|videos|site|brochure' },
  { kind: 'right', right: 'objection', pattern: 'retire|retirer|retrait|revoque|revoquer ~6 @consent' },
  { kind: 'right', right: 'objection', pattern: '@consent ~6 retire|retirer|retrait|revoque|revoquer' },
  { kind: 'right', right: 'objection', pattern: 'ne ~3 plus ~6 traiter|utiliser|exploiter|partager|suivre' },
  { kind: 'right', right: 'objection', pattern: 'cesser|arreter ~4 traitement|traiter|utiliser|profilage' },
  // Tracking told to stop in plain words: "arrêtez de pister ce que j'ouvre".
  { kind: 'right', right: 'objection', pattern: 'arretez|arreter|cessez|cesser|stop ~2 de|d ~1 pister|tracer|traquer|tracker|espionner' },
  // Scoring, profiling or recording refused as a wish: "je ne veux pas faire l'objet de ce calcul", "je ne souhaite pas que mes appels servent à cela"
  // (one's own calls recorded or reused, not sales calls to stop).
  { kind: 'right', right: 'objection', pattern: 'ne ~2 veux|souhaite|voudrais|desire ~2 pas ~2 faire ~2 l ~1 objet ~4 calcul|calculs|score|scoring|profilage|profil|evaluation|evaluations|analyse|suivi|decision|notation' },
  { kind: 'right', right: 'objection', pattern: 'ne ~2 souhaite|veux|voudrais|desire ~2 pas ~2 que ~3 @mine ~2 appels|appel|conversations|voix|echanges ~4 servent|serve|soient|soit|enregistres|enregistrees|ecoutes|utilises|utilisees', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'ne ~3 plus ~4 participer|recevoir|repondre ~4 enquetes|sondages|enquete|sondage' },
  // Surveys no more and tracking refused in a few words: "plus de sondages svp" opening its line ("plus de sondages que prévu"
  // counts them), "ne me tracez pas".
  { kind: 'right', right: 'objection', pattern: 'plus ~1 de|d ~1 sondages|sondage|enquetes|enquete|questionnaires', lineStart: true },
  { kind: 'right', right: 'objection', pattern: 'ne ~1 me|nous ~1 tracez|traquez|pistez|suivez|profilez ~1 pas|plus' },
  { kind: 'right', right: 'unsubscribe', pattern: 'desinscrire|desinscription|desabonner|desabonnement|desinscrivez|desabonnez', topic: true },
  // A subscription to a mailing cancelled as a contract is: "je souhaite résilier mon abonnement à la newsletter", "résilier
  // l'infolettre". A contract cancelled leaves no mailing, and "annuler la newsletter" may be a send of the customer's.
  { kind: 'right', right: 'unsubscribe', pattern: 'resilier|resiliation|annuler|annulation ~2 abonnement|inscription ~1 a|au ~2 newsletter|newsletters|infolettre|mailing' },
  { kind: 'right', right: 'unsubscribe', pattern: 'resilier|resiliation ~1 la|l|votre|ma ~1 newsletter|infolettre' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~4 plus ~6 recevoir|envoyer|adresser ~6 @newsletter|@marketing|mails|courriels|messages|sollicitations' },
  // "Merci de me retirer de votre liste de diffusion et de supprimer toutes mes données": the list named as the reader's
  // own ("votre", "vos") unsubscribes beside the erasure; "la liste de diffusion interne" is office administration.
  { kind: 'right', right: 'unsubscribe', pattern: '@erase ~3 me|m|mon ~6 de ~3 la|votre|vos ~2 liste|listes|newsletter' },
  { kind: 'right', right: 'unsubscribe', pattern: 'me|m ~1 @erase|retirer|enlever|rayer ~3 de ~3 la|votre|vos ~2 liste|listes|newsletter' },
  // The same asked for a parent or a child the sender writes for: "pourriez-vous la retirer de votre liste d'envoi", "le désinscrire de
  // votre newsletter"; only of the reader's own list ("votre", "vos"), not an office's internal one.
  { kind: 'right', right: 'unsubscribe', pattern: 'la|le|l ~1 @erase|retirer|enlever|rayer|desinscrire ~3 de ~1 votre|vos ~2 liste|listes|newsletter|infolettre|mailing|mailings' },
  // Nothing more to be sent: "de ne plus m'envoyer quoi que ce soit", "ne plus rien m'envoyer".
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~3 plus ~3 m|me|nous ~1 envoyer|adresser|écrire|ecrire ~2 quoi ~1 que ~2 ce ~1 soit' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~2 plus ~1 rien ~1 m|me|nous ~1 envoyer|adresser|écrire|ecrire' },
  { kind: 'right', right: 'unsubscribe', pattern: 'me|m ~2 desinscrire|desabonner' },
  // Spoken French drops the "ne": "je veux plus recevoir vos mails".
  { kind: 'right', right: 'unsubscribe', pattern: 'veux|souhaite|voudrais|veut ~2 plus ~4 recevoir ~4 @newsletter|@marketing|mails|courriels|messages|emails|rien' },
  // What was just named no longer wanted ("je reçois des sms de pub ..., je veux plus les recevoir") and advertising texts or
  // calls named: each needs the other, since "je ne veux plus les recevoir par courrier" may be invoices.
  { kind: 'right', right: 'unsubscribe', pattern: 'veux|souhaite|voudrais|veut ~2 plus ~2 les|en ~1 recevoir', weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~2 veux|souhaite|voudrais|veut ~2 plus ~2 les|en ~1 recevoir', weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'sms|textos|messages|appels ~2 de ~1 pub|publicité|publicite|prospection|démarchage|demarchage', weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~3 plus ~3 que ~6 utilisiez|utilisez|exploitiez|traitiez ~8 publicite|prospection|marketing|commerciales|publicitaires' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~3 plus ~3 m|me ~1 appeler|telephoner|demarcher|solliciter|prospecter|relancer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~3 plus ~3 etre ~1 demarche|demarchee|sollicite|sollicitee|prospecte|prospectee|relance|relancee' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~1 m|me ~1 appelez|telephonez|demarchez|sollicitez|relancez ~1 plus' },
  // Not bare "appels": "je ne reçois plus d'appels" is a telephony fault.
  { kind: 'right', right: 'unsubscribe', pattern: 'plus ~2 aucun|aucune|de|d ~3 pub|pubs|publicite|publicites|sollicitation|sollicitations|prospection|demarchage|offres|courriers' },
  { kind: 'right', right: 'unsubscribe', pattern: 'plus ~1 d|de ~1 invitations ~3 svp|merci|stp' },
  // "Plus de newsletter pour moi svp": the mailing named, not "plus de mails" (a mailbox fault). No negation word in
  // the pattern, so "il n'y a plus de newsletter" stays negated.
  // Contact refused as a bare list of its kinds, asked: "pas de mails, pas d'appels, merci", "je ne veux ni mails ni appels".
  // Told as not had ("je n'ai eu ni mails ni appels") it asks nothing.
  { kind: 'right', right: 'unsubscribe', pattern: 'svp|stp|merci|veux|voulons|souhaite ~8 pas|plus|ni ~1 de|d ~1 mails|mail|courriels|emails|appels|courriers|lettres|newsletter|newsletters|sms|pub|pubs|publicite|offres|invitations|messages ~1 pas|plus|ni ~1 de|d ~1 mails|mail|courriels|emails|appels|courriers|lettres|newsletter|newsletters|sms|pub|pubs|publicite|offres|invitations|messages' },
  { kind: 'right', right: 'unsubscribe', pattern: 'pas|plus ~1 de|d ~1 mails|mail|courriels|emails|appels|courriers|lettres|newsletter|newsletters|sms|pub|pubs|publicite|offres|invitations|messages ~1 pas|plus ~1 de|d ~1 mails|mail|courriels|emails|appels|courriers|lettres|newsletter|newsletters|sms|pub|pubs|publicite|offres|invitations|messages ~3 svp|stp|merci|plus' },
  { kind: 'right', right: 'unsubscribe', pattern: 'veux|voulons|souhaite|souhaitons ~2 ni ~1 mails|mail|courriels|emails|appels|courriers|lettres|newsletter|newsletters|sms|pub|pubs|publicite|offres|invitations|messages ~1 ni ~1 mails|mail|courriels|emails|appels|courriers|lettres|newsletter|newsletters|sms|pub|pubs|publicite|offres|invitations|messages' },
  { kind: 'right', right: 'unsubscribe', pattern: 'plus ~1 de|d ~1 newsletter|newsletters|infolettre|infolettres' },
  { kind: 'right', right: 'unsubscribe', pattern: 'plus ~2 aucun|aucune|de|d ~3 appels|appel ~1 commerciaux|commercial|publicitaires|publicitaire' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop|arret|arretez|cessez|arreter|cesser ~4 appels|demarchage|sollicitations|pub|pubs|publicites|relances|prospection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop|arretez|arrete|arreter|cessez|cesser ~2 de|d ~1 me|m ~1 demarcher|solliciter|prospecter|relancer|harceler' },
  { kind: 'right', right: 'unsubscribe', pattern: 'arretez|arrete|stop ~3 m ~1 envoyer|ecrire|appeler' },
  // These mails sent no more, to the sender or someone he writes for: "arrêter de lui envoyer ces mails", "cessez de nous
  // envoyer ces courriels".
  { kind: 'right', right: 'unsubscribe', pattern: 'arreter|arretez|arrete|cesser|cessez|stopper|stoppez ~1 de|d ~2 envoyer|adresser ~1 ces ~1 mails|emails|e|courriels|messages|newsletters|publicites|offres|invitations' },
  { kind: 'right', right: 'unsubscribe', pattern: 'plus ~1 jamais ~4 entendre|recevoir' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~2 plus ~3 m|me ~1 appeler|demarcher|contacter|solliciter' },
  { kind: 'right', right: 'unsubscribe', pattern: 'opposer|oppose|opposition ~12 prospection|publicitaire|publicitaires|marketing|demarchage', overrides: 'objection' },
  // "à des fins commerciales" is marketing; "à des fins d'analyse commerciale" is profiling, an objection.
  { kind: 'right', right: 'unsubscribe', pattern: 'opposer|oppose|opposition ~12 fins|communications|messages|offres|sollicitations|envois|appels ~1 commerciales|commerciaux', overrides: 'objection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'retire|retirer|retrait ~8 prospection|marketing|publicitaire' },
  // "Merci de ne plus m'écrire pour ce genre de propositions": sales contact stopped.
  { kind: 'right', right: 'unsubscribe', pattern: 'ne ~2 plus ~2 m|me|nous ~1 écrire|ecrire|contacter|solliciter|relancer|appeler ~6 propositions|proposition|offres|offre|@marketing|genre|type' },
  // Tracking or profiling for advertising ("le profilage publicitaire", "suivi publicitaire", "cookies de reciblage") is
  // objection (DESIGN: tracking objected to), not the mailing that "publicitaire" names elsewhere.
  { kind: 'right', right: 'objection', pattern: 'profilage|suivi|ciblage|reciblage|traçage|tracage|pistage ~1 publicitaire|publicitaires', topic: true, overrides: 'unsubscribe' },
  // "Retirez mon numéro de vos listes d'appel / fichiers de prospection" is unsubscribe (Art. 21(2)), not erasure.
  { kind: 'right', right: 'unsubscribe', pattern: 'retirer|retirez|supprimer|supprimez|effacer|effacez ~4 @mine ~2 numero|adresse|coordonnees|nom ~4 liste|listes|fichier|fichiers ~2 d|de ~1 appel|appels|prospection|demarchage|diffusion|prospects', overrides: 'erasure' },
  // Not "@authority": its "agence" is also a bank branch or a travel agency ("réclamation concernant l'accueil à votre agence").
  { kind: 'right', right: 'complaint', pattern: 'plainte|reclamation ~12 cnil|apd|gba|cnpd|edpb|autorite|autorité|garante|ico|dpc' },
  { kind: 'right', right: 'complaint', pattern: 'plainte|reclamation ~12 agence ~4 protection ~3 donnees|données' },
  { kind: 'right', right: 'complaint', pattern: 'saisir|saisi|saisine ~3 la ~1 cnil' },
  // Belgian, Swiss and Luxembourg authorities as written out.
  { kind: 'right', right: 'complaint', pattern: 'saisis|saisir|saisirai|saisi|plainte|reclamation|denonciation|signalement ~6 autorite|prepose|commission ~4 protection ~3 donnees|vie' },
  { kind: 'right', right: 'complaint', pattern: 'saisis|saisir|saisirai|saisi|plainte|reclamation|denonciation|signalement ~6 pfpdt|cnpd|apd|gba|edoeb' },
  // The authority announced with another verb: "je vais prévenir l'APD", "j'alerterai la CNIL".
  { kind: 'right', right: 'complaint', pattern: 'vais|allons ~2 prevenir|alerter|avertir|contacter ~3 cnil|apd|cnpd|pfpdt|gba|edoeb' },
  { kind: 'right', right: 'complaint', pattern: 'previendrai|alerterai|avertirai|contacterai ~3 cnil|apd|cnpd|pfpdt|gba|edoeb' },
  { kind: 'right', right: 'breach_report', pattern: 'fuite|violation ~3 de ~2 donnees', topic: true, weight: 0.5 },
  // The sender calling what happened a breach with "il s'agit de", as "c'est une violation de données" does: "je considère
  // qu'il s'agit d'une violation grave du secret de mes données de santé".
  { kind: 'right', right: 'breach_report', pattern: 's ~1 agit ~3 fuite|violation ~6 données|donnees', topic: true },
  // Also a statement, a school report, orders, tickets or a quote of another (female) client, pupil, patient or tenant:
  // "le relevé d'une autre personne", "la facture d'une autre cliente", "les commandes d'une autre personne"; or of another employee
  // or user of the sender's firm: "les tickets d'un autre employé"; or of another firm, a sole trader's: "la facture d'un autre cabinet".
  { kind: 'right', right: 'breach_report', pattern: 'facture|factures|donnees|données|mail|courriel|document|documents|contrat|relevé|releve|relevés|releves|bulletin|bulletins|commandes|tickets|devis|courrier|courriers|rapport|fiche|décompte|decompte|ordonnance|résultats|resultats ~6 d|de ~2 un|une ~2 autre|autres ~2 client|clients|cliente|clientes|personne|personnes|élève|eleve|élèves|eleves|patient|patiente|patients|patientes|famille|locataire|locataires|adhérent|adherent|adhérente|adherente|employé|employe|employée|employee|salarié|salarie|salariée|salariee|collaborateur|collaboratrice|utilisateur|utilisatrice|cabinet|cabinets|société|societe|entreprise|praticien|praticienne|commerce|magasin|association' },
  { kind: 'right', right: 'breach_report', pattern: 'documents|document|fichiers|dossiers|tickets|factures|donnees|coordonnees ~1 d|de|des ~1 autres ~1 clients|personnes|utilisateurs|patients|employes|salaries|collaborateurs' },
  // What came by mistake, deleted by the finder: "je l'ai supprimée", "j'ai détruit le document", as German "habe die Datei gelöscht".
  // Each half needs the other; the finder's own deletion asks no erasure of the details it held.
  { kind: 'right', right: 'breach_report', pattern: 'l|les ~1 ai|avons ~2 supprimé|supprime|supprimée|supprimee|supprimés|supprimes|supprimées|supprimees|effacé|efface|effacée|effacee|effacés|effaces|effacées|effacees|détruit|detruit|détruite|detruite|détruits|detruits|détruites|detruites', weight: 0.5, overrides: 'erasure' },
  { kind: 'right', right: 'breach_report', pattern: 'ai|avons ~2 supprimé|supprime|supprimée|supprimee|supprimés|supprimes|supprimées|supprimees|effacé|efface|effacée|effacee|effacés|effaces|effacées|effacees|détruit|detruit|détruite|detruite|détruits|detruits|détruites|detruites le|la|les|l|ce|cet|cette|ces mail|mails|e|courriel|courriels|message|messages|fichier|fichiers|document|documents|facture|factures|pièce|piece|pièces|pieces|pdf|courrier|courriers|relevé|releve|bulletin', weight: 0.5, overrides: 'erasure' },
  { kind: 'right', right: 'breach_report', pattern: 'ne ~3 m ~3 etait|est|sont|etaient ~2 pas ~2 destine|destinee|destines|destinees' },
  { kind: 'right', right: 'breach_report', pattern: 'ordinateur|portable|telephone|cle ~8 perdu|perdue|vole|volee|disparu|disparue' },
  // The loss told first, as French tells it: "j'ai perdu mon téléphone de travail", "on m'a volé mon ordinateur portable".
  { kind: 'right', right: 'breach_report', pattern: 'perdu|perdue|vole|volee|egare|egaree ~3 ordinateur|portable|telephone|tablette|cle' },
  // A stick, disk, laptop or printout of ours found or left behind, and what is on it (other people's names with
  // passwords, or not ours): each half needs the other.
  { kind: 'right', right: 'breach_report', pattern: 'clé|cle|usb|disque|ordinateur|portable|laptop|documents|liasse|classeur|listing|impressions ~8 oublié|oubliée|oubliés|oubliées|trouvé|trouvée|trouvés|trouvées', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'oublié|oubliée|oubliés|oubliées|trouvé|trouvée|trouvés|trouvées ~8 clé|cle|usb|disque|ordinateur|laptop|liasse|classeur|listing', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'liste|listes|fichier|fichiers|clients|noms ~10 mots ~1 de ~1 passe', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'il|elle ~1 n ~1 est ~1 pas ~1 à|a ~1 nous|moi', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'mauvais ~2 destinataire' },
  // Our mail or scans going to an address nobody knows: "nos scans partent vers une adresse inconnue".
  { kind: 'right', right: 'breach_report', pattern: 'partent|part|parti|partis|arrivent|arrive|atterrissent|transferes|transferees|redirigés|rediriges ~6 adresse|boite ~1 inconnue|etrangere' },
  { kind: 'right', right: 'breach_report', pattern: 'mais ~2 vers|a ~1 une ~1 adresse|boite ~1 inconnue|etrangere' },
  // Sent to the wrong client or person: "votre technicien a envoyé notre fichier de paie au mauvais client".
  { kind: 'right', right: 'breach_report', pattern: 'envoyé|envoyée|envoyés|envoyées|envoye|envoyee|envoyes|envoyees|transmis|transmise|transmises ~6 mauvais|mauvaise ~1 client|cliente|personne|société|societe|entreprise' },
  // Any person we serve or an address as the one it reached instead: "mon compte rendu a été envoyé par erreur à une
  // autre patiente", "expédié à la mauvaise adresse".
  { kind: 'right', right: 'breach_report', pattern: 'envoyé|envoyée|envoyés|envoyées|transmis|transmise|transmises|expédié|expédiée|expédiés|expédiées|adressé|adressée|adressés|adressées ~6 mauvais|mauvaise|autre ~2 @recipient', topic: true },
  // A whole staff's pay or bank details (0.6) and their sending to everyone (0.4): "l'export des salaires et des IBAN de tout
  // le personnel ... les 45 employés l'ont reçu"; a planning sent to all staff and received is no leak.
  { kind: 'right', right: 'breach_report', pattern: 'salaires|iban|paie|paye|rémunérations|remunerations ~6 de ~1 tout|tous ~2 le|les ~1 personnel|employés|employes|salariés|salaries|collaborateurs', weight: 0.6 },
  { kind: 'right', right: 'breach_report', pattern: 'envoyé|envoye|envoyée|envoyee|parti|partie|diffusé|diffuse|diffusée|diffusee ~3 à|a ~1 tout|tous ~2 le|les ~1 personnel|employés|employes|salariés|salaries|collaborateurs', weight: 0.4 },
  { kind: 'right', right: 'breach_report', pattern: 'employés|employes|salariés|salaries|collaborateurs|destinataires ~1 l|les ~1 ont ~1 reçu|recu|reçue|recue', weight: 0.4 },
  { kind: 'right', right: 'breach_report', pattern: 'tous ~3 destinataires ~4 en ~1 clair|copie|visible|visibles' },
  // The sender's details newly open to all: "tout le monde peut maintenant voir mon adresse", "tout le monde peut désormais
  // trouver où j'habite".
  { kind: 'right', right: 'breach_report', pattern: 'tout ~1 le ~1 monde ~2 peut ~2 maintenant|desormais ~3 voir|trouver|lire|consulter ~3 @mine' },
  { kind: 'right', right: 'breach_report', pattern: 'tout ~1 le ~1 monde ~2 peut ~2 maintenant|desormais ~3 voir|trouver|lire|consulter ~3 ou ~2 j|je ~1 habite' },
  { kind: 'right', right: 'breach_report', pattern: 'clients|participants|invités|invites|contacts|abonnés|abonnes|adresses ~3 en ~1 copie ~2 visible|visibles|ouverte|apparente' },
  { kind: 'right', right: 'breach_report', pattern: 'lien ~2 de ~1 partage ~8 public|publique|accessible|ouvert' },
  // Someone else got into the sender's data ("elle a ensuite eu accès à mes SMS"): a leak told, not access asked.
  { kind: 'right', right: 'breach_report', pattern: 'eu|obtenu ~1 accès|acces ~2 à|a|aux ~2 mes|mon|ma', weight: 0.5, overrides: 'access' },
  // A complaint to us about how we handled the sender's data (not a service complaint): the complaint and
  // its privacy object in one sentence, or across the mail a complaint (0.3) and a privacy harm (0.7).
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation ~10 traitement|utilisation|gestion|usage ~3 de|d ~1 mes|mon ~1 données|donnees|informations|coordonnées|coordonnees' },
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation ~10 protection ~2 données|donnees|vie ~1 privée|privee', topic: true },
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation ~10 traitement|suite ~3 de|d ~1 ma ~1 demande', weight: 0.7 },
  // A complaint about the answer to one's request: "Réclamation – réponse incomplète à ma demande d'accès".
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation ~6 réponse|reponse ~4 à|a ~1 ma|mon|notre ~1 demande|requête|requete|courrier', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'atteinte|violation|intrusion ~4 vie ~1 privée|privee', weight: 0.7 },
  // Our technician going through the sender's private files, a privacy harm like "atteinte à ma vie privée": "il a ouvert mon
  // dossier « Documents/Santé »", "a consulté ma messagerie personnelle", "a ouvert mes photos personnelles".
  { kind: 'right', right: 'complaint', pattern: 'a|ont|avait|avaient ~1 ouvert|lu|consulté|consulte|parcouru|fouillé|fouille ~3 mon|ma|mes ~3 dossier|dossiers|fichiers|fichier|boîte|boite|messagerie|mails|messages|conversations|photos|documents|relevés|releves|données|donnees|historique ~4 personnel|personnels|personnelle|personnelles|privé|prive|privée|privee|privés|prives|privées|privees|santé|sante|médicaux|medicaux', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'violation|manquement|infraction ~3 rgpd', weight: 0.7 },
  // Contact details used that the sender never gave: "mon portable, que je n'ai jamais communiqué".
  { kind: 'right', right: 'complaint', pattern: 'portable|numéro|numero|adresse|coordonnées|coordonnees ~6 jamais ~2 communiqué|communique|communiquée|communiquee|donné|donne|donnée|donnee|fourni|fournie|transmis|transmise', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'donné|donne|communiqué|communique|transmis|transmise|divulgué|divulgue|vendu|vendue ~4 mon|ma|mes ~4 numéro|numero|adresse|coordonnées|coordonnees|données|donnees ~6 à|a|au ~3 autre|autres|tiers|inconnu|inconnue|inconnus', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'dépose|depose|déposer|deposer|adresse|formule|porte|porter ~4 plainte|réclamation|reclamation', weight: 0.3 },
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation ~1 formelle|officielle', weight: 0.3 },
  // The mail called a complaint: "veuillez considérer ce courriel comme une réclamation".
  { kind: 'right', right: 'complaint', pattern: 'considérez|considerez|considérer|considerer|traitez|traiter ~4 comme ~3 plainte|réclamation|reclamation', weight: 0.5 },
  // How the request is handled, complained of: "une réclamation sur la façon dont vous traitez ma demande".
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation ~10 façon|facon|manière|maniere ~1 dont ~4 traitez|traité|traitée|gérez|géré|gérée ~3 ma|mes ~1 demande|demandes|données|donnees', weight: 0.7 },
  // A detail of the sender's passed on, complained of: "je porte plainte parce que votre technicien a donné mon numéro à mon voisin".
  { kind: 'right', right: 'complaint', pattern: 'plainte|réclamation|reclamation|plaindre ~12 donné|donne|transmis|communiqué|communique|partagé|partage|divulgué|divulgue|vendu ~3 mon|ma|mes ~3 @identity' },
  // Saying what the mail is lodges it as one: "Ceci est une réclamation."
  { kind: 'right', right: 'complaint', pattern: 'ceci|ce|cela ~2 est ~3 plainte|réclamation|reclamation', weight: 0.3 },
  // A complaint lodged in the sentence that names the privacy wrong or the request beside it: "je dépose une réclamation
  // et je vous demande d'effacer mes données", "je vous signale cette fuite de données et je dépose une réclamation".
  { kind: 'right', right: 'complaint', pattern: 'dépose|depose|déposer|deposer|adresse|formule ~4 plainte|réclamation|reclamation ~15 @erase|effacement|corriger|rectifier|fuite|données|donnees|personnels|personnelles' },
  { kind: 'right', right: 'complaint', pattern: '@erase|effacement|corriger|rectifier|fuite|données|donnees ~15 dépose|depose|déposer|deposer|adresse|formule ~4 plainte|réclamation|reclamation' },
  // Our employee giving the sender's number to another customer, or to a stranger ("à un tiers"), is a leak.
  { kind: 'right', right: 'breach_report', pattern: 'donné|donne|communiqué|communique|transmis|transmise|divulgué|divulgue ~4 mon|ma|mes ~4 numéro|numero|adresse|coordonnées|coordonnees|données|donnees ~6 à|a|au ~3 autre|autres|tiers|inconnu|inconnue|inconnus' },
  // Someone else's document in the sender's mail or space: "un décompte qui n'est pas à moi", "une facture qui n'est pas à nous".
  { kind: 'right', right: 'breach_report', pattern: 'facture|factures|décompte|decompte|décomptes|decomptes|document|documents|dossier|relevé|releve|bulletin|fiche|courrier|attestation|ordonnance|résultats|resultats ~4 n ~1 est|sont ~1 pas ~1 à|a ~1 moi|nous' },
  // Recipients shown to each other ("tous les invités sont visibles dans le champ « À »") and a file open to anyone.
  { kind: 'right', right: 'breach_report', pattern: 'invités|invites|destinataires|adresses|participants|clients|contacts|abonnés|abonnes ~4 visibles|visible|apparents|apparentes ~4 champ|copie|cc' },
  { kind: 'right', right: 'breach_report', pattern: 'lien|liens|dossier|dossiers|fichier|fichiers|document|documents ~14 accessible|accessibles|ouvert|ouverts|consultable|consultables ~3 n ~1 importe ~1 qui' },
  // Our account taken over, or data left public: each half needs the other.
  { kind: 'right', right: 'breach_report', pattern: 'compte|comptes|messagerie|boîte|boite ~4 piraté|pirate|piratée|piratee|compromis|compromise|hacké|hacke|hackée|hackee', weight: 0.5, topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'publiquement|public|publique ~2 accessible|accessibles|visible|visibles|consultable|consultables', weight: 0.5 },
  // Told of someone the sender's matter reached: "mon ex-mari n'a aucun droit de savoir cela", "il n'aurait jamais dû l'apprendre".
  { kind: 'right', right: 'breach_report', pattern: 'avait|avaient|a|ont ~1 aucun|aucune ~1 droit|raison ~2 connaitre|savoir|apprendre' },
  { kind: 'right', right: 'breach_report', pattern: 'aurait|auraient ~1 jamais ~1 du ~3 savoir|apprendre|connaitre' },
  { kind: 'right', right: 'breach_report', pattern: 'aurait|auraient ~1 jamais ~1 du ~3 etre ~1 informe|informee|informes|informees|transmis|transmise|communique|communiquee' },
  // Which data went to whom is access (Art. 15(1)(c)): "je veux savoir quelles informations ont été communiquées".
  { kind: 'right', right: 'access', pattern: 'savoir|connaître|connaitre ~4 quelles|quels|quelle ~4 @personalData|informations ~6 communiquées|communiquees|transmises|partagées|partagees|divulguées|divulguees|vendues|cédées|cedees' },
  // Published photos or videos of a person taken down: "retirer les photos déjà publiées sur lesquelles il apparaît",
  // "supprimer ces photos de vos serveurs"; not product pictures on the customer's own site, hence the publication,
  // the person or the reader's site named.
  { kind: 'right', right: 'erasure', pattern: 'retirer|retirez|enlever|enlevez|supprimer|supprimez|effacer|effacez ~3 ces|les|toutes|cette|la ~2 photo|photos|vidéo|video|vidéos|videos ~8 publiées|publiees|publiée|publiee|facebook|linkedin|youtube|instagram|réseaux|reseaux|lesquelles|laquelle|reconnait|reconnaît|figure|apparait|apparaît' },
  { kind: 'right', right: 'erasure', pattern: 'retirer|retirez|enlever|enlevez|supprimer|supprimez|effacer|effacez ~3 ces|les|toutes|cette|la ~2 photo|photos|vidéo|video|vidéos|videos ~6 votre|vos ~1 site|page|chaîne|chaine|serveurs|supports' },
  // A photo or text of the sender taken off the website: "merci de la retirer du site".
  { kind: 'right', right: 'erasure', pattern: 'la|le|les ~1 retirer|enlever|supprimer|effacer|ôter|oter ~4 site|réseaux|reseaux|page|internet|brochure|linkedin' },
  // One's own photo or video named, then "merci de l'enlever": "ma photo est encore sur votre page LinkedIn ... merci de l'enlever".
  { kind: 'right', right: 'erasure', pattern: 'ma|mes ~1 photo|photos|vidéo|video|vidéos|videos ~15 l|la|les ~1 enlever|enlevez|retirer|retirez|supprimer|supprimez|effacer|effacez|ôter|oter' },
  // The same across two sentences: the photo on the reader's page and a bare "merci de l'enlever" count half each.
  { kind: 'right', right: 'erasure', pattern: 'ma|mes ~1 photo|photos|vidéo|video|vidéos|videos ~6 sur|dans ~2 votre|vos ~1 site|page|pages|compte|brochure|catalogue|linkedin|facebook|instagram|chaîne|chaine', weight: 0.5 },
  { kind: 'right', right: 'erasure', pattern: 'de ~1 l|la|les ~1 enlever|retirer|ôter|oter', weight: 0.5 },
  // A photo the sender is seen on, then "merci de retirer cette photo": "une photo de la soirée où l'on me voit clairement".
  { kind: 'right', right: 'erasure', pattern: 'photo|photos|vidéo|video|vidéos|videos ~6 où|ou|sur ~2 l|laquelle|lesquelles ~1 on ~1 me ~1 voit|reconnaît|reconnait|distingue', weight: 0.5 },
  { kind: 'right', right: 'erasure', pattern: 'retirer|retirez|enlever|enlevez|supprimer|supprimez|effacer|effacez ~2 cette|ces ~1 photo|photos|vidéo|video|vidéos|videos', weight: 0.5 },
  // Nothing about the sender kept, in plain words: "de ne rien garder me concernant", "ne conservez rien sur moi". The negation belongs to the phrase.
  { kind: 'right', right: 'erasure', pattern: 'ne|n ~1 rien ~1 garder|conserver ~3 me ~1 concernant' },
  { kind: 'right', right: 'erasure', pattern: 'ne|n ~1 gardez|conservez ~1 rien ~3 me ~1 concernant|sur ~1 moi' },
  // Keep but do not use until something is settled: "tant que ..., ne plus l'utiliser", "en attendant, que ces données ne soient plus utilisées".
  { kind: 'right', right: 'restriction', pattern: 'tant ~1 que ~10 ne ~3 plus|pas ~4 utiliser|utilisées|utilisees|utilisés|utilises|traiter|communiquer|transmettre|diffuser' },
  { kind: 'right', right: 'restriction', pattern: 'en ~1 attendant ~10 ne ~3 plus|pas ~4 utiliser|utilisées|utilisees|utilisés|utilises|traiter|communiquer|transmettre|transmises|diffuser' },
  { kind: 'negation', language: 'fr', pattern: 'ne|n|pas|jamais|aucun|aucune|rien|sans|ni' },
  { kind: 'hypothetical', pattern: 'si|lorsqu|lorsque|quand ~5 @hypotheticalSubject|quelqu' },
  { kind: 'hypothetical', pattern: 'supposons|admettons|imaginons ~1 que|qu ~5 @hypotheticalSubject|quelqu' },
  // Whether a step can be done at all, asked: "pouvez-vous aussi l'effacer des sauvegardes, ou est-ce techniquement impossible ?".
  { kind: 'hypothetical', pattern: 'ou ~1 est ~1 ce|il ~1 techniquement ~2 possible|impossible|faisable|realisable' },
  // Our question told back and declined: "Vous m'avez demandé si vous deviez effacer mon dossier : non, gardez-le".
  { kind: 'hypothetical', pattern: 'vous ~1 m|me|nous ~1 avez|aviez ~1 demande ~2 si ~10 non ~3 garder|gardez|conserver|conservez|inutile|merci|besoin|necessaire' },
  // A supposition asked: "Se peut-il que j'aie été retiré de la liste par erreur ?".
  { kind: 'hypothetical', pattern: 'se ~1 peut ~1 il ~1 que|qu' },
  // A question about a right, as a subject names it: "Question désinscription", "question sur la désinscription".
  { kind: 'hypothetical', pattern: 'question ~2 desinscription|desabonnement|sur|concernant', lineStart: true },
  // A device supposed lost, for a procedure: "si un ordinateur est perdu ou volé, que faire ?".
  { kind: 'hypothetical', pattern: 'si ~1 un|une ~3 est|sont ~1 perdu|perdue|vole|volee|egare|egaree' },
  // A mailing told as ended since something was done asks nothing: "Plus aucun mail depuis.", "depuis, plus de newsletter".
  { kind: 'hypothetical', pattern: 'plus ~1 de|aucun|aucune ~1 @newsletter|@marketing|mail|appels ~2 depuis' },
  { kind: 'hypothetical', pattern: 'depuis ~3 plus ~1 de|aucun|aucune ~1 @newsletter|@marketing|mail|appels' },
  // A file of ours thanked for as sent asks nothing: "merci pour l'envoi du fichier", "merci de m'avoir envoyé la copie"; not
  // "merci de m'envoyer", which asks.
  { kind: 'hypothetical', pattern: 'merci ~2 pour ~1 l|le|la|votre ~1 envoi|copie|export|fichier|fichiers|zip|extraction' },
  { kind: 'hypothetical', pattern: 'merci ~1 de|d ~1 m|nous ~1 avoir ~1 envoyé|envoye|transmis|fourni|communiqué|communique' },
  // Our sign-off thanked for as done: "merci pour la désinscription", "merci de m'avoir désabonné"; not thanks "d'avance".
  { kind: 'hypothetical', pattern: 'merci ~1 pour ~1 la|ma|cette|votre ~1 désinscription|desinscription|désabonnement|desabonnement' },
  { kind: 'hypothetical', pattern: 'merci ~1 de|d ~1 m|nous ~1 avoir ~1 désinscrit|desinscrit|désinscrite|desinscrite|désabonné|desabonne|désabonnée|desabonnee|retiré|retire|retirée|retiree' },
  // A request supposed of someone named by a pronoun: "s'il nous demande une copie de ses mails", "si l'un d'eux réclame".
  { kind: 'hypothetical', pattern: 'si|s ~1 il|elle ~1 nous|me ~1 demande|réclame|reclame|exige' },
  { kind: 'hypothetical', pattern: 'si|s ~1 il|elle ~1 demande|réclame|reclame|exige' },
  { kind: 'hypothetical', pattern: 'si ~1 l ~1 un|une ~2 demande|réclame|reclame|exige' },
  // One of the sender's own people supposed, whatever they are called: "si l'un de nos chauffeurs perd son téléphone".
  { kind: 'hypothetical', pattern: 'si ~2 un|une ~1 de|d ~1 nos|eux|elles' },
  { kind: 'hypothetical', pattern: 'comment ~4 devons|doit|faut|gerer|traiter|repondre' },
  { kind: 'hypothetical', pattern: 'sous ~2 traitance|sous ~1 traitant' },
  // A supplier's questionnaire to fill in asks how requests are handled; a satisfaction questionnaire the sender gets is a survey
  // ("après chaque ticket je reçois un questionnaire de satisfaction").
  { kind: 'hypothetical', pattern: 'questionnaire|questionnaires ~4 sécurité|securite|fournisseur|fournisseurs|rgpd|conformité|conformite|santé|sante|audit|diligence|joint|ci|questions' },
  { kind: 'hypothetical', pattern: 'compléter|completer|complétez|completez|remplir|remplissez|rempli|complété|complete|retourner|retournez ~4 questionnaire|questionnaires' },
  // A form field or template paragraph left unused: "[droit à la limitation : supprimer si non applicable]", "sans objet".
  { kind: 'hypothetical', pattern: 'non ~1 applicable|applicables|pertinent' },
  { kind: 'hypothetical', pattern: 'sans ~1 objet' },
  // Notices (and phishing) saying what will be deleted, and senders who want to keep their account.
  // A deletion the sender heard is planned is what he wants stopped, not asked: "j'ai appris que mon ancienne boîte
  // mail doit être supprimée", "que vous alliez supprimer les anciens comptes".
  { kind: 'hypothetical', pattern: 'appris|entendu ~2 que|qu ~6 alliez|allez|allait|allaient|va|vont|doit|doivent|devait|devaient ~4 supprimer|effacer|supprimée|supprimee|supprimé|supprime|supprimés|supprimes|supprimées|supprimees|effacée|effacee|effacé|efface|effacés|effaces|effacées|effacees|ménage|menage|purger|nettoyer' },
  // What will be deleted reserves what follows it, not what the sentence asked before: "merci d'utiliser désormais ..., qui sera
  // bientôt supprimée" still asks the new address used.
  { kind: 'reservation', pattern: 'seront|sera|seraient|serait ~3 supprimes|supprimees|supprime|supprimee|effaces|effacees|efface|effacee|desactive|desactivee|bloque|bloquee' },
  { kind: 'hypothetical', pattern: 'ne ~2 souhaite|veux|voudrais|desire ~3 pas ~2 que ~8 @erase|supprimiez|effaciez' },
  { kind: 'hypothetical', pattern: 'releve ~2 d ~1 information' },
  // A processing agreement or a reply template lists rights without asking for any.
  { kind: 'informational', pattern: 'sous ~1 traitance|traitant' },
  { kind: 'informational', pattern: 'contrat|accord|convention|avenant ~3 sous ~1 traitance' },
  { kind: 'informational', pattern: 'modele|modeles|gabarit|gabarits|trame|trames ~3 de ~1 reponse|reponses|courrier|courriers|lettre|lettres' },
  { kind: 'informational', pattern: '@article ~1 28' },
  // A letter or reply draft a colleague or friend is asked to read over.
  { kind: 'informational', pattern: 'relire|relecture|relis|brouillon' },
  { kind: 'hypothetical', pattern: 'vous ~1 pouvez|pourrez ~4 introduire|deposer|adresser|saisir|exercer' },
  // Someone confirming our request, or thanking us for what was done, asks nothing.
  { kind: 'hypothetical', pattern: 'avons|ai ~2 bien ~1 recu|pris ~4 votre ~1 demande' },
  // The same in the formal words of an acknowledgement: "Nous accusons réception de votre demande", "Accusé de réception de votre demande d'accès".
  { kind: 'hypothetical', pattern: 'accusons|accuse|accusé|accusee|accusée ~1 reception|réception ~3 votre|vos ~1 demande|demandes' },
  { kind: 'hypothetical', pattern: 'merci|remercie ~3 d ~1 avoir' },
  // Privacy notices tell the reader what he may do for himself: "vous pouvez vous opposer à tout moment".
  { kind: 'hypothetical', pattern: 'vous ~1 pouvez|pourrez ~3 vous ~1 opposer|desinscrire|desabonner' },
  { kind: 'hypothetical', pattern: 'vous ~2 disposez|beneficiez|jouissez ~5 droit|droits' },
  // The Art. 15(1)(e)-(f) list of an access request names the other rights as information wanted, not invoked:
  // "l'existence de mes droits d'opposition et d'effacement" (alone it asks too little); the recipients and the
  // source it lists tell no leak.
  ...listedInAccessRequest('existence ~2 droit|droits', 0.3),
  { kind: 'hypothetical', pattern: 'a ~1 tout ~1 moment ~6 vous ~1 opposer|desinscrire|desabonner|retirer' },
  { kind: 'hypothetical', pattern: 'demandes ~3 de ~2 clients|utilisateurs|salaries|patients|candidats|adherents' },
  // A customer's own client asking the customer ("un client de notre cabinet nous demande d'effacer ses données"):
  // what we are asked to do comes in a sentence of its own.
  { kind: 'hypothetical', pattern: 'client|cliente|clients ~5 nous demande|demandent ~2 de|d' },
  // Porting phone numbers to another operator is not data portability.
  { kind: 'hypothetical', pattern: 'porter|transferer|basculer ~4 numeros|numero|lignes|ligne' },
  { kind: 'hypothetical', pattern: 'rio|operateur ~12 portabilite' },
  // "se désinscrire" also cancels a place in a course, an event or a waiting list, or a direct debit: no mailing in view.
  { kind: 'hypothetical', pattern: 'desinscrire|desinscription|desinscrit|desinscrite|desinscrivez ~5 formation|formations|cours|atelier|stage|webinaire|webinar|seminaire|conference|evenement|session|examen|concours|activite|sortie|voyage|cantine|garderie|attente|prélèvement|prelevement|prélèvements|prelevements|mensualisation' },
  // A child or relative taken off a school canteen or a club: "désinscrire mon fils Noé de la cantine le mercredi".
  { kind: 'hypothetical', pattern: 'desinscrire|desinscription|desinscrit|desinscrite|desinscrivez ~1 mon|ma|mes|notre|nos ~1 fils|fille|filles|enfant|enfants' },
  { kind: 'hypothetical', pattern: 'formation|cours|atelier|stage|webinaire|seminaire|evenement|session|activite|parking|attente ~3 desinscription' },
  // "Se désabonner" of a paid plan, an option or a licence cancels a contract ("me désabonner de l'option antivirus"): no mailing in view.
  { kind: 'hypothetical', pattern: 'desabonner|desabonnement|desabonnez|desabonne ~5 abonnement|option|options|forfait|contrat|antivirus|licence|licences|pack|box|ligne|logiciel|hebergement|sauvegarde|maintenance' },
  { kind: 'hypothetical', pattern: 'liste ~2 d ~1 attente' },
  // A mailing that stopped arriving ("je ne reçois plus votre newsletter") is a fault, and one the sender lets
  // go on ("vous pouvez continuer à m'envoyer la lettre d'information") asks for no copy; not "vous continuez à
  // m'envoyer", the complaint.
  { kind: 'hypothetical', pattern: 'ne ~1 reçois|recois|recevons ~1 plus' },
  { kind: 'hypothetical', pattern: 'pouvez|pourrez|pouvoir|peux ~1 continuer ~2 à|a ~1 m|me|nous ~1 envoyer|adresser|transmettre' },
  // Figures about a customer's own mailing: "taux de désinscription", "statistiques de désinscription".
  // Figures about requests and complaints in a report: "le nombre de plaintes a augmenté de 12 %, surtout pour le droit d'opposition".
  { kind: 'hypothetical', pattern: 'nombre ~2 de|d ~1 plaintes|réclamations|reclamations|demandes|notifications|signalements|violations|fuites ~6 augmenté|augmente|hausse|baisse|diminué|diminue|progressé|progresse|doublé|double|stable|stables' },
  { kind: 'hypothetical', pattern: 'statistiques|statistique|taux|nombre|beaucoup|hausse ~6 desinscription|desinscriptions|desabonnements' },
  // Telling the reader where to complain: "adressez une plainte à l'autorité de contrôle", "saisissez la CNIL".
  { kind: 'hypothetical', pattern: 'adressez|deposez|saisissez|introduisez ~4 plainte|reclamation|cnil|apd|autorite' },
  // Someone else's complaint that the authority acted on, told to the firm in its decision: "suite à la plainte d'une personne
  // concernée, la CNIL a constaté ...".
  { kind: 'hypothetical', pattern: 'plainte|plaintes|réclamation|reclamation ~1 d ~1 une ~1 personne ~1 concernée|concernee' },
  { kind: 'hypothetical', pattern: 'suite ~2 une ~1 plainte|réclamation|reclamation ~1 d|de|contre' },
  // Someone else's complaint against the sender's own firm ("un salarié a déposé plainte contre nous auprès de la CNIL"), or one
  // told as lodged by one of its people ("plainte déposée par un salarié"), is not the sender's.
  { kind: 'hypothetical', pattern: 'plainte|plaintes|réclamation|reclamation|reclamations ~2 contre ~1 nous' },
  { kind: 'hypothetical', pattern: 'deposee|déposée|introduite ~1 par ~2 salarie|salariee|employe|employee|patient|patiente|locataire|candidat|candidate' },
  // A reply that sends the reader's data, and the requester's thanks on receiving it.
  { kind: 'hypothetical', pattern: 'copie ~3 vos ~1 donnees' },
  { kind: 'hypothetical', pattern: 'ai|avons ~1 bien ~1 recu ~4 reponse|copie|export|fichier|confirmation' },
  // An invitation to sign up for a course or webinar ("Inscrivez-vous à notre webinaire : droit d'accès, droit à l'effacement ...").
  { kind: 'hypothetical', pattern: 'inscrivez ~1 vous' },
  // A stopped bank card or a refused direct debit is no objection under Art. 21: "faire opposition sur ma carte".
  { kind: 'hypothetical', pattern: 'opposition|oppose|opposer ~4 carte|cb|cheque|cheques|chequier|prelevement|prelevements|paiement|virement|mandat|debit|sepa' },
  // Whether a stop is in place: "confirmer que l'opposition est bien enregistrée".
  { kind: 'hypothetical', pattern: 'opposition ~2 est|a|soit ~2 bien|ete ~2 enregistree|prise|faite|effectuee|validee|active' },
  // A procedure asked about for later: "si un jour je voulais ..., comment faudrait-il procéder ?".
  { kind: 'hypothetical', pattern: 'si ~2 un ~1 jour' },
  // "Si je vous demandais d'effacer mes données", "si je demande plus tard la suppression".
  { kind: 'hypothetical', pattern: 'si ~1 je|j ~2 vous ~1 demandais|demandait|demande' },
  // A relation with us only supposed: "Si je postule et que ...", "avant de postuler".
  { kind: 'hypothetical', pattern: 'si ~1 je|j ~2 postule|inscris|commande' },
  { kind: 'hypothetical', pattern: 'avant ~1 de ~2 postuler|inscrire|commander' },
  { kind: 'hypothetical', pattern: 'si ~1 je|j ~10 demande|demandais ~2 plus ~1 tard' },
  { kind: 'hypothetical', pattern: 'comment ~4 faudrait|faudra|procéder|proceder' },
  // A request fulfilled and thanked for, plans of the company, one's own deletion by mistake: nothing to act on.
  { kind: 'hypothetical', pattern: 'merci ~1 encore' },
  { kind: 'hypothetical', pattern: 'encore ~1 merci' },
  { kind: 'hypothetical', pattern: 'vous ~1 l|les ~1 aviez|avez ~2 fait|traité|traite|corrigé|corrige|supprimé|supprime|supprimées|supprimees|effectué|effectue' },
  { kind: 'hypothetical', pattern: 'vous ~1 envisagez|envisagiez|comptez|prévoyez|prevoyez|projetez ~2 de|d' },
  { kind: 'hypothetical', pattern: 'par ~1 erreur|mégarde|megarde ~8 supprimé|supprime|supprimée|supprimee|effacé|efface|effacée|effacee' },
  { kind: 'hypothetical', pattern: 'supprimé|supprime|supprimée|supprimee|effacé|efface|effacée|effacee ~4 par ~1 erreur|mégarde|megarde' },
  // What the sender already did himself asks nothing of us: "j'ai déjà supprimé mon compte moi-même", "nous avons fait la
  // notification nous-mêmes". Participles only: "je ne peux pas le supprimer moi-même" still asks.
  { kind: 'hypothetical', pattern: 'ai|avons|déjà|deja ~2 fait|supprimé|supprime|supprimée|supprimee|effacé|efface|effacée|effacee|résilié|resilie|désinscrit|desinscrit|désactivé|desactive|notifié|notifie ~6 moi|nous ~1 même|meme|mêmes|memes' },
  // A customer or a colleague who answers a request himself and wants only advice: "nous comptons lui répondre nous-mêmes",
  // "je traite la demande moi-même, je voudrais juste votre avis", "merci pour vos conseils".
  { kind: 'informational', pattern: 'répondre|repondre|répondons|repondons|répondrons|repondrons|traite|traitons|traiterons|gérerons|gererons|gérons|gerons|retrouver|rechercher ~6 moi|nous ~1 même|meme|mêmes|memes' },
  { kind: 'informational', pattern: 'faire|ferons ~2 nous ~1 mêmes|memes' },
  { kind: 'informational', pattern: 'juste|avoir|voudrais|aimerais|souhaiterais ~2 votre|ton ~1 avis' },
  { kind: 'informational', pattern: 'merci ~2 vos|tes ~1 conseils' },
  { kind: 'informational', pattern: 'simplement|juste|seulement ~1 pour ~1 avis' },
  { kind: 'informational', pattern: 'juste|seulement|simple ~2 question' },
  // Nothing for us to do: "rien à faire de votre côté", "vous n'avez rien à extraire", "pas besoin d'intervention de votre part".
  { kind: 'informational', pattern: 'rien ~1 à|a ~1 faire|extraire ~2 de ~1 votre|notre ~1 côté|cote|part' },
  { kind: 'informational', pattern: 'vous ~1 n ~1 avez ~1 rien ~2 à|a ~1 faire|extraire|chercher|rechercher' },
  { kind: 'informational', pattern: 'pas ~1 besoin ~2 d ~1 intervention|action' },
  // ... said alone, and the request passed on told as already dealt with on the sender's side: "Rien à faire.", "déjà traité
  // de notre côté", "nous y avons déjà répondu".
  { kind: 'informational', pattern: 'rien ~1 à|a ~1 faire' },
  { kind: 'informational', pattern: 'deja ~2 traite|traitee|traites|traitees|regle|reglee|repondu ~4 de|par ~1 notre|nos ~1 cote|part|soins' },
  { kind: 'informational', pattern: 'nous ~1 y ~1 avons ~1 deja ~1 repondu' },
  // ... passed on for the archive only, or one we had dealt with earlier: "pour archivage uniquement", "vous aviez traité
  // cette demande en mars".
  { kind: 'informational', pattern: 'pour ~1 archivage|classement' },
  { kind: 'informational', pattern: 'vous ~1 aviez ~2 traite|traitee|regle|reglee|repondu' },
  // A leaver's or the firm's mailboxes exported for the firm itself: "exporter sa boîte mail en PST et la déposer sur le NAS",
  // "la mettre à disposition de son remplaçant", "exporter les 9 boîtes mail de la société"; no one asked for a copy.
  // The export verb asked, not "l'export des salaires récupéré sur le serveur" that a leak tells.
  { kind: 'hypothetical', pattern: 'exporter|exportez|exportiez ~10 déposer|deposer|mettre|placer|enregistrer|sauvegarder|copier|ranger|stocker ~4 sur|dans|vers ~2 le|la|l|notre|nos ~1 nas|serveur|serveurs|sharepoint|partage' },
  { kind: 'hypothetical', pattern: 'exporter|exportez|exportiez ~14 remplaçant|remplacant|remplaçante|remplacante|successeur|successeure' },
  { kind: 'hypothetical', pattern: 'boîtes|boites ~4 de ~1 la|l|notre|nos ~1 société|societe|entreprise|cabinet|bureau|équipe|equipe|salariés|salaries|collaborateurs|employés|employes|anciens|anciennes' },
  // Students asking how requests are handled, and senders who say they ask nothing for themselves.
  { kind: 'informational', pattern: 'redige|rediger|ecris|prepare ~2 un|une|mon|ma ~1 memoire|these' },
  { kind: 'informational', pattern: 'etudiant|etudiante ~2 en ~1 master|licence|doctorat|droit' },
  { kind: 'informational', pattern: 'ne ~1 s ~1 agit ~1 pas ~2 d ~1 une ~1 demande' },
  { kind: 'informational', pattern: 'n ~1 est ~1 pas ~2 une ~1 demande' },
  // A request forwarded only so we know of it: "Pour info : ...", "aucune action n'est nécessaire de votre côté".
  { kind: 'informational', pattern: 'pour info' },
  // A service's own notice of what it did: "Cette action est irréversible", "Si vous n'êtes pas à l'origine de cette demande, ...".
  { kind: 'informational', pattern: 'pas ~1 à|a ~1 l ~1 origine ~2 de ~1 cette|la ~1 demande|modification|opération|operation|action|connexion' },
  { kind: 'informational', pattern: 'cette ~1 action|opération|operation ~1 est ~1 irréversible|irreversible|définitive|definitive' },
  { kind: 'informational', pattern: 'pour information uniquement|seulement' },
  { kind: 'informational', pattern: 'aucune ~1 action ~3 nécessaire|necessaire|requise|attendue' },
  // A general question ("question générale", "de manière générale"), a blog post passed on, and the phishing that
  // dresses a password reset as a breach notice ("vous devez réinitialiser votre mot de passe").
  { kind: 'informational', pattern: 'question|questions ~1 générale|generale|générales|generales' },
  { kind: 'informational', pattern: 'de ~1 manière|maniere|façon|facon ~1 générale|generale' },
  { kind: 'informational', pattern: 'article|billet ~2 de ~1 blog' },
  { kind: 'informational', pattern: 'réinitialiser|reinitialiser|réinitialisez|reinitialisez ~3 votre|vos ~2 mot|mots ~2 passe' },
  { kind: 'informational', pattern: 'réinitialiser|reinitialiser|réinitialisez|reinitialisez ~1 maintenant|ici|immédiatement|immediatement' },
  // A bank transfer ("virer le solde") and an equipment list ("enlevez l'imprimante de la liste du matériel") erase nothing personal.
  { kind: 'concept', concept: 'contractAdmin', pattern: 'virer|virez|vire ~3 solde|somme|montant|argent|remboursement|salaire|fonds' },
  // A new home address for an insurance policy, an energy contract or a car's registration is the firm's contract
  // administration, labelled no request: "modifier l'adresse de mon contrat d'assurance habitation", "nouvelle adresse pour
  // toute la famille (... contrat famille)", "l'adresse sur la carte grise". A name misspelt on the contract stays rectification.
  { kind: 'concept', concept: 'contractAdmin', pattern: 'adresse ~12 contrat|contrats|police ~3 assurance|habitation|auto|automobile|famille|multirisque|santé|sante|mutuelle|énergie|energie|électricité|electricite|gaz' },
  { kind: 'concept', concept: 'contractAdmin', pattern: 'contrat|contrats|police ~3 assurance|habitation|auto|automobile|famille|multirisque|santé|sante|mutuelle|énergie|energie|électricité|electricite|gaz ~12 adresse' },
  { kind: 'concept', concept: 'contractAdmin', pattern: 'mettre ~1 à|a ~1 jour|modifier ~3 contrat|contrats|police ~12 adresse' },
  { kind: 'concept', concept: 'contractAdmin', pattern: 'adresse ~2 sur|de ~2 la|ma|sa ~1 carte|cartes ~1 grise|grises' },
  // An order, invoice or quote put right is no personal data: "rectifier ma commande", "corriger la facture".
  { kind: 'concept', concept: 'contractAdmin', pattern: 'rectifier|rectifiez|rectification|corriger|corrigez|correction|modifier|modifiez ~1 ma|mon|la|le|les|cette|notre|votre ~1 commande|commandes|facture|factures|devis|échéancier|echeancier|livraison' },
  // "Nous envoyer une confirmation écrite" asks to be told it is done, not for a copy; "la confirmation que
  // des données sont traitées" (Art. 15) is left to the access rules.
  { kind: 'concept', concept: 'notifyMe', pattern: 'une ~1 confirmation' },
  // "Pouvez-vous me dire où en est mon dossier ?" asks how a case stands, not what data are held.
  { kind: 'concept', concept: 'notifyMe', pattern: 'où|ou ~1 en ~1 est|sont|êtes|etes' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'confirmation ~1 écrite|ecrite|par ~1 écrit|ecrit|mail|courriel|e' },
  // What the sender just noticed or points to tells, it asks nothing: "je viens de voir que sur ma réservation ...",
  // "(voir mail à finance)", "(voir ci-dessous)"; a date or the next step asked for is no data: "m'indiquer la date de clôture".
  // "envoyez-moi donc ce que vous avez d'autre sur moi": send me, like "m'envoyer".
  { kind: 'concept', concept: 'getCopy', pattern: 'envoyez|transmettez|communiquez ~1 moi' },
  // "dites-moi d'abord ce que vous avez sur moi": tell me, like "me dire".
  { kind: 'concept', concept: 'learn', pattern: 'dites|dis ~1 moi' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'viens|vient|venons|venez ~1 de ~1 voir|constater|remarquer|découvrir|decouvrir' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'voir ~1 ci ~1 dessous|dessus|joint|jointe|après|apres|contre' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'voir ~1 mail|mails|courriel|courriels ~1 à|a|du|de|d' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'voir ~1 mon|ma|notre|le|la|votre ~1 courrier|mail|courriel|message|lettre|échange|echange ~1 du|de|d|à|a' },
  { kind: 'concept', concept: 'notifyMe', pattern: 'm|me|nous ~1 indiquer|préciser|preciser|dire|communiquer ~1 la|le ~1 date|délai|delai|suite|jour|heure|montant' },
  // Held while a wrong entry is fixed (Art. 18(1)(a)): "Jusqu'à la correction, n'envoyez plus rien avec mes informations".
  { kind: 'concept', concept: 'dispute', pattern: 'jusqu ~3 a ~2 la ~1 correction|rectification|vérification|verification|clarification' },
  { kind: 'concept', concept: 'dispute', pattern: 'dans ~1 l ~1 attente ~4 vérification|verification|vérifications|verifications|examen|correction|rectification|clarification|issue|décision|decision|enquête|enquete' },
  // "Tant que la vérification est en cours", "tant que nous n'avons pas vérifié", "tant que le litige n'est pas tranché": held meanwhile.
  { kind: 'concept', concept: 'dispute', pattern: 'tant ~1 que|qu ~6 vérification|verification|vérifié|verifie|vérifiée|verifiee|litige|contestation|réglé|regle|tranché|tranche|tranchée|tranchee|clarifié|clarifie|corrigé|corrige|corrigée|corrigee' },
  // "Je ne veux pas que mes données soient transmises à un bureau de recouvrement" (with a dispute or a copy kept, a restriction).
  { kind: 'concept', concept: 'stopUsing', pattern: 'ne ~1 veux|souhaite ~1 pas ~1 que|qu ~4 soient|soit ~1 utilisées|utilisees|utilisés|utilises|utilisée|utilisee|transmises|transmis|transmise|communiquées|communiquees|communiqués|communiques|communiquée|communiquee' },
  // A file frozen while it is checked: "marquer son dossier comme gelé : plus d'envois d'offres, aucune modification ni suppression".
  { kind: 'concept', concept: 'stopUsing', pattern: 'gelé|gelée|gelés|gelées|gele|gelee|geles|gelees' },
  { kind: 'concept', concept: 'keep', pattern: 'aucune|aucun|ni ~3 suppression|effacement' },
  // A wrong entry corrected by taking it out: "corriger mon dossier en supprimant cette mention inexacte".
  { kind: 'right', right: 'rectification', pattern: '@correct|corriger|corrigez ~6 en ~1 supprimant|effaçant|effacant|retirant|enlevant', overrides: 'erasure' },
  { kind: 'concept', concept: 'stopUsing', pattern: 'n ~1 envoyez|utilisez|transmettez|communiquez ~1 plus ~2 rien ~3 avec|contenant ~2 mes|mon|ma ~1 informations|données|donnees|coordonnées|coordonnees|adresse' },
  { kind: 'concept', concept: 'adminTask', pattern: 'imprimante|imprimantes|inventaire' },
  // Goods sold to the sender are a sales pitch, not his data sold: "arrêtez de m'appeler pour me vendre des abonnements".
  { kind: 'concept', concept: 'marketing', pattern: 'me|nous ~1 vendre|vendez', masksWords: true },
  // Canvassing is selling: "Je ne veux plus être démarché" refuses sales calls, even under a price rise. Not "démarche" alone, a step.
  { kind: 'concept', concept: 'marketing', pattern: 'demarchage|demarcheur|demarcheurs|demarcheuse' },
  { kind: 'concept', concept: 'marketing', pattern: 'etre ~1 demarche|demarchee|demarches|demarchees' },
  // Camera images of someone erased, named by who is in them: "effacer les images de vidéosurveillance où il apparaît".
  { kind: 'right', right: 'erasure', pattern: '@erase ~5 images|enregistrements|videos ~5 il|elle ~1 apparait|apparaissent|figure' },
  // A lost or stolen device wiped from afar is IT work on the firm's equipment, no erasure: "effacer l'appareil à distance",
  // "le réinitialiser à distance".
  { kind: 'concept', concept: 'adminTask', pattern: 'effacer|effacez|supprimer|supprimez|réinitialiser|reinitialiser|réinitialisez|reinitialisez|verrouiller|verrouillez|bloquer|bloquez ~4 à|a ~1 distance' },
  { kind: 'concept', concept: 'adminTask', pattern: 'à|a ~1 distance ~3 effacer|effacé|efface|supprimer|réinitialiser|reinitialiser|verrouiller|bloquer' },
  // The consent named a sentence before: "nous retirons cette autorisation à compter d'aujourd'hui".
  { kind: 'concept', concept: 'withdrawConsent', pattern: 'retire|retirons|retirer|retirez|retrait|révoque|revoque|révoquons|revoquons ~2 cette|cet|l ~1 autorisation|accord' },
  { kind: 'concept', concept: 'adminTask', pattern: 'liste ~2 du|des ~1 materiel|materiels|equipements|appareils|postes' },
  // Access to a shared folder and an internal distribution list are office settings, not data held about the sender:
  // "supprimer mon accès au dossier partagé Marketing", "me retirer de la liste de diffusion interne du projet".
  { kind: 'concept', concept: 'adminTask', pattern: 'la|cette|notre|nos|les ~1 liste|listes ~2 de ~1 diffusion ~1 interne|internes' },
  // An old machine wiped before it goes ("supprimer toutes les données de l'ancien serveur avant de le recycler"); not "vos anciens serveurs".
  { kind: 'concept', concept: 'adminTask', pattern: 'l|les|notre|nos|mon|mes|cet|ces ~1 ancien|anciens|ancienne|anciennes|vieux|vieil ~1 serveur|serveurs|poste|postes|ordinateur|ordinateurs|pc|disque|disques|nas|portable|portables' },
  { kind: 'concept', concept: 'adminTask', pattern: 'accès|acces|droits ~4 dossier|dossiers|répertoire|repertoire|répertoires|repertoires|espace ~1 partagé|partage|partagés|partages|commun' },
  // A leaver's mail moved to a colleague before the box goes: "supprimer sa boîte mail après avoir transféré son contenu vers la mienne".
  { kind: 'concept', concept: 'adminTask', pattern: 'transféré|transfere|transférer|transferer|transférez|transferez|rediriger|redirigez|redirigé|redirige ~4 contenu|mails|courriels|messages ~3 vers ~2 la|ma|notre|l ~1 mienne|boîte|boite|adresse' },
  // A non-delivery report ("Non remis : RE: Suppression de mes données", "Rapport de non-remise") quotes the mail that bounced.
  { kind: 'autoReply', pattern: 'non ~1 remis ~1 re|tr|votre|vos|confirmation|demande' },
  { kind: 'autoReply', pattern: 'rapport ~1 de ~1 non ~1 remise' },
  // A delivery failure's own words: "Votre message n'a pas pu être remis aux destinataires suivants".
  { kind: 'autoReply', pattern: 'message ~1 n ~1 a ~1 pas ~1 pu ~1 être|etre ~1 remis|distribué|distribue|délivré|delivre' },
  // Newsletters and press releases about data protection.
  { kind: 'informational', pattern: 'au ~1 sommaire' },
  { kind: 'informational', pattern: 'fiche|fiches ~1 pratique|pratiques' },
  // A letter on data protection by its title ("La lettre RGPD de janvier", "Lire la lettre"), and a regulator's guidance told
  // ("la CNIL rappelle que la copie des données doit être complète"): about requests, asking none. The guidance sentence is set
  // aside only where it speaks of a response, a copy or a controller, not of the sender's own data.
  { kind: 'informational', pattern: 'lettre|newsletter|infolettre ~1 rgpd|juridique|mensuelle|trimestrielle' },
  { kind: 'informational', pattern: 'lire ~2 la ~1 lettre|newsletter|infolettre' },
  { kind: 'informational', pattern: 'cnil|autorité|autorite|apd|cnpd|cepd|edpb ~2 rappelle|précise|precise|recommande|détaille|detaille ~2 ses ~1 attentes|qu|que' },
  { kind: 'hypothetical', pattern: 'cnil|autorité|autorite|apd|cnpd|cepd|edpb ~2 rappelle|précise|precise|recommande ~2 qu|que ~1 une|la|le|les|l|toute|tout ~1 réponse|reponse|copie|responsable|responsables|organisme|organismes|entreprise|entreprises' },
  // Content marketing: "notre guide pour répondre à une demande d'effacement, téléchargez-le gratuitement".
  // One word a slot: "notre guide", "notre webinaire gratuit" and "notre livre blanc" apart. An invitation's hook sets aside
  // the rights it lists in its sentence: "Droit d'accès, droit à l'effacement, réclamation auprès de la CNIL : êtes-vous prêt ?".
  { kind: 'informational', pattern: 'notre|nos ~1 guide|guides|ebook|ebooks|webinaire|webinaires|webinar|webinars' },
  { kind: 'informational', pattern: 'notre ~1 livre ~1 blanc' },
  { kind: 'hypothetical', pattern: 'êtes|etes ~1 vous ~1 prêt|pret|prêts|prets|prête|prete|prêtes|pretes' },
  { kind: 'hypothetical', pattern: 'est ~1 elle|il ~1 prête|prete|prêt|pret' },
  { kind: 'informational', pattern: 'téléchargez|telechargez|télécharger|telecharger ~4 gratuitement|gratuit|gratuite|offert|offerte' },
  { kind: 'informational', pattern: 'dans ~2 ce ~1 numéro|numero' },
  // A digest of data protection news: "Actualités protection des données", "lignes directrices", "Lire la suite".
  { kind: 'informational', pattern: 'actualités|actualites|actualité|actualite ~3 protection|rgpd|données|donnees|juridique|juridiques|jurisprudentielle' },
  { kind: 'informational', pattern: 'lignes ~1 directrices' },
  { kind: 'informational', pattern: 'lire ~1 la ~1 suite' },
  { kind: 'informational', pattern: 'communiqué|communique ~2 de ~1 presse' },
  // A sanction told as news: "la formation restreinte de la CNIL a prononcé une amende de 80 000 euros à l'encontre d'une société".
  { kind: 'informational', pattern: 'formation ~1 restreinte' },
  { kind: 'informational', pattern: 'cnil|autorité|autorite|apd|cnpd ~2 sanctionne|sanctionné' },
  { kind: 'informational', pattern: 'prononcé|prononce|prononcée|prononcee|prononcées|prononcees|infligé|inflige|infligée|infligee ~3 amende|amendes|sanction|sanctions' },
  // What the sanctioned firm did is told, not asked, and so is what anyone may do: "toute personne peut s'opposer à tout moment".
  { kind: 'hypothetical', pattern: 'amende|amendes|sanction|sanctions ~12 à|a ~1 l ~1 encontre ~1 d ~1 un|une' },
  { kind: 'hypothetical', pattern: 'toute ~1 personne ~1 peut' },
  // Not getting into one's own mail or account any more is a lockout for IT, no mail to stop: "je n'arrive plus à ouvrir ma messagerie".
  { kind: 'hypothetical', pattern: 'arrive|parviens ~1 plus ~4 ma|mon|mes ~1 messagerie|boite|compte|mail|mails|emails' },
  // A customer's own mailing, which we send or host for it: "la newsletter que vous envoyez pour nous", "ajouter un lien de
  // désinscription", "lien de désinscription de notre newsletter".
  { kind: 'informational', pattern: 'newsletter|newsletters|infolettre|emailings|mailings|campagnes ~3 que ~1 vous ~1 envoyez|gérez|gerez|hébergez|hebergez|routez ~2 pour ~1 nous' },
  { kind: 'informational', pattern: 'ajouter|traduire|modifier|changer|corriger|intégrer|integrer ~3 le|un|les|des ~1 lien|liens ~3 de ~1 désinscription|desinscription|désabonnement|desabonnement' },
  { kind: 'informational', pattern: 'désinscription|desinscription|désabonnement|desabonnement ~3 de|dans ~1 notre|nos ~1 newsletter|newsletters|e|emailings|mailings|infolettre|campagnes' },
  { kind: 'informational', pattern: 'liste ~1 presse' },
  { kind: 'informational', pattern: 'jurisprud*|cjue' },
  { kind: 'informational', pattern: 'dans ~2 cette ~1 newsletter|lettre|édition|edition' },
  { kind: 'informational', pattern: 'vous ~1 recevez ~2 ce|cette|cet ~1 lettre|message|communiqué|communique|courriel|email|e ~4 car|parce|en' },
  { kind: 'renewal', pattern: 'mets|mettons ~3 en ~1 demeure' },
  // A deadline set for the earlier request itself: "si mes données ne sont pas supprimées sous huit jours".
  { kind: 'renewal', pattern: 'ne ~2 sont|soient|seront ~1 pas ~2 @erase|corrigées|corrigees|rectifiées|rectifiees|communiquées|communiquees|transmises ~4 sous|d|avant' },
  // An ultimatum that threatens a complaint names the erasure still owed: "Si mes données ne sont pas supprimées d'ici vendredi, je
  // porterai plainte auprès de la CNIL".
  { kind: 'right', right: 'erasure', pattern: 'si ~3 données|donnees|compte|coordonnées|coordonnees ~4 ne ~2 sont|soient|seront ~1 pas ~2 @erase ~12 plainte|réclamation|reclamation|saisirai|@authority' },
  { kind: 'renewal', pattern: 'mise ~1 en ~1 demeure' },
  // Si c'est fait, demandé au-dessus de la demande citée : « Est-ce que c'est fait ? », « Est-ce déjà traité ? ».
  { kind: 'renewal', pattern: 'est ~1 ce ~5 fait|fini|traité|traite|effectué|effectue|réglé|regle' },
  // The same request sent again: "troisième demande", "je vous l'ai déjà demandé deux fois".
  { kind: 'renewal', pattern: 'deuxième|deuxieme|troisième|troisieme|quatrième|quatrieme|énième|enieme ~1 demande|relance|fois' },
  { kind: 'renewal', pattern: 'demandé|demande|écrit|ecrit|relancé|relance ~3 deux|trois|quatre|plusieurs ~1 fois' },
  // "Faute de réponse à ma demande d'effacement": the request named is the earlier one.
  { kind: 'earlierRequest', pattern: 'sans|faute|absence ~2 de|d ~1 reponse|retour ~4 a|de ~2 ma|mon|notre ~1 demande|courrier|requete' },
  { kind: 'earlierRequest', pattern: 'malgré|malgre ~2 ma|mon|notre|mes|nos|sa|son|ses|leur|leurs ~1 demande|demandes|courrier|courriers|relance|relances' },
  // The answer to an earlier request, or that request dated: "votre réponse à ma demande d'accès", "ma demande d'effacement du 2 février".
  { kind: 'earlierRequest', pattern: 'réponse|reponse ~2 à|a ~1 ma|mon|notre ~1 demande|courrier|requête|requete' },
  { kind: 'earlierRequest', pattern: 'ma|mon|notre ~1 demande|courrier|requête|requete ~4 du ~2 janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre' },
  // "le refus de votre service de supprimer mes données": the refused request, recalled.
  { kind: 'earlierRequest', pattern: 'refus|refuse|refusez|refuser ~6 supprimer|effacer|rectifier|corriger|communiquer|transmettre' },
  // "vous m'avez répondu que mes données avaient été supprimées": what was done, recalled.
  { kind: 'earlierRequest', pattern: 'ont|avaient|avait|a ~1 été|ete ~2 @erase' },
  // Made of us earlier by the one the sender writes for ("nous a demandé" is the request he passes on): "Mon client vous a adressé le 3 mars une demande de suppression", "Mme Roux vous a
  // demandé à deux reprises de ...", "elle vous avait écrit".
  { kind: 'earlierRequest', pattern: 'client|cliente|mandant|mandante|mme|madame|monsieur|mlle|elle|il ~3 vous ~1 a|avait ~8 demandé|demande|adressé|adresse|sollicité|sollicite|écrit|ecrit|envoyé|envoye' },
  // An objection made earlier, by the sender or the one he writes for ("Ma cliente a formulé une opposition le 3 juin", "je me
  // suis opposé à ...", "elle s'est opposée") is the ground of what is asked now: background, as a request recalled.
  { kind: 'earlierRequest', pattern: 'client|cliente|mandant|mandante|mme|madame|monsieur|mlle|elle|il ~3 a|avait ~4 fait|formulé|exercé|adressé|introduit|notifié ~3 opposition|objection' },
  { kind: 'earlierRequest', pattern: 'me|s ~1 suis|etais|est|etait ~1 opposé|opposée' },
  // A request the sender has running, named beside what he asks now, is his history, not asked again: "J'ai une demande d'accès
  // en cours et peut-être un litige." Not "ma demande est toujours en cours depuis deux mois", which chases it.
  { kind: 'earlierRequest', pattern: 'ai|a|avons ~2 une ~1 demande|requête|requete ~4 en ~1 cours' },
  // What came of the request, told: "À ma demande d'accès, j'ai reçu un fichier presque vide".
  { kind: 'earlierRequest', pattern: 'a|suite ~2 ma|mon ~3 demande|requete ~6 recu|reçu|obtenu' },
  // How we met the request, told in a complaint: "une plainte concernant le traitement de ma demande d'accès", "pour répondre à ma
  // demande d'accès, vous avez exigé ...", "vous avez refusé ma demande".
  { kind: 'earlierRequest', pattern: 'traitement|gestion ~2 de ~1 ma|mon|notre ~1 demande|demandes|requête|requete' },
  { kind: 'earlierRequest', pattern: 'répondre|repondre|répondu|repondu ~2 à|a ~1 ma|mon|notre ~1 demande|courrier|requête|requete' },
  { kind: 'earlierRequest', pattern: 'refusé|refuse|rejeté|rejete ~2 ma|mon|notre ~1 demande|requête|requete' },
  // The handling told with the verb: "la façon dont vous avez traité ma demande de rectification".
  { kind: 'earlierRequest', pattern: 'avez|a|ont|avait|aviez|avaient ~2 traité|traitée|géré|gérée ~2 ma|mon|notre|sa|son ~1 demande|requête|requete' },
  // A deadline with a threat ("sans réponse d'ici vendredi, je saisis ..."): the earlier request stands.
  { kind: 'renewal', pattern: 'sans ~1 reponse|retour ~6 d ~1 ici' },
  { kind: 'renewal', pattern: 'si ~1 je ~5 pas|aucune|aucun|rien ~3 reponse|nouvelles|retour ~6 d ~1 ici|sous|avant' },
  { kind: 'renewal', pattern: 'j ~1 attends ~3 toujours|neanmoins|quand ~1 meme' },
  // An ultimatum that points back to what was asked, or names the authority as the alternative: "si ce n'est pas fait d'ici la
  // fin du mois, je porterai plainte", "à défaut, je saisirai la CNIL"; the ask told as made before, "je vous l'ai déjà
  // demandé", is asked again.
  { kind: 'renewal', pattern: 'si ~3 cela|ce|ca|c ~6 pas ~4 fait|réglé|regle|traité|traite ~12 plainte|@authority' },
  { kind: 'renewal', pattern: 'sinon|défaut|defaut|faute ~6 plainte|@authority' },
  { kind: 'renewal', pattern: 'l ~1 ai ~3 déjà|deja ~2 demandé|demande' },
  { kind: 'renewal', pattern: 'maintiens|maintient|maintenons|reitere|reiterons|renouvelle ~3 ma|mon|notre ~2 demande' },
  // Asked once more: "je vous demande encore une fois d'effectuer ce transfert".
  { kind: 'renewal', pattern: 'demande|demandons ~3 encore ~1 une ~1 fois' },
  // A chaser that names the earlier request: "Des nouvelles de ma demande ?", "je me permets de vous relancer au sujet de ma
  // demande d'accès", "ma demande ci-dessous, restée sans réponse".
  // An answer found wanting, to be completed: "je vous demande de compléter votre réponse sans délai".
  { kind: 'renewal', pattern: 'compléter|completer|complétez|completez ~2 votre|vos|cette|la ~1 réponse|reponse|envoi|communication' },
  { kind: 'renewal', pattern: 'nouvelles|suite ~3 ma|mon|notre ~1 demande|demandes|requête|requete|courrier|dossier' },
  { kind: 'renewal', pattern: 'relancer|relance|relançons|relancons ~5 ma|mon|notre ~1 demande|demandes|requête|requete|courrier|dossier' },
  // Un message plus bas dans le fil désigné : « voir aussi le message de Mme Roux ci-dessous », « lisez le mail plus bas ».
  { kind: 'renewal', pattern: 'voir|voyez|lire|lisez|regarder|regardez ~5 message|mail|courriel|demande|note ~5 ci ~1 dessous' },
  { kind: 'renewal', pattern: 'voir|voyez|lire|lisez|regarder|regardez ~5 message|mail|courriel|demande|note ~5 plus|en ~1 bas' },
  { kind: 'renewal', pattern: 'demande|demandes|requête|requete|courrier|message|mail ~6 resté|reste|restée|restee|restés|restes|restées|restees|demeurée|demeuree ~2 sans ~1 réponse|reponse|suite' },
  { kind: 'stopword', language: 'fr', pattern: 'le|la|les|et|je|vous|de|des|du|un|une|est|pas|que|qui|pour|dans|mon|ma|mes|votre|vos|merci|bonjour|cordialement|madame|monsieur|par|sur|avec|donnees|concernant|veuillez|presente' },
  // "Jamais inscrit" denies the sign-up, not the request beside it in the clause: "arrêtez vos mails je ne me suis jamais
  // inscrit". Both negation words of the phrase deny nothing.
  { kind: 'deniesNothing', pattern: 'ne|n ~3 jamais ~3 inscrit|inscrite|abonne|abonnee|enregistre|enregistree' },
  { kind: 'deniesNothing', pattern: 'jamais ~3 inscrit|inscrite|abonne|abonnee|enregistre|enregistree' },
];
