/**
 * Word classes shared by the lexicons (`@name` in a pattern). Each is a list of single words in all
 * four languages; `*` marks a stem. Mixing languages in one class is harmless: the words rarely collide.
 */
/** A device of the firm's whose loss or theft takes the data on it, as its users name it. */
const WORK_DEVICES =
  'laptop|laptops|telefoon|handy|diensthandy|firmenhandy|werktelefoon|bedrijfstelefoon|werklaptop|dienstlaptop|firmenlaptop|phone|smartphone|iphone|usb|notebook|tablet|ipad|ordinateur|portable|telephone|tablette';

export const WORD_CLASSES: Readonly<Record<string, string>> = {
  // The requester himself, as owner of the data.
  // Not "je": French "I" but Dutch "you/your", so a newsletter's "laat je gegevens aanpassen" would be the sender's own data.
  my: 'mijn|m|mn|my|mine|mein|meine|meinen|meiner|meines|meinem|mes|mon|ma|mij|me|mich|mir|moi|ik|i|ich|own|eigen|eigene|eigenen',
  // Possessive only: "my phone number", never "I ... email".
  mine: 'mijn|mn|my|mine|mein|meine|meinen|meiner|meines|meinem|mes|mon|ma|own|eigen|eigene|eigenen',
  me: 'mij|me|mich|mir|moi|mezelf|myself',
  // Someone the sender acts for (processor requests, parents, lawyers).
  their: 'zijn|haar|hun|his|her|their|sein|seine|seiner|seinen|ihre|ihrer|ihren|son|sa|ses|leur|leurs|client|clients|mandant|client*',
  // Each of personalData, account and erase also holds its words as people misspell them typing in haste beyond the slips
  // of `SLIP_TOLERANT_WORDS` ("delet", "delite", "suprimer mes donées"): no word of another meaning.
  personalData:
    'donees|datas|info|infos|gegevens|persoonsgegevens|persoonlijke|data|daten|personendaten|personenbezogene|personenbezogenen|personenbezogener|donnees|informatie|information|informations|details|gegeven',
  account:
    'acounts|account|accounts|klantdossier|personeelsdossier|klantenkaart|klantprofiel|profiel|profile|profil|konto|kundenkonto|benutzerkonto|nutzerkonto|compte|klantaccount|gebruikersaccount|registratie|inschrijving|records|record|dossier|klantgegevens|contactgegevens|kontaktdaten|coordonnees|emailadres|mailadres|telefoonnummer|adresgegevens|history|historie|historique',
  erase:
    'delet|delite|loeschn|loschn|verwijder|verwijderen|verwijdert|verwijderd|verwijdering|wis|gewist|vernietig*|delete|deleted|deleting|deletion|scrub|erase|erased|erasure|remove|removed|removal|purge|loschen|losche|loscht|geloscht|loschung|entfernen|entfernt|entfernung|vernichten|supprimer|supprime|supprimez|supprimees|supprimee|supprimes|suppression|effacer|effacez|efface|effacees|effacement|loeschen|loesche|loescht|geloescht|loeschung',
  // Months, as a newsletter issue is named by one.
  month:
    'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|januar|februar|marz|maerz|mai|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre',
  request:
    'verzoek|verzoeke|verzoeken|vraag|vragen|wil|willen|graag|wens|eis|eisen|request|requesting|requested|ask|asking|would|want|wish|please|demand|demanding|bitte|bitten|ersuche|verlange|fordere|mochte|mochten|will|verlangen|fordern|antrag|demande|demander|demandons|souhaite|souhaiterais|voudrais|veuillez|merci|exige|exiger|prie|moechte|moechten',
  copy: 'kopie|afschrift|copy|copies|kopien|kopie|copie|copies|export|exporteren|exporteer|overzicht|overview|ubersicht|aufstellung|liste|list|lijst|releve|uebersicht',
  send: 'stuur|sturen|toesturen|opsturen|toezenden|verstrekken|bezorgen|send|provide|give|email|mail|forward|zusenden|senden|schicken|ubermitteln|ubersenden|zukommen|mitteilen|communiquer|transmettre|envoyer|fournir|adresser|faire|uebermitteln|uebersenden',
  newsletter:
    'newsletters|nieuwsbrief|nieuwsbrieven|mailing|mailings|mailinglijst|verzendlijst|mailinglist|mailinglists|newsletter|nieuwsbriefje|infolettre|lettre|marketingmails|marketingmail|reclamemail|reclamemails|promotiemails|aanbiedingen|werbemails|werbung|werbe|emailing|emails|mails|berichten|campagnes|campagne|publicite|publicites|offres|promotions|promotional|marketing|mailingliste|verteiler|verkoopmails|salesmails|acquisitiemails|opvolgmails|mailreeks|vertriebsmails|verkaufsmails|akquisemails',
  // Not "direct" alone: "per direct" is Dutch for "at once"; "direct marketing" is found by "marketing".
  marketing: 'marketing|directmarketing|reclame|reclamedoeleinden|marketingdoeleinden|werbung|werbliche|werblichen|direktwerbung|werbezwecke|werbezwecken|prospection|publicitaire|publicitaires|commerciale|commerciales|commerciaux|commerciele|acquisitie|telemarketing|advertising|promotional|sales',
  article: 'art|artikel|article|artikels|articles|artt|arts|articulo|articolo|artigo',
  law: 'avg|gdpr|dsgvo|rgpd|ugdpr|wbp|bdsg|avr|agdpr',
  authority:
    'autoriteit|ap|dpc|gegevensbeschermingsautoriteit|toezichthouder|toezichthoudende|supervisory|authority|ico|dpa|cnil|apd|gba|edpb|aufsichtsbehorde|datenschutzbehorde|datenschutzaufsicht|landesdatenschutzbeauftragte*|bfdi|datenschutzbeauftragte*|autorite|cnpd|garante|commissioner|agency|agence|aufsichtsbehoerde|datenschutzbehoerde',
  complainVerb:
    'klacht|klachten|complaint|complain|lodge|lodging|file|filing|beschwerde|beschweren|plainte|reclamation|saisir|indienen|dien|melden|melding|report|aangifte',
  object:
    'bezwaar|object|objecting|objection|objects|widerspruch|widerspreche|widersprechen|oppose|opposer|opposition|m|oppose',
  withdraw: 'intrekken|trek|trekken|ingetrokken|withdraw|withdrawing|withdrawn|revoke|revoking|widerrufe|widerrufen|widerruf|retire|retirer|retrait|revoque|revoquer|zuruckziehen|zuruck|zurueckziehen|zurueck',
  consent: 'toestemming|consent|einwilligung|consentement|akkoord|zustimmung|accord|permission|toestemmingen',
  process:
    'verwerking|verwerken|verwerkt|gebruik|gebruiken|gebruikt|processing|process|processed|use|using|usage|verarbeitung|verarbeiten|verarbeitet|nutzung|nutzen|verwendung|verwenden|traitement|traiter|traitez|utilisation|utiliser|profilering|profiling|profilage|tracking|tracken|volgen|analyse|analyses',
  restrict: 'beperk*|restrict*|einschrank*|sperr*|limit*|bloqu*|blokker*|geblokkeerd|gel|bevriez*|freeze|freezing|suspend*|opschort*|aussetzen|einschraenk*',
  correct:
    'correct|corrected|rectified|correction|corrections|corrigeer|corrigeren|gecorrigeerd|correctie|rectify|rectificatie|rectification|rectifier|rectifiez|berichtigen|berichtigung|berichtige|korrigieren|korrektur|wijzig|wijzigen|gewijzigd|wijziging|aanpassen|aangepast|aanpassing|update|updated|updating|change|changed|amend|amended|andern|anderung|geandert|aendern|aenderung|geaendert|aktualisieren|modifier|modifiez|modification|corriger|corrigez|corrige|corrigee|corriges|corrigees|modifie|modifiee|modifies|modifiees|veranderen|verander|veranderd|bijwerken|vervang|vervangen|replace|ersetzen|remplacer|verbeteren|verbeter|verbetering|aktualisierung',
  identity:
    'familienaam|meisjesnaam|roepnaam|adress|emailadress|mailadresse|emailadresse|handynummer|gsm|natel|mobilnummer|festnetznummer|durchwahl|06|mail|contactgegevens|kontaktdaten|coordonnees|naam|achternaam|voornaam|name|surname|lastname|firstname|nachname|vorname|nom|prenom|emailadres|mailadres|email|telefoonnummer|nummer|mobielnummer|number|telefonnummer|rufnummer|handynummer|numero|adres|woonadres|address|adresse|anschrift|postadres|huisadres|geboortedatum|birth|geburtsdatum|spelling|gespeld|spelled|spelt|geschrieben|orthographe',
  // Not "ordinateur" alone: "mon ordinateur" is the sender's computer; "lisible par ordinateur" is found by "lisible".
  portable:
    'machineleesbaar|machineleesbare|machine|machinereadable|csv|json|xml|excel|spreadsheet|xlsx|maschinenlesbar|maschinenlesbaren|maschinenlesbarem|lisible|structured|gestructureerd|gestructureerde|strukturierten|strukturiert|structure|structuree|gangbaar|gangbare|gangigen|gangig|couramment|commonly|gaengigen|gaengig',
  transfer: 'overdracht|overdragen|overdraagbaarheid|overzetten|meenemen|transfer|transferring|transmit|transmitted|port|portability|ubertragung|ubertragen|ubermitteln|datenubertragbarkeit|portabilite|transferer|transmettre|transmission|uebertragung|uebertragen|uebermitteln|datenuebertragbarkeit',
  breachNoun:
    'datalek|datalekken|lek|leak|leaked|breach|datenpanne|datenleck|datenschutzverletzung|panne|fuite|violation|incident|beveiligingsincident|inbreuk|gelekt|uitgelekt',
  wrongly: 'per|ongeluk|abusievelijk|verkeerde|verkeerd|onterecht|mistake|mistakenly|accidentally|wrong|wrongly|versehentlich|falsche|falschen|irrtumlich|erreur|mauvais|mauvaise|par|irrtuemlich',
  others:
    'andere|anderen|ander|other|others|another|someone|iemand|andere|anderer|anderen|fremde|fremden|fremder|jemand|autre|autres|quelqu|derden|third|dritte|dritten|tiers',
  // Social-media platforms: a private account there is none of ours.
  socialMedia: 'facebook|instagram|linkedin|whatsapp|tiktok|twitter|snapchat|telegram|messenger|pinterest',
  lost: 'verloren|kwijt|gestolen|lost|stolen|nicked|verloren|gestohlen|perdu|perdue|vole|volee|kwijtgeraakt|misplaced|missing|vermist',
  // Any device that can be lost: a work device (a work phone is named as one word too, "mijn werktelefoon", "mein Diensthandy"),
  // a stick or disk, a mobile.
  device: `${WORK_DEVICES}|stick|harde|schijf|hard|drive|festplatte|disk|mobiel|gsm`,
  // A device whose theft in a break-in takes the data on it, also an office's computers, servers and backup boxes ("ont emporté le
  // PC et le NAS"), and the break-in told in any of the four languages, or by its thieves.
  workDevice: `${WORK_DEVICES}|pc|pcs|computer|computers|rechner|nas|server|servers|serveur|serveurs`,
  breakIn: 'inbraak|ingebroken|inbreker|inbrekers|dieven|einbruch|eingebrochen|einbrecher|diebe|burglary|burgled|burglars|thieves|cambriolage|cambriole|cambriolee|cambrioleurs|voleurs',
  // One of ours who came to the sender or took his call, named by his trade; and one named only as staff, which a "your" makes ours.
  ourTrade:
    'technician|technicians|engineer|engineers|agent|helpdesk|servicedesk|monteur|monteurs|techniker|technikerin|servicetechniker|technicien|technicienne|stagiair|stagiaire|intern|praktikant|praktikantin',
  ourStaff:
    'employee|employees|colleague|colleagues|staff|support|medewerker|medewerkster|medewerkers|collega|mitarbeiter|mitarbeiterin|kollege|kollegin|employe|employes|collaborateur|collaboratrice|collegue|personalabteilung|personeelszaken|hr|receptionist|receptioniste|receptionniste|rezeptionist|rezeptionistin|baliemedewerker|baliemedewerkster',
  // Passed on, told as done (past forms only: "please send it to my manager" asks, it tells nothing).
  passedOn:
    'sent|emailed|mailed|forwarded|passed|gave|given|shared|showed|shown|told|disclosed|revealed|confirmed|handed|mentioned|doorgestuurd|gestuurd|gemaild|doorgegeven|gegeven|gedeeld|verteld|getoond|verstrekt|genoemd|bevestigd|voorgelezen|vermeld|weitergegeben|weitergeleitet|geschickt|gesendet|gemailt|gegeben|gezeigt|mitgeteilt|erzahlt|erzaehlt|genannt|erwahnt|erwaehnt|bestatigt|bestaetigt|vorgelesen|verraten|transmis|transmise|transmises|envoye|envoyee|envoyes|transfere|transferee|communique|communiquee|communiques|donne|donnee|montre|revele|divulgue|confirme|raconte',
  // Someone with no business holding the sender's details: his superior, his landlord or neighbour, a seller, a stranger.
  outsider:
    'manager|employer|boss|supervisor|director|landlord|neighbour|neighbor|neighbours|neighbors|salesman|salesperson|stranger|caller|impostor|ex|expartner|exhusband|exwife|werkgever|leidinggevende|baas|chef|directeur|teamleider|buurvrouw|buurman|buren|huisbaas|verhuurder|verkoper|vreemde|beller|arbeitgeber|vorgesetzten|vorgesetzter|vorgesetzte|chefin|vermieter|vermieterin|nachbarn|nachbar|nachbarin|vertriebspartner|verkaufer|verkaeufer|fremden|anrufer|employeur|responsable|superieur|superieure|patron|patronne|proprietaire|voisin|voisine|voisins|vendeur|commercial|inconnu|inconnue|voorzitter|president|chairman|vorstand|bestuur|board|directie|recruiter|recruiters|recruitment|headhunter|uitzendbureau|wervingsbureau|partnerfirma|partnerbedrijf|partnerunternehmen|partenaire|makler|immobilienmakler|makelaar|hausverwaltung|hausverwalter|hausverwalterin|syndic|telemarketeer|telemarketer|reseller|wederverkoper|aannemer|contractor|koeriersbedrijf|courier|leverancier|lieferant|fournisseur|supplier',
  // Whom a mail, a letter or a scan went to by mistake: a person of the kind a firm serves, a firm, or an address (not a colleague:
  // "forwarded to another colleague" is the sender's own errand).
  recipient:
    'person|persoon|personne|personen|personnes|people|klant|klanten|customer|customers|client|clients|cliente|clientes|kunde|kunden|kundin|patient|patients|patienten|patientin|patiente|patientes|ontvanger|ontvangers|recipient|recipients|empfanger|empfaenger|empfangerin|empfaengerin|destinataire|destinataires|addressee|geadresseerde|adres|mailadres|emailadres|address|adresse|mailadresse|emailadresse|ouder|ouders|parent|parents|eltern|leerling|pupil|student|schuler|schueler|eleve|bewoner|resident|bewohner|huurder|tenant|mieter|locataire|lid|member|mitglied|membre|sollicitant|applicant|bewerber|candidat|candidate|bedrijf|company|firma|societe|entreprise|praktijk|practice|praxis|cabinet|school|schule|ecole|familie|family|famille',
  // The sender's detail, in Dutch, that a caller says he had from us: "hij zei het nummer via u te hebben".
  heldDetail: 'nummer|telefoonnummer|privenummer|mobielnummer|gsmnummer|gegevens|adres|priveadres|mailadres',
  // A matter or detail of the sender's that may reach someone it should not: his application, his number, his mail, his file.
  sendersMatter:
    'sollicitatie|cv|gegevens|nummer|privenummer|telefoonnummer|mail|privemail|email|adres|priveadres|dossier|informatie|application|details|data|number|address|information|file|bewerbung|lebenslauf|daten|handynummer|telefonnummer|adresse|akte|informationen|candidature|donnees|numero|courriel|informations',
  howWord: 'hoe|how|wie|comment|wat|what|welke|which|welche|quelle|quel|quoi|waarom|why|warum|pourquoi',
  handle:
    'omgaan|aanpakken|afhandelen|behandelen|handle|handling|deal|respond|reageren|beantwoorden|answer|umgehen|bearbeiten|beantworten|reagieren|gerer|traiter|repondre|doen|do|tun|faire|werkt|works|funktioniert|fonctionne|procedure|proces|process|prozess|policy|beleid',
  // A mail, letter, notice or attachment a title names (`mailTitle` cues), and the words that introduce its title.
  ourMail:
    'mail|mails|email|emails|mailtje|bericht|berichten|nachricht|schreiben|brief|letter|lettre|courrier|courriel|message|reply|antwoord|antwort|reponse|notice|ticket|bijlage|attachment|anhang|jointe|document|bestand|file|datei|fichier|pdf|newsletter|nieuwsbrief',
  mailTitle: 'titled|entitled|headed|called|named|subject|intitule|intitulee|objet|getiteld|onderwerp|titel|betreff|betitelt|uberschrift|ueberschrift|title|titre',
  weCompany: 'we|wij|us|our|ons|onze|wir|uns|unser|unsere|nous|notre|nos|jullie|u|you|sie|vous',
  // A company's own data (its name, VAT or chamber number, logo, reference page, DNS records), not a person's.
  companyData: 'btwnummer|kvk|kvknummer|ustid|ustidnr|siret|siren|bedrijfsnaam|firmenname|firmierung|referentiepagina|referenzseite|referenzen|referenties|logo',
  // The second word of a company datum in two words: "VAT number", "MX record", "raison sociale", "numéro de TVA".
  companyDataNoun: 'nummer|number|id|nr|record|records|eintrag|name|sociale|tva',
  // Keeping data, as an applicant allows it ("mijn gegevens een jaar te bewaren", "j'accepte que mes données soient conservées").
  keepData:
    'bewaren|bewaard|bewaart|opslaan|opgeslagen|houden|storing|keeping|retaining|holding|store|keep|retain|gespeichert|aufbewahrt|speichern|aufbewahren|conservees|conservee|conserve|conserver|restent|garder|gardees',
  // A value said to be wrong or to be put right.
  dataFault:
    'verkeerd|verkeerde|fout|foute|klopt|onjuist|corrigeren|aanpassen|wrong|incorrect|misspelt|misspelled|outdated|correct|fix|update|falsch|falsche|korrigieren|berichtigen|aktualisieren|faux|fausse|erronee|errone|corriger|rectifier',
  // All a reply to one of our mailings says when it leaves it ("STOP", "Remove.", "afmelden"), with its courtesies.
  bareUnsubscribe: 'stop|stopp|remove|unsubscribe|afmelden|uitschrijven|abmelden|austragen|desabonner|desinscrire|desinscription|arreter|arret',
  bareCourtesy: 'please|pls|graag|aub|bitte|svp|plait|merci|thanks|thank|you|danke|bedankt|dank|je|u',
  // A yes typed above an offer of ours ("ja graag, dat ook", "yes please", "oui, ça aussi", "ja, das auch gerne"), and the words
  // that only point back to what was offered or thank.
  assent: 'ja|jawel|graag|zeker|prima|akkoord|yes|yep|yeah|sure|please|ok|okay|oke|oui|volontiers|daccord|parfait|gerne|gern|bitte|klar|einverstanden',
  assentEcho: 'dat|dit|das|ca|cela|that|this|it|too|also|ook|auch|aussi|as|well|both|beide|beides|les|deux|en|and|und|et|doe|maar|dan|hoor|mach|machen|do|go|ahead|faites|le|svp|aub|pls|plait|merci|thanks|thank|you|danke|bedankt|dank|je|u|s|il|vous',
  hypotheticalSubject:
    'klant|klanten|customer|customers|client|clients|kunde|kunden|gebruiker|gebruikers|user|users|nutzer|utilisateur|utilisateurs|iemand|someone|somebody|jemand|quelqu|persoon|person|personne|betrokkene|betroffene|betroffener|medewerker|employee|mitarbeiter|salarie|burger|patient|patienten|leerling|student|bezoeker|visitor|sollicitant|sollicitanten|applicant|applicants|candidate|candidates|candidat|candidats|lid|leden|member|members|mitglied|mitglieder|membre|membres|eigenaar|eigenaren|owner|owners|bewoner|bewoners|resident|residents|huurder|huurders|tenant|tenants|mieter|locataire|locataires',
};
