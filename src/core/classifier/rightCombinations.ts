import type { RightLabel } from '../rights/rightLabel.ts';
import type { RequestConcept } from './requestConcept.ts';

/**
 * A right invoked when one sentence holds every ingredient in `all`, at least one of `any` (when
 * given) and none of `unless`. `overrides` names rights this combination replaces in that sentence.
 */
export interface RightCombination {
  rights: readonly RightLabel[];
  all: readonly RequestConcept[];
  any?: readonly RequestConcept[];
  unless?: readonly RequestConcept[];
  overrides?: readonly RightLabel[];
  /** Ingredients may also come from the sentence before when this one is a short follow-up ("My name is X, not Y. Please fix."). */
  reachesBack?: boolean;
  /** Ingredients may come from any sentence of one paragraph: an event told over several sentences. */
  acrossParagraph?: boolean;
  /**
   * The subject's ingredients count in every paragraph with `acrossParagraph` ("Another company's invoice in my mail" above
   * "It shows names and IBANs"); without it, in every sentence that holds the `all` ingredients, when the subject names one
   * of `subjectNames` and one of `any` ("Name misspelt" above "You have my name as Rui Oliviera.").
   */
  headedBySubject?: boolean;
  /** With `headedBySubject` on a sentence combination: what the subject must name (a personal detail) to head it. */
  subjectNames?: readonly RequestConcept[];
  /** With `headedBySubject` on a sentence combination: the subject heads it only above a body of few words (`isTerse`). */
  underTerseBody?: boolean;
  /**
   * With `acrossParagraph`: the first `all` ingredient is the ask, and the others are told before it or in its sentence
   * ("That is wrong. Please correct it."), not after it ("Please change my payment method, the app works not so well").
   */
  askedAfterward?: boolean;
  /** With `acrossParagraph` or `underTerseBody`: ingredients that rule the right out from anywhere in the field or the subject, not only the paragraph or sentence. */
  unlessInField?: readonly RequestConcept[];
  /** Ingredients may come from anywhere in the sender's words. */
  acrossMail?: boolean;
}

/**
 * Ingredients that rule a right out of their sentence: one's own mail profile is not data we hold. Not where the
 * sentence also holds one of `unless`. A right ruled out where `doubts` is set counts as a phrase read and cancelled,
 * so the models do not make it a request again on the same words. A right ruled out where `silences` is set overrides nothing
 * in that sentence: the question that rules it out asks what its phrase would have overridden.
 */
export const RIGHT_SUPPRESSIONS: readonly { concept: RequestConcept; rights: readonly RightLabel[]; unless?: readonly RequestConcept[]; doubts?: boolean; silences?: boolean }[] = [
  // Not the sender's name as our mails or a directory show it ("in Teams staat mijn naam als ... maar het is ..."): we hold that.
  { concept: 'selfService', rights: ['rectification'], unless: ['nameShownAs'] },
  { concept: 'ourCompany', rights: ['rectification'] },
  { concept: 'contractAdmin', rights: ['rectification'] },
  // "Delete the standing order" is banking admin; "na de eindafrekening al mijn persoonsgegevens verwijderen" still erases.
  { concept: 'contractAdmin', rights: ['erasure'], unless: ['myPersonalData'] },
  { concept: 'adminTask', rights: ['erasure', 'access', 'unsubscribe'] },
  // Leaving ticket updates, alerts or an internal list is no objection to our marketing; marketing named beside it
  // is, and so is someone else's data.
  { concept: 'notOurMailing', rights: ['unsubscribe'], unless: ['marketing', 'theirData'], doubts: true },
  // A question who saw the sender's mailbox or file asks; it tells no breach ("je veux savoir qui a eu accès à ma boîte"), and the
  // breach phrase it silences overrides nothing there (`silences`): the access it would have made a told event stands.
  { concept: 'askWhoSawMine', rights: ['breach_report'], silences: true },
  // Access taken away or barred ("remove the delegated access", "toegang intrekken", "den Zugriff entziehen", "retirer l'accès", or
  // "niet door wie dan ook worden ingezien") is IT work or a hold: its "access" and "who" ask no copy.
  { concept: 'accessBarred', rights: ['access'] },
  // My data sent straight to a new provider is portability alone (DESIGN section 2): in that sentence, what names my data ("the data
  // you hold on me", "a copy", "an export") says what goes there, unless the sender is sent it too ("and send me a copy").
  { concept: 'direct', rights: ['access'], unless: ['copyForMe'] },
  // A sending we are asked to stop ("hören Sie auf, mir Prospekte zu schicken, und entfernen Sie mein Konto") sends nothing: its verb
  // asks no copy of what the sentence names ("mir ... zu senden" sends me nothing), unless a copy or what we hold is asked beside it
  // ("... and send me a copy").
  { concept: 'sendingStopped', rights: ['access'], unless: ['copyOf', 'learn', 'portableFormat'] },
  // A breach at a shop the sender bought from elsewhere, which told him of it ("a webshop mailed me that they had a data leak"),
  // is no breach of ours: doubted, so the models do not make it a report again. Someone else's data that reached him still is; the
  // shop's own customers whose data leaked there are not ("dat hun klantgegevens gelekt zijn"). Nor is his detail named as leaked
  // there one of ours gone wrong: "auch meine E-Mail-Adresse. Muss ich etwas ändern?"
  { concept: 'otherShop', rights: ['breach_report', 'rectification'], unless: ['anotherOwner', 'notForMe'], doubts: true },
  // A list, mailbox or account told out of use ("die wordt niet meer gebruikt") objects to nothing; the sender's data, profiling
  // or a recording named beside it may still be objected to.
  { concept: 'outOfUse', rights: ['objection'], unless: ['myData', 'profiling', 'recording'], doubts: true },
  // A change to our prices, terms or service objected to ("Ik maak daar bezwaar tegen" after a price rise, "I object to the new
  // portal, I prefer calling") disputes a business decision: no objection to processing, nor calls refused. Doubted, so the models
  // do not make it one again.
  { concept: 'serviceChange', rights: ['objection', 'unsubscribe'], unless: ['myData', 'profiling', 'recording', 'marketing', 'mailingList', 'surveys'], doubts: true },
  // A complaint lodged with the police, an ombudsman or a court ("I reported it to the police", "j'ai porté plainte au commissariat")
  // is no complaint to a data protection authority or to us; one named beside it in the sentence still is.
  { concept: 'otherBody', rights: ['complaint'], unless: ['authority'], doubts: true },
  // The source of his data told as unknown ("Don't know how you got my address, but take me off your list") asks no access in its
  // sentence; one asked beside it there still does ("ik weet niet hoe jullie eraan komen, vertel me welke gegevens jullie hebben").
  // Our planned deleting told back ("I read you are going to delete my profile next month") asks no erasure in its sentence; a
  // thing named and asked gone there still is ("you will delete my account anyway, so delete the backups too").
  { concept: 'erasurePlanned', rights: ['erasure'], unless: ['eraseNamed', 'eraseMe'] },
  { concept: 'sourceUnknown', rights: ['access'], unless: ['learn', 'getCopy', 'copyOf', 'askWhich', 'askWhoSaw', 'askWhoSawMine'] },
  // A device told lost or stolen is what the wipe asked after it in its paragraph erases ("I lost my work phone on the train. My
  // mail is on it. Can you wipe it?"): IT work on the firm's equipment, doubted so the models do not make it an erasure again. The
  // sender's data or account named in the asking sentence still are erased ("... and delete my account too").
  { concept: 'lostDevice', rights: ['erasure'], unless: ['myData', 'everything', 'eraseMe', 'removeMe', 'myContactDetail', 'ourSystems'], doubts: true },
];

