import { loadDefaultOrganisationProfile } from '../organisation/loadDefaultOrganisationProfile.ts';
import type { RequestLanguage } from '../rights/language.ts';
import type { CueRule } from './cueRule.ts';
import type { RequestConcept } from './requestConcept.ts';

/** One ingredient phrase; the pattern syntax is that of `CueRule`. */
function concept(name: RequestConcept, pattern: string, language?: RequestLanguage): CueRule {
  return language === undefined ? { kind: 'concept', concept: name, pattern } : { kind: 'concept', concept: name, pattern, language };
}

/** One phrase that is an ingredient of each concept named, as one `concept` rule per name in that order. */
function concepts(names: readonly RequestConcept[], pattern: string): CueRule[] {
  return names.map((name) => concept(name, pattern));
}

/**
 * A copy declined by the sender ("no copy for me needed"): the data go elsewhere (`direct`), and the mail asks no copy of its own
 * (`copyDeclined`), whatever else names an export. Where it names the sender ("a copy for me") its words supply no other ingredient.
 */
function declinedCopy(pattern: string, masksWords: boolean): CueRule[] {
  return [
    { kind: 'concept', concept: 'direct', pattern, masksWords },
    { kind: 'concept', concept: 'copyDeclined', pattern, masksWords },
  ];
}

/** Legal forms that end a firm's registered name and that nobody writes when naming it in a mail. */
const LEGAL_FORMS = new Set(['bv', 'nv', 'vof', 'gmbh', 'ag', 'kg', 'ltd', 'llc', 'inc', 'sa', 'sarl', 'sas', 'bvba', 'srl']);

/** Our firm's name as its customers write it, folded into a phrase: "Quality Networks BV" gives "quality networks". */
function ourNamePhrase(registeredName: string): string {
  const words = registeredName.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\./g, '').split(/[^a-z0-9]+/).filter((word) => word !== '');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

const OUR_NAME = ourNamePhrase(loadDefaultOrganisationProfile().name);

/** Details told as had from us, once with the words that name us (`us`) and once with our name: two `forwardedOn` rules. */
function hadFromUs(us: string, pattern: (from: string) => string): CueRule[] {
  return [concept('forwardedOn', pattern(us)), concept('forwardedOn', pattern(OUR_NAME))];
}

/**
 * The ingredients of requests in Dutch, English, German and French. Kept apart from the fixed phrases
 * of the per-language lexicons because they combine freely within a sentence (`RIGHT_COMBINATIONS`).
 */
export const CONCEPT_LEXICON: readonly CueRule[] = [
  concept('erase', 'weggooien|wegmachen|retirer|retirez|enlever|enlevez|enleve|otez|oter|weg|disparaisse|disparaitre|verdwijnen|verdwijnt|verschwinden|verschwindet|disappear|vanish|loeschen|loesche|loescht|geloescht|loeschung|weggooien|gooi|gooien|streichen|streicht|gestrichen|schrappen|schrap|geschrapt|rayer|radier|radiez|wipe|wiped|scrub|destroy|destroyed|vernichten|detruire|@erase|weghalen|weghaalt|weggehaald|wegdoen|haal|halen|loschen'),
  concept('erase', 'weg ~2 is|zijn|hebben|doen'),
  concept('erase', 'weg ~2 te ~1 halen|doen'),
  // Thrown out in everyday Dutch, asked as a wish: "ik wil dat alles van mij weggegooid wordt", "dat zijn gegevens er uit gaan",
  // "dat alles wat op mij betrekking heeft er bij jullie uit gaat".
  concept('erase', 'weggegooid|weggehaald ~1 wordt|worden'),
  concept('erase', 'er ~3 uit ~1 gaat|gaan'),
  concept('erase', 'eruit ~1 gaat|gaan'),
  // Out of a named place: "dat zijn gegevens ook uit de backups gaan".
  concept('erase', 'uit ~3 backups|backup|systemen|systeem|crm|database|databases|bestanden ~2 gaat|gaan'),
  concept('erase', 'nehmen|nehmt|nimm|neem|neemt ~5 aus|uit ~3 verteiler|liste|lijst|bestand|newsletter|nieuwsbrief|mailing|systeem|system|crm|datenbank|database|vertriebssequenz|verkoopreeks'),
  concept('erase', 'retirer|retirez|retire ~3 de|des ~3 liste|listes|fichier|fichiers|base|bases|envois|newsletter|mailing|vos'),
  concept('erase', 'effac*|supprim*'),
  concept('erase', 'eraf'),
  concept('erase', 'daar|er|hier ~2 vanaf'),
  // "wissen" erases in Dutch and means "to know" in German.
  concept('erase', 'wissen', 'nl'),
  concept('learn', 'wissen', 'de'),
  concept('erase', 'virer|virez|vire'),
  concept('erase', 'wegmachen|wegmacht|weggemacht|rausnehmen|rausnehmt|entsorgen|enlever|enlevez|enleve|oter|otez'),
  concept('erase', 'get ~1 rid'),
  // Thrown away in everyday English: "bin my details pls", "just ditch all my info". Only before what is thrown away: "the bin".
  concept('erase', 'bin|ditch|trash ~1 my|all', 'en'),
  concept('affirm', 'yes|yeah|yep|yup|ja|jawel|jep|jup|absolutely|prima|oke|okay|ok'),
  // "Sure, delete it" says yes; "make sure the other company has deleted it" does not.
  concept('affirm', 'sure go|thing|delete|remove|erase|wipe'),
  concept('affirm', 'doe|haal|gooi|gooit ~1 maar'),
  // Moving house with a contract (a policy, an energy supply, a final bill) is contract admin, not a correction.
  // Not 'excel*': "un excellent souvenir" names no format.
  concept('portableFormat', 'excel|excelbestand|excelbestandje|excelletje|excelsheet|exceldatei|exceltabelle|excelliste|xls|xlsx|csv*|json*'),
  concept('keep', 'niks|niets|nothing ~2 verwijderen|wissen|weggooien|delete|deleting'),
  concept('stopUsing', 'niks ~3 anders|meer'),
  // Banking instructions: "delete the standing order on my account", "cancel the old direct debit".
  concept('contractAdmin', 'standing|recurring ~1 order|orders'),
  concept('contractAdmin', 'direct ~1 debit|debits'),
  // A utility's bill is contract paperwork: "wrong name on the energy bill" transfers a contract, no record to correct.
  concept('contractAdmin', 'energy|electricity|gas|water|phone|mobile ~1 bill|bills'),
  // The sender's personal data named as such, which no banking or contract paper is: "na de eindafrekening al mijn
  // persoonsgegevens verwijderen".
  concept('myPersonalData', '@mine ~1 persoonsgegevens'),
  concept('myPersonalData', '@mine ~1 personenbezogenen|personenbezogene|persoenlichen|personlichen|persoonlijke ~1 daten|gegevens'),
  concept('myPersonalData', '@mine ~1 personal ~1 data|details|information'),
  concept('myPersonalData', '@mine ~1 donnees ~1 personnelles|a ~1 caractere ~1 personnel'),
  concept('contractAdmin', 'voorschot|voorschotbedrag|premie|polis|eindafrekening|jaarafrekening|meterstand|meterstanden|energiecontract|leveringsadres|herberekenen|premium|policy|meter|tariff'),
  // Insurance, energy, leasing and vehicle papers: a new home address given for them is routine anywhere in the mail ("Umzug - neue Adresse Hausratversicherung").
  concept('contractPaper', 'versicherung|hausratversicherung|kfz|autoversicherung|haftpflichtversicherung|stromvertrag|stromliefervertrag|gasvertrag|energievertrag|versicherungsschein|zulassungsbescheinigung|fahrzeugschein|verzekering|zorgverzekering|autoverzekering|inboedelverzekering|opstalverzekering|leaseauto|kentekenbewijs|insurance|assurance|mutuelle|grise|vehicule|contrat'),
  // A postal address, set apart from a mail address: only a new home address is routine under a contract.
  concept('homeAddress', 'adres|address|adresse|anschrift|woonadres|huisadres|postadres|thuisadres|wohnanschrift|wohnadresse|postanschrift|privatanschrift|privatadresse|domicile'),
  concept('mailAddress', 'mail|email|mailadres|emailadres|mailadresse|emailadresse|courriel|electronique'),
  concept('notForMe', 'niet|not ~1 mijn|my ~1 bestelling|order|factuur|invoice|pakket|parcel|brief|letter'),
  concept('erase', 'anonimiseren|geanonimiseerd|anonimiseer|anonymise|anonymize'),
  // An erasure asked of a thing named before, by a pronoun or a demonstrative: "please remove it", "supprimez-les", "löschen Sie
  // diese", "die wil ik verwijderd hebben", "mag die weg". Only forms that ask: "I have deleted it" and "wir haben sie gelöscht" tell.
  concept('eraseNamed', 'delete|remove|erase|wipe|destroy|bin|purge|scrap|shred ~1 it|them|those|these|that'),
  concept('eraseNamed', 'take ~1 it|them|those|that ~1 down|off|out'),
  concept('eraseNamed', 'get ~1 rid ~1 of ~1 it|them|those|that'),
  concept('eraseNamed', 'want|wants|like|need ~1 it|them|those|that ~1 removed|deleted|erased|gone|destroyed|wiped|taken'),
  concept('eraseNamed', 'verwijder|gooi|wis ~1 die|dat|het|ze|deze'),
  // Dutch puts the pronoun before the verb at the end: asked only beside a wish or a leave ("willen jullie die dan weggooien", "die wil
  // ik graag laten verwijderen"), not in a relative clause ("mijn telefoon, die jullie zouden wissen"). Out of the file ("dat mag
  // eruit") only as a leave: "kunnen jullie dat eruit halen en het nieuwe erin zetten" replaces a detail.
  concept('eraseNamed', 'wil|wilt|willen|kan|kun|kunt|kunnen|graag|mag|mogen|moet|moeten ~3 die|dat|het|ze|deze ~3 verwijderen|weggooien|weghalen|wissen|vernietigen|schrappen|verwijderd|weg|weggehaald|gewist'),
  // The erasing as a noun names nothing erased before: "ze verzet zich tegen het wissen van haar gegevens".
  { kind: 'concept', concept: 'erase', pattern: 'het verwijderen|weggooien|weghalen|wissen|vernietigen|schrappen van', masksWords: true },
  concept('eraseNamed', 'die|dat|het|ze|deze ~1 wil|wilt|willen|mag|mogen|moet|moeten ~3 verwijderd|weg|eruit|eraf|weggehaald|gewist|verwijderen|weggooien|weghalen|wissen'),
  // The wish with the pronoun after it, in a few words: "wil dat eruit", "wil die eraf". Not "kunnen jullie dat eruit halen en
  // het nieuwe erin zetten", which replaces a detail.
  concept('eraseNamed', 'wil|wilt|willen ~1 die|dat|het|ze|deze ~1 eruit|eraf'),
  // Asked as a leave right after the pronoun: "Mag dat eruit?", "die moet eraf".
  concept('eraseNamed', 'mag|mogen|moet|moeten ~1 die|dat|het|ze|deze ~1 eruit|eraf'),
  // The ask cut to its verb, its object the one just named: "Ik wil niet dat mijn cv in jullie portefeuille blijft. Graag
  // verwijderen.", "wissen aub", "Bitte löschen."
  concept('eraseNamed', 'graag|aub|svp|alstublieft|alsjeblieft verwijderen|wissen|weghalen|weggooien'),
  concept('eraseNamed', 'verwijderen|wissen|weghalen|weggooien graag|aub|svp|alstublieft|alsjeblieft'),
  concept('eraseNamed', 'bitte loschen|loeschen|entfernen'),
  concept('eraseNamed', 'loschen|loeschen|entfernen bitte'),
  concept('eraseNamed', 'loschen|loeschen|entfernen|vernichten ~1 sie ~1 diese|sie|es|die|das|ihn'),
  concept('eraseNamed', 'diese|es|sie|die|ihn ~4 loschen|loeschen|entfernen|vernichten|entsorgen'),
  concept('eraseNamed', 'supprimez|effacez|retirez|detruisez|enlevez ~1 les|la|le|tout'),
  // The French infinitive with "tout" before or after it, after the sender's data were named, stands for them as a pronoun does: "Je veux
  // savoir ce que vous avez sur moi. Après, vous pouvez tout effacer."
  concept('eraseNamed', 'tout ~1 supprimer|effacer|detruire|enlever|retirer'),
  concept('eraseNamed', 'supprimer|effacer|detruire ~1 tout'),
  concept('eraseNamed', 'les|la|le|l ~1 supprimer|effacer|retirer|detruire|enlever'),
  // The same pronoun before the subjunctive of a wish: "je souhaite que vous les effaciez", "il faut que vous la supprimiez",
  // "que vous effaciez tout".
  concept('eraseNamed', 'vous ~1 les|la|le|l ~1 effaciez|supprimiez|detruisiez|retiriez|enleviez'),
  concept('eraseNamed', 'effaciez|supprimiez|detruisiez ~1 tout'),
  concept('eraseNamed', 'supprimer|effacer|retirer|enlever ~1 le|la|les|l ~1 mien|mienne|miens|miennes'),
  // The erasure asked as a noun ("I demand the deletion", "ich bitte um deren Löschung", "je demande leur suppression", "verzoek om
  // verwijdering") or of a definite thing ("Könnt ihr den Eintrag löschen", "retirez cette fiche", "could you delete this entry") names
  // its object no better than a pronoun does: the combination looks for it before the ask. Present-tense asks only, so a request
  // recalled ("ich habe die Löschung verlangt") stays one; English "the" and "this" only after a plea, not "you will delete the file".
  concept('eraseNamed', 'demand|request|require|demanding|requesting ~2 the|its|their|that|this ~1 deletion|erasure|removal'),
  concept('eraseNamed', 'verlange|verlangen|fordere|fordern|beantrage|beantragen|ersuche ~3 die|deren|dessen|ihre|seine ~1 loschung|loeschung|entfernung'),
  concept('eraseNamed', 'bitte|ersuche ~1 um ~1 deren|dessen|ihre|seine|die ~1 loschung|loeschung|entfernung'),
  concept('eraseNamed', 'demande|exige|sollicite|requiers ~2 l|leur|son|sa|la ~1 effacement|suppression|retrait'),
  // The French procedure asked of what was named, its noun under a possessive: "Merci de procéder sans tarder à leur
  // effacement", "Procédez à sa suppression".
  concept('eraseNamed', 'proceder|procedez|procediez ~3 a ~1 leur|son|sa ~1 effacement|suppression|destruction'),
  concept('eraseNamed', 'verzoek|verzoeken|vraag|vragen|eis|eisen ~1 tot|om ~2 verwijdering|verwijderen'),
  concept('eraseNamed', 'supprimez|effacez|retirez|detruisez|enlevez|supprimer|effacer|retirer|enlever ~1 ce|cette|ces|cet'),
  concept('eraseNamed', 'loschen|loeschen|entfernen|vernichten ~1 sie|ihr ~1 das|den|dieses|diesen'),
  concept('eraseNamed', 'das|den|dieses|diesen ~3 loschen|loeschen|entfernen|vernichten'),
  concept('eraseNamed', 'please|pls|kindly|could|can|would ~2 delete|remove|erase|destroy ~1 the|this'),
  concept('eraseNamed', 'verwijder|gooi|wis ~1 de'),
  concept('eraseNamed', 'de|het|die|deze ~2 mag|mogen|moet|moeten ~2 weg|eruit|eraf|verwijderd|weggehaald|gewist|verwijderen'),
  concept('eraseMe', 'haal|halen ~1 me|mij ~3 uit'),
  // The sender himself taken off a named list ("nehmt mich aus dem Newsletter"): the list keeps it from reading as erasure.
  concept('eraseMe', 'take|get|nehmt|nehmen|nimm|streicht|streichen|tragt|retirez|enlevez ~1 me|mich|moi ~4 off|out|aus|de ~3 @newsletter|list|lists|liste|listes|verteiler'),
  // Where the data came from (Art. 15(1)(g)), asked of whatever the sentence or the one before names: "Where did you get it?",
  // "vertel me waar jullie het vandaan hebben", "von wem haben Sie die?", "d'où tenez-vous cela ?". An access object beside my data.
  // Which of it, asked after a question whether we hold it: "Do you still have my details? If so, which ones?", "Zo ja, welke
  // precies?", "Falls ja, welche?", "Si oui, lesquelles ?". An access object beside my data in the sentence or the one before.
  concept('askWhich', 'if ~1 so|yes ~2 which|what'),
  concept('askWhich', 'which ~1 ones'),
  concept('askWhich', 'zo ~1 ja ~2 welke|wat'),
  concept('askWhich', 'welke ~1 precies'),
  concept('askWhich', 'falls|wenn ~1 ja ~2 welche|was'),
  concept('askWhich', 'welche ~1 genau'),
  concept('askWhich', 'si ~1 oui ~2 lesquelles|lesquels|quelles|quels|laquelle|lequel'),
  // What an answer left out, asked for: "Please send the missing information", "I would like the complete copy", "die fehlenden
  // Angaben nachzureichen", "Ich bitte um Vervollständigung", "uw antwoord aan te vullen", "compléter votre réponse". An access
  // object in its paragraph makes it access; a detail of mine to complete ("vervollständigen Sie meine Anschrift") does not, nor
  // a part missing from an order ("den Gürtel nachliefern"): German names the information or asks for the completion as a noun.
  concept('askCompletion', 'send|provide|give|supply|disclose|share ~4 the|all ~1 missing|remaining|outstanding'),
  concept('askCompletion', 'complete ~2 your|the|this|its ~1 answer|response|reply|disclosure'),
  concept('askCompletion', 'the|a ~1 complete ~1 copy|answer|response|reply|disclosure|overview|list|export'),
  concept('askCompletion', 'auskunft|antwort|angaben|informationen|daten ~4 vervollstandigen|vervollstaendigen|nachreichen|nachzureichen|nachliefern|nachzuliefern'),
  concept('askCompletion', 'um ~1 vervollstandigung|vervollstaendigung'),
  concept('askCompletion', 'erganzen|ergaenzen|erganzung|ergaenzung ~3 auskunft|antwort'),
  concept('askCompletion', 'auskunft|antwort ~4 erganzen|ergaenzen|zu ~1 erganzen|ergaenzen'),
  concept('askCompletion', 'antwoord|inzage|overzicht|kopie ~4 aanvullen|aan ~1 te ~1 vullen|vervolledigen|completeren'),
  concept('askCompletion', 'aanvullen|vervolledigen|completeren ~3 uw|het|de|jullie ~1 antwoord|inzage|overzicht|kopie'),
  concept('askCompletion', 'een ~1 volledig|volledige ~1 overzicht|kopie|antwoord'),
  concept('askCompletion', 'completer|completez|completiez ~3 votre|la|cette|vos ~1 reponse|reponses|communication|copie'),
  concept('askCompletion', 'transmettre|fournir|envoyer|communiquer|transmettez|fournissez|envoyez|communiquez ~4 elements|informations|donnees|documents|pieces ~1 manquants|manquantes'),
  concept('askCompletion', 'une ~1 copie|reponse ~1 complete'),
  // Who saw or opened the sender's data (the recipients of Art. 15(1)(c)), asked of what the sentence or the one before names:
  // "I want to know who read them", "wie die gelezen heeft", "wer darauf zugegriffen hat", "qui y a accédé". Past forms only:
  // "who has access to the shared mailbox?" and "who can read our mail?" ask how permissions stand, not who saw.
  concept('askWhoSaw', 'who ~5 accessed|opened|viewed|seen|saw|downloaded|copied|looked'),
  concept('askWhoSaw', 'who ~3 had ~2 access'),
  concept('askWhoSaw', 'what ~2 he|she|they|someone|somebody|anyone|anybody ~3 accessed|viewed|saw|opened|copied|downloaded'),
  concept('askWhoSaw', 'wie ~6 geopend|gelezen|ingezien|bekeken|ingekeken|gedownload|gekopieerd|geraadpleegd'),
  concept('askWhoSaw', 'wie ~4 toegang ~4 gehad'),
  concept('askWhoSaw', 'wer ~6 zugegriffen|eingesehen|gelesen|geoffnet|geoeffnet|angesehen|kopiert|heruntergeladen'),
  concept('askWhoSaw', 'wer ~3 zugriff|zugang ~4 hatte|hatten|gehabt'),
  concept('askWhoSaw', 'qui ~3 eu ~1 acces'),
  concept('askWhoSaw', 'qui ~2 a|ont|y ~2 accede|consulte|lu|ouvert|vu|copie|telecharge'),
  // The same, of the sender's own mailbox, file or mail named in the question: "who accessed my mailbox?", "wie mijn dossier heeft
  // geopend", "wer mein Postfach eingesehen hat", "qui a eu accès à ma boîte". It names what was seen, so it needs no other object.
  concept('askWhoSawMine', 'who ~4 accessed|opened|viewed|seen|saw|downloaded|copied ~3 @mine'),
  concept('askWhoSawMine', 'who ~3 looked ~2 at|into|through ~1 @mine'),
  concept('askWhoSawMine', 'who ~3 had ~2 access ~2 to ~1 @mine'),
  concept('askWhoSawMine', 'who ~3 has|have|had ~1 read ~1 @mine'),
  concept('askWhoSawMine', 'wie ~2 @mine ~5 geopend|gelezen|ingezien|bekeken|ingekeken|gedownload|gekopieerd|geraadpleegd'),
  concept('askWhoSawMine', 'wie ~3 in ~1 @mine ~3 gekeken|gezeten'),
  concept('askWhoSawMine', 'wie ~3 toegang ~1 tot ~1 @mine ~4 gehad'),
  concept('askWhoSawMine', 'wie ~4 toegang ~2 gehad ~2 tot ~1 @mine'),
  concept('askWhoSawMine', 'wer ~2 @mine ~5 eingesehen|gelesen|geoffnet|geoeffnet|angesehen|kopiert|heruntergeladen'),
  concept('askWhoSawMine', 'wer ~3 auf ~1 @mine ~4 zugegriffen'),
  concept('askWhoSawMine', 'wer ~3 zugriff|zugang ~2 auf|zu ~1 @mine ~4 hatte|hatten|gehabt'),
  concept('askWhoSawMine', 'qui ~3 eu ~1 acces ~2 a|aux ~1 @mine'),
  concept('askWhoSawMine', 'qui ~2 a|ont ~2 accede|consulte|lu|ouvert|vu|copie|telecharge ~3 @mine'),
  concept('askSource', 'where ~3 you ~3 get|got|obtain|obtained|find|found|source|sourced|buy|bought'),
  concept('askSource', 'who ~2 gave|sold|passed|provided|supplied|handed ~2 you'),
  concept('askSource', 'how ~2 did|do|have ~2 you ~2 get|got|obtain|obtained|come'),
  concept('askSource', 'waar ~6 vandaan'),
  concept('askSource', 'van|via ~1 wie ~4 gekregen|gekocht|ontvangen|hebben|heeft|hebt'),
  concept('askSource', 'hoe ~3 aan ~4 gekomen|komen'),
  concept('askSource', 'woher'),
  concept('askSource', 'von|durch ~1 wem ~5 haben|hat|bekommen|erhalten|gekauft|stammen|stammt'),
  concept('askSource', 'herkunft|provenance|origine|herkomst'),
  concept('askSource', 'quelle', 'de'),
  concept('askSource', 'd ~1 ou ~3 tenez|tirez|vient|viennent|provient|proviennent|avez|vous'),
  concept('askSource', 'qui ~3 vous ~2 a|ont ~1 donne|transmis|fourni|vendu|communique|passe'),
  concept('askSource', 'comment ~3 avez ~2 eu|obtenu|recupere|trouve'),
  // Not knowing where the data came from, told as the sender's state ("no idea how you got my number, just delete it", "ik weet
  // niet eens hoe jullie aan mijn adres komen", "keine Ahnung, woher Sie meine Adresse haben", "je ne sais pas comment vous avez eu
  // mon numéro"): why he is cross, not a question put to us; `RIGHT_SUPPRESSIONS` takes the access out of its sentence.
  concept('sourceUnknown', 'don|dont|didn|not|no ~2 know|idea|clue|sure ~3 how|where|who'),
  concept('sourceUnknown', 'weet|weten ~3 niet|geen ~3 hoe|waar|wie|van'),
  concept('sourceUnknown', 'geen ~2 idee|benul ~3 hoe|waar|wie|van'),
  concept('sourceUnknown', 'weiss|weis ~2 nicht ~3 woher|wie|wer|von'),
  concept('sourceUnknown', 'keine|keinen ~2 ahnung|schimmer ~3 woher|wie|wer|von'),
  concept('sourceUnknown', 'ne|n ~2 sais|savons ~2 pas ~3 comment|ou|d|qui|par'),
  concept('sourceUnknown', 'aucune ~2 idee ~3 comment|ou|d|qui|par'),
  concept('myContactDetail', 'per|vanaf|sinds ~4 woon|wonen ~2 ik|we|wij'),
  concept('myContactDetail', 'woon|wonen ~2 ik ~1 nu|tegenwoordig|sinds|vanaf|per'),
  concept('myContactDetail', 'i ~2 now|currently ~1 live|living'),
  // The sender as we still list him, a title or a role: "in het portaal sta ik nog als stagiair", "you still have me as
  // office assistant", "ich stehe noch als Praktikant drin", "je suis toujours indiqué comme stagiaire".
  concept('myContactDetail', 'sta|stond ~1 ik ~3 nog|steeds|altijd ~2 als'),
  concept('myContactDetail', 'ik ~1 sta|stond ~3 nog|steeds|altijd ~2 als'),
  concept('myContactDetail', 'still ~2 list|lists|listed|have|has|show|shows|shown|call|calls|name|names ~1 me ~1 as'),
  concept('myContactDetail', 'i ~1 am|m ~1 still ~2 listed|shown|registered|named|down ~1 as'),
  concept('myContactDetail', 'stehe|steh ~1 ich ~3 noch|immer ~2 als'),
  concept('myContactDetail', 'ich ~1 stehe ~3 noch|immer ~2 als'),
  concept('myContactDetail', 'je ~1 suis ~1 toujours|encore ~1 indique|indiquee|inscrit|inscrite|enregistre|enregistree|note|notee|mentionne|mentionnee ~1 comme|en'),
  // The sender told as moved, and where to, has a new home address, so "please update" after it corrects it: "ik ben verhuisd
  // naar ..., graag aanpassen", "j'ai déménagé : 8 rue ..., merci de mettre à jour", "bin umgezogen nach ...", "I've moved house".
  // Not a move told for its reason ("verhuisd om bij hem weg te zijn"), an office ("we zijn verhuisd naar", `ourCompany`), nor
  // "I moved to a new team".
  concept('myContactDetail', 'ik|ben ~2 verhuisd ~1 naar'),
  concept('myContactDetail', 'ich|bin ~3 umgezogen ~1 nach|in|jetzt'),
  concept('myContactDetail', 'j|je ~3 demenage|demenagee ~2 rue|avenue|boulevard|chemin|allee|place|route|impasse|au|a|dans'),
  concept('myContactDetail', 'moved ~1 house|home'),
  concept('myData', '@mine ~1 naam|name|nom ~1 en|and|et ~1 @personalData'),
  concept('stopUsing', 'wil|wens ~2 niet ~2 dat ~6 gebruikt|gedeeld|verwerkt|gebruiken|delen'),
  concept('dispute', 'tot|totdat|until|zolang ~6 gecontroleerd|nagekeken|gecheckt|checked|geverifieerd|duidelijk'),
  concept('dispute', 'tussentijd|intussen|ondertussen|hangende'),
  concept('dispute', 'tot|totdat|zolang ~6 uitzoekt|uitzoeken|onderzoekt|onderzoeken|beslist|besluit|beslissing'),
  // Left lying about ("laten liggen", "bleef liggen"), not "er moet van alles over mij liggen".
  concept('exposed', 'laten|blijven|liet|lieten|bleef|bleven|open|rond ~1 liggen'),
  // Found on Google ("via Google vindbaar"), not "people google my name" in an erasure request.
  concept('exposed', 'vindbaar|geindexeerd|indexed|downloadbaar|findable'),
  concept('exposed', 'on|op|via|in|auf|sur|bei ~1 google'),
  concept('exposed', 'platte|plain ~1 tekst|text'),
  concept('otherPerson', 'deelnemers|participants|attendees|medewerkers|werknemers|employees|collegas|colleagues'),
  concept('personalDetails', 'inloggegevens|wachtwoord|wachtwoorden|gebruikersnaam|gebruikersnamen|password|passwords|usernames|credentials|telefoonnummers|dieetwensen'),
  // The others' mail addresses, each seeing each other's: "iedereen ziet elkaars mailadres", "jeder sieht alle Mailadressen".
  concept('personalDetails', 'elkaars|gegenseitig ~1 mailadres|mailadressen|emailadres|emailadressen|nummer|nummers|telefoonnummer|telefoonnummers|gegevens'),
  concept('personalDetails', 'alle ~1 mailadressen|emailadressen'),
  // The sender keeps the newsletter while objecting to something in it.
  concept('wantsMailing', 'keep|blijven|blijft|continue ~2 sending|komen|ontvangen|receiving|getting|sturen|krijgen'),
  // "Alles wat jullie sturen" names the mailings, not a copy to send.
  concept('wantsMailing', 'alles|everything|all ~1 wat|what|was|that ~1 jullie|u|you|ihr ~1 sturen|versturen|send|schickt|verschickt'),
  concept('wantsMailing', 'continuer|continue ~2 a ~1 recevoir'),
  // A mailing named as welcome: "I'm fine with the monthly newsletter", "de nieuwsbrief is prima".
  concept('wantsMailing', 'fine|happy|ok|okay ~1 with ~3 @newsletter'),
  concept('wantsMailing', '@newsletter ~3 is|vind ~2 prima|fijn|goed|leuk'),
  concept('wantsMailing', 'weiterhin ~4 erhalten|bekommen|beziehen'),
  // The mailing kept by saying what not to do with it: "zet de tracking uit, zonder mij van de lijst te halen", "without taking me
  // off the list", "ohne mich aus dem Verteiler zu nehmen", "sans me retirer de la liste", "sans me désabonner".
  concept('wantsMailing', 'zonder|without|ohne|sans ~4 lijst|lijsten|list|lists|liste|listen|listes|verteiler|mailinglijst|mailinglist|verzendlijst|nieuwsbrief|newsletter|infolettre'),
  concept('wantsMailing', 'zonder ~2 mij|me ~1 af ~1 te ~1 melden|schrijven'),
  concept('wantsMailing', 'without ~1 unsubscribing'),
  concept('wantsMailing', 'ohne ~2 mich ~1 abzumelden|auszutragen'),
  concept('wantsMailing', 'sans ~1 me|m ~1 désinscrire|désabonner'),
  // The mailing itself welcome beside what the sender objects to: "de nieuwsbrief zelf is prima", "the newsletter is fine", "der
  // Newsletter darf bleiben", "la newsletter me convient". Its name is no mailing to leave there, hence the words it masks.
  { kind: 'concept', concept: 'wantsMailing', pattern: '@newsletter ~2 zelf|itself|selbst|elle ~1 is|zijn|ist|sind|est ~2 prima|fine|ok|oke|okay|goed|welcome|welkom|gut|okay|bien|parfait|parfaite', masksWords: true },
  // Said welcome in two words, no verb: "nieuwsbrief prima maar stop met die enquêtes", "newsletter fine, but no tracking".
  { kind: 'concept', concept: 'wantsMailing', pattern: '@newsletter prima|fine|ok|oke|okay|goed|gut|bien', masksWords: true },
  { kind: 'concept', concept: 'wantsMailing', pattern: '@newsletter ~2 is|are|zijn|ist|sind|est ~2 prima|fine|welkom|welcome|gut|bien ~1 so|zo|as|comme|ainsi', masksWords: true },
  { kind: 'concept', concept: 'wantsMailing', pattern: '@newsletter ~3 mag|mogen|darf|durfen|dürfen|may|can|peut|peuvent ~2 blijven|komen|bleiben|kommen|stay|keep|rester|continuer', masksWords: true },
  { kind: 'concept', concept: 'wantsMailing', pattern: '@newsletter ~3 lees|lese|read|lis ~2 ik|ich|i|je ~1 graag|gerne|gern|volontiers', masksWords: true },
  { kind: 'concept', concept: 'wantsMailing', pattern: '@newsletter ~3 me ~1 convient|conviennent|plait|plaisent', masksWords: true },
  concept('erase', 'mag|mogen|kan|kunnen ~3 uit|weg ~3 systeem|systemen|klantsysteem|klantenbestand|crm|database|databank|administratie|bestand|bestanden'),
  concept('consentGiven', 'vinkje|vakje|aangevinkt|ticked|tick|checkbox|toestemming|consent|permission|toegestemd|agreed|allowing|allowed|mogen|akkoord'),
  concept('takeBack', 'take|taking ~2 that|it|this ~1 back'),
  concept('takeBack', 'trek|trekken ~4 in|terug'),
  concept('takeBack', 'intrekken|ingetrokken|revoke|revoking|withdraw|withdrawing'),
  concept('erase', 'take|haal|halen ~3 off|af|uit|van'),
  // Dutch "ophalen" split by its subject ("die haal ik zelf op", "halen we morgen terug") fetches: its "haal" erases nothing.
  { kind: 'concept', concept: 'fetchOwn', pattern: 'haal|halen ~1 ik|we|wij|ze|zij|hij ~2 op|terug', language: 'nl', masksWords: true },
  concept('learn', 'beluisteren|terugluisteren|listen|inzicht|einblick|apercu|savez|weet|wisst|weiss|see|zien|sehen|voir|weten|know|savoir|connaitre|inzien|inzage|einsehen|einsicht|consulter|tell|vertellen|mitteilen|indiquer|erfahren|auskunft'),
  // "Insight into my data", not "customer insight analytics".
  concept('learn', 'insight|insights ~1 into|in'),
  // A hedge on what the sender says, "as far as I can tell", "voor zover ik kan zien", "soweit ich sehen kann", "pour autant
  // que je sache": no wish to learn or see anything, so its words of seeing and knowing are masked ("I got my data and, as far
  // as I can tell, it is complete" asks no copy).
  { kind: 'concept', concept: 'hedged', pattern: 'as|so ~1 far ~1 as ~1 i|we ~3 tell|see|know|knew|judge|gather|recall|remember|say', masksWords: true },
  { kind: 'concept', concept: 'hedged', pattern: 'from ~1 what ~1 i|we ~3 tell|see|gather|know', masksWords: true },
  { kind: 'concept', concept: 'hedged', pattern: 'voor ~1 zover ~1 ik|wij|we ~4 zien|zie|weet|weten|nagaan|overzien|overzie|beoordelen', masksWords: true },
  { kind: 'concept', concept: 'hedged', pattern: 'voorzover ~1 ik|wij|we ~4 zien|zie|weet|weten|nagaan|overzien|overzie|beoordelen', masksWords: true },
  { kind: 'concept', concept: 'hedged', pattern: 'soweit|soviel|sofern ~1 ich|wir ~3 sehen|erkennen|weiß|weiss|wissen|beurteilen|überblicken|ueberblicken', masksWords: true },
  { kind: 'concept', concept: 'hedged', pattern: 'pour ~1 autant ~1 que ~1 je|nous|j ~3 sache|sachions|voie|voir|juger', masksWords: true },
  concept('learn', 'me|m ~1 dire|dites|preciser'),
  concept('learn', 'opnames|opname|gesprekken|recordings|recording|calls ~6 horen|hear|luisteren'),
  concept('learn', 'sagen|sagt|sag|nennen|nennt|nenne ~2 mir|uns'),
  concept('learn', 'teilen|teilt ~8 mit'),
  // The Dutch imperative asks to be told as "vertellen" does: "vertel me waar jullie het vandaan hebben", "vertel dat ook even".
  concept('learn', 'vertel ~2 me|mij|ons|dat|het', 'nl'),
  concept('notifyMe', 'laat|laten|let|lassen ~3 weten|know|wissen|horen'),
  concept('notifyMe', 'confirm|bevestig|bevestigen|bestatigen|confirmer|informeer|inform|informieren|informer|prevenir|bestaetigen'),
  // By when an erasure is done, asked to be told, asks a confirmation, not what is held: "en ons vertellen per wanneer dat het geval
  // is", "teilen Sie uns mit, bis wann ihre Daten aus den Sicherungen verschwunden sind", "dites-nous quand elles auront disparu".
  // Proof that a request was carried out, sent to the sender, is word that it was done, not a copy of his data: "delete my data and
  // send me proof", "stuur mij een bevestiging", "schicken Sie mir eine Bestätigung", "envoyez-moi une confirmation". Masked, its
  // "send me" asks no copy.
  { kind: 'concept', concept: 'notifyMe', pattern: 'send|email|mail|forward ~1 me|us ~2 proof|confirmation', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'stuur|stuurt|mail|mailt ~1 mij|me|ons ~2 bevestiging|bewijs', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'mij|me|ons ~2 bevestiging|bewijs ~2 sturen|toesturen|mailen|toe', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'schicken|senden|zusenden|schickt|sendet ~2 mir|uns ~2 bestätigung|bestatigung|bestaetigung|nachweis', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'mir|uns ~2 bestätigung|bestatigung|bestaetigung|nachweis ~2 schicken|senden|zusenden|zukommen|zuschicken', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'envoyez|adressez|transmettez ~1 moi|nous ~2 confirmation|preuve|attestation', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'm|me|nous ~1 envoyer|adresser|transmettre ~2 confirmation|preuve|attestation', masksWords: true },
  concept('notifyMe', 'per ~1 wanneer'),
  concept('notifyMe', 'bis ~1 wann ~8 gelöscht|geloscht|geloescht|entfernt|verschwunden|vernichtet|überschrieben|uberschrieben|ueberschrieben'),
  concept('notifyMe', 'quand ~8 supprimées|supprimees|supprimés|supprimes|effacées|effacees|effacés|effaces|disparu|disparues|disparus'),
  // How a wrong could happen, asked in a complaint, wants an explanation, not what is held: "ik wil weten hoe het kan dat mijn
  // gegevens bij een derde terecht zijn gekomen", "I want to know how my data could end up there", "wie es passieren konnte, dass
  // meine Daten ...", "comment il est possible que mes données ...".
  concept('notifyMe', 'hoe ~1 het|dit|dat ~1 kan|kon|mogelijk'),
  concept('notifyMe', 'hoe ~4 kunnen|kon|kan ~1 gebeuren|gebeurd'),
  concept('notifyMe', 'how ~1 this|that|it ~3 happened|happen'),
  concept('notifyMe', 'how ~2 possible'),
  concept('notifyMe', 'how ~4 ended|end|ends ~1 up'),
  concept('notifyMe', 'wie ~2 das|es ~3 passieren|passiert|geschehen|kommen|konnte|möglich|moglich'),
  concept('notifyMe', 'comment ~2 cela|ca|c|ceci ~3 arriver|arrive|arrivé|produit|produire'),
  concept('notifyMe', 'comment ~2 possible'),
  // So does how it will be kept from happening again: "ik wil weten hoe u dit gaat voorkomen", "how you will prevent this".
  concept('notifyMe', 'hoe ~7 voorkomen|voorkomt'),
  concept('notifyMe', 'how ~5 prevent|prevents|avoid'),
  concept('notifyMe', 'wie ~5 verhindern|verhindert|vermeiden|vermeidet'),
  concept('notifyMe', 'comment ~5 eviter|evitez|empecher|empechez'),
  // What we do about a wrong, asked to be known, wants an explanation, not what is held: "ik wil weten welke maatregelen jullie
  // nemen", "I want to know what steps you are taking", "ich möchte wissen, welche Maßnahmen Sie ergreifen", "savoir quelles
  // mesures vous prenez". Its verb of knowing supplies no other ingredient.
  { kind: 'concept', concept: 'notifyMe', pattern: 'weten|horen|know|hear|erfahren|savoir|connaitre|connaître ~3 welke|wat|what|which|welche|was|quelles|quels|quelle ~2 maatregelen|maatregel|stappen|measures|steps|action|actions|maßnahmen|massnahmen|schritte|mesures|dispositions', masksWords: true },
  { kind: 'concept', concept: 'notifyMe', pattern: 'wissen ~3 welche|was ~2 maßnahmen|massnahmen|schritte', masksWords: true, language: 'de' },
  // Copies kept in the backups are more of what is to be erased, not a copy asked for: "his mailbox and any copies of these in your
  // backup system", "ook de kopieën in de back-ups", "die Kopien in den Sicherungen", "les copies dans vos sauvegardes".
  { kind: 'concept', concept: 'itObject', pattern: 'copy|copies|kopie|kopieen|kopien|copie ~5 in|uit|aus|dans|within ~3 backup|backups|back|sicherung|sicherungen|sauvegarde|sauvegardes', masksWords: true },
  // So are all copies named beside what is erased: "delete my application and any copies of it", "Löschung meiner Unterlagen und
  // aller Kopien", "verwijder mijn cv en alle kopieën", "supprimez ma candidature et toutes les copies".
  { kind: 'concept', concept: 'itObject', pattern: 'and|und|en|et|sowie|samt|including|inclusief|einschließlich|einschliesslich|y ~2 all|any|alle|aller|allen|eventuele|eventuellen|sämtliche|sämtlicher|toutes|tous ~2 copies|kopieen|kopien|kopieën', masksWords: true },
  concept('learn', 'what|which|welke|wat|welche|quelles|quelle|quels ~2 @personalData|info|information|gegevens|daten|donnees'),
  concept('getCopy', 'graag|wil|want|would|like|mochte|möchte|souhaite|voudrais|moechte ~4 ontvangen|receive|erhalten|recevoir|krijgen|get|bekommen'),
  concept('getCopy', 'aanleveren|deliver|liefern|fournir|ubersenden|uebersenden|zukommen|stuur|sturen|toesturen|opsturen|send|provide|zusenden|schicken|envoyer|transmettre|communiquer|obtain|obtenir|exporteren|exporter|exportieren'),
  // Nouns name what is asked for; unlike verbs a negation nearby ("I have not received a copy") does not undo them.
  concept('copyOf', 'kopie|afschrift|copy|copie|overzicht|overview|ubersicht|aufstellung|releve|kopien|copies|export|uitdraai|dump|uebersicht'),
  concept('myData', '@mine ~1 spullen|stuff|zeug|sachen|affaires|tickets|ticketgeschiedenis|@account|@personalData|gegevens|persoonsgegevens|data|details|daten|donnees|informations|informatie|information|info|profile|profiel|profil|dossier|file|record|records|historique|geschiedenis|history|notes|notities|aantekeningen|opnames|recordings|aufnahmen|enregistrements|cv|resume|sollicitatie|application|bewerbung*|candidature'),
  concept('myData', '@personalData ~6 over|van|about|on|of|concerning|uber|ueber|von|sur|concernant|betreffend|betreffende|regarding ~1 mij|me|mich|mir|moi|myself|mezelf'),
  // "What data of mine was in there?": the sender's data named after the noun.
  concept('myData', '@personalData ~2 of ~1 mine'),
  // What concerns me, in Dutch as in French ("me concerne"): "alles wat op mij betrekking heeft".
  concept('myData', 'wat|die|dat ~1 op ~1 mij|me ~1 betrekking'),
  // A detail of the sender's erased by a verb of its own after another ask: "take me off the list and delete my email address",
  // "nehmt mich aus dem Verteiler und löscht meine Adresse", "retirez-moi de la liste et supprimez mon numéro".
  concept('detailErased', 'and|und|en|et ~1 @erase ~2 @mine ~2 email|mail|mailadres|emailadres|address|addr|adresse|adres|number|nummer|numero|telefoonnummer|telefonnummer|handynummer|phone|mobile|coordonnees|contactgegevens|kontaktdaten'),
  // A worker's own records of hours and expenses: "al mijn urenregistratie en reiskostendeclaraties", "my timesheets and
  // expense claims", "meine Stundenzettel", "mes feuilles de temps".
  concept('myData', '@mine ~1 urenregistratie|urenregistraties|urenstaten|urenstaat|reiskostendeclaraties|onkostendeclaraties|timesheets|timesheet|stundenzettel|stundennachweise|zeiterfassung|arbeitszeiten|spesenabrechnungen|reisekostenabrechnungen'),
  concept('myData', '@mine ~1 expense ~1 claims|reports'),
  concept('myData', '@mine ~1 feuilles|releves ~1 de ~1 temps|d|heures'),
  // What the sender provided himself (Art. 20(1)): "de persoonsgegevens die ik zelf bij jullie heb aangeleverd", "the data I have
  // provided to you", "die Daten, die ich Ihnen bereitgestellt habe", "les données que je vous ai fournies".
  concept('myData', '@personalData|gegevens|data|daten|donnees ~2 die|that|which|i|was|que ~4 ik|i|ich|je ~5 aangeleverd|verstrekt|opgegeven|ingevoerd|provided|supplied|entered|gave|bereitgestellt|mitgeteilt|angegeben|ubermittelt|uebermittelt|fournies|communiquees|transmises|saisies'),
  concept('myData', 'recording|opname|aufnahme|aufzeichnung|enregistrement|gesprek|call|opnames|recordings|aufnahmen|aufzeichnungen|enregistrements|gesprekken|calls|gespreksopnames|notes|notities|aantekeningen|verslag|verslagen ~4 van|of|von|de|from|about|over ~1 mij|me|mich|moi|mijn|my|meine|meiner|mes|mon'),
  // Camera footage or a recording in which the sender appears is his data: "a copy of the recording ... where I am visible",
  // "les images où j'apparais", "die Aufnahmen, auf denen ich zu sehen bin". Not photos or videos: whether one taken down is
  // also erased is a label dispute, left to each language. Not Dutch: "de beelden waarop ik te zien ben" already asks in the
  // Dutch lexicon, and as data of mine it made "als jullie die al gewist hebben" in the next sentence an erasure.
  concept('myData', 'footage|cctv|recording|recordings ~16 where|which ~1 i ~2 appear|visible|recognisable|recognizable|identifiable|seen'),
  // The sender photographed or filmed, told in the passive, names the pictures of him that a later "remove them" erases: "bei Ihrem
  // Kundentag wurde ich fotografiert", "I was filmed at your launch", "ik ben daar gefotografeerd", "j'ai été filmée". Not "I
  // photographed the error message". Only an object of that erasure: "I was photographed, and I now see the photo" asks no access.
  concept('pictured', 'i ~1 was|were|got ~1 photographed|filmed'),
  concept('pictured', 'ik ~1 ben|werd ~6 gefotografeerd|gefilmd'),
  concept('pictured', 'ben|werd ~1 ik ~6 gefotografeerd|gefilmd'),
  concept('pictured', 'ich ~1 bin|wurde ~6 fotografiert|gefilmt|abgelichtet'),
  concept('pictured', 'bin|wurde ~1 ich ~6 fotografiert|gefilmt|abgelichtet'),
  concept('pictured', 'j ~1 ai ~1 été|ete ~1 photographié|photographie|photographiée|photographiee|filmé|filme|filmée|filmee'),
  // Or caught by a camera of ours, or his call to us recorded, or standing in a picture: "your camera filmed me at the gate",
  // "mijn telefoongesprek met de helpdesk is opgenomen", "mein Anruf wurde aufgezeichnet", "ik sta er helemaal op", "je suis sur la
  // photo". What the sender asks back of it is his own recording: "Can I have that footage?", "Ik wil die opname graag hebben".
  concept('pictured', 'camera|cameras|cctv|kamera|camerá ~3 filmed|recorded|caught|filmde|filmte ~1 me|mij|mich'),
  concept('pictured', 'camera|cameras|kamera ~3 me|mij|mich ~3 gefilmd|opgenomen|gefilmt|aufgenommen'),
  concept('pictured', 'camera|cameras ~1 m ~2 filme|filmee|enregistre|enregistree'),
  concept('pictured', '@mine ~2 call|calls|gesprek|gesprekken|telefoongesprek|telefoongesprekken|anruf|anrufe|telefonat|gesprach|gespraech|appel|appels ~8 recorded|opgenomen|aufgezeichnet|aufgenommen|mitgeschnitten|enregistre|enregistree|enregistres'),
  concept('pictured', 'ik ~1 sta ~1 er ~2 op'),
  concept('pictured', 'ik ~1 sta ~2 op ~1 de|die|deze ~1 foto|video|beelden|opname'),
  concept('pictured', 'i ~1 am|m ~2 in|on ~2 the|that|this|your ~1 photo|picture|video|footage'),
  concept('pictured', 'ich ~1 bin ~2 auf ~2 dem|diesem|ihrem ~1 foto|bild|video'),
  concept('pictured', 'je ~1 suis ~2 sur ~2 la|cette|votre ~1 photo|video'),
  // A picture of the sender named as his ("a photo of me", "een foto van mij", "ein Foto von mir", "une photo de moi"), or of his
  // child, whose rights a parent exercises ("my daughter is in a photo", "mijn zoon staat op een foto").
  concept('pictured', 'photo|photos|picture|pictures|video|videos|foto|fotos|filmpje|bild|bilder ~1 of|van|von|de ~1 me|mij|mir|moi'),
  concept('pictured', 'my|our ~1 son|daughter|child|kid ~5 is|appears ~2 in|on ~2 a|the|that|this|your|one|some|several|two|three ~1 photo|photos|picture|pictures|video|videos'),
  concept('pictured', 'mijn|onze|ons ~1 zoon|dochter|kind|zoontje|dochtertje ~5 staat ~2 op ~2 een|de|die|deze|twee|drie|meerdere|enkele ~1 foto|fotos|video|videos'),
  concept('pictured', 'mein|meine|unser|unsere ~1 sohn|tochter|kind ~5 ist ~2 auf ~2 einem|dem|diesem|ihrem|mehreren|zwei|drei ~1 foto|fotos|bild|bildern|video|videos'),
  concept('pictured', 'mon|ma|notre ~1 fils|fille|enfant ~5 est|apparait|figure ~2 sur ~2 une|la|cette|votre|plusieurs|des|deux|trois ~1 photo|photos|video|videos'),
  concept('myData', 'images|enregistrement|enregistrements|sequences ~4 ou|sur ~2 j|je ~2 apparais|figure|suis|vois'),
  concept('myData', 'aufnahmen|aufnahme|aufzeichnung|aufzeichnungen|kamerabilder|videoaufnahmen ~4 auf|in ~1 denen|dem|der ~1 ich ~4 sehen|erkennen|erkennbar|abgebildet'),
  concept('myData', '@mine ~1 interview|interviews|sollicitatie|sollicitatiegesprek|sollicitatiegesprekken|application|bewerbung|vorstellungsgesprach|candidature|entretien|entretiens|gesprekken|calls|anrufe|appels|opnames|recordings|aufzeichnungen|vorstellungsgespraech'),
  concept('myData', 'have|hold|keep|store|got|hebben|haben|avez ~3 on|about|over|van|uber|sur|ueber ~1 me|mij|mich|moi'),
  // What a firm holds of the sender, as the object of a copy: "a copy of whatever you've got on file for me", "a copy of what you
  // collected from me", "whatever personal information you hold".
  concept('myData', 'what|whatever ~4 you ~3 have|hold|keep|store|got|collected|gathered|record|recorded|process|stored ~4 on|about|from|for ~3 me'),
  concept('myData', 'whatever ~2 @personalData|information|data|details'),
  // Dutch "m'n" (mijn) splits into two words.
  concept('myData', 'm ~1 n ~2 @personalData|@account|gegevens|data|spullen|dossier|cv|sollicitatie'),
  // One's own contact or customer record is data about one, not a DNS record (an IT object).
  { kind: 'concept', concept: 'myData', pattern: '@mine ~1 contact|customer|client ~1 record|records', masksWords: true },
  concept('myData', 'me ~1 concernant|betreffen|betreffend|betreffende|concerning'),
  concept('myData', 'mich ~1 betreffend|betreffenden|betreffende|betreffender'),
  concept('myData', 'daten|verbindungsdaten|nutzungsdaten|vertragsdaten|gesprachsdaten|gespraechsdaten ~3 meiner|meines|meinem'),
  concept('myData', 'donnees|historique ~2 de|du ~1 mon|ma|mes'),
  concept('myData', 'aufzeichnung|aufzeichnungen|aufnahme|aufnahmen|mitschnitt|mitschnitte ~2 meines|meiner|meinem|meine'),
  // "aller meiner bei Ihnen gespeicherten Daten", "aller über mich gespeicherten Daten".
  concept('myData', '@mine ~4 gespeichert*|hinterlegt*|erfasst*|verarbeitet* ~1 daten|@personalData|informationen'),
  concept('myData', 'uber|ueber|von|zu ~1 mich|mir|meiner ~3 gespeichert*|hinterlegt*|erfasst*|verarbeitet* ~2 daten|@personalData|informationen'),
  concept('myData', 'me ~1 concerne|concernent'),
  concept('myData', 'mij ~1 betreffende|betreffen'),
  concept('myData', '@personalData ~8 mij|mich|moi|myself|mezelf'),
  concept('myData', 'you ~3 have|hold|keep|store|stored|know ~5 on|about|of ~1 me'),
  concept('myData', 'file|files|dossier|records ~3 about|on|of|over|van ~1 me|mij'),
  concept('myData', 'weten|weet|know|knows|savez|savoir|wissen|wisst|weiss ~5 over|about|uber|ueber|sur|van|of ~1 mij|me|mich|moi'),
  concept('myData', 'zu|uber|ueber ~1 meiner ~1 person'),
  concept('myData', 'a|de ~1 mon ~1 sujet|egard'),
  concept('myData', 'over|van ~1 mijn ~1 persoon'),
  concept('myData', 'relating|related|pertaining|belonging|betreffend|bezuglich|relatives|relatif|bezueglich ~2 to|a|auf ~1 me|mij|mich|moi|myself'),
  concept('myData', 'jullie|u ~3 van|over ~1 mij|me ~4 hebben|heeft|hebt|bewaren|weten|opgeslagen|vastgelegd'),
  concept('myData', 'van|over ~1 mij|me ~4 hebben|heeft|hebt|opgeslagen|vastgelegd|bewaard|verwerkt|weten|vastlegt|vastleggen|opslaat|opslaan|bewaart|verwerken|bijhoudt|bijhouden|registreert|registreren'),
  concept('myData', 'sie ~3 uber|ueber ~1 mich ~4 gespeichert|haben|speichern|verarbeiten|wissen'),
  concept('myData', '@personalData|alles|allem|was ~6 uber|ueber|von ~1 mich|mir ~4 gespeichert|habt|haben|wisst|wissen|verarbeitet|speichert'),
  concept('myData', 'vous ~3 avez|detenez|conservez|possedez|enregistrez|stockez|traitez|gardez ~3 sur ~1 moi'),
  // Private mails, his own or pointed back to, are the sender's data wherever they sit (a work mailbox he left): "those private
  // emails", "die privémails", "meine privaten E-Mails", "mes mails personnels". Not private mail sent as a habit ("privémails
  // sturen vanaf het werk"), which names no mails of his.
  concept('myData', '@mine|die|deze|those|these|the|diese|ces|les ~1 privemail|privemails|privatmail|privatmails|privatnachrichten|priveberichten'),
  concept('myData', '@mine|die|deze|those|these|the|diese|ces|les ~1 prive|private|privaten|persoonlijke|personal|persönlichen|personlichen ~1 mails|emails|mail|berichten|nachrichten|messages|correspondence|correspondentie|korrespondenz'),
  concept('myData', '@mine|ces|les ~1 mails|emails|courriels|messages ~2 prives|privees|personnels'),
  concept('theirData', 'his|her|their|zijn|haar|hun|seine|seiner|ihre|ihrer|ses|leurs|sa|son ~2 dossier|account|profiel|@personalData|gegevens|data|details|daten|donnees|informations|mailbox|mail|mails|emails|postvak|postfach|messagerie|onedrive|compte|inscription'),
  concept('theirData', 'son|sa ~2 boite|boites ~1 mail|aux|e|electronique'),
  concept('theirData', 'son|sa ~1 ancienne ~1 boite|messagerie'),
  concept('theirData', 'sein|seines|seinem|ihres|ihrem ~2 postfach*|mailbox*|konto*|daten'),
  // The contact details of the one the sender writes for, by his pronoun, as what is taken out of our files ("zijn naam en nummer
  // uit jullie bestanden", "ses coordonnées de vos fichiers"): not "her address is ..." given to find her, nor his name searched
  // for in the logs. His contacts and calendar are what his mailbox holds: "export his contacts as a PST file".
  concept('theirData', 'his|her|zijn|haar|seine|seinen|ses|sa|son ~1 naam|name|nom|nummer|number|numero|telefoonnummer|telefonnummer|adres|address|adresse|anschrift|coordonnees|contactgegevens|kontaktdaten ~5 uit|from|aus|de|des ~3 systeem|systemen|system|systems|systeme|database|databank|datenbank|bestanden|fichier|fichiers|crm|records|kundendatei|klantenbestand'),
  concept('theirData', 'his|her|zijn|haar|seine|ses ~1 contacts|contactpersonen|kontakte|agenda|calendar|kalender|calendrier'),
  // What we hold in his name: "les informations à son nom", "alles op zijn naam".
  concept('theirData', '@personalData|alles|everything|tout ~4 a|au|op|in|auf|unter|under ~1 son|zijn|haar|his|her|seinen|seinem ~1 nom|naam|name|namen'),
  // And in the sender's own: "quelles données avez-vous à mon nom ?", "welke gegevens staan er op mijn naam?".
  concept('myData', '@personalData|alles|everything|tout ~5 a|au|op|in|auf|unter|under ~1 mon|mijn|my|meinem|meinen ~1 nom|naam|name|namen'),
  concept('getCopy', 'exportiert|exportiere|exportierst|exportez'),
  concept('getCopy', 'souhaiterais|aimerais|voudrions|souhaitons|souhaiterions ~4 recevoir|obtenir'),
  concept('getCopy', 'parvenir|transmettiez|communiquiez|envoyiez'),
  concept('getCopy', 'senden|sendet|zuschicken|zumailen|mailen|uebermitteln|ubermitteln|schickt|schick|schickst'),
  concept('theirData', '@personalData|notes|notities|aantekeningen|notizen|vermerke ~4 uber|over|about|on|of|concernant|le|la|van|von|de|ueber ~1 ihn|sie|hem|haar|him|her|concernant'),
  concept('everything', 'tout ~2 ce ~1 qui|que'),
  concept('everything', 'everything|alles|allemaal|samtliche|integralite|everyone|iedereen|jeder|jedermann|saemtliche'),
  concept('everything', 'all|alle|aller|allen|tout|toutes|tous ~3 @personalData|gegevens|data|details|daten|donnees|informations|informatie|information|of|adressen|addresses|adresses|recipients|ontvangers|geadresseerden|empfanger|destinataires'),
  // A copy of the sender's identity document is a detail of his own: "my passport copy", "a copy of my driving licence",
  // "kopie van mijn paspoort", "meine Ausweiskopie", "la copie de ma pièce d'identité"; "If you still have it, please delete it" leans on it.
  // The copy is the document, not a copy of data asked for, hence the words it masks: "I'd like my passport copy deleted" asks no access.
  { kind: 'concept', concept: 'myContactDetail', pattern: '@mine ~2 passport|paspoort|id|identity|identiteitsbewijs|identiteitskaart|rijbewijs|ausweis|ausweises|personalausweis|personalausweises|reisepass|reisepasses|passes|fuhrerschein|fuhrerscheins|fuehrerschein|fuehrerscheins|passeport|piece|carte|permis ~1 copy|copies|scan|scans|kopie|kopieen|kopien|copie|photocopy|photocopies|photocopie|fotokopie|fotokopien|fotokopieen', masksWords: true },
  { kind: 'concept', concept: 'myContactDetail', pattern: 'copy|copies|scan|scans|kopie|kopieen|kopien|copie|photocopy|photocopies|photocopie|fotokopie|fotokopien|fotokopieen ~2 of|van|von|de|d ~1 @mine ~2 passport|paspoort|id|identity|identiteitsbewijs|identiteitskaart|rijbewijs|ausweis|ausweises|personalausweis|personalausweises|reisepass|reisepasses|passes|fuhrerschein|fuhrerscheins|fuehrerschein|fuehrerscheins|passeport|piece|carte|permis', masksWords: true },
  // Anyone's identity document copy, handed in for an account or an internship ("the ID copy", "kopie rijbewijs", "a copy of his
  // passport", "la copie de la carte d'identité"), is a document held, not a copy asked for: it masks the copy from `copyOf`.
  { kind: 'concept', concept: 'personalDetails', pattern: 'passport|paspoort|id|identity|identiteitsbewijs|identiteitskaart|rijbewijs|ausweis|personalausweis|reisepass|fuhrerschein|fuehrerschein|passeport ~1 card|kaart ~1 copy|copies|scan|scans|kopie|kopieen|kopien|copie|photocopy|photocopie|fotokopie', masksWords: true },
  { kind: 'concept', concept: 'personalDetails', pattern: 'passport|paspoort|id|identity|identiteitsbewijs|identiteitskaart|rijbewijs|ausweis|personalausweis|reisepass|fuhrerschein|fuehrerschein|passeport ~1 copy|copies|scan|scans|kopie|kopieen|kopien|copie|photocopy|photocopie|fotokopie', masksWords: true },
  { kind: 'concept', concept: 'personalDetails', pattern: 'copy|copies|scan|scans|kopie|kopieen|kopien|copie|photocopy|photocopies|photocopie|fotokopie|fotokopien ~3 passport|paspoort|id|identiteitsbewijs|identiteitskaart|rijbewijs|ausweis|ausweises|personalausweis|personalausweises|reisepass|reisepasses|fuhrerschein|fuhrerscheins|fuehrerschein|fuehrerscheins|passeport', masksWords: true },
  // The same copy called whole, demanded of the sender to prove who he is ("u wilde eerst een volledige kopie van mijn rijbewijs"):
  // no complete copy of data asked for.
  { kind: 'concept', concept: 'personalDetails', pattern: 'een|a|the|eine|une|la ~1 volledige|volledig|complete|full|vollstandige|vollstaendige|integrale ~1 copy|scan|kopie|copie|photocopy|photocopie|fotokopie ~3 passport|paspoort|id|identiteitsbewijs|identiteitskaart|rijbewijs|ausweis|ausweises|personalausweis|personalausweises|reisepass|reisepasses|fuhrerschein|fuhrerscheins|fuehrerschein|fuehrerscheins|passeport', masksWords: true },
  { kind: 'concept', concept: 'personalDetails', pattern: 'copie|copies|photocopie|photocopies|scan ~3 carte|piece ~1 d ~1 identite', masksWords: true },
  { kind: 'concept', concept: 'personalDetails', pattern: 'copie|copies|photocopie|photocopies|scan ~3 permis ~1 de ~1 conduire', masksWords: true },
  // A driving licence is no software licence (an IT object), hence the words it masks.
  { kind: 'concept', concept: 'myContactDetail', pattern: '@mine ~1 driving|driver|drivers ~1 licence|license ~1 copy|copies|scan|scans', masksWords: true },
  { kind: 'concept', concept: 'myContactDetail', pattern: 'copy|copies|scan|scans ~2 of ~1 @mine ~1 driving|driver|drivers ~1 licence|license', masksWords: true },
  concept('myContactDetail', '@mine ~1 ausweiskopie|passkopie|paspoortkopie|reisepasskopie|fuhrerscheinkopie|fuehrerscheinkopie'),
  // "My job title" is found by 'title'; "my old job" is an employer, not a contact detail.
  concept('myContactDetail', '@mine ~2 @identity|mobilnummer|mobile|portable|geboortedatum|date|privatadresse|privadresse|woonadres|thuisadres|functie|functietitel|title|intitule|fonction|jobtitel|berufsbezeichnung|funktionsbezeichnung|stellenbezeichnung'),
  concept('myContactDetail', 'prive|private|privat|privee|home|personal|persoonlijke|privatadresse|privadresse|thuis|woon ~2 @identity|adres|address|nummer|number|mailadres|emailadres'),
  concept('myContactDetail', '@identity ~6 voor|for|of|von|pour|de ~1 mij|me|mich|moi'),
  concept('myContactDetail', '@identity ~6 hebben|heeft|have|haben|avez ~3 van|for|of|fur|pour|fuer ~1 mij|me|mich|moi'),
  concept('myContactDetail', 'date ~2 of ~1 birth'),
  concept('myContactDetail', 'aangesproken|heisse|heiße|heet|heisst|heißt|appelez|angesprochen|addressed|genoemd|genannt|appelle|appelee'),
  // What we call the sender in our mails: "ik zie dat jullie mij in de ticketmails 'B. Kamphuis, Hoofd Inkoop' noemen".
  concept('myContactDetail', 'jullie|u ~1 mij ~8 noemen|noemt'),
  concept('myContactDetail', 'mij|me|mich|m|moi ~3 mailen|mailt|schreiben|schreibt|ecrivez|email|write|contact ~4 @identity'),
  concept('myContactDetail', '@identity ~4 waarop|where|an|auf|a|at|ou ~3 jullie|you|sie|vous|u ~2 mij|me|mich|m|moi'),
  concept('myContactDetail', 'this|dit|deze|diese|dieses|cette ~1 adres|address|adresse|mailadres|emailadres|nummer|number'),
  concept('myContactDetail', 'nieuwe|new|neue|nouvelle|nouveau|nouvel ~1 adres|address|adresse|anschrift|mailadres|emailadres|telefoonnummer|nummer|number|numero|email|mail'),
  // "nieuw nummer", "nieuw 06": a number or mail address of the sender's; "nieuw adres" heads a firm's moves as often.
  concept('myContactDetail', 'nieuw ~1 telefoonnummer|nummer|mailadres|emailadres|06|gsm'),
  // The sender's company (its address, VAT number, invoices) is not personal data.
  concept('ourCompany', 'btw|vat|ust|tva ~1 nummer|number|id|nr'),
  concept('ourCompany', 'factuuradres|billing|rechnungsadresse|rechnungsanschrift|btwnummer|vat|kvk|firmenname|bedrijfsnaam|tva|siret|factuur|facturen|invoice|invoices|rechnung|facture'),
  // "Mon nom est mal écrit sur vos factures", "dans vos e-mails de facturation": a person's name on the invoices is his data;
  // one invoice ("la facture 2026-0207") and "l'adresse de facturation" are the firm's.
  concept('ourCompany', 'adresse|adresses|coordonnees|societe|entreprise ~2 facturation'),
  concept('ourCompany', 'ons|onze|our|unser|unsere|unseren|unserer|notre|nos ~1 adres|address|adresse|anschrift|bedrijf|company|firma|societe|nummer|number|telefoonnummer|kantoor|office|vestiging|buro'),
  concept('ourCompany', 'wij|we|wir|nous ~2 zijn|are|sind|avons|have|haben ~2 verhuisd|moved|umgezogen|demenage'),
  // Systems and settings, not people: "delete all data on the old server".
  // A spam quarantine or a calendar is cleared as IT work: "kun je die allemaal verwijderen" of quarantined mails, "delete it from your calendar".
  concept('itObject', 'quarantaine|quarantine|quarantane|quarantaene|spamfilter|junkmail|agenda|calendar|kalender|calendrier'),
  // Spam as the folder or filter a mail landed in is no marketing of ours: "im Spam-Ordner gelandet und gelöscht", "in mijn
  // spam-map beland", "it ended up in my spam", "dans le dossier spam".
  { kind: 'concept', concept: 'itObject', pattern: 'spam|spams|junk ~1 ordner|folder|folders|map|box|mailbox|mappe|filter|dossier|directory|courrier|boite', masksWords: true },
  { kind: 'concept', concept: 'itObject', pattern: 'dossier|boite|map|folder ~1 spam|spams|junk|indesirables', masksWords: true },
  // A list sent as an attachment names no mailing list: "Liste im Anhang", "lijst in de bijlage", "list attached", "liste ci-jointe".
  { kind: 'concept', concept: 'itObject', pattern: 'liste|list|lijst|lijstje ~2 anhang|anlage|bijlage|attachment|attached|jointe|joint', masksWords: true },
  // A list of devices or assets is an inventory, no mailing list: "removed from the device list", "uit de apparatenlijst".
  { kind: 'concept', concept: 'itObject', pattern: 'device|devices|apparaat|apparaten|gerate|geraete|appareil|appareils|asset|assets|inventory|inventaris ~1 list|lijst|liste', masksWords: true },
  { kind: 'concept', concept: 'itObject', pattern: 'in|im|into|naar|dans ~2 spam|spams|junk', masksWords: true },
  concept('itObject', 'firewall*|printer*|router*|vlan*|dhcp|reservation|reservering|certificaat|certificate|domein|domain|vm|licentie|licence|license|server|servers|nas|schijf|disk|drive|festplatte|pc|computer|share|folder|map|ordner|backup|backups|vlan|firewall|regel|rule|dns|record|records|switch|router|printer|drucker|imprimante|serveur|disque|sauvegarde'),
  // A lost or stolen device wiped from afar is IT work on the firm's own equipment, no erasure of the sender's data: "Lost my laptop
  // on the train, can you wipe it?", "mijn telefoon is gestolen, kunnen jullie hem wissen?", "Handy verloren", "portable volé".
  // Told first, the device is what a wipe asked later in the paragraph erases (`lostDevice`): "Mijn werktelefoon is kwijt. Mijn mail
  // staat erop. Kunnen jullie hem wissen?" wipes the phone, not the mail address named between.
  ...concepts(['itObject', 'lostDevice'], '@lost ~3 @device'),
  ...concepts(['itObject', 'lostDevice'], '@device ~4 @lost'),
  ...concepts(['itObject', 'lostDevice'], '@device ~3 gone|weg|verschwunden|disparu|disparue'),
  // The sender's own device left behind on the way: "left my iPad on the train", "iPad left on the train", "meinen Laptop im
  // Zug liegen gelassen", "mijn telefoon in de bus laten liggen". Not one of our staff's: "your engineer left his laptop on the
  // train" reports the loss of a device of ours.
  ...concepts(['itObject', 'lostDevice'], 'left ~1 my|our|the|a ~2 @device ~1 on|in ~2 train|bus|tram|taxi|plane|metro|tube|coach'),
  ...concepts(['itObject', 'lostDevice'], '@device ~3 left ~1 on|in ~2 train|bus|tram|taxi|plane|metro|tube|coach'),
  ...concepts(['itObject', 'lostDevice'], 'mein|meinen|meine|unser|unseren|unsere ~2 @device ~8 liegen ~1 gelassen|lassen'),
  ...concepts(['itObject', 'lostDevice'], 'mijn|ons|onze ~2 @device ~8 laten ~1 liggen'),
  // Told without a subject at the start of a line, as a phone types it: "Laptop laten liggen in de trein", "Tablet laten staan".
  ...concepts(['itObject', 'lostDevice'], '@device ~1 laten ~1 liggen|staan').map((rule) => ({ ...rule, lineStart: true })),
  // The sender's other device, named for where he writes from ("ik zit nu op mijn privé laptop", "I'll use my personal laptop",
  // "writing from another laptop"), is no private data or other person on the lost one.
  { kind: 'concept', concept: 'itObject', pattern: 'andere|ander|other|another|anderen|anderes|autre ~1 @device', masksWords: true },
  // Written from the sender's own private device: "I'm on my personal phone", "ik zit nu op mijn privételefoon".
  { kind: 'concept', concept: 'itObject', pattern: 'on|from|op|vanaf|via|von|auf|depuis|sur ~1 my|mijn|mein|meinem|mon ~1 personal|private|prive|privé|privat|privates|personnel ~1 @device', masksWords: true },
  { kind: 'concept', concept: 'itObject', pattern: 'privé|prive|private|privat|privaten|privates|personal|persoonlijke|personnel|personnelle ~1 laptop|laptops|notebook|tablet|ipad|pc|computer|rechner|ordinateur', masksWords: true },
  // The sender's own account blocked or reset after the loss ("kunnen jullie mijn account blokkeren", "lock my account until the new
  // phone comes") names a login, no data on the device: the account is masked from `myData`.
  { kind: 'concept', concept: 'itObject', pattern: '@mine ~1 @account ~2 blokkeren|blocken|block|lock|sperren|bloquer|vergrendelen|resetten|reset', masksWords: true },
  { kind: 'concept', concept: 'itObject', pattern: 'blokkeer|blokkeren|block|lock|sperren|sperre|sperrt|bloquer|bloquez|vergrendel|vergrendelen ~2 @mine ~1 @account', masksWords: true },
  // Administration of a customer's own accounts: offboarding a user is not a data-subject request.
  concept('adminTask', 'tenant|licence|license|licentie|lizenz|offboarding|doorsturen|forward|weiterleiten|transferer'),
  // A user's VPN account or mail redirected: "delete his VPN account and the firewall exception", "supprimer son compte et
  // rediriger ses mails vers moi".
  concept('adminTask', 'vpn ~1 account|accounts|toegang|access|zugang|acces|gebruiker|user|verbinding'),
  concept('adminTask', 'rediriger|redirect|redirecting|omleiden|umleiten'),
  // A retention policy set up for the firm's mail or files, keeping it for years and deleting it after, is IT work: "een bewaarbeleid
  // instellen: 5 jaar bewaren, daarna weg", "set up a retention policy that deletes mail after six years", "eine
  // Aufbewahrungsrichtlinie einrichten", "mettre en place une politique de conservation". Not "delete my data under your retention
  // policy": the policy is set up, not named.
  concept('adminTask', 'instellen|inrichten|aanmaken|configureren|maken|set|setup|configure|create|einrichten|konfigurieren|erstellen|anlegen|configurer|creer|mettre ~4 bewaarbeleid|retentiebeleid|bewaarregel|bewaarregels|aufbewahrungsrichtlinie|aufbewahrungsrichtlinien|aufbewahrungsregel|aufbewahrungsregeln'),
  concept('adminTask', 'bewaarbeleid|retentiebeleid|bewaarregel|bewaarregels|aufbewahrungsrichtlinie|aufbewahrungsrichtlinien|aufbewahrungsregel|aufbewahrungsregeln ~8 instellen|inrichten|aanmaken|configureren|maken|einrichten|konfigurieren|erstellen|anlegen|einstellen'),
  concept('adminTask', 'set|setup|configure|create|apply ~4 retention ~1 policy|policies|label|labels|rule|rules'),
  concept('adminTask', 'configurer|creer|mettre|appliquer ~5 politique|politiques|regle|regles ~2 conservation|retention'),
  // Someone's user account is IT work; "mijn gebruikersaccount", "mein Benutzerkonto" is the sender's own.
  concept('adminTask', 'het|de|een|zijn|haar|hun|das|ein|sein|seine|ihr|ihre|dessen|deren|alle ~1 gebruikersaccount|gebruikersaccounts|benutzerkonto|benutzerkonten'),
  // Users removed, several of them or from the directory, are IT housekeeping, as German "Benutzer löschen" is: "Verwijder oude
  // gebruikers", "delete the test users", "supprimer les utilisateurs inactifs", "deze accounts mogen weg uit Azure AD". The
  // users named by an article or as old, not "I'm one of your users, delete my account".
  concept('adminTask', '@erase ~3 the|these|those|old|inactive|test|de|deze|die|oude|inactieve|les|ces|anciens ~1 users|gebruikers|utilisateurs'),
  concept('adminTask', 'azure ~1 ad'),
  concept('adminTask', 'active ~1 directory'),
  concept('adminTask', 'entra ~1 id'),
  // Collaboration settings: "remove me from the CC of this ticket", "from the Teams channel", "restrict external sharing".
  concept('adminTask', 'cc|thread'),
  // Offboarding a colleague: "Bitte sperren Sie sein Konto ... und löschen Sie danach das Postfach", "merci de désactiver son compte ... puis
  // de supprimer sa boîte", "disable her account and delete the mailbox" is account administration in its sentence.
  concept('adminTask', 'desactiver|desactivez|deactivate|disable|deaktivieren|deaktiviert|sperren|sperrt|blokkeer|blokkeren|deactiveer|deactiveren ~2 son|sein|seinen|zijn|his|her|haar|ihr|ihren ~1 compte|konto|account|postfach|mailbox|boite'),
  // A Teams or shared channel, not "my video on your YouTube channel".
  concept('adminTask', 'teams|slack|shared ~3 channel|channels'),
  concept('adminTask', 'channel|channels ~3 teams|slack'),
  concept('adminTask', 'external|guest|anonymous ~1 sharing|access|links|guests|users'),
  // Storage paid for is capacity, not data kept: "we betalen nog voor opslag die we niet gebruiken", "we're paying for storage we don't
  // use", "wir zahlen für Speicherplatz", "nous payons du stockage". Its words are masked, so the storage left unused keeps no data.
  { kind: 'concept', concept: 'itObject', pattern: 'betalen|betaald|betaalt|pay|paying|paid|zahlen|bezahlen|zahlt|payer|payons|payez ~3 voor|for|fur|pour|du|de ~2 opslag|opslagruimte|storage|speicher|speicherplatz|stockage', masksWords: true },
  // Files moved from an old device to a new one: "copy my files from the old one over", "zet mijn bestanden over naar de nieuwe
  // laptop", "meine Daten vom alten Rechner übertragen", "transférer mes fichiers sur le nouvel ordinateur". A device set up, no copy
  // of data we hold: in its sentence, and as an errand of another kind when no right stands, so the models do not make it one.
  ...concepts(['adminTask', 'otherErrand'], 'from|van|uit|vom|von|aus|de|du ~2 old|oude|alten|alte|altem|ancien|vieux ~1 one|laptop|pc|computer|machine|device|telefoon|rechner|notebook|ordinateur|portable|poste|mac'),
  ...concepts(['adminTask', 'otherErrand'], 'to|onto|naar|op|auf|sur|vers ~2 new|nieuwe|neuen|neue|nouvel|nouveau|nouvelle ~1 laptop|pc|computer|machine|device|rechner|notebook|ordinateur|portable|poste|mac'),
  // Two accounts of one user deleted together, his account and his mailbox: "supprimer son compte et sa boîte mail", "delete his
  // account and mailbox", "zijn account en mailbox verwijderen". Offboarding, where an erasure he asked names his data.
  concept('adminTask', 'son|sein|seinen|zijn|his|her|haar|ihr|ihren|leur|hun|their ~1 compte|konto|benutzerkonto|account|gebruikersaccount ~1 et|and|en|und ~2 boite|mailbox|postfach|postvak|messagerie'),
  // A colleague told as gone from the sender's firm, in the sentence that deletes his account or mailbox, is offboarding too:
  // "remove his account, he no longer works here", "Ruud is uit dienst", "Herr Berg ist ausgeschieden", "Julie a quitté
  // l'agence". The verb in the third person: "I have left the company, delete my details" is the sender's own erasure, and so
  // is "je ne travaille plus chez ...", where only the pronoun tells the person.
  ...concepts(['adminTask', 'outOfUse'], 'doesn ~2 work ~1 here|for'),
  ...concepts(['adminTask', 'outOfUse'], 'no ~1 longer ~1 works'),
  ...concepts(['adminTask', 'outOfUse'], 'has|s ~1 left ~1 us|the|our'),
  ...concepts(['adminTask', 'outOfUse'], 'is ~3 uit ~1 dienst'),
  ...concepts(['adminTask', 'outOfUse'], 'werkt ~2 niet ~1 meer ~2 hier|bij'),
  ...concepts(['adminTask', 'outOfUse'], 'ist ~3 ausgeschieden'),
  ...concepts(['adminTask', 'outOfUse'], 'hat ~2 uns ~1 verlassen'),
  ...concepts(['adminTask', 'outOfUse'], 'arbeitet ~2 nicht ~1 mehr'),
  ...concepts(['adminTask', 'outOfUse'], 'a ~1 quitte ~1 l|la|le|notre|nos'),
  ...concepts(['adminTask', 'outOfUse'], 'il|elle ~1 ne ~1 travaille ~1 plus'),
  // A colleague gone, told in a sentence of its own beside his account in another, leaves that account out of use: "Kevin left us
  // three months ago", "Jasmine finished on Friday", "gaat met pensioen", "is vorig jaar vertrokken", "hat das Unternehmen
  // verlassen", "est parti à la retraite". See `theirAccount`.
  concept('outOfUse', 'he|she|who ~2 left ~1 us|the ~2 company|firm|practice|office|team'),
  concept('outOfUse', 'left ~1 us ~3 ago|last|in|on'),
  concept('outOfUse', 'left ~1 the|our ~1 company|firm|practice|office|business'),
  concept('outOfUse', 'finished|retired|resigned ~1 on|last|yesterday|today|this|in'),
  concept('outOfUse', 'gaat|ging|is ~3 met ~1 pensioen'),
  concept('outOfUse', 'is|zijn ~4 vertrokken'),
  concept('outOfUse', 'uit ~1 dienst ~1 gegaan|getreden'),
  concept('outOfUse', 'hat|haben ~3 unternehmen|firma|büro|buro|praxis|kanzlei ~1 verlassen'),
  concept('outOfUse', 'in ~1 rente|ruhestand'),
  concept('outOfUse', 'est ~1 parti|partie ~3 retraite|entreprise|societe|cabinet'),
  concept('outOfUse', 'a ~1 pris ~1 sa ~1 retraite'),
  // A colleague's account or mailbox named by its owner's pronoun or name: "his mailbox", "her account", "Kevin's OneDrive", "haar
  // mailbox", "sein Postfach", "sa boîte mail". With a colleague gone (`outOfUse`) in the sender's words and no one asking for him
  // (`ownRequester`), erasing, exporting or opening it is the firm's offboarding, not a right served.
  concept('theirAccount', 'his|her|s|zijn|haar|sein|seine|seinen|ihr|ihre|ihren|son|sa ~1 mailbox|account|onedrive|postvak|postfach|konto|benutzerkonto|boite|compte|messagerie'),
  // So is the colleague taken off the firm's own mail to us: "haal hem uit de factuurverzending", "take her off the invoice distribution".
  concept('theirAccount', 'hem|haar|him|her|ihn ~3 uit|from|off|aus|von ~2 de|the|der|dem ~1 factuurverzending|factuurmail|verzendlijst|distributielijst|mailinglijst|distribution|verteiler|verteilerliste|rechnungsversand'),
  // A request told as his: "the request from him", "het verzoek van haar".
  concept('ownRequester', 'verzoek|request|anfrage|antrag ~2 van|from|von ~1 hem|haar|him|her|ihm|ihr'),
  // A former colleague asking, in a subject too: "Oud-medewerker wil kopie van zijn mail", "Former employee wants a copy", "Verzoek
  // oud-medewerker", "Mailbox oud-werknemer exporteren ivm AVG-verzoek".
  concept('ownRequester', 'oud|ex|former|voormalig|voormalige|ehemalige|ehemaliger|ancien|ancienne ~2 medewerker|medewerkster|werknemer|werkneemster|collega|employee|colleague|mitarbeiter|mitarbeiterin|salarie|salariee ~4 wil|wilt|vraagt|vroeg|gevraagd|verzocht|wants|asks|asked|requests|requested|will|mochte|moechte|verlangt|gebeten|demande|souhaite'),
  concept('ownRequester', 'verzoek|verwijderverzoek|inzageverzoek|request|anfrage|antrag|demande ~2 oud|ex|former|voormalig|voormalige|ehemalige|ehemaliger|ancien|ancienne'),
  concept('ownRequester', 'avg|gdpr|dsgvo|rgpd ~1 verzoek|request|anfrage|antrag|demande'),
  concept('ownRequester', 'de ~1 la ~1 part ~2 ancien|ancienne|salarie|salariee|client|cliente|patient|patiente'),
  concept('myContactDetail', 'privatadresse|privatanschrift|privadresse|woonadres|thuisadres|huisadres|priveadres|privenummer|handynummer|privatnummer'),
  // The sender's name as our mails, letters or a directory show or call it, told beside the right one: "you keep emailing me as
  // ...", "your letters address me as ...", "my name shows up as ... in Teams", "in Teams staat mijn naam als ...", "mein Name
  // erscheint als ...", "mon nom apparaît comme ...". Named so, it is data we hold, even in a program the sender also uses.
  ...concepts(['nameShownAs', 'myContactDetail'], 'addresses|addressed|addressing|emailing|mailing|greets|greeted|greeting|lists|listed|listing|spells|spelled|spelt|writes|writing|knows|calling|registered|has ~1 me ~1 as'),
  concept('nameShownAs', 'name|surname|names ~4 shows|show|showing|shown|appears|appear|displayed|listed|spelled|spelt|written ~2 as|up'),
  concept('nameShownAs', 'staat|stond|staan|verschijnt ~3 naam|achternaam|voornaam|namen ~2 als'),
  concept('nameShownAs', 'naam|achternaam|voornaam ~2 staat|stond|wordt|werd|verschijnt ~3 als'),
  concept('nameShownAs', 'steht|stand|erscheint|erscheinen ~3 name|nachname|vorname|namen ~2 als'),
  concept('nameShownAs', 'name|nachname|vorname ~2 steht|stand|erscheint|wird ~3 als'),
  concept('nameShownAs', 'nom|prénom|prenom ~3 apparaît|apparait|affiché|affichée|figure|écrit|ecrit ~3 comme|sous'),
  // The right name set against it: "– it's Ruby", "but my name is ...", "maar ik heet ...", "mais je m'appelle ...".
  concept('wrongValue', 'addressing|emailing|mailing|calling|greeting ~1 me ~1 as ~6 it|its ~1 s|is'),
  concept('wrongValue', 'but|yet ~1 my ~1 name|surname ~1 is|s'),
  concept('wrongValue', 'maar ~1 ik ~1 heet'),
  concept('wrongValue', 'mais ~1 je ~1 m ~1 appelle'),
  concept('wrongValue', 'mais ~1 mon ~1 nom|prénom|prenom ~1 est'),
  // Settings the sender changes himself (a mail profile, an app) are not data we hold about him.
  concept('selfService', 'wachtwoord|password|passwort|wachtwoorden|mfa|pincode|pin|outlook|settings|instellingen|einstellungen|parametres|app|handtekening|signature|signatur|teams|windows|iphone|android|laptop|browser'),
  concept('direct', 'directly|straight|rechtstreeks|direct|directement|direkt|unmittelbar ~8 supplier|vendor|provider|leverancier|aanbieder|partij|anbieter|dienstleister|fournisseur|prestataire|operateur|controller|verantwoordelijke|verantwortlichen|responsable|company|bedrijf|gmbh|firma|unternehmen|societe|entreprise'),
  // "Rechtstreeks van jullie naar hen overdragen": the recipient named only as "them".
  concept('direct', 'rechtstreeks ~6 overdragen|overzetten|overgedragen|overzenden|overhevelen'),
  concept('direct', 'rechtstreeks ~8 dienstverlener|partner|beheerder'),
  concept('direct', 'provider|leverancier|aanbieder|partij|anbieter|dienstleister|fournisseur|prestataire|operateur ~8 directly|rechtstreeks|direct|directement|direkt|unmittelbar'),
  concept('direct', 'ubertragen|ubermitteln|ubergeben|weiterleiten|senden|schicken|uebertragen|uebermitteln|uebergeben ~3 an ~2 meinen|meine|den|unseren ~1 neuen|neue'),
  // Asked of us, not done by the requester: "Please transfer my data to my new provider", "Graag overzetten naar mijn nieuwe leverancier".
  concept('direct', 'please|pls|kindly|graag|gelieve|could|can|kunt|kunnen|wilt|willen ~3 transfer|transmit|move|port|overdragen|overzetten|overzenden|doorsturen|doorzetten ~6 to|naar|aan ~3 new|nieuwe|andere|another ~1 supplier|vendor|provider|leverancier|aanbieder|partij'),
  // We send, not the requester: "transmettez-les à mon nouveau prestataire", not "afin de les transmettre".
  concept('direct', 'transmettez|transferez|envoyez ~6 a ~2 mon|ma|notre ~1 nouveau|nouvel|nouvelle'),
  // The new provider named only as "them" or by its name: "transmit my data directly to them", "send them directly".
  concept('direct', 'directly|straight ~1 to ~1 them|their|him|her'),
  concept('direct', 'transmit|transfer ~20 directly ~1 to'),
  // Handed over or pushed by us: "hand over my mailbox directly to NorthIT", "push my mailbox straight to my new tenant".
  concept('direct', 'hand|push|migrate|move ~1 over ~12 directly|straight ~1 to'),
  concept('direct', 'push|migrate ~12 directly|straight ~1 to'),
  // The new party, not the sender, to get it from us first hand: "ze willen het rechtstreeks van jullie krijgen", "they want it
  // straight from you", "sie möchten es direkt von Ihnen bekommen".
  concept('direct', 'ze|zij|they|ils ~6 rechtstreeks|direct|directly|straight|directement ~1 van|from|de ~1 jullie|u|you|vous'),
  concept('direct', 'sie ~6 direkt|unmittelbar ~1 von ~1 ihnen|euch'),
  concept('direct', 'straight ~1 to ~2 my|our|the ~1 new'),
  concept('direct', 'send|transmit|transfer ~1 them|it ~1 directly|straight'),
  concept('direct', 'ubertragung|uebertragung|ubermittlung|uebermittlung|transmission|transfert ~6 an|a|vers ~3 firma|unternehmen|societe|entreprise|fournisseur|prestataire|anbieter|dienstleister|operateur'),
  concept('direct', 'vers ~3 mon|notre|le|la ~1 nouveau|nouvel|nouvelle ~1 fournisseur|prestataire|operateur'),
  // Sent by us ("zu meinem neuen Anbieter übertragen"), not carried by the sender ("damit ich sie zu meinem neuen Dienstleister mitnehmen kann").
  concept('direct', 'zu ~3 meinem|unserem|dem ~1 neuen ~1 anbieter|dienstleister|provider ~2 übertragen|übermitteln|übergeben|senden|schicken|weiterleiten|uebertragen|uebermitteln|uebergeben'),
  concept('direct', 'übertragen|übermitteln|übergeben|senden|schicken|weiterleiten|uebertragen|uebermitteln|uebergeben|übertragt|übermittelt|schickt ~2 sie|ihr ~8 zu ~3 meinem|unserem|dem ~1 neuen ~1 anbieter|dienstleister|provider'),
  concept('direct', 'merci|pouvez|pourriez|veuillez ~3 transmettre|transferer|envoyer ~6 a ~2 mon|ma|notre ~1 nouveau|nouvel|nouvelle'),
  concept('direct', 'transmettre|transferer|transmettez|transferez|envoyer|ubermitteln|ubertragen|senden|weiterleiten|uebermitteln|uebertragen ~2 directement|direkt|unmittelbar'),
  // Art. 20(2) is the paragraph of the direct transfer: "gemäß Art. 20 Abs. 2 DSGVO", "artikel 20 lid 2 AVG", "Article 20(2)".
  concept('direct', '@article ~1 20 ~1 2'),
  // The sender's own mailbox and what lives in it, as a thing to move: only the portability of a direct transfer reads it.
  concept('myMailbox', '@mine ~1 mailbox|werkmailbox|werkpostvak|arbeitspostfach|dienstpostfach|postvak|postfach|mailpostfach|messagerie|boite|agenda|kalender|calendar|calendrier|contacts|contactpersonen|kontakte|kontakten'),
  // His own mails and files, as a private person names what his mailbox and cloud drive hold: "mijn eigen mails", "my files",
  // "meine Dateien", "al mijn mail en bestanden". Not "mijn mail" alone, which is his mail address.
  concept('myMailbox', '@mine ~1 mails|emails|mailtjes|bestanden|files|dateien|fichiers|onedrive'),
  concept('myMailbox', '@mine ~1 mail|email ~1 en|and|und|et ~1 bestanden|files|dateien|fichiers|agenda|calendar|kalender'),
  // The mailbox named by what it holds, in one word ("meine Postfachdaten", "mijn mailboxgegevens"), or as one the sender has with us
  // ("ik heb als privépersoon een mailbox bij jullie", "I have a mailbox and OneDrive with you"): his own, to move or copy.
  concept('myMailbox', '@mine ~1 postfachdaten|postfachinhalte|maildaten|mailboxdaten|mailboxgegevens|mailboxdata|maildata'),
  concept('myMailbox', 'ik|i|ich|j ~1 heb|have|habe|ai ~4 mailbox|postfach|onedrive|messagerie ~4 bij|with|bei|chez ~1 jullie|u|you|ihnen|euch|vous'),
  // Whether the sender may have it, asked: "kan ik ... krijgen?", "mag ik ... hebben?", "can I get ...?", "kann ich ... bekommen?",
  // "puis-je avoir ...?". Only his own mailbox asked so in a file format reads it: a mailing asked for is `asksToReceive`.
  concept('asksToHave', 'kan|kun|mag ~1 ik ~12 krijgen|hebben|ontvangen'),
  concept('asksToHave', 'can|could|may ~1 i ~1 get|have|receive'),
  concept('asksToHave', 'kann|konnte|könnte|koennte|darf ~1 ich ~12 bekommen|haben|erhalten'),
  concept('asksToHave', 'puis|pourrais ~1 je ~1 avoir|recevoir|obtenir'),
  // Or wishes to hear or see it, as one asks for a recording: "if so I'd like to hear them", "ik wil die opname graag terughoren",
  // "ich möchte sie mir anhören", "j'aimerais le réécouter".
  concept('asksToHave', 'like|want|love ~2 hear|listen|watch|see ~2 it|them|that|those|the'),
  concept('asksToHave', 'wil|wilt|graag ~5 beluisteren|terugluisteren|terughoren|bekijken|terugkijken|terugzien'),
  // Not "hebben" however far: "wil ik niet meer opgenomen hebben" refuses a recording.
  concept('asksToHave', 'wil|wilt ~1 die|dat|de|deze ~1 opname|opnames|beelden|camerabeelden|video ~2 hebben|krijgen|ontvangen'),
  concept('asksToHave', 'mochte|möchte|moechte|gerne|gern ~5 anhören|anhoren|anhoeren|ansehen|anschauen'),
  concept('asksToHave', 'voudrais|aimerais|souhaite|souhaiterais ~3 écouter|ecouter|réécouter|reecouter|visionner|revoir'),
  // The new provider as where the data goes, however much the sentence names between: "please transfer my data (contact record,
  // tickets) in a machine-readable format to my new IT provider", "Send my records to my new provider". Not "send me my data so I
  // can take it to my new provider": the sender carries it there.
  concept('direct', 'transfer|transmit|port|migrate ~16 to ~2 my|our|the ~1 new ~3 supplier|vendor|provider|controller|company'),
  concept('direct', 'send ~3 to ~2 my|our|the ~1 new ~3 supplier|vendor|provider|controller|company'),
  // Sent by us to that new IT person or firm, however much the sentence names between ("send everything you have about me (my
  // record and tickets) to my new IT person", "de gegevens als CSV naar mijn nieuwe IT-man sturen", "pouvez-vous envoyer mes données
  // (fiche, tickets) en CSV à mon nouvel informaticien"; not "zodat ik ze naar mijn nieuwe leverancier kan sturen", "afin de les
  // transmettre"), or to him named by a pronoun ("send him my account data", "schickt ihm bitte meine Daten", "envoyez-lui mes
  // données"): my data go to someone else, no copy for me. Not "send me my data": the sender is the recipient.
  concept('direct', 'send|forward|transfer|transmit|email|mail ~16 to ~1 my|our|the ~1 new ~2 it|ict|firm|company|person|guy|partner|provider|supplier|vendor'),
  concept('direct', 'naar|aan ~1 mijn|onze|de ~1 nieuwe ~2 man|persoon|beheerder|bedrijf|itbedrijf|partner|leverancier|aanbieder|partij|dienstverlener sturen|versturen|doorsturen|opsturen|mailen|overdragen|overzetten'),
  concept('direct', 'merci|pouvez|pourriez|veuillez ~3 transmettre|transferer|envoyer ~10 a ~1 mon|ma|notre ~1 nouveau|nouvel|nouvelle ~1 informaticien|informaticienne|prestataire|fournisseur|operateur|partenaire'),
  concept('direct', 'transmettez|transferez|envoyez ~10 a ~1 mon|ma|notre ~1 nouveau|nouvel|nouvelle ~1 informaticien|informaticienne|prestataire|fournisseur|operateur|partenaire'),
  concept('direct', 'send|forward|give|email|mail|stuur|stuurt|sturen|geef|envoyez|transmettez|envoyer|transmettre ~1 him|them|hem|hen|lui ~1 my|mijn|mes|mon|ma'),
  concept('direct', 'schick|schickt|schicken|sendet|senden|gebt|geben|mailt|ubermittelt|uebermittelt ~2 ihm ~2 meine|meinen|mein|meiner'),
  concept('direct', 'send|forward|transfer|transmit ~1 my ~3 to ~1 him|them'),
  // Handed straight to the party named before: "hand over my mailbox directly to them", "rechtstreeks naar hen", "direkt dorthin".
  concept('direct', 'directly|straight|rechtstreeks|direct|direkt|directement ~1 to|naar|aan|an|a ~1 them|him|hen|hem|ihn|ihnen|eux|lui'),
  concept('direct', 'directly|straight|rechtstreeks|direct|direkt ~1 there|daarheen|erheen|dorthin|dahin'),
  // No copy for the sender: "you don't have to send me anything", "a copy for me is not needed", "Eine Kopie an mich ist nicht
  // nötig", "geen kopie voor mij", "inutile de m'en envoyer une copie". Each masks the copy for me it names.
  ...declinedCopy('no|not|don|dont ~4 send|sending ~1 me ~2 anything|copy|a', true),
  ...declinedCopy('no|not|don|dont ~4 copy|copies ~2 to|for ~1 me|myself', true),
  ...declinedCopy('no|not|don|dont ~2 need|want ~2 copy|copies ~1 myself|personally', true),
  ...declinedCopy('no|not|don|dont ~3 send|sending ~2 to ~1 me|myself', true),
  ...declinedCopy('copy|kopie|copie ~2 to|for|an|fur|fuer|voor|naar|aan|pour|a ~1 me|myself|mich|mij|mezelf|moi ~4 not|nicht|niet|pas|unnecessary|unnötig|unnoetig|inutile|hoeft|nodig', true),
  ...declinedCopy('keine|geen|aucune ~1 kopie|copie ~2 an|fur|fuer|voor|naar|aan|pour|a ~1 mich|mij|mezelf|moi', true),
  ...declinedCopy('mir|mij|me ~2 nichts|niets|niks|rien ~3 schicken|senden|zusenden|sturen|toesturen|envoyer', true),
  ...declinedCopy('inutile|besoin ~3 m|me ~2 envoyer|transmettre|adresser|communiquer', true),
  // A copy declined in plain words, the sender needing none himself: "I don't need a copy", "I don't need it myself", "ik hoef
  // (zelf) geen kopie", "ik heb geen kopie nodig", "zelf hoef ik niks te ontvangen", "ich brauche keine Kopie", "je n'ai pas
  // besoin de copie". They name no copy for the sender that could mask what else the sentence says.
  ...declinedCopy('don|dont|not ~2 need|want ~1 a|any ~1 copy|copies', false),
  ...declinedCopy('don|dont|not ~2 need ~1 it|them ~1 myself|self|personally', false),
  ...declinedCopy('hoef|hoeft ~2 geen ~1 kopie|kopietje|export', false),
  ...declinedCopy('geen ~1 kopie|kopietje ~2 nodig', false),
  ...declinedCopy('hoef ~2 niks|niets ~2 te ~1 ontvangen|krijgen', false),
  ...declinedCopy('brauche|benotige|benoetige ~2 keine ~1 kopie', false),
  ...declinedCopy('pas ~1 besoin ~1 de|d ~1 copie|copies', false),
  // The sender himself as a recipient beside a direct transfer: "und senden Sie mir zusätzlich eine Kopie", "m'envoyer ces informations,
  // ou les transmettre directement". An action: "don't send me a copy" names none.
  concept('copyForMe', 'send|give|email|mail|provide|forward ~1 me'),
  concept('copyForMe', 'copy|copies|kopie|kopien|copie|afschrift ~2 to|for|an|fur|fuer|voor|naar|aan|pour|a ~1 me|myself|mich|mij|mezelf|moi'),
  concept('copyForMe', 'senden|schicken|zusenden|ubermitteln|uebermitteln|geben|mailen ~1 sie|ihr mir'),
  concept('copyForMe', 'mir ~4 kopie|kopien|zusenden|schicken|senden|zukommen'),
  concept('copyForMe', 'stuur|stuurt|mail|mailt ~1 mij|me'),
  concept('copyForMe', 'mij|me ~4 kopie|afschrift|toesturen|sturen|mailen|toe'),
  concept('copyForMe', 'm|me ~1 envoyer|transmettre|communiquer|adresser|fournir|remettre'),
  concept('copyForMe', 'envoyez|transmettez|adressez|communiquez ~1 moi'),
  concept('eraseMe', '@erase|forget|vergeet|vergessen|oublier|oubliez|wis ~1 me|mij|mich|moi|him|her|hem|haar|ihn'),
  // "Remove me" leaves a mailing as often as it erases; "delete me", "forget me" erase.
  concept('removeMe', 'remove|verwijder|entfernen|entfernt|retirez|enlevez ~1 me|mij|mich|moi|him|her|hem|haar|ihn'),
  // "Take me out of your sales sequence": the sender taken out of something, whose name says what.
  concept('removeMe', 'take ~1 me|him|her|us ~1 out|off'),
  // German puts the verb first: "Nehmen Sie mich aus ...", "nehmt mich raus".
  concept('removeMe', 'nehmen|nehmt|streichen|streicht ~2 mich|ihn'),
  // Our systems as the place to erase from: "remove me from your systems", "uit jullie database", "de vos fichiers".
  concept('ourSystems', 'uit|from|aus|de|des ~3 systeem|systemen|system|systems|systeme|systemes|database|databases|databank|datenbank|datenbanken|crm|records|bestanden|klantenbestand|kundendatei|fichier|fichiers|base|bases'),
  concept('ourSystems', 'out ~1 of ~3 system|systems|database|databases|crm|records|files'),
  // Our records of the sender, where he is to be taken out ("remove my name from your records"), are no DNS records.
  { kind: 'concept', concept: 'ourSystems', pattern: 'from|out ~2 your|the ~1 records', masksWords: true },
  // "Merci de m'oublier" asks; "vous m'oubliez" tells of being forgotten ("oubliez-moi" is the imperative).
  concept('eraseMe', 'm|me ~1 oublier'),
  concept('eraseMe', 'mij|me|mich|moi ~3 uit|aus|from|de ~4 halen|verwijderen|weghalen|schrappen|streichen|loschen|entfernen|nehmen|supprimer|loeschen'),
  concept('me', 'me|mij|mich|moi|m|myself|mezelf|her|him|hem|haar|ihn|sie|la|le|lui|ik|i|ich|je|my|mijn|mein|meine|meiner|mes|mon|ma'),
  concept('me', '@mine ~3 adres|address|adresse|emailadres|mailadres|email|e|naam|name|nom|anschrift'),
  concept('me', 'this|dit|dat|diese|dieses|cette|cet ~1 adres|address|adresse|emailadres|mailadres|e'),
  // Bare, as a terse mail's subject names them ("DOB", "surname"); not the Dutch and German first and last names, which web
  // forms print as field labels above every message.
  concept('myContactDetail', 'geboortedatum|geburtsdatum|birthday|dob|birthdate'),
  concept('myContactDetail', 'surname'),
  // An address change named as one word, as a subject names it: "adreswijziging", "Adressänderung".
  concept('myContactDetail', 'adreswijziging|adresswijziging|adressanderung|adressaenderung|adresswechsel'),
  concept('myContactDetail', 'geb datum'),
  // Something gone wrong is a mishap told, no value called wrong: "what went wrong", "het is verkeerd gegaan", "da ist etwas
  // schiefgegangen", "quelque chose s'est mal passé".
  concept('mishap', 'went|go|goes|gone|going ~1 wrong'),
  concept('mishap', 'verkeerd|fout|mis ~1 gegaan|gaat|ging|gingen'),
  concept('mishap', 'misgegaan|misgaat|misging|foutgegaan|foutgaat|schiefgegangen|schiefgelaufen|schiefgeht|schiefging|schief ~1 gegangen|gelaufen'),
  concept('mishap', 'est|sont|s ~1 mal ~1 passe|passee|tourne|tournee'),
  concept('wrongValue', 'klopt|kloppen|klopte ~2 niet'),
  concept('wrongValue', 'est|is|ist ~1 plus|niet|nicht|no ~1 meer|mehr|longer|le|la'),
  concept('wrongValue', 'maar|but|aber|sondern|mais ~2 het|it|ich|c|es ~1 is|s|bin|heisse|heiße|est|ist'),
  concept('wrongValue', 'verouderde|onjuist|geheiratet|getrouwd|married|marie|mariee|divorced|gescheiden|geschieden|divorce|typo|tikfout|schrijffout|tippfehler|faute|coquille|onjuiste|verkeerd|verkeerde|fout|foute|foutief|wrong|incorrect|incorrectly|mistake|mixed|misspelled|misspelt|falsch|falsche|fehlerhaft|unrichtig|errone|erronee|inexact|inexacte|faux|fausse|outdated|verouderd|veraltet'),
  concept('wrongValue', 'not|niet|nicht|pas ~2 correct|right|juist|goed|korrekt|richtig|bon|bonne|exact'),
  concept('wrongValue', 'bestaat|exists|existiert|existe ~2 niet|not|nicht|plus ~1 meer|longer|mehr'),
  // "Old" says a value is wrong only of a contact detail we still use ("an meine alte Adresse", "ancienne adresse"), not of old tickets or a former colleague's number.
  concept('wrongValue', '@mine alte|alten @identity'),
  // English "old" likewise only of the sender's own detail still used ("you still have my old work address", "sent to my old
  // address") or beside the new one: not "old emails in my name" asked for as a copy, nor "my old work email was ..." to identify.
  concept('wrongValue', 'still|to ~4 @mine old ~2 @identity'),
  concept('wrongValue', 'old ~12 new|current|@correct'),
  concept('wrongValue', 'ancien|ancienne|anciens|anciennes @identity'),
  concept('wrongValue', 'stimmt|stimmen ~2 nicht|nimmer'),
  // A value ours still show, outdated: "your emails and the portal still say 'Office Assistant'".
  concept('wrongValue', 'still ~1 say|says|show|shows|list|lists|read|reads|display|displays'),
  concept('wrongValue', 'existe|existiert ~1 plus|mehr|nimmer'),
  concept('wrongValue', 'n ~1 est ~2 plus'),
  // "Alors que je suis née le ...", "alors que mon nom s'écrit ..." give the right value; "alors que je n'ai jamais été client" does not.
  concept('wrongValue', 'alors ~1 que|qu ~2 suis|est|s|appelle|habite'),
  concept('wrongValue', 'nicht ~1 mehr ~1 aktuell|gultig|gueltig'),
  concept('wrongValue', 'plus ~2 valable|valide|actuel|actuelle|actuelles|bon|bonne'),
  concept('wrongValue', 'plus ~1 a ~1 jour'),
  concept('newValue', 'et ~1 non|pas'),
  // "Meier und nicht Maier"; not "und möchte nicht, dass Sie meine Adresse speichern".
  concept('newValue', 'und nicht'),
  // A new name after a wedding: "ich heiße jetzt", "vous m'appelez X alors que", "nom d'épouse".
  concept('myContactDetail', 'heisse|heise|heisst|heist ~2 jetzt|nun|inzwischen|mittlerweile|seit|neu'),
  concept('myContactDetail', 'm|me ~1 appelez|appellent|nommez'),
  // A wrong form of address: "ich bin Frau Schulz", "je suis une femme", "Anrede".
  concept('myContactDetail', 'ich|je ~1 bin|suis ~1 frau|herr|madame|monsieur|une|un ~1 femme|homme'),
  concept('myContactDetail', 'anrede|civilite'),
  concept('myContactDetail', 'nom ~2 epouse|jeune|famille|marital'),
  concept('newValue', 'plaats ~1 van'),
  concept('newValue', 'from|vanaf|ab|a ~1 now|nu|sofort|jetzt|partir ~1 on|aan|d'),
  concept('newValue', 'ipv|statt|anstelle|lieu|voortaan|henceforth|desormais'),
  // "My surname is Jansen instead of Janssen", "instead of my old address"; not "Instead of replying, you passed my name on".
  concept('newValue', '@identity|spelling|spelled|spelt|written|it|one|use ~4 instead'),
  concept('newValue', 'instead of @mine|the|@identity'),
  concept('newValue', 'bon|bonne|correct|correcte|juiste|richtige'),
  // "My current address is", "mijn huidige nummer"; not "at the end of the current term".
  concept('newValue', 'current|huidige ~2 @identity|one|is|zijn|luidt'),
  // A new value: "my new (home) address", "neue Adresse:", "the new one is"; not "het nieuwe schooljaar" or "our new user onboarding mail".
  concept('newValue', 'nieuwe|nieuw|new|neue|neuen|neuer|nouvelle|nouveau|nouvel ~1 @identity|one|is|lautet|est|luidt|wordt|ist|sind|zijn|are'),
  concept('correct', '@correct|fixen|anpassen|ersetzen|changer|remplacer|eintragen|hinterlegen'),
  // Dutch "pas ... aan" (adjust), not French "pas" (not) nor Dutch "pas" alone ("pas op dinsdag", only on Tuesday).
  concept('correct', 'pas|past ~4 aan', 'nl'),
  // "Fix my surname", "please fix it", "fix that in your system"; not "fix the network" or "please fix this" about a fault.
  concept('correct', 'fix|fixed ~1 @mine|@identity|it|typo|typos|spelling|record|records|entry|details'),
  concept('correct', 'fix|fixed ~3 system|systems|database|file|records'),
  concept('correct', 'mettre|mettions|mettiez|mettez ~2 a ~1 jour'),
  concept('correct', 'aan ~1 te ~1 passen'),
  concept('myData', 'me ~1 gegevens|persoonsgegevens|dossier|account'),
  concept('dispute', 'betwisting|betwist|bezwaarprocedure'),
  concept('stopContact', 'niet|geen ~4 meer|langer ~4 contacteren|gecontacteerd|benaderen|opbellen|bellen'),
  concept('correct', 'rechtzetten|rechtgezet|goedzetten|vervangt|wijzigt|corrigeert|verbetert|bijwerkt'),
  concept('correct', 'goed|recht ~1 zetten|zet'),
  concept('correct', 'put|set ~2 right|straight'),
  // Belgian and Swiss usage, and the separable "passen Sie ... an".
  concept('correct', 'adapter|adaptez|actualiser|actualisez'),
  concept('correct', 'passen|passt ~6 an'),
  concept('newValue', 'wohne ~2 neu|jetzt|nun|seit'),
  // The right value in a line: "moet 21-04-1981 zijn", "richtig ist ...", "mon nom s'écrit ...", and a number that "eindigt op 58".
  concept('newValue', 'moet|moeten ~4 zijn'),
  concept('newValue', 'richtig ~1 ist|lautet|ware|waere'),
  concept('newValue', 's ~1 ecrit|ecrivent'),
  concept('newValue', 'eindigt|eindigen|ends|endet|enden|termine|finit ~2 op|on|in|with|auf|mit|par'),
  concept('stopUsing', 'niet|geen|not|nicht|ne|don|n ~4 meer|langer|longer|anymore|mehr|plus|t ~5 gebruiken|gebruikt|verwerken|use|using|process|processing|verwenden|nutzen|verarbeiten|utiliser|traiter|exploiter|doorsturen|delen|share|sharing|teilen|weitergeben|transmettre|partager'),
  concept('stopUsing', 'niet|geen|not|nicht|ne|don|n ~3 gebruiken|gebruikt|verwerken|use|using|process|verwenden|nutzen|verarbeiten|utiliser|traiter|doorsturen|delen|share|weitergeben|transmettre|doen|accessed'),
  concept('stopUsing', 'gebruik|gebruiken|use|verwenden|nutzen|utilisez|utiliser ~6 niet|not|nicht|pas|plus ~2 meer|langer|longer|mehr|plus'),
  // The use refused for what was just named, by pointing back: "gebruik mijn gegevens er niet voor", "gebruik ze daar niet voor".
  concept('stopUsing', 'gebruik|gebruikt ~4 er|daar ~1 niet ~1 voor'),
  concept('stopUsing', 'stop|stoppen|cease|halt|arreter|cesser|einstellen ~4 processing|using|use|verwerken|gebruiken|verarbeitung|verarbeiten|traitement|utiliser|traiter'),
  concept('stopUsing', 'ausschließlich|ausschliesslich|uitsluitend|exclusively|uniquement ~4 dafur|daarvoor|for|pour|voor'),
  concept('stopUsing', 'op ~1 slot'),
  // "Keep it on hold", not "on litigation hold": a legal hold preserves a mailbox for the firm's own case, it stops no use.
  concept('stopUsing', 'on hold'),
  // Nothing done with it meanwhile, in everyday words: "gewoon even niks mee doen", "or do anything with it", "nichts damit
  // machen", "n'en faites rien". Its time named ("while we sort it out", "tot dat is opgelost") is the dispute it waits on.
  concept('stopUsing', 'niks|niets|iets ~2 mee ~1 doen'),
  concept('stopUsing', 'do ~1 anything|nothing ~1 with ~1 it|them'),
  concept('stopUsing', 'nichts ~1 damit ~1 machen|tun|anfangen'),
  concept('stopUsing', 'n ~1 en ~1 faites|faire ~1 rien'),
  // The same with the data named: "do nothing with my data", "ne faites plus rien avec mes données", "machen Sie nichts mehr mit
  // meinen Daten", "doe niets meer met mijn gegevens".
  concept('stopUsing', 'do|doing ~2 nothing ~2 with ~1 @my ~1 data|details|information|records'),
  concept('stopUsing', 'don|dont|not ~2 do ~2 anything ~2 with ~1 @my ~1 data|details|information|records'),
  concept('stopUsing', 'rien ~2 faire|faites ~1 avec ~1 mes ~1 données|donnees|informations'),
  concept('stopUsing', 'faites|faire ~2 rien ~2 avec ~1 mes ~1 données|donnees|informations'),
  concept('stopUsing', 'nichts ~2 mit ~1 meinen|unseren ~1 daten|angaben ~1 machen|tun|anfangen'),
  concept('stopUsing', 'machen|tun ~2 nichts ~2 mit ~1 meinen|unseren ~1 daten|angaben'),
  concept('dispute', 'while|whilst ~2 we|you|i ~1 sort|sorting ~2 out'),
  // The matter the hold waits on, told as a check or a review still open: "while my objection is under review", "until you have
  // checked it", "zolang het bezwaar in behandeling is" (a request in hand is no such matter), "bis Sie das geprüft haben", "tant que vous examinez ma demande"; or only as
  // the time between, "in the meantime", "zwischenzeitlich", "dans l'intervalle". A use refused beside it is the restriction.
  concept('dispute', 'while|whilst|until|till|pending ~6 review|reviewed|reviewing|assessed|assessing|assessment|investigated|investigating|investigation|examined|examining|considered|considering|checking'),
  concept('dispute', 'under ~1 review|investigation|consideration'),
  concept('dispute', 'zolang|totdat|tot ~3 bezwaar|klacht|geschil|zaak|kwestie|correctie|betwisting ~3 in ~1 behandeling|onderzoek|beoordeling'),
  concept('dispute', 'bis|solange|während ~6 geprüft|überprüft|prüfen|überprüfen|geklärt|klären|untersucht|untersuchen|bearbeitet|bearbeiten|entschieden'),
  concept('dispute', 'tant ~1 que ~6 examen|examinez|examinée|examiné|vérifiez|vérifié|vérifiée|vérification|traitée|instruite|litige|contestation|opposition'),
  concept('dispute', 'meanwhile|meantime|zwischenzeitlich|zwischenzeit|einstweilen|intervalle'),
  concept('dispute', 'tot ~3 opgelost|uitgezocht|afgehandeld'),
  // Or as the firm still weighing it, by the verb or by the weighing going on: "zolang jullie daarover nadenken", "zolang die
  // beoordeling loopt", "solange die Prüfung läuft", "pendant que vous y réfléchissez" (English reads "until you decide" in its lexicon).
  concept('dispute', 'zolang|totdat ~4 nadenken|nadenkt|beoordelen|beoordeelt|afwegen|afweegt|overwegen|overweegt|beslissen|beslist'),
  concept('dispute', 'zolang|totdat ~3 beoordeling|afweging|toetsing|onderzoek|behandeling ~2 loopt|duurt|gaande|afgerond'),
  concept('dispute', 'solange|bis|während ~6 abwägen|abwägt|überlegen|überlegt|beurteilen|beurteilt|bewerten|bewertet|entscheiden'),
  concept('dispute', 'solange|bis|während ~3 prüfung|abwägung|untersuchung|bewertung|beurteilung ~2 läuft|dauert|andauert|abgeschlossen'),
  concept('dispute', 'tant|pendant ~1 que ~6 réfléchissez|réfléchit|évaluez|évalue|étudiez|étudie|analysez|analyse|décidez|décide'),
  concept('dispute', 'tant|pendant ~1 que ~3 examen|évaluation|analyse|étude ~2 est ~2 cours'),
  concept('stopUsing', 'sperren|bloquer|geler|freeze|blokkeren|restrict|beperken|einschranken|limiter|einschraenken|vastzetten|vastzet|vastgezet'),
  // The processing named before the verb that halts it: "de verwerking van mijn gegevens voor incasso te staken", "die Verarbeitung
  // meiner Daten auszusetzen", "processing of my data to be suspended".
  concept('stopUsing', 'verwerking|gebruik|verarbeitung|nutzung|traitement|utilisation|processing|use ~8 staken|stoppen|stopzetten|opschorten|einstellen|einzustellen|aussetzen|auszusetzen|suspendre|suspendu|suspendue|suspended|halted|stopped'),
  // Shut away so that no one can use it: "lock it so nobody can view or export it".
  concept('stopUsing', 'lock|locked|block|blocked|freeze|frozen ~3 so|that ~2 nobody|noone|none'),
  concept('stopUsing', 'lock|locked|block|blocked|freeze|frozen ~3 so|that ~2 no one'),
  // Kept shut, asked as the state to keep the data in: "just keep them locked", "keep my details locked away". The data by a pronoun
  // or as the sender's; an account kept blocked is IT work.
  concept('stopUsing', 'keep ~1 it|them|these|those ~1 locked|frozen'),
  concept('stopUsing', 'keep ~1 @my ~2 data|details|information|records|emails|files ~2 locked|frozen'),
  // Not used for anything, the "don't" written in haste: "dont use them for anything until I say so".
  concept('stopUsing', 'dont ~2 use|process|share ~3 anything|nothing'),
  // French use refused in the passive or the imperative: "qu'elle ne soit plus utilisée", "n'utilisez plus l'ancienne adresse".
  concept('stopUsing', 'ne|n ~3 plus|pas ~2 utilisée|utilisées|utilisé|utilisés|traitée|traitées|traité|traités|exploitée|exploitées|exploité|exploités'),
  concept('stopUsing', 'ne|n ~1 utilisez|utilisiez|traitez|traitiez|exploitez ~1 plus|pas'),
  concept('stopUsing', 'ne ~1 vous ~1 servez|serviez ~2 pas|plus ~2 de|des'),
  concept('stopUsing', 'voor|for ~1 iets|niets|anything|nothing ~1 anders|else'),
  concept('stopUsing', 'gebruik|gebruiken|use ~4 niet|not ~3 voor|for ~2 andere|other ~1 dingen|zaken|doeleinden|things|purposes'),
  // No other use than the one that keeps the data, or any other use refused: "for no other purpose than your tax duties", "à aucune
  // autre fin", "zu keinem anderen Zweck", "je m'oppose à toute autre utilisation", "geen enkel ander gebruik". Beside the data kept
  // or a retention named, it is the restriction (corpus README), not an objection.
  concept('stopUsing', 'no|geen|kein|keinem|keinen|keine|aucune|aucun ~2 other|ander|andere|anderen|anderem|autre|autres ~1 purpose|purposes|doel|doeleinden|zweck|zwecke|zwecken|fin|fins|usage|use|uses|utilisation|gebruik|verwendung|nutzung'),
  concept('stopUsing', 'any|elk|elke|ieder|iedere|jede|jeder|jeglicher|jegliche|toute|tout ~1 other|ander|andere|anderen|autre ~1 purpose|use|usage|utilisation|gebruik|verwendung|nutzung'),
  // Use stopped, asked in the passive: "I want my details stopped from being used", "kept from being shared".
  concept('stopUsing', 'stopped|kept|prevented|barred ~2 from ~1 being ~1 used|processed|shared'),
  concept('keep', 'verwijder|verwijderen|delete|erase ~3 niet|not'),
  // A legal retention that runs is, like a dispute, why data is kept but not used.
  concept('retention', 'bewaartermijn|bewaarplicht|belastingdienst|fiscale|fiscal|tax|retention|aufbewahrungspflicht|aufbewahrungsfrist|steuerlich|steuerliche|finanzamt|fiscales|fisc'),
  // The same retention set as the limit of an erasure asked ("al zijn gegevens te wissen voor zover we die niet wettelijk hoeven te
  // bewaren", "delete her data unless we must keep it by law", "soweit wir sie nicht aufbewahren müssen", "dans la mesure où nous ne
  // devons pas les conserver"): its keeping is the exception, not a refusal to erase, hence the words it masks.
  { kind: 'concept', concept: 'retention', pattern: 'voor ~1 zover|zolang ~8 bewaren|bewaard|bewaart|behouden|bewaarplicht|bewaartermijn', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'tenzij ~8 bewaren|bewaard|bewaart|behouden|bewaarplicht|bewaartermijn', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'insofar|inasmuch|unless ~8 keep|kept|keeping|retain|retained|retaining|preserve|preserved|retention', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'as ~1 far ~1 as ~8 keep|kept|keeping|retain|retained|retaining|preserve|preserved|retention', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'soweit|sofern ~8 aufbewahren|aufbewahrt|aufbewahrungspflicht*|aufbewahrungsfrist*|behalten|aufheben', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'es ~1 sei ~1 denn ~8 aufbewahren|aufbewahrt|aufbewahrungspflicht*|aufbewahrungsfrist*|behalten|aufheben', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'dans ~1 la ~1 mesure ~8 conserver|conservees|conservee|conserves|conserve|garder|conservation', masksWords: true },
  // The same limit told as what the law bars us from erasing ("voor zover u bepaalde gegevens wettelijk niet mag wissen", "insofar as
  // you may not delete some of it", "soweit Sie einzelne Daten nicht löschen dürfen", "dans la mesure où vous ne pouvez pas les
  // supprimer"): the erasure's exception, no ask not to erase.
  { kind: 'concept', concept: 'retention', pattern: 'voor ~1 zover|zolang ~10 niet ~2 mag|mogen|moogt|kunt|kan|kunnen|mocht|mochten ~1 wissen|verwijderen|vernietigen|weggooien', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'tenzij ~10 niet ~2 mag|mogen|moogt|kunt|kan|kunnen|mocht|mochten ~1 wissen|verwijderen|vernietigen|weggooien', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'insofar|inasmuch ~10 not|cannot|t ~3 delete|erase|remove|destroy', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'as ~1 far ~1 as ~10 not|cannot|t ~3 delete|erase|remove|destroy', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'soweit|sofern ~10 nicht ~3 löschen|loschen|loeschen|vernichten', masksWords: true },
  { kind: 'concept', concept: 'retention', pattern: 'dans ~1 la ~1 mesure ~10 pas ~3 supprimer|effacer|détruire|detruire', masksWords: true },
  // The keeping of that part asked in the Dutch imperative, of a thing pointed back to: "bewaar die dan", "bewaar ze".
  concept('keep', 'bewaar ~1 die|ze|deze|dat|het'),
  concept('stopUsing', 'niets|nothing|nichts|rien ~3 anders|else|anderes|autre|meer|more'),
  concept('stopUsing', 'nergens|nirgends|nowhere ~2 meer|mehr|more ~3 gebruik*|verwend*|nutz*|used|use'),
  concept('stopUsing', 'veux|souhaite ~3 pas ~4 qu ~2 ils|elles ~2 soient ~2 utilis*|transmis*'),
  concept('stopUsing', 'nergens|nirgends|nowhere ~3 voor|for|fur|anders|else|fuer'),
  concept('keep', 'gooi|gooien|weggooien ~4 niet|nog'),
  // A file that must go on existing is kept, in either order: "het dossier moet blijven bestaan", "die Akte muss bestehen bleiben".
  concept('keep', 'blijven|bleiben|rester ~2 staan|bestehen|bestaan|liegen|stehen'),
  concept('keep', 'bestaan|bestehen|existieren ~1 blijven|bleiben'),
  concept('keep', 'niet|nog ~1 niet ~4 weg|weggooien|vernietigen'),
  concept('keep', 'bewaren|storage|opslag|speicherung|stockage|archief|archive|archiv|bewaartermijn|aufbewahrungspflicht|aufbewahrungsfrist|bewaard|behouden|keep|kept|retain|preserve|aufbewahren|behalten|aufheben|conserver|garder|conservez|conservée|conservées|conservé|conservés|gardée|gardées'),
  concept('keep', 'niet|not|nicht|ne|don|n|pas|geen|keine ~3 verwijderen|wissen|delete|deleting|erase|loschen|supprimer|supprimez|effacer|vernietigen|destroy|loeschen'),
  concept('keep', 'niet|geen ~3 verwijdert|wist|weggooit|vernietigt|verwijderd|gewist|vernietigd'),
  // Kept when told so, in the imperative ("Bewaar ze", "Bewahren Sie sie auf" as "Keep them", "Conservez-les"), or when told to
  // wait with the deleting ("wacht nog even met verwijderen", "hold off on deleting", "warten Sie mit dem Löschen", "attendez
  // avant de supprimer"). Only the imperative, of something kept ("bewaar niets meer van mij" erases): "jullie wachten al weken
  // met verwijderen" complains of the delay. The deleting waited with is no erasure asked, so the name masks it.
  concept('keep', 'bewaar ~1 ze|die|deze|dat|dit|het|alles|mijn'),
  concept('keep', 'bewahren ~1 sie ~2 sie|es|diese|alles|meine ~3 auf'),
  { kind: 'concept', concept: 'keep', pattern: 'wacht ~3 met ~2 verwijderen|wissen|weghalen|anonimiseren|verwijdering|wissing', masksWords: true },
  { kind: 'concept', concept: 'keep', pattern: 'hold ~1 off ~2 deleting|erasing|removing|anonymising|anonymizing|deletion|erasure', masksWords: true },
  { kind: 'concept', concept: 'keep', pattern: 'wait ~3 with|before ~2 deleting|erasing|removing|anonymising|anonymizing|deletion|erasure', masksWords: true },
  { kind: 'concept', concept: 'keep', pattern: 'warten ~1 sie ~3 mit ~2 löschen|loeschen|löschung|loeschung|entfernen|anonymisieren', masksWords: true },
  { kind: 'concept', concept: 'keep', pattern: 'attendez|patientez ~3 avant ~1 de|d ~1 supprimer|effacer|anonymiser', masksWords: true },
  // Not deleted, in the passive a hold is asked in: "sollen nicht gelöscht, aber gesperrt werden", "must not be deleted or overwritten",
  // "ne doivent pas être supprimées".
  concept('keep', 'nicht ~2 gelöscht|geloescht|vernichtet|überschrieben|ueberschrieben ~2 aber|sondern|jedoch|werden|bleiben'),
  concept('keep', 'not ~3 be ~1 deleted|erased|overwritten|destroyed|purged'),
  concept('keep', 'pas ~3 être|etre ~1 supprimées|supprimés|supprimée|supprimé|effacées|effacés|effacée|effacé|détruites|détruits|écrasées|écrasés'),
  concept('keep', 'overwritten|overschreven|überschrieben|ueberschrieben|écrasées|écrasés ~3 not|niet|nicht|pas'),
  // Our own deleting told back as what we plan ("your notice saying you will delete my account", "jullie gaan mijn account
  // verwijderen", "Sie wollen mein Konto löschen", "vous allez supprimer mon compte"): the sender tells what we announced, often to
  // stop it, and asks no erasure (`RIGHT_SUPPRESSIONS`). The subject before the verb: "will you delete it?" asks.
  concept('erasurePlanned', 'you ~1 will|ll ~1 delete|remove|erase|wipe|purge'),
  concept('erasurePlanned', 'you ~1 want|intend|plan|wish ~1 to ~1 delete|remove|erase|wipe|purge'),
  concept('erasurePlanned', 'you ~1 are|re ~1 going|planning|about ~1 to ~1 delete|remove|erase|wipe|purge'),
  concept('erasurePlanned', 'jullie|u ~1 gaan|gaat|zullen|zult ~6 verwijderen|wissen|weggooien|opschonen'),
  concept('erasurePlanned', 'sie|ihr ~1 wollen|wollt|planen|beabsichtigen ~6 löschen|loschen|loeschen|entfernen'),
  concept('erasurePlanned', 'vous ~1 allez|comptez|prevoyez|envisagez ~4 supprimer|effacer|detruire'),
  // So is a deletion of the sender's own that someone else means to have done, told in the third person: "my former employer plans
  // to have my mailbox deleted", "hij wil mijn mailbox laten verwijderen", "dass er mein Postfach löschen lassen will", "il comptait
  // faire supprimer ma boîte". What a third party plans for his own data ("he wants his data deleted") is passed on, no plan told.
  concept('erasurePlanned', 'he|she|they ~1 will|ll|wants|wanted|intends|intended|plans|planned|means|meant|is|was|are|were ~2 delete|remove|erase|wipe|purge ~1 my'),
  concept('erasurePlanned', 'he|she|they ~1 wants|wanted|intends|intended|plans|planned|means|meant|is|was|are|were ~3 have|get ~1 my ~3 deleted|removed|erased|wiped|purged'),
  concept('erasurePlanned', 'hij|zij ~1 wil|wilde|gaat|ging|plant|zal ~4 mijn ~3 verwijderen|wissen|weghalen|laten'),
  concept('erasurePlanned', 'hij|zij ~3 mijn ~4 wil|wilde|gaat|ging ~2 verwijderen|wissen|weghalen|laten'),
  concept('erasurePlanned', 'er ~1 will|wollte|plant|plante|beabsichtigt ~4 mein|meine|meinen ~3 löschen|loschen|loeschen|entfernen'),
  concept('erasurePlanned', 'er ~1 mein|meine|meinen ~3 löschen|loschen|loeschen|entfernen ~2 lassen|will|wollte|möchte|mochte|moechte'),
  concept('erasurePlanned', 'il|elle|ils|elles ~1 compte|comptait|va|allait|veut|voulait|prevoit|prevoyait|envisage|envisageait ~3 supprimer|effacer|detruire ~2 ma|mon|mes'),
  // A mail deleted by the people it reached, asked of them, or taken back ("ask everyone on the list to delete the message", "de
  // ontvangers vragen de mail te verwijderen", "die Empfänger bitten, die Nachricht zu löschen", "demander aux destinataires de
  // supprimer le message", "recall or delete it from our mailboxes"): what a breach reporter suggests we do about it, no data of
  // his erased and no list left. Its words of erasing are masked; an erasure asked beside it in words of its own still stands. The
  // people it reached are named: "delete the messages I sent you" erases the sender's own, and "Mail" in German and Dutch stands
  // right before the verb, so no address can follow it. No article between: phrases match without backtracking, and the first
  // "de" or "die" after the people may be another's.
  { kind: 'concept', concept: 'mailErased', pattern: 'ask|asking|tell|telling|request|requesting|get|getting ~1 them|everyone|everybody|recipients|people|all|each ~6 delete|destroy|remove ~3 message|messages|invite|invites|invitation|invitations|attachment|attachments|email|emails|mail|mails', masksWords: true },
  { kind: 'concept', concept: 'mailErased', pattern: 'recall|recalling ~3 delete|remove ~1 it|them', masksWords: true },
  { kind: 'concept', concept: 'mailErased', pattern: 'delete|remove ~1 it|them ~1 from ~2 mailboxes|mailbox|inboxes|inbox', masksWords: true },
  { kind: 'concept', concept: 'mailErased', pattern: 'ontvangers|geadresseerden|iedereen|mensen|allen ~6 mail|mails|mailtje|bericht|berichten|uitnodiging|bijlage te verwijderen|wissen|vernietigen', masksWords: true },
  { kind: 'concept', concept: 'mailErased', pattern: 'empfänger|empfanger|empfaenger|alle|jeden|personen ~6 mail|nachricht|nachrichten|einladung|anhang zu löschen|loschen|loeschen|vernichten', masksWords: true },
  { kind: 'concept', concept: 'mailErased', pattern: 'destinataires|chacun|tous|personnes ~6 supprimer|effacer|detruire|détruire ~3 message|messages|courriel|courriels|mail|mails|invitation|invitations', masksWords: true },
  // Our deleting, of nothing named, as the time a copy is wanted by ("Before you delete anything, send me ...", "voordat jullie iets
  // verwijderen", "bevor Sie etwas löschen", "avant de supprimer quoi que ce soit"): the step we will take, no erasure asked. Its
  // words of erasing are masked; an erasure asked beside it in words of its own still stands.
  { kind: 'concept', concept: 'erasureAhead', pattern: 'before ~2 you|we|u ~2 delete|remove|erase|wipe|close|purge|clear ~1 anything|something', masksWords: true },
  { kind: 'concept', concept: 'erasureAhead', pattern: 'before ~2 anything|something ~2 is|gets ~1 deleted|removed|erased|wiped|closed|purged', masksWords: true },
  { kind: 'concept', concept: 'erasureAhead', pattern: 'voordat|voor|eer|alvorens ~3 jullie|u|je|er ~3 iets ~3 verwijderen|verwijdert|verwijderd|wissen|wist|gewist|weggooien|weggooit|weghalen|weghaalt', masksWords: true },
  { kind: 'concept', concept: 'erasureAhead', pattern: 'bevor|ehe ~2 sie|ihr|man ~2 etwas|irgendetwas|was ~2 löschen|loschen|loeschen|entfernen', masksWords: true },
  { kind: 'concept', concept: 'erasureAhead', pattern: 'bevor|ehe ~2 etwas|irgendetwas ~2 gelöscht|geloscht|geloescht|entfernt', masksWords: true },
  { kind: 'concept', concept: 'erasureAhead', pattern: 'avant ~4 supprimer|effacer|supprimiez|effaciez|detruire|detruisiez ~2 quoi ~2 que ~1 ce ~1 soit', masksWords: true },
  { kind: 'concept', concept: 'erasureAhead', pattern: 'avant ~2 de|d ~1 rien ~1 supprimer|effacer|detruire', masksWords: true },
  // Deletion itself refused: "please do not delete or anonymise it", "de gegevens niet te verwijderen", "löschen Sie nichts", "ne supprimez
  // rien". The mail's words of erasing name what must not happen (`MailFacts.refusesErasure`). The negation right before the verb
  // or its "te": "geen verlenging, dus alles verwijderen" and "löschen, soweit Sie nicht ... verpflichtet sind" still ask it.
  concept('notToErase', 'niet|not|nicht|don|geen|keine|nothing|niets|niks|nichts|rien|aucune ~1 verwijderen|wissen|weggooien|delete|deleting|erase|anonymise|anonymize|anonimiseren|löschen|supprimer|supprimez|effacer|effacez|vernietigen|destroy|vernichten'),
  concept('notToErase', 'niet|not|nicht te|to|zu ~3 verwijderen|wissen|delete|erase|löschen|loschen'),
  concept('notToErase', 'niet|not|nicht ~2 kunnen|mogen|hoeven|can|may|konnen|durfen ~1 verwijderen|wissen|delete|erase|löschen|loschen'),
  concept('notToErase', 'löschen|vernichten sie|ihr ~1 nicht|nichts'),
  concept('notToErase', 'supprimez|effacez|supprimer|effacer ~1 rien'),
  // Deletion denied as an ask: "we are not asking you to erase the old tickets".
  concept('notToErase', 'not ~2 asking|requesting ~3 to ~2 remove|delete|erase'),
  // Deletion refused by a verb of holding back, a lawyer's word: "refrain from deleting any of it", "s'abstenir de supprimer",
  // "von der Löschung absehen", "af te zien van het verwijderen". It keeps the data, as "do not delete" does.
  ...concepts(['notToErase', 'keep'], 'refrain|refraining|abstain|abstaining ~2 from ~3 deleting|erasing|destroying|anonymising|anonymizing|deletion|erasure|destruction'),
  ...concepts(['notToErase', 'keep'], 'abstenir|abstenez|abstienne|abstiennent|abstention ~3 supprimer|effacer|détruire|detruire|suppression|effacement|destruction'),
  ...concepts(['notToErase', 'keep'], 'löschung|loschung|loeschung|vernichtung ~3 absehen|abzusehen'),
  // The verb of seeing in it sees nothing of the data: "sehen Sie davon ab", "af te zien van".
  { kind: 'concept', concept: 'notToErase', pattern: 'sehen|seht ~3 davon ~1 ab ~5 zu ~1 löschen|loschen|loeschen|vernichten', masksWords: true },
  { kind: 'concept', concept: 'notToErase', pattern: 'afzien|afziet|zien ~1 van ~4 verwijderen|wissen|vernietigen|verwijdering|vernietiging', masksWords: true },
  concept('keep', 'davon ~1 ab ~5 zu ~1 löschen|loschen|loeschen|vernichten'),
  concept('keep', 'afzien|afziet|zien ~1 van ~4 verwijderen|wissen|vernietigen|verwijdering|vernietiging'),
  // What the sender deleted himself, told in the past ("Ich habe sie gelöscht" under another customer's invoice, "I've deleted it",
  // "ik heb die mail verwijderd", "je l'ai supprimé"), asks no erasure of us: the phrase masks its verb. The object a pronoun or the
  // mail, so "I deleted my account, now delete my data too" still asks.
  { kind: 'concept', concept: 'deletedMyself', pattern: 'ich ~1 habe ~1 sie|es|ihn|die|diese|diesen|den|das ~3 gelöscht|geloescht|vernichtet|entsorgt', masksWords: true },
  { kind: 'concept', concept: 'deletedMyself', pattern: 'habe ~1 ich ~1 sie|es|ihn ~2 gelöscht|geloescht|vernichtet|entsorgt', masksWords: true },
  { kind: 'concept', concept: 'deletedMyself', pattern: 'i ~2 deleted|destroyed|shredded|binned|trashed ~2 it|them|the|this|that|those', masksWords: true },
  { kind: 'concept', concept: 'deletedMyself', pattern: 'ik ~1 heb ~1 hem|het|ze|die|deze|de ~3 verwijderd|gewist|weggegooid|vernietigd', masksWords: true },
  { kind: 'concept', concept: 'deletedMyself', pattern: 'heb ~1 ik ~1 hem|het|ze ~2 verwijderd|gewist|weggegooid|vernietigd', masksWords: true },
  { kind: 'concept', concept: 'deletedMyself', pattern: 'j|je ~1 l|les|ai ~1 ai ~3 supprimé|supprimée|supprimés|supprimées|effacé|effacée|effacés|effacées|détruit|détruite|détruits|détruites', masksWords: true },
  // Someone who got in touch knew the sender's details ("a caller who knew my name and address", "jemand rief an und wusste meinen
  // Namen", "iemand die mijn geboortedatum wist"): the data reached the caller, not the sender, who asks where it came from.
  concept('knewMine', 'knew|wusste|wussten|kannte|kannten|wist|wisten|kende|kenden|savait|savaient|connaissait|connaissaient ~4 @mine|me|mich|mij|moi|him|her|ihn|hem|haar|lui|his|seinen|seine|ihren|zijn|son|sa|ses'),
  concept('knewMine', '@mine|zijn|haar ~4 naam|adres|geboortedatum|nummer|telefoonnummer ~2 wist|wisten|kende|kenden'),
  concept('dispute', 'until|totdat|bis|jusqu ~6 sorted|resolved|corrected|checked|clarified|settled|verified|uitgezocht|opgelost|gecorrigeerd|geklart|corrige|verifie|geklaert'),
  concept('stopUsing', 'verwenden|nutzen|verwendet|nutzt ~2 sie|diese ~4 nicht'),
  concept('dispute', 'en ~1 attendant|attente ~3 verification|verifications|examen|correction|clarification'),
  concept('dispute', 'bis ~3 zur ~1 klarung|klaerung|prufung|pruefung|berichtigung'),
  // Until a correction is made or a decision taken: "until that's decided", "bis die Korrektur erfolgt ist", "bis das erledigt ist",
  // "tot dat gebeurd is", "jusqu'à la décision". Words of any errand ("until that is done, don't use the old server"): the hold
  // needs the sender's detail or a recording beside it, or the data kept (`RIGHT_COMBINATIONS`).
  concept('pendingOutcome', 'until|till|pending ~4 decided|decision|correction|corrections|corrected|done'),
  // The authority's or a court's decision awaited: "awaiting their decision", "en attendant sa décision", "in afwachting van hun
  // oordeel", "bis zu deren Entscheidung".
  concept('pendingOutcome', 'awaiting|await ~3 decision|outcome|ruling|verdict'),
  concept('pendingOutcome', 'en ~1 attendant ~3 décision|decision|issue|conclusions|avis'),
  concept('pendingOutcome', 'in ~1 afwachting ~4 beslissing|uitspraak|oordeel|uitkomst|besluit'),
  concept('pendingOutcome', 'bis ~3 entscheidung|entscheid|urteil'),
  concept('pendingOutcome', 'bis|solange ~4 korrektur|berichtigung|änderung|aenderung|entscheidung|entschieden ~3 erfolgt|erledigt|durchgeführt|durchgefuehrt|vorgenommen|gefallen|ist'),
  concept('pendingOutcome', 'bis ~2 zur ~1 korrektur|entscheidung|änderung|aenderung'),
  concept('pendingOutcome', 'bis|solange ~2 das|dies|es ~2 erledigt|korrigiert|geändert|geaendert|entschieden ~1 ist'),
  concept('pendingOutcome', 'jusqu ~3 a ~2 la|ce ~3 décision|décidé|décidée|correction|corrigé|corrigée'),
  concept('pendingOutcome', 'tant ~1 que ~5 fait|corrige|corrigee|rectifie|rectifiee|verifie|verifiee|regle|reglee|decide|decidee'),
  concept('pendingOutcome', 'tot|totdat|zolang ~2 dat|het|dit|die|deze ~3 gebeurd|aangepast|gecorrigeerd|verbeterd|rechtgezet|gewijzigd|besloten ~1 is'),
  concept('pendingOutcome', 'tot ~2 de ~1 beslissing|correctie|aanpassing'),
  // "Solange das nicht geschehen ist, ... nicht weiter verwendet": kept unused until corrected.
  concept('dispute', 'solange ~3 das|dies|es|dieser|diese ~3 nicht ~2 geschehen|erfolgt|passiert|berichtigt|korrigiert|geklärt|geklart|geklaert|geprüft|gepruft|geprueft'),
  concept('stopUsing', 'nicht|keinesfalls ~2 weiter|mehr ~3 verwendet|genutzt|benutzt|benutzen|verarbeitet|weitergegeben|verschickt|versendet'),
  concept('dispute', 'conflict|arbeidsconflict|konflikt|conflit|uitgezocht|rechter|kantonrechter|sorted|geklaert|prud|arbeidsrechtelijke|arbeitsrechtliche|geschil|dispute|disputed|contesting|contest|contested|claim|litigation|betwist|betwisten|bestreite|bestreiten|conteste|contester|lawsuit|rechtszaak|procedure|proceedings|gerichtsverfahren|klageverfahren|gerichtsprozess|rechtsverfahren|discussie|streit|rechtsstreit|verfahren|klage|litige|contentieux|recours|proces|disagreement|insurer|verzekeraar|versicherung|assureur|tribunal|rechtbank|gericht|court|juge|avocat|advocaat|lawyer|anwalt|correction|correctie|berichtigung|rectification|aangepast|corrected|corrigee|berichtigt|settled|resolved|opgelost|geklart'),
  // Also for the one the sender writes for: "widerspricht meine Mandantin der Auswertung".
  concept('object', 'object|objecting|widerspreche|widersprechen|widerspricht|oppose|opposer'),
  // The noun also heads an item about the right in a newsletter ("Widerspruch gegen Direktwerbung"): what it makes is a topic.
  { kind: 'concept', concept: 'object', pattern: 'bezwaar|objection|widerspruch|opposition', topic: true },
  concept('refuse', 'niet|not|nicht|pas ~3 ok|okay|oke|einverstanden|eens|akkoord|agree'),
  concept('refuse', 'pas ~2 d ~1 accord'),
  concept('refuse', 'dat|that ~1 wil|want ~1 ik|i ~1 niet|not'),
  // The German word order of the same: "Das möchte ich nicht (mehr)", "Das will ich nicht".
  concept('refuse', 'das|dies ~1 will|mochte|möchte|moechte ~1 ich|wir ~1 nicht'),
  concept('refuse', 'will|wollen|mochte|möchte|moechte ~2 nicht ~2 mehr ~2 dass'),
  // The thing not wanted told first as a clause of its own: "Dass Sie auswerten, was ich anklicke, möchte ich nicht."
  concept('refuse', 'dass ~10 will|mochte|möchte|moechte ~1 ich|wir ~1 nicht'),
  // Tracking told as what the sender clicks, opens or reads: "ce que j'ouvre et sur quoi je clique", "welche Artikel ich anklicke",
  // "what I click in your mails", "wat ik open en aanklik". "Which" only before a click: "the file which I opened" is no tracking.
  concept('profiling', 'what ~2 i ~1 click|clicks|clicked|open|opened|read'),
  concept('profiling', 'which ~3 i ~1 click|clicks|clicked'),
  concept('profiling', 'welche|was ~3 ich ~2 anklicke|klicke|offne|öffne|oeffne|lese'),
  concept('profiling', 'ce|quoi ~3 j|je ~1 ouvre|clique|lis|consulte'),
  concept('profiling', 'wat|welke ~4 ik ~2 aanklik|klik|open|lees'),
  // Followed, of what the sender reads or clicks: "je ne souhaite pas que vous suiviez ce que j'ouvre".
  concept('profiling', 'suiviez|pistiez|traquiez'),
  concept('profiling', 'profiled|geprofileerd|profiliert|profilee|profilees|trackt|klickverhalten|surfverhalten|nutzungsverhalten|auswerten|auszuwerten|auswertung|comportement|navigation'),
  concept('refuse', 'zonder|without|ohne|sans ~2 dat|that|dass|que'),
  concept('refuse', 'refuse|refuses|weiger|weigere|verweigere|verweigert|refuser ~3 que|dat|dass|that|to'),
  concept('refuse', 'wil|want|mochte|veux|souhaite|moechte ~3 niet|not|nicht|pas ~4 dat|that|dass|que'),
  concept('refuse', 'don|do|niet|nicht|pas ~2 t|not ~2 consent|toestemming|einverstanden|accepte|want'),
  // Plain words: "I dont want" typed without its apostrophe, and taking part no more ("ik wil niet meer meedoen aan die enquêtes",
  // "ich möchte an den Umfragen nicht mehr teilnehmen"): with surveys (`profiling`) they object.
  concept('refuse', 'dont ~1 want|wish|like'),
  concept('refuse', 'niet|nicht ~2 meer|mehr ~4 meedoen|deelnemen|meewerken|teilnehmen|mitmachen'),
  concept('refuse', 'wil|willen|will|mochte|möchte|moechte ~3 niet|nicht ~4 meedoen|deelnemen|meewerken|teilnehmen|mitmachen'),
  // The thing named first, then not wanted any more with the verb before its subject: "zo'n enquête na elk ticket, wil ik niet
  // meer", "diese Umfragen will ich nicht mehr", "hoef ik niet meer".
  concept('refuse', 'wil|hoef ~1 ik ~1 niet ~1 meer'),
  // With the subject first, pointing back at what was told: "Ik krijg na elke bestelling een enquête. Ik wil dat niet meer.",
  // "Je reçois un questionnaire après chaque visite. Je ne veux plus ça."
  concept('refuse', 'ik ~1 wil|hoef ~1 dat|dit|die|deze ~1 niet ~1 meer'),
  concept('refuse', 'ne ~1 veux|voulons|souhaite ~1 plus ~1 ca|cela'),
  concept('refuse', 'will|mag|möchte|mochte|moechte|brauche ~1 ich ~1 nicht|keine ~1 mehr'),
  // The sender's preference against, in polite words: "I'd rather you didn't track me", "I'd prefer mine weren't [recorded]", "ik
  // word liever niet opgenomen", "mir wäre lieber, wenn Sie mich nicht tracken", "je préférerais ne pas être enregistré". His own:
  // "two of our staff would rather not be in the photo" is no objection of his. An ingredient of its own: "I'd rather you didn't
  // call me before nine" leaves no mailing, as a refusal of calls would.
  concept('preferNot', 'i ~2 rather|prefer ~3 not|didn|weren|wasn|wouldn|don'),
  concept('preferNot', 'ik|mij|me|ich|mir ~3 liever|lieber ~8 niet|geen|nicht|kein|keine|keinen'),
  concept('preferNot', 'je|j ~1 prefere|preferer|preferais|prefererais ~3 ne|n|pas'),
  // "Ik vind het niet (meer) goed dat mijn foto gebruikt wordt" refuses a use; its "goed" says no value is wrong.
  { kind: 'concept', concept: 'refuse', pattern: 'vind|vinden|vindt ~3 niet ~2 goed|oke|ok|prettig|fijn ~2 dat', masksWords: true },
  concept('withdrawConsent', '@withdraw ~6 @consent'),
  concept('withdrawConsent', '@withdraw ~2 mon|notre ~1 accord|autorisation'),
  concept('withdrawConsent', 'einverstandnis|einverstaendnis ~6 zuruck|widerrufe|widerrufen|zurueck'),
  // German sets the verb last, after what the consent was for: "Meine Einwilligung zur Nennung als Referenzkunde auf Ihrer
  // Website widerrufe ich hiermit."
  concept('withdrawConsent', '@consent ~8 @withdraw'),
  // "toestemming ... in te trekken", "toestemming trek ik terug": the Dutch particles, not English "consent in writing".
  concept('withdrawConsent', '@consent ~6 in|terug', 'nl'),
  concept('profiling', 'trackers|tracker|pixels|pixel|trackingpixels|trackingpixel|klanttevredenheidsonderzoek|klanttevredenheidsonderzoeken|tevredenheidsonderzoek|enquete|enquête|survey|marketingprofiel|marketingprofielen|klantprofiel|klantprofielen|profielen|profiles|bijhouden|bijhoudt|klikgedrag|aanklik|aanklikt|links|verknupfen|verknupft|koppelen|gekoppeld|profilering|profiling|profilage|profiel|profile|profil|tracking|tracken|track|volgen|suivi|nachverfolgen|analytics|analyse|analyses|statistiken|enrichment|verrijking|anreicherung|enrichissement|scoring|score|lead|sharing|delen|weitergabe|doorverkopen|sell|selling|verkaufen|vendre|cookies|pixel|opens|clicks|klicks|clics|umfragen|enquetes|onderzoek|onderzoeken|research|marktforschung|surveys|sondages|kundenumfragen|zufriedenheitsumfragen|befragungen|kundenbefragungen|tevredenheidsonderzoeken|questionnaires'),
  // Surveys by name, apart from the other profiling words: sent no more, they are objected to, not a mailing left (corpus README).
  // A survey named by the question it asks: "those 'Hoe tevreden bent u?' mails", "the 'how did we do?' emails", "diese
  // „Wie zufrieden waren Sie?“-Mails", "les mails « Êtes-vous satisfait ? »".
  // The list the surveys go out to is theirs, no mailing list: "your survey list", "de lijst voor de enquêtes", "die Liste für
  // Umfragen", "la liste des sondages".
  { kind: 'concept', concept: 'surveys', pattern: 'survey|surveys|enquete|enquetes|umfrage|umfragen|sondage|sondages ~1 list|lists|lijst|lijsten|liste|listen', masksWords: true },
  { kind: 'concept', concept: 'surveys', pattern: 'list|lists|lijst|lijsten|liste|listen ~3 for|voor|fur|für|fuer|des|de|van ~2 survey|surveys|enquete|enquetes|enquêtes|umfrage|umfragen|sondage|sondages', masksWords: true },
  concept('surveys', 'hoe ~1 tevreden ~1 bent|ben|was|waart|waren'),
  concept('surveys', 'how ~1 satisfied|happy ~1 are|were ~1 you'),
  concept('surveys', 'how ~1 did ~1 we ~1 do'),
  concept('surveys', 'rate ~1 your ~1 experience|support|service'),
  concept('surveys', 'wie ~1 zufrieden ~1 sind|waren|bist|warst ~1 sie|du'),
  concept('surveys', 'etes|etiez ~1 vous ~1 satisfait|satisfaite|satisfaits|satisfaites'),
  concept('surveys', 'tevredenheidsenquete|tevredenheidsenquetes|klanttevredenheidsenquete|klanttevredenheidsenquetes|survey|surveys|enquete|enquetes|vragenlijst|vragenlijsten|vragenlijstje|tevredenheidsonderzoek|tevredenheidsonderzoeken|klanttevredenheidsonderzoek|klanttevredenheidsonderzoeken|umfrage|umfragen|kundenumfrage|kundenumfragen|zufriedenheitsumfrage|zufriedenheitsumfragen|befragung|befragungen|kundenbefragung|kundenbefragungen|fragebogen|sondage|sondages|questionnaire|questionnaires'),
  // The mails that ask how satisfied the sender was are surveys too: "die tevredenheidsmails na elk ticket", "the feedback emails after
  // every visit", "diese Zufriedenheitsmails", "les mails de satisfaction".
  concept('surveys', 'tevredenheidsmails|tevredenheidsmail|feedbackmails|feedbackmail|reviewmails|reviewverzoeken|zufriedenheitsmails|feedbackmails|bewertungsmails|bewertungsanfragen|feedbackanfragen'),
  concept('surveys', 'satisfaction|feedback|review|rating ~1 emails|email|mails|mail|requests|messages|e'),
  concept('surveys', 'mails|mail|emails|courriels|messages|enquetes|enquete ~2 de ~1 satisfaction'),
  concept('calls', 'bellen|belletjes|gebeld|telefoontjes|telefoontje|calls|calling|called|phone|anrufe|anrufen|angerufen|appels|appeler|appelle|demarchage|telefonische|verkoopgesprekken|sales'),
  // "Telefonisch" is how something was said ("zoals telefonisch besproken") unless someone is approached by phone.
  concept('calls', 'telefonisch ~3 benaderd|benaderen|benadert|gebeld|lastiggevallen|aangeboden|geworven|acquisitie|verkoop|contact|gecontacteerd'),
  // A case study or testimonial shows the person, as a photo does: objecting to it is no unsubscribe.
  concept('recording', 'footage|camerabeelden|videobeelden|kamerabilder|videoaufnahmen'),
  concept('recording', 'case ~1 study|studies'),
  concept('recording', 'marketing ~1 content|material|materials|materiaal|brochure|brochures'),
  concept('recording', 'casestudy|testimonial|testimonials|temoignage|temoignages|erfahrungsbericht|referentieverhaal|klantverhaal'),
  // Data shared with advertisers or partners: objecting to that is objection, not leaving a mailing.
  concept('profiling', 'share|shares|shared|gedeeld|partagees|partages ~6 advertisers|adverteerders|partners|partner|third|derden|dritte|dritten|tiers'),
  concept('profiling', 'share|shares ~1 @mine ~1 @personalData ~5 anyone|advertising'),
  concept('recording', 'enregistres|enregistrees|enregistree|aufgenommen|mitgeschnitten|mitschneiden'),
  concept('recording', 'opnemen|opgenomen|opname|opnames|recording|recordings|recorded|aufzeichnung|aufzeichnen|aufgezeichnet|enregistrement|enregistrer|enregistre|camera|video|foto|photo|photos|fotos|face|gezicht|gesicht|visage'),
  concept('mailingList', 'listes|lijsten|listen|lists|nieuwsbrief|nieuwsbrieven|newsletter|newsletters|mailinglijst|mailinglist|mailing|mailings|verzendlijst|lijst|list|liste|verteiler|mailingliste|infolettre|adressenbestand|klantnieuwsbrief|klantennieuwsbrief|kundennewsletter'),
  // A list the sender asks to be sent is a document, no mailing to leave: "send me the list before you delete them", "stuur me eerst
  // de lijst", "schicken Sie mir die Liste", "envoyez-moi la liste". It masks the list from `mailingList`. Asked with the verb
  // first only: a verb at the end would mask what stands between ("eine Excel-Liste mit allem ... schicken" names a format).
  { kind: 'concept', concept: 'getCopy', pattern: 'send|mail|email|give ~2 the|a|that|this|your ~1 list|lists', masksWords: true },
  { kind: 'concept', concept: 'getCopy', pattern: 'stuur|stuurt|mail|geef ~3 de|die|een|het ~1 lijst|lijstje|lijsten', masksWords: true },
  { kind: 'concept', concept: 'getCopy', pattern: 'schicken|schickt|schick|senden|sendet|mailen|zuschicken|geben ~3 die|eine|der ~1 liste|listen', masksWords: true },
  { kind: 'concept', concept: 'getCopy', pattern: 'envoyez|envoyer|envoie|transmettez|transmettre ~3 la|une|cette ~1 liste', masksWords: true },
  // Our own newsletters by their names; the built-in profile's names are valid patterns (its loader checks them).
  ...(loadDefaultOrganisationProfile().newsletterNames ?? []).map((name) => concept('mailingList', name)),
  // Mail the sender no longer wants is a mailing: "I still don't want these emails. Please just remove me", "ik wil die mails
  // niet meer", "ich möchte diese E-Mails nicht mehr", "je ne veux plus ces courriels". Only with the negation: "I want these
  // emails deleted" names mail that holds data.
  concept('mailingList', 'don|dont|not|longer ~2 want|need|wish ~2 these|those|your|any|such ~2 emails|mails|messages|newsletters'),
  concept('mailingList', 'wil|willen ~2 deze|die|jullie|uw|geen ~2 mails|emails|mailtjes|berichten ~3 niet|meer'),
  concept('mailingList', 'mochte|moechte|will|wollen ~2 diese|ihre|eure|keine ~2 mails|emails|nachrichten ~3 nicht|mehr'),
  concept('mailingList', 'ne ~1 veux|voulons|souhaite|souhaitons|desire ~1 plus|pas ~3 ces|vos|de ~2 mails|emails|courriels|messages'),
  // Invitations that keep coming are a mailing, though they invite to an event: leaving them is no event left
  // ("ik krijg steeds uitnodigingen voor jullie webinars", "jede Woche eine Einladung", "chaque semaine une invitation").
  concept('invitations', 'uitnodigingen|uitnodigingsmails|invitations|einladungen|einladungsmails'),
  // Our invitations, named as the reader's ("your invitations", "Ihre Einladungen", "vos invitations"), are marketing that reaches him:
  // wished no more, they are left. The link under a mass mailing names the writer's own ("nos invitations"), a registration one event.
  concept('marketing', 'your|uw|jullie|je|ihre|ihren|eure|euren|vos|votre ~1 uitnodigingen|uitnodigingsmails|invitations|einladungen|einladungsmails'),
  concept('invitations', 'elke|iedere|every|jede|jeden|chaque ~4 uitnodiging|invitation|einladung'),
  // Sales mails that follow one another are a mailing of ours to leave, not data to erase: "haal me uit deze verkoopmails",
  // "nehmt mich aus euren Vertriebsmails". Plural: one sales mail to delete is a message.
  concept('mailingList', 'verkoopmails|salesmails|acquisitiemails|opvolgmails|mailreeks|vertriebsmails|verkaufsmails|akquisemails'),
  // A sales sequence and its follow-ups are a mailing too: "take me out of your sales sequence", "stop the follow-up calls and emails",
  // "haal me uit jullie verkoopreeks", "aus Ihrer Vertriebssequenz".
  concept('mailingList', 'sales|outreach|prospecting ~1 sequence|sequences|cadence|cadences'),
  concept('mailingList', 'follow ~1 up|ups ~3 emails|mails|calls|messages|sequence'),
  concept('mailingList', 'followups|verkoopreeks|salesreeks|opvolgreeks|vertriebssequenz|nachfassmails|nachfassaktion'),
  concept('mailingList', 'sequence|sequences ~1 commerciale|commerciales|de ~1 prospection'),
  concept('mailingList', 'nieuwsbriefbestand|nieuwsbrieflijst|mailingbestand|verzendbestand|marketingbestand|marketinglijst|bellijst|bellijsten|belbestand'),
  // Mail that is no marketing of ours to leave (DESIGN section 2: unsubscribe objects to direct marketing): service notices,
  // ticket updates and alerts, reports, an internal distribution list.
  concept('notOurMailing', 'ticketupdates|ticketmeldingen|ticketmails|ticketberichten|ticketbenachrichtigungen|storingsmelding|storingsmeldingen|storingsberichten|storingsmails|onderhoudsmelding|onderhoudsmeldingen|onderhoudsbericht|onderhoudsberichten|systeemmeldingen|statusmeldingen|störungsmeldung|störungsmeldungen|wartungsmeldung|wartungsmeldungen|wartungsankündigung|wartungsankündigungen|wartungsinfos|systemmeldungen|alarmmeldungen|monitoring|monitoringmeldungen|supervision|dmarc|alert|alerts|alerte|alertes|alerten|meldingen|distributielijst|distributielijsten|distributiegroep|distributiegroepen'),
  concept('notOurMailing', 'ticket|tickets ~2 updates|update|meldingen|mails|berichten|notifications|notificaties|benachrichtigungen|nachrichten|mises'),
  // "Update" as the name of a mail of ours, no correction asked: "your ticket update email", "the status update", "the update mail".
  { kind: 'concept', concept: 'notOurMailing', pattern: 'ticket|tickets|status ~1 update|updates', masksWords: true },
  { kind: 'concept', concept: 'notOurMailing', pattern: 'update|updates ~1 email|emails|mail|mails|notification|notifications|message|messages', masksWords: true },
  concept('notOurMailing', 'updates|meldingen|notifications|notificaties|benachrichtigungen ~4 ticket|tickets|storing|storingen|onderhoud|wartung|maintenance|outage|outages|incident|incidents|backup|backups|sauvegarde|sauvegardes'),
  concept('notOurMailing', 'maintenance|outage|incident|status|backup|service ~1 notices|notice|notifications|alerts|reports|mails|emails|messages'),
  concept('notOurMailing', 'backup|backups|nightly|daily|weekly ~2 reports|report|rapporten|rapport|rapports|berichte|bericht'),
  concept('notOurMailing', 'distribution ~1 list|lists|group|groups'),
  // A software subscription we resell, cancelled, is a contract, no mailing: "take us off the Office 365 subscription", "ons antivirus-abonnement opzeggen".
  concept('notOurMailing', 'adobe|microsoft|office|m365|365|cloud|software|licence|license|licentie|lizenz|saas|antivirus ~3 subscription|subscriptions|abonnement|abonnementen|abo|abos|abonnements'),
  // Ours, though: "take me off your distribution list", "haal me uit jullie distributielijst".
  { kind: 'concept', concept: 'mailingList', pattern: 'your distribution list|lists', masksWords: true },
  { kind: 'concept', concept: 'mailingList', pattern: 'uw|jullie distributielijst|distributielijsten', masksWords: true },
  // Signed off one training or session, as from an event: "pls unsubscribe me from thursday's teams training, cant make it".
  concept('notOurMailing', 'unsubscribe|afmelden|abmelden|uitschrijven|desinscrire|desinscrivez ~5 training|cursus|workshop|sessie|session|schulung|formation|vergadering|meeting'),
  // So is one event's list of guests: "please take me off the attendee list", "zet me maar van de deelnemerslijst".
  concept('notOurMailing', 'attendee|attendees|participant|participants|guest|guests ~1 list|lists'),
  concept('notOurMailing', 'deelnemerslijst|gastenlijst|aanmeldlijst|aanmeldingslijst|teilnehmerliste|gasteliste|gaesteliste'),
  concept('notOurMailing', 'liste ~2 des ~1 participants|inscrits|invites'),
  concept('notOurMailing', 'intern|interne|internen|internem|interner|internal ~1 verteiler|verteilerliste|mailverteiler|list|lists|mailinglist|distribution|lijst|mailinglijst|verzendlijst'),
  concept('notOurMailing', 'verteiler|verteilerliste|liste|listes|list ~2 intern|interne|internal'),
  concept('notOurMailing', 'liste|listes ~1 de ~1 diffusion|distribution ~1 interne|internes'),
  concept('notOurMailing', 'liste|listes ~1 de ~1 distribution'),
  // The sender's own newsletter, which his firm sends with a tool we set up: "our own Mailchimp newsletter", "onze eigen
  // nieuwsbrief", "unser eigener Newsletter", "notre propre newsletter".
  concept('notOurMailing', 'our|onze|unser|unsere|unseren|unserem|notre|nos ~1 own|eigen|eigene|eigenen|eigener|propre|propres ~2 newsletter|newsletters|nieuwsbrief|nieuwsbrieven|infolettre|mailing|mailings|mailinglijst|verzendlijst|mailingliste|emailing|campaigns|campagnes'),
  // Without "own", by its links or tool: "Notre newsletter – lien de désinscription", "the unsubscribe link in our newsletter".
  // Not "cancel our newsletter subscription".
  concept('notOurMailing', 'our|onze|unser|unsere|unseren|unserem|notre|nos newsletter|newsletters|nieuwsbrief|nieuwsbrieven|infolettre ~3 link|links|lien|liens|afmeldlink|abmeldelink|tool|template|sjabloon|vorlage|modele|layout|software'),
  concept('notOurMailing', 'link|links|lien|liens|afmeldlink|abmeldelink ~4 our|onze|unserem|unseres|notre|nos newsletter|newsletters|nieuwsbrief|nieuwsbrieven|infolettre'),
  concept('marketing', 'promo|spam|spamming|spammen|spammt|pub|pubs|reclames|@marketing|reclame|werbung|werbemails|werbemail|reclamemails|promotiemails|publicite|promoties|aanbiedingen|offers|angebote|angeboten|offres|marketingmails|aanbiedingsmails|aanbiedingsmail|actiemails|actiemail|reclamemail|promomails|spammails'),
  // A sales mail's own words: "Last chance!", "Book your free security scan", "laatste kans", "gratis quickscan". Not a free trial,
  // which a customer stops as a service ("please stop my free trial").
  concept('marketing', 'last|laatste|letzte|derniere ~1 chance|kans'),
  // A price cut offered is a sales mail: "profitez de 20 % de remise", "20% korting op", "Rabatt auf", "a discount on".
  concept('marketing', 'korting|remise|rabatt|discount ~2 op|sur|auf|on'),
  // Job alerts are a mailing a job board or recruiter sends, not a system's alerts (`notOurMailing`): "stop sending me the
  // weekly job alerts", "uitschrijven voor de vacaturealerts", "désinscrire de vos alertes emploi".
  { kind: 'concept', concept: 'mailingList', pattern: 'job|jobs|vacature|vacatures|vacancy|vacancies|stellen ~1 alert|alerts|alerte|alertes|alerten|meldingen|mails|emails|updates', masksWords: true },
  { kind: 'concept', concept: 'mailingList', pattern: 'alerte|alertes ~2 emploi|emplois|job|jobs', masksWords: true },
  concept('mailingList', 'jobalert|jobalerts|vacaturealert|vacaturealerts|vacaturemail|vacaturemails|vacaturemeldingen|jobmails|stellenalarm|stellenalarme|jobletter'),
  concept('marketing', 'free|gratis|kostenlose|kostenlosen|kostenloser|gratuit|gratuite ~2 scan|quickscan|check|audit'),
  concept('stopContact', 'niet|geen|not|no|nicht|keine|ne|plus|don|t ~4 meer|langer|longer|more|mehr|plus|further|anymore ~6 @newsletter|mailings|mails|emails|berichten|ontvangen|receive|sturen|send|erhalten|zusenden|recevoir|envoyer|benaderd|contacted|kontaktiert|contacte|gebeld|called|angerufen|appele'),
  concept('stopContact', 'stop|stoppen|cease|arreter|aufhoren|aufhoeren ~4 sending|sturen|mailen|bellen|calling|senden|envoyer|appeler|anrufen|contacting|writing|schrijven|schreiben|ecrire'),
  concept('stopContact', 'nergens|nichts|nothing|rien ~3 meer|mehr|more|plus ~4 ontvangen|receive|erhalten|recevoir|krijgen|bekommen'),
  // A sending we are asked to stop, the stop verb first: "stop met het sturen van reclame", "hou op mij mails te sturen", "hören Sie
  // auf, mir Angebote zu schicken", "arrêtez de m'envoyer vos offres". Its "send" asks for nothing to be sent (`sendingStopped`).
  ...concepts(['stopContact', 'sendingStopped'], 'stop|stoppen|stopt|ophouden|ophoudt ~2 met ~6 sturen|toesturen|versturen|toezenden|zenden|mailen'),
  ...concepts(['stopContact', 'sendingStopped'], 'hou|houd|houdt|houden ~2 op ~2 met ~6 sturen|toesturen|versturen|toezenden|zenden|mailen'),
  ...concepts(['stopContact', 'sendingStopped'], 'hören|hört|hoeren|hoert ~3 auf ~6 senden|schicken|zusenden|zuschicken|zuzusenden|zuzuschicken|mailen'),
  ...concepts(['stopContact', 'sendingStopped'], 'aufhören|aufhoeren ~6 senden|schicken|zusenden|zuschicken|zuzusenden|zuzuschicken|mailen'),
  ...concepts(['stopContact', 'sendingStopped'], 'arrêter|arrêtez|arrête|cesser|cessez|cesse|stopper|stoppez ~2 de|d ~2 m|me|nous|lui|leur ~1 envoyer|adresser|transmettre|expédier'),
  ...concepts(['stopContact', 'sendingStopped'], 'stop|quit|cease ~1 sending|emailing|mailing'),
  concept('stopContact', 'plus|meer|mehr|more ~2 aucune|geen|keine|any ~2 prospection|reclame|werbung|marketing|publicite|offers|angebote|aanbiedingen'),
  concept('stopContact', 'plus|mehr ~2 rien|nichts ~3 recevoir|erhalten|bekommen'),
  // Not wishing to be contacted at all: "I do not wish to be contacted for sales purposes", "je ne souhaite pas être contacté".
  concept('stopContact', 'not|nicht|niet|pas ~2 wish|want|like|wunsche|wuensche|wens|wil|mochte|moechte|souhaite|veux ~4 contacted|benaderd|gecontacteerd|kontaktiert|contacte|contactee|called|phoned|gebeld|angerufen|appele'),
  concept('stopContact', 'wish|want|wunsche|wuensche|wens|wil|mochte|moechte|souhaite|veux ~2 not|nicht|niet|pas|nie ~3 contacted|benaderd|gecontacteerd|kontaktiert|contacte|contactee|called|phoned|gebeld|angerufen|appele'),
  // Wished no more in plain words: "diese Umfragen möchte ich nicht mehr bekommen", "ik wil die dingen niet meer krijgen".
  concept('stopContact', 'wil|wilt|willen|will|mochte|moechte|want ~4 niet|nicht|not ~2 meer|mehr|more|anymore ~3 krijgen|bekommen|get|getting'),
  // Never again, the contact named by its verb: "never contact me again with your offers", "Benader me nooit meer met
  // aanbiedingen", "kontaktieren Sie mich nie wieder mit Angeboten". Marketing or a mailing beside it makes it the unsubscribe.
  concept('stopContact', 'never ~1 contact|call|phone|email|mail|ring|approach ~2 again'),
  concept('stopContact', 'benader|benaderen|bel|bellen|mail|mailen|contacteer|contacteren ~2 nooit ~1 meer'),
  concept('stopContact', 'nooit ~1 meer ~3 benaderen|benaderd|bellen|gebeld|mailen|gemaild|contacteren|gecontacteerd'),
  concept('stopContact', 'kontaktieren|kontaktiert|anrufen|ruft|rufen|schreiben|schreibt|mailen ~3 nie|niemals ~1 wieder|mehr'),
  // The contact asked of us by its verb, the sender named, and "no more" after it: "don't email me those questionnaires anymore",
  // "Bel ons niet meer voor een enquête", "schreiben Sie mir nicht mehr wegen Umfragen", "ne plus nous contacter pour vos
  // sondages". With surveys it objects to them, with a mailing or marketing it leaves that.
  concept('stopContact', 'don|not ~2 send|email|mail|contact|call|phone|text|ring ~1 me|us ~4 anymore|again'),
  concept('stopContact', 'don|not ~2 send|email|mail|contact|call|phone|text|ring ~1 me|us ~4 any ~1 more'),
  concept('stopContact', 'benader|bel|mail|stuur|contacteer ~1 me|mij|ons ~1 niet ~1 meer'),
  concept('stopContact', 'kontaktieren|kontaktiert|anrufen|ruft|rufen|schreiben|schreibt|mailen|schicken|schickt|senden|sendet ~2 mich|mir|uns ~2 nicht ~1 mehr'),
  concept('stopContact', 'ne ~2 plus ~3 m|me|nous ~1 contacter|solliciter|demarcher|relancer|appeler|ecrire|envoyer'),
  // "Je n'en veux plus": what is wanted no more named before it ("vos mails publicitaires, je n'en veux plus").
  concept('stopContact', 'n|ne ~1 en ~1 veux|voulons|veut|souhaite ~1 plus'),
  // "Ich wünsche keine Werbung", "möchte weder Anrufe noch Werbemails bekommen".
  concept('stopContact', 'wunsche|wuensche|mochte|moechte|will ~2 keine|keinerlei|weder'),
  // Forbidding contact: "ich untersage Ihnen jede weitere werbliche Kontaktaufnahme", "je vous interdis de me démarcher".
  concept('stopContact', 'untersage|untersagen|verbiete|verbieten|interdis ~6 kontaktaufnahme|kontakt|anrufe|zusendung|zusendungen|werbung|contacter|demarcher|appeler'),
  // A mailing told as still received, by the sender or someone he writes for: "Hij ontvangt nog steeds uw nieuwsbrief", "my mother
  // still gets your offers", "Er bekommt immer noch Ihre Werbemails", "Elle reçoit toujours vos mails publicitaires".
  concept('stillReceives', 'ontvang|ontvangt|ontvangen|krijg|krijgt|krijgen|get|gets|getting|receive|receives|receiving|bekomme|bekommt|bekommen|erhalte|erhalt|erhalten|recois|recoit|recoivent|recevoir ~3 steeds|altijd|still|immer|noch|toujours|encore|weiterhin|standig|staendig'),
  concept('stillReceives', 'still|steeds|immer|toujours ~2 get|gets|getting|receive|receives|receiving|krijg|krijgt|ontvang|ontvangt|bekomme|bekommt|erhalte|erhalt|recois|recoit'),
  // Or told as what we still send him: "jullie sturen me nog steeds de nieuwsbrief", "you still send me offers", "Sie schicken mir
  // immer noch Werbung", "vous m'envoyez toujours vos offres".
  concept('stillReceives', 'sturen|stuurt|send|sends|schickt|schicken|sendet|senden|envoyez|envoie|envoient ~3 steeds|altijd|still|immer|noch|toujours|encore|weiterhin'),
  concept('stillReceives', 'still ~2 send|sends|sending'),
  // The sender told as on a mailing of ours, signed up or receiving it, however he came to be ("I signed up for your newsletter at a
  // fair", "ik krijg jullie nieuwsbrief", "Ich habe Ihren Newsletter abonniert", "je suis abonné à votre newsletter"; "never signed
  // up" too): what he wants no more after it, by pointing back, is that mailing (`RIGHT_COMBINATIONS`).
  concept('onOurMailing', 'subscribed|signed|registered ~3 to|for|up ~3 your|the ~1 @newsletter'),
  concept('onOurMailing', 'receive|get|getting|receiving ~1 your ~1 @newsletter'),
  concept('onOurMailing', 'ingeschreven|aangemeld|geabonneerd ~3 voor|op ~3 jullie|uw|de ~1 @newsletter'),
  concept('onOurMailing', 'ontvang|krijg|kreeg|ontving ~1 jullie|uw|de ~1 @newsletter'),
  concept('onOurMailing', 'ihren|ihre|euren|den ~1 @newsletter ~4 abonniert|bestellt|bezogen|erhalten|bekommen'),
  concept('onOurMailing', 'erhalte|bekomme|beziehe ~1 ihren|ihre|euren|den ~1 @newsletter'),
  concept('onOurMailing', 'abonné|abonnée|inscrit|inscrite ~2 à ~1 votre|vos|la ~1 @newsletter'),
  concept('onOurMailing', 'reçois|recevais ~1 votre|vos|la ~1 @newsletter'),
  // Mails told as coming over and over are a mailing: "I keep getting your emails", "je reçois votre lettre tous les mois", "ik
  // krijg elke week mails van jullie", "jede Woche bekomme ich Ihre Mails".
  // Told of the sender, "I keep getting your emails" wishes no mailing kept, as "I'd like to keep getting" does: its words are no
  // wish, but still what he received. The mails named right after, so no word between ("the ticket mails") is masked.
  ...(['stillReceives', 'mailingList', 'received'] as const).map(
    (name): CueRule => ({ kind: 'concept', concept: name, pattern: 'i|we ~1 keep|kept getting|receiving your|these|those|all emails|mails|messages|newsletters|e', masksWords: true }),
  ),
  concept('stillReceives', 'ontvang|krijg|get|getting|receive|bekomme|erhalte|recois ~5 elke|iedere|every|jede|jeden|chaque|tous ~2 week|maand|month|woche|monat|mois|semaine|semaines'),
  concept('stillReceives', 'elke|iedere|every|jede|jeden|chaque ~1 week|maand|month|woche|monat|mois|semaine ~3 ontvang|krijg|get|bekomme|erhalte|recois'),
  concept('mailingList', 'mails|mailtjes|emails|berichten|nachrichten|courriels|lettre ~5 elke|iedere|every|jede|jeden|chaque|tous ~2 week|maand|month|woche|monat|mois|semaine|semaines'),
  concept('mailingList', 'elke|iedere|every|jede|jeden|chaque ~1 week|maand|month|woche|monat|mois|semaine ~5 mails|mailtjes|emails|berichten|nachrichten|courriels'),
  // Mailed by one of ours over and over, told with the sender as the object: "your account manager emails me every week", "jullie
  // verkoper stuurt me wekelijks mails", "Ihr Vertrieb schreibt mir jede Woche", "votre commercial m'écrit chaque semaine", or kept
  // at it: "he keeps emailing me", "hij blijft me mailen". That is a mailing, as the mails we keep sending are.
  ...concepts(['stillReceives', 'mailingList'], 'emails|mails|sends|writes|texts|stuurt|sturen|mailt|mailen|schrijft|schrijven|appt|schreibt|schreiben|schickt|schicken|sendet|senden ~1 me|mij|ons|us|mir|uns ~3 elke|iedere|every|each|jede|jeden|wekelijks|dagelijks|maandelijks|weekly|daily|monthly|wochentlich|woechentlich|taglich|taeglich|monatlich'),
  ...concepts(['stillReceives', 'mailingList'], 'm|nous ~1 ecrit|ecrivent|envoie|envoient ~3 chaque|toutes|tous'),
  ...concepts(['stillReceives', 'mailingList'], 'keep|keeps ~1 emailing|mailing|texting|writing|sending ~1 me|us'),
  ...concepts(['stillReceives', 'mailingList'], 'blijft|blijven ~1 me|mij|ons ~1 mailen|sturen|appen'),
  // Sales calls named as such in German: "erhalte ich weiterhin Werbeanrufe".
  concept('calls', 'werbeanrufe|werbeanruf|verkaufsanrufe|verkaufsanruf|telefonwerbung'),
  // Sales calls told as coming again and again are such a mailing, calls named by the same words: "your salesman keeps calling
  // me", "jullie verkoper belt me steeds", "euer Vertrieb ruft mich dauernd an", "votre commercial m'appelle sans arrêt".
  ...concepts(['stillReceives', 'calls'], 'keep|keeps ~1 calling|ringing|phoning'),
  ...concepts(['stillReceives', 'calls'], 'belt|bellen ~3 steeds|telkens|constant|continu|almaar'),
  ...concepts(['stillReceives', 'calls'], 'ruft|rufen ~3 dauernd|standig|staendig|immer|laufend|wieder ~2 an'),
  ...concepts(['stillReceives', 'calls'], 'appelle|appellent ~2 sans ~1 arret|cesse'),
  ...concepts(['stillReceives', 'calls'], 'appelle|appellent ~2 tout ~1 le ~1 temps'),
  // Its end asked then by pointing back or for the person it reaches: "Wilt u die stopzetten?", "could you stop them?", "schicken
  // Sie ihm nichts mehr", "arrêter de lui envoyer ces mails". Only forms that ask: "the mails stopped" tells.
  concept('haltNamed', 'wil|wilt|willen|kan|kunt|kunnen|graag|mag|mogen|moet|moeten ~3 die|dat|het|ze|deze ~2 stopzetten|stoppen|beeindigen|stopgezet'),
  concept('haltNamed', 'zet|zetten ~2 die|dat|het|ze|deze ~1 stop'),
  concept('haltNamed', 'stuur|stuurt|sturen ~4 niets|niks ~1 meer'),
  concept('haltNamed', 'stop it|them|those|these'),
  // Wanted no more, by pointing back at what the sender is on: "I no longer want it", "ik wil hem niet meer", "ich möchte ihn nicht
  // mehr", "je n'en veux plus".
  concept('haltNamed', 'no ~1 longer ~1 want|need ~1 it|them'),
  concept('haltNamed', 'don|do ~1 t|not ~1 want|need ~1 it|them ~1 anymore|any'),
  concept('haltNamed', 'wil|hoef ~1 hem|het|die|ze|deze|dat|dit ~1 niet ~1 meer'),
  concept('haltNamed', 'möchte|will|brauche ~1 ihn|es|sie|diesen ~1 nicht ~1 mehr'),
  concept('haltNamed', 'n ~1 en ~1 veux|voulons|souhaite ~1 plus'),
  // Told to stop in a few words, pointing back: "hou daar mee op", "stop ermee", "das soll aufhören", "arrêtez ça".
  concept('haltNamed', 'hou|houd|houdt|houden ~1 daar|er ~1 mee ~1 op'),
  concept('haltNamed', 'hou|houd|houdt|houden ~1 daarmee|ermee ~1 op'),
  concept('haltNamed', 'stop|stoppen ~1 daarmee|ermee'),
  concept('haltNamed', 'das|dies|es ~2 soll|muss ~1 aufhoren|aufhoeren'),
  concept('haltNamed', 'arretez|cessez ~1 ca|cela'),
  // Its end wished in so many words, pointing back: "Ik wil dat het stopt", "I want it to stop", "ich möchte, dass das aufhört",
  // "je veux que ça cesse".
  concept('haltNamed', 'wil|wilt|willen|wens ~1 dat|graag ~2 stopt|ophoudt'),
  concept('haltNamed', 'want|need|like ~1 it|that|this|them|these|those ~1 to ~1 stop'),
  concept('haltNamed', 'dass ~1 das|es|dies|sie|diese ~1 aufhort|aufhoert|aufhoren|aufhoeren'),
  concept('haltNamed', 'que ~1 ca|cela ~2 cesse|cessent|arrete|arretent'),
  // A German separable "einstellen" and a French "ne plus me l'envoyer" point back as well: "Stellen Sie die Anrufe sofort ein",
  // "Merci de ne plus me l'envoyer".
  concept('haltNamed', 'stellen|stellt ~1 sie|ihr ~4 ein'),
  concept('haltNamed', 'ne ~1 plus ~1 me|m|nous ~1 l|le|la|les ~1 envoyer|adresser'),
  concept('haltNamed', 'stop ~1 sending ~1 him|her|them|these|those'),
  // "Stop it from redirecting" prevents a working of the system, it ends no mailing.
  { kind: 'concept', concept: 'itObject', pattern: 'stop|prevent ~1 it|them|this|that ~1 from', masksWords: true },
  concept('haltNamed', 'send|sending ~1 him|her|me|us ~1 nothing|anything ~1 more|else|further'),
  concept('haltNamed', 'schicken|senden|zusenden|schickt|sendet ~3 nichts ~1 mehr'),
  concept('haltNamed', 'das|es|sie|diese|diesen ~3 abstellen|einstellen|abbestellen|stoppen'),
  concept('haltNamed', 'arreter|arretez|cesser|cessez ~1 de|d ~1 lui|leur|me|m|nous ~1 envoyer|ecrire|adresser'),
  concept('haltNamed', 'ne ~2 lui|leur ~1 envoyez|envoyer|ecrivez|ecrire|adressez|adresser ~2 plus'),
  concept('haltNamed', 'plus ~1 rien ~1 lui|leur ~1 envoyer|adresser'),
  concept('haltNamed', 'les ~1 arreter|stopper'),
  concept('haltNamed', 'hem|haar|hen ~2 overal ~2 af|afhalen|uithalen|uitschrijven|afmelden'),
  // Taken off all our lists by the pronoun of the one written for: "Wilt u haar van al uw lijsten halen", "nehmen Sie ihn aus
  // allen Ihren Listen".
  concept('haltNamed', 'hem|haar|hen ~1 van|uit ~2 uw|jullie|al|alle ~2 lijsten|verzendlijsten|mailinglijsten ~1 halen|afhalen|verwijderen|schrappen'),
  concept('haltNamed', 'ihn|sie ~1 aus ~2 allen|ihren|euren ~2 listen|verteilern ~1 nehmen|streichen|entfernen|austragen'),
  concept('haltNamed', 'take ~1 him|her|them ~1 off'),
  concept('haltNamed', 'ihn|sie ~3 uberall|ueberall ~2 austragen|streichen|entfernen|abmelden'),
  concept('haltNamed', 'la|le|les ~1 desinscrire|retirer|desabonner'),
  concept('halt', 'zet|zetten ~3 uit'),
  concept('halt', 'switch|turn ~2 off'),
  // "Opt me out of that" pointing back at the profiling just told: "you score customers for upsell. Opt me out of that please".
  concept('halt', 'opt ~2 out'),
  concept('halt', 'kan|kunnen ~2 dat|het|die|ze ~2 uit'),
  concept('halt', 'uitschakelen|uitgezet|stop|uitzetten|abschalten|ausschalten|abstellen|desactiver|stopt|stoppen|stopte|cease|halt|arreter|arretez|cesser|cessez|aufhoren|beenden|einstellen|einzustellen|abzustellen|staken|gestaakt|eingestellt|aufhoeren'),
  // The German separable verb split round what it ends ("Stellen Sie die Werbung sofort ein"); the mailing or the tracking it
  // names makes the right, so "stellen Sie den Drucker ein" ends nothing.
  concept('halt', 'stellen|stellt ~1 sie|ihr ~6 ein'),
  concept('complain', 'klacht|denonciation|aanklacht|anzeige|complained|wende|wenden|complaint|complain|beschwerde|beschweren|plainte|reclamation|gemeld|reported|signale|gewandt|beschwert|beschwerte|wenden|contacted|benaderd|ingeschakeld|inschakelen|escalate|escalated|escalating|escalation|voorleggen|voorgelegd|aankaarten|aangekaart|saisir|saisirai|saisi|saisine|stap|einreichen|eingereicht|eingelegt|ingediend|indienen|lodged|filed|filing|submitted|depose'),
  // "naar de AP", not any "naar" in a sentence that names the AP.
  concept('complain', 'naar ~2 de|het ~1 @authority|autoriteit'),
  // A matter raised or referred with the authority: "I've raised your silence with the DPC"; not a question raised with us.
  concept('complain', 'raised|referred ~6 with|to ~2 the|an ~1 @authority|data|privacy|information|supervisory'),
  // German and French complaint verbs and authorities as people write them, umlauts as ae/oe/ue included.
  concept('complain', 'beschwere|gemeldet|melde|eingeschaltet|einschalten|einschalte|denonciation|saisis|saisissons|signalerai'),
  concept('complain', 'geht|gehe|gehen ~3 an|zur|zum'),
  concept('authority', 'beauftragte|beauftragten|beauftragter ~3 datenschutz|datenschutzes'),
  concept('authority', 'datenschutzbehoerde|aufsichtsbehoerde|datenschutzaufsichtsbehoerde|datenschutzaufsicht|edoeb|edob|pfpdt|prepose|dsb'),
  concept('complain', 'eingebracht|einbringen|introduit|introduire|informiert|angezeigt|anzeige|informe|informee'),
  // Sent to the wrong person is a disclosure, not a wrong value to correct: "emailed my passport scan to the wrong person",
  // "meine Handynummer an die falsche Person geschickt".
  { kind: 'concept', concept: 'disclosed', pattern: 'wrong|verkeerde|verkeerd|falsche|falschen|mauvaise|mauvais ~1 person|persons|people|persoon|personen|personne|personnes', masksWords: true },
  // An authority's name supplies no personal data: "l'Autorité de protection des données", "Autoriteit Persoonsgegevens".
  { kind: 'concept', concept: 'authority', pattern: 'autorite ~3 protection ~2 donnees', masksWords: true },
  { kind: 'concept', concept: 'authority', pattern: 'autoriteit ~1 persoonsgegevens', masksWords: true },
  concept('authority', 'supervisory|protection ~1 authority|agency|commissioner|commission'),
  // The authority by its nickname: "de waakhond voor persoonsgegevens", "the privacy watchdog", "le gendarme de la vie privée".
  concept('authority', 'privacywaakhond|waakhond|watchdog|gendarme ~3 persoonsgegevens|privacy|gegevensbescherming|data|datenschutz|donnees|vie'),
  concept('authority', 'privacy|data|datenschutz ~1 waakhond|watchdog'),
  // German state commissioners go by abbreviations too: "beim LfDI eingereicht", "an das BayLDA".
  concept('authority', 'gegevensbeschermingsautoriteit|dpc|regulator|prepose|pfpdt|edoeb|fdpic|regulators|ap|ico|cnil|dpa|apd|gba|cnpd|bfdi|lfdi|tlfdi|ldi|baylda|hbdi|hmbbfdi|blnbdi|uld|edpb|toezichthouder|toezichthoudende|datenschutzbehorde|aufsichtsbehorde|datenschutzaufsichtsbehorde|landesbeauftragte|landesbeauftragten|landesdatenschutzbeauftragte|cnil|autorite|behorde|datenschutzbehoerde|aufsichtsbehoerde|behoerde'),
  // A power of criminal procedure, tax, insolvency or enforcement law the writer invokes to demand data about someone else
  // (a suspect, a debtor, a bankrupt firm): "vordering ex art. 126nc Sv", "Ermittlungsverfahren", "réquisition", "trace request".
  // Not the authorities' names alone: a data subject names the tax office or a bailiff in his own request.
  // A request filed as a case and told by its state or its handling, in a subject: "Inzageverzoek Jansen - afgehandeld",
  // "Bestätigung Ihres Löschantrags", "Draft reply: Hendriks erasure request", "FYI: bezwaar De Boer", "Löschantrag Keller –
  // Stand?". Not "received" (a letter of someone else's received) nor a reminder, which chases the request.
  concept('caseStatus', 'afgerond|afgehandeld|uitgevoerd|ontvangstbevestiging|bevestiging|conceptbrief|conceptantwoord|concept|meelezen|completed|handled|confirmation|acknowledgement|acknowledgment|draft|scope|handover|erledigt|abgeschlossen|bestatigung|bestaetigung|eingangsbestatigung|eingangsbestaetigung|entwurf|gegenlesen|traitee|traite|cloturee|cloture|terminee|brouillon|relecture'),
  concept('caseStatus', 'fyi|heads ~1 up|ter ~1 info|zur ~1 info|pour ~1 info'),
  // A subject that names a question about a right names its topic, as a case's does: "vraag over afmelden", "Question about
  // erasure", "Frage zur Löschung", "Question sur la désinscription". Only the body can ask.
  concept('caseStatus', 'vraag|vragen|question|questions|frage|fragen ~1 over|about|regarding|zu|zur|zum|sur|concernant'),
  concept('caseStatus', 'stand', 'de'),
  concept('caseStatus', 'wie ~1 pakt|neemt'),
  concept('caseStatus', 'take ~1 over'),
  // A requester's reply that thanks for what was done or says it is right: "Dank voor de export", "Klopt nu, dank",
  // "Danke, passt so", "Merci pour la confirmation", "Thanks, all sorted".
  concept('thanksDone', 'dank|bedankt|dankjewel|dankuwel|thanks|thank|thx|danke|klopt|stimmt|duidelijk|helder|perfect|perfekt|parfait|prima'),
  // Not "Merci de la corriger", which asks.
  concept('thanksDone', 'merci ~1 beaucoup|bien|pour|encore'),
  // Told back as noted, the answer is taken in: "c'est bien noté", "bien reçu", "Noted.", "Is genoteerd", "Ist notiert".
  concept('thanksDone', 'noted|genoteerd|notiert|vermerkt'),
  concept('thanksDone', 'bien|est ~1 note|notee|recu'),
  // Told back as settled: "cheers, all sorted then", "alles geregeld", "alles erledigt", "tout est réglé".
  concept('thanksDone', 'all|alles ~1 sorted|geregeld|erledigt'),
  concept('thanksDone', 'tout ~1 est ~1 regle|arrange'),
  // The sender asks how he himself must answer a request made to his own firm, or how long he has: "how should I handle
  // this?", "how long have I got?", "hoe moet ik dat aanpakken?", "wie muss ich da vorgehen?", "combien de temps ai-je ?".
  // Not "how long do I have to wait", nor how to leave a mailing ("comment dois-je faire pour me désinscrire ?").
  concept('ownHandling', 'how ~1 long|much ~2 time ~2 have ~1 i|we ~1 got'),
  concept('ownHandling', 'how ~1 long|much ~2 time ~2 do|did ~1 i|we ~1 have ~2 to ~1 reply|respond|answer|comply'),
  concept('ownHandling', 'how ~1 should|do|must|can ~1 i|we ~3 handle|deal|respond|answer|approach'),
  concept('ownHandling', 'what ~3 have ~1 to ~2 send|give|hand|provide|disclose ~1 him|her|them'),
  concept('ownHandling', 'hoeveel ~1 tijd ~2 heb|hebben ~1 ik|wij|we'),
  concept('ownHandling', 'hoe ~1 lang ~2 heb|hebben ~1 ik|wij|we'),
  concept('ownHandling', 'hoe ~1 snel ~2 moet|moeten ~1 ik|wij|we ~3 antwoorden|reageren'),
  concept('ownHandling', 'hoe ~3 moet|moeten|kan|kunnen ~1 ik|wij|we ~4 aanpakken|afhandelen|omgaan|beantwoorden'),
  concept('ownHandling', 'moet|moeten ~1 ik|wij|we ~3 daar|daarmee|hiermee ~2 iets|wat'),
  concept('ownHandling', 'wie ~1 viel ~1 zeit ~2 habe|haben ~1 ich|wir'),
  concept('ownHandling', 'wie ~1 viel ~1 zeit ~1 ich|wir ~2 habe|haben'),
  concept('ownHandling', 'wie ~1 lange ~2 habe|haben ~1 ich|wir'),
  concept('ownHandling', 'wie ~3 gehe|gehen|muss|mussen|muessen|soll|sollen ~1 ich|wir ~4 vor|vorgehen|umgehen'),
  // "Wie reagieren wir darauf?", "wie schnell muss ich antworten?"
  concept('ownHandling', 'wie ~1 reagiere|reagieren|antworte|antworten ~1 ich|wir'),
  concept('ownHandling', 'wie ~1 schnell ~2 muss|mussen|muessen ~1 ich|wir ~2 antworten|reagieren'),
  concept('ownHandling', 'combien ~1 de ~1 temps ~2 ai|avons ~1 je|nous'),
  concept('ownHandling', 'quel|quels ~1 delai|delais ~2 ai|avons ~1 je|nous'),
  concept('ownHandling', 'quel|quels ~1 delai|delais ~1 nous|je|on ~1 avons|ai|a'),
  concept('ownHandling', 'delai ~6 repart|recommence|redemarre'),
  concept('ownHandling', 'on ~1 doit ~2 lui|leur ~2 envoyer|transmettre|fournir|donner|communiquer'),
  concept('ownHandling', 'comment ~3 dois|devons ~1 je|nous ~2 repondre|gerer|traiter|proceder|reagir'),
  // Advice asked outright: "j'ai juste besoin d'un conseil".
  concept('ownHandling', 'besoin ~1 d|de ~1 un|vos ~1 conseil|conseils'),
  concept('ownHandling', 'que ~2 dois|devons ~1 je|nous ~1 lui|leur ~1 envoyer|transmettre|fournir|donner'),
  // The same asked in everyday words: "what do I do?", "how do we go about it?", "hoe pak ik dat aan?", "hoe doen wij dat?",
  // "moet ik iets uit ons systeem halen?", "wie machen wir das?", "comment on fait ?".
  concept('ownHandling', 'what ~1 do|should|must ~1 i|we ~1 do'),
  concept('ownHandling', 'how ~1 do|should ~1 i|we ~2 go ~1 about'),
  concept('ownHandling', 'how ~1 do|should|can ~1 i|we ~2 make ~1 sure|certain'),
  concept('ownHandling', 'hoe ~1 pak|pakken ~1 ik|wij|we ~3 aan'),
  concept('ownHandling', 'hoe ~1 doe|doen ~1 ik|wij|we ~1 dat|dit|het'),
  concept('ownHandling', 'moet|moeten ~1 ik|wij|we ~1 iets|wat'),
  // Whether the firm must do what was asked of it: "Moeten we dat ook doen?", "do we have to do that?", "müssen wir das tun?",
  // "devons-nous le faire ?".
  concept('ownHandling', 'moet|moeten ~1 ik|wij|we ~2 dat|dit|het|zoiets ~2 doen'),
  concept('ownHandling', 'do|must|should ~1 we|i ~2 have|need ~1 to ~1 do ~1 that|this|it'),
  concept('ownHandling', 'muss|mussen|muessen ~1 ich|wir ~2 das|dies ~2 tun|machen'),
  concept('ownHandling', 'devons|dois ~1 nous|je ~2 le ~1 faire'),
  concept('ownHandling', 'wie ~1 mache|machen ~1 ich|wir ~1 das|dies'),
  concept('ownHandling', 'was ~1 muss|muessen|mussen|soll|sollen ~1 ich|wir ~3 tun|machen'),
  concept('ownHandling', 'comment ~1 on ~1 fait|procede|doit'),
  concept('ownHandling', 'comment ~1 faisons|procedons ~1 nous'),
  // Advice asked before anything is ordered: "comment procéder", "seulement un conseil", "bevor wir etwas beauftragen", "wir wollen
  // erst verstehen, was wir liefern müssen", "voordat we jullie iets vragen", "before we ask you to do anything".
  concept('ownHandling', 'comment ~1 procéder|proceder'),
  concept('ownHandling', 'seulement|juste|uniquement ~1 un|des ~1 conseil|conseils|avis'),
  concept('ownHandling', 'bevor ~1 wir|ich ~3 beauftragen|beauftrage|bestellen|bestelle|tun|unternehmen'),
  concept('ownHandling', 'wollen|möchten|mochten|moechten ~3 erst|erstmal|zuerst|zunächst|zunachst ~3 verstehen|klären|klaren|wissen'),
  concept('ownHandling', 'voordat|voor ~1 we|wij|ik ~3 jullie|u ~3 vragen|opdracht|inschakelen'),
  concept('ownHandling', 'before ~1 we|i ~2 ask|instruct|commission|hire ~1 you'),
  // How to answer and by when, asked of the firm's own duty: "Wie beantworten wir das richtig?", "Welche Frist gilt?", "Moeten we
  // daar echt op reageren?", "binnen welke termijn?", "within what deadline?", "dans quel délai ?".
  concept('ownHandling', 'wie ~1 beantworte|beantworten ~1 ich|wir'),
  concept('ownHandling', 'welche ~1 frist ~2 gilt|gelten|haben'),
  concept('ownHandling', 'moet|moeten ~1 ik|wij|we ~4 reageren|antwoorden|ingaan'),
  concept('ownHandling', 'binnen ~1 welke ~1 termijn|tijd'),
  concept('ownHandling', 'within ~1 what|which ~1 deadline|time|period'),
  concept('ownHandling', 'dans ~1 quel ~1 délai|delai'),
  // The ask of us denied, advice asked instead: "nous ne vous demandons pas d'intervenir", "we are not asking you to export
  // anything", "wir bitten Sie noch nicht", "we vragen jullie nog niets": its ask is masked.
  { kind: 'concept', concept: 'ownHandling', pattern: 'ne ~1 vous ~1 demandons|demande ~1 pas', masksWords: true },
  { kind: 'concept', concept: 'ownHandling', pattern: 'not ~1 asking ~1 you ~1 to', masksWords: true },
  { kind: 'concept', concept: 'ownHandling', pattern: 'bitten|bitte ~1 sie ~2 nicht|noch ~1 nicht', masksWords: true },
  { kind: 'concept', concept: 'ownHandling', pattern: 'vragen|vraag ~1 jullie|u ~2 niet|niets|nog ~1 niet|niets', masksWords: true },
  // A tip, advice or a model letter asked on it, the ask of us spanned: "Können Sie mir da einen Tipp geben?", "kunnen jullie ons
  // advies geven?", "could you advise?", "Comment on lui répond ? Vous avez un modèle de courrier ?".
  concept('ownHandling', 'konnen|können|koennen ~1 sie|ihr ~4 tipp|tipps|rat|ratschlag|empfehlung ~1 geben'),
  concept('ownHandling', 'kunnen|kun|kunt ~1 jullie|je|u ~3 tip|tips|advies ~1 geven'),
  concept('ownHandling', 'kunnen|kun|kunt ~1 jullie|je|u ~2 adviseren'),
  concept('ownHandling', 'can|could ~1 you ~2 advise|recommend'),
  concept('ownHandling', 'comment ~1 je|on ~2 reponds|repondre|repond'),
  // "un modèle de réponse ?", "Quel est le délai ?", "juste un conseil".
  concept('ownHandling', 'modele|exemple ~1 de ~1 reponse|lettre|courrier'),
  concept('ownHandling', 'quel ~1 est ~1 le|notre ~1 delai'),
  concept('ownHandling', 'juste|seulement ~1 un ~1 conseil'),
  concept('ownHandling', 'vous ~1 avez ~2 modele ~2 de ~1 lettre|courrier|reponse'),
  // What the firm must hand over or search, asked as its own duty: "do we have to give him everything?", "whether we have to
  // include internal emails", "is that something we have to do?", "moet ik ook in de boekhouding kijken?", "müssen wir auch
  // die Mails herausgeben?", "devons-nous inclure les mails ?", and by when: "how quickly do I need to answer?".
  concept('ownHandling', 'do|does|must|should|whether ~1 i|we ~1 need|have ~1 to ~3 include|send|give|provide|disclose|hand|answer|respond|reply|share|search'),
  concept('ownHandling', 'is ~1 that|this|it ~1 something ~1 we|i ~1 have|need|must'),
  concept('ownHandling', 'how ~1 quickly|soon|fast ~3 i|we ~3 answer|respond|reply|comply'),
  concept('ownHandling', 'what|when|whether ~4 deadline ~1 is|runs|starts|begins'),
  // ... and from when its deadline runs: "does the month start from receipt?", "gilt die Frist ab Eingang?", "loopt de termijn
  // vanaf ...?", "le délai court-il à partir de ...?".
  concept('ownHandling', 'does ~2 deadline|clock|month ~1 start|run|begin'),
  concept('ownHandling', 'gilt|lauft|läuft|laeuft|beginnt ~2 frist'),
  concept('ownHandling', 'geldt|loopt|begint|start ~2 termijn'),
  concept('ownHandling', 'delai ~1 court|commence|part'),
  concept('ownHandling', 'before ~1 i|we ~1 answer|reply|respond'),
  concept('ownHandling', 'moet|moeten ~1 ik|we|wij ~5 meesturen|meegeven|geven|sturen|opsturen|verstrekken|opnemen|aanleveren|kijken|zoeken|doorzoeken'),
  concept('ownHandling', 'hoe ~1 zoek|vind|exporteer|verzamel ~1 ik|we|wij'),
  concept('ownHandling', 'müssen|mussen|muessen|muss ~1 wir|ich ~5 herausgeben|schicken|senden|geben|mitschicken|beifügen|beifugen|beifuegen|aufnehmen|liefern|beantworten|durchsuchen'),
  // ... the duty owed to the one who asked named by his pronoun, however far the German or French verb sits: "Müssen wir ihr
  // auch die Protokolle ... geben?", "devons-nous lui remettre ...?".
  concept('ownHandling', 'müssen|mussen|muessen|muss ~1 wir|ich ~1 ihr|ihm'),
  concept('ownHandling', 'devons|dois ~1 nous|je ~1 lui|leur'),
  // ... or what the firm may do with it: "mogen we een kopie ID vragen?", "may we charge for it?", "dürfen wir einen Ausweis
  // verlangen?", "pouvons-nous refuser ?".
  concept('ownHandling', 'mogen ~1 we|wij ~5 vragen|eisen|weigeren|rekenen|verlangen'),
  concept('ownHandling', 'may|can ~1 we ~4 ask|charge|refuse|demand|require'),
  concept('ownHandling', 'are ~1 we ~1 allowed ~1 to'),
  concept('ownHandling', 'durfen|dürfen|duerfen ~1 wir ~5 verlangen|fordern|ablehnen|berechnen|verweigern|anfordern'),
  concept('ownHandling', 'pouvons ~1 nous ~4 demander|exiger|refuser|facturer'),
  concept('ownHandling', 'wie ~1 ich|wir ~6 finde|finden|exportiere|exportieren|suche|suchen|sammle|sammeln'),
  // The same asked in a main clause or with a bare infinitive: "Wie finde ich alle Mails mit ihrem Namen?", "comment retrouver
  // tous les e-mails à son nom ?".
  concept('ownHandling', 'wie ~1 finde|finden|exportiere|exportieren|suche|suchen|sammle|sammeln|durchsuche|durchsuchen ~1 ich|wir'),
  concept('ownHandling', 'comment ~1 rechercher|retrouver|trouver|exporter|extraire|chercher|identifier'),
  // The sender answers the request himself and wants only the way: "we answer it ourselves", "we doen het zelf", "wir
  // beantworten das selbst", "nous allons répondre nous-mêmes". A data subject asks his request of us, never says so.
  concept('ownHandling', 'answer|answering|handle|handling|reply|replying|respond|responding|deal|dealing|do|doing|look|find|search|gather|collect ~3 ourselves|myself'),
  concept('ownHandling', 'zoek|zoeken ~3 zelf ~1 uit'),
  // ... the data looked up himself: "de gegevens zoeken we zelf wel op", "die Daten suchen wir selbst heraus".
  concept('ownHandling', 'zoek|zoeken ~3 zelf ~2 op'),
  concept('ownHandling', 'suche|suchen ~3 selbst|selber ~2 heraus|raus|zusammen'),
  concept('ownHandling', 'doen|doe|beantwoorden|beantwoord|afhandelen|regelen ~3 zelf'),
  concept('ownHandling', 'zelf ~3 doen|beantwoorden|afhandelen|regelen'),
  concept('ownHandling', 'beantworten|beantworte|bearbeiten|erledigen|machen|mache ~3 selbst|selber'),
  concept('ownHandling', 'selbst|selber ~3 beantworten|bearbeiten|erledigen|machen'),
  concept('ownHandling', 'repondre|repondrons|repondons|traiter|traiterons|traitons|gerer|gererons|faire|ferons|occupe|occupons|occuperons|chercher|chercherons|cherchons ~3 nous ~1 memes'),
  // ... or tells us that nothing is needed of us: "Nothing needed from you", "no action required on your side", "er hoeft bij
  // jullie niets te gebeuren", "kein Handlungsbedarf für Sie", "rien à faire de votre côté".
  concept('ownHandling', 'nothing ~2 needed|required ~2 from|of ~1 you'),
  concept('ownHandling', 'nothing ~1 needs|has ~1 to ~1 happen|change|be ~2 your|you'),
  concept('ownHandling', 'no ~1 action ~2 needed|required ~3 from|on|by ~1 you|your'),
  concept('ownHandling', 'hoef|hoeft|hoeven ~4 niets|niks ~3 te ~1 doen|gebeuren|hebben'),
  // ... or that he asks nothing of us, or needs nothing: "I'm not asking you to do anything yet", "I don't need anything from
  // you", "ik vraag jullie niets", "ich bitte Sie um nichts", "ich brauche nichts von Ihnen", "je ne vous demande rien".
  concept('ownHandling', 'not ~2 asking ~1 you ~3 to ~1 do ~1 anything'),
  concept('ownHandling', 'not ~2 asking ~2 anything ~2 of|from ~1 you'),
  concept('ownHandling', 'don|dont|do ~2 need|want ~1 anything ~2 from|of ~1 you'),
  concept('ownHandling', 'vraag|vragen ~3 jullie|u ~3 niets|niks'),
  concept('ownHandling', 'vraag|vragen ~2 niets|niks ~2 van ~1 jullie|u'),
  concept('ownHandling', 'bitte|bitten ~3 sie ~3 um ~1 nichts'),
  concept('ownHandling', 'brauche|brauchen ~4 nichts ~2 von ~1 ihnen|euch'),
  concept('ownHandling', 'vous ~1 demande|demandons ~2 rien'),
  concept('ownHandling', 'besoin ~1 de ~1 rien'),
  concept('ownHandling', 'kein|keinen ~1 handlungsbedarf'),
  concept('ownHandling', 'nichts ~3 zu ~1 tun'),
  concept('ownHandling', 'rien ~2 a ~1 faire'),
  concept('ownHandling', 'no ~1 other|further ~1 help|action|support ~1 needed|required'),
  concept('ownHandling', 'aucune ~1 action ~2 de ~1 votre ~1 part'),
  concept('ownHandling', 'geen ~1 actie|hulp ~3 van ~1 jullie|u ~2 nodig'),
  // ... or that the data are not with us, or we have no part in it: "not in anything you host", "which you don't host",
  // "niet bij jullie", "daar hebben jullie niets mee te maken", "nicht bei Ihnen", "pas hébergé chez vous", "you're not
  // involved", "we don't need you to export anything".
  concept('ownHandling', 'not|niet|nicht|pas ~2 with|bij|bei|chez ~1 you|jullie|u|ihnen|vous'),
  concept('ownHandling', 'you ~1 don|do|dont ~2 host|manage'),
  concept('ownHandling', 'not ~3 anything|something ~1 you ~1 host|manage'),
  concept('ownHandling', 'you ~2 not ~1 involved'),
  concept('ownHandling', 'nothing ~1 to ~1 do ~1 with ~1 you'),
  concept('ownHandling', 'jullie|u ~3 niets|niks ~2 mee ~1 te ~1 maken'),
  concept('ownHandling', 'nichts ~2 mit ~1 ihnen ~1 zu ~1 tun'),
  concept('ownHandling', 'rien ~1 a ~1 voir ~1 avec ~1 vous'),
  concept('ownHandling', 'don|dont ~2 need ~1 you ~1 to'),
  concept('ownHandling', 'no ~1 need ~1 to ~2 pull|export|search|retrieve|gather|extract ~2 anything'),
  concept('ownHandling', 'devons|dois ~1 nous|je ~4 inclure|fournir|transmettre|envoyer|communiquer|repondre|donner|chercher'),
  concept('ownHandling', 'nous|je ~1 devons|dois ~4 inclure|fournir|transmettre|envoyer|communiquer|repondre|donner|chercher'),
  // Advice asked of us is how to handle it, no ask to act (see `asksUs`): "can you tell me whether ...", "what would you
  // advise?", "kunnen jullie mij vertellen ...", "Können Sie mir zeigen, wie ...", "pouvez-vous me dire ...".
  concept('ownHandling', 'can|could|would ~1 you ~2 tell|advise|explain|show|recommend ~2 me|us|whether|if|how|what'),
  concept('ownHandling', 'what ~2 would|do ~1 you ~1 advise|recommend|suggest'),
  concept('ownHandling', 'kunnen|kunt|wilt|willen ~1 jullie|u ~2 vertellen|uitleggen|adviseren|aanraden'),
  concept('ownHandling', 'kun|kan ~1 je|jij ~3 vertellen|uitleggen|adviseren|aanraden'),
  concept('ownHandling', 'wat ~2 raden|adviseren ~1 jullie|u'),
  concept('ownHandling', 'konnen|koennen|konnten|koennten ~1 sie|ihr ~4 zeigen|sagen|erklären|erklaren|erklaeren|raten|beraten|empfehlen'),
  concept('ownHandling', 'was ~2 raten|empfehlen ~1 sie|ihr'),
  concept('ownHandling', 'pouvez|pourriez ~1 vous ~2 dire|expliquer|conseiller|indiquer|montrer'),
  // Whether we happen to know, or the deadline confirmed, is advice too: "do you know whether ...", "weten jullie toevallig
  // of ...", "wissen Sie, ob ...", "savez-vous si ...", "pouvez-vous me confirmer le délai ?".
  concept('ownHandling', 'do ~1 you ~2 know ~1 if|whether|how'),
  concept('ownHandling', 'weten ~1 jullie|u ~2 of|hoe'),
  concept('ownHandling', 'wissen ~1 sie|ihr ~2 ob|wie'),
  concept('ownHandling', 'savez ~1 vous ~2 si|comment'),
  concept('ownHandling', 'can|could ~1 you ~2 confirm ~2 deadline|deadlines|time ~1 limit'),
  concept('ownHandling', 'kunnen|kunt ~1 jullie|u ~4 termijn ~2 bevestigen'),
  concept('ownHandling', 'konnen|koennen|konnten|koennten ~1 sie ~4 frist ~2 bestatigen|bestaetigen'),
  concept('ownHandling', 'pouvez|pourriez ~1 vous ~2 confirmer ~2 delai|delais'),
  concept('ownHandling', 'que ~2 conseillez|recommandez ~1 vous'),
  // A checklist, template or sample letter asked of us is advice too: "kunnen jullie ons een stappenplan mailen?", "could
  // you send us a template?", "können Sie uns eine Vorlage schicken?", "pourriez-vous nous envoyer un modèle ?".
  concept('ownHandling', 'kunnen|kunt|can|could|konnen|koennen|konnten|koennten|pouvez|pourriez ~1 jullie|u|you|sie|vous ~4 checklist|checkliste|stappenplan|template|sjabloon|voorbeeldbrief|voorbeeldtekst|standaardtekst|example|sample|muster|vorlage|modele|exemple'),
  // Who asked it of the sender's firm: someone he serves, "a client of mine", "een patiënt van ons", "ein Mieter", "un de nos
  // clients". A data subject names himself, not a client of his.
  concept('ownRequester', 'one ~1 of ~1 our|my ~2 patients|clients|customers|tenants|members|employees|pupils|students|residents|guests|candidates|applicants|workers|staff'),
  // Whoever he serves, named by any word, as the one of them who asks: "one of our singers has asked", "een van onze vrijwilligers
  // vraagt", "eine unserer Pflegekräfte hat", "une de nos bénévoles nous demande", "een oud-monteur van ons", "eine ehemalige
  // Pflegekraft hat", "een donateur heeft ons gevraagd".
  concept('ownRequester', 'one of our|my ~2 has|have|asked|asks|wants|emailed|wrote|requested'),
  concept('ownRequester', 'een van onze|mijn ~2 heeft|vroeg|vraagt|wil|wilde|mailde'),
  concept('ownRequester', 'eine|einer|ein unserer|unseres|meiner ~2 hat|will|mochte|moechte|bittet|verlangt|fordert'),
  concept('ownRequester', 'un|une de nos|mes ~2 nous|me|m demande|demandait|a|reclame'),
  concept('ownRequester', 'een oud|ex|voormalig|voormalige ~2 van ons|onze'),
  concept('ownRequester', 'a|an former|ex ~2 of ours|mine'),
  concept('ownRequester', 'ein|eine ehemaliger|ehemalige|fruherer|fruehere|frueherer ~2 hat|will|mochte|moechte|verlangt|fordert|bittet'),
  concept('ownRequester', 'een ~2 heeft|had ons|mij ~4 gevraagd|verzocht'),
  concept('ownRequester', 'a|an ~1 patient|client|customer|tenant|member|employee|worker|student|pupil|guest ~2 of ~1 ours|mine'),
  // ... or of the sender's firm named by what it is: "a client of our salon", "een patiënt van onze praktijk".
  concept('ownRequester', 'a|an ~1 patient|client|customer|tenant|member|guest ~1 of ~1 our'),
  concept('ownRequester', 'un|une ~1 client|cliente|patient|patiente|locataire|adherent|adherente de notre'),
  concept('ownRequester', 'ein|eine ~1 kunde|kundin|klient|klientin|mandant|mandantin ~1 unserer|unseres|meiner|meines'),
  concept('ownRequester', 'ein|eine ~1 kunde|kundin|klient|klientin|mandant|mandantin|patient|patientin|mieter|mieterin|mitglied ~1 von ~1 unserem|unserer|meinem|meiner|uns|mir'),
  concept('ownRequester', 'un|une ~1 de ~1 nos|mes ~1 clients|clientes|patients|patientes|locataires|adherents|adherentes|salaries|salariees|employes|collaborateurs|eleves'),
  // ... or one of those who were with it, by any role: "one of our former drivers", "een van onze oud-chauffeurs", "einer
  // unserer ehemaligen Fahrer", "un de nos anciens chauffeurs".
  concept('ownRequester', 'one ~1 of ~1 our|my ~1 former|ex'),
  concept('ownRequester', 'een ~1 van ~1 onze|mijn ~1 oud|ex|voormalige'),
  // ... or of those who are with it now: "een van onze medewerkers", "un de nos salariés" (English and German above and below).
  concept('ownRequester', 'een ~1 van ~1 onze|mijn ~1 patienten|klanten|clienten|huurders|leden|medewerkers|medewerksters|werknemers|leerlingen|bewoners|sollicitanten|gasten'),
  concept('ownRequester', 'einer|eine ~1 unserer|meiner ~1 ehemaligen|fruheren|frueheren'),
  concept('ownRequester', 'un|une ~1 de ~1 nos|mes ~1 anciens|anciennes'),
  // Someone the sender serves, asking him: "Une cliente nous demande ses données", "un ancien patient me demande ...".
  concept('ownRequester', 'un|une ~1 ancien|ancienne ~1 client|cliente|participant|participante|patient|patiente|locataire|membre|adherent|adherente|salarie|salariee|eleve ~2 nous|me ~1 demande|reclame'),
  concept('ownRequester', 'un|une ~1 client|cliente|participant|participante|patient|patiente|locataire|membre|adherent|adherente|salarie|salariee|eleve ~3 nous|me ~1 demande|demandait|demanderait|reclame'),
  concept('ownRequester', 'un|une ~1 client|cliente|participant|participante|patient|patiente|locataire|membre|adherent|adherente|salarie|salariee|eleve ~3 m|nous ~1 a|avait ~1 demande'),
  concept('ownRequester', 'een ~2 patient|patiente|klant|client|cliente|huurder|lid|leerling|bewoner|docent|docente|leraar|lerares|leerkracht|medewerker|medewerkster|werknemer|debiteur|deelnemer|deelneemster|cursist|cursiste|abonnee|donateur|vrijwilliger|vrijwilligster ~2 van ~1 ons|onze|mij|mijn'),
  // ... or told by what he did, the ask in the third person: "een medewerker die vorig jaar vertrok vraagt om inzage".
  concept('ownRequester', 'een ~1 medewerker|medewerkster|werknemer|werkneemster|klant|client|cliente|huurder|lid|leerling|patient|patiente|debiteur|deelnemer|cursist ~1 die ~6 vraagt|vroeg|verzoekt|verzocht|eist|eiste'),
  // ... or as one of a branch or team of the firm's: "ein Mitarbeiter unseres Lagers hat ... beantragt".
  concept('ownRequester', 'ein|eine ~1 mitarbeiter|mitarbeiterin|angestellter|angestellte|kunde|kundin|mieter|mieterin|mandant|mandantin ~1 unserer|unseres ~2 hat|verlangt|fordert|bittet'),
  // Someone who was with the firm or applied to it, told asking it in the third person: "a former guest emailed us", "een
  // oud-medewerker vraagt", "ein ehemaliger Mitarbeiter hat bei uns ...", "ein Bewerber will ...", "un ancien salarié nous
  // demande". The verb after keeps out the sender naming himself so ("Ich bin ein ehemaliger Mitarbeiter").
  concept('ownRequester', 'a|an ~1 former|ex ~2 employee|guest|customer|client|tenant|member|student|pupil|patient|candidate|applicant ~1 emailed|asked|contacted|wrote|wants|has|is'),
  concept('ownRequester', 'een ~1 oud|ex|voormalig|voormalige ~1 medewerker|medewerkster|werknemer|werkneemster|collega|cliënt|client|klant|leerling ~2 vraagt|vroeg|wil|heeft|dreigt|dreigde'),
  // ... also told as one of the firm's own: "een oud-medewerker van ons heeft ...", "ein früherer Mitarbeiter von uns".
  concept('ownRequester', 'een ~1 oud|ex|voormalig|voormalige ~1 medewerker|medewerkster|werknemer|werkneemster|collega|client|klant|leerling|huurder ~1 van ~1 ons|onze'),
  concept('ownRequester', 'een ~2 patient|patiente|klant|client|cliente|huurder|sollicitant|sollicitante ~1 heeft|vroeg|vraagt ~1 ons'),
  // The same asked of the sender himself, his firm named after him: "Een klant van de praktijk heeft mij gevraagd ...".
  concept('ownRequester', 'een ~2 patient|patiente|klant|client|cliente|huurder|lid|leerling ~3 heeft|vroeg|vraagt ~1 me|mij'),
  // ... or as wanting the firm to act: "een patiënt wil dat we zijn dossier wissen", "a client wants us to delete her file".
  concept('ownRequester', 'een ~2 patient|patiente|klant|client|cliente|huurder|sollicitant|sollicitante|leerling|bewoner ~1 wil ~1 dat ~1 we|wij|ik'),
  concept('ownRequester', 'a|an ~1 patient|client|customer|tenant|member|pupil|student|applicant ~1 wants ~1 us|me ~1 to'),
  concept('ownRequester', 'a|an ~1 patient|client|customer|tenant|member|pupil|student|applicant ~4 has|have ~1 sent ~1 us|me'),
  concept('ownRequester', 'a|an|one ~1 subscriber|reader|member|customer|client|patient ~6 asked ~1 me|us ~1 to'),
  concept('ownRequester', 'ein|eine ~1 ehemaliger|ehemalige|fruherer|fruehere|frueherer ~1 mitarbeiter|mitarbeiterin|angestellter|angestellte|kunde|kundin ~1 hat|will|mochte|moechte|verlangt|fordert|bittet'),
  // ... with where he worked between, told in the third person only: "ein früherer Angestellter unseres Werks in Lingen verlangt".
  concept('ownRequester', 'ein|eine ~1 ehemaliger|ehemalige|fruherer|fruehere|frueherer ~1 mitarbeiter|mitarbeiterin|angestellter|angestellte|kunde|kundin ~5 verlangt|fordert|bittet'),
  concept('ownRequester', 'ein|eine ~1 bewerber|bewerberin|kunde|kundin ~1 hat|will|mochte|moechte|verlangt|fordert|bittet'),
  // ... the one who asks told in a clause between: "ein Bewerber, den wir nicht nahmen, verlangt Auskunft".
  concept('ownRequester', 'ein|eine ~1 bewerber|bewerberin|kunde|kundin ~6 verlangt|fordert|bittet|mochte|moechte'),
  // ... or told by the leaving, any role: "ein ausgeschiedener Lagerist hat uns ...", "een vertrokken medewerker vraagt",
  // "a departed driver emailed us", "un salarié parti nous demande".
  concept('ownRequester', 'ein|eine ~1 ausgeschiedener|ausgeschiedene ~2 hat|will|mochte|moechte|verlangt|fordert|bittet'),
  concept('ownRequester', 'een ~1 vertrokken|uitgetreden|uitgestroomde ~2 vraagt|vroeg|wil|heeft'),
  concept('ownRequester', 'a|an ~1 departed|departing ~2 emailed|asked|contacted|wrote|wants|has|is'),
  concept('ownRequester', 'a|an ~1 employee|colleague|worker|member ~1 who ~1 left'),
  concept('ownRequester', 'un|une ~1 salarie|salariee|employe|employee|collaborateur|collaboratrice ~1 parti|partie|sorti|sortie ~1 nous'),
  // ... or named as whose request it is: "verzoek van een klant", "request from one of our tenants", "Anfrage eines Mandanten",
  // "demande d'une cliente".
  concept('ownRequester', 'verzoek|aanvraag|vraag ~1 van ~1 een|onze ~1 klant|client|cliente|patient|patiente|huurder|lid|medewerker|oud|ex'),
  concept('ownRequester', 'request ~1 from ~1 a|an|our ~1 customer|client|patient|tenant|member|employee|former'),
  concept('ownRequester', 'anfrage|antrag|ersuchen ~1 eines|einer|unseres|unserer ~1 kunden|kundin|mandanten|mandantin|patienten|patientin|mitarbeiters|mitarbeiterin|mieters|mieterin'),
  concept('ownRequester', 'demande ~2 un|une ~1 client|cliente|patient|patiente|salarie|salariee|adherent|adherente|locataire'),
  // ... or by the law's word for him, as a customer's instruction names him: "the data subject named in the form", "de betrokkene
  // die ...", "die betroffene Person", "la personne concernée".
  concept('ownRequester', 'the ~1 data ~1 subject ~1 named|concerned|who|whose|in|listed'),
  concept('ownRequester', 'de ~1 betrokkene ~1 die|wiens|wier|in|genoemd'),
  concept('ownRequester', 'der|die ~1 betroffenen|betroffene ~1 person'),
  concept('ownRequester', 'la ~1 personne ~1 concernee ~1 dont|qui|nommee|mentionnee'),
  concept('ownRequester', 'un|une ~1 ancien|ancienne ~1 salarie|salariee|employe|employee|client|cliente|collaborateur|collaboratrice ~1 nous'),
  concept('ownRequester', 'un|une ~1 candidat|candidate|client|cliente|salarie|salariee ~1 nous ~1 demande|a|reclame'),
  concept('ownRequester', 'ein|eine ~1 patient|patientin|mieter|mieterin|mandant|mandantin|mitglied|bewohner|bewohnerin'),
  concept('ownRequester', 'ein|eine ~2 kunde|kundin|klient|klientin|mitarbeiter|mitarbeiterin ~1 von ~1 uns|mir'),
  concept('ownRequester', 'einer|eine ~1 unserer|meiner ~1 kunden|kundinnen|patienten|patientinnen|mieter|mandanten|mitglieder|mitarbeiter|mitarbeiterinnen'),
  concept('ownRequester', 'un|une ~1 de ~1 nos|mes ~1 patients|clients|clientes|locataires|adherents|residents|salaries|employes|collaborateurs|candidats'),
  concept('ownRequester', 'un|une ~1 patient|patiente|locataire|adherent|adherente|resident|residente'),
  // The request as one the sender's firm received, or the data it holds on someone else: "an employee has sent us a DSAR",
  // "we've received a subject access request", "what we have on him", "welke gegevens wij van hem hebben", "will von uns
  // wissen, welche Daten wir über ihn gespeichert haben", "les données que nous avons sur lui".
  concept('ownRequester', 'employee|leaver|patient|customer|client|tenant|member|pupil|student|applicant ~2 has|have|had ~1 sent|emailed|asked|contacted ~1 us'),
  concept('ownRequester', 'employee|leaver|patient|customer|client|tenant|member|pupil|student|applicant|candidate|guest ~1 asked|emailed|contacted ~1 us'),
  concept('ownRequester', 'we|ve ~3 received|got ~5 dsar|sar|dsars|sars'),
  concept('ownRequester', 'we|ve ~3 received|got ~5 subject ~1 access'),
  concept('ownRequester', 'we ~2 have|hold|keep|store ~3 on|about ~1 him|her'),
  concept('ownRequester', 'gegevens ~1 wij|we ~3 van|over ~1 hem|haar'),
  concept('ownRequester', 'van ~1 uns ~3 wissen|erfahren'),
  concept('ownRequester', 'daten ~3 wir ~2 über|uber|ueber ~1 ihn'),
  concept('ownRequester', 'donnees ~3 nous ~2 avons|detenons|conservons ~2 sur ~1 lui|elle'),
  // A party that writes to us about a case and says in plain words that it asks no personal data of us ("We are not requesting
  // any personal data for now", "wij vragen geen persoonsgegevens op", "Wir verlangen keine personenbezogenen Daten", "nous ne
  // demandons aucune donnée personnelle"): no data subject exercises a right.
  concept('asksNoData', 'not ~1 request|requesting|seek|seeking|asking ~2 any ~1 personal ~1 data|information'),
  concept('asksNoData', 'no ~1 personal ~1 data ~2 is|are ~1 requested|sought'),
  concept('asksNoData', 'vragen|verzoeken|vorderen ~2 geen ~1 persoonsgegevens'),
  concept('asksNoData', 'geen ~1 persoonsgegevens ~3 opvragen|vragen|verzoeken'),
  concept('asksNoData', 'keine ~1 personenbezogenen ~1 daten ~3 verlangen|fordern|anfordern|erbitten'),
  concept('asksNoData', 'verlangen|fordern|erbitten ~2 keine ~1 personenbezogenen ~1 daten'),
  concept('asksNoData', 'demandons|demande|sollicitons ~2 aucune ~1 donnee|donnees ~1 personnelle|personnelles'),
  concept('asksNoData', 'demandons|demande|sollicitons ~2 aucune ~1 donnee|donnees ~2 caractere ~1 personnel'),
  // Nothing left for us to do, told outright: "jullie hoeven niets te doen", "you don't need to do anything". A right asked beside
  // it names the sender's own data, which keeps it.
  concept('asksNoData', 'jullie|u|je ~1 hoeven|hoeft ~2 niets|niks ~1 te ~1 doen'),
  concept('asksNoData', 'you ~1 don|do ~2 not|t ~1 need|have ~1 to ~1 do ~1 anything'),
  // An ask of us to act, beside the advice: "kunnen jullie dat exporteren?", "could you delete her from the backups?"; one that
  // asks advice ("can you tell me whether ...") is read as `ownHandling`, which spans it.
  concept('asksUs', 'kunnen|kunt|willen|wilt ~1 jullie|u'),
  concept('asksUs', 'can|could|would|will ~1 you'),
  concept('asksUs', 'konnen|koennen|konnten|koennten ~1 sie|ihr'),
  concept('asksUs', 'pouvez|pourriez|voulez|voudriez ~1 vous'),
  // ... or an instruction, as a customer gives its processor: "we instruct you to delete", "wij verzoeken u", "weisen wir Sie an",
  // "nous vous demandons de".
  // Help asked with the work itself: "help us extract them", "helpen ons die te exporteren", "uns helfen, sie wiederherzustellen",
  // "nous aider à les extraire".
  concept('asksUs', 'help|helping ~1 us|me ~3 extract|export|retrieve|recover|restore|collect|gather'),
  concept('asksUs', 'helpen ~1 ons|mij ~4 exporteren|ophalen|terughalen|herstellen|verzamelen'),
  concept('asksUs', 'uns|mir ~1 helfen|behilflich ~4 exportieren|wiederherzustellen|wiederherstellen|zusammenzustellen|zusammenstellen'),
  concept('asksUs', 'nous|m ~1 aider ~3 extraire|exporter|recuperer|restaurer|rassembler'),
  concept('asksUs', 'instruct|instructing ~1 you'),
  concept('asksUs', 'verzoeken|instrueren ~1 wij|we ~1 u|jullie'),
  concept('asksUs', 'weisen ~1 wir ~1 sie|euch'),
  concept('asksUs', 'nous ~1 vous ~1 demandons|prions'),
  // What the sender asks of us in his own words beside his thanks: a question ("Kan ik het ook als Excel krijgen?"),
  // "Merci de supprimer aussi ...", or a "but" ("Thanks, but the number is still wrong", "you only unsubscribed me").
  concept('asksMore', 'mag|kan|kun|can|may|darf|kann|konnte|puis|pourrais ~1 ik|i|ich|je'),
  concept('asksMore', 'merci ~1 de|d'),
  concept('asksMore', 'but|maar|aber|mais|however|echter|jedoch|toutefois|only|alleen|enkel|nur|seulement|still|toujours'),
  concept('asksMore', 'nog ~1 steeds'),
  concept('asksMore', 'immer ~1 noch'),
  concept('legalPower', '126na|126nc|126nd|126ne|126nf|126ng|126nh|126ua|126uc|126ud|strafvordering|opsporingsonderzoek|opsporingsambtenaar|hulpofficier|gefailleerde|faillissementswet|derdenbeslag|gerechtsdeurwaarder|tenuitvoerlegging|executoriaal|executoriale|beslaglegging'),
  concept('legalPower', 'officier ~2 justitie'),
  // The tax office's power to demand a third party's records (art. 53 AWR), not the duty to keep invoices (art. 52 AWR).
  concept('legalPower', '@article ~1 53|55 ~6 awr|rijksbelastingen'),
  concept('legalPower', 'vordering ~2 verstrekking|verstrekken'),
  concept('legalPower', 'vorder ~1 ik'),
  concept('legalPower', 'curator ~8 faillissement|failliet'),
  concept('legalPower', 'faillissement|failliet ~8 curator'),
  concept('legalPower', 'stpo|strafprozessordnung|ermittlungsverfahren|ermittlungsverfahrens|kriminalpolizei|staatsanwaltschaft|insolvenzverwalter|insolvenzverwalterin|insolvenzverfahren|insolvenzverfahrens|zwangsvollstreckung|zwangsvollstreckungssache|gerichtsvollzieher|gerichtsvollzieherin|obergerichtsvollzieher|obergerichtsvollzieherin|abgabenordnung|steuerfahndung'),
  concept('legalPower', 'requisition|requisitions|requiers|requerons|liquidateur|huissier'),
  concept('legalPower', 'procedure ~1 penale'),
  concept('legalPower', 'police ~1 judiciaire'),
  concept('legalPower', 'enquete ~1 preliminaire|flagrance'),
  concept('legalPower', 'liquidation|redressement ~1 judiciaire'),
  concept('legalPower', 'mandataire ~1 judiciaire|liquidateur'),
  concept('legalPower', 'commissaire ~2 justice'),
  concept('legalPower', 'procedures ~1 fiscales'),
  concept('legalPower', 'production ~1 order'),
  concept('legalPower', 'prevention|detection ~3 crime'),
  concept('legalPower', 'criminal ~1 investigation|evidence'),
  concept('legalPower', 'schedule ~1 36'),
  concept('legalPower', 'insolvency ~1 practitioner|proceedings'),
  concept('legalPower', 'liquidator|liquidators|bailiff|bailiffs'),
  concept('legalPower', 'enforcement ~1 agent|agents|officer|officers'),
  concept('legalPower', 'judgment|judgement ~1 debt|debtor'),
  concept('legalPower', 'trace ~1 request'),
  // A collector tracing a debtor for the creditor it acts for: "owes our client", "vorderen wij", "une créance contre",
  // "mit dem Forderungseinzug beauftragt".
  // The firm's own legal case against someone it employed: "legal proceedings against a former sales rep", "een procedure tegen onze
  // voormalig directeur", "ein Verfahren gegen unseren ehemaligen Mitarbeiter", "une procédure contre notre ancien salarié". What it
  // keeps of his is a legal hold for its case, as a creditor's trace is, no restriction he asked; "against my former employer" is
  // the sender's own dispute, and one against a former supplier is no person's.
  concept('legalPower', 'against|tegen|gegen|contre ~1 a|an|our|one|een|onze|unseren|unsere|einen|eine|notre|nos|un|une|l ~2 former|ex|voormalige|voormalig|oud|ehemaligen|ehemalige|fruheren|fruehere|frueheren|ancien|ancienne|anciens ~2 employee|employees|worker|rep|representative|manager|director|colleague|staff|medewerker|medewerkster|werknemer|directeur|collega|mitarbeiter|mitarbeiterin|angestellten|geschaftsfuhrer|geschaeftsfuehrer|kollegen|salarie|salariee|employe|collaborateur|collaboratrice|gerant|dirigeant'),
  concept('legalPower', 'owes|owe ~2 our ~1 client|clients'),
  concept('legalPower', 'vorderen ~1 wij'),
  concept('legalPower', 'creance ~1 contre|envers'),
  concept('legalPower', 'forderungseinzug|forderungseinzugs'),
  concept('portableFormat', 'tableur|tabelle|tabellenkalkulation|tabellenform'),
  // A standard digital format named: "dans un format numérique standard", "in een standaard digitaal formaat", "in a standard format".
  concept('portableFormat', 'format|formaat|formats ~2 numerique|standard|standaard|digital|digitaal|digitale|usuel|standardise'),
  concept('portableFormat', 'standard|standaard|numerique|digitaal|digitale|digital ~2 format|formaat|formats'),
  concept('ourCompany', 'rechnungen|rechnungskopie|rechnungskopien'),
  // One's own name on the invoices is one's own data: the invoice word inside this phrase does not make it our company's.
  { kind: 'concept', concept: 'myContactDetail', pattern: 'rechnung|rechnungen|invoice|invoices|factuur|facturen|facture|factures ~4 @mine ~1 name|naam|nom|namen', masksWords: true },
  { kind: 'concept', concept: 'myContactDetail', pattern: '@mine ~1 name|naam|nom|namen ~4 rechnung|rechnungen|invoice|invoices|factuur|facturen|facture|factures', masksWords: true },
  // The salutation the invoices open with is the sender's: "de aanhef in jullie facturen", "Anrede auf den Rechnungen".
  { kind: 'concept', concept: 'myContactDetail', pattern: 'aanhef|anrede|salutation|civilite ~8 rechnung|rechnungen|invoice|invoices|factuur|facturen|facture|factures', masksWords: true },
  { kind: 'concept', concept: 'myContactDetail', pattern: 'rechnung|rechnungen|invoice|invoices|factuur|facturen|facture|factures ~8 aanhef|anrede|salutation|civilite|geachte|mevrouw|meneer|madame|monsieur|frau|herr|dear|mrs|ms', masksWords: true },
  concept('ourCompany', 'sepa|prelevement|lastschrift|lastschriftmandat'),
  concept('received', 'trouvait|glisse|glissee|lag|lagen|befand'),
  concept('portableFormat', 'exportbestand|exportdatei|@portable|pst|mbox|vcf|vcard|importable|importeren|importieren|inlezen|exploitable'),
  // A file named by the mail program it opens in is a portable one: "a file I can open in Outlook", "een bestand dat ik in
  // Thunderbird kan inlezen", "eine Datei, die ich in Outlook öffnen kann", "un fichier que je peux ouvrir dans Outlook". The
  // program inside it is no question of how to use it ("how do I set up Outlook").
  { kind: 'concept', concept: 'portableFormat', pattern: 'file|files|format ~5 open|opens|opened|import|imported|load|read ~2 in|into|with ~1 outlook|thunderbird', masksWords: true },
  { kind: 'concept', concept: 'portableFormat', pattern: 'bestand|bestanden|formaat ~5 in|met ~1 outlook|thunderbird ~3 openen|opent|importeren|inlezen|lezen', masksWords: true },
  { kind: 'concept', concept: 'portableFormat', pattern: 'datei|dateien|format ~5 in|mit ~1 outlook|thunderbird ~3 öffnen|oeffnen|offnen|importieren|einlesen|lesen', masksWords: true },
  { kind: 'concept', concept: 'portableFormat', pattern: 'fichier|fichiers|format ~5 ouvrir|importer|lire|ouvre|ouvrent ~2 dans|avec|sous ~1 outlook|thunderbird', masksWords: true },
  // The verb, "so I can import it into", not an "import business".
  concept('portableFormat', 'can|could|to|will ~1 import'),
  concept('portableFormat', 'import|importing ~1 it|them|this|into|elsewhere'),
  // "importer" is French for "to import" and an English trade.
  concept('portableFormat', 'importer', 'fr'),
  concept('transfer', 'transmettez|transferez|transmettiez|ubertragt|ubermittelt|senden|schicken|uebertragt|uebermittelt'),
  concept('transfer', '@transfer|overdragen|overzetten|doorsturen|doorgeven|transmit|transfer|move|send|sturen|stuur|stuurt|verstuur|ubertragen|ubermitteln|ubergeben|transmettre|transferer|envoyer'),
  concept('newProvider', 'nieuwe|new|neue|neuen|nouveau|nouvel|nouvelle|andere|another|anderen|autre ~3 supplier|vendor|provider|leverancier|aanbieder|partij|dienstverlener|itbedrijf|beheerder|anbieter|dienstleister|fournisseur|prestataire|operateur|controller|verantwoordelijke|verantwortlichen|responsable'),
  // The sender's own switch told, the firm he moves to named in any words: "I'm moving my IT to my nephew's company", "ik stap over
  // naar een IT-bedrijf in Zeist", "ich wechsle zu einem IT-Dienstleister", "je passe chez un autre prestataire".
  concept('newProvider', 'moving|switching|move|switch ~1 my|our ~1 it|ict|support|systems|email|mail ~1 to'),
  concept('newProvider', 'stap|stappen|ga|gaan ~5 over ~1 naar'),
  concept('newProvider', 'wechsle|wechseln|wechselt ~8 dienstleister|anbieter|provider|firma|systemhaus|telefonanbieter|mobilfunkanbieter|internetanbieter'),
  // Sent straight into a new account or a new employer's environment: "rechtstreeks overzetten naar mijn nieuwe account", "naar de
  // Microsoft 365-omgeving van mijn nieuwe werkgever", "direkt in mein neues Konto", "directement ... vers mon nouveau compte".
  concept('newProvider', 'rechtstreeks|direct|direkt|directement|straight ~6 naar|to|into|in|an|vers ~7 nieuwe|new|neues|neue|neuen|nouveau|nouvel ~1 account|konto|compte|werkgever|employer|arbeitgeber|employeur|omgeving|tenant'),
  concept('newProvider', 'passe|passons|passer|change|changeons ~4 chez|vers ~3 prestataire|fournisseur|informaticien|societe|operateur'),
  // The provider changed, told with "de" and with "van": "je change de prestataire", "ik wissel van provider".
  concept('newProvider', 'change|changeons|changer|changé ~1 de ~1 prestataire|fournisseur|hébergeur|opérateur|informaticien'),
  concept('newProvider', 'wissel|wisselen|wisselt|gewisseld ~1 van ~1 provider|leverancier|aanbieder|hoster|itbedrijf|dienstverlener'),
  // The new IT firm or the one person who runs the sender's IT now, named as people do: "my new IT guy", "mijn nieuwe IT-man", "mein
  // neuer IT-Mensch", "mon nouvel informaticien"; and the switch told without "new": "we're moving IT provider".
  concept('newProvider', 'new|nieuwe|nieuw|neue|neuer|neuen|nouvel|nouveau|nouvelle ~1 it|ict|edv ~1 guy|man|person|persoon|mensch|mann|typ|firm|firma|bedrijf|company|partner|beheerder|dienstleister'),
  concept('newProvider', 'nouvel|nouveau|nouvelle ~1 informaticien|informaticienne'),
  concept('newProvider', 'moving|switching|changing|change|switch ~2 provider|providers|supplier|suppliers|vendor|msp|hoster'),
  // The switch told as leaving us for another firm: "leaving you for a cheaper provider", "ich verlasse Sie für einen anderen
  // Anbieter" (Dutch "ik stap over naar" and French "je passe chez" are read above).
  concept('newProvider', 'leaving|leave|left ~1 you|u|jullie|qn ~1 for ~3 provider|supplier|company|firm|msp|host|hoster|vendor|competitor'),
  concept('newProvider', 'verlasse|verlassen ~2 sie|euch ~1 fur|fuer ~3 anbieter|dienstleister|provider|firma|systemhaus|konkurrenz'),
  // The sender's firm moved to another provider ("I'm switching our company to ..."), or his mail to a new account of another
  // vendor's ("straight to my new Gmail", "in mijn nieuwe Google-account").
  concept('newProvider', 'moving|switching|move|switch ~3 company|business|firm|practice|office ~1 to'),
  // A domain or mailbox moved elsewhere: "I'm moving my personal domain from your hosting to Fastmail".
  concept('newProvider', 'moving|switching|move|switch|verhuis|verhuizen ~3 domain|domains|domein|domeinnaam|mailbox|hosting ~6 to|naar'),
  concept('newProvider', 'new|nieuwe|neue|neuen|nouveau|nouvel|nouvelle ~1 gmail|googlemail|google|icloud|proton|protonmail'),
  // The managed service provider or the tenant he moves to: "moving to another MSP", "straight to my new tenant".
  concept('newProvider', 'new|nieuwe|neue|neuen|neuer|nouveau|nouvel|nouvelle|another|andere|anderen|autre ~1 msp|tenant|hoster|hosting'),
  // Another vendor's workspace as where he goes: "to my new Google Workspace account", "naar mijn nieuwe Microsoft 365-omgeving".
  concept('newProvider', 'new|nieuwe|neue|neuen|neuer|nouveau|nouvel|nouvelle ~3 workspace|365 ~1 account|tenant|omgeving|konto|umgebung|compte|environnement'),
  concept('otherPerson', 'patients|patienten|patienten|patientes|ander|andere|anderen|andermans|other|others|another|different|someone|somebody|iemand|anderer|fremde|fremden|fremder|jemand|autre|autres|quelqu|derden|third|dritte|dritten|tiers|mensen|people|leute|personnes|klanten|customers|kunden|abonnees|subscribers|abonnenten|abonnes|mistake|abusievelijk|mistakenly|accidentally|versehentlich|destine|destinee'),
  // Someone the sender does not know who gets what was meant for him: "a stranger gets my reset codes", "een onbekende ontvangt
  // mijn voicemails", "ein Unbekannter bekommt meine Passwort-Mails", "un inconnu reçoit mes codes". Not a former colleague: he is
  // as often the one asking for his own data ("een oud-collega wil zijn gegevens ontvangen").
  concept('otherPerson', 'stranger|strangers|outsider|onbekende|onbekenden|unbekannter|unbekannte|unbekannten|inconnu|inconnue|inconnus'),
  concept('received', 'receives|receiving|ontvangt|krijgt|bekommt|erhalt|erhaelt|recoit|recoivent'),
  concept('personalDetails', 'voicemails|voicemail|voicemailberichten|sprachnachrichten|inlogcodes|verificatiecodes|bestatigungscodes|bestaetigungscodes'),
  concept('personalDetails', 'reset|verification|login|security|sms|2fa ~1 codes|code'),
  concept('personalDetails', 'codes ~2 de ~1 reinitialisation|verification|connexion|securite'),
  // Everyone's data is other people's: "I can see everyone's salary", "ieders loonstrook", "le salaire de tout le monde".
  concept('otherPerson', 'everyone|everybody ~1 s'),
  concept('otherPerson', 'everyones|everybodys|ieders|iedereens'),
  concept('otherPerson', 'de ~1 tout ~1 le ~1 monde'),
  concept('personalDetails', 'salarisoverzicht|salarisstrook|salarisstroken|jaaropgave|salarisgegevens|coordonnees|telnummers|telnummer|tel|recipients|ontvangers|empfanger|destinataires|geadresseerden|bankgegevens|klantgegevens|loonstrook|loonstroken|payslip|payslips|salary|salaris|gehalt|gehaltsabrechnung|salaire|bsn|burgerservicenummer|paspoort|passport|ausweis|identiteitsbewijs|medische|medical|geboortedata|naam|namen|name|names|noms|nom|adres|adressen|address|addresses|adresse|adresses|anschrift|privatanschrift|telefoonnummer|telefoonnummers|phone|numbers|telefonnummern|numeros|iban|bankrekening|kennwort|password|passwords|wachtwoord|wachtwoorden|passworter|passwort|mot|passe|geboortedatum|personeelslijst|staff|contactgegevens|usernames|gebruikersnamen|zugangsdaten|username|persoonsgegevens|klantenlijst|kundendaten|kundenliste|arbeitsbericht|mobile|empfaenger|passwoerter'),
  concept('personalDetails', 'coordonnees|kontaktdaten|telephones|durchwahlen|durchwahl|passwortlisten|passwortliste|kontaktpersonen|ansprechpartner|ansprechpersonen|interlocuteurs'),
  // "la liste des informations que vous avez sur moi" is a copy of data, not a mailing list.
  concept('copyOf', 'liste|list|lijst ~2 des|de|der|of|van ~1 informations|donnees|daten|informationen|gegevens|data|information'),
  // ... or of those it went to: "the list of companies you've passed my details to", "de lijst van bedrijven waaraan", "die
  // Liste der Firmen, an die", "la liste des sociétés auxquelles".
  concept('copyOf', 'liste|list|lijst ~1 des|der|of|van|met ~2 companies|recipients|parties|organisations|organizations|processors|bedrijven|ontvangers|partijen|derden|organisaties|verwerkers|firmen|unternehmen|empfanger|empfaenger|dritten|auftragsverarbeiter|societes|entreprises|destinataires|tiers|organismes'),
  // So is a list of every single item of it: "a list of every item of data you keep on me", "een lijst van elk gegeven
  // dat u over mij heeft", "la liste de chaque donnée que vous avez sur moi".
  concept('copyOf', 'liste|list|lijst ~1 of|van|de|der ~1 every|each|elk|elke|ieder|iedere|chaque|jeder|jedes|jede ~3 informations|information|donnee|donnees|daten|datum|angabe|informationen|gegevens|gegeven|data|detail|details|item'),
  concept('otherPerson', 'liste|listes|fichier|tableau|tabelle ~4 clients|clientes|kunden|salaries|employes|mitarbeiter|mitarbeitenden'),
  concept('see', 'gesehen|sieht|einsehbar|reingeschaut|angeschaut|nachgeschaut|voit|apparait|apparaissent|figurent'),
  // Finding something is seeing it, when someone found it: "we found a folder with printouts", "ik vond een usb-stick",
  // "hat ... gefunden", "j'ai trouvé"; not an alert's "Email found:" or "your address was found in a breach".
  concept('see', 'i|we|ik|wij|ich|wir|je|nous|receptionist|receptioniste|medewerker|medewerkster|colleague|collega|kollege|kollegin ~3 found|vond|vonden|fand|fanden|trouve|trouvons'),
  concept('see', 'heb|hebben|heeft|habe|haben|hat|ai|avons|a|is|werd|ist|wurde ~8 gevonden|gefunden|trouve|trouvee|trouves|trouvees'),
  concept('received', 'darauf|drauf'),
  concept('otherPerson', 'unserer|unsere|nos ~1 mitarbeiter|mitarbeitenden|angestellten|kunden|salaries|employes|clients|collaborateurs'),
  concept('exposed', 'offentliche|offentliches|offentlichen|oeffentlich|oeffentliche|oeffentliches|oeffentlichen|publique|publiques'),
  concept('personalDetails', 'geburtsdaten|zugangsdaten|identifiants|dates ~2 de ~1 naissance'),
  concept('personalDetails', 'personalakten|personalakte|personaldaten|gehaltsabrechnungen|lohnabrechnungen|passwortern|passwoertern|patientendaten'),
  concept('personalDetails', 'fiches|fiche|bulletins|bulletin ~2 de ~1 paie|salaire'),
  // A sick note and what it says are health data: "my sick note went to the whole team", "de ziekmelding van een collega",
  // "meine Krankmeldung", "mon arrêt maladie".
  concept('personalDetails', 'ziekmelding|ziekmeldingen|ziekteverzuim|verzuimhistorie|verzuimgegevens|doktersverklaring|diagnosis|krankmeldung|krankmeldungen|krankschreibung|arbeitsunfahigkeitsbescheinigung|arbeitsunfaehigkeitsbescheinigung'),
  concept('personalDetails', 'sick ~1 note|notes'),
  concept('personalDetails', 'arret|arrets|certificat ~1 maladie|medical'),
  // One's own papers: "my personal documents", not "his personal documents" a former employee wants exported.
  concept('personalDetails', '@mine ~1 personal|persoonlijke|personliche|persoenliche|private ~1 documents|documenten|dokumente|unterlagen|papers|papieren|papiere'),
  concept('personalDetails', 'mes ~1 documents|papiers ~1 personnels|prives'),
  concept('personalDetails', 'donnees|fichiers|dossiers ~1 clients|client|patients|salaries|personnel'),
  concept('exposed', 'trainaient|trainent|traine|trainait'),
  // Verb last: "an eine andere Firma weitergegeben"; "Dritte, denen Sie ... übermittelt haben" asks for access instead.
  concept('disclosed', 'andere|anderen|anderes|autre ~2 firma|unternehmen|societe|entreprise ~6 weitergegeben|weitergeleitet|verkauft|transmis|transmises|communiquees|vendues'),
  concept('otherPerson', 'clients|clientes|kundinnen'),
  concept('personalDetails', 'dossiers|fiches|akten|unterlagen ~2 clients|client|kunden|patients|patienten|salaries|mitarbeiter'),
  concept('received', 'went ~1 out'),
  concept('received', 'getting|recevoir|krijgen|bekomme|recois|ontvang|krijg|read|voorgelezen|vorgelesen|bekommen|emailed|mailed|gemaild|gemailed|gestuurd|stuurde|sent|schickte|zugeschickt|envoye|geopend|opened|geoffnet|ouvert|ontvangen|ontving|kreeg|gekregen|zat|stond|stonden|received|got|contained|contains|shows|showed|erhalten|bekommen|enthielt|enthalt|steht|stehen|geschickt|recu|recue|contient|contenait|attached|bijlage|anhang|piece|geoeffnet|enthaelt'),
  concept('see', 'zie|shown|getoond|angezeigt|affiche|showed|zien|zag|zichtbaar|see|seeing|saw|visible|view|sehe|sehen|sichtbar|vois|voir|visibles|visible|openbaar|public|publicly|offentlich|publiquement|exposed'),
  // Recipients who could see each other: the CC line, the To field.
  concept('recipientField', 'cc|bcc|aanveld'),
  concept('recipientField', 'aan|to|an|a ~1 veld|field|feld|zeile|ligne|line|regel'),
  concept('everything', 'every|elke|iedere|jede|jeder|chaque ~1 recipient|ontvanger|geadresseerde|empfanger|destinataire|empfaenger'),
  // The addresses of a whole firm counted, which an admin takes off a mailing: "all the @firm.nl addresses", "alle adressen van ons
  // kantoor", "alle Adressen unserer Kanzlei", "toutes les adresses du cabinet". An e-mail address between gives no words.
  concept('allAddresses', 'all|alle|samtliche|saemtliche|toutes|tous ~3 adressen|addresses|adresses|mailadressen|emailadressen|mailadresses|emailadresses'),
  // So are the people an admin lists or points to ("the following people", "deze collega's", "folgende Personen", "les personnes
  // ci-dessous"): his own staff, counted, not one person's data.
  concept('allAddresses', 'following|these|below|listed|volgende|deze|onderstaande|genoemde|folgende|diese|untenstehende|untenstehenden|genannten|ces ~1 people|persons|colleagues|employees|staff|users|members|addresses|mensen|personen|collega|collegas|medewerkers|gebruikers|adressen|kollegen|kolleginnen|mitarbeiter|mitarbeitenden|nutzer|personnes|collegues|salaries|utilisateurs|adresses'),
  concept('allAddresses', 'people|persons|colleagues|addresses|personnes|collegues|adresses|utilisateurs ~1 below|listed|suivantes|suivants|ci'),
  concept('exposed', 'bloot|rondslingeren|rondslingerde|slingerde|unattended|lying|offen|gezet|gepost|posted|gepostet|publie|feld|veld|field|zeile|forgotten|vergessen|oublie|oubliee|cc|bcc|zichtbaar|visible|visibles|sichtbar|openbaar|publicly|offentlich|deellink|unlocked|onvergrendeld|unbeaufsichtigt|pavement|stoep|trottoir|container|bins|trash|rubbish|vuilnisbak|prullenbak|papiercontainer|poubelle|mulltonne|altpapier|onbeheerd|achtergelaten|liegengelassen|laisse|abandonne|muelltonne'),
  concept('otherPerson', 'per ~1 ongeluk'),
  // Left lying about ("left on the train", "left it unattended"), not "he left the school".
  concept('exposed', 'left ~3 on|at|behind|open|unattended|lying|out|outside|visible|unlocked'),
  concept('exposed', 'left ~1 a|an|the|our|my|his|her|their|your ~2 folder|folders|box|boxes|bag|laptop|list|printout|printouts|documents|papers|file|files|binder|usb|stick|notebook|envelope|envelopes|letter|letters|copies|copy|forms'),
  // "Unsere Kundendaten" are other people's; "meine Kundendaten" are the sender's own record.
  concept('otherPerson', 'unsere|unserer|unseren|eure|eurer|alle|die|der|den|fremde|fremden|andere|anderer|samtliche|saemtliche ~1 kundendaten'),
  concept('notForMe', 'niet|nicht|not|pas ~4 voor|fur|fuer|for|pour|an|aan|to ~1 mij|mich|me|moi|ons|uns|us|nous'),
  concept('notForMe', 'niet|nicht|not|pas ~1 ours|onze|mine|meins|unsere|notre'),
  // Our mail named as not the sender's firm's own, by the thing it is about: "das ist aber nicht unser Ticket", "that's not our
  // invoice", "dit is niet ons ticket", "das ist nicht meine Rechnung", "ce n'est pas notre commande".
  concept('notForMe', 'niet|nicht|not ons|onze|unser|unsere|our|my|mijn|mein|meine ticket|tickets|factuur|rechnung|invoice|order|bestelling|auftrag|bestellung|contract|vertrag|dossier|akte|file|account|konto|klantnummer|kundennummer'),
  // Told as what it is not: "it isn't ours", "doesn't belong to us", "elle ne me concerne pas", "gaat niet over mij", "nicht zu meinem Vertrag gehört".
  concept('notForMe', 'isn|aren|wasn|weren ~2 ours|mine|for'),
  concept('notForMe', 'not|doesn|don|niet|nicht|pas ~3 belong|belongs|hoort|horen|gehort|gehoert|gehoren|gehoeren|appartient|appartiennent'),
  concept('notForMe', 'ne ~1 me|nous ~1 concerne|concernent ~1 pas'),
  concept('notForMe', 'niet|nicht|not ~2 over|about|um ~1 mij|ons|me|us|mich|uns'),
  concept('notForMe', 'niet|nicht ~1 van|von ~1 ons|uns'),
  // Whom it is for told first, the sender set against it: "the invoice you emailed us is for Vantage Pharma, not us".
  concept('notForMe', 'for ~4 not ~1 us|me'),
  // Whose data it is when it is not the sender's, told as belonging: "a payslip of another company", "another customer's invoice",
  // "de factuur van een andere klant", "Unterlagen anderer Bewerber", "la facture d'une autre société", "someone else's password".
  // Not other firms as recipients: "do you share member details with other companies?", "I sent it to a few other companies".
  concept('anotherOwner', 'of|from ~2 another|other|different ~1 company|companies|customer|customers|client|clients|firm|firms|tenant|tenants|business|organisation|organization|practice|pupil|pupils|family|families|person|people|patient|patients|child|children|user|users|account|ticket'),
  concept('anotherOwner', 'another|other|different company|customer|customers|client|clients|firm|tenant|pupil|family|person|patient|child|user s'),
  concept('anotherOwner', 'someone|somebody ~1 else|elses'),
  // The other owner named as one of the many we serve, or as a fellow employee or user of the sender's firm: "the payroll files of
  // another of your customers", "the tickets of another employee", "de tickets van een andere medewerker", "die Akten eines
  // anderen Mitarbeiters", "les tickets d'un autre employé".
  concept('anotherOwner', 'another|other ~1 of ~1 your|our|their ~1 customers|clients|tenants|users|patients|members|employees'),
  concept('anotherOwner', 'of|from ~2 another|other|different ~1 employee|employees|member|members|staff|colleague|worker|workers'),
  concept('anotherOwner', 'another|other|different employee|member|worker|user s'),
  concept('anotherOwner', 'van ~2 andere|ander ~1 klant|klanten|bedrijf|bedrijven|organisatie|praktijk|patient|patienten|leerling|leerlingen|persoon|personen|huurder|huurders|kind|kinderen|gezin|account|ticket'),
  concept('anotherOwner', 'van ~2 andere|ander ~1 medewerker|medewerkers|werknemer|werknemers|gebruiker|gebruikers|lid|leden'),
  concept('anotherOwner', 'iemand ~1 anders'),
  concept('anotherOwner', 'eines|einer ~1 anderen ~1 kunden|kundin|firma|unternehmens|patienten|patientin|person|bewerbers|bewerberin|kindes|mandanten'),
  concept('anotherOwner', 'anderer ~1 kunden|firmen|unternehmen|patienten|personen|bewerber|kinder|mandanten'),
  concept('anotherOwner', 'fremde|fremder|fremden|fremdes ~1 kunden|rechnung|rechnungen|daten|nummer|rufnummer|person|personen|unterlagen|dokumente'),
  concept('anotherOwner', 'eines|einer ~1 anderen ~1 mitarbeiters|mitarbeiterin|nutzers|nutzerin|benutzers|mitglieds|beschaftigten|beschaeftigten'),
  concept('anotherOwner', 'anderer ~1 mitarbeiter|mitarbeiterinnen|nutzer|benutzer|mitglieder|beschaftigter|beschaeftigter'),
  concept('anotherOwner', 'jemand|jemandem|jemanden|jemandes ~1 anders|anderem|anderen|anderes'),
  concept('anotherOwner', 'd|de|des ~2 autre|autres ~1 societe|entreprise|client|cliente|clients|personne|eleve|eleves|famille|patient|patients|locataire|compte|ticket'),
  concept('anotherOwner', 'd|de|des ~2 autre|autres ~1 employe|employee|employes|employees|salarie|salariee|salaries|collaborateur|collaboratrice|collaborateurs|utilisateur|utilisatrice|utilisateurs|membre|membres|adherent|adherents'),
  concept('anotherOwner', 'quelqu ~2 autre'),
  // A colleague's, at work, named with a possessive or an article: "the payslip of my colleague", "my colleague's sick note", "de
  // loonstrook van mijn collega", "die Gehaltsabrechnung meiner Kollegin", "la fiche de paie de ma collègue". Not "the wages of 23
  // colleagues" a firm's own staff mailed out: a count names the firm's staff, not one person's data that reached the sender.
  concept('anotherOwner', 'colleague|colleagues|coworker|coworkers s'),
  concept('anotherOwner', 'of ~1 my|a|our|another|all ~1 colleague|colleagues|coworker|coworkers'),
  concept('anotherOwner', 'of ~1 all ~1 my|our ~1 colleagues|coworkers'),
  concept('anotherOwner', 'van ~1 mijn|m|een|onze|al|alle ~1 collega|collegas|collegae'),
  concept('anotherOwner', 'van ~1 al|alle ~1 mijn|onze ~1 collega|collegas|collegae'),
  concept('anotherOwner', 'van collega|collegas|collegae'),
  concept('anotherOwner', 'meines|meiner|eines|einer|unseres|unserer ~1 kollegen|kollegin'),
  concept('anotherOwner', 'de|d ~2 collegue|collegues'),
  concept('notForMe', 'bestand|bijlage|factuur|facturen|document|documenten|overzicht|lijst|pakbon ~4 niet ~1 van ~1 ons|mij'),
  concept('received', 'bevat|bevatte|bevatten'),
  // Our attachment, named as what came with our mail: "la facture jointe à votre message", "le document joint à votre e-mail".
  concept('received', 'jointe|joint|jointes|joints ~2 a ~2 votre|vos ~1 message|messages|mail|mails|courriel|courriels|envoi|e'),
  // What a document carries of someone: "er staan de naam en het adres van een andere klant op", like "stond"; not "er staan klantgegevens op" of our own server.
  concept('received', 'er ~1 staan|staat ~10 van'),
  // "Naam en adres van iemand anders staan erop": the document carries them.
  concept('received', 'staan|staat ~1 erop|erin'),
  concept('theyAsked', 'pls|plz|aub|svp|please|graag|bitte|veuillez|could|would|kunt|kunnen|konnen|können|pourriez|pouvez|asked|asks|requested|requests|wants|invoking|invoked|vraagt|gevraagd|vroeg|wil|wilt|willen|wollen|want|verzoek|verzocht|verlangt|eist|bittet|gebeten|mochte|möchte|fordert|demande|demandé|souhaite|souhaiterais|souhaiterait|exige|reclame|koennen|moechte|aufgefordert'),
  // The formal verbs of a demand, a lawyer's or a formal consumer's: "mon client sollicite", "wir fordern", "ich beantrage".
  concept('theyAsked', 'sollicite|sollicitons|sollicitent|solliciter|requiert|requérons|requerons|fordern|fordere|verlangen|verlange|beantrage|beantragen'),
  // English "request" asks only as the writer's verb: "we request that you", "I hereby request you to"; not "my request".
  concept('theyAsked', 'i|we ~2 request|require|demand ~1 that|you'),
  // The next step of a list of requests, its imperative right after "then" as French "puis effacez tout" already reads: "then
  // delete the lot", "Verwijder daarna alles". Only the imperative: "then deleted" tells, "daarna verwijder ik" puts "ik" first.
  concept('theyAsked', 'then|afterwards delete|erase|remove|wipe|purge|destroy|bin'),
  concept('theyAsked', 'verwijder|wis|vernietig daarna|vervolgens|nadien'),
  // "He'd like his details removed", "she'd like a copy": the contraction of "would like", which asks as "would" does.
  concept('theyAsked', 'd ~1 like'),
  // A need told is an ask: "We need a copy of his mailbox from the archive you host for us."
  concept('theyAsked', 'we|i ~1 need|needs'),
  // French "merci de" asks as "please" does: "merci d'effacer ses données", "merci de la retirer".
  concept('theyAsked', 'merci ~1 de|d ~2 supprimer|effacer|retirer|enlever|transmettre|envoyer|communiquer|cesser|arreter|bloquer|limiter|anonymiser|detruire|exporter|extraire|fournir'),
  // A passive question asks a correction or an erasure done, its verb before the thing asked about: "Kan dat aangepast
  // worden?", "can this be updated?", "Kann das geändert werden?", "cela peut-il être corrigé ?". Not the statement "dat kan
  // niet aangepast worden", nor another deed: "Wat mij betreft kan het dossier worden gesloten".
  concept('theyAsked', 'kan|kunnen ~1 dat|dit|het|die|deze|ze ~2 aangepast|gewijzigd|veranderd|gecorrigeerd|verbeterd|bijgewerkt|rechtgezet|verwijderd ~1 worden'),
  concept('theyAsked', 'can|could ~1 this|that|it|these|those ~1 be ~1 updated|changed|corrected|fixed|amended|removed|deleted'),
  concept('theyAsked', 'kann|konnen|koennen ~1 das|dies|es|diese|sie ~2 geandert|geaendert|korrigiert|berichtigt|aktualisiert|angepasst|geloscht|geloescht|entfernt ~1 werden'),
  concept('theyAsked', 'peut|peuvent ~1 il|elle|ils|elles ~1 etre ~1 corrige|corrigee|corriges|modifie|modifiee|modifies|supprime|supprimee|supprimes|efface|effacee'),
  concept('notForMe', 'fur|fuer ~3 herrn|frau|einen|eine|jemand|jemanden|andere|anderen|kollegen|kollegin ~3 bestimmt|gedacht'),
  concept('notForMe', 'destine|destinee|destines|destinees|adresse|adressee ~2 a ~2 mme|m|monsieur|madame|mr|un|une|quelqu|autre'),
  // "Adressé à mon voisin" is someone else; "adressé à mon nom" is the sender himself.
  concept('notForMe', 'destine|destinee|adresse|adressee ~2 a ~1 mon|ma ~1 voisin|voisine|frere|soeur|pere|mere|fils|fille|mari|femme|epoux|epouse|collegue|homonyme|ancien|ancienne|employeur'),
  concept('notForMe', 'belongs|hoort|gehort|gehört|appartient|gehoert ~3 to|bij|zu|a'),
  concept('notForMe', 'meant|bedoeld|bestemd|bestimmt|destine|destinee|intended ~3 for|voor|fur|pour|fuer ~3 someone|iemand|andere|another|un|une|een|a|jemand|einen|eine'),
  concept('disclosed', 'doorgegeven|doorgespeeld|weitergegeben|verkocht|sold|verkauft|vendu ~8 leverancier|supplier|derde|derden|third|partner|lieferant|fournisseur|reseller|wederverkoper|bedrijf|company|firma|societe|partij'),
  // The sender's detail told as made public, in the passive or by us ("my address and phone number have been made public by you",
  // "mijn adres is door jullie openbaar gemaakt", "meine Nummer wurde veröffentlicht", "vous avez rendu publique mon adresse"): a
  // breach told. Done, not feared: "I don't want my address made public" tells no event.
  concept('disclosed', 'been|was|were|you|have|has ~4 made ~1 public'),
  concept('disclosed', 'is|zijn|werd|werden|hebben|heeft|hebt ~8 openbaar|publiek ~1 gemaakt'),
  concept('disclosed', 'wurde|wurden|haben|hat|habt ~6 veröffentlicht|veroffentlicht|veroeffentlicht|publiziert'),
  concept('disclosed', 'été|ete|avez|ont|a ~3 rendu|rendue|rendus|rendues ~1 public|publique|publics|publiques'),
  // One of ours gave the sender's details to a person he knows or another customer: "your technician gave my number to my landlord",
  // "jullie medewerker heeft mijn nummer gegeven aan een andere klant", "hat meine Nummer an meinen Vermieter weitergegeben", "a donné
  // mon numéro à mon propriétaire", "your manager passed my number to a sales agency". Told of one of ours, not of the sender ("I
  // gave my number to my landlord"), nor given to his employer, a customer of ours: his private matter or details passed there are
  // read as `forwardedOn`.
  concept('disclosed', 'you|your|he|she|they|someone|somebody|employee|technician|engineer|colleague ~3 gave|given|passed|handed|shared|forwarded|disclosed ~8 to ~2 my|another|other|a|an ~1 landlord|neighbour|neighbor|ex|customer|client|stranger|tenant|husband|wife|partner|company|firm|seller|reseller|marketer|callcenter'),
  // A sales or marketing agency, not a collection agency, which a debt passes to lawfully.
  concept('disclosed', 'you|your|he|she|they|someone|somebody|employee|technician|engineer|colleague|manager ~3 gave|given|passed|handed|shared|forwarded|disclosed ~8 to ~2 a|an ~1 marketing|sales|advertising|telemarketing ~1 agency|agencies|bureau'),
  concept('disclosed', 'jullie|uw|je|hij|zij|iemand|medewerker|monteur|collega ~8 gegeven|doorgegeven|gedeeld|doorgestuurd|verstrekt ~2 aan ~2 een|mijn|andere ~2 klant|klanten|buurman|buurvrouw|huisbaas|verhuurder|ex|vreemde|persoon|bedrijf|bureau|marketingbureau|verkoper|callcenter'),
  concept('disclosed', 'aan ~2 een|mijn|andere ~2 klant|klanten|buurman|buurvrouw|huisbaas|verhuurder|ex|vreemde ~6 gegeven|doorgegeven|gedeeld|doorgestuurd|verstrekt'),
  concept('disclosed', 'an ~2 meinen|meine|einen|eine|andere|anderen ~1 vermieter|vermieterin|nachbarn|nachbar|nachbarin|ex|kunden|kundin|fremden ~3 weitergegeben|gegeben|weitergeleitet|herausgegeben|verraten'),
  concept('disclosed', 'donne|transmis|communique|passe|divulgue ~5 a ~2 mon|ma|un|une|autre ~1 proprietaire|voisin|voisine|ex|client|cliente|inconnu|inconnue'),
  // A mail about the sender sent to someone he knows: "was gestuurd naar mijn ex-partner", "you emailed it to my ex", "an meinen
  // Nachbarn geschickt", "envoyé à mon voisin".
  concept('disclosed', 'gestuurd|verstuurd|gemaild|doorgestuurd ~3 naar ~2 mijn|een|de ~1 ex|expartner|buurman|buurvrouw|buren|huisbaas|verhuurder|werkgever|baas'),
  concept('disclosed', 'naar ~2 mijn|een|de ~1 ex|expartner|buurman|buurvrouw|buren|huisbaas|verhuurder|werkgever|baas ~3 gestuurd|verstuurd|gemaild|doorgestuurd'),
  concept('disclosed', 'sent|emailed|mailed|posted ~8 to ~2 my|a|the ~1 ex|landlord|neighbour|neighbor|neighbours|neighbors|employer|boss|manager'),
  concept('disclosed', 'an ~2 meinen|meine|den|die ~1 ex|vermieter|vermieterin|nachbarn|nachbar|nachbarin|arbeitgeber|chef ~3 geschickt|gesendet|gemailt|verschickt'),
  // Sent not to the sender but to someone else: "mijn wachtwoord is niet naar mij gestuurd maar naar Bas", "sent not to me but to
  // my old manager", "nicht an mich, sondern an einen Kollegen".
  concept('disclosed', 'niet|not|nicht|pas ~2 naar|to|an|a ~1 mij|me|mich|moi ~4 maar|but|sondern|mais ~2 naar|to|an|a'),
  // Or to a whole list or team by one of ours: "your engineer emailed my bank details to the whole project distribution list".
  concept('disclosed', 'you|your|he|she|engineer|technician|employee|colleague|helpdesk|someone ~6 sent|emailed|mailed|forwarded|shared ~8 to|with ~4 distribution|everyone|everybody|whole|entire'),
  concept('disclosed', 'jullie|u|uw|hij|zij|monteur|medewerker|collega|helpdesk|iemand ~6 gestuurd|gemaild|doorgestuurd|gedeeld ~6 naar|met ~3 iedereen|hele|verzendlijst|distributielijst'),
  // A mail of ours that went to all of them at once: "de nieuwsbrief ging naar alle ouders tegelijk", "sent to all parents at once".
  concept('disclosed', 'naar|aan ~1 alle ~2 collega|collegas|medewerkers|ouders|klanten|leden|deelnemers ~2 tegelijk|tegelijkertijd'),
  concept('disclosed', 'to ~1 all ~2 colleagues|staff|employees|parents|customers|members|participants ~2 at ~1 once'),
  concept('disclosed', 'envoye|envoyee|envoyes|envoyees|adresse|adressee ~3 a ~2 mon|ma|mes ~1 ex|proprietaire|voisin|voisine|voisins|employeur|patron'),
  // The sender's name searched for, and a detail of his found where it should not be: "googling my name I found a PDF with my
  // home address", "als ik mijn naam google ... mijn woonadres". The name searched for is no detail found: "when people google my
  // name, your forum thread is the first hit" asks an erasure.
  { kind: 'concept', concept: 'disclosed', pattern: 'google|googling|googled|googel|googelt|googele|googlen|googelen|gegoogeld|gegoogled ~3 my|mijn|meinen|mon ~2 name|naam|namen|nom', masksWords: true },
  { kind: 'concept', concept: 'disclosed', pattern: 'my|mijn|meinen|mon ~2 name|naam|namen|nom ~3 google|googling|googled|googel|googelt|googele|googlen|googelen|gegoogeld|gegoogled', masksWords: true },
  // The same told with that person as a pronoun: "your employee gave him my number", "read out my address to him", "uw medewerker
  // heeft hem mijn adres gegeven", "Ihr Mitarbeiter hat ihm meine Adresse genannt", "votre employé lui a donné mon adresse".
  concept('disclosed', 'employee|technician|engineer|helpdesk|receptionist|staff|agent|you|someone ~4 gave|given|told|handed|passed|disclosed|revealed|shared ~2 him|her|them ~6 my'),
  concept('disclosed', 'employee|technician|engineer|helpdesk|receptionist|staff|agent|you|someone ~4 read ~1 out ~6 my ~6 to ~1 him|her|them'),
  concept('disclosed', 'medewerker|medewerkster|monteur|helpdesk|servicedesk|receptie|jullie|u ~4 hem|haar|hun ~6 mijn ~6 gegeven|doorgegeven|verteld|voorgelezen|gestuurd|gemaild|genoemd'),
  concept('disclosed', 'mitarbeiter|mitarbeiterin|techniker|technikerin|helpdesk|empfang|sie ~4 ihm|ihr ~6 meine|meinen|meiner|meinem ~6 gegeben|genannt|gesagt|vorgelesen|weitergegeben|geschickt|mitgeteilt'),
  concept('disclosed', 'employe|employee|technicien|technicienne|collaborateur|collaboratrice|agent|accueil|vous ~3 lui|leur ~3 a|ont|avez|avait ~2 donne|communique|transmis|lu|envoye|indique|revele ~4 mon|ma|mes'),
  // Someone the sender knows got a mail of ours that held the sender's details: "my neighbour received an email from you with my
  // quote", "hij had van jullie een mail gekregen met mijn adres", "mein Nachbar hat von Ihnen eine Mail mit meiner Adresse bekommen",
  // "mon voisin a reçu de votre part un mail avec mon adresse". Told of another person and sent by us: a letter from another firm
  // ("ze kreeg een brief van een ander bedrijf met haar naam") or a mail the sender got himself is no disclosure.
  concept('disclosed', 'he|she|neighbour|neighbor|landlord|stranger|someone|somebody|tenant ~6 got|received|gets|receives ~6 from ~1 you|your ~6 with|containing|showing|listing|including ~3 my'),
  concept('disclosed', 'hij|zij|buurman|buurvrouw|huisbaas|verhuurder|vreemde|iemand|onbekende ~8 kreeg|kregen|ontving|ontvingen ~6 van ~1 u|jullie ~6 met ~3 mijn'),
  concept('disclosed', 'hij|zij|buurman|buurvrouw|huisbaas|verhuurder|vreemde|iemand|onbekende ~8 van ~1 u|jullie ~6 gekregen|ontvangen ~4 met ~3 mijn'),
  concept('disclosed', 'er|nachbar|nachbarin|vermieter|vermieterin|fremder|fremde|jemand|unbekannter ~8 von ~1 ihnen|euch ~6 mit ~3 meinen|meinem|meiner|meine'),
  concept('disclosed', 'il|elle|voisin|voisine|proprietaire|inconnu|inconnue|quelqu ~6 recu ~6 de ~1 vous|votre ~6 avec|contenant|comportant ~3 mon|ma|mes'),
  // What makes a forwarded mail the sender's own business: private, personal, his health ("een persoonlijke mail over mijn
  // gezondheid", "from my personal address", "a personal matter").
  concept('privateMatter', 'medicales|medicaux|diagnose|diagnoses|diagnosen|cv|cvs|sollicitatie|sollicitatiebrief|lebenslauf|lebenslaufs|bewerbung|bewerbungsunterlagen|candidature|privezaak|privemail|privemails|privatmail|privatmails|priveberichten|privebericht|privatnachrichten|privatnachricht|priveadres|privatadresse|privezaken|privater|privaten|privates|privatem|gezondheid|health|gesundheit|sante|ziekte|ziekmelding|sick|krankmeldung|maladie|burnout|medical|medisch|medische|medizinisch|medizinische|medicale|persoonlijke|personal|persoenliche|personliche|personnel|personnelle|prive|private|privat|privee|prives|privees'),
  // One of ours forwarded a mail on to the sender's employer, manager or another person (`forwardedOn`): "Uw medewerker heeft die
  // mail doorgestuurd naar mijn werkgever", "die mail is integraal doorgestuurd naar mijn oud-teamleider", "Your helpdesk forwarded
  // my email to my employer", "Ihr Techniker hat meine Mail an meinen Chef weitergeleitet". Told of one of ours or in the passive,
  // never of the sender ("ik heb uw offerte doorgestuurd naar mijn leidinggevende"), and to a person, not a department.
  concept('forwardedOn', 'hij|zij|medewerker|medewerkster|monteur|stagiair|stagiaire|collega|helpdesk|servicedesk|jullie|u|uw|iemand|is|werd|zijn|werden ~8 doorgestuurd|doorgezonden|gestuurd ~3 naar|aan ~3 werkgever|leidinggevende|teamleider|oudteamleider|manager|baas|chef|hem|haar|collega|collegas|oudwerkgever|expartner|ex'),
  concept('forwardedOn', 'mail|privemail|email|bericht ~3 aan ~1 hem|haar ~2 heeft|hebben|is|werd ~1 doorgestuurd'),
  concept('forwardedOn', 'doorgestuurd ~2 van|door ~2 een|uw|jullie|de ~1 medewerker|medewerkster|stagiair|stagiaire|monteur|helpdesk|servicedesk'),
  concept('forwardedOn', 'he|she|employee|technician|engineer|intern|colleague|helpdesk|servicedesk|someone|you|was|were|been ~8 forwarded ~8 to ~3 manager|employer|boss|him|her|colleagues|ex|exhusband|exwife|husband|wife|inbox'),
  concept('forwardedOn', 'er|sie|mitarbeiter|mitarbeiterin|techniker|technikerin|praktikant|praktikantin|helpdesk|wurde|wurden|hat|haben ~8 an ~3 arbeitgeber|chef|chefin|vorgesetzten|vorgesetzte|kollegen|ex|ihn ~4 weitergeleitet|geschickt|gesendet'),
  concept('forwardedOn', 'il|elle|technicien|technicienne|employe|employee|stagiaire|collaborateur|collaboratrice|vous|ete ~6 transfere|transferee|transmis|transmise|envoye|envoyee ~3 a ~3 employeur|manager|responsable|chef|superieur|superieure|collegues|ex'),
  // Something passed, told as done, to the sender's own superior, whoever passed it: "doorgestuurd naar mijn leidinggevende", "in Kopie an meinen
  // Vorgesetzten ... geschickt", "emailed to my manager", "transmis à mon employeur". Past forms only: "please send it to my
  // manager" asks, it tells nothing.
  concept('forwardedOn', 'doorgestuurd|gestuurd|gedeeld|gemaild|doorgezonden|doorgegeven ~4 naar|aan|met ~1 mijn ~1 werkgever|leidinggevende|teamleider|manager|baas|chef|directeur'),
  concept('forwardedOn', 'naar|aan|met ~1 mijn ~1 werkgever|leidinggevende|teamleider|manager|baas|chef|directeur ~6 doorgestuurd|gestuurd|gedeeld|gemaild|doorgezonden|doorgegeven'),
  concept('forwardedOn', 'sent|forwarded|emailed|mailed|shared|passed|copied|cced|disclosed ~4 to|with ~1 my ~2 employer|manager|boss|supervisor|director'),
  concept('forwardedOn', 'an|mit ~1 meinen|meine|meinem ~1 arbeitgeber|chef|chefin|vorgesetzten|vorgesetzte ~6 geschickt|gesendet|weitergeleitet|weitergegeben|gemailt'),
  concept('forwardedOn', 'transmis|transmise|transmises|envoye|envoyee|envoyes|envoyees|transfere|transferee|transferes|transferees|communique|communiquee|communiques|communiquees ~4 a ~1 mon|ma ~1 employeur|manager|responsable|chef|superieur|superieure|patron|patronne'),
  // Told to the sender's superior in other words, either way round: "meinem früheren Arbeitgeber ... mitgeteilt", "mijn vorige
  // werkgever ... doorgegeven", "mentioned to my manager", "a transféré à mon employeur mes courriels privés", "Weitergabe meiner
  // Daten an meinen Ex-Arbeitgeber".
  concept('forwardedOn', 'werkgever|oudwerkgever|leidinggevende|teamleider|baas|chef|clubvoorzitter ~10 doorgegeven|doorgestuurd|gegeven|gedeeld|verteld|gemaild|genoemd'),
  concept('forwardedOn', 'arbeitgeber|exarbeitgeber|chef|chefin|vorgesetzten ~10 mitgeteilt|weitergegeben|weitergeleitet|geschickt|gegeben|genannt|erzahlt|erzaehlt|gezeigt'),
  concept('forwardedOn', 'weitergabe ~6 an ~2 arbeitgeber|exarbeitgeber|chef|chefin|vorgesetzten'),
  // Read by all the sender's colleagues, told as done: "al mijn collega's hebben het gezien", "all my colleagues saw it".
  concept('forwardedOn', 'al|alle ~1 mijn ~1 collegas|collega ~4 gelezen|gezien|meegelezen'),
  concept('forwardedOn', 'all ~1 my ~1 colleagues|coworkers ~4 read|saw|seen'),
  concept('forwardedOn', 'alle ~1 meine ~1 kollegen|kolleginnen ~4 gelesen|gesehen'),
  concept('forwardedOn', 'tous ~1 mes ~1 collegues ~4 lu|vu'),
  concept('forwardedOn', 'mentioned|told|shared|forwarded|passed|gave|disclosed|discussed|sent|emailed|showed ~10 to|with ~2 my ~2 manager|employer|boss|supervisor|chair'),
  concept('forwardedOn', 'transmis|transfere|transferes|transferee|transferees|communique|communiques|donne|divulgue|montre|raconte ~6 a ~2 mon|ma ~1 employeur|patron|patronne|responsable|superieur|superieure|chef|manager'),
  // One of ours, by trade or as "your" staff, passed something to an outsider: "your technician sent my line manager a message",
  // "votre technicien a transmis à ma cheffe mon numéro", or, the verb last, "Ihr Techniker hat meine Nummer an einen
  // Vertriebspartner weitergegeben". A verb last needs the outsider as its recipient: "monteur heeft bij een klus bij mijn werkgever
  // mijn nummer gehaald en mij appjes gestuurd" passed nothing to the employer.
  concept('forwardedOn', '@ourTrade ~12 @passedOn ~10 @outsider'),
  concept('forwardedOn', '@ourTrade ~12 aan|naar|an|a|to|met|mit|with ~3 @outsider ~12 @passedOn'),
  concept('forwardedOn', 'your|uw|jullie|ihr|ihre|votre|vos|same|dezelfde|diezelfde|derselbe|dieselbe ~1 @ourStaff ~16 @passedOn ~10 @outsider'),
  // The sender's private detail given by one of ours to someone unnamed: "your receptionist gave my private address to somebody who rang".
  concept('forwardedOn', 'your|uw|jullie|ihr|ihre ~1 @ourStaff ~4 gave|handed|gaf|gab ~1 my|mijn|meine ~2 home|private|prive|privat ~1 address|number|adres|nummer|adresse ~2 to|aan|an ~2 someone|somebody|iemand|jemand'),
  // The outsider as a German dative or a pronoun: "Ihr Techniker hat meinem Vermieter eine Mail mit meiner Nummer geschickt", "dass Ihr
  // Techniker ihm diese Nummer weitergeleitet hat".
  concept('forwardedOn', '@ourTrade ~12 meinem|meiner ~1 @outsider ~12 @passedOn'),
  // One of ours named as staff of the firm's department: "ein Mitarbeiter Ihres Kundendienstes hat meine private Nummer an
  // unseren Hausverwalter weitergegeben".
  concept('forwardedOn', '@ourStaff|@ourTrade ~1 ihres|ihrer|eures|eurer ~14 an ~3 @outsider ~12 @passedOn'),
  concept('forwardedOn', '@ourTrade ~1 ihm|ihr ~12 @passedOn'),
  concept('forwardedOn', 'ihr|ihre ~1 @ourStaff ~1 ihm ~12 @passedOn'),
  // "Your helpdesk gave it to him", "uw helpdesk heeft het aan hem doorgegeven": the one it went to told before or after.
  concept('forwardedOn', '@ourTrade ~12 @passedOn ~6 to ~1 him|her'),
  concept('forwardedOn', '@ourTrade ~12 aan ~1 hem ~4 @passedOn'),
  // The disclosure named as a deed: "die Weitergabe meiner Handynummer an einen Ihrer Lieferanten", "verstrekking van mijn
  // gegevens aan derden", "disclosure of my details to a third party".
  concept('forwardedOn', 'weitergabe|verstrekking|disclosure|transmission ~6 an|aan|to|a ~3 @outsider|lieferanten|lieferant|leverancier|leveranciers|derden|dritte|dritten|tiers|third'),
  concept('forwardedOn', 'your|uw|jullie|ihr|ihre|votre|vos|same|dezelfde|diezelfde|derselbe|dieselbe ~1 @ourStaff ~12 aan|naar|an|a|to|met|mit|with ~3 @outsider ~12 @passedOn'),
  // Someone who called or mailed the sender says he had the sender's details from us: "a sales rep who said he got my number from
  // your IT people", "die zegt het nummer van Quality Networks te hebben gekregen", "er habe meine Nummer von Ihnen bekommen", "il a
  // obtenu mon numéro auprès de Quality Networks". Told of the caller, not of the sender ("I got my new number from you").
  ...hadFromUs('you|your', (from) => `he|she|they|who ~3 got|gotten|received|had|obtained ~4 my|it|the ~3 number|details|address|email|data|info|information|nr ~4 from|via|through ~3 ${from}`),
  ...hadFromUs('you|your', (from) => `he|she|they|who ~3 got|gotten|received|had|obtained ~1 it|them ~2 from|via|through ~3 ${from}`),
  ...hadFromUs('jullie|u|uw', (from) => `hij|zij|ze|die ~8 @heldDetail ~6 van|via ~2 ${from} ~6 gekregen|ontvangen`),
  concept('forwardedOn', 'er|sie ~8 nummer|handynummer|daten|adresse|kontaktdaten ~6 von|vom|uber|ueber ~3 ihnen|euch|ihrem|ihrer|ihren ~6 bekommen|erhalten|habe|hat|haben|hatte'),
  concept('forwardedOn', `er|sie ~8 nummer|handynummer|daten|adresse|kontaktdaten ~6 von|vom|uber|ueber ~3 ${OUR_NAME}`),
  ...hadFromUs('vous|votre|vos', (from) => `il|elle|ils|elles ~3 obtenu|eu|recu ~4 mon|mes|ma ~3 numero|coordonnees|adresse ~4 aupres|par|chez|de ~2 ${from}`),
  // The same told with the verb first or the source after its trade: "zei dat hij het had gekregen van de monteur van Quality
  // Networks", "die zei dat hij het nummer van Quality Networks had", "er habe die Nummer von Ihnen", "il disait tenir mon numéro de chez
  // vous".
  ...hadFromUs('jullie|u|uw', (from) => `hij|zij|ze|die ~6 gekregen|ontvangen ~2 van|via ~4 ${from}`),
  ...hadFromUs('jullie|u|uw', (from) => `hij|zij|ze|die ~8 @heldDetail ~4 van|via ~2 ${from} ~2 had|heeft|hadden`),
  // The sender's own detail told as passed on, as a complaint's subject names it: "Klacht: mijn privénummer doorgegeven",
  // "my private number given to an agency", "my address was given out", "Weitergabe meiner Handynummer", "transmission de mon
  // numéro privé", "mon numéro transmis à un partenaire". Only a private detail in Dutch ("Aan welke bedrijven is mijn adres
  // doorgegeven?" asks who got it), "given", not "passed", in English ("I do not want my number passed on" refuses it), and not
  // "mes coordonnées", which an objection refuses to see passed on ("je refuse que mes coordonnées soient transmises").
  concept('forwardedOn', 'mijn ~1 privenummer|06|priveadres|prive|sollicitatie ~3 doorgegeven|verstrekt|verkocht|verklapt'),
  concept('forwardedOn', 'my ~3 number|address|email|phone|mobile|application|cv ~3 given|sold|handed|disclosed ~2 to|out'),
  // The same with whom it went to right after the verb, in Dutch: "Klacht - mijn nummer doorgegeven aan een zonnepanelenbedrijf"; not
  // one to be passed on ("dat mijn nummer doorgegeven wordt aan derden") nor one asked after ("aan wie is mijn adres doorgegeven?").
  concept('forwardedOn', 'mijn ~1 nummer|telefoonnummer|mobiele|gegevens|adres|mailadres|emailadres ~1 doorgegeven|verstrekt|verkocht aan'),
  concept('forwardedOn', 'weitergabe ~1 meiner|meines ~2 handynummer|nummer|telefonnummer|privatnummer|mobilnummer|adresse|privatadresse|email|emailadresse|mail|lebenslaufs|bewerbung|bewerbungsunterlagen'),
  concept('forwardedOn', 'transmission|communication|divulgation ~1 de ~1 mon|ma ~2 numero|adresse|courriel|candidature|cv'),
  concept('forwardedOn', 'mon|ma ~2 numero|adresse ~1 transmis|transmise|communique|communiquee|vendu|vendue|divulgue|divulguee'),
  // "die zegt mijn gegevens van Quality Networks te hebben"; not what he wants to have ("hij wil mijn gegevens van jullie hebben").
  ...hadFromUs('jullie|u|uw', (from) => `zegt|zei|zeggen|zeiden ~4 @heldDetail ~4 van|via ~2 ${from} ~1 te ~1 hebben`),
  ...hadFromUs('ihnen|euch|ihrem|ihrer|ihren', (from) => `er|sie ~2 habe|hat|hatte|haette ~4 nummer|handynummer|daten|adresse|kontaktdaten ~3 von|vom ~3 ${from}`),
  ...hadFromUs('vous|votre|vos', (from) => `tenir|tient|tenait|tenu ~3 mon|mes|ma ~3 numero|coordonnees|adresse ~4 aupres|par|chez|de ~2 ${from}`),
  // The detail named before, as "it": "il dit le tenir de chez vous".
  ...hadFromUs('vous|votre|vos', (from) => `le|la|les ~1 tenir|tient|tenait|tenu ~2 aupres|par|chez|de ~2 ${from}`),
  // What one of ours told, heard from us by the outsider who repeats it: "mijn buurman heeft via uw monteur gehoord dat ...", "he
  // had heard from your engineer that ...", "dass er es von Ihrem Techniker erfahren habe", "elle a su par votre conseiller que ...".
  // Only where the paragraph or the subject names a private matter or a detail of the sender's is it a disclosure.
  ...hadFromUs('jullie|uw', (from) => `van|via ~3 ${from} ~4 gehoord|vernomen`),
  ...hadFromUs('you|your', (from) => `heard|learned|learnt ~4 from ~3 ${from}`),
  ...hadFromUs('ihnen|ihrem|ihrer|ihres|euch', (from) => `von|vom|uber|ueber ~3 ${from} ~4 erfahren|gehort|gehoert`),
  ...hadFromUs('vos|votre', (from) => `appris|su ~4 par|de|aupres ~3 ${from}`),
  // The sender's matter or detail told as having reached an outsider: "mijn dossier is bij mijn verhuurder beland", "my CV ended up
  // with my boss", "meine Bewerbung ist bei meinem Chef gelandet", "mon dossier est arrivé chez mon patron". Not a parcel that went
  // to the neighbours, a wrong address.
  concept('forwardedOn', 'mijn ~1 @sendersMatter ~4 bij ~3 @outsider ~3 terechtgekomen|beland|terechtkwam|belandde'),
  concept('forwardedOn', 'my ~1 @sendersMatter ~4 ended|landed ~1 up ~2 with|at ~3 @outsider'),
  concept('forwardedOn', 'mein|meine ~1 @sendersMatter ~4 bei ~3 @outsider ~3 gelandet|angekommen|gelangt'),
  concept('forwardedOn', 'mon|ma|mes ~1 @sendersMatter ~4 arrive|arrivee|arrivees|atterri|atterrie|parvenu|parvenue ~3 chez ~3 @outsider'),
  concept('complain', 'going|gaan|gehe|vais ~3 to|naar|zur|zum|voir'),
  concept('complain', 'i|ik|ich|je ~3 will|ll|shall|ga|zal|werde|vais ~4 report|melden|aangeven|signaler|go'),
  concept('complain', 'ga|gaat ~1 ik ~4 melden|aangeven|naar'),
  // The authority named as the next step, right after it, threatens a complaint: "Next stop is the ICO", "Next step: the Data
  // Protection Commission", "Nächster Schritt ist die Aufsichtsbehörde", "Prochaine étape : la CNIL" (Dutch "stap" is one already).
  // Not a step of the firm's own told first ("Next step: we notify the AP").
  concept('complain', 'next ~1 stop|step ~2 @authority|data|commission|commissioner'),
  concept('complain', 'nachster|naechster ~1 schritt ~2 @authority|datenschutz*'),
  concept('complain', 'prochaine ~1 etape ~2 @authority|commission'),
  // A writer excusing his Dutch or French ("ik spreek niet goed Nederlands, sorry", "mon français n'est pas très bon") calls no
  // detail of his wrong: each phrase masks its "niet goed", "pas bon" (wrongValue), so a follow-up names no correction.
  { kind: 'concept', concept: 'languageApology', pattern: 'spreek|spreken|schrijf|schrijven|praat ~3 niet|geen ~2 goed ~2 nederlands|engels|duits|frans', masksWords: true },
  { kind: 'concept', concept: 'languageApology', pattern: 'mijn ~1 nederlands|engels|duits ~3 niet ~2 goed|perfect', masksWords: true },
  { kind: 'concept', concept: 'languageApology', pattern: 'parle|ecris|parlons ~2 pas ~2 bien|bon|tres ~2 francais|anglais|neerlandais|allemand', masksWords: true },
  { kind: 'concept', concept: 'languageApology', pattern: 'mon ~1 francais|anglais ~3 pas ~2 bon|parfait|correct', masksWords: true },
  { kind: 'concept', concept: 'languageApology', pattern: 'my ~1 english|dutch|german|french ~3 not ~2 good|perfect|correct|right', masksWords: true },
  { kind: 'concept', concept: 'languageApology', pattern: 'mein ~1 deutsch|englisch|niederlandisch ~3 nicht ~2 gut|perfekt|richtig|korrekt', masksWords: true },
  // Sent "by mistake" is a misdirection, not a wrong detail to put right: the phrase masks its "mistake" (wrongValue).
  { kind: 'concept', concept: 'otherPerson', pattern: 'by ~1 mistake|accident', masksWords: true },
  concept('otherPerson', 'par ~1 erreur|megarde'),
  concept('otherPerson', 'klantcontacten|clients|klantendata|klantgegevens|klantendata|klantenbestand|klantenlijst|kundenliste|kundendatei|personeelsgegevens|personeelslijst'),
  concept('otherPerson', 'customer|klant|kunden|client|personeel|staff ~1 list|lists|lijst|lijsten|liste|listen|data|details|gegevens|daten|donnees|bestand'),
  // A system of ours or the sender's taken over or opened up: an account hacked or phished, files encrypted for ransom, a rule
  // forwarding mail to an unknown address, a folder anyone with the link can open, a former employee still logging in.
  concept('compromised', 'account|accounts|mailbox|mailboxen|postvak|konto|postfach|compte|comptes|messagerie|server|servers|serveur|email ~3 hacked|gehackt|gehacked|pirate|piratee|compromised|gecompromitteerd|kompromittiert|overgenomen|ubernommen|uebernommen|gekapert'),
  concept('compromised', 'hacked|compromised|gehackte|kompromittierte|gecompromitteerde ~2 account|accounts|mailbox|konto|postfach|server'),
  concept('compromised', 'ransom|losgeld|losgeldeis|losegeld|loesegeld|losegeldforderung|rancon ~1 note|message|bericht|briefje|nachricht|forderung|eis|demand|demande'),
  // Data held to ransom: "customer data will be published unless we pay", "tenzij we betalen", "wenn wir nicht zahlen".
  concept('compromised', 'unless|tenzij|sauf ~2 we|wij|nous|si ~1 pay|betalen|payons|payer|paie'),
  concept('compromised', 'wenn|falls|sofern ~2 wir ~2 nicht ~3 zahlen|bezahlen'),
  concept('compromised', 'message|note|demande ~2 de ~1 rancon'),
  concept('compromised', 'werden|wurden|were|been|geworden|ete ~3 versleuteld|verschlusselt|verschluesselt|encrypted|chiffre|chiffres|chiffree|chiffrees'),
  // The files themselves told as encrypted, the verb last in Dutch and German: "alle bestanden versleuteld zijn", "alle Dateien sind verschlüsselt".
  concept('compromised', 'bestanden|dateien|files|fichiers ~3 versleuteld|verschlusselt|verschluesselt|encrypted|chiffres'),
  // A mailbox forwarded to a private or outside account, told by the verb: "forwards everything to her personal Gmail", "an eine
  // externe Gmail-Adresse weitergeleitet", "doorgestuurd naar een privé-adres", "transférés vers une adresse externe".
  concept('compromised', 'forwards|forwarded|weitergeleitet|doorgestuurd|transferes|transferees|rediriges|redirigees ~8 gmail|hotmail|gmx|yahoo|private|privat|prive|privatadresse|persoonlijke|personal|personnelle|extern|externe|external'),
  concept('compromised', 'gmail|hotmail|gmx|yahoo|extern|externe ~4 adresse|mailadresse|adres|mailadres|address ~4 weitergeleitet|doorgestuurd|forwarded'),
  // Sent along by mistake: "hat versehentlich die Kandidatenliste angehängt", "accidentally attached".
  concept('compromised', 'versehentlich|accidentally|mistakenly|abusievelijk|ongeluk|erreur ~16 angehangt|angehaengt|mitgeschickt|attached|bijgevoegd|meegestuurd|joint|jointe|joints|jointes'),
  // Open to the public: "öffentlich abrufbar", "publicly accessible", "openbaar toegankelijk", "accessible publiquement".
  concept('compromised', 'offentlich|oeffentlich|publicly|openbaar ~2 abrufbar|zuganglich|zugaenglich|einsehbar|sichtbar|accessible|available|visible|readable|toegankelijk|zichtbaar|vindbaar'),
  concept('compromised', 'accessible|accessibles|consultable|consultables|visible|visibles ~1 publiquement'),
  concept('compromised', 'phishing ~6 sent|verstuurd|verzonden|verschickt|versendet|versandt|envoye|envoyes|envoyees|gestuurd|uitgestuurd'),
  concept('compromised', 'sent|verstuurd|verzonden|verschickt|versendet|envoye|gestuurd ~6 phishing'),
  concept('compromised', 'doorstuurregel|doorstuurregels|weiterleitungsregel|weiterleitungsregeln|forwarding|regle|regles ~10 gmail|hotmail|gmx|yahoo|onbekend|onbekende|unknown|unbekannt|unbekannte|unbekannten|inconnu|inconnue|extern|externe|external|externes'),
  concept('compromised', 'anyone|iedereen|jeder|jedermann|toute|tout ~4 link|lien|links|liens'),
  concept('compromised', 'still|nog|noch|toujours ~4 access|toegang|zugang|zugriff|acces|inloggen|inlogt|logging|logs|einloggen|eingeloggt|aufgeschaltet|connecte|connecter|kijken|meekijken'),
  concept('compromised', 'zugang|zugriff|account|konto|toegang|access|acces|compte|login ~5 noch|nog|still|toujours ~1 aktiv|actief|active|actif'),
  // A colleague's account or access told as never taken away, the offboarding that did not happen: "his account was never removed
  // from the shared mailbox", "haar toegang is nooit ingetrokken", "sein Konto wurde nie gesperrt", "son compte n'a jamais été
  // désactivé". A person's, by his pronoun: "my account was never deleted" chases an erasure.
  concept('compromised', 'his|her|their ~1 account|accounts|access|login ~6 never|not ~3 removed|disabled|deactivated|blocked|revoked|closed|deleted'),
  concept('compromised', 'zijn|haar|hun ~1 account|accounts|toegang|inlog|login ~6 nooit|niet ~3 verwijderd|uitgeschakeld|geblokkeerd|ingetrokken|gedeactiveerd|afgesloten'),
  concept('compromised', 'sein|seine|seinen|ihr|ihre|ihren ~1 konto|konten|zugang|zugriff|account ~6 nie|niemals|nicht ~3 gesperrt|deaktiviert|entfernt|gelöscht|geloscht|geloescht|entzogen'),
  concept('compromised', 'son|sa|leur ~1 compte|comptes|acces ~8 jamais|pas ~3 désactivé|desactive|supprimé|supprime|bloqué|bloque|retiré|retire|fermé|ferme'),
  concept('compromised', 'copied|gekopieerd|kopiert ~3 our|onze|unsere|nos|alle|all|tous|toutes ~1 data|gegevens|daten|donnees|files|bestanden|dateien|fichiers'),
  concept('compromised', 'naar ~1 buiten ~1 gegaan|gestuurd|gelekt'),
  // Left in the open, left on a device passed on, or shown by a device left unlocked: "heeft daar open en bloot gelegen", "al mijn
  // bestanden staan er nog op", "my files were still on it", "eine entsperrte Tablet", "une tablette déverrouillée".
  concept('compromised', 'open ~1 en ~1 bloot'),
  concept('compromised', 'in ~1 plain ~1 sight|view'),
  concept('compromised', 'staan|stonden|staat|stond ~2 er ~1 nog ~1 op'),
  concept('compromised', 'were|are|was|is ~1 still ~1 on ~1 it|there'),
  concept('compromised', 'waren|sind|war|ist ~2 noch ~1 drauf|darauf'),
  concept('compromised', 'etaient|sont|etait|est ~1 encore ~1 dessus'),
  concept('compromised', 'ontgrendelde|ontgrendeld|unlocked|entsperrte|entsperrtes|entsperrt|deverrouille|deverrouillee ~2 tablet|laptop|telefoon|phone|pc|computer|ipad|handy|tablette|ordinateur|smartphone'),
  concept('compromised', 'tablet|laptop|telefoon|phone|pc|computer|ipad|handy|tablette|ordinateur|smartphone ~2 ontgrendeld|unlocked|entsperrt|deverrouille|deverrouillee'),
  concept('compromised', 'ont|a|avons ~1 copie|copies|exfiltre ~2 nos|vos|les|toutes|des ~1 donnees|fichiers'),
  concept('compromised', 'iedereen|anyone|everyone|jeder|jedermann ~3 kan|can|could|kon|kann|konnte ~3 zien|see|sehen|openen|open|oeffnen|offnen|lezen|read|lesen|bekijken|access|inkijken|einsehen'),
  concept('compromised', 'tout ~1 le ~1 monde ~2 peut|pouvait ~2 voir|ouvrir|lire|consulter'),
  // A link or share that opens without signing in, or for anyone at all: "opened it without logging in", "zonder in te loggen",
  // "ohne Anmeldung erreichbar", "sans se connecter", "the link works for anyone". Not "for everyone in the team", a set-up
  // asked, nor an account "without two-factor authentication", a weakness told: the gaps stay short.
  concept('compromised', 'without ~1 logging|login|signing|password|credentials'),
  concept('compromised', 'zonder ~2 inloggen|loggen|inlog|login|aanmelden|melden|wachtwoord'),
  // The same told as a condition: "de link werkt ook als je niet bent ingelogd", "even when you're not logged in".
  concept('compromised', 'ook|even ~2 als|wanneer|when|if ~2 je|u|you|men ~2 niet|not ~2 bent|ben|is|are|re ~1 ingelogd|aangemeld|logged|signed'),
  concept('compromised', 'ohne ~1 anmeldung|anmelden|anzumelden|login|einloggen|einzuloggen|passwort|kennwort|zugangsdaten'),
  concept('compromised', 'sans ~2 connexion|connecter|identifiant|identifiants|identifier'),
  concept('compromised', 'sans ~1 mot ~1 de ~1 passe'),
  concept('compromised', 'open|opens|accessible|available|reachable|works|working|visible ~3 to|for|by ~1 anyone|anybody'),
  concept('compromised', 'fur|fuer ~1 jeden|jedermann ~2 erreichbar|zuganglich|zugaenglich|abrufbar|einsehbar|offen|lesbar|sichtbar'),
  concept('compromised', 'accessible|accessibles|ouvert|ouverte|ouverts|ouvertes|consultable|consultables ~2 a ~1 n ~1 importe ~1 qui'),
  concept('compromised', 'open|openstaan|openstaat|toegankelijk|zichtbaar|leesbaar|bereikbaar ~2 voor ~1 iedereen'),
  concept('compromised', 'open|accessible|visible|readable ~2 to ~1 everyone|everybody|all'),
  concept('compromised', 'ouvert|ouverte|ouverts|ouvertes|accessible|accessibles|visible|visibles|lisible|lisibles ~2 a ~1 tout ~1 le ~1 monde'),
  concept('compromised', 'ouvert|ouverte|ouverts|ouvertes|accessible|accessibles|visible|visibles|lisible|lisibles ~2 a ~1 tous'),
  // A view the sender should not have, opened up all at once: "na de migratie kan ik ineens de mailbox van HR openen", "suddenly I
  // can open the payroll folder", "plötzlich kann ich ... sehen", "tout à coup je peux voir ...".
  concept('compromised', 'ineens|opeens|plotseling|suddenly|plotzlich|ploetzlich|soudain|soudainement|coup ~6 openen|open|zien|see|lezen|read|view|access|oeffnen|offnen|sehen|lesen|zugreifen|voir|ouvrir|lire|acceder|consulter'),
  // A device handed on with the former user's data still on it: "one of the laptops was not wiped", "nie zurückgesetzt",
  // "pas réinitialisé". Not "erased" or "gelöscht": "my data was not erased" is an erasure chased.
  concept('compromised', 'not|never|niet|nooit|nicht|nie|pas|jamais|un ~3 wiped|gewiped|geformatteerd|formatted|formatiert|formate|formatee|reset|gereset|zuruckgesetzt|zurueckgesetzt|reinitialise|reinitialisee|reinitialises'),
  concept('compromised', 'unwiped'),
  concept('compromised', 'wasn|weren|isn|hasn|hadn|haven ~2 wiped|reset|formatted'),
  // Data told left lying or thrown out open: "een USB-stick laten liggen", "left lying in the meeting room", "im Flur liegen lassen",
  // "laissé traîner", "in een open container". Beside what holds personal data (`dataHolding`). Not "unencrypted", which a
  // question about storage asks as often as a report tells.
  concept('compromised', 'laten ~1 liggen|slingeren'),
  // A device that was to be wiped or destroyed, found for sale or not wiped: "zag hem op Marktplaats staan", "hij is NIET gewist",
  // "on eBay", "nicht gelöscht".
  concept('compromised', '@workDevice ~10 marktplaats|ebay|kleinanzeigen|leboncoin|2dehands|tweedehands'),
  concept('compromised', 'marktplaats|ebay|kleinanzeigen|leboncoin|2dehands|tweedehands ~10 @workDevice'),
  // Told as not done, not asked not to be done ("... bewaard blijven en niet worden gewist").
  concept('compromised', 'is|was|zijn|waren|werd|ist|wurde|wurden|were|has|have|had|a|ont|est|sont ~2 niet|not|nicht|nie|never|nooit|pas|jamais ~2 gewist|wiped|geloscht|geloescht|efface|effacee|vernietigd|destroyed|vernichtet|detruit|detruite'),
  concept('compromised', 'rondslingeren|rondslingerde|rondslingerden|achtergelaten'),
  concept('compromised', 'left ~6 lying|behind|unattended|around'),
  concept('compromised', 'open|openstaande|offenen|offene|open ~1 container|afvalcontainer|vuilcontainer|papiercontainer|prullenbak|skip|dumpster|bin|mullcontainer|muellcontainer|mulltonne|muelltonne'),
  concept('compromised', 'benne|poubelle|conteneur ~1 ouverte|ouvert'),
  // A carrier of ours found by a stranger: "een map gevonden", "die in de trein een map had gevonden", "found a USB stick", "einen
  // Ordner gefunden", "trouvé une clé USB".
  concept('compromised', 'gevonden|vond|found|finds|gefunden|fand|trouve|trouvee ~6 map|mapje|folder|usb|stick|usbstick|uitdraai|printout|laptop|schijf|harddisk|ordner|mappe|festplatte|cle|classeur'),
  concept('compromised', 'map|mapje|usb|stick|usbstick|uitdraai|printout|schijf|harddisk|ordner|mappe|festplatte|cle|classeur ~6 gevonden|gefunden|trouve|trouvee'),
  concept('compromised', 'liegen ~1 gelassen|lassen'),
  concept('compromised', 'laisse|laissee|laisses|laissees|oublie|oubliee|oublies|oubliees ~2 trainer|trainer|sur|dans'),
  // A change to our prices, terms or service that a customer disputes, "objecting" as one does to a bill: "bezwaar tegen de
  // prijsverhoging", "the new terms raise our fee", "Widerspruch gegen die Preiserhöhung", "la hausse des tarifs", "the new customer
  // portal". Only the change itself: the sender's data, profiling or a mailing named beside it may still be objected to.
  concept('serviceChange', 'price|prices|fee|fees|rate|rates|tariff|tariffs ~1 increase|increases|rise|rises|hike|change|changes'),
  concept('serviceChange', 'new ~2 terms|conditions|prices|pricing|rates|fees|tariffs|portal|procedure|workflow'),
  concept('serviceChange', 'prijsstijging|prijsverhoging|prijswijziging|prijsaanpassing|tariefstijging|tariefsverhoging|tariefverhoging|tariefwijziging|contractwijziging|voorwaardenwijziging'),
  concept('serviceChange', 'nieuwe ~2 voorwaarden|prijzen|tarieven|portaal|klantportaal|ticketportaal|werkwijze|procedure'),
  concept('serviceChange', 'preiserhohung|preiserhoehung|preisanpassung|preisanderung|preisaenderung|tariferhohung|tariferhoehung|vertragsanderung|vertragsaenderung'),
  concept('serviceChange', 'neue|neuen ~2 agb|bedingungen|vertragsbedingungen|preise|konditionen|tarife|portal|kundenportal'),
  concept('serviceChange', 'hausse|augmentation ~3 tarif|tarifs|prix|tarifaire|abonnement'),
  concept('serviceChange', 'nouvelles|nouveaux|nouveau ~2 conditions|tarifs|prix|portail'),
  // A thing told out of use in a main clause, the verb before the negation: "die lijst wordt niet meer gebruikt", "de mailbox is al
  // lang niet meer in gebruik". Not "dat mijn gegevens niet meer worden gebruikt", where the verb comes last and asks.
  concept('outOfUse', 'wordt|worden|werd|werden ~3 niet ~1 meer|langer ~1 gebruikt'),
  concept('outOfUse', 'is|zijn|was|waren ~3 niet ~1 meer|langer ~1 in ~1 gebruik'),
  // A shop the sender bought from elsewhere, named as any one of its kind: "een mail van een webshop", "Datenleck bei Online-Shop",
  // "an online store I once ordered from", "une boutique en ligne"; and a breach-notification service ("Have I Been Pwned").
  // Not "your webshop" nor a shop named by its name, which may be one we host.
  concept('otherShop', 'een|bij|at|a|an|bei|einem|einer|ein|un|une|chez ~1 webshop|webwinkel|onlinewinkel|onlineshop|onlinehändler|webstore|eshop'),
  concept('otherShop', 'een|bij|at|a|an|bei|einem|einer|ein|un|une|chez ~1 online ~1 shop|store|winkel|retailer|handler|haendler|händler'),
  concept('otherShop', 'un|une|chez ~1 boutique|magasin|site ~1 en ~1 ligne'),
  concept('otherShop', 'un|une|chez ~1 site ~1 marchand|ecommerce'),
  concept('otherShop', 'pwned'),
  // A shop pointed at as one the sender spoke of, or told as where he bought: "van die webshop", "from that ticket website",
  // "die kledingwebshop waar ik wel eens iets bestel", "where I ordered a phone case", "bei dem ich Schuhe bestellt habe",
  // "un site de vente en ligne", "où j'ai commandé".
  concept('otherShop', 'die|that|diese|diesem|ce|cette ~2 webshop|webwinkel|website|site|onlineshop|shop|store|winkel'),
  concept('otherShop', 'waar|where ~1 ik|i ~4 gekocht|besteld|bestel|bestelde|kocht|bought|ordered|order|shopped'),
  concept('otherShop', 'bei ~1 dem|der ~1 ich ~4 bestellt|gekauft|gebucht'),
  concept('otherShop', 'ou ~1 j ~2 achete|commande'),
  concept('otherShop', 'un|une|chez ~1 site|boutique ~3 en ~1 ligne'),
  // A firm that told the sender of its own leak, named as "their" customer file, database or systems: "een mail van
  // Fietsenwinkel24 dat hun klantenbestand is gelekt", "an email from the travel site saying their customer database was hacked",
  // "their customer data was leaked",
  // "deren Kundendatenbank wurde gehackt", "leur base clients a été piratée". Ours would be "jullie", "your", "Ihre", "votre".
  concept('otherShop', 'hun|their|deren|leur|leurs ~2 klantenbestand|klantendatabase|klantgegevens|kundendaten|database|databank|system|systems|platform|portal|systemen|systeem|webshop|website|site|kundendatenbank|kundendatei|datenbank|systeme|base|fichier|systemes ~6 gelekt|uitgelekt|gehackt|gestolen|leaked|hacked|breached|stolen|compromised|geleakt|gestohlen|kompromittiert|pirate|piratee|pirates|vole|volee|voles|compromis|compromise|compromises'),
  // A firm that told the sender of its own incident, told as theirs: "the payroll provider wrote that they suffered a security
  // incident", "dat er bij hen een datalek is geweest", "dass es dort einen Hackerangriff gab", "ils ont subi une cyberattaque",
  // "une fuite chez eux". German "bei Ihnen" and "Sie hatten" fold to the words that name us, so only "dort" and "bei denen" count.
  concept('otherShop', 'they ~2 suffered|experienced|had ~4 breach|leak|hack|cyberattack|attack|ransomware|incident'),
  concept('otherShop', 'ils|elles ~2 ont|avaient ~1 subi|connu ~4 fuite|piratage|cyberattaque|attaque|incident|violation|rancongiciel'),
  concept('otherShop', 'bij ~1 hen|hun|hunzelf|hunnen|hen ~4 datalek|lek|hack|cyberaanval|inbraak|ingebroken|gehackt|beveiligingsincident|ransomware'),
  // A notice of a leak received from someone else, told as theirs or a site's: "een mail van ons webshopplatform dat zij een datalek
  // hebben gehad", "a notice from the airline that their booking system was breached", "eine Benachrichtigung von 'X', dass
  // bei einem Angriff Daten abgeflossen sind", "un courriel d'un site de voyages m'informant d'une fuite".
  concept('otherShop', 'zij|ze ~3 datalek|lek|hack|cyberaanval ~2 hebben|hadden|gehad'),
  concept('otherShop', 'benachrichtigung|nachricht|mail|email ~2 von ~6 angriff|datenleck|datenpanne|abgeflossen|gehackt|gestohlen'),
  concept('otherShop', 'site|boutique|plateforme|magasin ~6 informant|annoncant|signalant ~3 fuite|piratage|violation|cyberattaque'),
  concept('otherShop', 'dort|denen ~4 datenleck|datenpanne|hackerangriff|cyberangriff|sicherheitsvorfall|ransomware'),
  concept('otherShop', 'fuite|piratage|cyberattaque|incident|violation ~4 chez ~1 eux|elles'),
  concept('otherShop', 'chez ~1 eux|elles ~4 fuite|piratage|cyberattaque|incident|violation'),
  // A body other than a data protection authority or us that a complaint goes to: the police ("aangifte gedaan bij de politie", "I
  // reported it to the police", "Anzeige bei der Polizei erstattet", "j'ai porté plainte au commissariat"), an ombudsman, a dispute
  // committee, a court. A complaint lodged there is none in the GDPR sense (corpus README). French "police" is also an insurance
  // policy: only the police one goes to.
  concept('otherBody', 'politie|politiebureau|aangifte|polizei|polizeirevier|polizeiwache|polizeidienststelle|strafanzeige|staatsanwaltschaft|commissariat|gendarmerie|procureur|ombudsman|ombudsmann|ombudsstelle|ombudsvrouw|geschillencommissie|schlichtungsstelle|mediateur|consumentenbond|verbraucherzentrale|rechtbank|tribunal|municipality|gemeente|gemeinde|mairie|ordnungsamt|omgevingsdienst'),
  concept('otherBody', 'police', 'en'),
  concept('otherBody', 'a|aupres ~2 la ~1 police', 'fr'),
  concept('otherBody', 'plainte ~1 contre ~1 x', 'fr'),
  // A processing agreement asked for or discussed, by its name or in plain words: "verwerkersovereenkomst", "so einen
  // Datenschutzvertrag", "a data processing agreement", "contrat de sous-traitance". A contract between firms, no right.
  concept('processingAgreement', 'verwerkersovereenkomst|verwerkersovereenkomsten|privacyovereenkomst|privacycontract|auftragsverarbeitungsvertrag|auftragsverarbeitungsvereinbarung|datenschutzvertrag|datenschutzvereinbarung|avv'),
  concept('processingAgreement', 'data ~1 processing|protection|privacy ~1 agreement|addendum'),
  concept('processingAgreement', 'processor|processing ~1 agreement|addendum'),
  concept('processingAgreement', 'contrat|accord|avenant|convention ~3 sous ~1 traitance'),
  // Errands of another kind, read from the sender's own words when no right stands: the "no" is then a doubted one, so the
  // models do not make a request of words they share with one (`classifyEmail`). One concept for all of them, `otherErrand`:
  // they are read alike, and `ConceptMask` has few bits left.
  // A mailing asked for, to join or to join again: "kan ik me aanmelden voor de nieuwsbrief", "weer lid worden", "please sign me
  // up", "add me to your newsletter", "ich möchte den Newsletter abonnieren", "inscrivez-moi à la newsletter". Asking forms only:
  // "I never subscribed" and "nooit aangemeld" tell a mailing not wanted.
  // A bill disputed ("bezwaar tegen de nota van de monteur", "Widerspruch gegen die Rechnung", "I object to the invoice") is an
  // errand of another kind: no objection to processing.
  concept('otherErrand', 'bezwaar|beschwerde|einspruch|widerspruch|object|objection|contestation|conteste ~3 tegen|gegen|against|to|contre ~2 de|die|the|la|deze|this|cette ~1 rekening|factuur|nota|rechnung|invoice|bill|facture|prijsverhoging|preiserhohung|preiserhoehung|aanmaning|mahnung'),
  concept('otherErrand', 'aanmelden|inschrijven|abonneren|opgeven ~4 voor|op ~3 @newsletter'),
  concept('otherErrand', 'weer|opnieuw ~2 lid ~1 worden|aanmelden|inschrijven|abonneren'),
  concept('otherErrand', 'sign|signing ~2 me|us|him|her|them ~1 up'),
  concept('otherErrand', 'subscribe|resubscribe ~2 me|us|him|her|them'),
  concept('otherErrand', 'want|like|love|wish|how|can|could ~3 to ~1 subscribe|resubscribe'),
  concept('otherErrand', 'add|put ~3 me|us|him|her|them|address|colleague ~4 to|on ~3 @newsletter'),
  concept('otherErrand', 'abonnieren|anmelden|eintragen ~4 newsletter'),
  concept('otherErrand', 'newsletter ~4 abonnieren|anmelden|eintragen|aufnehmen'),
  concept('otherErrand', 'wieder ~3 abonnieren|anmelden|eintragen|aufnehmen'),
  concept('otherErrand', 'inscrire|inscrivez|abonner|abonnez|reinscrire|réinscrire ~4 @newsletter|liste|lettre'),
  concept('otherErrand', 'inscrivez|abonnez|reinscrivez|réinscrivez ~1 moi|nous'),
  // A mailing written to a general reader: its greeting ("Beste lezer", "Dear subscribers", "Liebe Leserinnen und Leser", "Chers
  // abonnés", "Beste relatie") or the reason it gives for reaching him ("U ontvangt deze e-mail omdat u lid bent", "you are
  // receiving this newsletter because ..."). Its words on rights ("wanneer u een klacht indient", "een open cc-lijst kan een
  // datalek zijn") inform every reader; `classifyEmail` reads it only in a new mail that names nothing of the sender's own.
  concept('generalReader', 'beste|geachte|lieve ~1 lezer|lezers|lezeres|abonnee|abonnees|relatie|relaties'),
  // Every customer of the sender's firm greeted, as a supplier's notice greets them: "Geachte klant", "Dear valued customer",
  // "Sehr geehrte Kundin, sehr geehrter Kunde", "Chère cliente, cher client". A person writing to us greets us, not our
  // customers; read in the sender's own words only, since our own replies he quotes greet him so.
  concept('customersGreeted', 'beste|geachte ~1 klant|klanten|klantin'),
  concept('customersGreeted', 'dear ~1 valued ~1 customer|customers|client|clients'),
  concept('customersGreeted', 'dear ~1 customer|customers'),
  concept('customersGreeted', 'liebe|lieber|geehrte|geehrter ~2 kundin|kunde|kunden|kundinnen'),
  concept('customersGreeted', 'cher|chere|chers|cheres ~2 client|cliente|clients|clientes'),
  concept('generalReader', 'dear ~1 reader|readers|subscriber|subscribers'),
  concept('generalReader', 'liebe|lieber|geehrte|geehrter ~3 leserin|leser|leserinnen|abonnentin|abonnent|abonnenten'),
  concept('generalReader', 'cher|chere|chers|cheres ~3 lecteur|lectrice|lecteurs|lectrices|abonne|abonnee|abonnes|abonnees'),
  concept('generalReader', 'u|je ~2 ontvangt|krijgt ~2 deze|dit ~2 nieuwsbrief|e|mail|bericht|uitnodiging|mailing ~3 omdat|want'),
  concept('generalReader', 'you ~2 are|re ~2 receiving|getting ~3 this|these ~2 newsletter|email|emails|e|mail|message|invitation ~3 because|as'),
  concept('generalReader', 'sie ~2 erhalten ~4 diese|diesen ~4 newsletter|e|mail|nachricht|einladung ~3 weil|da'),
  concept('generalReader', 'vous ~2 recevez ~4 ce|cet|cette ~4 newsletter|lettre|e|mail|email|message|invitation ~4 parce|car|comme'),
  // The sender takes back a mail he sent us: "please ignore my previous email", "sent this to you by mistake, please ignore it",
  // "negeer mijn vorige mail maar", "bitte ignorieren Sie meine letzte Mail", "merci d'ignorer mon précédent message". A mail
  // that asks nothing more takes back what its subject named (`classifyEmail`).
  concept('retractsMail', 'ignore|disregard ~2 my|the|this|that ~2 previous|earlier|last|first|email|mail|message|e'),
  concept('retractsMail', 'please ~1 ignore|disregard ~1 it|this|that'),
  concept('retractsMail', 'ignore|disregard ~1 it|this|that ~1 please'),
  concept('retractsMail', 'negeer|negeren ~3 mijn|de|het|die|dat|deze ~2 vorige|eerdere|laatste|eerste|mail|e|bericht|mailtje'),
  concept('retractsMail', 'negeer ~1 hem|het|die|dat|dit ~2 maar|aub|svp|alstublieft|alsjeblieft'),
  concept('retractsMail', 'mag|mogen|kunt|kun|kunnen|kan ~3 genegeerd|negeren'),
  concept('retractsMail', 'ignorieren|ignoriere ~3 meine|die|diese|meinen|den ~2 letzte|vorige|erste|mail|e|nachricht'),
  concept('retractsMail', 'bitte ~2 ignorieren'),
  concept('retractsMail', 'ignorer|ignorez ~3 mon|ma|le|ce|cet|mes ~2 precedent|precedente|dernier|derniere|mail|message|courriel|e'),
  concept('retractsMail', 'ne ~2 pas ~1 tenir ~1 compte ~3 mon|ma|de|du ~2 precedent|precedente|dernier|derniere|mail|message|courriel|e'),
  // Forgotten, as ignored: "vergeet dat maar", "bitte vergessen Sie meine letzte Mail", "forget my previous email",
  // "oubliez mon message de ce matin".
  concept('retractsMail', 'vergeet|vergeten ~1 dat|dit|het|die|hem ~1 maar|aub|svp|alstublieft|alsjeblieft'),
  concept('retractsMail', 'vergeet|vergeten ~3 mijn|de|het|die|dat|deze ~2 vorige|eerdere|laatste|eerste|mail|e|bericht|mailtje'),
  concept('retractsMail', 'vergessen|vergiss ~2 sie ~3 meine|die|diese|meinen|den ~2 letzte|vorige|erste|mail|e|nachricht'),
  concept('retractsMail', 'forget|disregard ~3 my|the|this|that ~2 previous|earlier|last|first|email|mail|message|e'),
  concept('retractsMail', 'oubliez|oublier ~3 mon|ma|le|ce|cet|mes ~2 precedent|precedente|dernier|derniere|mail|message|courriel|e'),
  // A mail sent wrong by one of the sender's own people, its verb after them: "een van onze leidsters heeft per ongeluk een lijst
  // ... gemaild", "one of our nurses sent a letter to the wrong patient", "einer unserer Mitarbeiter hat ... verschickt", "une de
  // nos assistantes a envoyé". Beside the firm's own duty to notify asked (`notifyDuty`) it is the firm's slip, told for advice.
  concept('ownSlip', 'een ~1 van ~1 onze|ons ~2 medewerkers|medewerksters|collegas|collegae|monteurs|leidsters|leiders|assistentes|assistenten|chauffeurs|verpleegkundigen|docenten|secretaresses|mensen|adviseurs|accountmanagers ~15 gemaild|gestuurd|verstuurd|doorgestuurd|gedeeld'),
  concept('ownSlip', 'een ~1 medewerker|medewerkster|collega|monteur|leidster|assistente|assistent ~1 van ~1 ons ~15 gemaild|gestuurd|verstuurd|doorgestuurd|gedeeld'),
  concept('ownSlip', 'one ~1 of ~1 our ~2 staff|employees|colleagues|nurses|drivers|teachers|assistants|people|engineers|advisers|advisors|receptionists|bookkeepers|accountants|secretaries|managers|interns|consultants|planners|technicians ~6 sent|emailed|mailed|forwarded|shared'),
  concept('ownSlip', 'einer|eine ~1 unserer ~2 mitarbeiter|mitarbeiterinnen|kollegen|kolleginnen|monteure|assistentinnen ~12 geschickt|gesendet|verschickt|gemailt|weitergeleitet'),
  concept('ownSlip', 'un|une ~1 de ~1 nos ~2 salaries|employes|employees|collaborateurs|collaboratrices|techniciens|secretaires|assistantes|assistants ~6 envoye|envoyee|transfere|transferee|adresse|adressee'),
  // One of them named alone, as the one who sent: "Onze administratief medewerker heeft ... gestuurd", "Our account manager sent",
  // "Unsere Buchhalterin hat ... verschickt", "Notre secrétaire a envoyé". Not "naar onze medewerker gestuurd": sent to him.
  concept('ownSlip', 'onze|ons ~2 medewerker|medewerkster|collega|monteur|leidster|assistente|assistent|secretaresse|adviseur|accountmanager|receptioniste|boekhouder|administrateur|stagiair|stagiaire|docent|chauffeur ~1 heeft|had ~20 gemaild|gestuurd|verstuurd|doorgestuurd|gedeeld'),
  concept('ownSlip', 'our ~2 employee|colleague|assistant|manager|secretary|receptionist|nurse|driver|teacher|engineer|adviser|advisor|accountant|bookkeeper|intern|administrator sent|emailed|mailed|forwarded|shared'),
  concept('ownSlip', 'our ~2 employee|colleague|assistant|manager|secretary|receptionist|nurse|driver|teacher|engineer|adviser|advisor|accountant|bookkeeper|intern|administrator ~1 has|had|just|accidentally|mistakenly ~2 sent|emailed|mailed|forwarded|shared'),
  concept('ownSlip', 'unser|unsere ~2 mitarbeiter|mitarbeiterin|kollege|kollegin|assistent|assistentin|sekretarin|sekretaerin|buchhalter|buchhalterin|praktikant|praktikantin ~1 hat ~12 geschickt|gesendet|verschickt|gemailt|weitergeleitet'),
  concept('ownSlip', 'notre ~2 secretaire|assistante|assistant|salarie|salariee|employe|employee|collaborateur|collaboratrice|comptable|technicien|stagiaire ~1 a ~6 envoye|envoyee|transfere|transferee|adresse|adressee'),
  // The sender's firm asking whether it must notify: "Moeten wij dat melden bij de AP?", "do we have to report this?", "Müssen wir
  // das melden?", "devons-nous le signaler à la CNIL ?".
  concept('notifyDuty', 'moeten|moet ~1 wij|we|ik ~6 melden|aanmelden'),
  concept('notifyDuty', 'do|should|must ~1 we|i ~2 need|have ~1 to ~3 report|notify'),
  concept('notifyDuty', 'should|must ~1 we|i ~3 report|notify'),
  concept('notifyDuty', 'mussen|muessen|müssen|muss ~1 wir|ich ~6 melden'),
  concept('notifyDuty', 'devons|dois ~1 nous|je ~4 signaler|notifier|declarer'),
  // The duty asked in an indirect question or as "something we have to": "weet u of wij dit bij de AP moeten melden?", "is
  // this something we need to report?", "ob wir das melden müssen", "si nous devons le signaler".
  concept('notifyDuty', 'of ~1 wij|we|ik ~6 moeten|moet ~2 melden|aanmelden'),
  concept('notifyDuty', 'something ~1 we|i ~1 have|need ~1 to ~1 report|notify'),
  concept('notifyDuty', 'ob ~1 wir|ich ~6 melden ~1 mussen|muessen|müssen|muss'),
  concept('notifyDuty', 'si ~1 nous|je ~1 devons|dois ~4 signaler|notifier|declarer'),
  // A breach notified to the authority, or to be notified, is the duty of the firm it happened at, told, no complaint: "een
  // datalek moet binnen 72 uur bij de AP gemeld worden", "wij hebben het zelf gemeld", "the breach was reported to the ICO", "wir
  // haben die Datenpanne gemeldet", "Nous avons informé la CNIL".
  concept('breachNotified', 'datalek|datalekken|beveiligingsincident|incident ~8 melden|gemeld|meldt|aanmelden'),
  concept('breachNotified', 'wij|we ~3 hebben|zullen|gaan ~3 gemeld|melden'),
  // A firm's own notice told as its own doing, however far the authority sits between: "Wij hebben dat zelf bij de AP gemeld", "we
  // reported it to the ICO ourselves", "das haben wir selbst der Behörde gemeldet", "nous l'avons nous-mêmes déclaré à la CNIL".
  concept('breachNotified', 'zelf|ourselves|selbst|memes ~6 gemeld|melden|aangemeld|reported|notified|gemeldet|angezeigt|informiert|declare|declaree|signale|notifie'),
  concept('breachNotified', 'reported|notified ~6 ourselves'),
  concept('breachNotified', 'breach|breaches|incident|leak ~8 reported|report|notify|notified|notifying'),
  concept('breachNotified', 'we ~1 have|ve|will|ll ~3 reported|notified|notify|informed'),
  concept('breachNotified', 'datenpanne|datenleck|datenschutzverletzung|datenschutzvorfall|sicherheitsvorfall ~8 melden|gemeldet|meldung'),
  concept('breachNotified', 'wir ~3 haben ~4 gemeldet|informiert|benachrichtigt'),
  concept('breachNotified', 'violation|fuite|incident ~8 notifie|notifiee|notifier|signale|declare|declaree'),
  concept('breachNotified', 'nous ~1 avons ~3 informe|notifie|prevenu|signale|declare'),
  // The same asked of a mailing named elsewhere in the mail ("mijn collega krijgt jullie nieuwsbrief. Kan ik hem ook krijgen?").
  concept('asksToReceive', 'kan|kun|kunnen|mag|wil|zou ~3 hem|die|het|deze ~2 ook|weer|voortaan ~1 krijgen|ontvangen'),
  concept('asksToReceive', 'can|could|may ~1 i|we ~2 get|receive ~1 it|them ~1 too|as ~1 well'),
  concept('asksToReceive', 'kann|konnte|könnte|koennte ~1 ich|wir ~3 ihn|den|das|es ~1 auch ~1 bekommen|erhalten'),
  concept('asksToReceive', 'pourrais|puis|pourrions ~2 je|nous ~3 la|le|les ~1 recevoir ~2 aussi|egalement'),
  // Whether a message or a caller really came from us: "zijn jullie dat?", "komt dit echt van jullie?", "was that really you?", "is
  // this email genuine?", "sind Sie das?", "kommt das wirklich von Ihnen?", "est-ce bien vous ?". Asked of the message, not of a
  // word that names a scam: "it's getting daily phishing" may tell of a leak.
  concept('otherErrand', 'zijn|waren ~1 jullie|u ~1 dat|die'),
  concept('otherErrand', 'komt|kwam ~1 dit|dat|die|deze|het ~2 echt|wel|werkelijk ~1 van|bij ~1 jullie|u'),
  concept('otherErrand', 'is|was ~1 dit|dat|die|deze|het ~1 echt|betrouwbaar|nep|oplichting|fraude|phishing'),
  concept('otherErrand', 'was|is|were|are ~1 that|this|it|these|those|they ~1 really|actually ~1 you|yours|from'),
  concept('otherErrand', 'was|is|were|are ~1 that|this|it|these|those|they ~1 you|genuine|real|legit|legitimate|fake|phishing|a ~1 scam'),
  concept('otherErrand', 'sind|waren ~1 sie|ihr ~1 das|wirklich'),
  concept('otherErrand', 'kommt|kam|stammt|stammte ~1 das|die|diese|dieser|er ~2 wirklich|tatsachlich|tatsaechlich ~1 von ~1 ihnen|euch'),
  concept('otherErrand', 'ist|war ~1 das|die|diese ~1 echt|seriös|betrug|fake|phishing'),
  concept('otherErrand', 'est|etait ~1 ce ~1 vous|vraiment|bien ~1 vous'),
  concept('otherErrand', 'est|etait ~1 ce ~1 une ~1 arnaque'),
  concept('otherErrand', 'vient|venait|provient ~1 il|elle ~1 vraiment|bien ~2 de ~1 vous|chez'),
  // The sender's own login lost or forgotten: "ben mijn wachtwoord kwijt", "I forgot my password", "ich habe mein Passwort
  // vergessen", "j'ai oublié mon mot de passe". Not one expired in a system the mail asks us to work in.
  concept('otherErrand', 'mijn|my|mein|meinen ~1 wachtwoord|password|passwort|kennwort|inloggegevens|login|pincode ~2 kwijt|vergeten|forgot|forgotten|lost|vergessen|verloren'),
  concept('otherErrand', 'kwijt|vergeten|forgot|lost|vergessen|verloren|oublie|perdu ~1 mijn|my|mein|meinen|mon ~1 wachtwoord|password|passwort|kennwort|inloggegevens|login|pincode|mot'),
  // The same login to be reset or changed, or the sender signed out everywhere: "kunnen jullie mijn wachtwoord resetten", "please
  // change my password", "mein Passwort zurücksetzen", "réinitialiser mon mot de passe", "overal uitgelogd". His own only: a ticket
  // that told of "password reset for" someone else may have reached the wrong person.
  concept('otherErrand', 'mijn|my|mein|meinen|mon ~1 wachtwoord|password|passwort|kennwort ~2 veranderen|wijzigen|resetten|herstellen|reset|change|changed|ändern|andern|aendern|zurücksetzen|zurucksetzen|zuruecksetzen'),
  concept('otherErrand', 'reset|change|resetten|wijzig|verander|ändern|andern|zurücksetzen|réinitialiser|reinitialiser|changer|modifier ~1 mijn|my|mein|meinen|mon ~1 wachtwoord|password|passwort|kennwort|mot'),
  // The password of the sender's account reset is a login errand; the account is no data of his on a lost device: "Wachtwoord van
  // mijn account ook maar even resetten", "reset the password of my account".
  { kind: 'concept', concept: 'otherErrand', pattern: 'wachtwoord|password|passwort|kennwort ~2 van|of|von|meines ~1 mijn|my|mein|meinem|mon ~1 account|konto|compte|accounts ~4 resetten|reset|herstellen|wijzigen|veranderen|zurücksetzen|zurucksetzen|ändern|andern', masksWords: true },
  concept('otherErrand', 'overal|everywhere|überall|uberall|partout ~2 uitgelogd|uitloggen|afgemeld|signed|logged|abgemeldet|ausgeloggt|déconnecté|deconnecte'),
  // A firm's office moved or its new address: "ons nieuwe kantooradres", "our office has moved", "unser Büro zieht um", "nos nouveaux
  // locaux". Company details, no personal data (corpus README); a private "we zijn verhuisd" names no office.
  concept('otherErrand', 'nieuwe|new|neue|neues|neuen|nouvelle|nouveau|nouveaux|nouvelles ~1 kantooradres|kantoor|bedrijfsadres|vestigingsadres|office|offices|büro|buro|bueroadresse|büroadresse|buroadresse|firmenadresse|firmensitz|geschäftsadresse|geschaftsadresse|locaux|bureaux'),
  concept('otherErrand', 'kantoor|bedrijf|office|company|büro|buro|firma|société|societe|entreprise ~3 verhuist|verhuisd|verhuizen|moved|moving|moves|relocated|relocating|zieht|umgezogen|umziehen|déménage|demenage|déménagé|déménager'),
  // Invoices asked again or listed, for the books or the tax return: "een overzicht van alle facturen over 2024 als CSV", "alle
  // facturen van jullie over 2026 nodig ... opnieuw sturen", "copies of all invoices", "Kopien der Rechnungen", "duplicata des
  // factures". The firm's billing, no personal data (corpus README).
  concept('otherErrand', 'overzicht|kopie|kopieen|duplicaat|overview|copy|copies|list|kopien|ubersicht|uebersicht|duplikat|copie|duplicata|recapitulatif|releve ~4 facturen|factuur|invoices|invoice|rechnungen|rechnung|factures|facture'),
  concept('otherErrand', 'facturen|invoices|rechnungen|factures ~8 nodig|opnieuw|nogmaals|resend|again|need|erneut|nochmal|nochmals|renvoyer|renvoyez'),
  concept('otherErrand', 'resend|renvoyer|renvoyez ~3 invoice|invoices|facture|factures'),
  // A mailbox put on legal or litigation hold for the firm's own case preserves it: no right of a person (`classifyEmail.legalHold`).
  concept('otherErrand', 'legal|litigation ~1 hold'),
  // How the sender does something himself in his own mail program or spreadsheet: "hoe zet ik mijn contacten uit Outlook", "how do I
  // get my signature in Outlook", "wie exportiere ich ... aus Outlook", "comment ... dans Outlook". A question of use, not data we hold.
  concept('otherErrand', 'hoe|how|wie|comment ~6 in|uit|from|aus|dans|de|van ~1 outlook|gmail|thunderbird|excel'),
  // Something of ours out of order: "de telefoon ligt eruit", "the server is down", "das Netz ist ausgefallen", "l'imprimante est en
  // panne". A fault to mend. Not "werkt niet meer", which also tells an old number out of use beside its correction.
  concept('otherErrand', 'ligt|liggen|lag|lagen ~1 eruit|plat'),
  concept('otherErrand', 'is|are down'),
  concept('otherErrand', 'ist|sind ~4 ausgefallen'),
  concept('otherErrand', 'est|sont ~4 en ~1 panne'),
  // Access to a mailbox, file or data taken away: "remove the delegated access", "revoke his access", "de toegang van zijn
  // leidinggevende intrekken", "den Zugriff entziehen", "retirer l'accès". Or barred from anyone at all, by a free relative that asks
  // no one's name: "niet door wie dan ook worden ingezien", "von wem auch immer eingesehen", "consultées par qui que ce soit".
  concept('accessBarred', 'remove|removing|revoke|revoking|withdraw|withdrawing|disable|disabling|cut|block ~3 access|permissions'),
  concept('accessBarred', 'access|permissions ~3 removed|revoked|withdrawn|disabled|blocked'),
  concept('accessBarred', 'toegang|toegangsrechten|leesrechten ~4 intrekken|ingetrokken|ontnemen|ontnomen|weghalen|weggehaald|blokkeren|geblokkeerd'),
  concept('accessBarred', 'trek|trekt|ontneem|haal ~4 toegang|toegangsrechten|leesrechten'),
  concept('accessBarred', 'zugriff|zugang|zugriffsrechte|leserechte ~4 entziehen|entzogen|entfernen|entfernt|sperren|gesperrt|widerrufen'),
  concept('accessBarred', 'entziehen|entzieht|entfernen|entfernt|sperren|sperrt ~4 zugriff|zugang|zugriffsrechte|leserechte'),
  concept('accessBarred', 'retirer|retirez|supprimer|supprimez|révoquer|révoquez|couper|coupez|bloquer|bloquez ~3 accès|droits'),
  concept('accessBarred', 'accès ~3 retiré|retirés|supprimé|supprimés|révoqué|révoqués|coupé|coupés|bloqué|bloqués'),
  concept('accessBarred', 'wie dan ook ~3 ingezien|bekeken|geopend|gelezen|ingekeken|geraadpleegd'),
  concept('accessBarred', 'wem auch immer ~3 eingesehen|geöffnet|gelesen'),
  concept('accessBarred', 'qui que ce soit ~3 consulté|consultée|consultés|consultées|lu|lus|ouvert|ouverts'),
  // Network access taken away: "de gebruikers uit de VPN halen", "revoke their certificates", "VPN-Zugang sperren", "révoquer les
  // certificats". Accounts of the firm's network, no data of the sender's: the removal asks no erasure.
  concept('otherErrand', 'uit|from|aus|du ~2 vpn'),
  concept('otherErrand', 'vpn ~1 gebruikers|users|user|benutzer|utilisateurs|toegang|access|zugang|accès|acces|accounts|account|konten|konto|comptes|compte'),
  concept('otherErrand', 'certificaat|certificaten|zertifikat|zertifikate|certificate|certificates|certificat|certificats ~2 intrekken|ingetrokken|revoke|revoked|revoking|widerrufen|zurückziehen|sperren|révoquer|revoquer|révoqués|revoques'),
  concept('otherErrand', 'intrekken|revoke|widerrufen|sperren|révoquer|revoquer|révoquez|revoquez ~3 certificaat|certificaten|zertifikat|zertifikate|certificate|certificates|certificat|certificats'),
  // The sender's own password run out: "mijn wachtwoord is verlopen", "my password has expired", "mein Passwort ist abgelaufen", "mon
  // mot de passe a expiré". A login to renew, like one forgotten.
  concept('otherErrand', 'mijn|my|mein|meinen|mon ~1 wachtwoord|password|passwort|kennwort|mot ~4 verlopen|expired|abgelaufen|expire'),
  // A mail forwarding rule set or removed: "de regel die mijn mail doorstuurt", "remove the forwarding rule", "die Weiterleitungsregel
  // löschen", "supprimer la règle de transfert". A setting of the mail system, no data of the sender's. Named with what is done to
  // it: forwarding rules listed among the data to hand over ("Kontaktangaben, Weiterleitungsregeln, Adressbuch") are data.
  // The same rule is administered in its sentence, where "die mijn mail doorstuurt" names the sender's mail.
  ...concepts(['otherErrand', 'adminTask'], 'regel|regels|rule|rules ~9 doorstuurt|doorsturen|doorstuurde|forwards|redirects'),
  concept('otherErrand', '@erase|uitzetten|instellen|aanmaken|einrichten|deaktivieren|ausschalten|disable|set|turn|desactiver ~4 doorstuurregel|doorstuurregels|forwarding|redirection|weiterleitung|weiterleitungsregel|weiterleitungsregeln|transfert'),
  concept('otherErrand', 'doorstuurregel|doorstuurregels|weiterleitung|weiterleitungsregel|weiterleitungsregeln ~6 @erase|weg|uitzetten|deaktivieren|ausschalten'),
  // A recruiter offering a candidate: "ik heb een ervaren systeembeheerder beschikbaar", "an experienced engineer available",
  // "who is looking for a new challenge", "sein Lebenslauf schicke ich gerne". A sales pitch: the CV and the data protection
  // law it names ask nothing of ours.
  concept('otherErrand', 'ervaren|experienced|erfahrene|erfahrenen|erfahrener|expérimenté|expérimentée ~8 beschikbaar|available|verfügbar|disponible'),
  concept('otherErrand', 'die|who|der|qui ~5 nieuwe|new|neue|nouveau|nouvelle ~1 uitdaging|challenge|herausforderung|défi'),
  concept('otherErrand', 'zijn|haar|his|her|sein|seinen|ihren|son|sa ~1 cv|lebenslauf|resume ~4 stuur|deel|send|share|sende|schicke|teile|envoie|partage'),
  // A private social-media account hacked: "mijn Facebook is gehackt", "my Instagram got hacked", "mein Facebook-Konto wurde gehackt",
  // "mon compte Facebook a été piraté". An account elsewhere, no data of ours gone astray: the sender asks for IT help.
  concept('otherErrand', '@socialMedia ~4 gehackt|gehacked|hacked|gekaapt|overgenomen|hijacked|ubernommen|uebernommen|pirate'),
  concept('otherErrand', 'hacked|hackte|piratage ~4 @socialMedia'),
  // A mail that only looked like another sender's, a bank's or a parcel service's: "een mail die van de bank leek te komen", "an email
  // that seemed to come from my bank", "eine Mail, die angeblich von der Bank kam", "un mail qui semblait venir de la banque". Phishing
  // told, which asks for IT help.
  concept('otherErrand', 'leek|leken|lijkt|lijken ~1 te ~1 komen'),
  concept('otherErrand', 'seemed|seems|appeared|appears|looked|looks|claimed|claiming|pretended|pretending ~1 to ~1 come|be ~1 from'),
  concept('otherErrand', 'angeblich ~2 von|vom'),
  concept('otherErrand', 'semblait|semble|semblaient|pretendait|pretendaient ~1 venir|provenir'),
  // An overview or export of the firm's own business records: licences, contracts, domain names and IP addresses ("een overzicht van
  // alle licenties die wij afnemen", "a list of our domains and IP addresses", "eine Übersicht unserer Lizenzen", "la liste de nos
  // contrats"), or the tickets and calls of the firm ("alle tickets die ons bedrijf heeft ingediend", "an export of our switchboard's
  // calls"). Company records for accounts or an audit, no personal data (corpus README): no copy of the sender's data is asked.
  concept('otherErrand', '@copy|report|rapport|rapportage|recapitulatif ~5 licenties|licentie|licenses|license|licences|licence|lizenzen|lizenz|domeinnamen|domeinen|domains|domainnamen|domaines|ip|contracten|contracts|vertrage|vertraege|contrats'),
  concept('otherErrand', '@copy|report|rapport|rapportage|recapitulatif ~4 tickets|meldingen|gesprekken|calls|anrufe|gesprache|gespraeche|appels ~3 ons|onze|our|unseres|unserer|unsere|notre|nos'),
  concept('otherErrand', '@copy|report|rapport|rapportage|recapitulatif ~4 onze|our|unserer|unsere|nos ~2 tickets|meldingen|gesprekken|calls|anrufe|gesprache|gespraeche|appels'),
  // The calls named by the firm's own number or line, however they are described before it: "alle inkomende en uitgaande gesprekken
  // op ons algemene nummer", "every call to our main line", "alle Anrufe auf unserer Hotline", "les appels sur notre standard".
  concept('otherErrand', 'gesprekken|calls|anrufe|gesprache|gespraeche|gespräche|appels ~3 op|on|to|from|via|auf|an|über|uber|ueber|sur|vers ~1 ons|onze|our|unsere|unserer|unseren|notre|nos ~2 nummer|nummers|number|numbers|line|lines|lijn|lijnen|telefoonnummer|hoofdnummer|rufnummer|rufnummern|nummern|leitung|hotline|numero|numeros|ligne|lignes|standard|switchboard|centrale|zentrale'),
  // The firm's own register of processing filled in (Art. 30): "voor ons verwerkingsregister", "for our records of processing
  // (ROPA)", "für unser Verarbeitungsverzeichnis", "pour notre registre des traitements". Where and how long we keep its data are
  // facts for that register, asked of us as its processor: no right of the sender's own.
  concept('otherErrand', 'verwerkingsregister|verwerkingenregister|verwerkingsregisters|ropa|verarbeitungsverzeichnis|verarbeitungsverzeichnisses|verarbeitungsverzeichnisse'),
  concept('otherErrand', 'register|registers|record|records|verzeichnis|registre|registres ~2 of|van|der|des|de|du ~1 processing|verwerkingen|verwerkingsactiviteiten|verarbeitungstatigkeiten|verarbeitungstaetigkeiten|traitements|traitement|activites'),
  // A contract or a service ended: "alles bij jullie opzeggen", "de opzegtermijn", "cancel our contract", "den Vertrag kündigen",
  // "résilier le contrat". Read only where the mail names no mailing: "de nieuwsbrief opzeggen" leaves one. The sender's own
  // ending, supposed too ("stel dat ik opzeg", "wenn ich kündige", "if I cancelled my contract"), asks what would follow, no right.
  concept('endsContract', 'opzeggen|opzeg|opzegt|opzegging|opzegtermijn|opgezegd|kundigen|kuendigen|kundige|kuendige|kundigt|kuendigt|kundigung|kuendigung|gekundigt|gekuendigt|kundigungsfrist|kuendigungsfrist|resilier|resiliation|resilie|preavis'),
  concept('endsContract', 'cancel|cancelled|canceled|cancelling|canceling|terminate|terminated|terminating|end|ended|ending ~3 our|my|the ~1 contract|contracts|agreement|service|services|support'),
  concept('endsContract', 'notice ~1 period'),
  // What such a system holds of other people: payroll, personnel files, copies of passports, client data.
  concept('dataHolding', 'payroll|payslips|salaries|salarissen|loonstroken|salarisstroken|salarisadministratie|salarisadministraties|salarisgegevens|salarisinfo|loonadministratie|lohnbuchhaltung|lohnabrechnungen|gehaltsabrechnungen|gehaelter|gehalter|personalakten|personaldaten|personeelsdossiers|personeelsgegevens|mitarbeiterdaten|passports|paspoorten|paspoortkopieen|ausweiskopien|passeports|klantdata|klantgegevens|klantenbestand|klantenlijst|kundendaten|kundenliste|kundendatei|patientgegevens|patientdossiers|patientendaten|patientenakten|krankenakten|sickness|ziekteverzuim|krankmeldungen|bsn|burgerservicenummers'),
  concept('dataHolding', 'id|identity|identiteits|kopie|kopieen|kopien|copies ~2 of|van|von|de|des ~1 passports|ids|paspoorten|identiteitsbewijzen|ausweisen|ausweise|identite|passeports'),
  concept('dataHolding', 'pieces|piece ~2 d ~1 identite'),
  // Masking like the identity document copy it shares its words with ("passport copies", "ID copies"), so neither hides the other.
  { kind: 'concept', concept: 'dataHolding', pattern: 'id|passport|passports|paspoort|reisepass|ausweis|passeport|identity ~1 copies|scans|kopieen|kopien', masksWords: true },
  // Camera images of people and sick notes: "our shop cameras can be watched without a password", "de camerabeelden zijn voor
  // iedereen te zien", "the folder holds our sick notes".
  concept('dataHolding', 'camera|cameras|cctv|camerabeelden|bewakingscamera|bewakingscameras|beveiligingscamera|beveiligingscameras|footage|kamera|kameras|kamerabilder|uberwachungskamera|ueberwachungskamera|videouberwachung|videoueberwachung|videosurveillance|webcam|webcams|ziekmeldingen|verzuimgegevens|krankmeldungen'),
  concept('dataHolding', 'salary|pay ~1 slips|statements|records'),
  // A person's own papers and pictures on a device lost, and the people he deals with: his private photos, his tax returns, all his
  // contacts and calls.
  concept('dataHolding', 'privefoto|privefotos|privatfoto|privatfotos|belastingpapieren|belastingaangifte|belastingaangiftes|steuerunterlagen|steuererklarung|steuererklaerung|steuererklarungen|steuererklaerungen|anrufliste|anruflisten|belgeschiedenis|bellijst'),
  // Papers of a group of other people on it: "de handelingsplannen van ongeveer 30 leerlingen", "the files of 40 customers", "les
  // bilans de 18 élèves".
  concept('dataHolding', 'van|of|von|des|de|d ~3 leerlingen|pupils|students|patienten|patients|clienten|clients|klanten|customers|kunden|schuler|schueler|eleves|medewerkers|employees|mitarbeiter|mitarbeitern|salaries|leden|members|mitglieder|membres|bewoners|residents|ouders|parents|eltern|candidats|candidates|applicants|kandidaten|sollicitanten|bewerber|bewerbern'),
  concept('dataHolding', 'drauf|darauf|erop|dessus ~4 kontakten|kontakte|contacten|contacts|contactpersonen'),
  concept('dataHolding', 'kontakten|kontakte|contacten|contacts|contactpersonen ~4 drauf|darauf|erop|dessus'),
  concept('dataHolding', 'contacts ~2 on ~1 it|there'),
  // Files about a firm's customers or clients, on a device or a list: "Kundenlisten", "Kundenakten", "klantdossiers", "client files",
  // and their contacts ("Kundenkontakte", "klantcontacten").
  concept('dataHolding', 'kundenlisten|kundenliste|kundenakten|kundenakte|kundendaten|kundenkontakte|klantenlijst|klantenlijsten|klantdossiers|klantdossier|klantcontacten|clientdossiers|patientdossiers|patientendossiers|patientenakten'),
  concept('dataHolding', 'client|clients|customer|customers|patient|patients ~1 files|lists|list|records|data|contacts|names'),
  concept('dataHolding', 'klantnamen|kundennamen|patientnamen|patientennamen|clientnamen'),
  concept('dataHolding', 'noms ~2 de|des ~1 clients|patients'),
  concept('dataHolding', 'client|clients|customer|customers|patient|patients ~1 address ~1 book|books'),
  concept('dataHolding', 'fichiers|dossiers|donnees ~1 clients|patients'),
  // Mail told as on a device: "Mijn mail staat erop", "company email on it", "Meine Mail ist darauf", "Mon mail est dessus".
  concept('dataHolding', 'mijn|my|meine|mon|mes|zakelijke|company|work|firmen ~1 mail|email|mails|emails|mailbox|postfach|courriel|courriels ~3 erop|darauf|drauf|dessus'),
  concept('dataHolding', 'my|company|work ~1 mail|email|mails|emails|mailbox ~3 on ~1 it'),
  // A colleague's sick notes are health data the firm holds: "a sick note from a colleague", "arrêts maladie", "Krankschreibungen".
  concept('dataHolding', 'sick|doctor|doctors ~1 note|notes'),
  concept('dataHolding', 'arret|arrets ~2 maladie|travail'),
  concept('dataHolding', 'bulletins|bulletin|fiches|fiche ~2 de ~1 paie|salaire'),
  concept('dataHolding', 'krankschreibung|krankschreibungen|arbeitsunfahigkeitsbescheinigung|arbeitsunfahigkeitsbescheinigungen|arbeitsunfaehigkeitsbescheinigung|arbeitsunfaehigkeitsbescheinigungen|ziekteverklaring|ziekteverklaringen|doktersverklaring|doktersverklaringen'),
  // A list of the people a firm serves or employs, by its one word: "de patiëntenlijst", "die Mitgliederliste", "the patient list".
  concept('dataHolding', 'patientenlijst|patientenlijsten|ledenlijst|ledenlijsten|leerlingenlijst|leerlingenlijsten|deelnemerslijst|deelnemerslijsten|personeelslijst|patientenliste|mitgliederliste|mitarbeiterliste|teilnehmerliste|schulerliste|schuelerliste'),
  concept('dataHolding', 'patient|member|pupil|student|participant|employee ~1 list|lists'),
  concept('dataHolding', 'liste|listes ~2 des|de ~1 patients|membres|salaries|eleves|participants|adherents'),
  // Masking like the identity document copy it shares its words with, so neither hides the other.
  { kind: 'concept', concept: 'dataHolding', pattern: 'scan|scans|scanned|kopie|kopieen|copy|copies|copie|photo|photos|foto|fotos ~3 passport|passports|paspoort|paspoorten|reisepass|reisepasse|ausweis|ausweise|personalausweis|passeport|passeports|rijbewijs|identiteitsbewijs|id|identiteitskaart', masksWords: true },
  // Also their contracts, mails and folders: "the folder with all our client contracts", "our client emails".
  concept('dataHolding', 'customer|customers|client|clients|patient|patients|staff|employee|employees|personnel|hr|personeels|klanten|tenant|tenants|huurders ~1 data|details|records|files|list|lists|database|dossiers|gegevens|bestand|contracts|emails|mails|folder|folders|contracten|mappen'),
  // The same named after them, in Dutch: "de mails van huurders", "scans van huurcontracten", "gegevens van onze klanten".
  concept('dataHolding', 'mails|emails|gegevens|dossiers|contracten|scans|adressen ~2 van ~2 huurders|klanten|clienten|patienten|leerlingen|leden|bewoners|medewerkers|sollicitanten'),
  concept('dataHolding', 'huurcontracten|arbeidscontracten|mietvertrage|mietvertraege|arbeitsvertrage|arbeitsvertraege'),
  // The forms members or applicants filled in: "alle ledenformulieren", "registration forms", "Anmeldeformulare".
  concept('dataHolding', 'ledenformulieren|inschrijfformulieren|aanmeldformulieren|inschrijvingsformulieren|anmeldeformulare|mitgliedsantrage|mitgliedsantraege'),
  concept('dataHolding', 'registration|membership|enrolment|enrollment|application|consent ~1 forms'),
  concept('dataHolding', 'donnees|fichiers|dossiers|fichier|base|liste|bulletins|fiches|contrats ~2 clients|client|patients|salaries|personnel|paie'),
  // The health records a practice keeps and the files of people who applied for a job: "the mailbox receives referral letters
  // and X-ray reports", "Befunde unserer Patienten", "les radiographies", "alle Bewerbungsunterlagen", "de cv's van sollicitanten".
  concept('dataHolding', 'befund|befunde|laborbefund|laborbefunde|arztbrief|arztbriefe|arztberichte|rontgenbilder|roentgenbilder|verwijsbrief|verwijsbrieven|labuitslagen|rontgenfotos|roentgenfotos|radiographies|radiographie|ordonnances|xray|xrays|bewerbungsunterlagen|bewerbungen|lebenslaufe|lebenslaeufe|sollicitatiebrieven|sollicitaties|candidatures'),
  concept('dataHolding', 'referral|discharge|medical|doctor|doctors ~1 letters|letters|reports|records'),
  concept('dataHolding', 'x ~1 ray|rays ~1 reports|images|results'),
  concept('dataHolding', 'test|lab|blood ~1 results'),
  concept('dataHolding', 'application|job ~1 documents|forms|files|letters'),
  concept('dataHolding', 'medische ~1 dossiers|gegevens|verslagen'),
  concept('dataHolding', 'clientdossiers|clientendossiers|patientdossiers|patientendossiers|leerlingdossiers|leerlingendossiers|personeelsdossiers|klantdossiers'),
  concept('dataHolding', 'dossiers ~1 medicaux'),
  // Recordings and reports of the children or patients a practice or a school serves: "video-opnames van de tests van kinderen".
  concept('dataHolding', 'opnames|opnamen|beelden|verslagen|recordings|videos|reports|aufnahmen|berichte|enregistrements ~6 kinderen|children|kindern|enfants|leerlingen|pupils|schulern|schuelern|eleves|patienten|patients'),
  // An offer of ours, asked as a question the reader answers ("Wilt u ook dat wij ...?", "Shall we also ...?", "Sollen wir ...?",
  // "Souhaitez-vous que nous ...?"), and the reader's detail it names in our words ("uw contactgegevens", "your phone number",
  // "Ihre Kontaktdaten", "votre numéro de portable"): read only where a short yes accepts the offer (`acceptedOffer`).
  concept('offerMade', 'wilt|wil|willen ~1 u|je|jij|jullie'),
  concept('offerMade', 'zullen|mogen|moeten ~1 wij|we|ik'),
  concept('offerMade', 'would|do ~1 you ~1 like|want|prefer'),
  concept('offerMade', 'shall|should ~1 we|i'),
  concept('offerMade', 'sollen|sollten|durfen|duerfen ~1 wir|ich'),
  concept('offerMade', 'mochten|moechten|wunschen|wuenschen|wollen ~1 sie'),
  concept('offerMade', 'souhaitez|voulez|desirez|preferez|souhaiteriez|voudriez ~1 vous'),
  concept('offerMade', 'faut ~1 il|t ~3 que ~1 nous'),
  concept('yourDetail', 'uw|je|jouw|your|ihre|ihren|ihrer|ihr|votre|vos ~2 @identity|@personalData|@account|mobile|phone|portable|telephone|adresse|address|adressen'),
];
