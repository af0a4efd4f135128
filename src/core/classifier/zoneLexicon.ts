import type { CueRule } from './cueRule.ts';

/**
 * Cues for the parts of a mail that are not the sender's new words: quoted replies, signatures,
 * confidentiality notices, newsletter footers and automatic replies; and cues that a forwarded
 * request follows. Where a cue must sit (line start, first paragraph) is checked in `findZones.ts`.
 */
export const ZONE_LEXICON: readonly CueRule[] = [
  { kind: 'replyMarker', pattern: 'on ~30 wrote', lineStart: true },
  { kind: 'replyMarker', pattern: 'op ~30 schreef', lineStart: true },
  { kind: 'replyMarker', pattern: 'am ~30 schrieb', lineStart: true },
  { kind: 'replyMarker', pattern: 'le ~30 a ~1 ecrit', lineStart: true },
  // The time Gmail writes is "à 16:12", whose "à" the words above take first: "Le lun. 21 juin 2027 à 16:12, ... a écrit :".
  { kind: 'replyMarker', pattern: 'le ~30 a ~12 a ~1 ecrit', lineStart: true },
  { kind: 'replyMarker', pattern: 'wrote|schreef|schrieb' },
  { kind: 'replyMarker', pattern: 'original|oorspronkelijk|ursprungliche|originale ~1 message|bericht|nachricht|mail' },
  { kind: 'replyMarker', pattern: 'message ~1 d ~1 origine' },
  { kind: 'replyMarker', pattern: 'from|van|von|de|expediteur ~20 sent|verzonden|gesendet|envoye|date|datum|to|aan|an|a|subject|onderwerp|betreff|objet', lineStart: true },
  { kind: 'forwardMarker', pattern: 'forwarded|doorgestuurd|weitergeleitete|weitergeleitet|transfere|transferred ~2 message|bericht|nachricht|par|by' },
  { kind: 'forwardMarker', pattern: 'message|courriel ~1 transfere|transferee' },
  { kind: 'forwardMarker', pattern: 'begin|debut ~3 forwarded|doorgestuurd|transfere ~1 message|bericht' },
  { kind: 'signOff', pattern: 'met ~2 vriendelijke|hartelijke|beleefde ~1 groet|groeten|groetjes' },
  { kind: 'signOff', pattern: 'vriendelijke|hartelijke|beste|lieve ~1 groet|groeten|groetjes' },
  { kind: 'signOff', pattern: 'groet|groeten|groetjes|mvg|hoogachtend|gegroet|bedankt' },
  // A phone's own closing line: "Sent from my iPhone", "Verstuurd vanaf mijn iPhone", "Von meinem iPhone gesendet".
  { kind: 'signOff', pattern: 'sent|verstuurd|verzonden|envoyé|gesendet|von ~2 my|mijn|mon|meinem ~1 iphone|ipad|android|samsung|galaxy|mobile|smartphone|handy|portable' },
  { kind: 'signOff', pattern: 'kind|best|warm|warmest|many ~1 regards|wishes|thanks' },
  { kind: 'signOff', pattern: 'regards|sincerely|cheers|thanks|faithfully' },
  { kind: 'signOff', pattern: 'yours ~1 sincerely|faithfully|truly' },
  { kind: 'signOff', pattern: 'mit ~2 freundlichen|besten|herzlichen ~1 grüßen|grussen|gruß|gruss' },
  { kind: 'signOff', pattern: 'freundliche|beste|viele|liebe|herzliche ~1 grüße|grusse' },
  { kind: 'signOff', pattern: 'mfg|lg|vg|gruß|gruss|grüße|grusse|danke' },
  { kind: 'signOff', pattern: 'cordialement|salutations|amicalement|merci' },
  // Closings that also open a mail ("Servus,", "Salut,", "Moin"): above the writer's first words they greet (findZones).
  { kind: 'signOff', pattern: 'servus|tschüss|tschuss|ciao|salut|salü|moin' },
  { kind: 'signOff', pattern: 'bien ~1 cordialement|a' },
  { kind: 'disclaimer', pattern: 'disclaimer|haftungsausschluss|vertrouwelijk|vertrouwelijke|confidential|confidentiality|vertraulich|vertrauliche|vertraulichen|confidentiel|confidentielle|confidentiels' },
  { kind: 'disclaimer', pattern: 'intended ~4 recipient|recipients|addressee|addressees' },
  { kind: 'disclaimer', pattern: 'uitsluitend|alleen|enkel ~4 bestemd ~4 geadresseerde|geadresseerden|ontvanger' },
  { kind: 'disclaimer', pattern: 'niet ~3 de ~2 beoogde|juiste ~1 ontvanger|geadresseerde' },
  { kind: 'disclaimer', pattern: 'nicht ~3 der ~2 richtige|beabsichtigte ~1 adressat|empfanger' },
  { kind: 'disclaimer', pattern: 'pas ~3 le ~2 destinataire' },
  { kind: 'disclaimer', pattern: 'printing|print|afdrukken|ausdrucken|imprimer ~6 environment|milieu|umwelt|environnement' },
  { kind: 'footer', pattern: 'klik|click|cliquez|klicken|druk|tap ~8 unsubscribe|afmelden|afmelding|uitschrijven|abmelden|abbestellen|desinscrire|desabonner|desinscription|desabonnement' },
  // Not "link" / "lien": "merci de me désinscrire, le lien ne marche pas" is a request that names the broken link.
  { kind: 'footer', pattern: 'unsubscribe|afmelden|uitschrijven|abmelden|abbestellen|desinscrire|desabonner ~6 click|cliquez|klicken|knop|button' },
  // "Unsubscribe here", "hier afmelden"; not "afmelden aub, ik werk hier al 2 jaar niet meer".
  { kind: 'footer', pattern: 'unsubscribe|afmelden|uitschrijven|abmelden|abbestellen|desinscrire|desabonner ~2 hier|here|ici' },
  // "Afmelden? Klik dan op deze link", not the sender's "als ik op afmelden klik gebeurt er niks".
  { kind: 'footer', pattern: 'unsubscribe|afmelden|uitschrijven|abmelden|abbestellen|desinscrire|desabonner ~6 klik ~2 hier|op|dan|daarvoor|onderstaande|deze|de|link' },
  { kind: 'footer', pattern: 'you ~2 are|re ~2 receiving|received|getting ~3 this|these' },
  // Notification mail of networks and tools: "You are receiving notification emails", "Learn why we included this", "Unsubscribe · Help".
  { kind: 'footer', pattern: 'you ~2 are|re ~2 receiving|getting ~3 notification|notifications|alert|alerts|digest|digests' },
  { kind: 'footer', pattern: 'learn ~1 why ~2 we ~1 included' },
  { kind: 'footer', pattern: 'unsubscribe help' },
  // Asked of the reader ("If you don't want these emails", "Don't want these emails? Unsubscribe"); not the sender's "I still don't want these emails".
  { kind: 'footer', pattern: 'if|you ~2 don|do ~2 t|not ~2 want ~2 these|this|our ~1 emails|email|mails|messages|newsletters' },
  { kind: 'footer', pattern: 'don|do ~2 t|not ~2 want ~2 these|this|our ~1 emails|email|mails|messages|newsletters ~3 unsubscribe|click|manage|update|here|preferences' },
  { kind: 'footer', pattern: 'wil|wilt ~2 je|u ~3 deze ~1 mails|e|nieuwsbrief|berichten ~3 niet ~2 meer ~2 ontvangen' },
  { kind: 'footer', pattern: 'klik|click|cliquez|klicken|om ~6 af ~2 te ~1 melden' },
  // Footers ask the reader in question form ("Wil je deze nieuwsbrief niet meer ontvangen?"); requests say "ik wil".
  { kind: 'footer', pattern: 'wil|wilt ~2 je|u ~2 deze|onze|de ~6 niet|geen ~3 meer|langer ~2 ontvangen' },
  { kind: 'footer', pattern: 'don|no ~2 t|longer ~2 want ~4 receive|get ~2 these|our|this' },
  { kind: 'footer', pattern: 'mochten|möchten ~2 sie ~6 keine|nicht ~4 mehr ~2 erhalten|bekommen' },
  { kind: 'footer', pattern: 'vous ~2 ne ~2 souhaitez ~2 plus ~3 recevoir' },
  // With its reason only ("je ontvangt deze e-mail omdat"): "Je ontvangt deze e-mails niet meer" confirms a sign-off, it is no footer.
  { kind: 'footer', pattern: 'u|je ~2 ontvangt|krijgt ~2 deze|dit ~2 nieuwsbrief|e|mail|bericht|uitnodiging ~3 omdat|als|want' },
  { kind: 'footer', pattern: 'sie ~2 erhalten ~4 diese|diesen ~4 newsletter|e|mail|nachricht|weil' },
  { kind: 'footer', pattern: 'vous ~2 recevez ~4 ce|cet|cette ~4 newsletter|e|mail|email|message|lettre|parce|car' },
  { kind: 'footer', pattern: 'vous ~2 recevez ~6 car|parce|inscrit|inscrite|abonne|abonnee' },
  { kind: 'footer', pattern: 'sie ~2 erhalten ~6 weil|da ~2 sie' },
  { kind: 'footer', pattern: 'se ~1 desabonner|desinscrire' },
  { kind: 'footer', pattern: 'pour ~2 ne ~1 plus ~2 recevoir' },
  // "Répondez STOP", "répondre STOP au 36xxx"; not the sender's own "répondre STOP marche pas" ("pour ne plus recevoir" is its own cue).
  { kind: 'footer', pattern: 'repondez|envoyez ~2 stop' },
  { kind: 'footer', pattern: 'repondre ~2 stop ~1 au|a|pour' },
  // "Reply STOP to opt out", "just reply 'unsubscribe'", "Privacy Policy | Unsubscribe": footers of mass mail.
  { kind: 'footer', pattern: 'reply|respond|text ~2 with ~2 stop|unsubscribe|remove' },
  { kind: 'footer', pattern: 'reply ~1 stop|unsubscribe' },
  { kind: 'footer', pattern: 'privacy ~1 policy|notice|statement ~1 unsubscribe' },
  // "You're receiving these mails because ...", "Unsubscribe | Privacy".
  { kind: 'footer', pattern: 'you ~1 are|re ~1 receiving ~2 this|these ~1 email|emails|mail|message|newsletter ~1 because' },
  { kind: 'footer', pattern: 'unsubscribe ~1 privacy' },
  { kind: 'footer', pattern: 'um ~6 keine|nicht ~4 mehr ~3 zu ~1 erhalten|bekommen' },
  { kind: 'footer', pattern: 'du ~1 mochtest|möchtest|moechtest|willst ~4 keine ~3 newsletter|mails|werbung|emails ~1 mehr' },
  { kind: 'footer', pattern: 'hier ~2 abmelden|abbestellen|austragen' },
  { kind: 'footer', pattern: 'datenschutz|datenschutzerklarung|datenschutzerklaerung|impressum ~12 abbestellen|abmelden' },
  { kind: 'footer', pattern: 'abbestellen|abmelden ~1 datenschutz|datenschutzhinweise|datenschutzerklarung|datenschutzerklaerung|impressum' },
  { kind: 'footer', pattern: 'view|bekijk|bekijken|ansehen|afficher|voir ~4 browser|online|webversie|webversion|navigateur' },
  { kind: 'footer', pattern: 'manage|update|beheer|beheren|wijzig|verwalten|gerer ~3 preferences|voorkeuren|subscription|abonnement|einstellungen' },
  { kind: 'footer', pattern: 'preferences|voorkeuren|einstellungen ~3 unsubscribe|afmelden|uitschrijven|abmelden' },
  { kind: 'autoReply', pattern: 'automatic|automatisch|automatische|auto ~1 reply|antwoord|antwort|response|beantworter' },
  { kind: 'autoReply', pattern: 'reponse ~1 automatique' },
  // "Beide keren kreeg ik een automatisch antwoord en daarna niets", "I just got an auto-reply from your service desk": the
  // sender's own words, not an automatic reply; so is "I've only had an automatic reply".
  { kind: 'autoReplyReceived', pattern: 'kreeg|kregen|krijg|ontving|ontvingen|received|got|get|had|gehad|gehabt|erhielt|erhielten|bekam|bekamen|bekommen|recu|obtenu ~3 auto|automatic|automatisch|automatische|automatischen|automatique|autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding' },
  { kind: 'autoReplyReceived', pattern: 'behalve|buiten|alleen|slechts|except|besides|beyond|apart|only|ausser|auser|nur|sauf|part|seulement|juste ~3 automatic|automatisch|automatische|automatischen|automatique|autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding' },
  // "Nothing other than an automatic reply", "niets anders dan een automatisch antwoord", "rien d'autre qu'une réponse automatique".
  { kind: 'autoReplyReceived', pattern: 'other|anders|anderes|autre ~2 than|dan|als|que|qu ~3 automatic|automatisch|automatische|automatischen|automatique|autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding' },
  { kind: 'autoReplyReceived', pattern: 'nothing|niets|niks|nichts|rien ~2 but|dan|als ~3 automatic|automatisch|automatische|automatischen|automatique|autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding' },
  { kind: 'autoReplyReceived', pattern: 'automatic|automatisch|automatische|automatischen|automatique|autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding ~3 puis|daarna|then|dann|verder|sonst|since|sindsdien|seitdem|depuis ~2 rien|niets|niks|nothing|nichts|silence|stilte' },
  // An automatic reply the sender did not even get, told in a chase: "Nothing. Not even an automatic reply.", "zelfs geen automatisch
  // antwoord", "nicht einmal eine automatische Antwort", "pas même une réponse automatique". The gap stays short: "do not reply to
  // this automatic message" in a real one is the sender's instruction, not a reply missed.
  { kind: 'autoReplyReceived', pattern: 'no|not|never|without|geen|niet|nooit|zonder|nicht|kein|keine|keinen|nie|ohne|pas|aucune|aucun|sans|jamais ~2 automatic|automated|automatisch|automatische|automatischen|autoreply|autoantwoord' },
  { kind: 'autoReplyReceived', pattern: 'pas|aucune|aucun|sans|jamais ~2 reponse ~1 automatique' },
  // An out-of-office told as got: "all we got was an out of office", "nur eine Out-of-Office", "niets behalve een out-of-office".
  { kind: 'autoReplyReceived', pattern: 'kreeg|kregen|krijg|ontving|ontvingen|received|got|get|erhielt|bekam|bekommen|recu|behalve|except|besides|only|alleen|nur|sauf|than|dan|als ~3 out ~1 of ~2 office' },
  { kind: 'autoReply', pattern: 'autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding' },
  // One the sender had set up or asks to have set up is told of, not sent: "bat Ihren Support, meine Abwesenheitsnotiz einzurichten",
  // "kunnen jullie mijn afwezigheidsbericht instellen?", "please set up my out of office".
  { kind: 'autoReplyReceived', pattern: 'mijn|my|meine|meinen|mon|ma ~2 autoreply|autoantwoord|abwesenheitsnotiz|afwezigheidsbericht|afwezigheidsmelding ~4 instellen|aanzetten|uitzetten|activeren|inschakelen|einrichten|einzurichten|aktivieren|einschalten|ausschalten|set|turn|activer|configurer' },
  { kind: 'autoReplyReceived', pattern: 'set|setting|turn|turning ~1 up|on|off ~2 my|an|the ~1 out ~1 of ~2 office' },
  { kind: 'autoReplyReceived', pattern: 'mijn|my|meine|mon ~1 out ~1 of ~2 office ~3 aan|aanzetten|instellen|zetten|uitzetten|einrichten|einzurichten|aktivieren|activer|configurer' },
  { kind: 'autoReply', pattern: 'out ~1 of ~2 office' },
  // Bounces: "Undeliverable: ...", "Delivery has failed to these recipients", "Mail Delivery Subsystem".
  { kind: 'autoReply', pattern: 'undeliverable|undelivered|unzustellbar|onbestelbaar' },
  { kind: 'autoReply', pattern: 'delivery ~2 has|status ~1 failed|notification|failure' },
  { kind: 'autoReply', pattern: 'mailer ~1 daemon' },
  // Outlook's notice that a mail is recalled quotes its subject (that Anna wants to recall her message "Remove my account"): the
  // mail program sends it, and it asks nothing.
  { kind: 'autoReply', pattern: 'would ~1 like ~1 to ~1 recall ~1 the ~1 message' },
  { kind: 'autoReply', pattern: 'wil ~1 het ~1 bericht ~12 intrekken' },
  { kind: 'autoReply', pattern: 'möchte|mochte|moechte ~1 die ~1 nachricht ~12 zurückrufen|zurueckrufen' },
  { kind: 'autoReply', pattern: 'souhaite ~1 rappeler ~1 le ~1 message' },
  { kind: 'autoReply', pattern: 'mail ~1 delivery ~1 subsystem|failed|failure' },
  { kind: 'autoReply', pattern: 'afwezig ~6 tot|t|vanaf|terug|weer|vakantie' },
  { kind: 'autoReply', pattern: 'abwesend|urlaub ~6 bis|ab|zuruck' },
  { kind: 'autoReply', pattern: 'absent|absente|conges ~6 jusqu|jusqu|retour' },
  // "Return" as the writer's coming back ("I return on Monday", "returning to the office"), not a thing returned ("on sick leave and a
  // laptop return").
  { kind: 'autoReply', pattern: 'away|leave|holiday|vacation ~6 until|till|back' },
  { kind: 'autoReply', pattern: 'away|leave|holiday|vacation ~6 return|returning|returns ~2 on|to|in|after|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december' },
  // A business or place named after holidays names no one away: "I was the contact for Seaview Holiday Homes until we sold it".
  { kind: 'autoReplyReceived', pattern: 'holiday ~1 homes|home|park|parks|cottage|cottages|lets|rentals|village|resort|company' },
  // Data shut away until a term ends is a hold asked, not the sender away: "keep them locked away until the 7 years are over".
  { kind: 'autoReplyReceived', pattern: 'locked|stored|kept|shut|filed|tucked ~1 away' },
  // A ticket system's acknowledgement, the writer telling that our message was received and filed under a number: "Wij hebben uw
  // bericht ontvangen en onder ticketnummer ... geregistreerd", "We have received your email and logged it as ticket ...", "Wir haben
  // Ihre Nachricht erhalten ... Ticketnummer", "Nous avons bien reçu votre message ... numéro de ticket". Only in the opening lines.
  { kind: 'autoReply', pattern: 'wij|we|wir ~4 uw|ihre ~1 bericht|mail|e|email|melding|aanvraag|verzoek|nachricht|anfrage ~6 ontvangen|erhalten ~8 ticket|ticketnummer|ticketnumber|vorgangsnummer|referentienummer|referenznummer' },
  { kind: 'autoReply', pattern: 'we ~3 received ~1 your ~1 message|email|mail|request|enquiry|inquiry ~6 logged|registered|filed|created ~4 ticket|reference|case' },
  { kind: 'autoReply', pattern: 'nous ~3 reçu|recu ~1 votre ~1 message|demande|courriel|mail|e ~8 ticket' },
];