/** Rights that take a sentence over from another: restricting "while my objection is assessed" is restriction. */
export const RIGHT_PRECEDENCE: readonly { right: RightLabel; over: RightLabel }[] = [{ right: 'restriction', over: 'objection' }];

/** The sender's details a subject may name as the object of a terse correction below it. */
const SUBJECT_DETAILS: readonly RequestConcept[] = ['myContactDetail', 'homeAddress', 'mailAddress'];
/**
 * Those and any detail word ("phone", "naam", "Durchwahl") above a value called wrong or a correction asked; not above a new
 * value alone, where the word is a device or a password ("lost phone" above "I'll get a new one").
 */
const SUBJECT_ANY_DETAILS: readonly RequestConcept[] = [...SUBJECT_DETAILS, 'personalDetails'];
/** What makes a subject's detail not the sender's own one corrected: a mail received, a firm's, a contract's, a device's, someone else's, or a mishap told. */
const SUBJECT_DETAIL_UNLESS: readonly RequestConcept[] = ['received', 'newProvider', 'ourCompany', 'selfService', 'contractAdmin', 'contractPaper', 'otherPerson', 'anotherOwner', 'notForMe', 'exposed', 'everything', 'mishap', 'adminTask', 'theirData', 'itObject'];

/** How ingredients make rights, following the labelling rules where rights touch (DESIGN section 2). */
export const RIGHT_COMBINATIONS: readonly RightCombination[] = [
  { rights: ['access'], all: ['learn', 'myData'], unless: ['notifyMe', 'direct'] },
  // "I want to keep receiving your newsletter" asks for no copy, nor does "I object to processing my data beyond what you need to deliver the contract".
  // What we still send him is the mailing, no copy asked: "you still send me your newsletter, though I closed my account".
  { rights: ['access'], all: ['getCopy', 'myData'], unless: ['direct', 'wantsMailing', 'object', 'stillReceives'] },
  { rights: ['access'], all: ['copyOf', 'myData'], unless: ['direct'] },
  // The source of my data is an access object (Art. 15(1)(g)), named in the sentence or, for a short follow-up, the one before:
  // "Remove my number and tell me where you got it.", "Jullie hebben mijn mailadres. Waar hebben jullie dat vandaan?"
  // Not of an invoice or a company's data: "where did you get this invoice?" names no data of mine.
  // Which of my data, asked after whether we hold it: "Sind meine Daten noch bei Ihnen gespeichert? Falls ja, welche?"
  { rights: ['access'], all: ['askWhich'], any: ['myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'adminTask', 'itObject'] },
  { rights: ['access'], all: ['askWhich'], any: ['myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'adminTask', 'itObject'], reachesBack: true },
  { rights: ['access'], all: ['askSource'], any: ['myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'adminTask', 'itObject', 'dispute', 'sourceUnknown'] },
  { rights: ['access'], all: ['askSource'], any: ['myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'adminTask', 'itObject', 'dispute', 'sourceUnknown'], reachesBack: true },
  // Who saw or opened the sender's data (Art. 15(1)(c)): of his mailbox, file or mail named in the question ("I want to know who
  // accessed my mailbox"), or of what the sentence or the one before names ("... binnengekomen zijn op mijn adres en wie die gelezen
  // heeft"). Not an admin's or IT task: "who opened the finance share?" names nothing of the sender's.
  { rights: ['access'], all: ['askWhoSawMine'], unless: ['ourCompany', 'adminTask', 'itObject', 'theirData'] },
  { rights: ['access'], all: ['askWhoSaw'], any: ['myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'adminTask', 'itObject', 'theirData'] },
  { rights: ['access'], all: ['askWhoSaw'], any: ['myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'adminTask', 'itObject', 'theirData'], reachesBack: true },
  // What an answer to an access request left out, asked for, beside what it is about in its paragraph or the subject: "The answer
  // was incomplete: recipients and retention are missing. Please send the missing information.", "Auskunft unvollständig" above
  // "Ich bitte um Vervollständigung", "I would like the complete copy". Not a detail of mine completed or corrected, nor an
  // invoice or a contract's papers.
  { rights: ['access'], all: ['askCompletion'], any: ['learn', 'copyOf', 'getCopy', 'myData', 'personalDetails'], unless: ['ourCompany', 'contractAdmin', 'contractPaper', 'adminTask', 'itObject', 'correct', 'newValue', 'selfService'], acrossParagraph: true, headedBySubject: true },
  // A recording the sender is in, asked to be had, heard or seen, in its sentence or after it in its paragraph: "Can I have the
  // recording of my call?", "your camera filmed me at the gate. Can I have that footage?", "are my calls recorded? if so I'd like
  // to hear them". Not a meeting recorded for a firm ("die Teams-opname"), which holds no sender caught or called.
  { rights: ['access'], all: ['asksToHave', 'recording'], any: ['pictured', 'myData'], unless: ['theirData', 'adminTask', 'itObject', 'direct'] },
  { rights: ['access'], all: ['asksToHave', 'recording'], any: ['pictured', 'myData'], unless: ['theirData', 'adminTask', 'itObject', 'direct'], unlessInField: ['otherPerson', 'anotherOwner', 'notForMe', 'exposed'], acrossParagraph: true, askedAfterward: true },
  // Someone else's data: only when that person asked for it (a processor request), not an admin task.
  { rights: ['access'], all: ['theirData', 'theyAsked'], any: ['learn', 'getCopy', 'copyOf'], unless: ['notifyMe', 'direct'] },
  { rights: ['portability'], all: ['portableFormat', 'myData'] },
  // The sender's own mailbox, calendar or contacts asked for as a file he can take along: "Ik wil een PST-bestand van mijn eigen
  // mailbox", "please export my mailbox as PST", "mijn agenda en contacten als .ics en .csv" (a copy for him too, so access is added).
  // Not how he exports it himself: "how do I export my calendar from Outlook?". Asked as whether he may have it too: "kan ik mijn
  // mails als PST krijgen?", "can I get my files as a PST?".
  { rights: ['portability'], all: ['portableFormat', 'myMailbox'], any: ['theyAsked', 'getCopy', 'asksToHave'], unless: ['direct', 'selfService', 'otherErrand', 'adminTask'] },
  // The mailbox named in one sentence, its export as a file asked in the next of the paragraph pointing back: "I want my mail and
  // calendar moved to my new account. Can you export them as mbox and send me a link?", "Meine Kontakte will ich mitnehmen. Können
  // Sie die als PST schicken?"; or a copy of it asked, the file named after it: "I'd like a copy of my mails. Ideally a file I can
  // open in Thunderbird."
  { rights: ['portability'], all: ['portableFormat', 'myMailbox'], any: ['getCopy', 'copyOf'], unless: ['direct', 'selfService', 'otherErrand', 'adminTask', 'theirData'], acrossParagraph: true },
  // Sent to the sender himself as such a file, the work around it told in IT words does not make it a task of his firm's: "I had an
  // account in their tenant and want my contacts back. Can you send them to me as vCard? Their admin agrees, see cc."
  { rights: ['portability'], all: ['portableFormat', 'myMailbox', 'copyForMe'], unless: ['direct', 'selfService', 'otherErrand', 'theirData'], acrossParagraph: true },
  // A copy of what we hold of the sender asked as a file of a format he can open or import: "een kopie van alles wat op mijn naam
  // staat, als zip of pst", "a copy of all my data as a CSV file". Not a copy of someone else's data or of the firm's own papers.
  { rights: ['portability'], all: ['portableFormat', 'copyOf', 'theyAsked'], any: ['myData', 'myMailbox', 'myContactDetail'], unless: ['direct', 'otherErrand', 'adminTask', 'theirData', 'ourCompany', 'contractAdmin'] },
  // A processor request: the former employee's mailbox as a PST file.
  { rights: ['portability'], all: ['portableFormat', 'theirData', 'theyAsked'], unless: ['direct'] },
  { rights: ['portability'], all: ['transfer', 'newProvider'], any: ['myData', 'portableFormat'] },
  // The provider told in one sentence or the subject, the transfer of the sender's data asked in another: "moving providers" above
  // "Please transfer my ticket history to Harbour IT", "Ich wechsle den Dienstleister. Übertragen Sie bitte meine Daten
  // dorthin." Not a number or a domain moved: no data of the sender's named.
  { rights: ['portability'], all: ['transfer', 'newProvider', 'myData'], unless: ['adminTask', 'theirData', 'ourCompany', 'otherErrand'], acrossParagraph: true, headedBySubject: true, askedAfterward: true, overrides: ['access'] },
  // The sender's own mailbox, contacts or calendar moved straight to his new provider: "mijn mailbox en agenda direct overzetten naar
  // de nieuwe provider", "mein Postfach samt Kontakten direkt an den neuen Anbieter übertragen". A firm moving "our mailboxes" is IT work.
  { rights: ['portability'], all: ['transfer', 'newProvider', 'direct', 'myMailbox'] },
  // The provider the sender switches to told, and his data asked to be sent straight to it in the paragraph: "I'm moving my IT to my
  // nephew's company. Could you send my contact details straight to him?", "Ich wechsle zu einem IT-Dienstleister. Können Sie meine
  // Tickets direkt an ihn schicken?" (Art. 20(2)): portability, the access that the sending would read ruled out by `direct`.
  { rights: ['portability'], all: ['direct', 'newProvider'], any: ['myData', 'myContactDetail', 'myMailbox', 'portableFormat'], acrossParagraph: true },
  // "Ik wil weten wat jullie van mij hebben. Als het kan in een Excel-bestandje graag."
  { rights: ['portability'], all: ['portableFormat', 'myData'], any: ['getCopy', 'copyOf', 'learn'], unless: ['direct'], acrossMail: true },
  { rights: ['portability'], all: ['portableFormat', 'theirData', 'theyAsked'], any: ['getCopy', 'copyOf'], unless: ['direct'], acrossMail: true },
  { rights: ['erasure'], all: ['erase', 'myData'], unless: ['withdrawConsent'] },
  { rights: ['erasure'], all: ['erase', 'everything', 'theyAsked'], unless: ['itObject'] },
  { rights: ['erasure'], all: ['erase', 'theirData', 'theyAsked'], unless: ['keep'] },
  { rights: ['erasure'], all: ['erase', 'everything', 'me'] },
  // Everything erased after the sender's data was named just before: "wat hebben jullie nog van mij? ... daarna alles
  // verwijderen".
  { rights: ['erasure'], all: ['erase', 'everything', 'myData'], unless: ['itObject', 'adminTask', 'mailingList', 'marketing', 'ourCompany'], reachesBack: true },
  { rights: ['erasure'], all: ['eraseMe'], unless: ['mailingList', 'marketing'] },
  // The sender taken out of our CRM, database or files is erased there, whatever mailing the sentence also stops: "Haal me uit
  // jullie CRM en stop met die opvolgmails", "Nehmen Sie mich aus Ihrem CRM", "Retirez-moi de votre fichier et arrêtez ces relances".
  { rights: ['erasure'], all: ['eraseMe', 'ourSystems'], unless: ['itObject', 'adminTask'] },
  { rights: ['erasure'], all: ['removeMe', 'ourSystems'], unless: ['itObject', 'adminTask'] },
  // "Remove my number from your prospecting files" is unsubscribe.
  { rights: ['erasure'], all: ['erase', 'myContactDetail'], unless: ['mailingList', 'marketing', 'correct', 'newValue'] },
  // A curt yes to our question whether we should delete: "yes, delete it all", "doe maar weg".
  // The thing to erase named before the ask, in its paragraph or in the subject, by a pronoun: "My home address is on my contact
  // record. Please remove it.", "Tell me what you hold about me, then bin it.", or asked to be told first: "Sagen Sie mir, was Sie
  // gespeichert haben, und entfernen Sie es danach." Not IT work on a device, folder or account ("remove it from the server"), nor
  // anywhere in a mail about someone else's data that reached the sender or about a mailing. Beside a consent withdrawn in the
  // paragraph the removal asked stands as erasure ("Diese Einwilligung widerrufe ich. Entfernen Sie die Fotos"), as the corpus labels
  // it; its object may be the pictures of a sender photographed ("wurde ich fotografiert").
  { rights: ['erasure'], all: ['eraseNamed'], any: ['myData', 'myContactDetail', 'everything', 'copyOf', 'learn', 'pictured'], unless: ['itObject', 'adminTask', 'newValue'], unlessInField: ['otherPerson', 'anotherOwner', 'notForMe', 'exposed', 'mailingList'], acrossParagraph: true, headedBySubject: true, askedAfterward: true },
  { rights: ['erasure'], all: ['erase', 'affirm'], unless: ['itObject', 'adminTask', 'mailingList', 'marketing', 'keep', 'ourCompany'] },
  // "Meine private Handynummer steht in eurem System. Die bitte löschen.": the short follow-up names no object.
  // Not someone else's detail that reached the sender, deleted there: "die Rechnung eines anderen Kunden mit seiner Privatadresse.
  // Ich habe sie gelöscht."
  { rights: ['erasure'], all: ['erase', 'myContactDetail'], unless: ['mailingList', 'marketing', 'correct', 'newValue', 'wrongValue', 'itObject', 'selfService', 'adminTask', 'anotherOwner', 'notForMe'], reachesBack: true },
  // The sender off the list, then a detail of his erased by a verb of its own: "nehmt mich aus dem Verteiler und löscht meine
  // Adresse", "take me off the list and delete my email address". Leaving the list is one right, the detail gone from our records
  // a second (corpus README: both when both are asked); the detail taken off the list ("and remove my address from your mailing
  // list") is the unsubscribe's own phrase, which overrides it.
  { rights: ['erasure'], all: ['detailErased'], unless: ['correct', 'newValue', 'wrongValue', 'itObject', 'selfService', 'adminTask', 'anotherOwner', 'notForMe', 'theirData', 'otherPerson'] },
  // "Send me the list of my data, then erase it": a list of data is no mailing list. All data, or
  // someone's, erased "from your mailing lists and systems" names the list as one more place to erase from
  // ("take me off the newsletter and erase all my data" still unsubscribes by its own phrase).
  // Not where he keeps the mailing by saying what not to do ("zonder mij van de lijst te halen", "ohne mich aus dem Verteiler zu nehmen").
  { rights: ['unsubscribe'], all: ['erase', 'mailingList', 'me'], unless: ['copyOf', 'theirData', 'everything', 'wantsMailing'] },
  // The sender himself off the list beside all his data: "nehmt mich aus dem Newsletter und löscht alle meine Daten".
  { rights: ['unsubscribe'], all: ['eraseMe', 'mailingList'], unless: ['copyOf', 'wantsMailing'] },
  // The mailing named in a short follow-up after the sender is erased from everything, which the phrases above leave to the
  // erasure: "wis mij uit alles wat jullie hebben. de nieuwsbrief ook", "Erase me from everything you have. The newsletter as well."
  { rights: ['unsubscribe'], all: ['eraseMe', 'mailingList'], unless: ['copyOf', 'wantsMailing', 'theirData'], reachesBack: true },
  // A photo to erase from marketing material is erasure: "delete my photo from your marketing folders".
  { rights: ['unsubscribe'], all: ['erase', 'marketing', 'me'], unless: ['recording', 'myData', 'theirData', 'everything'] },
  // A mailing the sender gives a new address for is not one he leaves, whatever his old address loses in the follow-up: "I want
  // the newsletter at my new address from now on. The old one will disappear.", "De nieuwsbrief graag op mijn nieuwe adres. Mijn
  // oude adres verdwijnt."
  { rights: ['unsubscribe'], all: ['erase', 'mailingList'], unless: ['copyOf', 'theirData', 'everything', 'newValue'], reachesBack: true },
  // All the addresses of a firm's people taken off our mailing lists, as an admin asks it ("remove all our addresses from your
  // newsletter", "alle adressen van ons kantoor van jullie mailinglijsten halen"), leave the mailing: "all" counts addresses, and
  // no one's data beside them is asked gone, so the erasure that "all" with a removal reads elsewhere gives way.
  { rights: ['unsubscribe'], all: ['erase', 'allAddresses', 'mailingList'], unless: ['eraseMe', 'removeMe', 'myData', 'myContactDetail', 'theirData', 'copyOf', 'ourSystems', 'newValue'], overrides: ['erasure'] },
  // "Remove me." beside the mailings named in another sentence leaves them: "I asked to be taken off your marketing emails. Remove me now."
  // Not when the mail wants all or its data gone, or names our systems ("remove me from your systems", "delete everything").
  // Nor when a detail of his is erased by a verb of its own ("take me off the list and delete my phone number"): a second right.
  { rights: ['unsubscribe'], all: ['removeMe'], any: ['mailingList', 'marketing'], unless: ['copyOf', 'theirData', 'everything', 'myData', 'recording', 'adminTask', 'itObject', 'ourSystems', 'detailErased'], overrides: ['erasure'], acrossMail: true },
  { rights: ['unsubscribe'], all: ['halt'], any: ['mailingList', 'marketing'], unless: ['profiling', 'recording', 'wantsMailing'] },
  { rights: ['unsubscribe'], all: ['stopContact'], any: ['mailingList', 'marketing', 'calls'] },
  // A mailing told as still received, then its end asked in its paragraph by pointing back or for the person it reaches: "Hij
  // ontvangt nog steeds uw nieuwsbrief. Wilt u die stopzetten?", "Er bekommt immer noch Ihre Werbemails. Bitte schicken Sie ihm
  // nichts mehr." Not ticket mail, alerts or surveys, nor a mailing the sender wants to keep, nor the customer's own mailing that
  // we send ("our newsletter goes out twice, can you stop it?"). Sales calls told as coming again and again are such a mailing:
  // "your salesman keeps calling me. Make him stop it.", "euer Vertrieb ruft mich dauernd an, das soll aufhören".
  { rights: ['unsubscribe'], all: ['haltNamed', 'stillReceives'], any: ['mailingList', 'marketing', 'invitations', 'calls'], unless: ['notOurMailing', 'surveys', 'wantsMailing', 'itObject', 'adminTask'], acrossParagraph: true, askedAfterward: true },
  // So is a mailing the sender is told to be on, signed up or receiving it, and wants no more by pointing back: "I signed up for your
  // newsletter at a fair. I no longer want it", "Ich habe Ihren Newsletter abonniert. Ich möchte ihn nicht mehr."
  { rights: ['unsubscribe'], all: ['haltNamed', 'onOurMailing'], unless: ['notOurMailing', 'surveys', 'wantsMailing', 'itObject', 'adminTask'], acrossParagraph: true, askedAfterward: true },
  // Or the sender taken out whole after it, which leaves the mailing as well as our records: "Jullie sturen me nog steeds de
  // nieuwsbrief en in jullie CRM sta ik nog als contactpersoon. Haal me er helemaal uit."
  { rights: ['unsubscribe'], all: ['eraseMe', 'stillReceives'], any: ['mailingList', 'marketing'], unless: ['notOurMailing', 'surveys', 'wantsMailing', 'itObject', 'adminTask', 'copyOf', 'theirData'], acrossParagraph: true, askedAfterward: true },
  // Objecting to direct marketing, sales calls included, is Art. 21(2): unsubscribe.
  { rights: ['unsubscribe'], all: ['object'], any: ['marketing', 'calls'], unless: ['profiling', 'recording'], overrides: ['objection'] },
  // So is refusing it as a wish, the sender's data named or not: "I don't want you to use my data for advertising".
  { rights: ['unsubscribe'], all: ['refuse', 'marketing'], unless: ['profiling', 'recording'], overrides: ['objection'] },
  // Calls not wanted are sales calls unless the sender's data are named: "I do not want my tickets, emails or calls with you used
  // for AI training" objects. "No more calls to my number" stays unsubscribe by stopContact, and sales calls by marketing.
  { rights: ['unsubscribe'], all: ['refuse', 'calls'], unless: ['profiling', 'recording', 'myData'] },
  { rights: ['objection'], all: ['refuse', 'calls', 'myData'], unless: ['marketing', 'profiling', 'recording', 'keep'] },
  // "Mijn contactgegevens naar de nieuwe partij": a new provider, not a new value.
  // Something that went wrong is a mishap told, no value called wrong: "Onze buurvrouw heet Van Dijk. Ik denk dat het verkeerd is
  // gegaan.", "what went wrong". Nor, in a short follow-up, is a detail named in someone else's papers the sender's: "Three
  // clients got another client's letter, with name and date of birth. How could that go wrong?"
  { rights: ['rectification'], all: ['myContactDetail'], any: ['correct', 'wrongValue', 'newValue'], unless: ['newProvider', 'mishap'] },
  // Nor is a provider changed, told in a short follow-up after the mailbox named: "Vous hébergez ma boîte mail. Je change de prestataire."
  { rights: ['rectification'], all: ['myContactDetail'], any: ['correct', 'wrongValue'], unless: ['mishap', 'anotherOwner', 'newProvider'], reachesBack: true },
  // The address a mailing of ours goes to, changed: "please change the address your newsletter goes to", "het mailadres voor de
  // nieuwsbrief aanpassen". Not an internal list's, our firm's or a customer's own (notOurMailing, ourCompany, adminTask).
  { rights: ['rectification'], all: ['correct', 'theyAsked', 'mailingList'], any: ['mailAddress', 'homeAddress'], unless: ['ourCompany', 'contractAdmin', 'selfService', 'adminTask', 'newProvider', 'theirData', 'notOurMailing'] },
  // A subject that names a detail and its correction heads the sentence that names the sender's detail: "Name misspelt" above
  // "you have my name as Rui Oliviera", "telefoonnummer wijzigen" above "bel me op dit nummer". Not an invoice's, a password's
  // or a contract's, nor someone else's data seen ("Wrong name in your mail - another customer's data").
  {
    rights: ['rectification'],
    all: ['myContactDetail'],
    any: ['correct', 'wrongValue', 'newValue'],
    unless: ['newProvider', 'ourCompany', 'selfService', 'contractAdmin', 'contractPaper', 'otherPerson', 'anotherOwner', 'notForMe', 'exposed', 'everything'],
    headedBySubject: true,
    subjectNames: ['personalDetails', 'myContactDetail', 'homeAddress', 'mailAddress'],
  },
  // A subject that names the sender's detail is the object of a terse body that gives only its new value or its correction:
  // "Geboortedatum" above "Bij jullie staat 3-5-1978, het moet 5-3-1978 zijn", "Anschrift" above "Bitte ändern: Lindenweg 4".
  // On the corpus and h190-h437 (63,907 emails) these found 19 requests and misread none.
  { rights: ['rectification'], all: ['newValue'], unless: SUBJECT_DETAIL_UNLESS, unlessInField: SUBJECT_DETAIL_UNLESS, headedBySubject: true, subjectNames: SUBJECT_DETAILS, underTerseBody: true },
  { rights: ['rectification'], all: ['wrongValue'], unless: SUBJECT_DETAIL_UNLESS, unlessInField: SUBJECT_DETAIL_UNLESS, headedBySubject: true, subjectNames: SUBJECT_ANY_DETAILS, underTerseBody: true },
  { rights: ['rectification'], all: ['correct', 'theyAsked'], unless: SUBJECT_DETAIL_UNLESS, unlessInField: SUBJECT_DETAIL_UNLESS, headedBySubject: true, subjectNames: SUBJECT_ANY_DETAILS, underTerseBody: true },
  // A correction asked of what the sender has just said is wrong, its object a pronoun or "your records": "Your CRM lists me as
  // IT manager at Delta. That is incorrect. Please correct this." The paragraph, or the subject ("Falsche Angaben"), says what is
  // wrong; a sender named ("me", "my data") and no billing, contract or self-service entry beside it.
  { rights: ['rectification'], all: ['correct', 'theyAsked', 'wrongValue'], any: ['me', 'myData', 'myContactDetail'], unless: ['ourCompany', 'contractAdmin', 'selfService', 'adminTask', 'newProvider'], acrossParagraph: true, headedBySubject: true, askedAfterward: true },
  // A copy of the sender's file asked, and in a second clause of the same sentence a correction with its own object: "send me a
  // copy of my file and correct the reason given in it", "eine Kopie meiner Akte und berichtigen Sie den Eintrag". The copy
  // names the record the correction is asked of.
  { rights: ['rectification'], all: ['correct', 'theyAsked', 'myData'], any: ['getCopy', 'copyOf', 'copyForMe'], unless: ['ourCompany', 'contractAdmin', 'selfService', 'adminTask', 'newProvider'] },
  // "Keep it for the dispute, but no longer use it for mailings": the mailings are part of the restriction; so is any other use
  // refused of what is kept ("you may keep the invoices, but I object to any other use"). Consent withdrawn for any other use than
  // the one that keeps the data ("ik trek mijn toestemming in voor ieder ander gebruik") stays an objection.
  { rights: ['restriction'], all: ['stopUsing'], any: ['keep', 'dispute'], unless: ['withdrawConsent'], overrides: ['objection', 'unsubscribe'] },
  { rights: ['restriction'], all: ['keep', 'dispute'] },
  // Keep it, do not use it, and why: three signals a person reads across the whole mail.
  { rights: ['restriction'], all: ['keep', 'stopUsing', 'dispute'], acrossMail: true },
  { rights: ['restriction'], all: ['keep', 'stopUsing', 'retention'], acrossMail: true },
  // Not to be used until a correction is made or a decision taken ("Bis die Korrektur erfolgt ist, verwenden Sie die alte Adresse
  // nicht mehr"): the sender's detail or a recording is what is held, not a server or a printer; or the data kept and shut away
  // meanwhile, told in separate lines ("Until that's decided: keep the footage, but lock it so nobody can view it").
  { rights: ['restriction'], all: ['stopUsing', 'pendingOutcome'], any: ['myData', 'myContactDetail', 'homeAddress', 'mailAddress', 'personalDetails', 'recording'], overrides: ['objection', 'unsubscribe'] },
  { rights: ['restriction'], all: ['keep', 'stopUsing', 'pendingOutcome'], acrossMail: true },
  { rights: ['objection'], all: ['object'], any: ['myData', 'profiling', 'recording'] },
  // "I do NOT want you to delete the recording" keeps it: no objection. A photo published "without my consent" in a
  // complaint the sender tells of ("j'ai déposé une plainte ... sans que mon accord ait été demandé") is the complaint's ground.
  { rights: ['objection'], all: ['refuse'], any: ['profiling', 'recording'], unless: ['keep', 'complain'] },
  { rights: ['objection'], all: ['halt', 'profiling'] },
  // Surveys sent no more are objected to, not a mailing left (corpus README): "please stop sending me surveys", "diese Umfragen möchte
  // ich nicht mehr bekommen", "die vragenlijsten mogen stoppen". A mailing named beside them is still left by its own words.
  { rights: ['objection'], all: ['stopContact', 'surveys'], unless: ['mailingList', 'marketing'], overrides: ['unsubscribe'] },
  { rights: ['objection'], all: ['halt', 'surveys'], unless: ['mailingList', 'marketing'], overrides: ['unsubscribe'] },
  // Surveys told, then refused in a later sentence of the paragraph: "Na elk ticket krijg ik een enquête. Daar wil ik niet meer aan
  // meedoen.", "After each visit I get a questionnaire. I don't want to be contacted for that anymore."
  { rights: ['objection'], all: ['stopContact', 'surveys'], unless: ['marketing'], acrossParagraph: true, askedAfterward: true },
  { rights: ['objection'], all: ['refuse', 'surveys'], unless: ['marketing', 'keep', 'complain'], acrossParagraph: true, askedAfterward: true },
  // The sender taken off for surveys, as off a list: "haal mijn naam eraf voor die enquêtes", "take me off your survey list", "nehmen
  // Sie mich aus der Liste für Umfragen", "retirez-moi de la liste des sondages". He leaves the surveys, no mailing, and keeps his
  // data, unless the mail wants his data or everything gone.
  { rights: ['objection'], all: ['surveys'], any: ['removeMe', 'erase'], unless: ['marketing', 'myData', 'everything', 'ourSystems', 'copyOf', 'theirData'], overrides: ['erasure', 'unsubscribe'] },
  { rights: ['objection'], all: ['withdrawConsent'] },
  // "I ticked the box for partner offers. I'd like to take that back."
  { rights: ['objection'], all: ['takeBack', 'consentGiven'], reachesBack: true },
  // "It has tracking pixels. Please switch that off for me."
  { rights: ['objection'], all: ['halt', 'profiling'], reachesBack: true },
  { rights: ['objection'], all: ['refuse', 'profiling'], reachesBack: true },
  // Tracking or a recording the sender would rather we did without: "I'd rather you didn't track me", and in a short follow-up
  // that names none itself, "Every call may be recorded, I hear. I'd prefer mine weren't." Not his data or a photo he would rather
  // not have kept ("je préférerais qu'il ne reste plus de trace ... ma photo, mes coordonnées"): that is erasure.
  { rights: ['objection'], all: ['preferNot'], any: ['profiling', 'recording'], unless: ['keep', 'complain', 'myData', 'erase', 'eraseNamed'] },
  { rights: ['objection'], all: ['preferNot'], any: ['profiling', 'recording'], unless: ['keep', 'complain', 'myData', 'erase', 'eraseNamed'], reachesBack: true },
  { rights: ['objection'], all: ['stopUsing'], any: ['profiling', 'recording'], unless: ['keep', 'dispute', 'adminTask'] },
  // A breach the firm notified or must notify ("wij hebben het zelf gemeld", "must be reported to the ICO within 72 hours"), and
  // the firm's duty asked ("Moeten wij dat melden bij de AP?"), tell the duty of the firm it happened at, no complaint.
  { rights: ['complaint'], all: ['complain', 'authority'], unless: ['breachNotified', 'notifyDuty'] },
  // Not a caller who knew the sender's own details ('knewMine'): that data reached the caller, the sender asks where it came from.
  { rights: ['breach_report'], all: ['otherPerson', 'personalDetails'], any: ['received', 'see'], unless: ['wantsMailing', 'knewMine', 'ownRequester'] },
  { rights: ['breach_report'], all: ['exposed', 'personalDetails'], any: ['otherPerson', 'everything'] },
  { rights: ['breach_report'], all: ['recipientField', 'personalDetails', 'received'] },
  { rights: ['breach_report'], all: ['exposed', 'everything', 'received'] },
  { rights: ['breach_report'], all: ['notForMe', 'received'] },
  // Someone else's personal data that reached the sender, told over a paragraph without breach words: "We received your invoice
  // mail. The second attachment isn't ours: it shows a customer's name and IBAN." Not "the number you have for me is not mine,
  // please correct it", a wrong value. The subject may say the mail is not for the sender ("Rechnung - nicht für mich" above
  // "Name, Adresse und Telefonnummer stehen drin"), unless the details are his own: "Contract in my name - not mine".
  { rights: ['breach_report'], all: ['notForMe', 'personalDetails'], any: ['received', 'see', 'exposed'], unless: ['wrongValue', 'correct', 'newValue'], acrossParagraph: true },
  { rights: ['breach_report'], all: ['notForMe', 'personalDetails'], any: ['received', 'see', 'exposed'], unless: ['wrongValue', 'correct', 'newValue', 'myContactDetail'], acrossParagraph: true, headedBySubject: true },
  { rights: ['breach_report'], all: ['anotherOwner', 'personalDetails'], any: ['received', 'see', 'exposed'], unless: ['wrongValue', 'correct', 'newValue'], acrossParagraph: true, headedBySubject: true },
  { rights: ['breach_report'], all: ['disclosed'], any: ['myContactDetail', 'myData', 'personalDetails'] },
  // Told over the sentences of a paragraph: "Jullie uitnodiging ging naar alle ouders tegelijk, met een lijst. Daarop staat ook mijn
  // adres." Not where the sender asks his detail erased: "When people google my name, ... Please delete my name".
  { rights: ['breach_report'], all: ['disclosed'], any: ['myContactDetail', 'myData', 'personalDetails'], unless: ['erase', 'eraseNamed', 'eraseMe'], acrossParagraph: true },
  // A security incident told as a story: a system taken over or opened up ("her account sent 400 phishing mails; her mailbox
  // has client ID copies", "the HR folder is shared with anyone with the link") that holds other people's data.
  { rights: ['breach_report'], all: ['compromised', 'dataHolding'], acrossParagraph: true, headedBySubject: true },
  // A mail of the sender's that one of ours forwarded to his employer or another person, the mail told as private or personal in
  // the paragraph or the subject ("Formele klacht: mijn privémail doorgestuurd" above "Uw medewerker heeft die mail doorgestuurd naar
  // mijn werkgever"): a disclosure, inside a complaint too (corpus README).
  { rights: ['breach_report'], all: ['forwardedOn', 'privateMatter'], acrossParagraph: true, headedBySubject: true },
  // The sender's own details passed so, named in the paragraph or the subject: "Klacht: mijn privéadres aan mijn
  // oud-werkgever doorgegeven", "meine neue private E-Mail-Adresse ... mitgeteilt".
  { rights: ['breach_report'], all: ['forwardedOn', 'myContactDetail'], unless: ['dispute', 'stopUsing', 'halt', 'keep', 'askWhoSaw', 'askWhoSawMine', 'wrongValue', 'correct', 'marketing'], acrossParagraph: true, headedBySubject: true },
];
