import { listedInAccessRequest, readAndSetAside, type CueRule } from './cueRule.ts';

/** Dutch: how people ask, negate, suppose and close a mail. Patterns use the classes in `wordClasses.ts`. */
export const LEXICON_NL: readonly CueRule[] = [
  { kind: 'right', right: 'access', pattern: 'inzageverzoek|inzageaanvraag|inzagerecht|inzageverzoekje', topic: true },
  { kind: 'right', right: 'access', pattern: 'recht|verzoek|aanvraag|verzoeke|verzoek ~2 op|om|tot|van ~2 inzage', topic: true },
  { kind: 'right', right: 'access', pattern: 'inzage ~4 @my|@personalData|@account|mailbox|mails|dossier' },
  { kind: 'right', right: 'access', pattern: 'welke ~3 @personalData|informatie|gegevens ~6 mij|me' },
  { kind: 'right', right: 'access', pattern: 'wat ~4 van|over ~1 mij ~4 vastgeleg*|opgesla*|opsla*|bewaar*|bewaren|verwerk*|weten|hebben|heeft|hebt|staat|staan|bekend|geregistreerd|bijgehouden|bijhoud*|opgeschreven|genoteerd|gerapporteerd' },
  // Asked as a question, verb first: "Hebben jullie gegevens van mij?", "Bewaart u iets over mij?"
  { kind: 'right', right: 'access', pattern: 'hebben|bewaren|verwerken|bezitten|registreren|heeft|hebt|bewaart|verwerkt|bezit|registreert ~1 jullie|u|je ~4 @personalData|iets|data|gegevens ~3 van|over ~1 mij|me' },
  { kind: 'right', right: 'access', pattern: 'alles ~4 wat ~4 van|over ~1 mij ~4 vastgelegd|opgeslagen|bewaard|verwerkt|hebben|heeft' },
  { kind: 'right', right: 'access', pattern: 'kopie|afschrift|overzicht ~4 @my ~3 @personalData|@account|mailbox|mails|dossier|gesprekken|opnames' },
  { kind: 'right', right: 'access', pattern: 'kopie|afschrift|overzicht ~8 @personalData ~6 van|over|betreffende ~1 mij' },
  { kind: 'right', right: 'access', pattern: 'kopie|afschrift|export ~4 @their ~2 mailbox|mails|postvak|gegevens|dossier|bestanden' },
  // The noun phrase alone names a topic ("Mailbox van een oud-medewerker doorzoeken: mag dat?"); a copy or export of it asks.
  { kind: 'right', right: 'access', pattern: 'mailbox|mails|postvak ~4 van ~3 oud|voormalig|voormalige|ex ~3 medewerker|werknemer|collega', topic: true },
  { kind: 'right', right: 'access', pattern: 'toegang ~4 @my|mij ~3 @personalData' },
  // The recording of one's own call asked for: "kan ik de opname van dat telefoongesprek krijgen?", "die opnames wil ik horen".
  { kind: 'right', right: 'access', pattern: 'opname|opnames|opnamen|geluidsopname|geluidsopnames|gespreksopname|gespreksopnames ~6 krijgen|ontvangen|terugluisteren|toesturen|opsturen|horen' },
  // A customer asking us, its processor, to gather what is held on its employee or client: "kunnen jullie uitzoeken wat er
  // allemaal over haar is geregistreerd?". A topic: staff discussing such a request ask nothing.
  { kind: 'right', right: 'access', pattern: 'kunnen|kunt|willen|wilt ~2 jullie|u ~6 wat ~2 er ~3 over|van ~1 hem|haar ~4 gelogd|vastgelegd|opgeslagen|bewaard|geregistreerd|bijgehouden', topic: true },
  // What is kept on a household or a firm, asked in the plural: "mag ik een overzicht van wat jullie over ons bewaren?". "Over"
  // and a verb of keeping, not "van ons" with "hebben": "wat jullie van ons nodig hebben" asks for paperwork.
  { kind: 'right', right: 'access', pattern: 'wat ~4 over ~1 ons ~4 vastgeleg*|opgesla*|bewaar*|bewaren|verwerk*|geregistreerd|bijgehouden|bijhoud*|weten' },
  // How long my own data is kept is asked of what is held (Art. 15(1)(d)); "nu ik weg ben als klant" beside it is no erasure.
  // Mine, not "hoe lang bewaren jullie sollicitatiegegevens?" in general.
  { kind: 'right', right: 'access', pattern: 'hoe ~1 lang ~4 bewaren|bewaart ~3 @mine ~2 gegevens|persoonsgegevens|data|@personalData', overrides: 'erasure' },
  { kind: 'right', right: 'access', pattern: 'hoe ~1 lang ~3 jullie|u ~2 @mine ~2 gegevens|persoonsgegevens|data|@personalData ~2 bewaren|bewaart', overrides: 'erasure' },
  // Recordings and mails the sender is in, asked for: "een kopie van alle opgenomen telefoongesprekken waarin ik voorkom",
  // "ik wil graag de beelden ontvangen waarop ik te zien ben" (kept "bewaren" and taken down are other rights).
  { kind: 'right', right: 'access', pattern: 'kopie|afschrift|kopieen ~8 waarin|waarop|waar ~1 ik ~3 voorkom|zien|horen|sta' },
  // A copy of the recording asked by name: "ik wil graag een kopie van die opname, ik sta er zelf op", "kan ik een kopie krijgen
  // van de opnames van mijn gesprekken?" (all ten such Dutch mails in the corpus and the dev mail ask access).
  { kind: 'right', right: 'access', pattern: 'kopie|afschrift|kopieen ~3 opname|opnames|opnamen|gespreksopname|gespreksopnames|geluidsopname' },
  { kind: 'right', right: 'access', pattern: 'beelden|camerabeelden|videobeelden|bewakingsbeelden|opnames|opname|gesprekken|fragmenten ~2 ontvangen|krijgen|zien|inzien|bekijken|terugzien ~2 waarin|waarop|waar ~1 ik' },
  // The same with the verb last, after the clause that tells the sender is in them: "ik wil de camerabeelden waarop ik te zien
  // ben bekijken". A recording only named so, "wis de beelden waarop ik te zien ben", asks no copy.
  { kind: 'right', right: 'access', pattern: 'beelden|camerabeelden|videobeelden|bewakingsbeelden|opnames|opname|opnamen|fragmenten ~1 waarin|waarop ~1 ik ~4 ben|sta|voorkom ~2 zien|bekijken|inzien|ontvangen|krijgen|terugzien|terugkijken' },
  { kind: 'right', right: 'access', pattern: 'verneem ~4 welke ~4 gegevens' },
  { kind: 'right', right: 'access', pattern: 'waar ~5 @my ~3 @identity|gegevens|@personalData ~4 vandaan' },
  // The source of the address a mailing came to, pointed at: "Waar hebben jullie dit adres vandaan?" under a sales mail.
  { kind: 'right', right: 'access', pattern: 'waar ~3 jullie|u|je ~1 dit|dat|deze|die ~2 adres|mailadres|emailadres|nummer|telefoonnummer|gegevens ~2 vandaan' },
  { kind: 'right', right: 'access', pattern: 'wet ~3 bescherming ~3 persoonsgegevens ~6 artikel ~1 35' },
  { kind: 'right', right: 'erasure', pattern: 'te ~1 wissen' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~5 @my ~3 @personalData|@account|gegevens|inschrijving|cv|sollicitatie|foto|fotos|opnames' },
  // The recording of a call the mail told of, asked removed, is the caller's: "de opname van dat gesprek verwijderen".
  { kind: 'right', right: 'erasure', pattern: 'opname|opnames ~2 van ~1 dat|dit ~1 gesprek|telefoongesprek|telefoontje ~8 verwijderen|wissen|vernietigen|weghalen|verwijderd|gewist' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 opname|opnames ~2 van ~1 dat|dit ~1 gesprek|telefoongesprek|telefoontje' },
  // The recording the mail told of, pointed back to and wished gone: "Mijn gesprek werd opgenomen ... ik wil dat die opname gewist
  // wordt". Not housekeeping: "Die opname mag verwijderd worden, hij staat nog in de gedeelde map".
  { kind: 'right', right: 'erasure', pattern: 'wil|wilt|willen ~2 dat ~1 die|deze ~1 opname|opnames ~3 verwijderd|gewist|vernietigd' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 alle|al ~4 @personalData ~8 mij|me|mijn' },
  // A copy of an identity document, a child's handed in with a form, wished gone in the passive: "ik wil graag dat de
  // paspoortkopie en het formulier vernietigd worden".
  { kind: 'right', right: 'erasure', pattern: 'wil|wilt|willen|graag|verzoek|vraag ~3 dat ~2 paspoortkopie|paspoortkopieen|idkopie ~6 weggegooid|vernietigd|verwijderd|gewist|versnipperd ~1 worden|wordt' },
  { kind: 'right', right: 'erasure', pattern: 'wil|wilt|willen|graag|verzoek|vraag ~3 dat ~2 paspoort|id|identiteitsbewijs|identiteitskaart|rijbewijs ~1 kaart ~1 kopie|kopieen|scan ~6 weggegooid|vernietigd|verwijderd|gewist|versnipperd ~1 worden|wordt' },
  { kind: 'right', right: 'erasure', pattern: 'wil|wilt|willen|graag|verzoek|vraag ~3 dat ~2 kopie|kopieen|scan ~1 van ~2 paspoort|id|identiteitsbewijs|identiteitskaart|rijbewijs ~6 weggegooid|vernietigd|verwijderd|gewist|versnipperd ~1 worden|wordt' },
  // A stored card, profile or recording of mine to go: "verwijder mijn opgeslagen kaart", "ik wil dat het profiel dat jullie van mij opbouwden wordt verwijderd".
  { kind: 'right', right: 'erasure', pattern: '@erase ~5 @my ~3 kaart|creditcard|kaartgegevens|betaalgegevens|bankgegevens|opname|beelden|video|filmpje|voicemail' },
  { kind: 'right', right: 'erasure', pattern: 'wil|wens ~2 dat ~2 @my|het|de|die ~1 profiel|foto|fotos|opname|opnames|beelden|gegevens|kaart|voicemail ~14 wordt|worden ~1 verwijderd|gewist|vernietigd' },
  // The old value of a contact detail going away is why it must be corrected, not an erasure: "mijn gsm-nummer klopt niet
  // meer (het oude is weg)", "mijn mailadres is veranderd, het oude adres gaat verdwijnen".
  { kind: 'right', right: 'rectification', pattern: '@my ~2 nummer|mailadres|emailadres|adres|telefoonnummer|gsm|mobiel|mobiele ~10 klopt|kloppen ~1 niet ~1 meer', overrides: 'erasure' },
  { kind: 'right', right: 'rectification', pattern: 'oude|vorige ~4 adres|mailadres|emailadres|nummer|telefoonnummer|gsm ~4 verdwijnen|verdwijnt|vervalt|vervallen|opgeheven|afgesloten|weg', overrides: 'erasure' },
  { kind: 'right', right: 'erasure', pattern: '@personalData ~6 mij ~6 @erase' },
  // Erasure asked by a pronoun in the sentence that objects or withdraws consent: "ik teken bezwaar aan tegen die opnames en
  // vraag u ze te vernietigen", "mijn toestemming vervalt hierbij en ik verzoek jullie dit te wissen".
  { kind: 'right', right: 'erasure', pattern: 'bezwaar|toestemming ~14 verzoek|vraag|wil ~2 u|jullie ~1 ze|deze|die|dit|dat|hem|het ~3 te ~1 verwijderen|wissen|vernietigen' },
  // Curt, the data first and the infinitive after: "al mijn gegevens verwijderen svp", "gegevens verwijderen aub, ik ben geen klant meer".
  { kind: 'right', right: 'erasure', pattern: 'gegevens|persoonsgegevens wissen|verwijderen ~1 aub|graag|svp|alstublieft|alsjeblieft|pls' },
  { kind: 'right', right: 'erasure', pattern: 'alles ~4 wat ~6 van|over ~1 mij ~8 @erase' },
  // Nowhere on file any more, in plain words: "ik wil nergens meer in staan", "jullie hoeven mij nergens meer in te hebben staan".
  { kind: 'right', right: 'erasure', pattern: 'wil|wilt|willen|hoeven|hoeft|hoef ~4 nergens ~1 meer ~1 in ~4 staan' },
  // The same said of me or my detail, with where: "en dat mijn nummer nergens meer bij jullie in de systemen staat", "ik wil
  // nergens meer bij jullie in staan". Not "nergens meer voor gebruiken" (restriction), nor "ik kan het nergens meer vinden".
  { kind: 'right', right: 'erasure', pattern: '@mine|mij|me|ik ~4 nergens ~1 meer ~5 in|bij ~5 staan|staat|sta|voorkomen|voorkomt|voorkom' },
  // My data to be had erased, the object first: "ik wil mijn gegevens bij jullie laten verwijderen". Read also where it is
  // only supposed or our own question reported back ("stel dat ik mijn gegevens zou willen laten verwijderen", "jullie vroegen
  // of ik mijn gegevens wil laten verwijderen"), so that the rules' no there is a doubted one.
  { kind: 'right', right: 'erasure', pattern: '@mine ~3 @personalData|@account ~5 laten ~1 verwijderen|wissen|vernietigen' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 mij|me ~3 uit|van ~3 @account|systemen|systeem|administratie|database|databank|bestand|bestanden|crm|klantenbestand|adressenbestand' },
  // The same with the pronoun first: "willen jullie mij verwijderen als contactpersoon uit jullie systemen", "alles van mij
  // verwijderen, ook uit jullie crm".
  { kind: 'right', right: 'erasure', pattern: 'mij|me ~1 verwijderen|wissen|schrappen ~4 uit ~2 jullie|uw|het|de ~1 @account|systemen|systeem|administratie|database|databank|bestand|bestanden|crm|klantenbestand|adressenbestand' },
  { kind: 'right', right: 'erasure', pattern: 'recht ~2 op ~2 vergetelheid|vergeten|wissen|verwijdering', topic: true },
  { kind: 'right', right: 'erasure', pattern: 'vergeten ~2 worden|te', topic: true },
  { kind: 'right', right: 'erasure', pattern: 'verwijderverzoek|verwijderingsverzoek|wisverzoek', topic: true },
  // Going on with an erasure in its thread, after the proof of identity asked for: "kunt u nu verder met de verwijdering?".
  { kind: 'right', right: 'erasure', pattern: 'verder ~1 met ~1 het|de|mijn ~1 verwijderen|verwijdering|wissen' },
  { kind: 'right', right: 'erasure', pattern: 'verzoek|verzoeke ~3 tot|om ~3 verwijdering|wissing|vernietiging', topic: true },
  { kind: 'right', right: 'rectification', pattern: '@correct ~5 @my ~3 @identity' },
  { kind: 'right', right: 'rectification', pattern: 'ik ~2 heet ~4 niet|nu|sinds' },
  // The address on file named wrong in plain words: "daar woon ik al twee jaar niet meer; mijn adres is ...", "ik woon niet meer
  // op de Kanaalweg". Every such Dutch mail in the corpus and the dev mail asks a rectification. The address pointed at or
  // named: "afmelden aub, ik woon hier al 3 jaar niet meer" leaves a mailing.
  { kind: 'right', right: 'rectification', pattern: 'daar ~1 woon ~1 ik ~4 niet ~1 meer' },
  { kind: 'right', right: 'rectification', pattern: 'ik ~1 woon ~4 niet ~1 meer ~1 op|in|aan' },
  // Not wanting one's name still in a record is erasure in plain words, not an objection: "ik wil niet dat mijn naam daar nog in
  // staat" (the objection's "wil niet dat" yields in that sentence).
  { kind: 'right', right: 'erasure', pattern: 'wil ~1 niet ~1 dat ~1 mijn ~1 naam|gegevens|foto|nummer|adres|account ~4 nog|langer ~3 staat|staan', overrides: 'objection' },
  // The wrong form of address put right in plain words: "alle mails beginnen met 'Geachte mevrouw Claassen'. Ik ben een man.",
  // "ik ben geen mevrouw", "ik ben een meneer :)".
  { kind: 'right', right: 'rectification', pattern: 'ik ~1 ben ~1 een|geen ~1 man|vrouw|meneer|mevrouw' },
  // Put right where they keep it, the error named before: "Wilt u dat in uw systeem corrigeren?", "kunnen jullie dat in je systeem
  // verbeteren?"; merely changed there, it must be mine: "kan mijn nummer in jullie systeem aangepast worden?". "Willen jullie dat
  // in jullie systemen aanpassen?" after a firm's new contact person, or "in uw administratie" (a VAT number, an invoice
  // address), is contract upkeep.
  { kind: 'right', right: 'rectification', pattern: 'in ~1 jullie|uw|je ~1 systeem|systemen|klantgegevens|klantsysteem ~4 corrigeren|verbeteren|gecorrigeerd|verbeterd|rechtzetten|goedzetten' },
  { kind: 'right', right: 'rectification', pattern: 'corrigeren|verbeteren|gecorrigeerd|rechtzetten ~1 in ~1 jullie|uw|je ~1 systeem|systemen|klantgegevens|klantsysteem' },
  { kind: 'right', right: 'rectification', pattern: 'mijn|me|mij ~8 in ~1 jullie|uw|je ~1 systeem|systemen|klantgegevens|klantsysteem ~4 aanpassen|wijzigen|bijwerken|aangepast|gewijzigd' },
  { kind: 'right', right: 'rectification', pattern: 'rectificatie|verbetering|correctie|aanvulling ~4 van|op|in ~1 @my|de|deze|die ~1 @personalData' },
  { kind: 'right', right: 'rectification', pattern: 'recht ~2 op ~2 rectificatie|correctie|verbetering', topic: true },
  // What is wrong named, then put right: "de onjuiste koppeling corrigeert", "deze onjuiste registratie te corrigeren", "de foute
  // vermelding rechtzetten".
  { kind: 'right', right: 'rectification', pattern: 'onjuist|onjuiste|foute|verkeerde ~1 koppeling|registratie|vermelding|notitie|gegevens|naam|adres|nummer ~4 corrigeert|corrigeren|corrigeer|rechtzetten|rechtzet|herstellen|herstelt|verbeteren|verbetert' },
  // A name change asked by the person and passed on by the employer or client who keeps the systems: "zij heeft ons formeel
  // gevraagd haar naam in al onze systemen te corrigeren", "hij heeft gevraagd zijn naam in alle systemen te laten wijzigen".
  { kind: 'right', right: 'rectification', pattern: 'gevraagd|verzocht ~3 haar|zijn ~1 naam|achternaam|voornaam ~6 systemen|systeem ~6 wijzigen|corrigeren|aanpassen|veranderen|verbeteren' },
  { kind: 'right', right: 'rectification', pattern: '@personalData ~4 over ~2 mij ~6 onjuist|onvolledig|kloppen|klopt' },
  { kind: 'right', right: 'restriction', pattern: 'beperking|beperken|beperkt ~4 van ~2 de ~2 verwerking' },
  { kind: 'right', right: 'restriction', pattern: 'verwerking ~6 beperken|beperkt|stopzetten|opschorten|blokkeren|bevriezen' },
  { kind: 'right', right: 'restriction', pattern: 'recht ~2 op ~2 beperking', topic: true },
  { kind: 'right', right: 'restriction', pattern: 'verwerking ~6 op ~1 te ~1 schorten' },
  { kind: 'right', right: 'restriction', pattern: 'beperk|beperken|beperkt ~3 de|deze|mijn|het ~2 verwerking|gebruik' },
  { kind: 'right', right: 'restriction', pattern: 'bewaren ~8 niet ~3 meer ~3 gebruiken|verwerken' },
  { kind: 'right', right: 'restriction', pattern: 'niet ~3 verwijderen|wissen ~8 bewaren|bewaard|behouden' },
  // The same ask with the keeping first: "wilt u die opnames bewaren en niet wissen? Ik heb ze nodig voor de rechter".
  { kind: 'right', right: 'restriction', pattern: 'bewaren|behouden ~2 en ~1 niet ~1 verwijderen|wissen|vernietigen|overschrijven' },
  { kind: 'right', right: 'restriction', pattern: 'niet ~3 verwijderen|wissen|vernietigen ~8 geschil|procedure|rechtszaak|juridische|bewijs' },
  { kind: 'right', right: 'restriction', pattern: 'bewaren|bewaard ~10 geschil|procedure|rechtszaak|klacht ~10 niet|geen ~4 gebruiken|verwerken|gebruikt|verwerkt' },
  { kind: 'right', right: 'portability', pattern: 'recht ~2 op ~3 overdraagbaarheid|dataportabiliteit|overdracht', topic: true },
  { kind: 'right', right: 'portability', pattern: 'dataportabiliteit|overdraagbaarheid|gegevensoverdraagbaarheid', topic: true, weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: '@personalData ~6 @portable ~2 formaat|vorm|bestand|export', weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: '@portable ~3 formaat|vorm|bestand|export|overzicht', weight: 0.5 },
  { kind: 'right', right: 'objection', pattern: 'bezwaar ~5 tegen ~6 verwerking|gebruik|profilering|tracking|volgen|analyse|@personalData|cookies|opnemen|camera' },
  // The objection aimed at a verb, and the tracking not wanted in so many words: "ik maak bezwaar tegen dat meten/profileren",
  // "bezwaar tegen het doorgeven van mijn nummer", "wat ik niet wil is dat jullie bijhouden wanneer ik hem open".
  // An objection made earlier and held to now, by the sender or for his client, objects still: "Ik handhaaf mijn bezwaar", "cliënt
  // blijft bij zijn bezwaar", "mijn bezwaar blijft staan".
  { kind: 'right', right: 'objection', pattern: 'handhaaf|handhaaft|handhaven ~3 bezwaar' },
  { kind: 'right', right: 'objection', pattern: 'blijf|blijft|blijven ~1 bij ~2 bezwaar' },
  { kind: 'right', right: 'objection', pattern: 'bezwaar ~2 blijft|blijven ~1 staan|gehandhaafd|bestaan' },
  { kind: 'right', right: 'objection', pattern: 'bezwaar ~3 tegen ~4 profileren|meten|monitoren|monitoring|bijhouden|vastleggen|delen|doorgeven|doorverkopen|filmen' },
  { kind: 'right', right: 'objection', pattern: 'niet ~1 wil|willen ~3 dat ~2 jullie|u ~4 bijhouden|registreren|meten|volgen|tracken|vastleggen|profileren|doorgeven|doorverkopen' },
  // Surveys no more, while the service stays: "geen enquêtes meer".
  { kind: 'right', right: 'objection', pattern: 'geen ~2 enquetes|enquête|enquete|tevredenheidsonderzoeken|tevredenheidsonderzoek|klanttevredenheidsonderzoeken ~2 meer' },
  // Tracking refused in a few words, the sender named: "volg me niet", "jullie mogen mij niet tracken". Not a parcel the
  // sender cannot track ("ik kan mijn pakket niet tracken").
  { kind: 'right', right: 'objection', pattern: 'volg|volgen|track|tracken|traceer ~1 me|mij|ons ~1 niet' },
  { kind: 'right', right: 'objection', pattern: 'me|mij|ons ~2 niet ~2 meer ~1 volgen|tracken|traceren|profileren' },
  { kind: 'right', right: 'objection', pattern: 'me|mij|ons ~2 niet ~1 volgen|tracken|traceren|profileren' },
  // Tracking named, then turned off for the sender by pointing back: "kunnen jullie dat voor mijn adres uitzetten?", "kan dat voor
  // mijn adres uitgezet worden?", or no more done with the click data: "niks meer met die klikgegevens van mij doen". For "mijn
  // adres" only: "kunnen jullie dat voor mij uitzetten?" under a screen that restarts for updates asks IT work.
  { kind: 'right', right: 'objection', pattern: 'dat|het|die|dit ~1 voor ~1 mijn ~1 adres|mailadres|emailadres|e ~2 uitzetten|uitschakelen|uitgezet|uitgeschakeld|stopzetten' },
  { kind: 'right', right: 'objection', pattern: 'niks|niets ~1 meer ~2 met ~4 klikgegevens|klikgedrag|klikdata|trackinggegevens ~4 doen' },
  // "Ik maak bezwaar" alone may be about a plan or a planning; pointing back ("daar maak ik bezwaar tegen") objects to what was just said.
  { kind: 'right', right: 'objection', pattern: 'maak|maken|teken ~3 bezwaar', weight: 0.5 },
  { kind: 'right', right: 'objection', pattern: 'daar|hier|daartegen|hiertegen ~4 bezwaar' },
  { kind: 'right', right: 'objection', pattern: 'bezwaar ~3 daartegen|hiertegen' },
  // "Ik maak er bezwaar tegen dat ...": the objection points at what follows, as "daar" points back.
  { kind: 'right', right: 'objection', pattern: 'maak|maken|teken ~2 er ~1 bezwaar ~1 tegen ~1 dat' },
  { kind: 'right', right: 'objection', pattern: 'recht ~2 op ~2 bezwaar', topic: true },
  { kind: 'right', right: 'objection', pattern: '@withdraw ~5 @my ~2 @consent' },
  // De eigen foto, naam of quote van de afzender in onze publiciteit geweigerd is bezwaar: geen mailing opgezegd, niets
  // gecorrigeerd door "voortaan" ("gebruik mijn foto voortaan niet langer in een folder").
  { kind: 'right', right: 'objection', pattern: 'gebruik|gebruiken ~1 @mine ~4 foto|fotos|beeld|citaat|quote ~6 niet ~2 meer|langer', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'gebruik|gebruiken ~1 @mine ~4 foto|fotos|beeld|citaat|quote ~6 niet ~2 meer|langer', overrides: 'rectification' },
  { kind: 'right', right: 'objection', pattern: '@consent ~5 in ~2 te ~1 trekken' },
  { kind: 'right', right: 'objection', pattern: '@consent ~6 intrekken|ingetrokken|trek|terug' },
  { kind: 'right', right: 'objection', pattern: 'geen ~3 @consent ~3 meer' },
  // Consent refused from now on with the verb before the negation, and recording stopped: "die toestemming geef ik niet
  // meer", "neem mijn gesprekken voortaan niet meer op".
  { kind: 'right', right: 'objection', pattern: '@consent ~2 geef|geven ~1 ik|we|wij ~2 niet|nooit ~1 meer|langer' },
  { kind: 'right', right: 'objection', pattern: 'neem|nemen ~3 gesprekken|gesprek|telefoontjes|gesprekjes|telefoongesprekken|telefoongesprek ~5 niet ~1 meer|langer ~1 op' },
  { kind: 'right', right: 'objection', pattern: 'niet ~3 langer|meer ~6 gebruiken|verwerken|gebruikt|verwerkt|volgen|profileren|analyseren|delen' },
  { kind: 'right', right: 'objection', pattern: 'stop|stoppen ~5 met ~6 verwerken|gebruiken|profileren|volgen|tracken|delen|doorverkopen' },
  { kind: 'right', right: 'objection', pattern: 'geen ~3 profilering|tracking|profiel|doorverkoop' },
  // The newsletter kept and its tracking stopped is an objection, not a list left: "geen trackingpixels meer in de nieuwsbrief
  // graag", "de nieuwsbrief mag blijven, maar stop met dat meten van wat ik aanklik".
  { kind: 'right', right: 'objection', pattern: 'geen ~2 tracking|trackingpixel|trackingpixels|pixel|pixels|meting|metingen|klikmeting ~2 meer ~3 in ~2 de|jullie|uw ~1 @newsletter|mails|mailtjes', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: 'stop|stoppen|stopt ~3 met ~3 meten|tracken|tracking|bijhouden|registreren ~8 klik|klikgedrag|klikken|aanklik|aanklikt|opent|openen|open', overrides: 'unsubscribe' },
  { kind: 'right', right: 'objection', pattern: '@newsletter ~3 prima|mag|blijven ~6 maar ~3 stop|stoppen|geen ~3 met ~3 meten|tracken|tracking|volgen|bijhouden', overrides: 'unsubscribe' },
  // Signing up, or up again, for a mailing ("kan ik me ook aanmelden?", "graag weer aanmelden", "ik wil de nieuwsbrief weer
  // ontvangen") is the opposite of leaving it: read and supposed, so the rules' no is a doubted one the models leave alone.
  { kind: 'right', right: 'unsubscribe', pattern: 'me|mij|hem|haar|ons ~2 ook|weer|opnieuw ~2 aanmelden|inschrijven|abonneren', weight: 0.3, topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: 'graag ~1 weer|opnieuw ~1 aanmelden|inschrijven|abonneren', weight: 0.3, topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: '@newsletter ~3 weer|opnieuw ~3 ontvangen|krijgen', weight: 0.3, topic: true },
  { kind: 'hypothetical', pattern: 'me|mij|hem|haar|ons ~2 ook|weer|opnieuw ~2 aanmelden|inschrijven|abonneren' },
  // A theft supposed, for a procedure: "voor als er op kantoor een laptop wordt gestolen". A theft told is "is gestolen".
  { kind: 'hypothetical', pattern: 'als ~6 wordt|worden ~1 gestolen' },
  // A supposition asked: "Kan het zijn dat mijn adres uit het bestand is gevallen?".
  { kind: 'hypothetical', pattern: 'kan|zou ~1 het ~1 zijn ~1 dat' },
  // What we need from the sender for a change he asks, no data he asks of us: "wat hebben jullie van me nodig voor de overstap?".
  { kind: 'hypothetical', pattern: 'van ~1 me|mij|ons ~1 nodig' },
  // Unsubscribing supposed, to learn what it would stop: "Als ik me zou afmelden, krijg ik dan nog de storingsmeldingen?".
  { kind: 'hypothetical', pattern: 'als ~1 ik ~1 me|mij ~2 afmeld|afmelden|uitschrijf|uitschrijven' },
  // A step the sender only supposes he might ask: "Als ik u zou vragen mijn klantgegevens te wissen, ...".
  { kind: 'hypothetical', pattern: 'als|indien ~1 ik|wij|we ~8 zou|zouden' },
  // A relation with us only supposed: "Stel dat ik solliciteer ...", "als ik me inschrijf", "voordat ik solliciteer".
  { kind: 'hypothetical', pattern: 'stel ~1 dat ~1 ik|wij|we' },
  // Whether a step can be done at all, asked: "Wissen jullie het dan ook uit de oude back-ups, of is dat technisch onmogelijk?".
  { kind: 'hypothetical', pattern: 'of ~1 is ~1 dat|het ~1 technisch ~1 mogelijk|onmogelijk|haalbaar' },
  { kind: 'hypothetical', pattern: 'als|indien|voordat|voor ~1 ik ~3 solliciteer|inschrijf|aanmeld|bestel|registreer|aanvraag' },
  // A question about a right, at the start of a subject or line: "vraagje over afmelden", not "mijn vraag over de printer".
  { kind: 'hypothetical', pattern: 'vraag|vraagje ~1 over|omtrent', lineStart: true },
  // A mailing told as ended since something was done asks nothing: "Sindsdien geen mails meer.", "geen nieuwsbrief meer sindsdien".
  { kind: 'hypothetical', pattern: 'sindsdien ~5 geen ~1 @newsletter|@marketing|mail|mailtje|telefoontjes ~2 meer' },
  { kind: 'hypothetical', pattern: 'geen ~1 @newsletter|@marketing|mail|mailtje|telefoontjes ~2 meer ~1 sindsdien' },
  { kind: 'hypothetical', pattern: 'graag ~1 weer|opnieuw ~1 aanmelden|inschrijven|abonneren' },
  { kind: 'hypothetical', pattern: '@newsletter ~3 weer|opnieuw ~3 ontvangen|krijgen' },
  // The same for someone else put on the list: "willen jullie mijn collega ook op de mailinglijst voor de Update zetten?".
  ...readAndSetAside('unsubscribe', 'ook|weer|opnieuw ~1 op ~2 de|jullie|uw|onze|die|het ~1 mailinglijst|verzendlijst|nieuwsbrieflijst|lijst|adressenlijst ~5 zetten|plaatsen|toevoegen', 0.3),
  // A mailing's confirmation that the reader has left it ("U bent afgemeld voor onze nieuwsbrief", "je bent uitgeschreven voor
  // de Update") tells of a leave already done: read and supposed, so the rules' no is a doubted one. "Voor" after it: the same
  // words quoted in a complaint ("er kwam 'u bent afgemeld' en toch komt hij weer") still ask.
  ...readAndSetAside('unsubscribe', 'u|je|jij ~1 bent ~1 afgemeld|uitgeschreven ~1 voor', 0.3),
  { kind: 'right', right: 'unsubscribe', pattern: 'niet ~4 meer ~4 gebeld|bellen' },
  // A phone that fails is no call refused: "mijn Teams-telefoon gaat niet meer over als ik gebeld word", "we kunnen niet meer naar
  // buiten bellen".
  { kind: 'hypothetical', pattern: 'gaat|gaan|ging|gingen ~4 telefoon|telefoons|toestel|toestellen|mobiel|gsm ~3 niet ~2 over' },
  { kind: 'hypothetical', pattern: 'telefoon|telefoons|toestel|toestellen|mobiel|gsm ~3 gaat|gaan|ging|gingen ~3 niet ~2 over' },
  { kind: 'hypothetical', pattern: 'kan|kunnen|kon|konden ~3 niet ~2 meer ~3 bellen|gebeld|telefoneren' },
  // The imperative puts the call before the negation: "Bel me niet meer", "bel mij alstublieft niet meer met aanbiedingen"
  // (adjacent, so "bel me vandaag niet meer, ik zit in overleg" is no sales stop).
  { kind: 'right', right: 'unsubscribe', pattern: 'bel|belt mij|me|ons niet|nooit meer|langer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'bel|belt mij|me|ons ook|alstublieft|alsjeblieft|aub|svp|gewoon niet|nooit meer|langer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'afmelden|afmelding|uitschrijven|uitschrijf|afmeld|afmelde', topic: true },
  // A subscription to a mailing cancelled as a contract is: "ik wil de nieuwsbrief opzeggen", "graag mijn abonnement op de nieuwsbrief
  // opzeggen". A contract or service cancelled without a mailing named leaves none, and a mailing of the customer's that we
  // send is stopped or cancelled as IT work ("kunnen jullie onze nieuwsbrief van vanavond annuleren?").
  { kind: 'right', right: 'unsubscribe', pattern: 'nieuwsbrief|nieuwsbrieven|nieuwsbriefje|nieuwsbriefabonnement|newsletter|mailinglijst ~3 opzeggen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'opzeggen|opzegging ~1 van ~2 nieuwsbrief|nieuwsbrieven|nieuwsbriefje|nieuwsbriefabonnement|newsletter|mailinglijst' },
  // Signing off from an event, a course or a membership is no mailing left: "wij moeten ons helaas afmelden voor de ouderavond",
  // "Sem afmelden voor het schoolreisje", "uitschrijven training 14 april", "ik wil me afmelden als lid per 1 juli".
  { kind: 'hypothetical', pattern: 'afmelden|uitschrijven|afmeld|uitschrijf|afgemeld|uitgeschreven ~3 ouderavond|schoolreisje|schoolreis|training|cursus|workshop|excursie|kamp|sportdag|wedstrijd|toernooi|borrel|diner|lunch|bijeenkomst|vergadering|les|zwemles|voorstelling|rondleiding' },
  // A customer evening or breakfast of ours left, also with the separable verb apart or only this time: "meld me maar af voor de
  // klantavond", "meld me voor deze keer maar af".
  { kind: 'hypothetical', pattern: 'afmelden|afmeld|afgemeld|meld|melden ~5 klantavond|klantendag|klantdag|relatieavond|relatiedag|netwerkavond|netwerkborrel|ontbijtsessie|lunchsessie|inloopsessie|evenement' },
  { kind: 'hypothetical', pattern: 'meld|melden ~2 me|mij|ons ~1 voor ~1 deze|die|een ~1 keer' },
  { kind: 'hypothetical', pattern: 'afmelden|uitschrijven|afmeld|uitschrijf ~2 als ~1 lid|leerling|deelnemer|vrijwilliger' },
  // Nor is leaving a firm's own distribution list or a list of service notices, which is IT upkeep: "mij uit de distributielijst
  // halen", "mij daarna uit de verzendlijst voor storingsmeldingen halen", "mij daarvan afmelden en toevoegen aan team-doorn".
  { kind: 'hypothetical', pattern: 'afmelden|uitschrijven|afmeld|uitschrijf|halen|haal|verwijderen|verwijder ~6 distributielijst|distributielijsten|distributiegroep|distributiegroepen' },
  { kind: 'hypothetical', pattern: 'distributielijst|distributielijsten|distributiegroep|distributiegroepen ~6 afmelden|uitschrijven|halen|verwijderen' },
  { kind: 'hypothetical', pattern: 'lijst|verzendlijst|mailinglijst ~1 voor|met ~1 storingsmeldingen|onderhoudsmeldingen|onderhoudsberichten|systeemmeldingen|statusmeldingen|notificaties' },
  { kind: 'hypothetical', pattern: 'afmelden|uitschrijven|halen ~4 en ~2 toevoegen ~1 aan' },
  // Typed in a hurry on a phone, beyond a slip of the finger (`SLIP_TOLERANT_WORDS`: "afmleden graag"): "afmeleden", "uitschrijfen".
  { kind: 'right', right: 'unsubscribe', pattern: 'afmeleden|uitschrijfen', topic: true },
  // "Uitschrijving" is also leaving a school, a register or a municipality: it needs support.
  { kind: 'right', right: 'unsubscribe', pattern: 'uitschrijving', topic: true, weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'meld|schrijf ~4 mij|me|ons ~4 af|uit' },
  { kind: 'right', right: 'unsubscribe', pattern: 'uitgeschreven|afgemeld ~2 worden|word|te' },
  { kind: 'right', right: 'unsubscribe', pattern: 'mij|me|ons ~3 afmelden|uitschrijven' },
  // "Haal me er af": off a list, not out of every system.
  { kind: 'right', right: 'unsubscribe', pattern: 'haal|halen ~2 me|mij|ons ~3 af|eraf' },
  // Asked as a question with the separable verb whole: "kunnen jullie me er even afhalen?", "wil je mij er gewoon afhalen".
  { kind: 'right', right: 'unsubscribe', pattern: 'me|mij|ons er ~2 afhalen' },
  // Mailings named, then left by pointing back: "ik krijg nog steeds die folders, ik wil daar vanaf", "daar wil ik vanaf".
  { kind: 'right', right: 'unsubscribe', pattern: 'wil|willen ~2 daar|er|hier ~2 vanaf' },
  { kind: 'right', right: 'unsubscribe', pattern: 'daar|er|hier ~1 wil|willen ~1 ik|we|wij ~1 vanaf' },
  // A reply on top of a mailing, in a few plain words: "doe mij maar geen uitnodigingen meer", "Doe mij maar niet meer.",
  // "Zet me maar van de lijst", "wilt u mij niet meer uitnodigen voor uw webinars?", "dat nieuwsbriefje hoeft voor mij niet meer".
  { kind: 'right', right: 'unsubscribe', pattern: 'doe ~1 mij|me|ons ~1 maar ~1 geen ~2 @newsletter|uitnodigingen|uitnodiging|reclame|folders|mailtjes|nieuwsbriefje ~1 meer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'doe ~1 mij|me|ons ~1 maar ~1 niet ~1 meer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'zet|zetten ~1 me|mij|ons ~2 van|uit ~2 de|die|deze|jullie|uw|het ~1 lijst|lijsten|mailinglijst|verzendlijst|@newsletter' },
  { kind: 'right', right: 'unsubscribe', pattern: 'mij|me|ons ~2 niet|nooit ~1 meer|langer ~1 uitnodigen|mailen|benaderen|appen|sms|e' },
  { kind: 'right', right: 'unsubscribe', pattern: '@newsletter|nieuwsbriefje|uitnodigingen|reclame|folders|mailtjes ~12 hoeft|hoeven ~3 niet ~1 meer' },
  // A periodic mail named by its rhythm: "die maandelijkse mail met tips hoeft van mij niet meer".
  { kind: 'right', right: 'unsubscribe', pattern: 'maandelijkse|wekelijkse|tweewekelijkse ~1 mail|mails|mailtje|mailing|update ~12 hoeft|hoeven ~3 niet ~1 meer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'nergens|niets ~3 meer ~4 ontvangen|krijgen|toesturen' },
  // "Niks" is "niets" as people say it, wished: "ik wil niks meer van jullie ontvangen" ("ik heb niks meer ontvangen" chases).
  { kind: 'right', right: 'unsubscribe', pattern: 'wil|willen|wens|hoef ~3 niks ~3 meer ~4 ontvangen|krijgen|horen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop|stoppen ~3 met ~3 @newsletter|mailtjes' },
  { kind: 'right', right: 'unsubscribe', pattern: 'nooit|niets ~3 meer ~4 horen|ontvangen' },
  // Also "mail" in the singular: "ik wil geen mail meer van jullie ontvangen".
  { kind: 'right', right: 'unsubscribe', pattern: 'wil|wens|graag|stuur|stuurt|stop ~4 geen ~4 @newsletter|reclame|post|mailtjes|mails|mail|mailings ~4 meer' },
  // Invitations and offers refused the same way, or offers refused beside mail still wanted: "Graag geen uitnodigingen meer",
  // "alleen nog de storingsmeldingen, geen commerciële aanbiedingen meer".
  { kind: 'right', right: 'unsubscribe', pattern: 'wil|wens|graag|stuur|stuurt ~4 geen ~4 uitnodigingen|uitnodiging|aanbiedingen|acties|belletjes ~4 meer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'geen ~1 commerciele|commerciële ~2 aanbiedingen|mails|berichten|mailings|uitnodigingen ~1 meer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'geen ~4 @newsletter|reclame|post ~4 meer ~3 graag|ontvangen|sturen|toesturen|toegestuurd' },
  { kind: 'right', right: 'unsubscribe', pattern: '@newsletter ~6 niet|geen ~2 meer|langer ~4 ontvangen|krijgen|toesturen|sturen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'niet|geen ~2 meer|langer ~6 @newsletter' },
  // On the list, a list of ours named bare: "Ik wil niet meer op de lijst staan".
  { kind: 'right', right: 'unsubscribe', pattern: 'niet|geen ~2 meer|langer ~3 op ~2 de|die|deze|jullie|uw|jouw ~1 lijst|lijsten ~1 staan|zitten|blijven' },
  { kind: 'right', right: 'unsubscribe', pattern: '@erase ~3 mij|me|mijn|ons ~6 van|uit ~4 @newsletter|lijst|verzendlijst|mailinglijst|adressenlijst|bestand' },
  { kind: 'right', right: 'unsubscribe', pattern: 'geen|niet ~3 ongevraagde|ongewenste ~4 communicatie|post|reclame|mail|mails|berichten' },
  { kind: 'right', right: 'unsubscribe', pattern: 'bezwaar ~8 @marketing', overrides: 'objection' },
  // The same words as a headline with its question for the reader ("Bezwaar tegen direct marketing: wat moet u meteen doen?",
  // "... wat moet er in uw nieuwsbrief?") name a subject. The sender asking what he must do ("wat moet ik doen") still objects.
  { kind: 'hypothetical', pattern: 'bezwaar ~3 @marketing ~2 wat|hoe|wanneer ~1 moet|moeten|kunt|kan|mag|doet ~1 u|je|er' },
  // Not used for advertising any more is direct marketing stopped (Art. 21(2)): "ons adres niet meer voor reclame
  // te gebruiken", "mijn gegevens niet langer te gebruiken voor direct marketing".
  { kind: 'right', right: 'unsubscribe', pattern: 'niet ~2 langer|meer ~4 voor ~2 @marketing ~4 gebruiken|gebruikt|verwerken|verwerkt|inzetten', overrides: 'objection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'niet ~2 langer|meer ~3 gebruiken|gebruikt|verwerken|verwerkt|inzetten ~2 voor ~3 @marketing', overrides: 'objection' },
  { kind: 'right', right: 'complaint', pattern: 'klacht ~10 @authority' },
  // An ultimatum that threatens a complaint names what is still owed: "Als mijn gegevens vrijdag niet verwijderd zijn, dien ik een
  // klacht in bij de AP", "Als ik voor vrijdag geen kopie heb, stap ik naar de Autoriteit Persoonsgegevens".
  { kind: 'right', right: 'erasure', pattern: 'als|indien|wanneer ~3 gegevens|persoonsgegevens|account|adres|naam ~3 niet ~3 verwijderd|gewist ~3 zijn|is|worden ~12 klacht|@authority' },
  { kind: 'right', right: 'access', pattern: 'als|indien|wanneer ~1 ik ~4 geen|niet ~4 kopie|inzage|overzicht ~6 heb|ontvang|krijg|gekregen|ontvangen ~12 klacht|@authority' },
  // The threat first and the copy owed as its condition, also in a lawyer's words for his client: "Wij leggen de zaak voor aan de
  // Autoriteit Persoonsgegevens, mocht hij binnen 14 dagen geen volledige inzage ontvangen".
  { kind: 'right', right: 'access', pattern: 'klacht|@authority ~20 als|indien|wanneer|mocht|mochten ~2 ik|hij|zij|ze|wij|we|cliënt|cliënte ~8 geen|niet ~3 kopie|inzage|overzicht ~6 heb|heeft|hebben|ontvang|ontvangt|ontvangen|krijg|krijgt|krijgen|gekregen' },
  // Its "verwijderd zijn" tells nothing as done: the deadline renews the erasure asked before.
  // Erasure wished, its participle and "hebben" read as one told done: "dat wil ik graag verwijderd hebben", "graag gewist zien".
  { kind: 'renewal', pattern: 'wil|willen|wilt|graag ~4 verwijderd|gewist|weggehaald|vernietigd ~1 hebben|zien' },
  { kind: 'renewal', pattern: 'als|indien|wanneer ~3 gegevens|persoonsgegevens|account|adres|naam ~3 niet ~3 verwijderd|gewist ~3 zijn|is|worden ~12 klacht|@authority' },
  { kind: 'right', right: 'complaint', pattern: 'klacht ~6 indienen|ingediend|dien ~6 bij ~6 @authority' },
  { kind: 'right', right: 'complaint', pattern: 'autoriteit ~1 persoonsgegevens ~8 klacht|melding|ingeschakeld|inschakelen|benaderd|aangeschreven|gemeld' },
  { kind: 'right', right: 'breach_report', pattern: 'datalek|datalekje', topic: true, weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'factuur|facturen|gegevens|offerte|mail|email|bericht|document|pakbon|contract|ticket|tickets|overzicht ~6 van ~3 een|iemand ~1 andere|andermans|anderen|anders' },
  { kind: 'right', right: 'breach_report', pattern: 'factuur|facturen|gegevens|mail|email|bericht|document|tickets|ticket ~8 niet ~3 voor ~2 mij ~2 bestemd|bedoeld' },
  // "E" is the first half of "e-mailadressen": "alle e-mails die hij in zijn mailbox had" names no open CC list.
  { kind: 'right', right: 'breach_report', pattern: 'alle ~3 adressen|ontvangers|klanten ~3 zichtbaar|in|cc' },
  { kind: 'right', right: 'breach_report', pattern: 'alle ~3 e ~1 mailadressen|adressen ~3 zichtbaar|in|cc' },
  { kind: 'right', right: 'breach_report', pattern: 'zie|zag|zien|zichtbaar|staan|stonden ~3 alle ~3 adressen|mailadressen|emailadressen|ontvangers|namen' },
  { kind: 'right', right: 'breach_report', pattern: 'zie|zag|zien|zichtbaar|staan|stonden ~3 alle ~3 e ~1 mailadressen|adressen' },
  { kind: 'right', right: 'breach_report', pattern: 'iedereen ~4 cc|aanveld' },
  { kind: 'right', right: 'breach_report', pattern: 'open ~2 cc|aan' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|telefoon|usb ~8 verloren|gestolen|kwijt|kwijtgeraakt|ontvreemd|vermist' },
  { kind: 'right', right: 'breach_report', pattern: 'verkeerde ~1 ontvanger|geadresseerde', topic: true },
  // Our mail or scans going to an address nobody knows: "de scans gaan naar een onbekend adres", "naar een vreemd mailadres".
  { kind: 'right', right: 'breach_report', pattern: 'gaan|gaat|ging|gingen|komen|komt|kwamen|terecht|doorgestuurd ~6 onbekend|onbekende|vreemd|vreemde ~1 adres|mailadres|emailadres|ontvanger|postvak' },
  { kind: 'right', right: 'breach_report', pattern: 'maar|wel ~2 naar ~1 een ~1 onbekend|onbekende|vreemd|vreemde ~1 adres|mailadres|emailadres|ontvanger|postvak' },
  // Mail meant for another customer received: "in de envelop met mijn pas zat ook een brief voor een andere klant", "Brief voor een
  // andere klant in mijn envelop". Received, or in the sender's own post: "de offerte voor een andere leverancier" is no one's data.
  { kind: 'right', right: 'breach_report', pattern: 'zat|zaten|kreeg|kregen|ontving|ontvingen|ontvangen|gekregen ~6 brief|brieven|factuur|facturen|post|document|documenten|polis|loonstrook|overzicht ~3 voor ~1 een ~1 andere ~1 klant|persoon|patient|verzekerde|client|leerling|bewoner|medewerker|patiente' },
  { kind: 'right', right: 'breach_report', pattern: 'voor ~1 een ~1 andere ~1 klant|persoon|patient|verzekerde|client|leerling|bewoner ~3 in ~1 mijn ~1 envelop|envelope|post|brievenbus|mailbox|inbox' },
  // Told in the past tense too, with what went between: "jullie technicus mailde ons salarisoverzicht naar de verkeerde klant".
  { kind: 'right', right: 'breach_report', pattern: 'gestuurd|verstuurd|doorgestuurd|gemaild|stuurde|stuurden|verstuurde|verstuurden|mailde|mailden ~6 verkeerde ~1 persoon|klant|bedrijf|adres|ontvanger' },
  { kind: 'right', right: 'breach_report', pattern: 'gegevens|tickets|facturen ~4 van ~4 andere ~2 klanten|bedrijven|mensen|personen ~6 zien|inzien|zichtbaar|ontvangen|bekijken' },
  // Records of another company or customer in front of the sender: "ik zie tickets van een ander bedrijf in het portaal", "een map
  // 'Personeelsdossiers' van een ander bedrijf". A record must be named: "een offerte van een ander bedrijf" is a competitor's price.
  { kind: 'right', right: 'breach_report', pattern: 'tickets|meldingen|dossiers|personeelsdossiers|bestanden|documenten|map|gegevens|namen|wachtwoorden|loonstroken ~4 van ~1 ander|andere ~1 bedrijf|klant|organisatie|praktijk|kantoor' },
  // Records open to anyone: "salarismap staat open voor iedereen met link", "SharePoint-map zichtbaar voor extern".
  { kind: 'right', right: 'breach_report', pattern: 'map|mappen|salarismap|share|bestanden|dossiers|gegevens|adressen|loonstroken|notities|documenten ~6 open|zichtbaar ~1 voor ~1 iedereen|extern|externen|buitenstaanders|derden' },
  // The sender's details newly open to all: "iedereen kan nu mijn adres zien", "nu kan iedereen zien waar ik woon".
  { kind: 'right', right: 'breach_report', pattern: 'iedereen ~2 kan ~3 nu ~4 @mine ~6 zien|vinden|lezen|bekijken|inzien' },
  { kind: 'right', right: 'breach_report', pattern: 'nu ~1 kan ~1 iedereen ~4 @mine ~6 zien|vinden|lezen|bekijken|inzien' },
  { kind: 'right', right: 'breach_report', pattern: 'iedereen ~2 kan ~3 nu ~3 zien|vinden|weten ~2 waar ~1 ik ~1 woon' },
  { kind: 'right', right: 'breach_report', pattern: 'nu ~1 kan ~1 iedereen ~3 zien|vinden|weten ~2 waar ~1 ik ~1 woon' },
  // A complaint asking who else saw the sender's data or whether copies were made of it tells of its exposure: "ik wil weten
  // wie het nog meer heeft kunnen inzien", "of er kopieen zijn gemaakt", "of ze gekopieerd zijn". Others besides, seen in the
  // past: "wie er allemaal mijn sollicitatie heeft ingezien" asks the recipients (access), "wie van jullie kan die logs inzien?"
  // access rights to come.
  { kind: 'right', right: 'breach_report', pattern: 'wie ~4 nog ~1 meer ~4 heeft|hebben|had|hadden ~3 gezien|ingezien|inzien|bekeken|gelezen' },
  { kind: 'right', right: 'breach_report', pattern: 'of ~1 er ~2 kopieen|kopies|kopie ~2 zijn|is|werden|waren ~1 gemaakt' },
  { kind: 'right', right: 'breach_report', pattern: 'of ~1 ze|die|deze|het|dat|er ~3 gekopieerd ~1 zijn|is|werden|waren' },
  // Our ticket-closed notice quotes the ticket's title ("Uw melding #5230 - portaal toont meldingen van ander bedrijf - is gesloten"): it reports nothing.
  { kind: 'hypothetical', pattern: 'uw ~1 melding|ticket ~12 is ~1 gesloten|afgesloten|opgelost' },
  { kind: 'right', right: 'erasure', pattern: 'wil|wens ~2 uit ~3 jullie|uw|het|de ~1 systeem|systemen|database|databank|bestand|klantenbestand|administratie|crm' },
  // Out of the file for a mailing, the verb left out: "Graag uit uw bestand voor acties".
  { kind: 'right', right: 'unsubscribe', pattern: 'graag|wil|wens|aub|svp ~3 uit ~3 jullie|uw|het|de|je ~1 bestand|klantenbestand|adressenbestand|mailbestand|verzendlijst|mailinglijst|lijst ~3 voor|van|met ~3 aanbiedingen|acties|reclame|nieuwsbrief|nieuwsbrieven|mailings|promoties|mailtjes', overrides: 'erasure' },
  { kind: 'right', right: 'erasure', pattern: 'niet ~2 langer|meer ~4 in ~3 systeem|systemen|database|databank|bestand|bestanden|klantenbestand|administratie|crm ~2 staan|sta|voorkom|voorkomen|geregistreerd|bewaard|opgeslagen|opgenomen|vermeld' },
  { kind: 'right', right: 'restriction', pattern: 'blokkeer|bevries|blokkeren|bevriezen|afschermen ~3 @my ~3 @personalData|@account' },
  { kind: 'right', right: 'restriction', pattern: '@my ~3 @personalData ~4 blokkeren|bevriezen|afschermen|afgeschermd|geblokkeerd|bevroren' },
  { kind: 'right', right: 'restriction', pattern: '@my ~3 @account ~4 blokkeren|bevriezen|afschermen|afgeschermd' },
  { kind: 'right', right: 'restriction', pattern: '@my ~3 @account ~4 geblokkeerd|bevroren ~1 wordt|worden|blijft|blijven' },
  // An account that "is geblokkeerd" tells a lockout ("nu zegt hij dat mijn account geblokkeerd is"): read and set aside, so the
  // models do not make it a request again.
  ...readAndSetAside('restriction', '@my ~1 @account ~1 is|was|werd ~1 geblokkeerd|bevroren', 0.3),
  ...readAndSetAside('restriction', '@my ~1 @account ~1 geblokkeerd|bevroren ~1 is|was|staat', 0.3),
  // Contact refused as a bare list of its kinds, asked: "graag geen mails, geen belletjes", "geen post, geen telefoontjes meer".
  // Told as not had ("ik heb geen mails, geen belletjes gehad") it asks nothing.
  { kind: 'right', right: 'unsubscribe', pattern: 'graag|aub|alsjeblieft|alstublieft|pls|svp|wil|wens ~8 geen ~1 mails|mailtjes|mail|emails|post|brieven|nieuwsbrief|nieuwsbrieven|reclame|folders|belletjes|telefoontjes|sms|smsjes|aanbiedingen|uitnodigingen|spam|berichten ~1 geen ~1 mails|mailtjes|mail|emails|post|brieven|nieuwsbrief|nieuwsbrieven|reclame|folders|belletjes|telefoontjes|sms|smsjes|aanbiedingen|uitnodigingen|spam|berichten' },
  { kind: 'right', right: 'unsubscribe', pattern: 'geen ~1 mails|mailtjes|mail|emails|post|brieven|nieuwsbrief|nieuwsbrieven|reclame|folders|belletjes|telefoontjes|sms|smsjes|aanbiedingen|uitnodigingen|spam|berichten ~1 geen ~1 mails|mailtjes|mail|emails|post|brieven|nieuwsbrief|nieuwsbrieven|reclame|folders|belletjes|telefoontjes|sms|smsjes|aanbiedingen|uitnodigingen|spam|berichten ~3 meer|graag|aub|alsjeblieft|alstublieft|pls|svp' },
  // Off a list, curtly or politely: "Geen nieuwsbrief meer aub", "van de mailinglijst af", "mij uit te schrijven".
  { kind: 'right', right: 'unsubscribe', pattern: 'geen ~3 @newsletter|reclame|post|mailtjes|spam ~2 meer ~2 aub|graag|alsjeblieft|alstublieft|svp|pls|please|a' },
  { kind: 'right', right: 'unsubscribe', pattern: 'van ~3 @newsletter|lijst|lijstjes|mailinglijst|verzendlijst|adressenlijst|uitnodigingslijst|uitnodigingenlijst ~2 af|afgehaald|gehaald|afhalen|halen' },
  // Asked whether it was done, not asked to do it: "Ben ik soms van de lijst gehaald?", "kijken of ik van de lijst ben gehaald".
  // Not told as done ("Ik ben van de lijst gehaald, maar krijg hem nog steeds"), which may go on to ask it.
  { kind: 'hypothetical', pattern: 'ben|is ~1 ik|je|u|hij|ze|zij ~4 van ~3 @newsletter|lijst|mailinglijst|verzendlijst|adressenlijst ~1 afgehaald|gehaald' },
  { kind: 'hypothetical', pattern: 'of ~1 ik|je|u|hij|ze|zij|we|wij ~5 van ~3 @newsletter|lijst|mailinglijst|verzendlijst|adressenlijst ~2 afgehaald|gehaald' },
  { kind: 'right', right: 'unsubscribe', pattern: 'uit|af ~1 te ~1 schrijven|melden' },
  // Dictated or typed apart: "graag af melden van de nieuws brief".
  { kind: 'right', right: 'unsubscribe', pattern: 'af|uit melden|schrijven ~4 nieuws brief|brieven' },
  { kind: 'right', right: 'unsubscribe', pattern: 'af|uit melden|schrijven ~4 @newsletter' },
  // The mailing named between the verb and the negation, or curtly with whom it is for: "en stuur me die aanbiedingen ook niet
  // meer", "geen nieuwsbrief meer voor mij". Mailings only: "stuur me die mails niet meer naar mijn oude adres" corrects an address.
  { kind: 'right', right: 'unsubscribe', pattern: 'stuur|stuurt|sturen ~1 me|mij|ons ~3 nieuwsbrief|nieuwsbrieven|aanbiedingen|reclame|mailings|mailtjes|reclamemails|promotiemails|folders ~3 niet|nooit ~1 meer|langer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'geen ~2 nieuwsbrief|nieuwsbrieven|aanbiedingen|reclame|mailings|mailtjes|reclamemails|promotiemails|folders ~1 meer ~1 voor ~1 mij|me|ons' },
  { kind: 'right', right: 'unsubscribe', pattern: 'stop|stoppen|hou|houd|houdt|ophouden ~3 met ~3 mailen|e|emailen|bellen|sturen|toesturen|spammen|spam|reclame|@newsletter|mailtjes|mails|aanbiedingen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'hou|houd|houdt|ophouden ~1 op ~3 met ~3 mailen|e|emailen|bellen|sturen|toesturen|spammen|spam|reclame|@newsletter|mailtjes|mails|aanbiedingen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'blijven|blijft|blijf ~4 mailen|bellen|spammen|sturen|toesturen ~10 niet ~2 meer|langer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'nog ~1 steeds|altijd ~5 nieuwsbrief|nieuwsbrieven|reclame|mailings|spam|aanbiedingen ~3 krijgen|ontvangen|binnen' },
  // Still coming after leaving, or still coming at all, in either order: "ik heb me twee keer afgemeld en ik krijg hem nog
  // steeds", "er kwam 'u bent afgemeld' en toch komt hij weer", "mijn vrouw krijgt jullie nieuwsbrief nog steeds".
  { kind: 'right', right: 'unsubscribe', pattern: 'afgemeld|uitgeschreven ~12 krijg|krijgt|ontvang|ontvangt|komt|komen ~4 nog ~1 steeds|altijd' },
  { kind: 'right', right: 'unsubscribe', pattern: 'afgemeld|uitgeschreven ~12 nog|toch ~1 steeds|altijd|weer|blijft|blijf ~4 krijg|krijgt|krijgen|ontvang|ontvangt|ontvangen|komt|komen|binnen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'afgemeld|uitgeschreven ~12 toch ~2 komt|komen|krijg|krijgt|ontvang|ontvangt ~3 weer' },
  { kind: 'right', right: 'unsubscribe', pattern: 'krijg|krijgt|ontvang|ontvangt|krijgen|ontvangen ~3 nieuwsbrief|nieuwsbrieven|nieuwsbriefje|reclame|folders|aanbiedingen|mailings|reclamemails|promotiemails ~1 nog ~1 steeds|altijd' },
  { kind: 'right', right: 'unsubscribe', pattern: 'ontvang|krijg|ontvangen|krijgen ~3 nog ~1 steeds|altijd ~4 nieuwsbrief|nieuwsbrieven|reclame|mailings|spam|aanbiedingen' },
  { kind: 'right', right: 'complaint', pattern: 'heb|ga|zal|wil|gaan|overweeg|overwegen ~4 melding|klacht ~8 bij ~3 @authority|autoriteit|gegevensbeschermingsautoriteit' },
  // Reporting the company itself, not a breach it must notify: "ik ga jullie melden bij de AP".
  { kind: 'right', right: 'complaint', pattern: 'jullie|u ~2 bij ~3 @authority|autoriteit|gegevensbeschermingsautoriteit ~3 melden|aangeven|rapporteren' },
  { kind: 'right', right: 'complaint', pattern: 'ga|zal|gaan ~2 jullie|u ~3 melden|aangeven|rapporteren ~3 bij ~3 @authority|autoriteit|gegevensbeschermingsautoriteit' },
  // The sender taking it to the authority himself, or weighing it, or as the threat that follows a condition: "dan meld ik
  // het zelf bij de AP", "ik overweeg het zelf ook bij de AP te melden", "anders meld ik dit bij de AP". "Zelf", "overweeg"
  // or "dan/anders" must be there, and the sender must be the one who reports: a firm reporting its own leak ("dit datalek meld
  // ik vandaag bij de AP") or a supplier doing so ("zij melden het zelf bij de AP") complains of nothing.
  { kind: 'right', right: 'complaint', pattern: 'meld ~1 ik ~3 zelf ~3 bij ~2 de|het ~1 @authority|autoriteit|gegevensbeschermingsautoriteit' },
  // The sender's own report to the authority, told done: "ik heb het inmiddels gemeld bij de Autoriteit". Only "het", "dit" or
  // "jullie": a firm that notified a breach of its own names the breach ("wij hebben het datalek gemeld bij de AP").
  { kind: 'right', right: 'complaint', pattern: 'ik ~1 heb ~1 het|dit|dat|jullie|u ~3 gemeld|aangegeven|voorgelegd ~1 bij ~2 @authority|gegevensbeschermingsautoriteit' },
  { kind: 'right', right: 'complaint', pattern: 'ik ~2 zelf ~4 bij ~2 de|het ~1 @authority|autoriteit|gegevensbeschermingsautoriteit ~4 melden|aangeven|voorleggen|neerleggen|aankaarten|kaarten|leggen' },
  { kind: 'right', right: 'complaint', pattern: 'overweeg ~6 bij ~2 de|het ~1 @authority|autoriteit|gegevensbeschermingsautoriteit ~4 melden|aangeven|voorleggen|neerleggen|aankaarten|kaarten|leggen' },
  { kind: 'right', right: 'complaint', pattern: 'dan|anders ~1 meld|melden ~1 ik|we|wij ~4 bij ~2 de|het ~1 @authority|autoriteit|gegevensbeschermingsautoriteit' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|telefoon|usb|tas|map|ordner ~8 laten ~1 liggen|staan|slingeren' },
  { kind: 'right', right: 'breach_report', pattern: 'voor ~2 iemand ~1 anders ~2 bedoeld|bestemd' },
  // "Die was bedoeld voor ene mevrouw Smeets": "ene" names a stranger the mail was meant for.
  { kind: 'right', right: 'breach_report', pattern: 'bedoeld|bestemd ~1 voor ~1 ene' },
  // Someone's details named as a stranger's: "daar staan naam en klantnummer van een zekere mevrouw Jansen", "de berichten van ene Piet".
  { kind: 'right', right: 'breach_report', pattern: 'naam|namen|adres|nummer|telefoonnummer|gegevens|klantnummer|berichten|updates|tickets|facturen|factuur|dossier|profiel ~6 van ene' },
  { kind: 'right', right: 'breach_report', pattern: 'naam|namen|adres|nummer|telefoonnummer|gegevens|klantnummer|berichten|updates|tickets|facturen|factuur|dossier|profiel ~6 van een zekere' },
  // Reported as a leak in so many words, or a leak at our end suspected: "ik meld dit hierbij als datalek",
  // "ik denk dat er bij jullie iets gelekt is". Asking whether one must report one's own leak ("melden als datalek?") is not this.
  { kind: 'right', right: 'breach_report', pattern: 'meld ~1 ik|dit|het ~3 als ~1 datalek|privacylek' },
  { kind: 'right', right: 'breach_report', pattern: 'bij ~1 jullie|u ~6 iets|gegevens|data ~2 gelekt|uitgelekt|weggelekt' },
  { kind: 'right', right: 'access', pattern: 'wat ~1 staat|staan|ligt|zit ~5 over|van ~1 mij' },
  // The plain question, verb first: "wat bewaren jullie nog van mijn sollicitatie?", "wat weten jullie eigenlijk over mij?".
  { kind: 'right', right: 'access', pattern: 'wat ~1 bewaren|bewaart|houden|weten ~1 jullie|u|je ~3 van|over ~1 mij|me' },
  { kind: 'right', right: 'access', pattern: 'wat ~1 bewaren|bewaart|houden|hebben|weten ~1 jullie|u|je ~3 van|over ~1 mijn ~1 sollicitatie|cv|gegevens|persoon|dossier|account|gesprekken|opnames' },
  // Who received my data, asked verb first (a relative "aan wie u ... heeft doorgegeven" asks nothing): "Wie hebben jullie mijn gegevens gegeven?", "Aan wie is mijn nummer doorgegeven?"
  { kind: 'right', right: 'access', pattern: 'wie|welke ~2 hebben|heeft|hebt|is|zijn ~5 mijn|m ~2 gegevens|nummer|adres|info|data|mailadres|emailadres|telefoonnummer ~4 gegeven|doorgegeven|verkocht|gedeeld|verstrekt|doorgespeeld' },
  { kind: 'right', right: 'access', pattern: 'weten ~2 of ~6 @personalData|gegevens ~3 over|van ~1 mij ~3 verwerkt|verwerken|bewaart|bewaren|hebt|heeft|hebben|opslaat' },
  // Who saw my data or where it came from, asked as "let me know", beside an erasure or an objection: "laat me weten van wie u
  // mijn gegevens heeft gekregen", "laten weten wie er allemaal in mijn cv heeft gekeken". The data must be the sender's.
  { kind: 'right', right: 'access', pattern: 'weten ~1 van|aan ~1 wie ~4 mijn|m ~2 gegevens|persoonsgegevens|data|nummer|adres|mailadres|cv|dossier|info' },
  { kind: 'right', right: 'access', pattern: 'weten ~1 wie ~4 mijn|m ~2 gegevens|persoonsgegevens|data|cv|dossier|sollicitatie ~3 gekeken|ingezien|bekeken|gezien|gehad|ontvangen|gekregen' },
  // What is still kept, asked for someone the sender speaks for: "wij willen graag weten wat u daar nu nog van bewaart".
  { kind: 'right', right: 'access', pattern: 'weten ~1 wat ~1 u|jullie ~4 van ~1 bewaart|bewaren|bewaard|opgeslagen|vastgelegd|bijhoudt|bijhouden' },
  // An overview of what is to be erased before it goes: "wil ik graag een overzicht van welke gegevens het betreft".
  { kind: 'right', right: 'access', pattern: 'overzicht|lijst ~2 van ~1 welke ~2 gegevens|persoonsgegevens ~4 betreft|bewaart|bewaard|bewaren|verwerkt|opgeslagen|wist|wissen|verwijdert|verwijderd|verwijderen' },
  { kind: 'right', right: 'objection', pattern: 'wil|wens ~2 niet ~2 dat ~8 @personalData|gegevens|nummer|adres ~6 gebruiken|gebruikt|verwerken|verwerkt|delen|gedeeld|deelt|doorgeeft|doorgeven|verkoopt|verkopen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'niet|nooit ~1 meer ~1 sturen|toesturen|mailen|emailen|spammen|benaderen' },
  { kind: 'right', right: 'breach_report', pattern: 'alle ~3 adressen|mailadressen|emailadressen|ontvangers|namen|telefoonnummers ~6 zien|zichtbaar|inzien|lezen' },
  { kind: 'right', right: 'breach_report', pattern: 'mensen|klanten|ontvangers|adressen ~3 in ~2 de|het ~1 cc|aan|aanveld|ccveld' },
  // Someone else's mail or ticket notices received: "ik krijg meldingen van iemand anders", "een bevestiging over iemand anders zijn computer".
  { kind: 'right', right: 'breach_report', pattern: 'krijg|kreeg|kregen|ontvang|ontving|ontvingen ~8 van ~1 iemand ~1 anders' },
  { kind: 'right', right: 'breach_report', pattern: 'krijg|kreeg|kregen|ontvang|ontving|ontvingen ~10 over ~1 iemand ~1 anders' },
  // Mail sent to the wrong person is a topic too: in a mail about privacy (a firm asking advice on its own slip, "moeten wij dit
  // melden?", or a newsletter telling of one) it reports no leak to us; told plainly it still does.
  { kind: 'right', right: 'breach_report', pattern: 'gestuurd|gemaild|verstuurd|doorgestuurd ~3 in ~1 plaats ~1 van ~2 ons|mij|naar', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'in ~1 plaats ~1 van ~2 naar ~1 ons|mij ~4 gestuurd|gemaild|verstuurd|doorgestuurd', topic: true },
  { kind: 'right', right: 'restriction', pattern: 'bewaard|behouden ~6 maar ~4 niet ~3 gebruikt|verwerkt|gebruiken|verwerken|gedeeld' },
  // Kept but shut away, the hold asked as a state: "niet verwijderd maar afgeschermd", "bewaren, maar blokkeren voor iedereen".
  { kind: 'right', right: 'restriction', pattern: 'niet ~2 verwijderd|gewist|vernietigd|overschreven ~2 maar ~8 afgeschermd|afschermen|geblokkeerd|blokkeren|bevroren|bevriezen|vergrendeld|vergrendelen' },
  { kind: 'right', right: 'restriction', pattern: 'bewaren|bewaard|behouden ~8 maar ~6 afgeschermd|afschermen|geblokkeerd|blokkeren|bevroren|bevriezen|vergrendeld|vergrendelen' },
  // Not to be used while a contested record is looked into: "zolang jullie dat uitzoeken wil ik niet dat die notitie nog
  // wordt gebruikt", "tot dat gebeurd is graag niks met mijn gegevens doen". Restriction takes the sentence from objection.
  // The record must be named, so that a system not to be used during a migration is not read as one.
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat|tot ~8 uitzoeken|uitzoekt|uitgezocht|onderzoekt|onderzoeken|onderzocht|aangepast|gecorrigeerd|verbeterd|rechtgezet|geregeld|gebeurd ~3 wil|wens|verzoek|graag ~4 niet|niks|niets ~6 gegevens|persoonsgegevens|notitie|aantekening|registratie|verslag|tekst|nummer|adres|datum|@personalData|@identity ~6 gebruikt|gebruiken|doen|gedeeld|delen|verstrekken|getoond|tonen' },
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat|tot ~8 uitzoeken|uitzoekt|uitgezocht|onderzoekt|onderzoeken|onderzocht|aangepast|gecorrigeerd|verbeterd|rechtgezet|geregeld|gebeurd ~3 wil|wens|verzoek|graag ~2 dat ~5 gegevens|persoonsgegevens|notitie|aantekening|registratie|verslag|tekst|nummer|adres|@personalData|@identity ~2 niet ~2 meer|langer ~3 gebruikt|gebruiken|doen|gedeeld|delen|verstrekken|getoond|tonen' },
  // "Nergens voor" puts the negation before the use: "zolang dit niet is rechtgezet, wil ik dat u mijn gegevens nergens voor gebruikt".
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat|tot ~8 uitzoeken|uitzoekt|uitgezocht|onderzoekt|onderzoeken|onderzocht|aangepast|gecorrigeerd|verbeterd|rechtgezet|geregeld|gebeurd|duidelijk|vaststaat ~5 wil|wens|verzoek|graag ~2 dat ~5 gegevens|persoonsgegevens|notitie|aantekening|registratie|nummer|adres|datum|@personalData|@identity ~1 nergens ~2 voor ~1 gebruikt|gebruiken|inzet|inzetten' },
  // Held while an objection is weighed (Art. 18(1)(d)): "zolang jullie mijn bezwaar beoordelen wil ik dat de verwerking wordt
  // stopgezet", "zolang u nog niet op mijn bezwaar hebt beslist, mijn gegevens niet ... te gebruiken".
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat|tot ~4 bezwaar ~3 beoordelen|beoordeelt|beoordeeld|beslist|besloten|behandelt|behandelen|afgehandeld|loopt ~8 wil|wens|verzoek|graag' },
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat|tot ~3 niet ~3 bezwaar ~3 beslist|besloten|beoordeeld|afgehandeld' },
  // Nothing done with one's own data while something is open, the negation before it: "zolang u niet heeft beslist, doet u niets
  // met mijn gegevens", "totdat het is uitgezocht wil ik dat jullie niks met mijn adres doen". Not data of a system: "zolang de
  // migratie loopt, doen we niets met de gegevens van de oude server".
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat ~20 niets|niks ~3 met ~1 mijn|m|mn ~2 gegevens|persoonsgegevens|adres|nummer|naam|registratie|notitie', overrides: 'objection' },
  // Not used while something is open, the clause first and the use denied after it in any words: "totdat vaststaat wie
  // er gelijk heeft, mijn gegevens niet meer aan de deurwaarder verstrekken", "zolang de datum in twijfel staat: dat nummer
  // nergens voor gebruiken".
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat ~20 gegevens|persoonsgegevens|adres|nummer|registratie|notitie|het|ze|die|deze ~4 niet|niets|nergens ~6 gebruiken|gebruikt|gebruik|verstrekken|verstrekt|doorgeven|doorsturen|verwerken|verwerkt', overrides: 'objection' },
  // While something is open the sender does not want something done, however the open matter and the use are worded: "zolang
  // niet is uitgezocht welk adres juist is en waarom ..., wil ik niet dat mijn gegevens ergens heen gaan", "maar zolang dit loopt
  // wil ik niet dat er iets mee gedaan wordt". All eighteen Dutch mails in the corpus and the dev mail so worded ask a restriction.
  // Data or a use must follow: "zolang de DNS niet is aangepast wil ik niet dat we de mail omzetten" is IT work.
  { kind: 'right', right: 'restriction', pattern: 'zolang|totdat ~20 wil|wens ~1 ik ~2 niet ~1 dat ~10 gegevens|persoonsgegevens|naam|adres|nummer|datum|notitie|aantekening|registratie|verslag|iets|gebruikt|gedaan|doorgegeven|doorgestuurd|verstrekt|gedeeld|ergens', overrides: 'objection' },
  // Not used until a dispute ends: "gegevens niet meer gebruiken tot de zaak is afgerond" keeps what the objection would end.
  { kind: 'right', right: 'restriction', pattern: 'niet ~2 meer|langer|verder ~4 gebruiken|gebruikt|verwerken|verwerkt ~2 tot|totdat|zolang', overrides: 'objection' },
  // Not used for anything else meanwhile, marketing named among the uses, is the restriction's own ask: "tegelijk wil ik niet dat mijn
  // gegevens in de tussentijd nog ergens anders voor worden gebruikt, zoals marketing".
  { kind: 'right', right: 'restriction', pattern: 'niet ~2 dat ~6 in ~1 de ~1 tussentijd ~6 gebruikt|gebruiken|verwerkt|verwerken|ingezet', overrides: 'unsubscribe' },
  // Een eerder gevraagde verwijdering die wordt tegengehouden bewaart de gegevens: "ik vroeg om alles te wissen, maar doe dat nog niet".
  { kind: 'right', right: 'restriction', pattern: '@mine|alles ~4 verwijderen|wissen|weghalen|verwijdering|wissing ~8 doe ~1 dat|het|dit ~3 nog ~2 niet', overrides: 'erasure' },
  // Niet gebruikt en niet verwijderd, samen gezegd, is de beperking en geen bezwaar: "niet gebruikt of gedeeld, maar ook niet
  // verwijderd"; zo ook iets dat blijft zoals het is en dat niemand mag openen: "bewaar mijn mailbox zoals hij is, maar laat
  // niemand erin kijken".
  { kind: 'right', right: 'restriction', pattern: 'wil|wilt|willen|vraagt|vraag|vragen ~6 niet ~2 gebruikt|gedeeld|verwerkt|ingezien ~12 niet ~3 verwijderd|gewist|vernietigd', overrides: 'objection' },
  { kind: 'right', right: 'restriction', pattern: 'bewaar|bewaren|laat|laten|houd|houden ~1 @mine ~4 zoals ~1 hij|het|ze|die ~1 is|zijn|staat|staan ~3 maar ~8 niemand ~6 kijken|gebruiken|openen|inzien', overrides: 'objection' },
  // A note, record or report about the sender, to be put right: "ik wil dat die aantekening wordt gecorrigeerd", "dat dit verslag wordt gecorrigeerd".
  { kind: 'right', right: 'rectification', pattern: 'die|deze|de|mijn|dit|dat|het ~1 notitie|aantekening|registratie|verslag|gespreksverslag|functioneringsverslag|beoordeling ~2 wordt|worden ~1 gecorrigeerd|aangepast|rechtgezet|verbeterd' },
  // The wrong value named, then put right by a pronoun in a formal request ("Ik verzoek u dit te corrigeren", "Daarna wil
  // ik dat u het corrigeert"); "kunnen jullie dat corrigeren?" stays with the invoice amounts and DNS records it mostly fixes.
  { kind: 'right', right: 'rectification', pattern: 'verzoek ~2 u|jullie ~2 dit|dat|het|deze|ze ~1 te ~1 corrigeren|rectificeren|rechtzetten' },
  { kind: 'right', right: 'rectification', pattern: 'verzoek ~2 u|jullie ~2 deze|die|de|dit|dat|mijn ~1 notitie|aantekening|registratie|vermelding|markering|gegevens|persoonsgegevens ~5 te ~1 corrigeren|rectificeren|rechtzetten|verbeteren' },
  { kind: 'right', right: 'rectification', pattern: 'wil ~2 dat ~1 u|jullie ~1 het|dit|dat ~1 corrigeert|corrigeren|rechtzet|rechtzetten|rectificeert' },
  // Not to be used until it is corrected asks the correction too: "zolang het niet is aangepast wil ik niet dat jullie met die gegevens iets doen".
  { kind: 'right', right: 'rectification', pattern: 'zolang|totdat ~4 niet ~3 aangepast|gecorrigeerd|verbeterd|rechtgezet ~3 wil|wens|verzoek|graag ~4 niet|niks|niets ~6 gegevens|persoonsgegevens|notitie|aantekening|registratie|verslag|datum|geboortedatum|@personalData ~6 gebruikt|gebruiken|doen|gedeeld|delen|verstrekken|getoond|tonen' },
  // Accuracy disputed while the record is not to be used (Art. 18(1)(a)) asks the correction too, once the sender also asks,
  // however briefly, to put it right: "zolang niet duidelijk is welk adres klopt ... Eerst corrigeren graag.", "tot jullie dat
  // gecontroleerd hebben wil ik niet dat ... En pas het daarna aan.", "Wilt u dit corrigeren?". A dispute counts 0.7, a short
  // ask 0.3, so a dispute with an ask, or two disputes, correct; asks alone ("zet het goed en pas het daarna aan" of a DNS
  // record) do not, nor a tariff in doubt ("zolang niet duidelijk is welk tarief klopt").
  { kind: 'right', right: 'rectification', pattern: 'zolang|totdat|tot ~4 niet ~3 duidelijk|zeker|vastgesteld|vaststaat|bekend ~2 welk|welke|of ~2 @identity|@personalData|datum|gegevens|persoonsgegevens ~4 klopt|kloppen|juist|correct', weight: 0.7 },
  { kind: 'right', right: 'rectification', pattern: 'zolang|totdat|tot ~8 uitgezocht|uitzoeken|uitzoekt|gecontroleerd|gecheckt|nagekeken|onderzocht|rechtgezet|gecorrigeerd ~3 wil|wens ~6 niet|niks|niets|nergens|niemand', weight: 0.7 },
  { kind: 'right', right: 'rectification', pattern: 'betwist|betwisten ~4 juistheid|juist', weight: 0.7 },
  { kind: 'right', right: 'rectification', pattern: 'wilt|kunt|kunnen|wil ~2 u|jullie|je ~1 dit|dat|het|ze ~1 corrigeren|rechtzetten|goedzetten', weight: 0.3 },
  { kind: 'right', right: 'rectification', pattern: 'eerst|daarna|vervolgens ~2 corrigeren|rechtzetten|goedzetten', weight: 0.3 },
  { kind: 'right', right: 'rectification', pattern: 'zet|zetten ~2 het|dat|dit|ze ~1 goed|recht', weight: 0.3 },
  { kind: 'right', right: 'rectification', pattern: 'pas|past ~1 het|dat|dit|ze ~3 aan', weight: 0.3 },
  // Telling the reader his rights ("U kunt uw toestemming op elk moment intrekken") asks nothing.
  { kind: 'hypothetical', pattern: 'u|je|jij ~2 kunt|kan|mag ~8 intrekken|herroepen|afmelden|uitschrijven|verwijderen|inzien|opvragen' },
  { kind: 'right', right: 'access', pattern: 'aan ~1 mij ~2 overdragen|overhandigen|meegeven' },
  // A topic, as the same slip sent "in plaats van" to us is: a firm asking advice on its own misdirected mail reports nothing to us.
  { kind: 'right', right: 'breach_report', pattern: 'verkeerde ~1 adres|persoon|klant|ontvanger ~2 gestuurd|verstuurd|gemaild|terechtgekomen|beland', topic: true },
  // The recipient named before the verb that ends the clause, as any person we serve or by his name: "mijn verwijsbrief is
  // naar een verkeerde patiënt gestuurd", "naar de verkeerde Lotte gemaild", "naar een andere klant verstuurd".
  { kind: 'right', right: 'breach_report', pattern: 'naar ~2 verkeerde ~2 gestuurd|verstuurd|gemaild|doorgestuurd|verzonden|terechtgekomen|beland', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'naar ~2 andere ~1 @recipient ~3 gestuurd|verstuurd|gemaild|doorgestuurd|verzonden|terechtgekomen|beland', topic: true },
  // Bezwaar against a tax assessment or a fine is administrative law, not an objection to processing.
  { kind: 'hypothetical', pattern: 'woz|beschikking|naheffingsaanslag|aanslag|belastingaanslag|parkeerboete|verkeersboete|bekeuring|cjib' },
  // A copy of one's ID sent along ("in de bijlage een kopie van mijn ID", "bijgevoegd een scan") is no request for a
  // copy; the attachment named as a thing to delete ("de bijlage en de kopie van mijn paspoort verwijderen") is no sending.
  { kind: 'hypothetical', pattern: 'in|als ~2 bijlage|bijlagen ~4 kopie|afschrift|scan' },
  { kind: 'hypothetical', pattern: 'bijgevoegd|bijgevoegde ~4 kopie|afschrift|scan' },
  { kind: 'hypothetical', pattern: 'bijlage|bijlagen ~1 bevat|bevatten|is|zit|zitten|vindt|vind|treft ~4 kopie|afschrift|scan' },
  { kind: 'hypothetical', pattern: 'afspraakherinnering|afspraakherinneringen' },
  // A job applicant agreeing that the application be kept after the selection ("ik geef toestemming om mijn gegevens na
  // afloop van de procedure een jaar te bewaren") grants a retention; no dispute, no restriction is asked.
  { kind: 'hypothetical', pattern: 'geef|gaf|verleen|ga|ben ~3 toestemming|akkoord ~12 afloop ~3 procedure|sollicitatieprocedure|selectieprocedure|sollicitatie|selectie' },
  // The applicant sending his application ("Hierbij stuur ik u mijn open sollicitatie") hands something over and asks nothing;
  // several people's CVs to be deleted or kept ("de cv's na afloop van de procedure verwijderen") are a recruiter's or HR's
  // housekeeping, while "mijn cv verwijderen" stays an erasure.
  { kind: 'hypothetical', pattern: 'stuur|zend|stuurde|verstuur ~1 ik ~3 mijn ~2 sollicitatie|sollicitatiebrief|motivatiebrief|cv' },
  { kind: 'hypothetical', pattern: 'cv s|cvs ~6 afloop|verwijderen|verwijderd|vernietigen|vernietigd|wissen|gewist|bewaren|bewaard' },
  // An applicant's data kept for later vacancies is read, so that allowing it ("u mag mijn cv een jaar bewaren voor een
  // toekomstige vacature, daar geef ik toestemming voor") is a doubted no the models leave alone; the applicant sending
  // the CV in a subordinate clause ("voordat ik mijn cv stuur") hands something over.
  { kind: 'right', right: 'restriction', pattern: 'bewaren|bewaard|houden ~3 voor ~2 toekomstige|volgende|latere|andere|nieuwe ~1 vacature|vacatures|functie|functies|sollicitaties', weight: 0.3, topic: true },
  { kind: 'hypothetical', pattern: 'mag|mogen|toestemming|akkoord|prima ~12 bewaren|bewaard|houden ~3 voor ~2 toekomstige|volgende|latere|andere|nieuwe ~1 vacature|vacatures|functie|functies|sollicitaties' },
  { kind: 'hypothetical', pattern: 'bewaren|bewaard|houden ~3 voor ~2 toekomstige|volgende|latere|andere|nieuwe ~1 vacature|vacatures|functie|functies|sollicitaties ~10 toestemming|akkoord' },
  { kind: 'hypothetical', pattern: 'ik ~1 mijn ~2 cv|sollicitatie|sollicitatiebrief|motivatiebrief ~2 stuur|opstuur|instuur|verstuur|toestuur|mail|doorstuur' },
  // The CV handed over as an attachment ("In de bijlage vinden jullie mijn cv en motivatie") is read and supposed, so that an
  // open application is a doubted no the models leave alone; consent given to keep it ("dan geef ik u toestemming om mijn
  // gegevens een jaar te bewaren") withdraws nothing. Adjacent words: "ik geef u geen toestemming" still refuses.
  ...readAndSetAside('erasure', 'bijlage ~3 vindt|vinden|treft|treffen ~3 mijn|m ~2 cv|sollicitatiebrief|motivatiebrief', 0.3),
  { kind: 'hypothetical', pattern: 'geef|verleen ik|wij|we u|jullie toestemming ~10 bewaren|bewaard|houden' },
  { kind: 'hypothetical', pattern: 'ik|wij|we geef|geven|verleen|verlenen u|jullie toestemming ~10 bewaren|bewaard|houden' },
  // Where my data came from: "Hoe komen jullie aan mijn adres?"
  { kind: 'right', right: 'access', pattern: 'hoe ~4 aan ~1 mijn|m ~2 @identity|@personalData|gegevens|adres|nummer ~2 komen|gekomen|kwamen|komt' },
  { kind: 'right', right: 'access', pattern: 'hoe ~1 komen|komt|kwamen|kwam ~3 jullie|u|je ~2 aan ~1 mijn|m ~2 @identity|@personalData|gegevens|adres|nummer' },
  { kind: 'right', right: 'erasure', pattern: 'prullenbak|vuilnisbak|shredder|papierversnipperaar ~1 in|door' },
  { kind: 'right', right: 'erasure', pattern: 'mag|mogen|kan|kunnen|gooi|gooien ~4 in|door ~2 de ~1 prullenbak|shredder|vuilnisbak|papierversnipperaar' },
  { kind: 'right', right: 'access', pattern: 'gevraagde|opgevraagde ~1 kopie|inzage|afschrift|overzicht' },
  { kind: 'right', right: 'unsubscribe', pattern: 'hoef|hoeft|hoeven ~4 @newsletter|reclame|mailings ~10 niet ~1 meer' },
  { kind: 'right', right: 'unsubscribe', pattern: '@newsletter|reclame|mailings ~3 hoef|hoeft|hoeven ~3 niet ~1 meer' },
  // "Ik weet niet hoe jullie aan mijn adres komen, vertel dat even": the negation is the sender's not knowing.
  { kind: 'right', right: 'access', pattern: 'niet ~3 hoe|waar ~6 mijn|m ~2 @identity|@personalData|gegevens|adres|nummer ~4 komen|gekomen|vandaan ~6 vertel|vertellen|laat|graag|wil' },
  { kind: 'renewal', pattern: 'verwacht|wacht|wil ~4 nog ~1 steeds|altijd' },
  // A request recalled as told ("Op 12 maart heb ik u verzocht ...", "verzocht ik u om ...") or as the
  // thing handled ("de wijze waarop u mijn verwijderverzoek hebt afgehandeld"): background to a complaint.
  { kind: 'earlierRequest', pattern: 'heb|had|hebben ~3 gevraagd|verzocht|aangevraagd|ingediend' },
  { kind: 'earlierRequest', pattern: 'verzocht|vroeg ~1 ik|wij|we' },
  // An earlier mail of the sender's retold: "Gisteren mailde ik u dat er een verkeerde factuur binnenkwam".
  { kind: 'earlierRequest', pattern: 'mailde|schreef|meldde ~1 ik|wij|we ~3 jullie|u ~3 dat' },
  { kind: 'earlierRequest', pattern: 'toen ~2 ik|we|wij ~1 vroeg|vroegen|verzocht|verzochten' },
  // The same with the subject first ("Ik vroeg in maart om verwijdering van mijn adres"), the handling told with "omgaan" ("hoe
  // u met mijn inzageverzoek bent omgegaan"), or what went on despite it ("ondanks mijn twee verzoeken bellen ze nog").
  { kind: 'earlierRequest', pattern: 'ik|we|wij ~1 vroeg|vroegen|verzocht|verzochten ~3 om|u|jullie' },
  { kind: 'earlierRequest', pattern: 'met ~1 @mine|ons|zijn|haar ~1 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~4 omgaan|omgaat|omgegaan|omging|omgingen' },
  { kind: 'earlierRequest', pattern: 'ondanks ~4 verzoek|verzoeken|afmelding|afmeldingen|bezwaar' },
  // Made of us earlier by the one the sender writes for, asked of us or on a date: "mijn cliënt heeft u gevraagd zijn dossier te
  // wissen", "Mevrouw Jansen heeft op 2 mei verzocht haar gegevens te verwijderen". Asked of the sender's own firm ("heeft ons
  // gevraagd"), it is the request he passes on.
  { kind: 'earlierRequest', pattern: 'heeft|had ~1 u|jullie ~6 verzocht|gevraagd' },
  { kind: 'earlierRequest', pattern: 'heeft|had ~1 op ~5 verzocht|gevraagd' },
  // The same with the verb first: "Op 2 mei verzocht hij u zijn adres te corrigeren".
  { kind: 'earlierRequest', pattern: 'verzocht|vroeg ~2 hij|zij|ze|cliënt|cliënte|client|cliente ~1 u|jullie' },
  // The copy already received is the earlier request answered: "bij mijn vertrek kreeg ik een kopie van mijn dossier",
  // "ik heb inmiddels de kopie van mijn dossier ontvangen". Beside a correction it is background; alone it stands.
  { kind: 'earlierRequest', pattern: 'kreeg|kregen|ontving|ontvingen ~1 ik|we|wij ~3 de|het|een ~1 kopie|afschrift|overzicht' },
  { kind: 'earlierRequest', pattern: 'ik|we|wij ~1 kreeg|kregen|ontving|ontvingen ~3 de|het|een ~1 kopie|afschrift|overzicht' },
  { kind: 'earlierRequest', pattern: 'heb|hebben ~3 de|het|een ~1 kopie|afschrift|overzicht ~6 ontvangen|gekregen' },
  // Our answer or notice told back ("U schrijft dat mijn gegevens zijn verwijderd", "ik heb van jullie een brief gehad dat
  // mijn klantgegevens worden verwijderd", "ik ontving een e-mail van uw medewerker dat alles was verwijderd"): the deletion is ours,
  // background to what the sender asks now; alone, it stands.
  { kind: 'earlierRequest', pattern: 'u|jullie ~1 schrijft|schreef|schrijven|schreven|meldt|meldde|meldden|bevestigt|bevestigde|bevestigden ~3 dat' },
  { kind: 'earlierRequest', pattern: 'ontving|kreeg|kregen|ontvingen ~6 brief|mail|bericht|email|mailtje|berichtje|standaardmail|standaardbericht|standaardantwoord|bevestiging|bevestigingsmail|antwoord|reactie ~6 dat' },
  // What came of the request, told: "Op mijn verzoek om inzage kreeg ik een pdf met alleen mijn naam"; and the request told as passed
  // on: "Ik heb u in mei laten weten dat ik geen reclame meer wil".
  { kind: 'earlierRequest', pattern: 'op|na ~1 mijn ~4 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek|aanvraag ~4 kreeg|ontving|kregen|ontvingen' },
  { kind: 'earlierRequest', pattern: 'heb|had ~8 laten ~1 weten' },
  // An objection made earlier by the one the sender writes for ("Cliënte heeft op 3 juni bezwaar gemaakt tegen ...", "in juni
  // maakte hij bezwaar") is the ground of what is asked now, as the sender's own "ik heb bezwaar gemaakt" is.
  { kind: 'earlierRequest', pattern: 'heeft|hebben ~8 bezwaar ~2 gemaakt|ingediend|aangetekend' },
  { kind: 'earlierRequest', pattern: 'maakte|maakten|tekende|tekenden ~4 bezwaar' },
  // A request the sender has running, named beside what he asks now, is his history, not asked again: "Ik heb een inzageverzoek
  // lopen en mogelijk een procedure." Not "mijn inzageverzoek loopt al zes weken", which chases it.
  { kind: 'earlierRequest', pattern: 'heb|hebben|heeft ~3 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~2 lopen|openstaan' },
  { kind: 'earlierRequest', pattern: 'brief|mail|bericht|email|mailtje|berichtje ~2 gehad|gekregen|ontvangen ~1 dat' },
  { kind: 'earlierRequest', pattern: 'afhandeling|afgehandeld|behandeld|behandeling ~4 verzoek|verwijderverzoek|inzageverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek' },
  { kind: 'earlierRequest', pattern: 'verzoek|verwijderverzoek|inzageverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~4 afgehandeld|behandeld|afhandelt|afhandelde|uitgevoerd|afgerond' },
  // The request named in full before it was handled: "de manier waarop mijn verzoek om verwijdering van mijn gegevens is behandeld".
  { kind: 'earlierRequest', pattern: 'verzoek|verwijderverzoek|inzageverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~8 is|werd|zijn ~1 afgehandeld|behandeld|uitgevoerd|afgerond' },
  // Our word that the data is gone, in Dutch order with the verb last: "inmiddels heeft u bevestigd dat mijn gegevens zijn verwijderd".
  { kind: 'earlierRequest', pattern: 'bevestigd|bevestigde|bevestigden|gemeld|geschreven|schreef|schreven ~2 dat ~6 zijn|is|waren|was ~1 verwijderd|gewist|vernietigd' },
  // An earlier request named as done or answered, beside the new one: "ik heb vorige week een inzageverzoek gedaan (nog geen antwoord)",
  // "uit uw antwoord op mijn inzageverzoek blijkt dat u mij profileert", and withdrawn: "Intrekking wisverzoek", "dat verzoek trek ik in".
  { kind: 'earlierRequest', pattern: 'heb|had|hebben ~4 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~3 gedaan|ingediend|gestuurd|verstuurd|gemaild' },
  { kind: 'earlierRequest', pattern: 'antwoord|reactie ~3 op ~1 mijn ~1 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek' },
  { kind: 'earlierRequest', pattern: 'intrekking|intrekken ~2 mijn|het|dat ~1 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek' },
  { kind: 'earlierRequest', pattern: 'intrekking|intrekken ~1 verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek' },
  // Our copy or print-out of the sender's data told as received, from our side: "U stuurde mij een uitdraai uit uw CRM, maar
  // zonder de bewaartermijnen", as "ik ontving een kopie" already is. The data must be ours or mine: "een overzicht van een
  // andere klant" sent to the sender is a leak, not a request answered.
  { kind: 'earlierRequest', pattern: 'u|jullie ~1 stuurde|stuurden ~1 mij|me|ons ~2 uitdraai|kopie|afschrift|overzicht|export ~1 uit|van ~1 uw|jullie|mijn|onze' },
  // "Uw inzageverzoek" is our own wording, quoted back in a reply: the request it names is the earlier one.
  { kind: 'earlierRequest', pattern: 'uw|jullie ~1 inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek' },
  // Our refusal told back ("in uw brief wijst u mijn bezwaar tegen ... af", "u heeft mijn verzoek afgewezen") recalls the
  // request refused: background to the complaint about it.
  { kind: 'earlierRequest', pattern: 'wijst|wees|wezen|wijzen|afwijzing|afgewezen ~4 mijn ~2 bezwaar|verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|privacyverzoek' },
  { kind: 'earlierRequest', pattern: 'mijn ~2 bezwaar|verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|privacyverzoek ~6 afgewezen' },
  // How we met the request, told in a complaint: "u heeft mijn verzoek om verwijdering geweigerd", "u reageerde op mijn inzageverzoek
  // met een standaardmail".
  { kind: 'earlierRequest', pattern: 'weigert|weigerde|weigerden|geweigerd|weigering ~4 mijn ~2 bezwaar|verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|privacyverzoek' },
  { kind: 'earlierRequest', pattern: 'reageerde|reageerden|gereageerd|antwoordde|antwoordden|geantwoord ~2 op ~1 mijn ~2 bezwaar|verzoek|inzageverzoek|verwijderverzoek|verwijderingsverzoek|privacyverzoek' },
  // The answer thanked for or referred to: "dank voor het overzicht naar aanleiding van mijn inzageverzoek".
  { kind: 'earlierRequest', pattern: 'aanleiding|nav|inzake|dank|bedankt ~8 mijn|uw|het ~1 inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek' },
  // Asking again makes the recalled request stand: "Ik herhaal mijn verzoek", "ik sommeer u", "ik stel u in gebreke".
  { kind: 'renewal', pattern: 'herhaal|herhalen ~3 verzoek|vraag|eis' },
  // Een bericht verderop in de draad aangewezen: "zie ook het bericht van Els hieronder", "lees even de mail van Piet onderaan".
  { kind: 'renewal', pattern: 'zie|bekijk|lees|let ~5 bericht|berichtje|mail|mailtje|verzoek|vraag|notitie ~5 hieronder|onderaan|beneden|verderop' },
  { kind: 'renewal', pattern: 'sommeer|sommeren|nogmaals|ingebrekestelling' },
  { kind: 'renewal', pattern: 'stel|stellen ~3 in ~1 gebreke' },
  // A deadline to hear from us chases the request recalled before it: "Als ik binnen een week niks hoor, stap ik naar de AP."
  { kind: 'renewal', pattern: 'als|indien|wanneer ~3 ik ~6 niets|niks ~2 hoor|hoort|gehoord|terughoor|ontvang' },
  // Or one that points back to what was asked, or names the authority as the alternative: "Als dat eind deze maand niet
  // geregeld is, dien ik een klacht in", "anders stappen we naar de AP"; the ask told as made before, "dit heb ik al eerder
  // gevraagd", is asked again.
  { kind: 'renewal', pattern: 'als|indien|wanneer ~3 dat|dit|het ~6 niet ~4 geregeld|gebeurd|opgelost|afgehandeld|gedaan ~12 klacht|@authority' },
  { kind: 'renewal', pattern: 'anders ~4 dien|dienen|stap|stappen|ga|gaan|meld|melden ~6 klacht|@authority' },
  { kind: 'renewal', pattern: 'heb|had|hebben ~3 dit|dat|het ~3 al ~2 eerder|vaker|eens ~1 gevraagd|verzocht' },
  // A second or last reminder, or insisting that it happen now, asks the recalled request again: "dit is al mijn tweede
  // herinnering", "ik wil dat het nu gebeurt".
  { kind: 'renewal', pattern: 'tweede|derde|laatste ~1 herinnering|aanmaning' },
  // Of het al gedaan is, gevraagd boven het geciteerde verzoek: "Is dit al gebeurd?", "Is er al iets mee gedaan?".
  { kind: 'renewal', pattern: 'is|zijn ~1 dit|dat|het|er ~2 al|inmiddels|intussen|ondertussen ~2 gebeurd|gedaan|geregeld|afgehandeld|verwerkt|uitgevoerd' },
  { kind: 'renewal', pattern: 'wil ~2 dat ~1 het ~1 nu ~2 gebeurt|gebeuren|geregeld' },
  // A deadline said to have passed still wants what was asked: "de wettelijke termijn is inmiddels ruim verlopen", "u zit al
  // weken over de termijn".
  // Asked several times already, so still asked: "ik heb jullie al drie keer gevraagd mij eraf te halen", "ik heb me 2x afgemeld".
  { kind: 'renewal', pattern: 'twee|drie|vier|vijf|meerdere|2|3|4 keer|maal|x ~4 gevraagd|verzocht|afgemeld|uitgeschreven|gemaild' },
  { kind: 'renewal', pattern: '2x|3x|4x ~4 gevraagd|verzocht|afgemeld|uitgeschreven|gemaild' },
  { kind: 'renewal', pattern: 'termijn ~6 verstreken|verlopen|overschreden|voorbij' },
  { kind: 'renewal', pattern: 'zit|zitten|bent|zijn ~3 over ~1 de ~2 termijn' },
  // "Daarna wil ik dat alles gewist worden" asks now: the participle with 'worden' is no erasure told as done.
  { kind: 'renewal', pattern: 'wil|wens ~1 ik ~1 dat|graag ~8 verwijderd|gewist|vernietigd ~1 worden' },
  // Leave given the same way: "daarna mag het allemaal verwijderd worden", "als ik het gezien heb mogen mijn gegevens gewist worden".
  { kind: 'renewal', pattern: 'mag|mogen ~8 verwijderd|gewist|vernietigd ~1 worden' },
  // A full answer still expected after a poor one asks the request again: "ik verwacht binnen twee weken een volledig antwoord".
  { kind: 'renewal', pattern: 'verwacht|verwachten|wil|willen ~4 alsnog ~2 een|het ~1 antwoord|overzicht|kopie' },
  { kind: 'renewal', pattern: 'verwacht|verwachten|wil|willen ~4 volledig|volledige|compleet|complete ~1 antwoord|overzicht|kopie' },
  // Our own question reported back ("Jullie vroegen of ik mijn gegevens wil laten verwijderen") asks nothing.
  { kind: 'hypothetical', pattern: 'jullie|u ~2 vroegen|vroeg|vraagt|vragen ~8 of ~1 ik' },
  // A privacy complaint to the company: filing a complaint counts half, a privacy grievance or the
  // sender's own data as its subject makes it whole ("klacht indienen over de helpdesk" stays a service complaint).
  { kind: 'right', right: 'complaint', pattern: 'dien|dienen ~4 klacht ~2 in', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'klacht ~3 indienen|ingediend|neerleggen', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'schending|inbreuk|aantasting ~3 van|op ~2 @mine|de ~1 privacy', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'privacyschending|privacyinbreuk', weight: 0.5 },
  // Done behind the sender's back, or handed to a third party, is the privacy grievance a complaint filed beside it needs:
  // "ik dien een klacht in over het feit dat dit zonder mijn medeweten is gebeurd", "u heeft mijn gegevens aan een incassobureau gegeven".
  { kind: 'right', right: 'complaint', pattern: 'zonder ~1 mijn|ons ~1 medeweten|toestemming|instemming', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'mijn ~1 gegevens|persoonsgegevens|nummer|adres|telefoonnummer|mailadres ~3 aan ~2 een|de|mijn|uw ~1 incassobureau|deurwaarder|werkgever|leverancier|derden|derde ~2 gegeven|doorgegeven|verstrekt|doorgestuurd|verkocht|gedeeld', weight: 0.5 },
  // Lodged in the sentence that reports the leak or renews the request: "ik meld dit als datalek en dien een klacht in",
  // "ik herhaal mijn verzoek om verwijdering en dien tegelijk een klacht in".
  { kind: 'right', right: 'complaint', pattern: 'datalek|privacylek ~8 dien|dienen ~4 klacht ~2 in' },
  // What happened called a leak in so many words ("dit is toch gewoon een datalek", "dat lijkt me een datalek") reports
  // it, and is the grievance that makes a complaint filed beside it a privacy complaint ("... en dien hierbij een klacht in").
  { kind: 'right', right: 'breach_report', pattern: 'dit|dat ~3 is|lijkt ~4 datalek|privacylek' },
  // Told of someone the sender's matter reached: "mijn schoonmoeder had dat nooit mogen weten", "iets wat nooit verteld had mogen
  // worden", "dat had nooit met mijn chef gedeeld mogen worden".
  { kind: 'right', right: 'breach_report', pattern: 'nooit ~3 mogen ~1 horen|weten|zien|vernemen' },
  { kind: 'right', right: 'breach_report', pattern: 'nooit ~5 gedeeld|doorgegeven|verteld|verstrekt|getoond ~2 mogen ~1 worden' },
  { kind: 'right', right: 'complaint', pattern: 'dit|dat ~3 is|lijkt ~4 datalek|privacylek', weight: 0.5 },
  // A device sold or given on with the sender's files still on it reports a leak: "de pc staat op Marktplaats, met mijn
  // bestanden er nog op" (not "staan mijn bestanden er nog op?" after a reinstall).
  { kind: 'right', right: 'breach_report', pattern: 'marktplaats|verkocht|doorverkocht|tweedehands ~8 mijn|onze|jullie|uw ~1 bestanden|gegevens|foto|fotos|data|documenten ~3 er ~1 nog ~1 op' },
  // The company's own notification expected ("ik ga ervan uit dat u dit zelf meldt bij de AP", "of jullie dit melden bij de AP",
  // "ik neem aan dat jullie het zelf bij de AP gaan melden")
  // names the authority as the one the company tells, not as the one the sender complains to.
  { kind: 'hypothetical', pattern: 'dat|of ~1 u|jullie ~3 meldt|melden|melde ~2 bij ~3 @authority|autoriteit' },
  { kind: 'hypothetical', pattern: 'dat|of ~1 u|jullie ~3 bij ~2 de|het ~1 @authority|autoriteit ~3 meldt|melden|melde' },
  // Complaining formally counts half, as filing a complaint does: "ik wil hier formeel over klagen", "formeel mijn ongenoegen uiten".
  { kind: 'right', right: 'complaint', pattern: 'formeel|officieel ~3 klagen|ongenoegen', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: '@mine ~1 verzoek|verwijderverzoek|inzageverzoek|privacyverzoek ~8 dien|dienen ~4 klacht ~2 in' },
  { kind: 'right', right: 'complaint', pattern: 'klacht|klagen ~10 @mine ~1 persoonsgegevens|gegevens|privacy|inzageverzoek|verwijderverzoek|privacyverzoek|afmelding|bezwaar' },
  // A complaint about my privacy or about how my request was handled: "ik vind dat niet ok met mijn privacy en
  // wil dat dit als klacht wordt behandeld", "een klacht over de afhandeling van mijn verzoek".
  { kind: 'right', right: 'complaint', pattern: '@mine ~1 privacy|persoonsgegevens ~10 klacht' },
  { kind: 'right', right: 'complaint', pattern: 'klacht ~10 afhandeling|afgehandeld ~4 @mine ~1 verzoek|aanvraag' },
  // The request named before the verb of handling, in Dutch order: "een klacht over de manier waarop u mijn verzoek hebt behandeld".
  // Whole, as above: the sentence also recalls the request, where a half complaint would not count.
  { kind: 'right', right: 'complaint', pattern: 'klacht ~10 manier|wijze|hoe ~4 @mine ~1 verzoek|inzageverzoek|verwijderverzoek|privacyverzoek ~2 afgehandeld|behandeld|beantwoord|opgepakt' },
  // How we handled it, with what went between or a second object joined: "over de manier waarop u met mijn verzoek bent omgegaan",
  // "waarop u mijn verzoek en mijn persoonsgegevens heeft behandeld".
  { kind: 'right', right: 'complaint', pattern: 'klacht|klagen ~10 manier|wijze|hoe ~4 @mine ~1 verzoek|inzageverzoek|verwijderverzoek|privacyverzoek|persoonsgegevens|gegevens ~6 afgehandeld|behandeld|omgegaan|omgaat|omgaan|omspringen|omspringt|omgesprongen|afhandelen|afhandelt|behandelen|behandelt|beantwoord|opgepakt|oppakken|oppakt' },
  // Asking that it be taken as a complaint counts half, as filing one does: "wil dat als klacht vastgelegd hebben".
  { kind: 'right', right: 'complaint', pattern: 'als ~2 klacht ~3 behandeld|behandelen|vastgelegd|vastleggen|registreren|geregistreerd|opgenomen|opnemen', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'beschouw|beschouwt ~5 als ~3 klacht', weight: 0.5 },
  { kind: 'right', right: 'complaint', pattern: 'zie|ziet ~2 dit|deze|het ~3 als ~3 klacht', weight: 0.5 },
  // A detail of the sender's passed on, complained of: "ik dien een klacht in omdat jullie monteur mijn telefoonnummer aan mijn buurman heeft gegeven".
  { kind: 'right', right: 'complaint', pattern: 'klacht|klagen ~10 @mine ~3 @identity ~6 gedeeld|doorgegeven|gegeven|verstrekt|doorgestuurd|verkocht|gelekt' },
  // Saying what the mail is lodges it as one: "Dit is een klacht.", "Dit is een officiële klacht over ...".
  { kind: 'right', right: 'complaint', pattern: 'dit ~1 is ~3 klacht', weight: 0.5 },
  // Turning to the authority: "anders wend ik mij tot de AP", "dan leg ik de zaak voor aan de AP".
  { kind: 'right', right: 'complaint', pattern: 'wend|wenden|richt|richten ~4 tot ~3 @authority' },
  { kind: 'right', right: 'complaint', pattern: 'leg|leggen ~6 voor ~3 aan ~3 @authority' },
  { kind: 'right', right: 'complaint', pattern: 'leg|leggen ~4 neer ~3 bij ~3 @authority' },
  // A copy of this letter to the authority tells it of the matter; no copy of data is asked: "een kopie van deze brief stuur ik naar de AP".
  { kind: 'right', right: 'complaint', pattern: 'kopie|afschrift ~3 deze|dit|mijn|die ~1 brief|mail|email|bericht ~6 @authority|autoriteit', overrides: 'access' },
  { kind: 'right', right: 'complaint', pattern: 'melden|melding|klacht|stap|stappen ~6 bij|naar ~2 de ~1 privacywaakhond' },
  // Telling someone else where to complain ("dan kan zij een klacht indienen bij de AP") files nothing.
  { kind: 'hypothetical', pattern: 'u|je|jij|zij|hij|men|betrokkene|betrokkenen ~2 kunt|kan|mag|kunnen ~8 klacht|wenden|voorleggen' },
  { kind: 'hypothetical', pattern: 'kan|kunt|mag|kunnen ~1 zij|hij|men|betrokkene|betrokkenen ~8 klacht|wenden|voorleggen' },
  // Our reply's closing line, in a draft or quoted back: "Bent u het niet eens met deze afhandeling, dan kunt u een klacht indienen bij de AP."
  { kind: 'hypothetical', pattern: 'dan ~1 kunt|kan|kun ~1 u|je|jij ~8 klacht|wenden|voorleggen' },
  // List upkeep with other people's addresses: "kunnen jullie die adressen uit de lijst verwijderen?", "de bounces van de verzendlijst halen".
  { kind: 'hypothetical', pattern: 'die|deze|alle|de ~1 adressen|mailadressen|emailadressen|bounces|contacten|inactieven ~4 uit|van ~3 lijst|lijsten|nieuwsbrieflijst|mailinglijst|verzendlijst|adressenlijst|bestand' },
  // Addresses that bounced are taken off whatever list they are on: "alle adressen die al drie keer gebounced zijn eruit halen".
  { kind: 'hypothetical', pattern: 'adressen|mailadressen|emailadressen|contacten ~5 gebounced|gebouncet|bouncen|bouncede|onbestelbaar|onbestelbare' },
  // The sender taking others off his own lists ("dan haal ik ze ook uit de verzendlijst") asks nothing of us.
  { kind: 'hypothetical', pattern: 'haal|verwijder|schrap ~1 ik|we|wij ~1 ze|hen|die|deze ~6 uit|van' },
  { kind: 'hypothetical', pattern: 'ik|we|wij ~1 haal|halen|verwijder|verwijderen|schrap ~1 ze|hen|die|deze ~6 uit|van' },
  // Someone else's complaint told of ("hij heeft inmiddels een klacht bij de AP ingediend") is not the sender's.
  { kind: 'hypothetical', pattern: 'hij|zij ~1 heeft ~3 klacht ~6 ingediend|gedaan' },
  // ... nor is one lodged against the sender's own firm ("een medewerker heeft een klacht over ons ingediend"), or told in a subject
  // as lodged by one of its people ("Klacht AP ingediend door medewerker").
  { kind: 'hypothetical', pattern: 'klacht|klachten ~2 over|tegen ~1 ons' },
  { kind: 'hypothetical', pattern: 'ingediend ~1 door ~2 medewerker|medewerkster|werknemer|collega|klant|patient|patiente|huurder|sollicitant|leerling|ouder' },
  // Someone else's complaint that the authority acted on, told to the firm in its decision or letter: "naar aanleiding van een
  // klacht van een betrokkene heeft de Autoriteit Persoonsgegevens vastgesteld ...".
  { kind: 'hypothetical', pattern: 'klacht|klachten ~1 van ~1 een|de ~1 betrokkene|betrokkenen' },
  { kind: 'hypothetical', pattern: 'naar ~1 aanleiding ~1 van ~1 een ~1 klacht ~1 van|tegen' },
  // An organisation telling of its own breach notification ("wij hebben het incident gemeld bij de AP") complains of nothing.
  { kind: 'hypothetical', pattern: 'wij|we|organisaties|organisatie|dienstverlener|dienstverleners|bedrijven|verwerkers ~6 datalek|datalekken|incident|incidenten|lek|lekken ~6 gemeld|melden|laat' },
  // Someone else unsubscribing, or a click on "afmelden" by mistake, asks nothing of us.
  { kind: 'hypothetical', pattern: 'zich ~3 afmelden|uitschrijven|afmeldt|uitschrijft' },
  { kind: 'hypothetical', pattern: 'per ~1 ongeluk|abuis|vergissing ~8 afgemeld|afmelden|uitgeschreven|uitschrijven|afmeldknop|afmeldlink' },
  // A deletion made by mistake is told, not asked ("ik heb net per ongeluk de map ... verwijderd", "een collega heeft per
  // ongeluk de map personeelsdossiers gewist"): the restore asked for follows in a sentence of its own.
  { kind: 'hypothetical', pattern: 'ik|we|wij|collega|iemand ~4 heb|hebben|heeft ~4 per ~1 ongeluk|abuis|vergissing ~8 verwijderd|gewist|weggegooid|leeggemaakt' },
  { kind: 'hypothetical', pattern: 'heb|hebben ~1 ik|we|wij ~4 per ~1 ongeluk|abuis|vergissing ~8 verwijderd|gewist|weggegooid|leeggemaakt' },
  { kind: 'hypothetical', pattern: 'stel ~1 dat|nou' },
  // Our question told back and declined: "U vroeg of wij uw cv moeten wissen: nee, bewaar het maar". Not a no that asks on ("... moeten
  // bewaren: nee, verwijder alles").
  { kind: 'hypothetical', pattern: 'je|jij|u|jullie ~1 vroeg|vroegen ~1 of ~10 nee ~3 hoeft|nodig|bewaar|bewaart|bewaren|houd|houdt|houden' },
  // A guess at how a mix-up came about names no correction: "ik denk dat iemand mijn mailadres verkeerd heeft ingetypt",
  // "blijkbaar staat mijn adres verkeerd gekoppeld".
  { kind: 'hypothetical', pattern: 'denk|vermoed|blijkbaar|waarschijnlijk|kennelijk ~8 verkeerd ~4 gekoppeld|ingetypt|getypt|ingetikt|ingevoerd|ingevuld' },
  // Putting right one's own previous mail: "in mijn vorige mail stond het verkeerde ticketnummer".
  { kind: 'hypothetical', pattern: 'mijn ~1 vorige|eerdere ~2 mail|bericht|email ~3 stond|stonden|zat ~4 verkeerd|verkeerde|fout|foute' },
  // Our confirmation thanked for or received ("dank voor de bevestiging dat mijn gegevens zijn verwijderd", "ik heb het overzicht
  // ontvangen en ook de bevestiging dat ..."), or a receipt of the sender's own ("wij hebben uw melding van een datalek ontvangen"): done, not asked.
  { kind: 'hypothetical', pattern: 'dank|bedankt|dankjewel|dankuwel ~4 voor ~3 de|het|uw|jullie ~1 bevestiging|overzicht|kopie|export|zip|bestand|bestanden|csv|download' },
  // The file thanked for as sent: "bedankt voor het toesturen van de export", not thanks ahead of a sending asked ("alvast bedankt").
  { kind: 'hypothetical', pattern: 'dank|bedankt|dankjewel|dankuwel voor ~1 het ~1 sturen|toesturen|opsturen|doorsturen|aanleveren' },
  // Our sign-off thanked for as done: "Bedankt voor de afmelding.", "dank voor het uitschrijven, Joke". It is what he asked before.
  { kind: 'hypothetical', pattern: 'dank|bedankt|dankjewel|dankuwel voor ~1 het|de|mijn|uw|jullie ~1 afmelden|afmelding|uitschrijven|uitschrijving' },
  { kind: 'hypothetical', pattern: 'ontvangen|gekregen ~3 de|het|uw ~1 bevestiging' },
  // The erasure seen done by the sender himself ("alles is weg zie ik", "ik zie dat mijn gegevens verwijderd zijn"): told, not
  // asked. The gap is short, so a "nog niet" before the verb ("ik zie dat mijn gegevens nog niet verwijderd zijn") stays a chase.
  { kind: 'hypothetical', pattern: 'zie|zag ~1 dat ~2 weg|verwijderd|gewist|vernietigd is|zijn|was|waren' },
  { kind: 'hypothetical', pattern: 'is|zijn|was|waren weg|verwijderd|gewist|vernietigd zie|zag ik|we|wij' },
  // Our own receipt of the reader's request, by its subject: "Ontvangstbevestiging van uw verzoek om inzage". A reply to it
  // asks in its body, not in the quoted subject.
  { kind: 'hypothetical', pattern: 'ontvangstbevestiging ~2 uw|je|jouw ~3 verzoek|aanvraag|inzageverzoek|verwijderverzoek|verwijderingsverzoek|bezwaar' },
  { kind: 'hypothetical', pattern: 'heb|hebben ~3 de|het|uw ~1 bevestiging ~4 ontvangen|gekregen' },
  { kind: 'hypothetical', pattern: 'wij|we ~2 hebben ~2 uw ~1 melding|verzoek|bericht ~8 ontvangen' },
  // The same receipt told in the past tense or with the verb first: "Op 20 maart ontvingen wij uw verzoek om inzage", "op 3 mei
  // hebben wij uw verzoek tot verwijdering ontvangen". Ours, not the sender's: "ik ontving uw antwoord op mijn inzageverzoek".
  { kind: 'hypothetical', pattern: 'ontvingen|ontving ~1 wij|we ~1 uw|je|jouw ~1 verzoek|aanvraag|melding|inzageverzoek|verwijderverzoek|verwijderingsverzoek|bezwaar' },
  { kind: 'hypothetical', pattern: 'wij|we ~1 ontvingen|ontving ~1 uw|je|jouw ~1 verzoek|aanvraag|melding|inzageverzoek|verwijderverzoek|verwijderingsverzoek|bezwaar' },
  { kind: 'hypothetical', pattern: 'hebben ~1 wij|we ~1 uw|je|jouw ~1 verzoek|aanvraag|melding|inzageverzoek|verwijderverzoek|verwijderingsverzoek|bezwaar ~8 ontvangen' },
  // The same receipt, or the work done, told of the request as the subject: "Uw verzoek om inzage in persoonsgegevens is verwerkt",
  // "uw verzoek tot verwijdering van uw gegevens is ontvangen". The sender's own is 'mijn verzoek'.
  { kind: 'hypothetical', pattern: 'uw|je|jouw ~1 verzoek|aanvraag|inzageverzoek|verwijderverzoek|verwijderingsverzoek ~10 is|wordt|werd ~1 ontvangen|verwerkt|afgehandeld|uitgevoerd|voltooid|gereed' },
  // A procedure drawn up ("wat doen we als er een laptop gestolen wordt?") or news read ("ik las iets over een datalek bij
  // Microsoft") reports no leak.
  { kind: 'hypothetical', pattern: 'wat ~1 doen|moeten ~2 we|wij ~3 als|wanneer|bij' },
  { kind: 'hypothetical', pattern: 'las|gelezen ~8 over ~3 datalek|datalekken|hack|lek|inbraak' },
  // Someone else's access request to the customer told ("een medewerker heeft ons gevraagd om inzage in zijn dossier",
  // "een medewerker vraagt inzage in zijn dossier"): what we are asked comes in a sentence of its own.
  { kind: 'hypothetical', pattern: 'heeft ~4 gevraagd|verzocht ~2 om ~1 inzage' },
  { kind: 'hypothetical', pattern: 'vraagt|vroeg ~1 inzage ~3 zijn|haar|hun' },
  { kind: 'hypothetical', pattern: 'vraagt|vroeg ~1 ons|mij ~1 om ~1 inzage' },
  // An organisation's own leak told as reported by itself: "wij hebben dit zelf gemeld bij de AP" is no complaint to it.
  { kind: 'hypothetical', pattern: 'wij|we ~2 hebben|hadden ~2 dit|het|dat ~1 zelf ~2 gemeld ~3 bij' },
  // Which data a legal retention keeps, asked beside an erasure, is the erasure's reckoning: "voor zover u zich op
  // een wettelijke bewaarplicht beroept, verneem ik graag welke gegevens het betreft".
  { kind: 'hypothetical', pattern: 'beroept|beroepen|beroep ~6 bewaarplicht|bewaartermijn|bewaarplichten|bewaartermijnen' },
  { kind: 'hypothetical', pattern: 'bewaarplicht|bewaartermijn|bewaarplichten|bewaartermijnen ~2 beroept|beroepen' },
  // Mail sent to the wrong person, which the sender offers to delete, asks nothing of us: "wij verwijderen hem
  // zodra u bevestigt dat u dat wilt".
  { kind: 'hypothetical', pattern: 'verwijderen|vernietigen|weggooien|wissen|verwijder|vernietig|gooi ~2 hem|het|ze|die|deze|dit ~1 zodra|nadat|als|wanneer ~2 u|jullie' },
  // "Laat weten of jullie nog iets van mij nodig hebben": they need something from me, I ask nothing.
  { kind: 'hypothetical', pattern: 'van ~1 mij|ons ~1 nodig' },
  // A newsletter without tracking: keeping the mailing, objecting to the measuring.
  { kind: 'right', right: 'objection', pattern: 'zonder ~2 tracking|trackingpixels|pixels|pixel|meten|volgen|tracken|profilering|klikgedrag|trackers|tracker' },
  // Art. 20(2): my data straight to the next provider.
  { kind: 'right', right: 'portability', pattern: '@mine ~2 @personalData ~8 rechtstreeks|direct ~8 overdragen|overzetten|overgedragen|doorsturen|overzenden|overhevelen' },
  // Straight to the other party, not to me: "rechtstreeks naar hun servicedesk", "rechtstreeks aan hen
  // overdragen", "direct overzetten naar de nieuwe club". A copy for the sender ("naar mij") is not named here.
  // A lost or stolen device wiped from afar is IT work on the firm's equipment, no erasure: "kunnen jullie hem op afstand wissen?",
  // "de telefoon op afstand leegmaken".
  { kind: 'concept', concept: 'adminTask', pattern: 'op ~1 afstand ~3 wissen|wist|gewist|leegmaken|leeggemaakt|resetten|gereset|blokkeren|vergrendelen|verwijderen' },
  { kind: 'concept', concept: 'adminTask', pattern: 'wis|wissen|leegmaken|reset|resetten|blokkeer|blokkeren|vergrendel|vergrendelen ~4 op ~1 afstand' },
  { kind: 'concept', concept: 'direct', pattern: 'rechtstreeks|direct ~1 naar|aan ~1 hem|haar|hen|hun|zijn|de|het|onze|mijn ~2 nieuwe|servicedesk|helpdesk|systeem|praktijk|club|vereniging|partner|dienstverlener|leverancier|zorgverlener|werkgever' },
  { kind: 'concept', concept: 'direct', pattern: 'rechtstreeks|direct ~1 naar|aan ~1 hem|haar|hen|hun' },
  { kind: 'concept', concept: 'direct', pattern: 'direct ~3 overzetten|overdragen|overzenden|overhevelen ~3 naar|aan' },
  // A deletion we planned or announced, which the sender wants stopped: "kunnen jullie de verwijdering stoppen",
  // "de geplande verwijdering van de mailbox annuleren". Keeping is asked; the deletion named is not.
  { kind: 'right', right: 'restriction', pattern: 'verwijdering|wissing|vernietiging|opschoning ~2 stoppen|stopzetten|annuleren|tegenhouden|uitstellen|opschorten|pauzeren', weight: 0.5, overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'stop|stoppen|stopzetten|annuleer|annuleren|tegenhouden|uitstellen|opschorten|pauzeer|pauzeren ~1 de|die|deze ~1 verwijdering|wissing|vernietiging|opschoning', weight: 0.5, overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'geplande|ingeplande|voorgenomen|aangekondigde|automatische ~1 verwijdering|wissing|vernietiging|opschoning', weight: 0.5, overrides: 'erasure' },
  // The same deletion of mine heard of, from a colleague or our own message, is what the sender wants stopped: "ik hoor van
  // een oud-collega dat mijn account eind deze maand wordt verwijderd", "dank voor je bericht dat jullie mijn gegevens gaan
  // verwijderen". Said with its source, not "ik hoor graag dat mijn gegevens zijn verwijderd"; full weight, as the stop that
  // follows ("doe dat niet") names no right of its own.
  { kind: 'right', right: 'restriction', pattern: 'hoor|hoorde|hoorden|begreep|begrepen|vernam|vernamen ~1 van ~4 dat ~6 @my ~8 gaan|gaat|wordt|worden|zal|zullen ~8 verwijderen|verwijderd|wissen|gewist|vernietigen|vernietigd|opschonen|opgeschoond|opruimen|opgeruimd', overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'hoor|hoorde|hoorden|begreep|begrepen|vernam|vernamen ~1 van ~4 dat ~3 plan ~12 @my ~6 verwijderen|verwijderd|wissen|gewist|vernietigen|vernietigd|opschonen|opgeschoond|opruimen|opgeruimd', overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'gehoord|vernomen|begrepen ~1 dat ~6 @my ~8 gaan|gaat|wordt|worden|zal|zullen ~8 verwijderen|verwijderd|wissen|gewist|vernietigen|vernietigd|opschonen|opgeschoond|opruimen|opgeruimd', overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'bericht|mail|mailtje|brief ~1 dat ~2 jullie|u|je|wij|we ~3 @my ~10 gaan|gaat|zullen|zal ~6 verwijderen|verwijderd|wissen|gewist|vernietigen|vernietigd|opschonen|opgeschoond|opruimen|opgeruimd', overrides: 'erasure' },
  // An automatic reply someone gets, told with the verb last as Dutch puts it after "dat": "een oud-klant vertelde me dat hij
  // nog steeds een automatisch antwoord krijgt". The sender's own words, so the mail is no automatic reply ("een", not the
  // "dit automatische antwoord" of a real one).
  { kind: 'autoReplyReceived', pattern: 'een ~1 automatisch|automatische ~1 antwoord|bericht|antwoordbericht ~3 krijgt|krijgen|kreeg|kregen|gekregen|terugkrijgt|terugkrijgen|teruggekregen' },
  // A sales mail's own way out, offered to its reader in the seller's voice: "Geen interesse meer in onze aanbiedingen? Stuur
  // een e-mail met 'STOP'". A customer leaving names "jullie aanbiedingen".
  { kind: 'hypothetical', pattern: 'geen ~1 interesse ~1 meer ~2 in ~1 onze ~2 aanbiedingen|aanbod|mails|mailings|berichten|nieuwsbrief|nieuwsbrieven|diensten|producten|cursussen|trainingen' },
  // Our own clean-up told back ("accounts worden na 24 maanden automatisch verwijderd", "wordt verwijderd
  // wegens inactiviteit", "volgens de planning zouden jullie ... verwijderen") asks nothing.
  { kind: 'hypothetical', pattern: 'wegens|vanwege|ivm|bij ~1 inactiviteit' },
  { kind: 'hypothetical', pattern: 'automatisch ~3 verwijderd|gewist|opgeschoond|vernietigd' },
  { kind: 'hypothetical', pattern: 'volgens ~2 planning|schema ~10 @erase' },
  // The Art. 15(1)(e)-(f) list in an access letter names the other rights without invoking them: "e. dat ik het
  // recht heb u te verzoeken dat persoonsgegevens worden gewist ...; f. dat ik het recht heb een klacht in te dienen".
  { kind: 'hypothetical', pattern: 'dat ~1 ik|u|betrokkene|betrokkenen ~1 het ~1 recht ~1 heb|hebt|heeft|hebben ~2 te ~1 verzoeken|vragen' },
  { kind: 'hypothetical', pattern: 'dat ~1 ik|u|betrokkene|betrokkenen ~1 het ~1 recht ~1 heb|hebt|heeft|hebben ~1 een ~1 klacht' },
  { kind: 'hypothetical', pattern: 'bestaan ~1 van ~1 het ~1 recht' },
  // The same list item asked as a question ("welke rechten ik verder heb (rectificatie, wissen, bezwaar)") or as the
  // possibility told ("dat ik een klacht kan indienen bij de AP"): information wanted, no right invoked, and the recipients and the
  // source the list names tell no leak.
  ...listedInAccessRequest('welke ~2 rechten ~2 ik|u|betrokkene|betrokkenen ~1 heb|hebt|heeft|hebben', 0.3),
  { kind: 'right', right: 'access', pattern: 'dat ~1 ik|u|betrokkene ~1 een ~1 klacht ~2 kan|kunt|mag|kunnen ~1 indienen', weight: 0.3, topic: true, overrides: 'complaint' },
  // A letter template's choices: "[OPTIONEEL: ... verwijder deze alinea indien niet van toepassing]".
  { kind: 'hypothetical', pattern: 'indien|wat|als|zo ~2 niet ~1 van ~1 toepassing' },
  // "Oud" alone describes a value ("met mijn oude adres erin", "mijn oude mailbox"); what still goes to
  // the old value says it is wrong: "de post gaat nog steeds naar het oude adres", "belde op mijn oude nummer".
  { kind: 'concept', concept: 'wrongValue', pattern: 'naar|op ~2 het|mijn|de|m ~1 oude|oud ~1 adres|mailadres|emailadres|nummer|telefoonnummer|mobiel|naam|werkmail|mail|hotmail|gmail|hotmailadres|gmailadres' },
  // What we still send to my old address names where it goes, not my data asked for: "jullie sturen de onderhoudsberichten
  // nog naar mijn oude mailadres" is my own detail out of date (the send is masked). With "nog" or "steeds": "kunnen jullie
  // mijn gegevens naar mijn oude mailadres sturen?" still asks a copy.
  { kind: 'concept', concept: 'myContactDetail', pattern: 'stuur|stuurt|sturen|gestuurd|verstuurd|versturen ~4 nog|steeds|altijd ~2 naar ~1 mijn|m ~1 oude|vorige ~1 adres|mailadres|emailadres|nummer|telefoonnummer|hotmail|gmail|werkmail', language: 'nl', masksWords: true },
  // An old mail address named by its provider is the sender's own detail: "jullie sturen alles nog naar mijn oude hotmail",
  // "mijn e-mailadres is nog het oude Hotmail-adres" (all three such Dutch mails ask a rectification).
  { kind: 'concept', concept: 'myContactDetail', pattern: 'mijn|m|het ~1 oude ~1 hotmail|gmail|hotmailadres|gmailadres' },
  // Keep it, do not use it: "Bewaren mag, gebruiken niet."
  { kind: 'right', right: 'restriction', pattern: 'bewaren|opslaan|bewaard ~3 mag|mogen|prima|oke|ok|akkoord ~4 gebruiken|verwerken|gebruikt|verwerkt ~2 niet' },
  // A job title or role on record that is wrong: "Functie klopt niet", "ik ben geen inkoper maar teamleider; graag aanpassen".
  { kind: 'right', right: 'rectification', pattern: 'functie|functietitel|functienaam|titel ~3 klopt ~1 niet|onjuist|verkeerd|fout' },
  { kind: 'right', right: 'rectification', pattern: 'ik ~1 ben ~3 geen ~4 maar ~10 aanpassen|corrigeren|wijzigen|rechtzetten|verbeteren|aangepast|gecorrigeerd|gewijzigd' },
  // Afmelden for a course, exam or event, or leaving a club or a register, asks nothing of our mailing:
  // "ik wil me afmelden voor de training van donderdag", "uitschrijven uit de BRP", "afmelden als lid".
  { kind: 'hypothetical', pattern: 'afmelden|afmelding|uitschrijven|uitschrijving|afmeld|uitschrijf|afgemeld|uitgeschreven ~3 training|trainingen|workshop|workshops|cursus|cursussen|les|lessen|tentamen|tentamens|examen|toets|klantendag|webinar|webinars|evenement|bijeenkomst|sessie|congres|seminar|excursie|wedstrijd|toernooi|borrel|lunch|diner|vergadering|afspraak|opleiding|studie|brp|basisregistratie|gemeente|vereniging|club|sportschool|school' },
  { kind: 'hypothetical', pattern: 'afmelden|uitschrijven|afmelding|uitschrijving ~3 als ~1 lid|leerling|student|deelnemer|vrijwilliger' },
  // A user's sessions signed out is IT work after a phishing click: "kunnen jullie alle sessies afmelden?"
  { kind: 'hypothetical', pattern: 'sessies|sessie|apparaten|apparaat|devices|device ~2 afmelden|afgemeld|afmeldt' },
  // Out of every system, in words of taking out and forgetting: "haal mij overal uit", "vergeet dat ik besta".
  { kind: 'right', right: 'erasure', pattern: 'haal|halen ~2 mij|me ~2 overal ~1 uit' },
  { kind: 'right', right: 'erasure', pattern: 'mij|me ~2 uit ~2 jullie|uw|het|de|al ~1 systeem|systemen|database|databank|bestanden|administratie|klantenbestand ~2 te ~1 halen|verwijderen' },
  { kind: 'right', right: 'erasure', pattern: 'vergeten|vergeet|vergeten ~2 dat ~1 ik ~2 besta|bestond|bestaan' },
  // One's own name or mobile number, corrected in few words: "achternaam is nu de Boer", "nieuw 06: ...", "mijn naam staat fout".
  { kind: 'right', right: 'rectification', pattern: '@my ~1 naam ~2 is ~1 nu|voortaan|tegenwoordig' },
  // A new mail address from a date: "mijn e-mailadres wordt vanaf maandag ...", "mijn telefoonnummer is voortaan ...". Not the
  // home address (moving house is often contract administration), nor a number that 'wordt per 1 mei overgezet' (porting).
  { kind: 'right', right: 'rectification', pattern: 'mijn|mn ~2 mailadres|emailadres ~2 wordt ~2 per|vanaf|voortaan' },
  { kind: 'right', right: 'rectification', pattern: 'mijn|mn ~2 mailadres|emailadres|telefoonnummer|mobielnummer|gsmnummer ~1 is ~1 voortaan' },
  // A new address asked to be used from now on: "wil je voortaan jan@voorbeeld.nl gebruiken?", "willen jullie voortaan dit adres
  // gebruiken". A contact word, or the address itself (no token, so nothing sits between), names what is used: "voortaan de
  // achteringang gebruiken" asks nothing.
  { kind: 'right', right: 'rectification', pattern: 'wil|wilt|willen|kun|kunt|kunnen ~4 voortaan ~4 adres|mailadres|emailadres|nummer|telefoonnummer|mobielnummer ~2 gebruiken' },
  { kind: 'right', right: 'rectification', pattern: 'wil|wilt|willen|kun|kunt|kunnen ~4 voortaan gebruiken' },
  { kind: 'right', right: 'rectification', pattern: 'achternaam|voornaam|meisjesnaam ~2 is|wordt ~1 nu|voortaan|tegenwoordig' },
  // A name taken back: "sinds mijn scheiding gebruik ik weer mijn meisjesnaam", "gebruik ik mijn eigen achternaam weer".
  { kind: 'right', right: 'rectification', pattern: 'gebruik ~1 ik ~4 weer|voortaan ~3 meisjesnaam|achternaam|geboortenaam' },
  { kind: 'right', right: 'rectification', pattern: 'gebruik ~1 ik ~4 meisjesnaam|achternaam|geboortenaam ~1 weer' },
  { kind: 'right', right: 'rectification', pattern: 'achternaam|voornaam|naam ~4 fout|verkeerd|onjuist ~1 gespeld|geschreven|gespelled' },
  { kind: 'right', right: 'rectification', pattern: 'staat|stond ~4 fout|verkeerd ~2 in ~3 jullie|uw|de ~1 systeem|systemen|administratie|mails|brieven|facturen' },
  // A fault in the sender's own file named ("Correctie in mijn dossier", "Inkomen verkeerd in mijn dossier", "notitie in
  // mijn klantdossier klopt niet") asks it put right.
  { kind: 'right', right: 'rectification', pattern: 'correctie|rectificatie|fout|fouten|onjuistheid|onjuistheden|onjuist|verkeerd ~3 in ~1 mijn ~2 dossier|personeelsdossier|patiëntendossier|cliëntdossier|klantdossier' },
  { kind: 'right', right: 'rectification', pattern: 'mijn ~2 dossier|personeelsdossier|patiëntendossier|cliëntdossier|klantdossier ~2 klopt|kloppen ~1 niet' },
  // A wrong salutation ("de aanhef klopt niet", "staat al jaren fout in jullie aanhef"), or one quoted with the sex that is
  // the sender's own ("ik word aangeschreven met 'Geachte mevrouw Kuipers'. Ik ben een man."), asks the record corrected.
  { kind: 'right', right: 'rectification', pattern: 'aanhef|aanspreekvorm|aanspreektitel ~4 klopt|fout|verkeerd|onjuist|aanpassen|corrigeren|wijzigen' },
  { kind: 'right', right: 'rectification', pattern: 'fout|verkeerd|onjuist ~3 in ~2 aanhef|aanspreekvorm|aanspreektitel' },
  { kind: 'right', right: 'rectification', pattern: 'aangeschreven|aangesproken|begint|beginnen ~6 met|als ~2 mevrouw|heer|meneer|mevr|dhr', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'ik ~1 ben ~1 een|geen ~1 man|meneer|vrouw|mevrouw|heer', weight: 0.5 },
  // The wrong value not to be used until it is put right ("wilt u het foute bedrag tot die tijd niet gebruiken?") is
  // restriction; the wrong address simply no longer used ("het verkeerde adres niet meer gebruiken") is not.
  { kind: 'right', right: 'restriction', pattern: 'foute|onjuiste|verkeerde|betwiste ~2 bedrag|bedragen|gegevens|inkomen|adres|notitie|registratie|informatie|score ~3 tot|totdat|tussentijd|zolang ~6 niet|niets|niks ~3 gebruiken|gebruikt|doen' },
  { kind: 'right', right: 'rectification', pattern: 'nieuw|nieuwe ~1 06|mobiel|mobiele|gsm|telefoonnummer ~10 oude ~4 klopt|gebruik|werkt ~3 niet ~1 meer' },
  // An old address no longer to be used after a move ("Het oude adres graag niet meer gebruiken.") updates it: no objection.
  { kind: 'right', right: 'rectification', pattern: 'oude|vorige ~1 adres|factuuradres|postadres|woonadres|mailadres|nummer|telefoonnummer ~6 niet ~2 meer|langer ~3 gebruiken|gebruikt', weight: 0.5, overrides: 'objection' },
  // Off the mailing lists, however far the "af" trails: "haal mij maar direct van al jullie mailinglijsten af",
  // "haal me daar per direct van af".
  { kind: 'right', right: 'unsubscribe', pattern: 'haal|halen|verwijder|verwijderen ~3 mij|me|ons ~4 van|uit ~4 mailinglijsten|verzendlijsten|mailinglijst|verzendlijst|lijst|lijsten|uitnodigingslijst|uitnodigingenlijst|@newsletter' },
  { kind: 'concept', concept: 'mailingList', pattern: 'mailinglijsten|verzendlijsten|adressenlijsten|mailingbestand' },
  // Lists named among the systems the data is erased from are part of the erasure:
  // "wis mijn gegevens uit uw CRM, ticketsysteem en mailinglijsten", "ook uit het CRM en uit eventuele lijsten".
  { kind: 'right', right: 'erasure', pattern: 'uit ~2 crm|systeem|systemen|ticketsysteem|administratie|klantenbestand|database|databank ~6 en ~3 lijsten|mailinglijsten|mailinglijst|verzendlijsten|verzendlijst|adressenlijsten', overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: 'uit ~2 jullie|uw|al|alle ~1 systemen|bestanden ~6 lijsten|mailinglijsten|mailinglijst|verzendlijsten|verzendlijst|adressenlijsten', overrides: 'unsubscribe' },
  { kind: 'right', right: 'unsubscribe', pattern: 'haal|halen ~2 me|mij|ons ~2 daar|er|hier ~3 van ~1 af' },
  // "Haal me hier maar uit", on top of the mailing: out of this, the list it came from ("haal me er gewoon uit, alles" is erasure).
  { kind: 'right', right: 'unsubscribe', pattern: 'haal|halen ~1 me|mij|ons ~2 hier ~2 uit', overrides: 'erasure' },
  // Out of the customer file as well as off the mailing: the file is erased from, not a list left. "graag mij van
  // de nieuwsbrief halen en ook mijn naam en adres uit jullie klantenbestand verwijderen", "ook uit dat klantenbestand".
  { kind: 'right', right: 'erasure', pattern: '@mine ~6 uit ~2 jullie|uw|het|dat|de ~1 klantenbestand|klantbestand|klantenadministratie|klantendatabase|klantsysteem|klantensysteem|ledenadministratie|ledenbestand ~4 @erase|halen|weghalen|weg' },
  // My data out of their files, named after the mailing: "ik wil ook dat u al mijn gegevens uit uw bestand wist".
  { kind: 'right', right: 'erasure', pattern: '@mine ~1 gegevens|persoonsgegevens|naam|adres|contactgegevens|data ~4 uit ~2 jullie|uw|het|de|al ~1 bestand|bestanden|database|databank|systeem|systemen|administratie ~4 @erase|wist|halen|weghalen|weg' },
  // Something of mine taken out of their systems, whatever it is: "willen jullie dat bericht helemaal verwijderen uit jullie
  // systemen?", "kunt u het wissen uit uw administratie". The infinitive before asks; "is uit uw systeem verwijderd" reports,
  // and "heb ik gevraagd om ... uit jullie systemen te verwijderen" recalls.
  { kind: 'right', right: 'erasure', pattern: 'verwijderen|wissen|vernietigen ~1 uit ~1 jullie|uw ~1 systemen|systeem|administratie|database|databank|bestanden' },
  // Taken out of the back-ups as well is what only an erasure asks: "kunnen jullie die uit het postvak én uit de back-up halen?".
  // Restoring "vanuit de back-up" is not this, nor fetching "uit het archief halen" for a copy.
  { kind: 'right', right: 'erasure', pattern: 'uit ~2 de|het|alle|eventuele|onze|jullie ~1 back|backup|backups ~4 halen|verwijderen|wissen|verwijderd|gewist' },
  { kind: 'right', right: 'erasure', pattern: 'uit ~2 de|het|alle|eventuele|onze|jullie ~1 archief|archivering ~4 verwijderen|wissen|verwijderd|gewist' },
  // Fetching something out of a mailbox or archive is a copy, not an erasure of the mailbox the verb "halen" combines with:
  // "kunnen jullie helpen om dit uit zijn oude mailbox te halen?", "kunnen jullie dat uit het archief halen?" (all three such
  // Dutch mails are labelled access). Weak on its own: an IT restore of a file out of an archive asks nothing.
  { kind: 'right', right: 'access', pattern: 'dit|dat|die|deze|ze ~3 uit ~1 zijn|haar|de|het|hun ~2 mailbox|postvak|mailboxen|archief|onedrive ~2 halen|gehaald|haalt', weight: 0.5, overrides: 'erasure' },
  { kind: 'right', right: 'erasure', pattern: '@erase|verwijderen|wissen|halen ~6 ook ~1 uit ~2 de|het|alle|eventuele|onze|jullie ~1 back|backup|backups' },
  { kind: 'right', right: 'erasure', pattern: '@erase|verwijderen|wissen ~6 ook ~1 uit ~2 de|het|alle|eventuele|onze|jullie ~1 archief|archivering' },
  { kind: 'right', right: 'erasure', pattern: 'ook ~1 uit ~2 jullie|uw|het|dat|de ~1 klantenbestand|klantbestand|klantenadministratie|klantendatabase|klantsysteem|klantensysteem|ledenadministratie|ledenbestand' },
  // Objecting to being located: "bezwaar tegen het feit dat zijn laptop zijn locatie doorgeeft".
  { kind: 'right', right: 'objection', pattern: 'bezwaar ~12 locatiebepaling|locatiegegevens|gps|locatietracking' },
  { kind: 'right', right: 'objection', pattern: 'bezwaar ~12 locatie ~3 doorgeeft|doorgegeven|doorgeven|bijhoudt|bijgehouden|volgt|gevolgd|registreert|geregistreerd' },
  // "Alles wat jullie van mij hebben" as what is to go asks for no copy: "verwijder alles wat jullie van
  // mij hebben", "alles wat jullie van mij hebben mag weg", "mag alles wat jullie van mij hebben ook weg".
  { kind: 'right', right: 'erasure', pattern: '@erase|wis|verwijder ~2 alles ~4 wat ~6 van|over ~1 mij|me', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'alles ~4 wat ~6 van|over ~1 mij|me ~4 hebben|heeft|hebt|bewaren|bewaart ~1 mag|mogen|kan|kunnen ~2 weg|verwijderd|gewist|vernietigd', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'mag|mogen|kan|kunnen ~2 alles ~4 wat ~6 van|over ~1 mij|me ~6 weg|verwijderd|gewist|vernietigd', overrides: 'access' },
  // The same object with the verb of erasing after it, in a clause of wish: "ik wil dat jullie alles wat jullie van mij hebben
  // (in jullie CRM) verwijderen", "dat u alles wat u over mij heeft wist", "alles wat jullie over mij hebben mag de prullenbak in".
  // The separable verb written apart by a plain writer counts too: "alles wat jullie van mij hebben weg gooien", and so do the
  // everyday verbs of taking away: "alles wat jullie van mij hebben weghalen", "... schrappen".
  { kind: 'right', right: 'erasure', pattern: 'alles ~4 wat ~6 van|over ~1 mij|me ~4 hebben|heeft|hebt|bewaren|bewaart ~3 verwijderen|verwijdert|wissen|wist|vernietigen|vernietigt|weggooien|weg|prullenbak|shredder|weghalen|weghaalt|wegdoen|wegmaken|schrappen|schrapt', overrides: 'access' },
  // The erasure that follows a copy, and spares only what the law keeps: "daarna mogen jullie alles verwijderen", "daarna
  // alles verwijderen wat jullie niet wettelijk hoeven te bewaren", "wil ik dat u alles verwijdert wat u niet wettelijk hoeft te bewaren".
  // Permission in sequence asks, as "graag" does; a mailbox or server named after it ("daarna mag de mailbox weg"), or a PST
  // export before it, is IT work. "Alles", not "alle back-ups", is what the sender's erasure spares the law's share of.
  // First what is held about me, then gone, the erasure in any words: "eerst wil ik zien wat u over mij bewaart, vervolgens mag
  // het de prullenbak in" is not matched, but "stuur eerst op wat u van mij heeft en gooi het daarna weg" and "... en wis het
  // daarna" are. 'Mij' after 'eerst' keeps a server wiped after a back-up out.
  { kind: 'right', right: 'erasure', pattern: 'eerst ~20 mij|me ~16 daarna|vervolgens|nadien ~5 weg|weggooien|wissen|gewist|verwijderen|verwijderd|verwijdert|vernietigen|vernietigd' },
  { kind: 'right', right: 'erasure', pattern: 'eerst ~20 mij|me ~16 verwijder|wis|gooi|vernietig ~2 het|ze|dat|die|alles|dit ~2 daarna|vervolgens|nadien' },
  { kind: 'concept', concept: 'theyAsked', pattern: 'daarna|vervolgens|nadien|erna ~2 mag|mogen' },
  { kind: 'concept', concept: 'itObject', pattern: 'pst|pstbestand|pstbestanden' },
  // A firm's own data handed over or erased at the end of a contract is IT work, not a person's: "kunt u bevestigen dat na de
  // overdracht alle gegevens van ons bedrijf bij u worden verwijderd?" (all four such Dutch mails are labelled none).
  { kind: 'concept', concept: 'itObject', pattern: 'gegevens|data|bestanden ~2 van ~1 ons|onze ~1 bedrijf|organisatie|kantoor|praktijk|stichting|vereniging|firma' },
  // The law's share told without the law: "verwijder dan alles wat niet verplicht bewaard moet worden", "... niet bewaard hoeft te worden".
  { kind: 'right', right: 'erasure', pattern: 'alles ~5 @erase|weg|weghalen|weggooien ~6 niet ~3 wettelijk|wettelijke|verplicht|verplichte|bewaard' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 alles ~8 niet ~3 wettelijk|wettelijke|verplicht|verplichte|bewaard' },
  // The leave with the law's share inside it: "daarna mag alles wat jullie niet wettelijk hoeven te bewaren gewoon weg".
  { kind: 'right', right: 'erasure', pattern: 'mag|mogen ~2 alles ~2 wat ~6 niet ~3 wettelijk|wettelijke ~8 weg|verwijderd|gewist|vernietigd' },
  // "Dat u al mijn gegevens wist": "wist" erases after the data it names (before it, "ik wist niet" knew).
  { kind: 'right', right: 'erasure', pattern: '@mine|al|alle ~2 @personalData|gegevens|persoonsgegevens ~2 wist' },
  // "Ik zou graag zien dat mijn cv wordt verwijderd": seeing is wishing here, not a look at my data.
  { kind: 'right', right: 'erasure', pattern: 'graag ~1 zien ~1 dat ~12 verwijderd|gewist|vernietigd|weggehaald|verwijderen|wissen', overrides: 'access' },
  // A copy of one's passport or diploma to be deleted is a document held, not a copy asked for.
  { kind: 'right', right: 'erasure', pattern: 'kopie|kopieën|scan|scans|afschrift ~2 van ~1 mijn ~2 paspoort|rijbewijs|identiteitsbewijs|identiteitskaart|id|diploma|diplomas|loonstrook|loonstroken ~8 verwijderd|gewist|vernietigd|verwijderen|wissen|vernietigen|weggehaald|weghalen', overrides: 'access' },
  // Off a calling list, or "haal mijn adres er af": direct marketing stopped, not the data erased.
  { kind: 'right', right: 'unsubscribe', pattern: 'van|uit ~3 bellijst|bellijsten|belbestand|belbestanden|belcirkel|telemarketinglijst|telemarketingbestand', overrides: 'erasure' },
  { kind: 'right', right: 'unsubscribe', pattern: 'haal|halen ~4 er ~4 af|vanaf', overrides: 'erasure' },
  // My data off the mailing list is the list left, not an erasure: "ik verzoek u mijn gegevens per omgaande van uw verzendlijsten
  // te verwijderen". The data must be mine: "haar uit de mailinglijst halen en haar account wissen" keeps its erasure.
  { kind: 'right', right: 'unsubscribe', pattern: 'mijn|mn ~2 gegevens|adres|mailadres|emailadres|naam ~3 van|uit ~2 uw|jullie|de|die ~1 verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|adressenlijst|nieuwsbrieflijst ~3 te ~1 verwijderen|halen|schrappen', overrides: 'erasure' },
  // Out of the file kept for selling: "haal mijn nummer uit uw bestand voor die verkoopgesprekken", "uit uw lijst voor reclame".
  { kind: 'right', right: 'unsubscribe', pattern: 'uit ~3 bestand|lijst|database|databank|systeem ~3 voor ~2 verkoopgesprekken|verkoop|telemarketing|acquisitie|@marketing', overrides: 'erasure' },
  // A photo, film or recording I am in, taken down: "wis de beelden waarop ik te zien ben", "de foto van mij van de site halen".
  { kind: 'right', right: 'erasure', pattern: 'foto|fotos|beelden|opname|opnames|filmpje|filmpjes|video|videos ~4 waarop|waar|van ~4 ik|mij|me ~12 @erase|weghalen|weghaalt|eraf|afhalen|halen|offline' },
  { kind: 'right', right: 'erasure', pattern: '@erase|haal|weghalen ~3 de|die|deze ~1 foto|fotos|beelden|opname|opnames|filmpje|filmpjes|video|videos ~4 waarop|waar|van ~4 ik|mij|me' },
  // The same of the sender's child, whose rights a parent exercises: "de foto van mijn dochter van de website halen".
  { kind: 'right', right: 'erasure', pattern: 'foto|fotos|beelden|opname|opnames|filmpje|filmpjes|video|videos ~4 waarop|waar|van ~3 mijn|onze|ons ~1 zoon|dochter|kind|kinderen|zoontje|dochtertje ~12 @erase|weghalen|weghaalt|eraf|afhalen|halen|offline' },
  { kind: 'right', right: 'erasure', pattern: '@erase|haal|weghalen ~3 de|die|deze ~1 foto|fotos|beelden|opname|opnames|filmpje|filmpjes|video|videos ~4 waarop|waar|van ~3 mijn|onze|ons ~1 zoon|dochter|kind|kinderen|zoontje|dochtertje' },
  // A photo in which someone is recognisable, or one objected to, taken down: "wilt u de foto's waar Emma herkenbaar op staat
  // verwijderen?", "ik maak bezwaar tegen het gebruik van die foto's en verzoek u ze te verwijderen".
  { kind: 'right', right: 'erasure', pattern: 'foto|fotos|beelden|opname|opnames|filmpje|filmpjes|video|videos ~6 herkenbaar ~8 @erase|weghalen|weghaalt|offline' },
  { kind: 'right', right: 'erasure', pattern: 'bezwaar ~6 foto|fotos|beelden|opname|opnames|filmpje|filmpjes|video|videos ~10 @erase|weghalen|weghaalt|offline' },
  // Nieuwsbrief, persbericht, vakblad: words that say the mail informs about privacy in general.
  { kind: 'informational', pattern: 'editie|persbericht|persberichten|redactie|jurisprudentie|arrest|uitspraak|uitspraken|abonnees' },
  { kind: 'informational', pattern: 'geachte ~1 relatie|relaties' },
  // A forward for reading ("ter info", "ter kennisname") and a newsletter's "lees verder" pass news on; they ask nothing.
  { kind: 'informational', pattern: 'ter ~1 info|informatie|kennisname|lering' },
  { kind: 'informational', pattern: 'fyi' },
  // A request passed on that the sender's own firm already answered, and nothing for us to do: "dit verzoek hebben we zelf
  // beantwoord", "is bij ons al afgehandeld", "niets nodig van jullie".
  { kind: 'informational', pattern: 'zelf ~2 beantwoord|afgehandeld|afgerond|opgelost' },
  // ... passed on for the archive only, or one we had handled earlier: "alleen voor het archief", "ter archivering", "die hadden
  // jullie in mei al afgehandeld".
  { kind: 'informational', pattern: 'voor ~1 het|ons ~1 archief' },
  { kind: 'informational', pattern: 'ter ~1 archivering' },
  { kind: 'informational', pattern: 'hadden ~1 jullie|u ~3 al|reeds ~1 afgehandeld|beantwoord|verwerkt' },
  { kind: 'informational', pattern: 'bij|door ~1 ons ~2 al|reeds ~1 beantwoord|afgehandeld|afgerond' },
  { kind: 'informational', pattern: 'niets|niks ~2 nodig ~2 van|bij ~1 jullie|u' },
  // A suspect mail forwarded to ask whether it is real ("Is dit echt? Ik heb niet op de link geklikt", "is dit phishing?"): the
  // leak it announces is the phisher's bait, not one the sender reports.
  { kind: 'informational', pattern: 'is ~1 dit|dat|deze|die ~1 mail|bericht ~1 echt|betrouwbaar|phishing|nep|vals' },
  { kind: 'informational', pattern: 'is ~1 dit|dat|het ~1 echt|phishing|nep|vals' },
  // The phisher's threat to the reader's mailbox ("Uw mailbox heeft de opslaglimiet bereikt en wordt binnen 24 uur verwijderd
  // inclusief alle gegevens", "worden al uw gegevens gewist. Verifieer uw account") is no erasure anyone asks.
  { kind: 'hypothetical', pattern: 'uw|je ~1 mailbox|account|postvak|mailaccount|outlook|office ~8 wordt|worden|zal ~8 verwijderd|gewist|geblokkeerd|gedeactiveerd|opgeheven' },
  { kind: 'hypothetical', pattern: 'worden ~2 al ~1 uw|je ~1 gegevens ~2 gewist|verwijderd' },
  // Storage cleared, answering the helpdesk: "ja, die back-ups van 2019 en 2020 mogen weg", "de NAS met back-ups mag weg".
  { kind: 'hypothetical', pattern: 'back|backup|backups|backupsets|snapshots|logs|logbestanden|nas|server|servers ~8 mogen|mag ~2 weg|verwijderd|gewist' },
  // Done already by the sender himself, the ticket may close: "ik heb mijn account zelf al verwijderd, thx", "ik heb de gegevens
  // van Sander al zelf uit het AD verwijderd".
  { kind: 'hypothetical', pattern: 'zelf ~1 al|reeds ~6 verwijderd|gewist|opgeheven|aangepast|gewijzigd|gecorrigeerd|afgemeld|uitgeschreven' },
  { kind: 'hypothetical', pattern: 'al|reeds ~1 zelf ~6 verwijderd|gewist|opgeheven|aangepast|gewijzigd|gecorrigeerd|afgemeld|uitgeschreven' },
  { kind: 'informational', pattern: 'opslaglimiet' },
  { kind: 'informational', pattern: 'verifieer|verifieren|verifieert|bevestig|bevestigt ~3 uw|je ~1 account|mailbox|identiteit' },
  { kind: 'informational', pattern: 'niet ~3 op ~2 link|knop ~1 geklikt|gedrukt' },
  { kind: 'informational', pattern: 'heb ~2 niet ~1 geklikt' },
  { kind: 'informational', pattern: 'lees ~2 verder|meer|hier|online' },
  { kind: 'informational', pattern: 'lees ~3 artikel|artikelen|blog|whitepaper|nieuwsbericht' },
  // "Nooit aangemeld" denies the sign-up, not the request beside it in the clause: "graag van deze lijst af. heb me nooit
  // aangemeld", "hou op met die mails aub. heb me nooit ergens voor aangemeld".
  { kind: 'deniesNothing', pattern: 'nooit ~3 aangemeld|ingeschreven|opgegeven|aangevraagd' },
  // "Geen idee" denies knowing, not what is asked in the clause: "wij hebben geen idee hoe we een export van zijn mailbox maken".
  { kind: 'deniesNothing', pattern: 'geen ~1 idee' },
  // "Zodat dit niet nog een keer gebeurt" wishes the harm away, not the request in its clause: "wil ik dat jullie mijn
  // e-mailadres corrigeren zodat dit niet nog een keer gebeurt".
  { kind: 'deniesNothing', pattern: 'niet ~1 nog ~1 een ~1 keer|keertje ~1 gebeurt|gebeuren|voorkomt|overkomt' },
  { kind: 'deniesNothing', pattern: 'niet ~1 nog ~1 eens|weer|meer ~1 gebeurt|gebeuren|voorkomt|overkomt' },
  { kind: 'deniesNothing', pattern: 'niet ~1 weer|meer ~1 gebeurt|gebeuren|voorkomt|overkomt' },
  // Leaks in the plural are a subject ("83% van de datalekken", "Datalekken voorkomen in 2026", "meldingen van datalekken"):
  // someone reporting one names one. A mailing says whom it is sent to: "U ontvangt deze uitnodiging als relatie van ...".
  { kind: 'informational', pattern: 'datalekken|datalekmeldingen' },
  { kind: 'informational', pattern: 'u|je ~1 ontvangt ~1 deze ~1 e|mail|email|nieuwsbrief|uitnodiging|update|berichten ~3 omdat|als' },
  { kind: 'informational', pattern: 'in ~1 deze ~1 nieuwsbrief|update|uitgave' },
  // A how-to for the reader ("Datalek? Zo handel je binnen 72 uur", "Lees de checklist", "onze voorbeeldbrieven") teaches
  // about requests and leaks in general.
  { kind: 'informational', pattern: 'checklist|handreiking|stappenplan|voorbeeldbrief|voorbeeldbrieven|modelbrief|modelbrieven' },
  // News digests and tips passed on, and a template asked for a request someone else received: "Vraag van de maand: ...",
  // "De toezichthouder publiceert ...", "lees hoe u ...", "misschien interessant voor jullie", "hebben jullie een standaardbrief?".
  { kind: 'informational', pattern: 'standaardbrief|standaardbrieven|standaardantwoord|sjabloon|sjablonen' },
  { kind: 'informational', pattern: 'vraag ~2 van ~1 de ~1 maand|week' },
  { kind: 'informational', pattern: 'publiceert|publiceerde|gepubliceerd' },
  { kind: 'informational', pattern: 'lees ~1 hoe|wanneer|waarom' },
  { kind: 'informational', pattern: 'misschien|wellicht ~1 interessant|handig' },
  { kind: 'informational', pattern: 'zo ~1 handel|handelt|doe|doet|voorkom|voorkomt|vraag ~1 je|u' },
  // The same how-to headline with other verbs: "zo beantwoordt u een inzageverzoek", "Zo houdt u de termijn", "zo herken je een datalek".
  { kind: 'informational', pattern: 'zo ~1 beantwoordt|beantwoord|houdt|houd|regelt|regel|herkent|herken|meldt|meld|reageert|reageer|rekent|reken ~1 je|u' },
  // A fine imposed by the authority is news ("AP legt boete op aan huisartsenpost wegens te laat gemeld datalek"),
  // as is the authority's receipt of a notification ("Ontvangstbevestiging melding datalek"): neither reports nor complains.
  { kind: 'hypothetical', pattern: 'legt|leggen|legde|legden ~2 boete|boetes ~1 op' },
  { kind: 'hypothetical', pattern: 'boete|boetes ~6 opgelegd' },
  { kind: 'hypothetical', pattern: 'ontvangstbevestiging ~2 melding|meldingen ~2 datalek|datalekken' },
  // A question for advice that needs nothing done ("geen actie voor jullie nodig, meer een adviesvraag"), an auditor's
  // look at the books ("jaarrekeningcontrole: verzoek om inzage in de grootboekadministratie"), a sales pitch ("plan
  // vrijblijvend een kennismaking"): the request words in them name a subject.
  { kind: 'informational', pattern: 'geen ~1 actie ~4 nodig|vereist' },
  { kind: 'informational', pattern: 'adviesvraag|adviesvraagje' },
  { kind: 'informational', pattern: 'jaarrekening|jaarrekeningcontrole|grootboek|grootboekadministratie|controleverklaring' },
  { kind: 'informational', pattern: 'vrijblijvend|vrijblijvende|kennismaking|kennismakingsgesprek' },
  // A form or page to be built where others file requests, with a quote asked for it: "een formulier waarmee patiënten zelf
  // een inzage- of verwijderverzoek kunnen indienen ... Graag een prijsopgave", "Kunnen jullie een offerte maken?".
  { kind: 'informational', pattern: 'prijsopgave|prijsindicatie|offerteaanvraag' },
  { kind: 'informational', pattern: 'een ~1 offerte ~2 maken|sturen|opstellen|uitbrengen' },
  { kind: 'informational', pattern: 'formulier|webformulier|verzoekformulier|pagina ~10 kunnen|kan ~1 indienen|melden|aanvragen|opvragen|invullen' },
  // Students asking how requests are handled, for a thesis: "ik schrijf een scriptie over ...", "voor mijn afstudeeronderzoek".
  { kind: 'informational', pattern: 'scriptie|afstudeeronderzoek|afstudeerscriptie|masterscriptie|bachelorscriptie|afstudeeropdracht|afstudeerproject|student|studente|interviewen|geinterviewd' },
  // Colleagues dividing the work on someone's request: "het inzageverzoek van mevrouw Jaspers", "wie pakt dit op?",
  // "de begeleidende brief", "concept antwoord".
  { kind: 'informational', pattern: 'het|dat|dit ~1 inzageverzoek|verwijderverzoek|verwijderingsverzoek|wisverzoek|privacyverzoek ~1 van' },
  { kind: 'informational', pattern: 'wie ~1 pakt|neemt|schrijft|doet ~2 dit|dat|het|de|wat|op' },
  { kind: 'informational', pattern: 'begeleidende ~1 brief' },
  { kind: 'informational', pattern: 'conceptantwoord|antwoordbrief|conceptbrief|concept ~1 antwoord|reactie|brief' },
  // A draft handed to a colleague to read before it goes out: "hieronder mijn concept", "kun je meelezen voordat ik het verstuur?".
  { kind: 'informational', pattern: 'meelezen|meekijken|meelezer' },
  { kind: 'informational', pattern: 'mijn|het|dit|m n ~1 concept|conceptje|conceptversie' },
  { kind: 'informational', pattern: 'voordat|voor ~1 ik ~1 het|hem|dit|deze|m ~1 verstuur|verzend|opstuur|doorstuur|uitstuur' },
  // The firm telling what it keeps by law and how it uses it ("Uw facturen bewaren wij op grond van de fiscale bewaarplicht
  // zeven jaar", "deze gegevens gebruiken wij niet voor andere doeleinden") is a reply, not a restriction asked.
  { kind: 'hypothetical', pattern: 'wij|we ~10 fiscale|wettelijke ~1 bewaarplicht|bewaartermijn' },
  { kind: 'hypothetical', pattern: 'gebruiken|gebruikten ~1 wij|we ~3 niet|nergens|alleen|uitsluitend|enkel ~3 voor' },
  // A firm telling what it does only with the reader's consent ("uiteraard delen wij cv's pas na uw akkoord", "we verwerken
  // uw gegevens alleen met uw toestemming") offers, asks nothing.
  { kind: 'hypothetical', pattern: 'delen|verwerken|gebruiken|bewaren|verstrekken|versturen ~1 wij|we ~6 pas|alleen|uitsluitend|enkel ~3 na|met ~3 akkoord|toestemming|goedkeuring|instemming' },
  { kind: 'hypothetical', pattern: 'wij|we ~1 delen|verwerken|gebruiken|bewaren|verstrekken|versturen ~6 pas|alleen|uitsluitend|enkel ~3 na|met ~3 akkoord|toestemming|goedkeuring|instemming' },
  // A mailing's own footer asks the reader whether he still wants it ("Wilt u geen mails meer van ons ontvangen? Antwoord
  // met STOP", "Wil je deze updates niet meer ontvangen?"): with the reader as the one who receives, nobody asks to leave.
  { kind: 'hypothetical', pattern: 'wilt|wil ~1 u|je ~1 deze|geen|onze ~6 niet|meer ~4 ontvangen|krijgen' },
  { kind: 'negation', language: 'nl', pattern: 'niemand|niet|geen|nooit|niets|niks|nergens|zonder|nee' },
  { kind: 'hypothetical', pattern: 'indien|wanneer|stel|mocht|mochten|zodra ~5 @hypotheticalSubject|iemand' },
  { kind: 'hypothetical', pattern: 'als ~1 een|iemand|er ~4 @hypotheticalSubject|iemand' },
  // One of the sender's own people supposed, whatever they are called: "als een van onze chauffeurs zijn telefoon verliest".
  { kind: 'hypothetical', pattern: 'als|indien|wanneer|mocht|stel ~2 een ~1 van ~1 onze|hen' },
  // A request someone might file, named by a pronoun: "... verwijdert u alle gegevens uit de back-up als die een verzoek tot
  // verwijdering indient", "zodra hij een inzageverzoek doet".
  { kind: 'hypothetical', pattern: 'als|zodra|wanneer|indien ~1 die|deze|hij|zij|ze ~2 een ~1 verzoek|inzageverzoek|verwijderverzoek|verzoekje' },
  { kind: 'hypothetical', pattern: 'als|zodra|wanneer|indien|mocht ~1 hij|zij ~7 vraagt|verzoekt|eist|opvraagt' },
  { kind: 'hypothetical', pattern: 'hoe ~5 om ~3 met|gaan' },
  { kind: 'hypothetical', pattern: 'hoe ~2 zit ~2 het|dat ~2 met' },
  // Not getting into one's own mail or account any more is a lockout for IT, no mail to stop: "ik kan niet meer in mijn mail".
  { kind: 'hypothetical', pattern: 'kan|kom|kun ~3 niet ~2 meer ~2 in|bij ~2 mijn|m ~1 mail|mailbox|account|email|outlook|werkmail|mails' },
  { kind: 'hypothetical', pattern: 'hoe|wat ~4 moeten|moet|kunnen|dienen ~4 wij|we|je|jullie ~5 @handle' },
  { kind: 'hypothetical', pattern: 'verwerkersovereenkomst|verwerkersovereenkomsten|vragenlijst|beveiligingsvragenlijst' },
  { kind: 'hypothetical', pattern: 'verwerkingsovereenkomst|overeenkomst ~3 verwerking' },
  { kind: 'stopword', language: 'nl', pattern: 'de|het|een|en|van|ik|je|dat|niet|wij|mijn|met|voor|op|graag|zijn|wilt|u|uw|jullie|bij|ook|naar|heb|hebben|maar|wordt|worden|kunt|alstublieft|bedankt|groet|hierbij|verzoek|gegevens|kun|kan|kunnen|mag|even|aub|deze|nog|ze|alsjeblieft' },
];
