import { readAndSetAside, withdrawsRequest, type CueRule } from './cueRule.ts';

/**
 * Phrases the four languages share: article numbers of the GDPR, names of supervisory authorities,
 * and references to an earlier request (which count only as background in a complaint).
 */
export const LEXICON_SHARED: readonly CueRule[] = [
  { kind: 'right', right: 'access', pattern: '@article ~1 15', topic: true },
  { kind: 'right', right: 'rectification', pattern: '@article ~1 16', topic: true },
  { kind: 'right', right: 'erasure', pattern: '@article ~1 17', topic: true },
  { kind: 'right', right: 'restriction', pattern: '@article ~1 18', topic: true },
  { kind: 'right', right: 'portability', pattern: '@article ~1 20', topic: true },
  { kind: 'right', right: 'objection', pattern: '@article ~1 21', topic: true },
  { kind: 'right', right: 'objection', pattern: '@article ~1 7 ~3 3', topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: '@article ~1 21 ~3 2|3', overrides: 'objection', topic: true },
  // The sender's address or number taken off a mailing list is that list left, no erasure (corpus README), also after another
  // verb: "stop the newsletter and remove my email address from your mailing list", "und entfernen Sie meine Adresse aus dem Verteiler".
  { kind: 'right', right: 'unsubscribe', pattern: '@erase ~2 @mine ~2 email|mail|mailadres|emailadres|address|addr|adresse|adres|number|nummer|numero|telefoonnummer|telefonnummer|handynummer|phone|mobile ~3 from|aus|uit|van|de|du|des ~3 list|lists|mailing|mailinglist|newsletter|verteiler|liste|listes|lijst|nieuwsbrief|mailinglijst|verzendlijst|diffusion|newsletterverteiler', overrides: 'erasure' },
  { kind: 'right', right: 'complaint', pattern: '@article ~1 77', topic: true },
  { kind: 'right', right: 'complaint', pattern: 'autoriteit ~1 persoonsgegevens', topic: true, weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'supervisory ~2 authority', topic: true, weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'data ~1 protection ~1 authority|commissioner|agency', topic: true, weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'aufsichtsbehorde|datenschutzbehorde|landesdatenschutzbeauftragte|landesdatenschutzbeauftragten|bfdi', topic: true, weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'cnil', topic: true, weight: 0.5 },
  // A complaint lodged "under" a data-protection law is the formal complaint of Art. 77, whoever receives it.
  { kind: 'right', right: 'complaint', pattern: 'beschwerde|complaint|klacht|plainte|reclamation ~3 nach|gemäß|gemass|under|pursuant|according|grond|conform|volgens|conformement|application|titre ~8 datenschutz*|dsgvo|gdpr|avg|rgpd|kdg|ekd|data|gegevensbescherming|donnees' },
  { kind: 'hypothetical', pattern: 'u|you|sie|vous|jij|je ~3 heeft|hebt|have|haben|avez|kunt|can|konnen|pouvez|mag|may ~5 recht|right|rights|rechten|rechte|droit|droits' },
  { kind: 'hypothetical', pattern: 'uw|your|ihre|vos ~2 rechten|rights|rechte|droits' },
  { kind: 'conjunction', pattern: 'en|and|und|et|maar|but|aber|mais|sondern|or|oder|ou' },
  // A legal retention set as the erasure's limit opens a clause of its own: its negation ("voor zover we die niet hoeven te bewaren",
  // "as far as you are not required to keep it") denies nothing of the erasure asked before it.
  { kind: 'conjunction', pattern: 'voor zover|insofar|inasmuch|unless|soweit|sofern|tenzij' },
  { kind: 'conjunction', pattern: 'as far as' },
  { kind: 'conjunction', pattern: 'es sei denn' },
  { kind: 'conjunction', pattern: 'dans la mesure' },
  // The same retention as the object's limit, in a relative clause: its negation ("alles wat jullie niet wettelijk hoeven te bewaren",
  // "everything you are not required to keep", "tout ce que vous n'êtes pas tenus de conserver") keeps, it refuses no erasure.
  { kind: 'deniesNothing', pattern: 'niet ~3 hoeven|hoeft|verplicht|nodig ~3 te ~1 bewaren|houden|behouden' },
  // The same in the passive or as the duty it falls under: "alles wat niet bewaard hoeft te worden", "alles wat niet onder die plicht valt".
  { kind: 'deniesNothing', pattern: 'niet ~1 bewaard ~1 hoeft|hoeven|moet|moeten' },
  { kind: 'deniesNothing', pattern: 'niet ~1 onder ~3 plicht|bewaarplicht|bewaartermijn|bewaringsplicht ~1 valt|vallen' },
  // No longer a customer or member is the sender's state, told before what he asks: "Nu we geen klant meer zijn wil ik ook dat
  // jullie mijn persoonlijke gegevens verwijderen", "since I'm no longer a customer, delete my data".
  { kind: 'deniesNothing', pattern: 'geen ~1 klant|klanten|lid|leden|abonnee ~1 meer' },
  { kind: 'deniesNothing', pattern: 'no ~1 longer ~2 customer|customers|client|clients|member|members|subscriber' },
  { kind: 'deniesNothing', pattern: 'kein|keine ~1 kunde|kundin|kunden|mitglied ~1 mehr' },
  { kind: 'deniesNothing', pattern: 'ne|n ~3 plus ~1 client|cliente|clients|membre|membres|abonne|abonnee' },
  // A name spelt without its accents or umlauts tells how it is misspelt ("mijn naam staat er zonder trema", "my surname appears
  // without the accent", "ohne Umlaut geschrieben", "écrit sans accents"): its "without" denies nothing of the correction.
  { kind: 'deniesNothing', pattern: 'zonder|without|ohne|sans ~2 accent|accenten|accents|accentjes|akzent|akzente|akzenten|umlaut|umlaute|umlauten|trema|tremas|cedille|cedilles|apostrof|apostrophe' },
  { kind: 'deniesNothing', pattern: 'not ~2 legally|strictly ~1 required|obliged|obligated|bound ~1 to ~1 keep|retain|store' },
  { kind: 'deniesNothing', pattern: 'not ~2 required|obliged|obligated|bound ~1 to ~1 keep|retain|store' },
  { kind: 'deniesNothing', pattern: 'don|doesn ~2 need ~1 to ~1 keep|retain|store' },
  // The same share said with "have to" ("wipe everything you don't legally have to keep", "all you do not have to retain").
  { kind: 'deniesNothing', pattern: 'don|doesn|not ~2 have ~1 to ~1 keep|retain|store' },
  { kind: 'deniesNothing', pattern: 'n|ne ~3 pas ~3 tenus|tenu|tenue|tenues|obliges|oblige|obligee|obligees|besoin ~2 de|d ~1 conserver|garder' },
  { kind: 'deniesNothing', pattern: 'pas ~3 tenus|tenu|tenue|tenues|obliges|oblige|obligee|obligees|besoin ~2 de|d ~1 conserver|garder' },
  // Art. 12(3)'s "without undue delay" and its kin deny nothing: "send me my data without delay" asks.
  { kind: 'deniesNothing', pattern: 'without|zonder|ohne|sans ~2 delay|undue|unnecessary|further|vertraging|uitstel|onnodig|verzug|verzogerung|verzoegerung|zogern|zoegern|delai|retard|tarder|attendre' },
  // Telling the reader what he may do ("you can request access") is information, not a request.
  { kind: 'hypothetical', pattern: 'you|u|sie|vous|jij ~2 can|kunt|kan|konnen|können|pouvez|may|mag|durfen|dürfen ~4 request|verzoeken|vragen|verlangen|demander|beantragen|ask|exercise|uitoefenen|ausuben|exercer|opposer|desinscrire|unsubscribe|afmelden|widersprechen|object|abmelden|uitschrijven' },
  // "I reserve the right to complain": a possible later step, not a complaint made now.
  { kind: 'reservation', pattern: 'reserve|reserving|behoud|behouden|voorbehoud ~4 right|droit|recht' },
  { kind: 'reservation', pattern: 'behalte ~8 vor' },
  // Company data put right ("het btw-nummer op de factuur klopt niet", "our company name is misspelt on your reference page",
  // "das MX-Record ist falsch"): a correction read and set aside, so the models leave the rules' "no" alone.
  ...readAndSetAside('rectification', '@companyData ~6 @dataFault'),
  ...readAndSetAside('rectification', '@dataFault ~6 @companyData'),
  ...readAndSetAside('rectification', 'btw|vat|ust|tva|mx|dns|company|raison|numero ~1 @companyDataNoun ~6 @dataFault'),
  ...readAndSetAside('rectification', '@dataFault ~6 btw|vat|ust|tva|mx|dns|company|raison|numero ~1 @companyDataNoun'),
  // An applicant consenting to his papers being kept ("ik geef toestemming om mijn gegevens een jaar te bewaren", "I consent to you
  // keeping my CV", "j'accepte que mes données soient conservées"): a wish about his data read and set aside, so the models leave the rules' "no" alone.
  ...readAndSetAside('erasure', 'geef|geven|gaf toestemming ~10 @keepData'),
  ...readAndSetAside('erasure', 'geef|geven hierbij|u|jullie|graag toestemming ~10 @keepData'),
  ...readAndSetAside('erasure', 'ermee|hiermee|daarmee akkoord dat ~8 @keepData'),
  ...readAndSetAside('erasure', 'i consent to ~8 @keepData'),
  ...readAndSetAside('erasure', 'happy ~2 for you to keep|store|retain'),
  ...readAndSetAside('erasure', 'welcome to keep|store|retain'),
  ...readAndSetAside('erasure', 'accepte que ~6 @keepData'),
  ...readAndSetAside('erasure', 'pouvez conserver mon|mes|ma'),
  ...readAndSetAside('erasure', 'bin|sind damit|hiermit einverstanden dass ~8 @keepData'),
  // Contesting an entry and asking for it to be put right is rectification, whatever the entry is called: "Please correct the
  // record", "ik wil dat dit gecorrigeerd wordt", "vous demande de la rectifier", "verlange dessen Berichtigung".
  { kind: 'right', right: 'rectification', pattern: 'correct|rectify|amend the|those|these record|records|entry|entries|note|notes' },
  { kind: 'right', right: 'rectification', pattern: 'wil|willen dat ~1 dit|deze|die|dat ~3 gecorrigeerd|verbeterd|rechtgezet|gerectificeerd wordt|worden' },
  { kind: 'right', right: 'rectification', pattern: 'demande|prie ~3 de la|le|les rectifier|corriger' },
  { kind: 'right', right: 'rectification', pattern: 'verlange|beantrage|fordere|erbitte ~3 dessen|deren|seine|ihre|die berichtigung' },
  // Taking a service dispute to an ombudsman or a consumer body ("I shall take it to Kifid", "I can go to the Energy Ombudsman",
  // "I'll report you to Trading Standards"): a complaint read and set aside, so the models leave the rules' "no" alone.
  ...readAndSetAside('complaint', 'take|bring|go|escalate|report|refer|stappen|stap|wenden|wende|gehen|saisir|saisirai ~4 kifid|ombudsman|ombudsmann|ombudsdienst|geschillencommissie|schlichtungsstelle|trading|mediateur|bundesnetzagentur|ofcom|ofgem|consuwijzer'),
  ...readAndSetAside('complaint', 'kifid|ombudsman|ombudsmann|ombudsdienst|geschillencommissie|schlichtungsstelle|mediateur|bundesnetzagentur|consuwijzer ~4 terecht|terechtkan|stappen|wenden|saisir'),
  // A copy of one's contract, invoice or policy ("could you email me a copy of my contract", "kopie van mijn contract"): paperwork,
  // read and set aside, so the models leave the rules' "no" alone.
  ...readAndSetAside('access', 'kopie|copy|copie|abschrift|kopien|copies|duplicaat|duplicate ~3 contract|contracts|vertrag|vertrags|vertrages|contrat|factuur|facturen|invoice|invoices|rechnung|rechnungen|facture|factures|polis|policy|offerte|quote|angebot|devis'),
  // Keeping nothing about the sender, asked in plain words: "ne rien garder me concernant", "keep nothing about me", "bewaar niets meer
  // van mij", "nichts mehr über mich speichern".
  { kind: 'right', right: 'erasure', pattern: 'ne ~1 rien ~1 garder|conserver ~3 me|moi|mes|mon|ma' },
  { kind: 'right', right: 'erasure', pattern: 'ne ~1 gardez|conservez ~1 rien ~3 me|moi|mes|mon|ma' },
  { kind: 'right', right: 'erasure', pattern: 'keep|retain|store|hold ~1 nothing ~3 about|on|of ~1 me' },
  { kind: 'right', right: 'erasure', pattern: 'bewaar|bewaren|bewaart|houd|houden ~3 niets|niks ~3 van|over ~1 mij|me' },
  { kind: 'right', right: 'erasure', pattern: 'niets|niks ~3 van|over ~1 mij|me ~3 bewaren|bewaart|bewaard|houden' },
  { kind: 'right', right: 'erasure', pattern: 'nichts ~3 von|uber|ueber ~1 mir|mich ~3 speichern|aufbewahren|behalten|gespeichert|aufbewahrt' },
  { kind: 'right', right: 'erasure', pattern: 'speichern|speichert|aufbewahren|behalten ~3 nichts ~3 von|uber|ueber ~1 mir|mich' },
  // "If you have shared my data with third parties, tell them": a condition, not a report of a leak.
  { kind: 'hypothetical', pattern: 'if|indien|als|falls|wenn|sofern ~6 shared|gedeeld|passed|doorgegeven|weitergegeben|disclosed|offengelegt|openbaar|public|offentlich|verstrekt' },
  // French "si" also asks whether ("savoir ... et si mon dossier a été transmis", access): only "si vous avez transmis" supposes.
  { kind: 'hypothetical', pattern: 'si ~1 vous ~4 transmis|transmises|communique|communiquees|partage|partagees|publiques' },
  // The sender naming what happened a breach: "This is a serious data breach", "Das ist eine Datenpanne", "C'est une violation de données" (Dutch "dit is een datalek" is in the Dutch lexicon).
  { kind: 'right', right: 'breach_report', pattern: 'this|that|das|dies|ce|c|cela|ca ~2 is|ist|est|was|war ~3 data|personal|privacy|security ~1 breach|leak|incident', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'this|that|das|dies|ce|c|cela|ca ~2 is|ist|est|was|war ~3 datenpanne|datenleck|datenschutzverletzung|datenschutzvorfall', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'this|that|das|dies|ce|c|cela|ca ~2 is|ist|est|was|war ~3 fuite|violation ~2 donnees', topic: true },
  // The same named in a clause or as what is reported: "ik meld u dat dit een datalek is", "I am reporting this to you as a data
  // breach", "this was a leak of my medical information" (a "breach of my privacy" is a complaint's word, not a leak).
  { kind: 'right', right: 'breach_report', pattern: 'dat|dass ~1 dit|dat|das|dies|es ~2 een|ein|eine ~1 datalek|datenpanne|datenleck|datenschutzverletzung|datenschutzvorfall ~1 is|ist|was|war', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'i|ik|ich|je ~2 report|reporting|melde|meld|signale ~4 as|als|comme ~1 a|een|eine|une ~2 data|datalek|datenpanne|datenleck|fuite|violation ~1 breach|leak|donnees', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'this|that|das|dies|ce|c|cela|ca ~2 is|ist|est|was|war ~2 a|an|een|ein|eine|une ~1 leak|lek|datalek|datenleck|fuite ~1 of|van|von|de ~1 my|mijn|meine|meiner|meines|mes|mon|ma', topic: true },
  // A deletion the sender was told of is reported, not asked: "mein Ex-Arbeitgeber hat mir gesagt, dass mein Benutzerkonto gelöscht wird".
  { kind: 'hypothetical', pattern: 'gesagt|mitgeteilt|erfahren|gehort|gehoert|informiert ~3 dass ~10 geloscht|geloescht|entfernt ~1 wird|werden|werde|soll|sollen' },
  // Moving a phone number to another operator is not data portability.
  // Not bare "porting": a "mortgage porting application" moves a loan, and its data are still the sender's.
  { kind: 'hypothetical', pattern: 'nummerbehoud|nummerportering|nummeroverdracht|rufnummernmitnahme|rufnummernportierung' },
  { kind: 'hypothetical', pattern: 'portabilite|portability|portabiliteit ~3 numero|numeros|number|numbers|nummer|nummers' },
  { kind: 'hypothetical', pattern: 'number|nummer ~1 port|porting|portability|portabiliteit' },
  { kind: 'hypothetical', pattern: 'porter|porteren|portieren|port|porting|portage ~4 numero|numeros|nummer|nummers|numbers|number|rufnummer|rufnummern' },
  { kind: 'hypothetical', pattern: 'numero|numeros|nummer|nummers|number|numbers|rufnummer|rufnummern ~12 portabilite|portability|portabiliteit|porteren|portieren|porter|porting' },
  // "Ignore my earlier mail about deleting my data": the sender takes a request back.
  { kind: 'hypothetical', pattern: 'ignore|negeer|disregard|ignorieren|ignorez|vergeet|oubliez ~4 @mine|earlier|previous ~3 earlier|previous|vorige|eerdere|vorherige|letzte|precedent|dernier|mail|email|bericht|request|verzoek|nachricht|message' },
  { kind: 'hypothetical', pattern: 'vergist|mistaken|geirrt|geïrrt|trompe|trompee' },
  // A sender confirming that we were taken off its own list states a fact, it asks nothing.
  { kind: 'hypothetical', pattern: 'you|u|je|sie|vous ~3 have|has|bent|zijn|wurden|sind|avez|etes ~3 been|ete ~2 unsubscribed|removed|afgemeld|uitgeschreven|verwijderd|abgemeldet|ausgetragen|desinscrit|desinscrite|desabonne' },
  { kind: 'hypothetical', pattern: 'you|u|je|sie|vous ~3 will|zult|zal|werden|allez ~3 no|niet|geen|keine|plus ~3 longer|meer|mehr|plus' },
  // A leak somewhere else seen in the news ("I saw in the news that there was a breach at ...", "ik las in het nieuws over het
  // datalek bij ...", "j'ai lu dans la presse que ...") is what the sender asks about, not a leak he reports to us.
  { kind: 'hypothetical', pattern: 'saw|seen|read|heard|zag|las|gelezen|gehoord|gelesen|gehort|gehoert|vu|lu|entendu ~4 news|nieuws|krant|nachrichten|zeitung|presse|journal|actualites' },
  // A deletion we announced, retold by the sender ("Sie kündigen an, meine Daten nach Vertragsende zu löschen", "Ihre Ankündigung, mein
  // Konto zu löschen"), is what he answers, not what he asks. (Dutch has its own lexicon entries, read as restriction.) Not a
  // card or contract the sender ends: "ich kündige meine Mitgliedschaft, bitte löschen Sie auch alle meine Daten".
  { kind: 'hypothetical', pattern: 'kundigen|kuendigen|kundigt|kuendigt ~4 an ~12 loschen|loeschen|geloscht|geloescht|entfernen|entfernt' },
  { kind: 'hypothetical', pattern: 'angekundigt|angekuendigt|ankundigung|ankuendigung ~12 loschen|loeschen|geloscht|geloescht|entfernen|entfernt' },
  // A business customer telling that it already took its own client off its own list ("I've taken him off my call sheet", "we
  // hebben haar uit onze mailinglijst gehaald", "wir haben ihn aus dem Verteiler entfernt", "nous l'avons retirée de notre
  // liste") states a fact: the request it passes on lies in its other sentences. Only off a list: "I've deleted it" by someone
  // who received another's data is a breach's context, and "we removed them from our system, but ..." leads to what is left.
  { kind: 'hypothetical', pattern: 'i|we|ve ~2 removed|deleted|erased|unsubscribed|taken ~1 him|her|them ~1 from|off ~3 list|lists|liste|listen|listes|lijst|lijsten|verteiler|newsletter|nieuwsbrief|mailing|mailinglijst|verzendlijst|mailingliste|crm|adressenbestand|klantenbestand|kundenkartei|sheet|fichier|fichiers' },
  { kind: 'hypothetical', pattern: 'ik|we|wij|heb|hebben ~2 hem|haar|hen ~1 uit|van|af ~3 list|lists|liste|listen|listes|lijst|lijsten|verteiler|newsletter|nieuwsbrief|mailing|mailinglijst|verzendlijst|mailingliste|crm|adressenbestand|klantenbestand|kundenkartei|sheet|fichier|fichiers ~2 verwijderd|afgemeld|uitgeschreven|gehaald|gewist' },
  { kind: 'hypothetical', pattern: 'ich|wir|habe|haben ~2 ihn|sie ~1 aus|von ~3 list|lists|liste|listen|listes|lijst|lijsten|verteiler|newsletter|nieuwsbrief|mailing|mailinglijst|verzendlijst|mailingliste|crm|adressenbestand|klantenbestand|kundenkartei|sheet|fichier|fichiers ~2 entfernt|geloscht|geloescht|ausgetragen|abgemeldet|gestrichen|genommen' },
  { kind: 'hypothetical', pattern: 'l|les ~1 ai|avons ~2 retire*|supprime*|efface*|desinscrit*|desabonne* ~1 de|des|du ~2 list|lists|liste|listen|listes|lijst|lijsten|verteiler|newsletter|nieuwsbrief|mailing|mailinglijst|verzendlijst|mailingliste|crm|adressenbestand|klantenbestand|kundenkartei|sheet|fichier|fichiers' },
  // A case supposed and called so: "Hypothetically, if ...", "rein hypothetisch", "une question hypothétique".
  { kind: 'hypothetical', pattern: 'hypothetically|hypothetical|hypothetisch|hypothetische|hypothetiquement|hypothetique' },
  // A firm asking whether it must report its own leak ("moeten wij dit melden bij de AP?", "müssen wir das melden?") asks advice, it reports nothing to us.
  { kind: 'informational', pattern: 'moeten|muessen|mussen|devons|should|must|do ~2 wij|we|wir|nous ~6 melden|melde|notifier|signaler|declarer|report|notify' },
  // Mails about privacy in general: their topic words ("data breach", "inzageverzoek") ask nothing.
  // A newsletter issue named by its month: "Quality Nieuws oktober", "News – March", "Neuigkeiten Juni", "Actualités de mars".
  { kind: 'informational', pattern: 'nieuws|news|neuigkeiten|nachrichten|actualites @month' },
  { kind: 'informational', pattern: 'actualites ~1 de|d @month' },
  { kind: 'informational', pattern: 'training|trainingen|trainingsdag|webinar|webinars|workshop|cursus|opleiding|seminar|schulung|schulungen|fortbildung|formation|formations|webinaire|masterclass|elearning|awareness|bewustwording|sensibilisation|inschrijven|anmeldung|inscription|registreren|register' },
  { kind: 'informational', pattern: 'privacyverklaring|privacybeleid|privacystatement|datenschutzerklarung|datenschutzhinweise|datenschutzrichtlinie|verwerkersovereenkomst|auftragsverarbeitungsvertrag|vragenlijst|questionnaire|fragebogen|whitepaper|checklist|handreiking|leitfaden' },
  { kind: 'informational', pattern: 'privacy ~1 policy|statement|notice|verklaring' },
  // Banter among colleagues naming a right as a joke ("Recht auf Vergessenwerden - bitte keine Torte", "droit à l'oubli ... merci pour
  // la carte d'anniversaire", "haha, grapje"): the right's name is a topic, not a request.
  { kind: 'informational', pattern: 'haha|hahaha|hihi|lol|grapje|geintje|kidding|joking|scherz|spass|witz|blague|plaisanterie|serieusement|verjaardag|birthday|geburtstag|anniversaire|taart|torte|cake|gateau|kerstborrel|borrel|luftballons|ballonnen|balloons' },
  { kind: 'informational', pattern: 'politique ~3 confidentialite|protection' },
  { kind: 'informational', pattern: 'processing|verwerkers ~1 agreement|addendum|overeenkomst' },
  { kind: 'informational', pattern: 'adviseren|advies|beraten|beratung|advice|advise|conseiller|conseil|handleiding|guide|vorlage|sjabloon' },
  { kind: 'informational', pattern: 'hoe|how|wie ~1 lang|long|lange' },
  { kind: 'informational', pattern: 'wie|combien ~1 viel|de ~1 zeit|temps' },
  // Asking advice about one's own customers' requests: modal questions, tips, "the data is not with you".
  { kind: 'informational', pattern: 'moeten|moet|mussen|müssen|muss|devons|dois|faut ~2 we|wij|wir|nous|il' },
  { kind: 'informational', pattern: 'do|should|must ~1 we ~2 have|need|also|delete|give|send' },
  { kind: 'informational', pattern: 'empfehlung|recommendation|aanbeveling|recommandation|tool|tip|template|tips|voorbeeldbrief|consultancy|erfahrung|ervaring|experience|conseils|cookiebanner|cookiebeleid|cookies' },
  { kind: 'informational', pattern: 'algemene|allgemeine|general|simple ~1 vraag|frage|question' },
  { kind: 'informational', pattern: 'not|niet|nicht|pas ~2 with|bij|bei|chez ~1 you|jullie|u|ihnen|vous' },
  { kind: 'informational', pattern: 'hoef|hoeven|hoeft ~3 niets|niks ~2 mee|te' },
  { kind: 'informational', pattern: 'brauchen ~2 wir ~2 nicht' },
  { kind: 'informational', pattern: 'no ~1 further ~1 action' },
  { kind: 'hypothetical', pattern: 'unsubscribe|afmelding|uitschrijving|abmeldung|desinscription|afmelden ~3 confirmed|bevestigd|bestatigt|confirmee' },
  // The noun heads a confirmation ("Unsubscribe confirmation"); inside a sentence it may be the sender's proof beside a complaint
  // ("I am keeping screenshots of every unsubscribe confirmation and will be filing a complaint with the AP").
  { kind: 'hypothetical', pattern: 'unsubscribe|afmelding|uitschrijving|abmeldung|desinscription|afmelden ~3 confirmation|bevestiging|bestatigung', lineStart: true },
  { kind: 'hypothetical', pattern: 'confirmation|bevestiging|bestatigung ~3 unsubscribe|afmelding|uitschrijving|abmeldung|desinscription' },
  { kind: 'right', right: 'access', pattern: 'kopie|copy|copie|afschrift ~4 fur|for|voor|pour ~1 mich|me|mij|moi|myself|mezelf|selbst' },
  // "What do you have on me?", asked in any order, however informally.
  { kind: 'right', right: 'access', pattern: 'was|wat|what|quoi ~5 habt|haben|hebben|hebt|have|got|avez|weet|weten|know|wisst|savez ~6 uber|ueber|over|about|on|sur|van ~1 mich|mij|me|moi' },
  { kind: 'right', right: 'access', pattern: 'avez|habt|haben|hebben|have ~3 quoi|was|wat|what ~6 sur|uber|ueber|over|about|on ~1 moi|mich|mij|me' },
  { kind: 'right', right: 'access', pattern: 'woher|waar|where|ou ~4 habt|haben|hebben|have|had|avez ~3 ihr|sie|jullie|you|u|vous ~3 @mine|mes ~2 @identity|@personalData|gegevens|nummer|adresse|adres' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|laptops|telefoon|handy|diensthandy|firmenhandy|werktelefoon|bedrijfstelefoon|werklaptop|phone|smartphone|iphone|usb|notebook|tablet|ipad|ordinateur|portable|telephone ~8 geklaut|gestohlen|verloren|kwijt|gestolen|ontvreemd|stolen|lost|missing|vole|volee|perdu|perdue' },
  // Gone as lost, not as to be disposed of: "mijn laptop is weg", "Diensthandy weg", not "twee laptops die weg mogen".
  { kind: 'right', right: 'breach_report', pattern: 'laptop|laptops|telefoon|handy|diensthandy|firmenhandy|werktelefoon|bedrijfstelefoon|werklaptop|phone|smartphone|iphone|usb|notebook|tablet|ipad ~8 is|zijn|was|waren|ist ~2 weg' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|laptops|telefoon|handy|diensthandy|firmenhandy|werktelefoon|bedrijfstelefoon|werklaptop|phone|smartphone|iphone|usb|notebook|tablet|ipad weg' },
  // A device taken in a break-in is stolen, whatever verb tells how it went: "someone broke into my car and took my work laptop",
  // "bij een inbraak is mijn laptop meegenomen", "bei einem Einbruch wurde mein Diensthandy mitgenommen", "mon portable a disparu
  // lors d'un cambriolage".
  { kind: 'right', right: 'breach_report', pattern: '@breakIn ~10 @workDevice' },
  { kind: 'right', right: 'breach_report', pattern: '@workDevice ~10 @breakIn' },
  { kind: 'right', right: 'breach_report', pattern: 'broke|break ~1 into|in ~10 @workDevice' },
  // Statements that data "are deleted" recall what happened; they do not ask for it. Participles
  // only: "erase everything you are not required to keep" asks. Past ones too, as our answer is told back: "een standaardmail
  // dat alles verwijderd was", "die Bestätigung, dass alles gelöscht wurde".
  { kind: 'earlierRequest', pattern: 'verwijderd|gewist|vernietigd|deleted|erased|removed|purged|geloscht|geloescht|entfernt|vernichtet|supprimees|supprimee|supprimes|effacees|effacee ~3 sind|zijn|are|were|waren|wurden|sont|been|worden|hebben|heeft|haben|hat|was|werd|wurde|war' },
  // Our answer as the source of what the sender tells: "Laut Ihrer Antwort bin ich nun aus dem Verteiler entfernt", "volgens uw
  // bevestiging", "according to your reply", "d'après votre réponse".
  { kind: 'earlierRequest', pattern: 'laut|volgens|according|selon|apres ~2 ihrer|ihrem|ihres|eurer|uw|jullie|your|votre ~2 antwort|schreiben|bestatigung|bestaetigung|nachricht|mail|antwoord|bevestiging|bericht|reactie|reply|answer|confirmation|email|letter|reponse|courriel' },
  // Our answer told back by what it was: "Ihre Antwort war eine unvollständige Liste", "uw antwoord was een standaardmail",
  // "your reply was one sentence", "votre réponse était un modèle".
  { kind: 'earlierRequest', pattern: 'ihre|eure|uw|jullie|your|votre ~1 antwort|antwoord|reactie|reply|answer|response|reponse ~1 war|was|were|waren|etait|bestand|bevatte|enthielt|contained|consisted' },
  { kind: 'renewal', pattern: 'alsnog|nogmaals|nochmals|redemande|renouvelle' },
  // "Opnieuw", "again" and "erneut" renew a request only beside asking: "ik vraag u opnieuw", "I ask you again", "fordere Sie
  // erneut auf", not "ik ontving opnieuw uw nieuwsbrief", "I got your newsletter again", "thanks again".
  { kind: 'renewal', pattern: 'vraag|verzoek|verzoeke|herhaal|stuur|dien|eis ~4 opnieuw' },
  { kind: 'renewal', pattern: 'opnieuw ~4 vragen|verzoeken|gevraagd|verzocht|ingediend|indienen|aanvragen' },
  { kind: 'renewal', pattern: 'ask|asking|request|requesting|demand|demanding|repeat|insist|urge ~4 again' },
  { kind: 'renewal', pattern: 'again ~3 ask|asking|request|requesting|demand|demanding|urge' },
  { kind: 'renewal', pattern: 'bitte|bitten|fordere|fordern|ersuche|ersuchen|verlange|verlangen|beantrage|beantragen ~4 erneut' },
  { kind: 'renewal', pattern: 'erneut ~4 bitten|auffordern|fordern|ersuchen|verlangen|beantragen' },
  { kind: 'renewal', pattern: 'still ~2 want|need|expect|waiting|wait|require|await|awaiting' },
  { kind: 'renewal', pattern: 'une ~2 derniere ~1 fois' },
  // Chasing an answer: the request itself is in the subject or the quoted mail.
  { kind: 'renewal', pattern: 'any ~1 news|update|progress|word' },
  { kind: 'renewal', pattern: 'still ~3 no ~1 answer|reply|response|word' },
  { kind: 'renewal', pattern: 'heard|hear ~2 nothing|anything ~3 back|yet|since' },
  { kind: 'renewal', pattern: 'nog ~2 niets|niks|geen ~2 gehoord|vernomen|reactie|antwoord' },
  { kind: 'renewal', pattern: 'hoe ~1 staat ~1 het|t ~3 ermee|hiermee|mee|verzoek' },
  { kind: 'renewal', pattern: 'noch ~3 keine|nichts ~2 antwort|reaktion|ruckmeldung|rueckmeldung|gehort|gehoert' },
  { kind: 'renewal', pattern: 'gibt ~1 es ~3 neuigkeiten|neues' },
  { kind: 'renewal', pattern: 'toujours ~3 pas|aucune|aucun|rien ~3 reponse|nouvelles|retour' },
  { kind: 'renewal', pattern: 'ou ~1 en ~1 est ~3 ma|mon|la|le ~1 demande|dossier' },
  // A firm acknowledging the request it received ("we have received your request to ...", "wij hebben het verzoek van mevrouw X
  // tot verwijdering ontvangen", "nous avons bien reçu votre demande"): a request told of, read and set aside, so the models leave
  // the rules' "no" alone. Not "a request" passed on to us ("we kregen een verzoek van een sollicitant ..."), which still asks.
  { kind: 'hypothetical', pattern: 'we|nous ~2 received|recu|recue ~1 your|votre ~1 request|requests|demande' },
  { kind: 'hypothetical', pattern: 'wij|we|wir ~1 hebben|haben ~1 uw|je|jouw|het|ihre|ihren|den ~1 verzoek|anfrage|antrag|ersuchen ~12 ontvangen|erhalten' },
  // The same firm passing the request on inside: "I've forwarded your erasure request to our DPO", "Ihre Anfrage zur Löschung Ihrer
  // Daten haben wir an unsere Datenschutzkoordinatorin weitergeleitet", "nous avons transmis votre demande à notre DPO": a request told
  // of, read and set aside, so the models leave the rules' "no" alone.
  ...readAndSetAside('access', 'forwarded|passed|doorgestuurd|doorgezet|weitergeleitet|transmis|transmise ~4 your|uw|je|jouw|ihre|ihren|votre ~3 request|verzoek|anfrage|antrag|demande'),
  ...readAndSetAside('access', 'your|ihre|ihren|votre ~3 request|anfrage|antrag|demande ~10 forwarded|doorgestuurd|doorgezet|weitergeleitet|transmis|transmise'),
  // The Dutch request right after "uw": "uw helpdesk heeft, op verzoek van mijn oud-werkgever, ... doorgestuurd" names no request of ours.
  ...readAndSetAside('access', 'uw|je|jouw ~1 verzoek ~10 doorgestuurd|doorgezet'),
  // The earlier request named as what went unanswered or was answered: "Op mijn inzageverzoek van maart kwam geen antwoord", "auf
  // meine Anfrage vom März ... keine Antwort", "Ma demande d'accès du printemps a reçu une réponse partielle", "an answer to
  // my question about what data you hold on me".
  { kind: 'earlierRequest', pattern: 'op ~1 mijn ~2 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek|vraag|mail|brief' },
  { kind: 'earlierRequest', pattern: 'auf ~1 meine|meinen|mein ~2 anfrage|anfragen|antrag|ersuchen|auskunftsersuchen|schreiben|mail|nachricht' },
  { kind: 'earlierRequest', pattern: 'ma ~1 demande ~6 a ~1 recu|recue|obtenu|ete' },
  { kind: 'earlierRequest', pattern: 'answer|response|reply ~2 to ~1 my ~2 question|request|email|letter|mail' },
  { kind: 'earlierRequest', pattern: 'i ~3 sent|submitted|made|asked|requested|filed|wrote|told|informed|notified' },
  { kind: 'earlierRequest', pattern: 'heb|had ~8 gevraagd|verzocht|verstuurd|gestuurd|ingediend|aangevraagd|geschreven|gemaakt|aangetekend' },
  { kind: 'earlierRequest', pattern: 'vroeg|verzocht|stuurde ~2 ik' },
  { kind: 'earlierRequest', pattern: 'habe|hatte ~10 gebeten|beantragt|gestellt|geschickt|gesendet|gewandt|verlangt|angefragt|geschrieben|eingelegt|widersprochen|mitgeteilt' },
  { kind: 'earlierRequest', pattern: 'ai|avais ~5 demande|envoye|adresse|sollicite|formule|ecrit|fait|signale|indique|informe|prevenu' },
  // The recording and slides of a webinar, a workshop or a talk are the event's, not the sender's data: "een kopie van de opname
  // en de slides van het webinar", "the slides, and a link to the recording too", "die Aufzeichnung des Workshops". Not
  // a training: "recordings of my calls used for training" are the sender's.
  ...readAndSetAside('access', 'opname|opnames|recording|recordings|aufzeichnung|aufnahme|enregistrement|replay ~4 webinar|webinars|webinaire|workshop|seminar|lezing|vortrag|slides|sheets|folien|diapositives'),
  ...readAndSetAside('access', 'webinar|webinars|webinaire|workshop|seminar|lezing|vortrag|slides|sheets|folien|diapositives ~6 opname|opnames|recording|recordings|aufzeichnung|aufnahme|enregistrement|replay'),
  // A mailing the sender wants to keep or have back: "Ik heb me NIET afgemeld", "krijg ik jullie nieuwsbrief niet meer", "kunnen
  // jullie me er weer op zetten?", "I did NOT ask to be removed", "pls keep me on it", "sign me up again", "ich habe mich nicht
  // abgemeldet", "pouvez-vous me réinscrire ?". Read and set aside, so the models do not make the mailing named an unsubscribe.
  // Not "ik ben nog steeds niet afgemeld", a failed unsubscribe.
  ...readAndSetAside('unsubscribe', 'heb|had ~1 me|mij|mezelf|ik ~2 niet|nooit ~1 afgemeld|uitgeschreven'),
  ...readAndSetAside('unsubscribe', 'krijg|ontvang ~1 ik ~4 @newsletter ~2 niet ~1 meer'),
  ...readAndSetAside('unsubscribe', 'me|mij ~1 er ~1 weer ~2 op ~1 zetten|plaatsen'),
  ...readAndSetAside('unsubscribe', 'i ~3 not|never ~2 unsubscribe|unsubscribed'),
  ...readAndSetAside('unsubscribe', 'i ~3 not|never ~1 ask|asked ~2 to ~1 be ~1 removed|unsubscribed'),
  ...readAndSetAside('unsubscribe', 'keep ~1 me ~1 on ~1 it|the|your|that'),
  ...readAndSetAside('unsubscribe', 'sign|add|put ~2 me ~1 up|back ~1 again|on'),
  ...readAndSetAside('unsubscribe', 'habe ~2 mich ~2 nicht|nie ~1 abgemeldet'),
  ...readAndSetAside('unsubscribe', 'me ~1 reinscrire|réinscrire|reabonner|réabonner'),
  // A sentence that calls itself a supposition: "Hypothetical question", "rein hypothetisch", "Question hypothétique".
  { kind: 'hypothetical', pattern: 'hypothetical|hypothetically|hypothetisch|hypothetische|hypothetique|hypothetiquement|theoretical|theoretically|theoretisch|theoretique|theoretiquement' },
  // A complaint about the service, not about personal data (corpus README): "Please take this as a formal complaint about your service", "klacht
  // over de dienstverlening", "KLACHT - al een week geen oplossing", "Beschwerde über Ihren Kundenservice". Not the helpdesk named:
  // "een klacht over uw helpdesk" may be about what it did with the sender's data.
  ...readAndSetAside('complaint', 'complaint|klacht|beschwerde|plainte|reclamation ~4 about|over|uber|ueber|concernant|sur ~2 the|de|die|den|le|la|your|uw|jullie|ihren|ihre|votre ~1 service|dienstverlening|kundenservice|wachttijd|wachttijden|reactietijd|reactietijden'),
  ...readAndSetAside('complaint', 'klacht|complaint|beschwerde|plainte ~6 geen ~1 oplossing'),
  // A request taken back: "Mijn verzoek mag u als ingetrokken zien", "Het verzoek mag dicht", "I withdraw my access
  // request", "please consider the request closed", "Ich ziehe meinen Löschantrag zurück", "Je retire ma demande d'effacement".
  ...withdrawsRequest('verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~4 als ~1 ingetrokken|vervallen|afgehandeld ~1 beschouwen|beschouwd|zien'),
  ...withdrawsRequest('trek|trekken ~1 ik|we|wij ~3 mijn|ons|het|dat|dit ~1 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~4 in'),
  ...withdrawsRequest('verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~1 trek|trekken ~1 ik|we|wij ~3 in'),
  ...withdrawsRequest('verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~2 mag|kan|mogen|kunnen ~2 dicht|gesloten|vervallen'),
  ...withdrawsRequest('withdraw|withdrawing|cancel|cancelling|canceling|retract|retracting ~2 my|the|that|this|our ~3 request|requests|sar|dsar'),
  ...withdrawsRequest('consider|treat ~2 my|the|that|this|our ~3 request ~2 as ~1 withdrawn|cancelled|canceled|closed'),
  ...withdrawsRequest('ziehe|ziehen ~6 antrag|anfrage|ersuchen|auskunftsersuchen|auskunftsantrag|loschantrag|loeschantrag|loschersuchen|loeschersuchen|widerspruch ~4 zuruck|zurueck'),
  ...withdrawsRequest('betrachten ~4 antrag|anfrage|ersuchen|auskunftsersuchen|auskunftsantrag|loschantrag|loeschantrag ~3 als ~1 erledigt|gegenstandslos|zuruckgezogen|zurueckgezogen'),
  ...withdrawsRequest('retire|retirons|annule|annulons ~2 ma|mon|notre ~1 demande'),
  ...withdrawsRequest('considerer|considerez ~3 demande ~3 comme ~1 annulee|retiree|close|classee|sans'),
  // Events one registers for: leaving one is no unsubscribe ("Je suis inscrite à votre webinaire ... Pouvez-vous me désinscrire ?").
  { kind: 'event', pattern: 'webinar|webinars|webinaire|webinaires|workshop|workshops|atelier|training|trainingen|formation|schulung|seminar|séminaire|seminaire|cursus|kurs|congres|congrès|kongress|conference|conférence|konferenz|infoavond|infoabend|masterclass' },
  // A mail, letter or attachment of ours, named before its title in quotation marks (`collectEvidence` reads the title as named,
  // not asked): "your mail titled « Réponse à votre demande d'accès »", "uw bericht 'Uw inzageverzoek'", "eine E-Mail von Ihnen
  // mit dem Betreff", "I received an email titled". Not the sender's own mail ("I sent you a mail titled 'Delete my data'"), nor
  // Dutch "jullie" before the mail, which is also "you": "stuurde ik jullie een mail met als onderwerp".
  { kind: 'mailTitle', pattern: 'your|uw|ihre|ihrer|ihren|ihrem|eure|euer|votre|vos ~2 @ourMail' },
  { kind: 'mailTitle', pattern: 'your|uw|ihre|ihrer|ihren|ihrem|eure|euer|votre|vos ~2 @ourMail ~5 @mailTitle' },
  { kind: 'mailTitle', pattern: '@ourMail ~4 from|van|von|de ~1 you|your|jullie|u|ihnen|euch|vous|votre' },
  { kind: 'mailTitle', pattern: '@ourMail ~4 from|van|von|de ~1 you|your|jullie|u|ihnen|euch|vous|votre ~5 @mailTitle' },
  // One received, with an article, not "did you receive my email titled ...".
  { kind: 'mailTitle', pattern: 'received|got|kreeg|ontving|ontvangen|gekregen|erhalten|erhielt|bekommen|bekam|recu|recue|recevoir ~2 a|an|een|eine|einen|ein|un|une ~2 @ourMail' },
  { kind: 'mailTitle', pattern: 'received|got|kreeg|ontving|ontvangen|gekregen|erhalten|erhielt|bekommen|bekam|recu|recue|recevoir ~2 a|an|een|eine|einen|ein|un|une ~2 @ourMail ~5 @mailTitle' },
];
