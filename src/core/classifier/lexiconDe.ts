import { listedInAccessRequest, readAndSetAside, type CueRule } from './cueRule.ts';

/** German: how people ask, negate, suppose and close a mail. Patterns use the classes in `wordClasses.ts`. */
export const LEXICON_DE: readonly CueRule[] = [
  { kind: 'right', right: 'access', pattern: 'auskunft|auskunftsersuchen|auskunftsanfrage|auskunftsantrag|selbstauskunft|auskunftsanspruch|auskunftsrecht|datenauskunft|auskunftsbegehren|auskunftsbegehrens', topic: true, weight: 0.5 },
  { kind: 'right', right: 'access', pattern: 'welche ~3 @personalData|informationen ~10 mich|mir|meine|ich' },
  // The person named by a possessive, with what is held: "welche Unterlagen zu meiner Person Sie gespeichert haben", "welche Daten die Schule über meinen Sohn speichert".
  { kind: 'right', right: 'access', pattern: 'welche ~3 @personalData|informationen|unterlagen|notizen|angaben ~10 meiner|meinen|meinem ~1 person|sohn|tochter|kind|sohnes|kindes ~6 gespeichert|speichert|speichern|verarbeitet|verarbeiten|vorliegen|vorliegt|erfasst|erhoben' },
  // Not "Kopie meines Ausweises" (an attachment): a copy of data, mails or the mailbox.
  { kind: 'right', right: 'access', pattern: 'kopie ~6 @personalData|daten|mailbox|postfach|mails|emails|korrespondenz|mailverkehr' },
  { kind: 'right', right: 'access', pattern: 'kopie|export ~4 @their|seines|ihres ~2 postfach*|mailbox*|mails|daten|dateien|konto*' },
  // A former employee's mailbox is also deleted on offboarding: it needs the request named too.
  { kind: 'right', right: 'access', pattern: 'postfach|mailbox ~4 ehemalig*|fruher*|ausgeschieden*|frueher* ~2 mitarbeiter*|kollege*|kollegin', weight: 0.5 },
  { kind: 'right', right: 'access', pattern: 'was ~4 uber|ueber ~1 mich ~4 gespeichert|gespeichert|verarbeitet|wissen|vorliegt|haben' },
  // "Was haben Sie eigentlich noch von mir gespeichert?"
  { kind: 'right', right: 'access', pattern: 'was ~4 von ~1 mir ~3 gespeichert|gesammelt|erfasst|aufbewahrt|notiert|vorliegt' },
  { kind: 'right', right: 'access', pattern: 'ob ~6 @personalData ~6 mich|mir|meine ~4 verarbeit*|gespeichert|speicher*' },
  { kind: 'right', right: 'access', pattern: 'zugang|einsicht ~4 @my|zu ~3 @personalData' },
  { kind: 'right', right: 'access', pattern: 'auskunft ~4 erteilen|erteilt|zu ~1 erteilen' },
  { kind: 'right', right: 'access', pattern: 'verlange|beantrage|ersuche|fordere|begehre|erwarte|erwarten ~4 auskunft' },
  // The answer still owed, chased: "Meine Auskunft steht seit März aus", "die ausstehende Auskunft".
  { kind: 'right', right: 'access', pattern: 'auskunft|datenauskunft|auskunftsersuchen|auskunftsanfrage|auskunftsantrag ~6 steht|stehen ~3 aus' },
  { kind: 'right', right: 'access', pattern: 'ausstehende|ausstehenden ~1 auskunft|datenauskunft' },
  // An ultimatum naming what is still owed: "Wenn ich bis Freitag keine Auskunft über meine Daten bekomme, wende ich mich an ...",
  // "Sollte ich bis zum 10. keine Kopie meiner Daten erhalten". The negation belongs to the phrase.
  { kind: 'right', right: 'access', pattern: 'bis ~6 keine|keinerlei ~2 auskunft|kopie ~3 @mine|mich ~1 daten|person|gespeicherten|personenbezogenen' },
  { kind: 'right', right: 'access', pattern: 'bis ~6 keine|keinerlei ~2 auskunft ~1 uber|ueber ~1 mich' },
  // The same with the answer owed named and the complaint threatened: "Wenn ich die Auskunft nicht bis zum 15. erhalte, werde ich
  // Beschwerde ... einreichen", and the erasure owed: "Wenn meine Daten nicht bis Freitag gelöscht sind, beschwere ich mich".
  { kind: 'right', right: 'access', pattern: 'wenn|falls|sollte|sofern ~3 auskunft|kopie|datenauskunft ~1 nicht ~6 erhalte|bekomme|vorliegt ~12 beschwerde|beschwere|@authority|landesbeauftragte*' },
  // The answer owed with a deadline "binnen" or "innerhalb", the threat after it or first, also in a lawyer's words for his
  // client: "Sollte ich innerhalb von zwei Wochen keine vollständige Auskunft erhalten, wende ich mich an ...", "..., die Sache der
  // Landesbeauftragten vorzulegen, sollten wir binnen zwei Wochen keine vollständige Auskunft bekommen".
  { kind: 'right', right: 'access', pattern: 'wenn|falls|sollte|sollten|sofern ~6 binnen|innerhalb ~6 keine|keinerlei ~2 auskunft|datenauskunft|kopie ~6 erhalte|erhalten|erhält|erhalt|bekomme|bekommen|bekommt ~12 beschwerde|beschwere|@authority|landesbeauftragte*' },
  { kind: 'right', right: 'access', pattern: 'beschwerde|@authority|landesbeauftragte* ~20 wenn|falls|sollte|sollten|sofern ~6 keine|keinerlei ~2 auskunft|datenauskunft|kopie ~6 erhalte|erhalten|erhält|erhalt|bekomme|bekommen|bekommt' },
  { kind: 'right', right: 'erasure', pattern: 'wenn|falls|sollten|sofern ~3 daten|angaben|konto|adresse ~1 nicht ~4 gelöscht|geloscht|geloescht|entfernt ~4 sind|ist|werden|wurden ~12 beschwerde|beschwere|@authority|landesbeauftragte*' },
  // The recording of a call the mail told of, asked removed, is the caller's: "löschen Sie die Aufzeichnung dieses Gesprächs".
  { kind: 'right', right: 'erasure', pattern: 'aufzeichnung|aufnahme|mitschnitt ~1 dieses|des ~1 gesprachs|gespraechs|anrufs|telefonats ~4 @erase' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 aufzeichnung|aufnahme|mitschnitt ~1 dieses|des ~1 gesprachs|gespraechs|anrufs|telefonats' },
  // Its "gelöscht sind" tells nothing as done: the deadline renews the erasure asked before.
  { kind: 'renewal', pattern: 'wenn|falls|sollten|sofern ~3 daten|angaben|konto|adresse ~1 nicht ~4 gelöscht|geloscht|geloescht|entfernt ~4 sind|ist|werden|wurden ~12 beschwerde|beschwere|@authority|landesbeauftragte*' },
  { kind: 'right', right: 'access', pattern: 'woher ~4 haben ~3 sie ~3 @my ~3 @identity|@personalData' },
  { kind: 'right', right: 'access', pattern: 'woher ~3 sie|ihr ~3 @my ~3 @identity|@personalData|kontaktdaten' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~6 @my ~3 @personalData|@account|bewerbung|unterlagen|fotos|aufnahmen' },
  // Photos of the sender's child, whose rights a parent exercises: "entfernen Sie das Foto meines Sohnes".
  { kind: 'right', right: 'erasure', pattern: '@erase|nehmen ~6 foto|fotos|bild|bilder|video|videos ~3 meines|meiner|unseres|unserer ~1 sohnes|sohns|tochter|kindes|kinder' },
  { kind: 'right', right: 'erasure', pattern: 'foto|fotos|bild|bilder|video|videos ~3 meines|meiner|unseres|unserer ~1 sohnes|sohns|tochter|kindes|kinder ~10 @erase' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 samtlich*|alle|allen|aller|saemtlich* ~4 @personalData' },
  { kind: 'right', right: 'erasure', pattern: '@personalData ~4 mich ~4 betreffend* ~4 @erase' },
  // A copy of an identity document, a child's handed in with a form, wished gone in the passive: "ich möchte, dass die
  // Ausweiskopie und das Formular vernichtet werden".
  { kind: 'right', right: 'erasure', pattern: 'möchte|mochte|moechte|will|wünsche|wunsche|bitte|bitten ~3 dass ~2 ausweiskopie|ausweiskopien|passkopie|reisepasskopie|führerscheinkopie|fuhrerscheinkopie ~6 vernichtet|gelöscht|geloscht|geloescht|entsorgt ~1 wird|werden' },
  { kind: 'right', right: 'erasure', pattern: 'möchte|mochte|moechte|will|wünsche|wunsche|bitte|bitten ~3 dass ~2 kopie|kopien|scan ~1 des|meines|seines|ihres|von ~2 ausweises|ausweis|personalausweises|reisepasses|passes|führerscheins|fuhrerscheins ~6 vernichtet|gelöscht|geloscht|geloescht|entsorgt ~1 wird|werden' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 mich ~4 aus|von ~3 @account|systemen|system|datenbank|kartei|crm' },
  // "meine private Handynummer löschen Sie bitte aus Ihrem CRM": a detail erased from a system, even beside a mailing stopped.
  { kind: 'right', right: 'erasure', pattern: '@mine ~2 @identity|nummer|telefonnummer ~4 @erase ~4 aus ~2 ihrem|ihrer|eurem|eurer|dem|der ~1 crm|system|systemen|datenbank|kartei|kundendatei|kundendatenbank' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 @mine ~2 @identity|nummer|telefonnummer ~4 aus ~2 ihrem|ihrer|eurem|eurer|dem|der ~1 crm|system|systemen|datenbank|kartei|kundendatei|kundendatenbank' },
  // The sender's own record in a system ("löschen Sie meinen Kontakt aus Ihrem CRM", "meinen Eintrag aus Ihrer Datenbank"): erased, even beside a newsletter left.
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 @mine ~1 kontakt|eintrag|datensatz|kundeneintrag|kontakteintrag ~3 aus ~2 ihrem|ihrer|eurem|eurer|dem|der ~1 crm|system|systemen|datenbank|kartei|kundendatei|kundendatenbank|adressbuch' },
  // A detail erased "komplett", beside a newsletter left: "bitte newsletter abbestellen und meine adresse komplett löschen" wants it
  // gone, not only off the list.
  { kind: 'right', right: 'erasure', pattern: '@mine ~2 @identity|adresse|nummer|telefonnummer|daten ~2 komplett|vollständig|vollstandig|vollstaendig|restlos|endgültig|endgultig|endgueltig ~1 @erase' },
  { kind: 'right', right: 'erasure', pattern: 'recht ~2 auf ~2 vergessenwerden|vergessen|loschung|loeschung', topic: true },
  { kind: 'right', right: 'erasure', pattern: 'nicht ~2 mehr ~4 in ~3 ihrer|ihren|ihrem|eurer|eurem ~3 kundendatei|datenbank|kartei|system|crm|kundenliste ~3 gefuhrt|gefuehrt|gespeichert|erfasst|stehen|auftauchen|gelistet' },
  // "Ich möchte komplett aus Ihrer Kartei raus": out of the customer file, not off a mailing.
  { kind: 'right', right: 'erasure', pattern: 'raus|heraus ~1 aus ~1 ihrer|ihrem|eurer|eurem|der|dem ~1 kartei|kundenkartei|kundendatei|kundendatenbank|adressdatei' },
  { kind: 'right', right: 'erasure', pattern: 'aus ~1 ihrer|ihrem|eurer|eurem|der|dem ~1 kartei|kundenkartei|kundendatei|kundendatenbank|adressdatei ~2 raus|heraus' },
  { kind: 'right', right: 'erasure', pattern: 'nehmen|nimm|nehmt ~3 @mine ~2 foto|fotos|bild|bilder ~4 von|aus ~3 webseite|website|seite|homepage|internetseite' },
  // Photos that show the sender or the child are their data: "die Fotos, auf denen ich zu sehen bin", "nehmen Sie die Bilder, auf denen Emma zu erkennen ist, herunter".
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 fotos|bilder|foto|bild|aufnahmen|videos|video ~3 auf ~1 denen|dem ~8 zu ~1 sehen|erkennen' },
  { kind: 'right', right: 'erasure', pattern: 'nehmen|nehmt|nimm ~6 fotos|bilder|foto|bild|aufnahmen|videos|video ~10 auf ~1 denen|dem ~8 zu ~1 sehen|erkennen ~8 herunter|runter|raus' },
  // The same across two sentences: the photos that show the child named first, then "Bitte entfernen Sie diese Fotos". Each half needs the other.
  { kind: 'right', right: 'erasure', pattern: 'fotos|bilder|foto|bild|aufnahmen|videos|video ~3 auf ~1 denen|dem ~8 zu ~1 sehen|erkennen', weight: 0.5 },
  { kind: 'right', right: 'erasure', pattern: '@erase ~3 diese|dieses|die|das ~1 fotos|bilder|foto|bild|aufnahmen|videos|video', weight: 0.5 },
  // The photo named as showing the sender ("ist ein Foto von mir zu sehen"), then taken down with a pronoun ("Bitte nehmen Sie es runter").
  { kind: 'right', right: 'erasure', pattern: 'fotos|bilder|foto|bild|aufnahmen|videos|video ~2 von ~1 mir ~8 zu ~1 sehen|erkennen', weight: 0.5 },
  { kind: 'right', right: 'erasure', pattern: 'nehmen|nehmt|nimm ~2 es|dieses|diese|das ~2 runter|herunter|offline', weight: 0.5 },
  // "Löscht alles, was ihr über mich gespeichert habt": what is held, named as the thing to erase, asks no copy.
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 alles|alle ~3 was|die|das ~6 uber|ueber|von ~1 mich|mir', overrides: 'access' },
  // The verb after it, where German puts it in a clause with "dass": "dass Sie alles, was Sie über mich haben, entfernen". Only the
  // verb right after what is held: "alles, was Sie über mich haben, und löschen Sie es dann" asks the copy first.
  { kind: 'right', right: 'erasure', pattern: 'alles|alle ~3 was|die|das ~6 uber|ueber|von ~1 mich|mir habt|haben|hat|wisst|wissen|speichert|speichern|vorliegt @erase|vernichten|entsorgen|wegmachen', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'alles|alle ~3 was|die|das ~6 uber|ueber|von ~1 mich|mir gespeichert|erfasst|notiert habt|haben|hat @erase|vernichten|entsorgen|wegmachen', overrides: 'access' },
  // "Portal-Zugang und alle meine Daten löschen": the login is deleted with the data, not asked to be seen.
  { kind: 'right', right: 'erasure', pattern: 'zugang|zugangs|login ~6 @personalData ~2 @erase', overrides: 'access' },
  // "meinen Namen" (accusative) is the name itself; "in meinem Namen" (on my behalf) is not.
  { kind: 'concept', concept: 'myContactDetail', pattern: 'meinen ~1 namen|nachnamen|vornamen' },
  // The old value named, then the new one: "dass meine Adresse nicht mehr Lindenstraße 4 ist, sondern Am Markt 17".
  { kind: 'concept', concept: 'wrongValue', pattern: 'nicht ~1 mehr ~6 sondern' },
  // The detail held about the sender: "die Adresse, die Sie von mir haben", "die Nummer, die Sie von mir gespeichert haben".
  { kind: 'concept', concept: 'myContactDetail', pattern: 'adresse|anschrift|nummer|telefonnummer|handynummer|mobilnummer|rufnummer|mailadresse|emailadresse ~3 sie|ihr ~1 von ~1 mir' },
  // The sender's own file: "eine Kopie meiner Patientenakte", "meine Personalakte einsehen".
  { kind: 'concept', concept: 'myData', pattern: '@mine ~1 akte|patientenakte|krankenakte|personalakte|behandlungsakte|kundenakte|schülerakte|schulerakte|schuelerakte|mitgliedsakte' },
  // Someone's request passed on to us as processor: "hat uns schriftlich aufgefordert, seine Daten zu löschen",
  // "ihm alles zu schicken, was wir über ihn gespeichert haben".
  { kind: 'concept', concept: 'theyAsked', pattern: 'aufgefordert' },
  { kind: 'concept', concept: 'theirData', pattern: 'was ~3 über|uber|ueber ~1 ihn ~3 gespeichert|vorliegt|vorliegen|verarbeitet|erfasst' },
  // A mail forwarding rule to delete is an admin task, even to "meine private Adresse".
  { kind: 'concept', concept: 'adminTask', pattern: '@erase ~3 weiterleitung|weiterleitungsregel|mailweiterleitung|weiterleitungen' },
  { kind: 'concept', concept: 'adminTask', pattern: 'weiterleitung|weiterleitungsregel|mailweiterleitung|weiterleitungen ~1 von|vom|im|auf|für|fur|fuer' },
  // A forwarding rule, user accounts or test data deleted are read as a deletion and set aside as IT work, so the rules' "no"
  // is a doubted one that the models leave alone ("Weiterleitung löschen", "den Benutzer im AD löschen", "alle Testbestellungen löschen").
  { kind: 'right', right: 'erasure', pattern: '@erase ~4 weiterleitung|weiterleitungen|weiterleitungsregel|mailweiterleitung|benutzerkonten|nutzerkonten|testbenutzer|testdaten|testkonten|testbestellungen', weight: 0.3, topic: true },
  { kind: 'right', right: 'erasure', pattern: 'weiterleitung|weiterleitungen|weiterleitungsregel|mailweiterleitung|benutzerkonten|nutzerkonten|testbenutzer|testdaten|testkonten|testbestellungen ~10 @erase', weight: 0.3, topic: true },
  // A file of ours thanked for as sent asks nothing: "Danke für die Zusendung der Kopie", "vielen Dank fürs Schicken der Datei".
  { kind: 'hypothetical', pattern: 'danke|dank ~2 für ~1 die|den|das|ihre|eure ~1 zusendung|übersendung|kopie|export|übersicht|uebersicht|ubersicht|datei|dateien|zip' },
  // A mailing told as ended since something was done asks nothing: "Seitdem keine Mails mehr.", "keine Werbung mehr seither".
  { kind: 'hypothetical', pattern: 'seitdem|seither ~5 keine|keinen ~1 @newsletter|@marketing|mail|anrufe ~2 mehr' },
  // A supposition asked: "Kann es sein, dass ich versehentlich aus dem Verteiler genommen wurde?".
  { kind: 'hypothetical', pattern: 'kann|konnte|koennte ~1 es ~1 sein ~1 dass' },
  // Whether a step can be done at all, asked: "Können Sie das auch aus den Backups löschen, oder ist das technisch unmöglich?".
  { kind: 'hypothetical', pattern: 'oder ~1 ist ~1 das|es|dies ~1 technisch ~2 moglich|unmoglich|machbar|moeglich|unmoeglich' },
  { kind: 'hypothetical', pattern: 'keine|keinen ~1 @newsletter|@marketing|mail|anrufe ~2 mehr ~1 seitdem|seither' },
  { kind: 'hypothetical', pattern: 'danke|dank ~2 fürs|fuers|furs zusenden|schicken|übersenden|uebersenden|ubersenden' },
  // Our sign-off thanked for as done: "Danke für die Abmeldung", "vielen Dank fürs Austragen"; not thanks "im Voraus".
  { kind: 'hypothetical', pattern: 'danke|dank für|fur|fuer ~1 die|das|meine ~1 abmeldung|austragung|abmelden|austragen' },
  { kind: 'hypothetical', pattern: 'danke|dank fürs|fuers|furs abmelden|austragen' },
  { kind: 'hypothetical', pattern: '@erase ~4 weiterleitung|weiterleitungen|weiterleitungsregel|mailweiterleitung|benutzerkonten|nutzerkonten|testbenutzer|testdaten|testkonten|testbestellungen' },
  { kind: 'hypothetical', pattern: 'weiterleitung|weiterleitungen|weiterleitungsregel|mailweiterleitung|benutzerkonten|nutzerkonten|testbenutzer|testdaten|testkonten|testbestellungen ~10 @erase' },
  ...readAndSetAside('erasure', 'den|die|seinen|ihren ~1 benutzer ~6 @erase', 0.3),
  // A mailbox or its data threatened with deletion within hours is phishing ("werden alle Daten in 12 Stunden gelöscht"):
  // read and set aside by the threat, so the rules' no is a doubted one the models leave alone.
  { kind: 'right', right: 'erasure', pattern: 'daten|postfach|konto|mailbox ~8 stunden ~3 gelöscht|geloscht|geloescht', weight: 0.3, topic: true },
  // Invoices or statements no longer on paper ("bitte senden Sie mir keine Rechnungen mehr per Post, sondern per E-Mail") change the
  // channel of a contract's mail, not a mailing: read, and set aside where the new channel follows, so the rules' "no" is a doubted one the models leave alone.
  { kind: 'right', right: 'unsubscribe', pattern: 'keine ~2 rechnungen|rechnung|papierrechnung|papierrechnungen|kontoauszüge|kontoauszuge|kontoauszuege|mahnungen ~2 mehr ~2 per|auf|in ~1 post|papier|papierform|briefpost', weight: 0.3, topic: true },
  { kind: 'hypothetical', pattern: 'keine ~2 rechnungen|rechnung|papierrechnung|papierrechnungen|kontoauszüge|kontoauszuge|kontoauszuege|mahnungen ~2 mehr ~2 per|auf|in ~1 post|papier|papierform|briefpost ~3 sondern|stattdessen|lieber|nur ~4 per|als|via ~1 e|email|mail|pdf|portal' },
  // Where mail arrives now is routing, not a mailing left: "Brauch ich nicht mehr, die Mails kommen jetzt direkt im Shared Mailbox an".
  { kind: 'hypothetical', pattern: 'mails|emails|nachrichten ~2 kommen|landen|gehen|laufen ~3 jetzt|nun|inzwischen|ab ~3 direkt|im|in|an|ins' },
  // Users, several mailboxes and test data removed are IT housekeeping: "löschen Sie seinen Benutzer im Active Directory", "Testkonten löschen".
  { kind: 'concept', concept: 'adminTask', pattern: '@erase ~4 benutzer|benutzerkonten|testbenutzer|testdaten|testkonten|testbestellungen|postfächer|postfacher|postfaecher' },
  { kind: 'concept', concept: 'adminTask', pattern: 'benutzer|benutzerkonten|testbenutzer|testdaten|testkonten|testbestellungen|postfächer|postfacher|postfaecher ~10 @erase|weg' },
  // A leaver's mailbox turned into a shared one is offboarding, and what is deleted beside it is IT work:
  // "die Postfächer vorher in ein gemeinsames Postfach umwandeln, danach darf alles weg".
  { kind: 'concept', concept: 'adminTask', pattern: 'postfach|postfächer|postfacher|postfaecher ~8 umwandeln|umgewandelt|umzuwandeln' },
  // The Austrian and Swiss VAT number ("unsere UID-Nummer hat sich geändert", "MWST-Nr."), like the German "USt-IdNr.", is the firm's own detail.
  { kind: 'concept', concept: 'ourCompany', pattern: 'uid|mwst ~1 nummer|nr' },
  { kind: 'concept', concept: 'ourCompany', pattern: 'uidnummer|firmenbuchnummer|handelsregisternummer' },
  // A firm's own records at a contract's end ("die Löschung unserer Firmendaten bei Ihnen") are contract work, no person's data.
  { kind: 'concept', concept: 'adminTask', pattern: 'firmendaten|unternehmensdaten|geschäftsdaten|geschaftsdaten|geschaeftsdaten' },
  // Goods sold to the sender are a sales pitch, not his data sold: "die Anrufe, mit denen Sie mir Lizenzen verkaufen wollen".
  { kind: 'concept', concept: 'marketing', pattern: 'mir|uns ~3 verkaufen|andrehen', masksWords: true },
  // A lost or stolen device wiped from afar is IT work on the firm's equipment, no erasure of the sender's data: "löschen Sie das
  // Gerät aus der Ferne", "aus der Ferne zurücksetzen", "die Fernlöschung".
  { kind: 'concept', concept: 'adminTask', pattern: 'löschen|loschen|loeschen|zurücksetzen|zurucksetzen|zuruecksetzen|sperren ~4 aus ~1 der ~1 ferne' },
  { kind: 'concept', concept: 'adminTask', pattern: 'aus ~1 der ~1 ferne ~3 löschen|loschen|loeschen|gelöscht|geloscht|geloescht|zurücksetzen|zurucksetzen|zuruecksetzen|sperren' },
  { kind: 'concept', concept: 'adminTask', pattern: 'fernlöschung|fernloschung|fernloeschung|fernlöschen|fernloschen|fernloeschen' },
  // Details named before, to vanish in plain words: "dass diese privaten Angaben danach aus Ihren Systemen verschwinden".
  { kind: 'right', right: 'erasure', pattern: 'angaben|kontaktdaten ~6 aus ~2 ihren|ihrem|euren|eurem ~1 systemen|system|datenbank|datenbanken|kartei|unterlagen|crm ~1 verschwinden|verschwindet' },
  // Database tables and export files named as where the data sit ("in den Newsletter-Tabellen", "in einer Newsletter-Exportdatei") are a place to erase, not a mailing to leave.
  { kind: 'right', right: 'erasure', pattern: 'newsletter|verteiler|abonnenten ~1 tabelle|tabellen|exportdatei|exportdateien|export|exporte', weight: 0.3, overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: 'tabelle|tabellen|exportdatei|exportdateien ~2 newsletter|verteiler|abonnenten', weight: 0.3, overrides: 'unsubscribe' },
  // The newsletter named among the systems that hold the data ("Kontaktdaten im CRM, Tickets, Newsletter") is one more place to erase from.
  { kind: 'right', right: 'erasure', pattern: 'crm|ticketsystem|tickets|kundenkonto|sicherungen|backups|datensicherung ~8 newsletter', weight: 0.3, overrides: 'unsubscribe' },
  { kind: 'right', right: 'erasure', pattern: 'newsletter ~8 crm|ticketsystem|tickets|kundenkonto|sicherungen|backups|datensicherung', weight: 0.3, overrides: 'unsubscribe' },
  // The copy of an identity card sent once, to be erased, is a document held, not a copy of data asked for.
  { kind: 'right', right: 'erasure', pattern: '@erase ~20 kopie ~2 meines|meiner|ihres|seines|des ~1 personalausweises|ausweises|reisepasses|passes|ausweis', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'kopie ~2 meines|meiner|ihres|seines|des ~1 personalausweises|ausweises|reisepasses|passes|ausweis ~12 @erase', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'ausweiskopie|passkopie ~8 @erase', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: '@erase ~8 ausweiskopie|passkopie', overrides: 'access' },
  { kind: 'right', right: 'erasure', pattern: 'antrag ~3 auf ~3 loschung|unverzugliche|loeschung|unverzuegliche' },
  // "Anfrage zur Löschung" names the request, and asks only beside other words; read, so that a reply acknowledging it is a doubted "no".
  { kind: 'right', right: 'erasure', pattern: 'anfrage|anliegen ~2 zur ~1 löschung|loschung|loeschung', topic: true, weight: 0.5 },
  // Someone's erasure request passed on ("Eine Kundin hat die Löschung ihrer Daten verlangt"): a processor's task, or, in a
  // supposition ("was passiert, wenn ein Mitarbeiter die Löschung seiner Daten verlangt?"), read and set aside.
  { kind: 'right', right: 'erasure', pattern: 'löschung|loschung|loeschung ~3 seiner|ihrer ~2 daten ~5 verlangt|beantragt|gefordert', topic: true },
  // "Nach Erhalt bitte ich um Löschung": asked for in so many words, like "bitte um Berichtigung".
  { kind: 'right', right: 'erasure', pattern: 'bitte|bitten ~2 um ~2 löschung|loschung|loeschung' },
  // Erasure asked only for a future that may not come: "bitte ich um Löschung, falls es nicht zu einer Einstellung kommt".
  { kind: 'hypothetical', pattern: 'falls|wenn|sofern ~6 nicht ~4 einstellung|zusage|eingestellt|berücksichtigt|berucksichtigt|beruecksichtigt' },
  // A relation with us only supposed: "Wenn ich mich bewerbe ...", "bevor ich mich anmelde".
  { kind: 'hypothetical', pattern: 'wenn|falls|bevor ~1 ich ~3 bewerbe|anmelde|registriere|bestelle' },
  { kind: 'right', right: 'erasure', pattern: 'verlange|beantrage|fordere|ersuche|bitte ~4 loschung|loeschung ~3 der|dieser ~1 daten' },
  { kind: 'right', right: 'erasure', pattern: 'loschantrag|loschungsantrag|loschanfrage|loschungsersuchen|loschungsverlangen|loschaufforderung|loeschantrag|loeschungsantrag|loeschanfrage|loeschungsersuchen|loeschungsverlangen|loeschaufforderung', topic: true },
  // Bare "Berichtigung" also stands in lists of rights (a course, a form, a procedure): alone it needs support, like "Auskunft".
  { kind: 'right', right: 'rectification', pattern: 'berichtigung', topic: true, weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'berichtigungsantrag|berichtigungsersuchen|berichtigungsverlangen', topic: true },
  // The old value of a contact detail going away is why it must be corrected, not an erasure: "meine alte Adresse verschwindet".
  { kind: 'right', right: 'rectification', pattern: 'alte|alten|bisherige|bisherigen ~4 adresse|mailadresse|nummer|handynummer ~4 verschwindet|verschwinden|entfallt|entfaellt|erlischt', overrides: 'erasure' },
  { kind: 'right', right: 'rectification', pattern: 'berichtigung ~4 @my|@personalData|@identity|eintrag|eintrags|angaben|stammdaten|daten|vermerk|vermerks' },
  { kind: 'right', right: 'rectification', pattern: 'bitte|bitten ~1 um ~2 berichtigung' },
  { kind: 'right', right: 'rectification', pattern: 'antrag ~2 auf ~2 berichtigung' },
  { kind: 'right', right: 'rectification', pattern: 'beantrage|beantragen|verlange|verlangen|fordere|ersuche ~3 die|eine|dessen|deren|seine|ihre ~1 berichtigung' },
  // An entry's accuracy contested ("Ich bestreite die Richtigkeit dieses Eintrags") counts half, beside the correction asked.
  { kind: 'right', right: 'rectification', pattern: 'bestreite|bestreiten ~3 richtigkeit', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'berichtigen|berichtigt ~6 @my|@personalData|@identity|eintrag|angaben|stammdaten' },
  { kind: 'right', right: 'rectification', pattern: '@my|@personalData|@identity|eintrag|angaben|stammdaten ~6 berichtigen|berichtigt' },
  { kind: 'right', right: 'rectification', pattern: 'namensanderung|namensaenderung|namenswechsel|namensberichtigung', topic: true },
  { kind: 'right', right: 'rectification', pattern: '@correct|korrigieren ~5 @my ~3 @identity' },
  // Addressed wrongly ("werde ich konsequent als „Frau Schneider“ angesprochen") and the salutation or title named: each half needs the other.
  { kind: 'right', right: 'rectification', pattern: 'ich ~4 als ~5 angesprochen|angeschrieben', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'anrede|doktortitel|doktorgrad', weight: 0.5 },
  // One's own detail quoted as it is held ("steht mein Name als „Muller“", "ist mein Geburtsdatum als 03.07. angegeben")
  // and the right value given ("Richtig ist Müller"): each half needs the other, so an invoice amount put right asks nothing.
  { kind: 'right', right: 'rectification', pattern: 'steht|stehen|ist|wird ~3 @mine ~2 @identity ~6 als', weight: 0.5 },
  // So is a child's, told by the parent: "ist das Geburtsdatum meiner Tochter als 03.07. angegeben".
  { kind: 'right', right: 'rectification', pattern: 'steht|stehen|ist|wird ~3 @identity ~1 meiner|meines|unserer|unseres ~1 tochter|sohnes|sohns|kindes ~6 als', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'bin|werde ~1 ich ~5 als ~8 hinterlegt|gespeichert|eingetragen|gefuhrt|geführt|gefuehrt|angelegt', weight: 0.5 },
  { kind: 'right', right: 'rectification', pattern: 'richtig|korrekt|richtige|korrekte ~1 ist|wäre|ware|waere|lautet|schreibweise', weight: 0.5 },
  // "Unrichtige Daten" also heads a hold while accuracy is contested (Art. 18(1)(a)): alone it needs support.
  { kind: 'right', right: 'rectification', pattern: 'vervollstandigung|unrichtiger|unrichtige|vervollstaendigung ~4 @personalData', weight: 0.5 },
  { kind: 'right', right: 'restriction', pattern: 'einschrankung|einschranken|eingeschrankt|einschraenkung|einschraenken|eingeschraenkt ~4 verarbeitung' },
  // The verb last: "dass die Verarbeitung dieser Daten eingeschränkt wird", "die Verarbeitung bis zur Klärung einzuschränken".
  { kind: 'right', right: 'restriction', pattern: 'verarbeitung ~5 einschranken|eingeschrankt|einzuschranken|einschraenken|eingeschraenkt|einzuschraenken' },
  { kind: 'right', right: 'restriction', pattern: 'verarbeitung ~14 einschränken|einzuschränken|beschränken|sperren|aussetzen|einschraenken|einzuschraenken|beschraenken' },
  // "Sperren Sie mein Konto" after phishing is security, not restriction: the data themselves are blocked.
  { kind: 'right', right: 'restriction', pattern: 'sperrung|sperren ~4 @personalData|daten' },
  // The verb last: "dass diese Daten gesperrt werden".
  { kind: 'right', right: 'restriction', pattern: '@personalData|daten ~2 gesperrt ~1 werden|wird' },
  { kind: 'right', right: 'restriction', pattern: 'schränken|schränkt|schraenken|schraenkt ~3 sie|die ~4 verarbeitung|nutzung' },
  { kind: 'right', right: 'restriction', pattern: 'recht ~2 auf ~2 einschrankung|einschraenkung', topic: true },
  // Held while a wrong entry is checked (Art. 18(1)(a)): "Bis das korrigiert ist", "Solange Sie das prüfen, darf der Vermerk nicht verwendet werden".
  { kind: 'concept', concept: 'dispute', pattern: 'bis|solange ~4 korrigiert|berichtigt|richtiggestellt|aufgeklärt|aufgeklart|aufgeklaert' },
  { kind: 'concept', concept: 'dispute', pattern: 'solange|während|wahrend|waehrend ~3 sie|wir|ihr ~3 das|dies|es|den|die|dies ~3 prüfen|prufen|pruefen|klären|klaren|klaeren|untersuchen' },
  { kind: 'concept', concept: 'stopUsing', pattern: 'nicht|keinesfalls ~3 weiterverwendet|weiterverwenden|verwendet|herangezogen' },
  // Kept but not used, the negation after the verb: "Bitte löschen Sie diese nicht ... Verwenden Sie die Daten aber auch nicht weiter",
  // "Löschen Sie davon nichts. Aber ich möchte nicht, dass das jemand verwendet", "Bis das korrigiert ist, möchte ich nicht, dass Sie meine Daten verwenden".
  { kind: 'concept', concept: 'keep', pattern: 'löschen|loschen|loeschen ~1 sie|ihr ~3 nicht|nichts' },
  { kind: 'concept', concept: 'stopUsing', pattern: 'verwenden|nutzen|benutzen|verarbeiten ~1 sie|ihr ~6 nicht ~1 weiter|mehr' },
  // "Bis das geklärt ist, ... mit meinen Daten nichts weiter machen: nichts löschen, nichts weitergeben" (held while a dispute runs).
  { kind: 'concept', concept: 'stopUsing', pattern: 'nichts ~1 weiter ~2 machen|tun|unternehmen' },
  { kind: 'concept', concept: 'stopUsing', pattern: 'nichts ~1 weitergeben|weiterleiten|verwenden|nutzen|verarbeiten' },
  { kind: 'concept', concept: 'keep', pattern: 'nichts ~1 löschen|loschen|loeschen|vernichten' },
  { kind: 'concept', concept: 'stopUsing', pattern: 'möchte|mochte|moechte|will|wünsche|wunsche|wuensche ~3 nicht ~2 dass ~12 verwenden|verwendet|nutzen|nutzt|benutzen|benutzt|verarbeiten|verarbeitet' },
  // The note about the sender not to be used is a contested record held (Art. 18(1)(a)): "verwenden Sie den Vermerk nicht für Mahnungen".
  { kind: 'concept', concept: 'dispute', pattern: 'verwenden|nutzen ~2 sie ~2 den|diesen|die|diese ~1 vermerk|notiz|eintrag|eintragung ~4 nicht' },
  { kind: 'concept', concept: 'dispute', pattern: 'vermerk|notiz|eintrag|eintragung ~4 nicht ~3 verwenden|verwendet|nutzen|genutzt|weitergeben|weitergegeben' },
  { kind: 'right', right: 'restriction', pattern: 'nicht ~3 loschen|loeschen ~8 aufbewahren|aufheben|streit|verfahren|beweis|rechtsstreit' },
  // Not deleted but shut away, the hold asked as a state: "sollen nicht gelöscht, aber für alle gesperrt werden".
  { kind: 'right', right: 'restriction', pattern: 'nicht ~2 gelöscht|geloescht|vernichtet ~2 aber|sondern|jedoch ~8 gesperrt|blockiert|eingefroren|weggeschlossen' },
  { kind: 'right', right: 'restriction', pattern: 'aufbewahr*|bewahren|bewahrt|behalt*|gespeichert ~8 aber|jedoch ~6 gesperrt|sperren|blockiert|blockieren|eingefroren|einfrieren' },
  { kind: 'right', right: 'restriction', pattern: 'aufbewahr*|speicher* ~10 aber|jedoch ~6 nicht ~4 mehr ~3 verwende*|verarbeite*|nutze*' },
  // Use only for what the contract or the law needs: "nur noch für die Vertragsabwicklung".
  { kind: 'right', right: 'restriction', pattern: 'nur ~2 noch ~4 fur|fuer|zur|zu ~3 vertragsabwicklung|abrechnung|buchhaltung|rechnungsstellung|aufbewahrungspflicht' },
  { kind: 'right', right: 'restriction', pattern: 'nur ~2 noch ~4 fur|fuer|zur|zu ~3 steuerprüfung|steuerprufung|steuerpruefung|betriebsprüfung|betriebsprufung|betriebspruefung|finanzamt|steuerberater' },
  { kind: 'right', right: 'restriction', pattern: 'aufbewahr*|bewahren|bewahrt|behalt*|speicher* ~10 aber|jedoch ~6 nicht ~3 verwende*|nutze*|nutzen|verarbeite*' },
  { kind: 'right', right: 'restriction', pattern: 'aufbewahr*|bewahren|bewahrt|behalt*|speicher* ~10 aber|jedoch ~3 verwende*|nutze*|nutzen|verarbeite* ~4 nicht' },
  // Kept but left alone: "Aufbewahren ja, aber bitte nichts mehr damit machen", "so wegschließen, dass niemand mehr damit arbeitet".
  { kind: 'right', right: 'restriction', pattern: 'aufbewahr*|bewahren|bewahrt|behalt*|speicher*|aufheben ~10 aber|jedoch ~6 nichts|niemand ~2 mehr ~2 damit' },
  { kind: 'right', right: 'restriction', pattern: 'wegschließen|wegschliessen|wegsperren|einfrieren|wegschliesst|wegschließt ~6 niemand|keiner ~3 mehr ~2 damit', overrides: 'unsubscribe' },
  // "Löschen Sie ihn aber auch nicht": the erasure named only to be declined beside a hold.
  { kind: 'right', right: 'restriction', pattern: '@erase sie|ihr ihn|sie|es|diese|diesen|das aber|jedoch ~3 nicht', weight: 0.5, overrides: 'erasure' },
  // Blocked instead of erased: "Sperrung statt Löschung meiner Daten" names the erasure it declines.
  { kind: 'right', right: 'restriction', pattern: 'anstelle|statt ~3 loschung|loschen|loeschung|loeschen', overrides: 'erasure' },
  { kind: 'right', right: 'restriction', pattern: 'nur|lediglich|ausschliesslich ~4 aufbewahr*|gespeichert|speichern|archivier* ~8 nicht ~3 anderweitig|mehr|weiter|sonst' },
  // Eine früher verlangte Löschung, jetzt zurückgehalten, bewahrt die Daten: "ich hatte um Löschung gebeten, aber tun Sie das noch nicht".
  { kind: 'right', right: 'restriction', pattern: 'löschen|löschung|entfernen ~3 @mine|alles ~8 tun|machen ~1 sie ~3 das|dies|es ~3 noch ~1 nicht', overrides: 'erasure' },
  // Weder genutzt noch gelöscht, zusammen gesagt, ist die Einschränkung, kein Widerspruch: "nicht verwendet, aber auch nicht
  // gelöscht"; ebenso ein Postfach, das bleibt, wie es ist, und das niemand öffnen darf.
  { kind: 'right', right: 'restriction', pattern: 'soll|sollen|will|möchte|möchten|bittet ~6 nicht ~2 verwendet|genutzt|weitergegeben|verarbeitet|geöffnet ~12 nicht ~2 gelöscht', overrides: 'objection' },
  { kind: 'right', right: 'restriction', pattern: 'lassen|belassen|behalten ~2 @mine ~4 wie ~1 es|sie|er ~1 ist|sind ~3 aber ~4 niemand ~6 öffnen|nutzen|verwenden|einsehen|zugreifen', overrides: 'objection' },
  { kind: 'right', right: 'portability', pattern: 'datenubertragbarkeit|datenportabilitat|ubertragbarkeit|datenuebertragbarkeit|datenportabilitaet|uebertragbarkeit', topic: true, weight: 0.5 },
  // The sender's own right invoked ("im Rahmen meines Rechts auf Datenübertragbarkeit", "ich berufe mich auf mein Recht auf ...") asks it.
  { kind: 'right', right: 'portability', pattern: '@mine ~1 recht|rechts|rechtes ~1 auf ~1 datenubertragbarkeit|datenportabilitat|ubertragbarkeit|datenuebertragbarkeit|datenportabilitaet|uebertragbarkeit' },
  { kind: 'right', right: 'portability', pattern: 'maschinenlesbar*|strukturiert*|gangig*|gaengig* ~4 format|form|datei|dateiformat|export', weight: 0.5 },
  { kind: 'right', right: 'portability', pattern: 'elektronische* ~2 format', weight: 0.5 },
  // The data named beside the machine-readable format ("die Daten in einem maschinenlesbaren Format") complete it; a machine-readable invoice (XRechnung) does not.
  { kind: 'right', right: 'portability', pattern: 'daten|@personalData ~6 maschinenlesbar* ~2 format|form|datei|dateiformat' },
  // The new firm the data move to ("direkt an die neue Firma", "das Ticketsystem meines neuen Dienstleisters") is no new contact detail.
  { kind: 'concept', concept: 'newProvider', pattern: 'neue|neuen|neuer ~2 firma|dienstleisters|anbieters|providers' },
  // The current value given: "Meine aktuelle Anschrift lautet", like "neue" (a value to put right).
  { kind: 'concept', concept: 'newValue', pattern: 'aktuelle|aktuellen|jetzige|jetzigen|derzeitige|derzeitigen ~3 anschrift|adresse|privatanschrift|wohnanschrift|telefonnummer|handynummer|mobilnummer|rufnummer|mailadresse|emailadresse|nachname|nachnamen' },
  // The sender's own records by name ("meine Stammdaten", "meine komplette Ticket-Historie", "meine Kontakte und meinen Kalender"), and the
  // contact and calendar files they travel in (.vcf, .ics), are data to copy or move like "meine Daten".
  { kind: 'concept', concept: 'myData', pattern: '@mine ~2 stammdaten|vertragsdaten|kontakte|kalender|historie|tickethistorie|ticketverlauf|bestellhistorie' },
  { kind: 'concept', concept: 'portableFormat', pattern: 'vcf|ics|vcard|ical' },
  // "Schicken Sie mir den Newsletter ohne Tracking" asks for the mailing, not for a copy of data.
  { kind: 'concept', concept: 'wantsMailing', pattern: 'schicken|schickt|senden|sendet|zusenden ~3 mir|uns ~2 den|die|das|ihren|euren ~1 @newsletter' },
  { kind: 'right', right: 'portability', pattern: '@personalData ~6 direkt|unmittelbar ~4 an ~3 neuen|anderen ~2 anbieter|dienstleister|provider|verantwortlichen' },
  { kind: 'right', right: 'portability', pattern: '@personalData ~6 anderen ~3 anbieter|verantwortlichen|dienst ~6 ubertragen|ubermitteln|uebertragen|uebermitteln' },
  // Data sent "direkt an" the new provider, named or not, is portability alone (Art. 20(2)), no copy for the sender.
  { kind: 'concept', concept: 'direct', pattern: 'übermitteln|übermittelt|übermittlung|übertragen|übertragt|übertragung|übergeben|senden|sendet|schicken|schickt|weiterleiten|uebermitteln|uebermittelt|uebermittlung|uebertragen|uebertragt|uebertragung|uebergeben ~20 direkt|unmittelbar ~1 an' },
  { kind: 'concept', concept: 'direct', pattern: 'direkt|unmittelbar ~1 an ~6 übermitteln|übertragen|übergeben|senden|schicken|weiterleiten|weiterzuleiten|uebermitteln|uebertragen|uebergeben' },
  { kind: 'right', right: 'objection', pattern: 'widerspruch|widerspreche|widersprechen ~8 verarbeitung|nutzung|profiling|tracking|@personalData|analyse|aufzeichnung|weitergabe' },
  // A Widerspruch against a rent increase or a notice is no objection under Art. 21: it needs data in view.
  { kind: 'right', right: 'objection', pattern: 'lege ~6 widerspruch ~10 verarbeitung|nutzung|speicherung|@personalData|daten|profiling|tracking|auswertung' },
  { kind: 'right', right: 'objection', pattern: 'widerspreche' },
  // Das eigene Foto, der Name oder ein Zitat des Absenders in unserer Werbung abgelehnt ist ein Widerspruch, kein Newsletter
  // abbestellt ("verwenden Sie mein Foto und meinen Namen künftig nicht mehr in Ihrer Werbung").
  { kind: 'right', right: 'objection', pattern: 'verwenden|nutzen|verwendet|nutzt ~2 @mine ~4 foto|fotos|bild|bilder|zitat ~6 nicht ~2 mehr|länger', overrides: 'unsubscribe' },
  // A Widerspruch made earlier and held to now, by the sender or for his client, objects still: "Ich halte meinen Widerspruch
  // aufrecht", "meine Mandantin bleibt bei ihrem Widerspruch".
  { kind: 'right', right: 'objection', pattern: 'halte|hält|halten ~4 widerspruch ~2 aufrecht' },
  { kind: 'right', right: 'objection', pattern: 'bleibe|bleibt|bleiben ~1 bei ~2 widerspruch' },
  // A bare Widerspruch is also lodged against notices, bills and debits: alone it needs support.
  { kind: 'right', right: 'objection', pattern: 'widerspruchsrecht|widerspruch', topic: true, weight: 0.5 },
  { kind: 'right', right: 'objection', pattern: '@consent|einwilligungen ~6 widerrufe|widerrufen|zuruck|widerruf|zurueck' },
  { kind: 'right', right: 'objection', pattern: 'widerrufe|widerrufen|widerruf ~6 @consent' },
  { kind: 'right', right: 'objection', pattern: 'nicht ~3 mehr ~6 verarbeiten|nutzen|verwenden|tracken|weitergeben' },
  // Surveys and tracking, while the newsletter may stay: "keine Umfragen mehr", "hören Sie auf, ... auszuwerten".
  { kind: 'right', right: 'objection', pattern: 'keine ~3 umfragen|befragungen|kundenbefragungen|zufriedenheitsumfragen ~4 mehr' },
  // Tracking refused in a few words, the sender named: "trackt mich nicht", "bitte mich nicht mehr tracken".
  { kind: 'right', right: 'objection', pattern: 'trackt|tracken|verfolgt|verfolgen|profiliert ~1 mich|uns ~2 nicht' },
  { kind: 'right', right: 'objection', pattern: 'mich|uns ~2 nicht ~2 tracken|verfolgen|profilieren' },
  // "Ich will nicht, dass ihr trackt, was ich anklicke": an objection to tracking put as a wish.
  { kind: 'right', right: 'objection', pattern: 'will|möchte|mochte|moechte|wünsche|wunsche|wuensche ~2 nicht ~2 dass ~6 trackt|tracken|verfolgt|verfolgen|auswertet|auswerten|analysiert|analysieren|profiliert|aufzeichnet|aufzeichnen' },
  { kind: 'right', right: 'objection', pattern: 'horen|hort|hoert ~3 auf ~6 auszuwerten|tracken|verfolgen|analysieren|profilieren|aufzuzeichnen' },
  // Consent or profiling refused in plain words: "Das Einverständnis gilt ab heute nicht mehr", "Ich möchte nicht in solchen Auswertungen landen".
  { kind: 'right', right: 'objection', pattern: 'einverständnis|einverstandnis|einverstaendnis|einwilligung|zustimmung ~1 gilt ~4 nicht ~1 mehr' },
  { kind: 'right', right: 'objection', pattern: 'möchte|mochte|moechte|will ~3 nicht ~4 auswertungen|auswertung|analysen|statistiken|prognosen|profilen|scorings ~2 landen|auftauchen|erscheinen|vorkommen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'mochte|möchte|will|bitte|wunsche|wünsche|moechte|wuensche ~6 keine ~3 anrufe|werbeanrufe|telefonwerbung' },
  // Advertising refused without "mehr", by whom it comes from or as "weder ... noch": "Ich wünsche keine Werbung von Ihnen",
  // "möchte weder Anrufe noch Werbemails von Ihnen bekommen".
  { kind: 'right', right: 'unsubscribe', pattern: 'mochte|möchte|will|wunsche|wünsche|moechte|wuensche ~4 keine|keinerlei ~2 werbung|werbemails|werbepost|werbeanrufe|werbebriefe ~2 von ~1 ihnen|euch|ihrer|eurer|ihrem|eurem' },
  { kind: 'right', right: 'unsubscribe', pattern: 'weder ~1 anrufe|werbeanrufe|werbung|werbemails|werbepost|newsletter ~1 noch ~1 anrufe|werbeanrufe|werbung|werbemails|werbepost|newsletter|mails|emails|e' },
  // "abmelden" also deregisters a dog, a business or a course: it needs a mailing in view.
  { kind: 'right', right: 'unsubscribe', pattern: 'newsletterabmeldung', topic: true },
  // These mails sent no more: "hören Sie bitte auf, mir diese Mails zu schicken", "damit aufhören, ihr solche E-Mails zu senden".
  { kind: 'right', right: 'unsubscribe', pattern: 'auf|aufhoren|aufhoeren|aufzuhoren|aufzuhoeren ~3 diese|solche ~2 mails|emails|nachrichten|newsletter|werbemails|einladungen ~2 zu ~1 schicken|senden|zuschicken|zusenden' },
  // A course, a ticket or a membership given up is no mailing left: "Abmeldung vom Schwimmkurs", "Deutschlandticket abbestellen".
  { kind: 'hypothetical', pattern: 'abmelden|abmeldung|abbestellen|abbestellung ~4 kurs|kurses|schwimmkurs|schwimmkurses|sportkurs|deutschlandticket*|jobticket|monatskarte|mitgliedschaft|kita|gewerbe|wohnsitz|hund|fahrzeug|stromvertrag' },
  { kind: 'hypothetical', pattern: 'kurs|kurses|schwimmkurs|schwimmkurses|sportkurs|deutschlandticket*|jobticket|monatskarte|mitgliedschaft|kita|gewerbe|wohnsitz|hund|fahrzeug|stromvertrag ~6 abmelden|abmeldung|abbestellen|abbestellung' },
  { kind: 'right', right: 'unsubscribe', pattern: 'abmelden|abmeldung|austragen|abbestellen|abbestellung', topic: true, weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'abmelden|abmeldung|austragen|abbestellen|abbestellung ~6 @newsletter|werbung|verteiler|mailingliste|mailings|werbemails|liste|emails|mails', topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: '@newsletter|werbung|verteiler|mailingliste|liste|werbemails ~6 abmelden|abmeldung|austragen|abbestellen|abbestellung', topic: true },
  // A subscription to a mailing cancelled as a contract is: "ich möchte den Newsletter kündigen", "Kündigung meines Newsletter-Abos".
  // A contract cancelled without a mailing named leaves none.
  { kind: 'right', right: 'unsubscribe', pattern: 'newsletter|newsletters|newsletterabo|newsletterabonnement|mailingliste ~3 kundigen|kuendigen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'kundigung|kuendigung|kundige|kuendige ~1 des|meines|ihres|den|meinen|ihren|das|mein ~1 newsletter|newsletters|newsletterabo|newsletterabos|newsletterabonnement|newsletterabonnements' },
  { kind: 'right', right: 'unsubscribe', pattern: 'bitte ~2 abmelden|austragen|abbestellen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'abmelden|austragen|abbestellen ~1 bitte' },
  { kind: 'right', right: 'unsubscribe', pattern: 'will|mochte|möchte|moechte|brauche ~4 @newsletter|werbung|werbemails ~3 nicht|nich|nimmer|keine ~1 mehr' },
  { kind: 'right', right: 'unsubscribe', pattern: 'keine ~4 @newsletter|werbung|werbemails|mails|emails ~6 mehr ~4 senden|schicken|zusenden|erhalten|bekommen|mochte|will|moechte' },
  { kind: 'right', right: 'unsubscribe', pattern: 'mochte|möchte|will|bitte|moechte ~6 keine ~4 @newsletter|werbung|werbemails|mails|emails ~6 mehr' },
  // "Newsletter" is masculine: "bitte keinen Newsletter mehr an mich".
  { kind: 'right', right: 'unsubscribe', pattern: 'mochte|möchte|will|bitte|moechte|wunsche|wünsche|wuensche ~4 kein|keinen ~3 @newsletter|werbung|werbemails ~3 mehr' },
  { kind: 'right', right: 'unsubscribe', pattern: '@newsletter ~6 nicht|keine ~2 mehr ~4 erhalten|bekommen|zusenden|schicken' },
  { kind: 'right', right: 'unsubscribe', pattern: 'schicken|senden|zusenden ~4 keine ~4 @newsletter|werbung ~4 mehr' },
  { kind: 'right', right: 'unsubscribe', pattern: 'schickt|schicken|schick|sendet|senden ~3 @newsletter|werbung|werbemails ~2 nicht|nie ~2 mehr' },
  { kind: 'right', right: 'unsubscribe', pattern: 'rufen ~3 mich ~3 nicht ~2 mehr' },
  // Advertising named ("werbe sms", "Werbe-Mails") and told to stop ("bitte aufhören", "Das soll aufhören"): each half needs the other.
  { kind: 'right', right: 'unsubscribe', pattern: 'werbe ~1 sms|anrufe|mails|emails|post|briefe|nachrichten', weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'werbesms|werbenachrichten', weight: 0.5 },
  { kind: 'right', right: 'unsubscribe', pattern: 'soll|muss|bitte ~2 aufhören|aufhoren|aufhoeren', weight: 0.5 },
  // Not bare "Anrufe": "ich bekomme keine Anrufe mehr" is a telephony fault.
  // Contact refused as a bare list of its kinds, asked: "bitte keine Mails, keine Anrufe", "keine Post, keine Anrufe mehr".
  // Told as not had ("ich habe keine Mails, keine Anrufe bekommen") it asks nothing.
  { kind: 'right', right: 'unsubscribe', pattern: 'bitte|will|mochte|möchte|moechte|wunsche|wuensche ~8 keine ~1 mails|emails|anrufe|briefe|post|newsletter|werbung|sms|angebote|einladungen|werbeanrufe|werbemails|werbepost ~1 keine ~1 mails|emails|anrufe|briefe|post|newsletter|werbung|sms|angebote|einladungen|werbeanrufe|werbemails|werbepost' },
  { kind: 'right', right: 'unsubscribe', pattern: 'keine ~1 mails|emails|anrufe|briefe|post|newsletter|werbung|sms|angebote|einladungen|werbeanrufe|werbemails|werbepost ~1 keine ~1 mails|emails|anrufe|briefe|post|newsletter|werbung|sms|angebote|einladungen|werbeanrufe|werbemails|werbepost ~3 mehr|bitte|danke' },
  { kind: 'right', right: 'unsubscribe', pattern: 'keine ~3 werbeanrufe|werbeanruf|telefonwerbung|werbemails|werbung|werbepost|newsletter|marketingmails|verkaufsanrufe ~2 mehr' },
  // Invitations refused as a wish: "Bitte keine Einladungen mehr", "ich möchte keine Einladungen zu Webinaren mehr".
  { kind: 'right', right: 'unsubscribe', pattern: 'bitte|mochte|möchte|moechte|will|wollen ~3 keine ~4 einladungen|einladungsmails ~3 mehr' },
  { kind: 'right', right: 'unsubscribe', pattern: 'raus|heraus ~4 @newsletter|verteiler|mailingliste|liste|werbung' },
  // "Nehmt mich bitte aus allen Verteilern raus", "Nehmen Sie mich aus dem Verteiler".
  { kind: 'right', right: 'unsubscribe', pattern: 'nehmen|nehmt|nimm ~3 mich ~4 aus ~3 @newsletter|verteilern|mailinglisten|listen|verteilerlisten' },
  { kind: 'right', right: 'unsubscribe', pattern: 'aus ~3 verteilern|mailinglisten|verteilerlisten ~2 raus|heraus' },
  // The same asked for a parent the sender writes for: "nehmen Sie ihn aus Ihrem Verteiler", "tragen Sie sie aus dem Newsletter aus";
  // only of the reader's own list or its newsletter, not "aus dem Verteiler Vertrieb" of an office.
  { kind: 'right', right: 'unsubscribe', pattern: 'nehmen|nehmt|streichen|entfernen|tragen|@erase ~1 sie|ihr ~1 ihn|sie ~4 aus ~2 ihrem|ihren|ihrer|eurem|euren|eurer ~1 @newsletter|verteiler|verteilern|mailingliste|mailinglisten' },
  { kind: 'right', right: 'unsubscribe', pattern: 'nehmen|nehmt|streichen|entfernen|tragen|@erase ~1 sie|ihr ~1 ihn|sie ~4 aus ~2 dem|allen ~1 newsletter|newslettern|werbeverteiler' },
  // The reply's one line, with no "mich": "bitte aus dem Verteiler nehmen".
  { kind: 'right', right: 'unsubscribe', pattern: 'bitte aus dem|den|ihrem|ihren|eurem|euren|allen verteiler|verteilern|newsletter|mailingliste|mailinglisten|verteilerliste|mailverteiler|emailverteiler ~2 nehmen|streichen|austragen|entfernen|löschen|loschen|loeschen|raus' },
  // Sales contact forbidden in the lawyer's word: "bitte unterlassen Sie weitere Werbeanrufe", "Werbe-E-Mails künftig zu unterlassen", "Unterlassung von Werbeanrufen".
  { kind: 'right', right: 'unsubscribe', pattern: 'unterlassen|unterlasse|unterlassung ~6 werbeanrufe|werbeanrufen|werbeanruf|werbemails|werbe|werbung|telefonwerbung|direktwerbung|werbezwecke|verkaufsanrufe', overrides: 'objection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'werbeanrufe|werbeanrufen|werbeanruf|werbemails|werbe|werbung|telefonwerbung|direktwerbung|verkaufsanrufe ~8 unterlassen|unterlassung', overrides: 'objection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'bitte ~2 nicht ~2 mehr ~2 anrufen|anschreiben|belastigen|belaestigen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'mich ~3 nicht ~2 mehr ~3 anrufen|anzurufen|anschreiben|anzuschreiben|bewerben|belastigen|belaestigen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'auf ~3 mich ~4 anzurufen|anzuschreiben|kontaktieren|bewerben|belastigen|belaestigen' },
  { kind: 'right', right: 'unsubscribe', pattern: 'mich ~3 abmelden|austragen' },
  // Separable verbs: "Tragen Sie mich bitte aus dem Newsletter aus", "melden Sie mich ab".
  { kind: 'right', right: 'unsubscribe', pattern: 'tragen|tragt|trag ~3 mich ~6 aus' },
  // Bare, it also leaves a webinar or a course ("am Webinar kann ich nicht teilnehmen. Bitte melden Sie mich ab"): a topic, which
  // a mail about an event sets aside; with the mailing named it asks on its own.
  { kind: 'right', right: 'unsubscribe', pattern: 'melden|meldet|meld ~3 mich ~6 ab', topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: 'melden|meldet|meld ~3 mich ~3 von|vom|aus|bei ~3 @newsletter|verteiler|mailingliste|liste|listen ~2 ab' },
  { kind: 'right', right: 'unsubscribe', pattern: 'bestelle|bestellen ~4 @newsletter ~3 ab' },
  { kind: 'right', right: 'unsubscribe', pattern: 'nicht ~2 mehr ~6 @newsletter|werbung|mails|emails|zusenden' },
  { kind: 'right', right: 'unsubscribe', pattern: '@erase ~3 mich ~6 aus|von ~4 @newsletter|verteiler|liste|mailingliste|e' },
  // The plural: "streichen Sie mich aus allen Verteilern", "entfernt mich aus euren Mailinglisten".
  { kind: 'right', right: 'unsubscribe', pattern: '@erase|streichen|streicht ~3 mich ~3 aus ~2 allen|ihren|euren|den ~1 verteilern|mailinglisten|verteilerlisten|mailverteilern' },
  { kind: 'right', right: 'unsubscribe', pattern: 'widerspreche|widersprechen ~12 direktwerbung|werbeanrufe|werbeanrufen|werbeanruf|werbemails|werbepost|telefonwerbung|werbung|werbezwecke|werbezwecken|marketingzwecke|marketingzwecken|marketing|werbemassnahmen', overrides: 'objection' },
  // The noun also heads a newsletter's item on the right ("Widerspruch gegen Direktwerbung: was gilt?"): a topic there.
  { kind: 'right', right: 'unsubscribe', pattern: 'widerspruch|widerspruchsrecht ~12 direktwerbung|werbeanrufe|werbeanrufen|werbeanruf|werbemails|werbepost|telefonwerbung|werbung|werbezwecke|werbezwecken|marketingzwecke|marketingzwecken|marketing|werbemassnahmen', overrides: 'objection', topic: true },
  { kind: 'right', right: 'unsubscribe', pattern: 'widerrufe|widerrufen|widerruf ~8 werbung|direktwerbung|newsletter' },
  // "meine Nummer nicht mehr für Werbeanrufe nutzen" objects to marketing: Art. 21(2), unsubscribe.
  { kind: 'right', right: 'unsubscribe', pattern: 'nicht ~2 mehr ~3 fur|fuer|zu ~2 werbeanrufe|werbung|werbezwecke|werbezwecken|marketing|marketingzwecke|marketingzwecken|direktwerbung|werbemails ~3 nutzen|verwenden|verarbeiten|anrufen|kontaktieren', overrides: 'objection' },
  { kind: 'right', right: 'unsubscribe', pattern: 'nutzen|verwenden|verarbeiten ~6 nicht ~2 mehr ~3 fur|fuer|zu ~2 werbeanrufe|werbung|werbezwecke|werbezwecken|marketing|marketingzwecke|marketingzwecken|direktwerbung|werbemails', overrides: 'objection' },
  // "Schicken Sie mir keinerlei Angebote mehr" stops marketing mail; "schicken ... mir" asks for no copy.
  { kind: 'right', right: 'unsubscribe', pattern: 'schicken|senden|zusenden|schickt|sendet ~4 keine|keinerlei ~4 angebote|werbung|werbemails|werbepost|prospekte|kataloge|sms|werbe ~6 mehr', overrides: 'access' },
  // Sales contact stopped in plain words: "Sperren Sie meine Nummer für Werbeanrufe", "Ihr Vertrieb soll mich in Ruhe lassen".
  { kind: 'right', right: 'unsubscribe', pattern: 'sperren|sperrt|sperre ~10 fur|fuer ~2 werbeanrufe|werbung|werbezwecke|werbe|telefonwerbung|werbemails' },
  { kind: 'right', right: 'unsubscribe', pattern: 'vertrieb|callcenter|verkaufer|verkaeufer|werbeanrufe|werbung ~6 mich|uns ~3 in ~1 ruhe' },
  // A number struck off or marketing forbidden is about sales calls: "Streichen Sie meine Nummer", "Ich untersage Ihnen jede telefonische Werbung".
  { kind: 'right', right: 'unsubscribe', pattern: 'streichen|streicht|streiche ~3 @mine ~1 nummer|telefonnummer|handynummer|rufnummer|mobilnummer|festnetznummer', overrides: 'erasure' },
  { kind: 'right', right: 'unsubscribe', pattern: 'untersage|untersagen ~6 werbliche|werbliches|werblichen|werbung|werbeanrufe|werbeanrufen|werbeanruf|telefonwerbung|direktwerbung|werbemails|werbezwecke|werbezwecken' },
  // "Vergessen Sie mich" asks to be forgotten; "vergessen" is not a device left behind here.
  { kind: 'right', right: 'erasure', pattern: 'vergessen|vergesst ~1 sie|ihr ~1 mich', overrides: 'breach_report' },
  // The wish put softly: "am liebsten wäre mir, Sie würden mich einfach vergessen".
  { kind: 'right', right: 'erasure', pattern: 'würden|wurden|wuerden|sollen|sollten|mögen|mogen|moegen ~1 mich ~2 vergessen', overrides: 'breach_report' },
  { kind: 'right', right: 'complaint', pattern: 'beschwerde ~12 @authority' },
  // "Eine Kopie dieses Schreibens geht an die Aufsichtsbehörde": the authority copied in, no copy of data asked.
  { kind: 'right', right: 'complaint', pattern: 'kopie|abschrift ~2 dieses|dieser|meines|meiner ~1 schreibens|briefes|mail|e|nachricht|beschwerde ~4 geht|gehen|ergeht|sende|schicke', weight: 0.3, overrides: 'access' },
  { kind: 'right', right: 'complaint', pattern: 'beschwerde ~3 nach|gemäß|gemass|gemaess ~3 art|artikel ~1 77' },
  { kind: 'right', right: 'complaint', pattern: 'datenschutzbehoerde|aufsichtsbehoerde|datenschutzaufsichtsbehoerde|datenschutzaufsicht|landesdatenschutzbehoerde', topic: true },
  // "Die Einlegung einer Beschwerde ... behalten wir uns vor": a step reserved, as "behalte mir vor" is.
  { kind: 'hypothetical', pattern: 'behalten ~2 wir|uns ~6 vor' },
  { kind: 'right', right: 'breach_report', pattern: 'datenpanne|datenleck|datenschutzverletzung|datenschutzvorfall|datenlecks', topic: true, weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'rechnung|rechnungen|daten|mail|dokument|tickets|vertrag ~6 eines|einer|von ~2 anderen|fremden|fremde' },
  // The same for the papers a bill, a statement or a policy comes as: "die Beitragsrechnung einer anderen Versicherungsnehmerin".
  { kind: 'right', right: 'breach_report', pattern: 'beitragsrechnung|stromrechnung|telefonrechnung|handyrechnung|jahresrechnung|abrechnung|jahresabrechnung|nebenkostenabrechnung|lohnabrechnung|gehaltsabrechnung|kontoauszug|kontoauszuge|kontoauszuege|beitragsschreiben|versicherungsschein|befund|arztbrief ~6 eines|einer ~1 anderen|fremden ~1 kundin|kunden|versicherungsnehmerin|versicherungsnehmers|patientin|patienten|person|mieterin|mieters|mitglieds|familie|firma|praxis|mitarbeiters|mitarbeiterin|nutzers|nutzerin' },
  { kind: 'right', right: 'breach_report', pattern: 'dokumente|dateien|tickets|rechnungen|daten|kontaktdaten|unterlagen|akten ~2 anderer|fremder ~1 kunden|personen|firmen|nutzer|patienten|mitarbeiter|mitarbeiterinnen|beschaftigter|beschaeftigter' },
  { kind: 'right', right: 'breach_report', pattern: 'nicht ~3 fur|fuer ~2 mich|uns ~3 bestimmt' },
  // Our mail or scans going to an address nobody knows, a stranger's: "die Scans gehen an eine fremde Adresse", also after what it
  // should have reached: "nicht an unser Postfach, sondern an eine fremde Adresse".
  { kind: 'right', right: 'breach_report', pattern: 'gehen|ging|gingen|geht|landen|landet|landeten|gelandet|gegangen|weitergeleitet ~6 fremde|fremden|unbekannte|unbekannten ~1 adresse|mailadresse|empfanger|empfaenger|postfach' },
  { kind: 'right', right: 'breach_report', pattern: 'sondern|stattdessen ~2 an ~1 eine|einen ~1 fremde|fremden|unbekannte|unbekannten ~1 adresse|mailadresse|empfanger|empfaenger|postfach' },
  { kind: 'right', right: 'breach_report', pattern: 'alle ~4 empfanger|adressen|empfaenger ~4 sichtbar*|offen*|cc' },
  // An invitation or mailing sent "mit offenem Verteiler": every recipient sees every address.
  { kind: 'right', right: 'breach_report', pattern: 'offener|offenem|offenen ~1 verteiler|mailverteiler|emailverteiler|e', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'freigabelink|freigabelinks|freigabe ~8 offentlich|oeffentlich|jeder|jedermann' },
  // The sender's details newly open to all: "jetzt kann jeder meine Adresse sehen", "jeder kann nun sehen, wo ich wohne".
  { kind: 'right', right: 'breach_report', pattern: 'jeder|jedermann ~2 kann ~2 jetzt|nun ~4 @mine ~6 sehen|finden|lesen|einsehen' },
  { kind: 'right', right: 'breach_report', pattern: 'jetzt|nun ~1 kann ~1 jeder|jedermann ~4 @mine ~6 sehen|finden|lesen|einsehen' },
  { kind: 'right', right: 'breach_report', pattern: 'kann ~1 jeder|jedermann ~2 jetzt|nun ~4 @mine ~6 sehen|finden|lesen|einsehen' },
  { kind: 'right', right: 'breach_report', pattern: 'kann ~1 jeder|jedermann ~2 jetzt|nun ~3 sehen|finden|nachlesen ~2 wo ~1 ich ~1 wohne' },
  { kind: 'right', right: 'breach_report', pattern: 'laptop|handy|notebook|usb ~8 verloren|gestohlen|abhanden|verschwunden' },
  // On the list, a list of ours named bare: "Ich will nicht mehr auf Ihrer Liste sein".
  { kind: 'right', right: 'unsubscribe', pattern: 'nicht|kein ~2 mehr|langer|laenger ~3 auf ~2 ihrer|der|dieser|eurer|deiner ~1 liste|listen ~2 sein|stehen|bleiben' },
  // A device left behind, in two words: "Dienstlaptop im Zug liegen gelassen", "die Tasche im Taxi liegen lassen".
  { kind: 'right', right: 'breach_report', pattern: '@device|tasche|rucksack ~8 liegen ~1 gelassen|lassen' },
  // A stick, printout or file of ours found lying about, and other people's records on it: each half needs the other.
  { kind: 'right', right: 'breach_report', pattern: 'usb|stick|ausdruck|ausdrucke|unterlagen|ordner|akte|akten|liste|festplatte|laptop|notebook ~8 gefunden|liegengelassen|zurückgelassen|zuruckgelassen|zurueckgelassen', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'liste|ausdruck|stick|darauf|drauf|darin ~4 kundennamen|lohnabrechnungen|gehaltsabrechnungen|personalakten|patientenakten|patientendaten|mitarbeiterdaten|personaldaten|gehaltsdaten|passwörtern|passwortern|passwoertern', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'falschen ~2 empfanger|adresse|kunden|empfaenger' },
  // "Ihr Techniker hat unsere Gehaltsliste an die falsche Firma gemailt".
  { kind: 'right', right: 'breach_report', pattern: 'an ~1 die|den|eine|einen ~1 falsche|falschen ~1 kundin|person|firma|adresse|empfängerin|empfangerin' },
  // Any person we serve or an address as the one it reached instead, the verb last: "mein Befund wurde an eine falsche
  // E-Mail-Adresse versandt", "an einen anderen Patienten geschickt".
  { kind: 'right', right: 'breach_report', pattern: 'an ~1 die|den|eine|einen ~1 falsche|falschen|andere|anderen ~3 @recipient ~4 versandt|verschickt|geschickt|gesendet|gesandt|gemailt|weitergeleitet|zugestellt|zugeschickt', topic: true },
  // Sent to a stranger, and a mail that was not for the sender: "gehen seit Monaten an eine fremde Person", "Diese Mail ist nicht für mich".
  { kind: 'right', right: 'breach_report', pattern: 'an ~1 eine|einen ~1 fremde|fremden ~1 person|empfänger|empfanger|empfaenger' },
  { kind: 'right', right: 'breach_report', pattern: 'mail|email|nachricht|sendung ~1 ist|war ~1 nicht ~1 für|fur|fuer ~1 mich|uns' },
  // Someone else's document in one's own mail or portal: "Fremde Rechnung im Kundenportal", "die angehängte Rechnung gehört nicht uns".
  { kind: 'right', right: 'breach_report', pattern: 'fremde|fremder|fremden|fremdes ~1 rechnung|rechnungen|abrechnung|jahresabrechnung|gehaltsabrechnung|lohnabrechnung|arztbrief|arztbriefe|befund|befunde|vertrag|unterlagen|akte|akten|kundendaten' },
  { kind: 'right', right: 'breach_report', pattern: 'rechnung|rechnungen|abrechnung|jahresabrechnung|dokument|dokumente|datei|dateien|anlage|anhang ~4 gehört|gehort|gehoert|gehören|gehoren|gehoeren ~1 nicht ~1 mir|uns' },
  { kind: 'right', right: 'breach_report', pattern: 'nicht ~1 mir|uns ~1 gehört|gehort|gehoert|gehören|gehoren|gehoeren', weight: 0.5 },
  // What came by mistake, deleted by the finder: "Ich habe die Datei gelöscht", "dass das ein Versehen war". Each half needs the other.
  // The finder's own deletion asks no erasure of the details it held ("mit Name und Privatanschrift ... Ich habe die Mail gelöscht").
  { kind: 'right', right: 'breach_report', pattern: 'habe ~3 datei|dateien|mail|e|dokument|anhang|anlage|pdf|liste ~1 gelöscht|geloscht|geloescht|vernichtet', weight: 0.5, overrides: 'erasure' },
  // Someone else's papers received in place of one's own: "nicht unsere Rechnung, sondern die einer Praxis", "nicht unsere Leute, sondern ...".
  { kind: 'right', right: 'breach_report', pattern: 'nicht ~1 unsere|meine|unser|mein ~1 rechnung|rechnungen|abrechnung|unterlagen|daten|dokumente|datei|dateien|akte|leute|mitarbeiter|kunden|patienten|briefe|post ~1 sondern', weight: 0.5 },
  // The sender calls it a breach in the GDPR's own words: "Wir betrachten dies als Verletzung des Schutzes personenbezogener Daten".
  { kind: 'right', right: 'breach_report', pattern: 'das|dies ~2 ist|war|als ~2 verletzung ~2 schutzes ~1 personenbezogener', topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'davon ~1 aus ~2 dass ~4 versehen', weight: 0.5 },
  // A complaint to us about how we handled the sender's data (not a service complaint): the complaint and
  // its privacy object in one sentence, or across the mail a complaint (0.3) and a privacy harm (0.7).
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~12 umgang ~4 @personalData|privatsphäre|privatsphaere|informationen' },
  // The handling told with the verb: "Ich beschwere mich darüber, wie Sie mit meinen Daten umgehen", as "Umgang" above.
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~10 wie ~6 mit ~3 @personalData|daten|informationen ~2 umgehen|umgegangen|umgeht' },
  // A request named before the data, or alone: "darüber, wie Sie mit meiner Anfrage und meinen Daten umgegangen sind".
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~10 wie ~4 mit ~1 meiner|meinem|meinen ~1 anfrage|antrag|auskunftsersuchen|auskunftsanfrage|löschantrag|loschantrag|loeschantrag|ersuchen|daten ~6 umgehen|umgegangen|umgeht' },
  // "Ich beschwere mich über die Weitergabe meiner Daten": what was done with the data is the object, as with "Umgang".
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~8 weitergabe|veröffentlichung|veroffentlichung|veroeffentlichung|offenlegung|verwendung|nutzung|speicherung|verarbeitung|herausgabe ~3 @personalData|meiner|meines' },
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~8 datenschutz|datenschutzverstoß|datenschutzverstoss|privatsphäre|privatsphaere|dsgvo', topic: true },
  { kind: 'right', right: 'complaint', pattern: 'beschwerde|beschwere ~4 keine|unvollständige|unvollstandige|unvollstaendige|ausbleibende|fehlende ~2 reaktion|antwort|rückmeldung|ruckmeldung|rueckmeldung|auskunft|löschung|loschung|loeschung', weight: 0.7 },
  // The failing answer named first: "Unvollständige Auskunft – Beschwerde", "wegen der verspäteten Antwort beschwere ich mich".
  { kind: 'right', right: 'complaint', pattern: 'unvollständig*|unvollstandig*|unvollstaendig*|ausbleibend*|fehlend*|verspätet*|verspatet*|verspaetet* ~2 auskunft|antwort|löschung|loschung|loeschung ~3 beschwerde|beschwere', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'beschwerde ~3 auskunft|antwort|löschung|loschung|loeschung ~2 unvollständig|unvollstandig|unvollstaendig|ausgeblieben|verspätet|verspatet|verspaetet', weight: 0.7 },
  // The harm beside a complaint: the sender's request or rights disregarded ("über die Nichtbeachtung meines Antrags", "Missachtung meiner Rechte").
  { kind: 'right', right: 'complaint', pattern: 'missachtung|nichtbeachtung|nichtbearbeitung|ignorieren|ignorierung|verschleppung ~2 meiner|meines|meinen|des|der ~2 rechte|betroffenenrechte|antrags|antrages|anfrage|ersuchens|auskunftsersuchens|löschantrags|loschantrags|loeschantrags|widerspruchs', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'verstoß|verstoss|verstöße|verstosse|verstößt|verstosst|verstoesst|eingriff|verletzung|verletzt|missachtung ~4 privatsphäre|privatsphaere|datenschutz|dsgvo|persönlichkeitsrechte|personlichkeitsrechte|persoenlichkeitsrechte', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'datenschutzverstoß|datenschutzverstoss|datenschutzverstöße|datenschutzverstosse', weight: 0.7 },
  // What happened called a breach ("Das ist eine Datenpanne im Sinne von Art. 33") is the grievance that makes a complaint filed beside it a privacy complaint.
  { kind: 'right', right: 'complaint', pattern: 'das ~1 ist|war ~4 eine|ein ~2 datenpanne|datenleck|datenschutzverletzung|datenschutzvorfall', weight: 0.7 },
  // The harm beside a complaint: data put where they do not belong ("Gesundheitsdaten gehören nicht in ein Supportticket").
  { kind: 'right', right: 'complaint', pattern: '@personalData|gesundheitsdaten|diagnose|diagnosen|krankmeldung|krankheitsdaten|privatadresse|handynummer ~3 gehören|gehoren|gehoeren|gehört|gehort|gehoert ~1 nicht ~1 in|ins', weight: 0.7 },
  // The harm beside a complaint: the sender's data passed on without consent.
  { kind: 'right', right: 'complaint', pattern: 'ohne ~2 meine|mein|meinem ~1 zustimmung|einwilligung|einverständnis|einverstandnis|einverstaendnis|wissen ~12 weitergegeben|weitergeleitet|verkauft|übermittelt|ubermittelt|uebermittelt|offengelegt|veröffentlicht|veroffentlicht|veroeffentlicht', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'dsgvo|datenschutz|datenschutzrecht|privatsphäre|privatsphaere ~2 verstößt|verstosst|verstoesst|verstoßen|verstossen|verletzt|verletzen', weight: 0.7 },
  // The grievance beside a complaint: the matter to be taken to the authority ("Ich werde die Angelegenheit der Aufsichtsbehörde vortragen").
  { kind: 'right', right: 'complaint', pattern: 'werde|behalte ~8 @authority ~6 wenden|vortragen|vorlegen|vorzulegen|vorzutragen|melden|einschalten|informieren', weight: 0.7 },
  // A complaint about how the sender's own request was handled.
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~10 auskunftsersuchen|auskunftsantrag|auskunftsanfrage|löschantrag|loschantrag|loeschantrag|löschungsantrag|loschungsantrag|loeschungsantrag|löschanfrage|loschanfrage|loeschanfrage|berichtigungsantrag' },
  // The harm beside a complaint: a request ignored again and again ("Zum dritten Mal").
  { kind: 'right', right: 'complaint', pattern: 'zum ~1 dritten|vierten|wiederholten ~1 mal|male', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'dreimal|viermal|mehrfach|mehrmals|wiederholt ~6 gebeten|aufgefordert|verlangt|angeschrieben', weight: 0.7 },
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren ~2 mich|uns', weight: 0.3 },
  { kind: 'right', right: 'complaint', pattern: 'mich|uns ~3 beschweren', weight: 0.3 },
  { kind: 'right', right: 'complaint', pattern: 'lege|legen|erhebe|erheben|reiche|reichen ~4 beschwerde', weight: 0.3 },
  { kind: 'right', right: 'complaint', pattern: 'förmliche|formliche|foermliche|formelle|offizielle ~1 beschwerde', weight: 0.3 },
  // The mail called a complaint: "Betrachten Sie diese E-Mail als Beschwerde".
  { kind: 'right', right: 'complaint', pattern: 'betrachten|betrachte|betrachtet|werten|wertet ~4 als ~2 beschwerde', weight: 0.5 },
  // A detail of the sender's passed on, complained of: "ich beschwere mich, dass Ihr Techniker meine Handynummer an meinen Chef weitergegeben hat".
  { kind: 'right', right: 'complaint', pattern: 'beschwere|beschweren|beschwerde ~10 @mine ~3 @identity ~6 weitergegeben|gegeben|geteilt|verraten|verkauft|herausgegeben|gezeigt' },
  // Saying what the mail is lodges it as one: "Dies ist eine Beschwerde."
  { kind: 'right', right: 'complaint', pattern: 'dies|das ~2 ist ~3 beschwerde', weight: 0.3 },
  // The Art. 15(1)(e)-(f) list of an access request names the other rights without invoking them:
  // "das Bestehen eines Rechts auf Berichtigung, Löschung ... sowie eines Beschwerderechts", "das Bestehen der Rechte auf ..."
  // (alone it asks too little); the recipients and the source it lists tell no leak.
  ...listedInAccessRequest('bestehen|bestehens ~2 eines|des|der|meiner ~2 rechts|rechtes|rechte|beschwerderechts|widerspruchsrechts', 0.3),
  // Which data went to whom is access (Art. 15(1)(c)): "ich will wissen, welche Daten weitergegeben wurden".
  { kind: 'right', right: 'access', pattern: 'wissen|erfahren ~4 welche ~4 daten|@personalData|informationen ~8 weitergegeben|übermittelt|ubermittelt|uebermittelt|weitergeleitet|verkauft|offengelegt' },
  // Keep but do not use: "auf Eis legen", "nicht löschen, aber nicht mehr benutzen".
  { kind: 'right', right: 'restriction', pattern: 'auf ~1 eis ~2 legen|gelegt|liegen' },
  { kind: 'right', right: 'restriction', pattern: 'nicht ~3 löschen|loschen|loeschen ~12 aber|jedoch|sondern ~6 nicht ~3 mehr|weiter ~3 benutzen|nutzen|verwenden|verarbeiten|weitergeben|gebrauchen' },
  // A wrong name or form of address is a correction of one's own data: "Name falsch geschrieben", "mit dem falschen Namen".
  { kind: 'right', right: 'rectification', pattern: 'falsch|falscher|falschen|falsche|falschem|fehlerhaft|fehlerhafter|fehlerhaften|fehlerhaftem ~2 name|namen|nachname|nachnamen|vorname|vornamen|anrede|schreibweise' },
  { kind: 'right', right: 'rectification', pattern: 'name|namen|nachname|nachnamen|vorname|vornamen|anrede ~3 falsch|fehlerhaft|verkehrt' },
  { kind: 'right', right: 'rectification', pattern: 'berichtigen|berichtigt ~4 vermerk|notiz|eintragung|aussage|darstellung' },
  // A note about the sender taken out of a ticket or file: "die Entfernung dieses Vermerks".
  { kind: 'right', right: 'erasure', pattern: 'entfernung|loschung|loeschung|entfernen|loschen|loeschen|streichung|streichen ~3 dieses|diesen|dieser|des|den|der ~1 vermerk|vermerks|vermerke|notiz|notizen' },
  // Our mailbox or account taken over, mail sent in our name: each half needs the other.
  { kind: 'right', right: 'breach_report', pattern: 'postfach|konto|account|mailbox|zugang|server|kundenportal ~4 kompromittiert|gehackt|übernommen|ubernommen|uebernommen|missbraucht', weight: 0.5, topic: true },
  { kind: 'right', right: 'breach_report', pattern: 'gefälschte|gefalschte|gefaelschte|betrügerische|betrugerische|betruegerische ~3 rechnungen|rechnung|mails|nachrichten|mahnungen ~3 von|aus|in ~2 ihrer|ihrem|ihren|eurer|eurem', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'öffentlich|offentlich|oeffentlich ~2 einsehbar|abrufbar|zugänglich|zuganglich|zugaenglich|sichtbar|freigegeben|freigegebenen|freigegebener|freigegebene|erreichbar', weight: 0.5 },
  { kind: 'right', right: 'breach_report', pattern: 'sehe|sehen|sieht|einsehen|einsehbar|sichtbar|zugriff ~8 tickets|daten|kontaktdaten|kontaktpersonen|ansprechpartner|rechnungen|dokumente|unterlagen ~3 von|aller ~1 allen|anderen|fremden ~1 kunden|nutzern|firmen' },
  { kind: 'earlierRequest', pattern: 'mangels|ohne|keine ~2 antwort|reaktion|ruckmeldung|rueckmeldung ~3 auf ~2 @my|meinen|unseren ~1 antrag|anfrage|ersuchen|schreiben|mail' },
  { kind: 'earlierRequest', pattern: 'trotz ~2 meiner|meines|meinem|unserer|unseres|seiner|seines|ihrer|ihres ~1 antrag|antrags|anfrage|aufforderung|bitte|bitten|widerspruch|widerspruchs|schreiben|schreibens' },
  // Asked by more than one ("meine Frau und ich haben im Januar gebeten, ..."), the handling told with "umgehen" ("wie Sie mit
  // meinem Auskunftsersuchen umgegangen sind"), or its answer told as come ("Die Auskunft über meine Daten kam erst letzte Woche"): background to
  // a complaint.
  { kind: 'earlierRequest', pattern: 'haben|hatten ~10 gebeten|beantragt|verlangt|angefordert|ersucht' },
  { kind: 'earlierRequest', pattern: 'mit ~1 @mine|unserem|unserer ~1 antrag|anfrage|auskunftsersuchen|auskunftsanfrage|ersuchen|loschantrag|loeschantrag ~4 umgegangen|umgehen|umgeht|umgingen' },
  { kind: 'earlierRequest', pattern: 'die|ihre ~1 auskunft|kopie|datenkopie|datenauskunft ~5 kam|erreichte|traf' },
  // The verb last in a subordinate clause: "meine E-Mail, in der ich um Löschung gebeten habe".
  { kind: 'earlierRequest', pattern: 'ich ~8 gebeten|beantragt|verlangt|angefordert|gefordert ~1 habe|hatte' },
  // The same in a main clause: "Ich habe Sie am 8. Januar gebeten, meine Daten zu löschen".
  { kind: 'earlierRequest', pattern: 'ich ~1 habe|hatte ~6 gebeten|beantragt|verlangt|angefordert|aufgefordert' },
  // Made of us earlier by the one the sender writes for: "Meine Mandantin hat Sie am 3. März gebeten, ihre Daten zu löschen". Asked of
  // the sender's own firm ("hat uns gebeten"), it is the request he passes on.
  { kind: 'earlierRequest', pattern: 'mandant|mandantin|kunde|kundin|frau|herr|er|sie ~3 hat|hatte ~1 sie|ihnen ~8 gebeten|aufgefordert|ersucht' },
  // The same with the verb first: "Am 2. Mai bat er Sie um Berichtigung seiner Anschrift".
  { kind: 'earlierRequest', pattern: 'bat|ersuchte ~3 sie ~2 um' },
  // An objection made earlier by the one the sender writes for ("Meine Mandantin hat am 3. Juni der Verarbeitung widersprochen",
  // "er legte Widerspruch ein") is the ground of what is asked now, as the sender's own "ich habe widersprochen" is.
  { kind: 'earlierRequest', pattern: 'hat|hatte|haben ~10 widersprochen' },
  { kind: 'earlierRequest', pattern: 'hat|hatte|haben ~10 widerspruch ~10 eingelegt|erhoben|eingereicht' },
  { kind: 'earlierRequest', pattern: 'legte|legten|erhob ~6 widerspruch' },
  // A request the sender has running, named beside what he asks now, is his history, not asked again: "Ich habe ein
  // laufendes Auskunftsersuchen und womöglich ein Verfahren." Not "mein Auskunftsersuchen läuft seit Wochen", which chases it.
  { kind: 'earlierRequest', pattern: 'habe|hat|haben ~2 laufend|laufende|laufenden|laufendes|offene|offenen|offenes ~2 auskunftsersuchen|auskunftsanfrage|auskunftsantrag|loschantrag|loeschantrag|antrag|anfrage|ersuchen' },
  // The Austrian and Swiss "ersuchen" recalled: "am 3. März habe ich Sie um Löschung meiner Daten ersucht".
  { kind: 'earlierRequest', pattern: 'habe|hatte ~10 ersucht' },
  { kind: 'earlierRequest', pattern: 'ich ~8 ersucht ~1 habe|hatte' },
  // The answer to the sender's earlier request: "Antwort auf mein Auskunftsersuchen", "Ihre Auskunft vom 24.03.".
  { kind: 'earlierRequest', pattern: 'antwort|beantwortung|rückmeldung|ruckmeldung|rueckmeldung ~2 auf|zu ~1 mein|meine|meinen|meinem ~1 auskunftsersuchen|auskunftsanfrage|auskunftsantrag|loschantrag|loeschantrag|antrag|anfrage' },
  { kind: 'earlierRequest', pattern: 'ihre|ihrer|eure|der ~1 auskunft ~1 vom' },
  // What came of the request, told: "Auf mein Auskunftsersuchen erhielt ich nur eine Liste mit meinem Namen".
  { kind: 'earlierRequest', pattern: 'auf ~1 mein|meine|meinen ~3 auskunftsersuchen|auskunftsanfrage|auskunftsantrag|anfrage|antrag|ersuchen|loschantrag|loeschantrag|widerspruch ~6 erhielt|bekam|erhalten|bekommen' },
  // How we met the request, told in a complaint: "da Sie auf meinen Löschantrag nur mit einem Textbaustein reagiert haben", "Sie haben
  // meinen Antrag auf Auskunft abgelehnt".
  { kind: 'earlierRequest', pattern: 'auf ~1 mein|meine|meinen ~3 auskunftsersuchen|auskunftsanfrage|auskunftsantrag|anfrage|antrag|ersuchen|loschantrag|loeschantrag|widerspruch ~8 reagiert|geantwortet|reagierten|antworteten' },
  { kind: 'earlierRequest', pattern: 'mein|meine|meinen ~3 auskunftsersuchen|auskunftsanfrage|auskunftsantrag|anfrage|antrag|ersuchen|loschantrag|loeschantrag|widerspruch ~6 abgelehnt|zurückgewiesen|zuruckgewiesen|zurueckgewiesen|verweigert' },
  { kind: 'renewal', pattern: 'halte ~6 aufrecht' },
  // Ob es schon erledigt ist, über dem zitierten Antrag gefragt: "Ist das inzwischen erledigt?".
  { kind: 'renewal', pattern: 'ist|sind ~1 das|dies|es ~2 inzwischen|schon|mittlerweile|bereits|endlich ~1 erledigt|passiert|geschehen|umgesetzt|bearbeitet' },
  // Still expecting the answer, or a deadline with a threat: the earlier request stands.
  { kind: 'renewal', pattern: 'erwarte ~4 trotzdem|weiterhin|dennoch|umgehend|unverzuglich|unverzueglich' },
  { kind: 'renewal', pattern: 'steht|stehen ~2 noch|weiterhin|immer ~2 aus' },
  { kind: 'renewal', pattern: 'trotzdem|weiterhin|dennoch ~4 erwarte' },
  { kind: 'renewal', pattern: 'holen ~4 nach' },
  { kind: 'renewal', pattern: 'sollte|wenn|falls ~3 ich ~2 bis ~6 nichts|keine|nix ~2 horen|hoeren|hore|hoere|antwort|reaktion|auskunft|bestätigung|bestatigung|bestaetigung' },
  { kind: 'renewal', pattern: 'bestehe|bestehen ~4 auf' },
  // An ultimatum that points back to what was asked, or names the authority as the alternative: "Wenn das bis Monatsende nicht
  // erledigt ist, werde ich Beschwerde einlegen", "andernfalls wende ich mich an die Aufsichtsbehörde"; the ask told as made
  // before, "darum habe ich Sie schon einmal gebeten", is asked again.
  { kind: 'renewal', pattern: 'wenn|falls|sollte ~3 das|dies|es ~6 nicht ~4 erledigt|geschehen|passiert|umgesetzt|geklärt|geklart|geklaert ~12 beschwerde|beschweren|@authority|landesbeauftragte*' },
  { kind: 'renewal', pattern: 'andernfalls|ansonsten|sonst ~6 beschwerde|beschweren|@authority|landesbeauftragte*' },
  { kind: 'renewal', pattern: 'habe|hatte ~3 das|dies|darum ~3 schon|bereits ~3 gebeten|verlangt|beantragt|gefragt' },
  { kind: 'renewal', pattern: 'zum ~1 dritten|vierten|wiederholten ~1 mal|male' },
  // A deadline for what was asked: "falls ich nicht innerhalb von 7 Tagen eine vollständige Auskunft erhalte".
  { kind: 'renewal', pattern: 'falls|wenn|sollte ~3 ich ~3 nicht ~3 innerhalb|binnen|bis ~6 auskunft|antwort|bestätigung|bestatigung|bestaetigung|kopie|erhalte|bekomme' },
  { kind: 'renewal', pattern: 'wiederhole|wiederholen ~3 @my|meinen|unseren ~2 antrag|anfrage|forderung|bitte' },
  { kind: 'renewal', pattern: 'setze|setzen ~4 frist|nachfrist|letzte' },
  // The deadline of the earlier request named as running or past: "Die Monatsfrist ist abgelaufen", "Ich bitte um umgehende Erledigung".
  { kind: 'renewal', pattern: 'frist|monatsfrist ~3 läuft|lauft|laeuft|abgelaufen|verstrichen' },
  { kind: 'renewal', pattern: 'bitte|bitten ~1 um ~2 umgehende|unverzügliche|unverzugliche|unverzuegliche|baldige|zeitnahe ~1 erledigung|bearbeitung|beantwortung' },
  // Eine Nachricht weiter unten im Verlauf, auf die verwiesen wird: "Bitte beachten Sie auch die Nachricht von Frau Kühn weiter
  // unten", "siehe die Mail von Jan unten".
  { kind: 'renewal', pattern: 'beachten|siehe|sehen|lesen ~5 nachricht|mail|email|anfrage|bitte|notiz ~5 unten|darunter' },
  { kind: 'negation', language: 'de', pattern: 'nicht|kein|keine|keinen|keiner|keines|nie|niemals|nichts|weder|ohne' },
  { kind: 'hypothetical', pattern: 'wenn|falls|sobald ~5 @hypotheticalSubject|jemand' },
  // "Angenommen, ein Kunde will gelöscht werden: was passiert dann mit den Sicherungen?"
  { kind: 'hypothetical', pattern: 'angenommen|vorausgesetzt ~4 @hypotheticalSubject|jemand' },
  // Our question told back and declined: "Sie fragten, ob Sie meine Unterlagen löschen sollen: nein, bitte behalten".
  { kind: 'hypothetical', pattern: 'sie|du ~1 fragten|fragen|fragtest|fragst ~2 ob ~10 nein ~4 notig|noetig|behalten|aufbewahren|danke' },
  // A device supposed lost, for a policy: "Wenn ein Laptop verloren geht, was ist zu tun?".
  { kind: 'hypothetical', pattern: 'wenn|falls ~1 ein|eine ~3 verloren ~1 geht|gehen' },
  { kind: 'hypothetical', pattern: 'wenn|falls ~1 ein|eine ~3 gestohlen ~1 wird|werden' },
  // One of the sender's own people supposed, whatever they are called: "falls einer unserer Fahrer sein Handy verliert".
  { kind: 'hypothetical', pattern: 'wenn|falls|sobald ~1 einer|eine|jemand ~1 unserer|von ~1 uns' },
  // Someone else's request supposed in an advice question: "Wenn ein Bewerber bei uns Auskunft verlangt, ...".
  { kind: 'hypothetical', pattern: 'wenn|falls|sobald ~3 ein|eine|der|die|unser|unsere ~1 bewerber|bewerberin|mandant|mandantin|mitglied|kundin|patientin|mieter|mieterin|schüler|schuler|schueler|arbeitnehmer|beschäftigter|beschaftigter|beschaeftigter' },
  // ... or named by a pronoun: "Falls er eine Kopie seiner Mails verlangt, ...".
  { kind: 'hypothetical', pattern: 'wenn|falls|sobald ~1 er|einer ~7 verlangt|fragt|beantragt|fordert|anfordert' },
  { kind: 'hypothetical', pattern: 'wie ~2 sieht ~2 es ~2 mit' },
  // The sender's own contract end supposed, and what would happen then: "Wenn ich kündige, löschen Sie dann ...?",
  // "Würden Sie dann alles von selbst löschen?", "Was passiert bei einem Löschantrag?", "Was würde ... mit unseren
  // Postfächern passieren?".
  { kind: 'hypothetical', pattern: 'wenn|falls ~1 ich|wir ~6 kündige|kundige|kuendige|kündigen|kundigen|kuendigen|beende|beenden|wechsle|wechsele|wechseln|aufhöre|aufhore|aufhoere' },
  { kind: 'hypothetical', pattern: 'würden|wurden|wuerden ~1 sie ~8 löschen|loschen|loeschen|entfernen|vernichten' },
  // A step the sender only supposes he might ask: "Wenn ich alle meine Daten entfernen lassen würde, ...". Folded, "würde" is "wurde".
  { kind: 'hypothetical', pattern: 'wenn|falls ~1 ich|wir ~8 wurde|wuerde|wurden|wuerden' },
  { kind: 'hypothetical', pattern: 'was ~3 passiert|passieren|wäre|ware|waere|geschieht ~4 bei|mit|wenn' },
  // "Vergessen Sie mich nicht bei der Einladung" asks to be remembered, the opposite of erasure.
  { kind: 'hypothetical', pattern: 'vergessen|vergesst ~1 sie|ihr ~1 mich ~2 nicht' },
  { kind: 'hypothetical', pattern: 'wird|werden ~4 geloscht|geloescht|deaktiviert|gesperrt' },
  // Phishing threatens a deletion unless the reader confirms: "in 24 Stunden gelöscht", "um die Löschung zu verhindern", "sofern Sie Ihre Identität nicht bestätigen".
  { kind: 'hypothetical', pattern: 'stunden ~3 gelöscht|geloscht|geloescht|deaktiviert|gesperrt' },
  { kind: 'hypothetical', pattern: 'löschung|loschung|loeschung|sperrung|deaktivierung|verlust|datenverlust ~4 zu ~1 verhindern|vermeiden' },
  { kind: 'hypothetical', pattern: 'sofern|wenn|falls ~6 nicht ~2 bestätigen|bestatigen|bestaetigen|verifizieren' },
  // A mailing's own opt-out: "antworten Sie bitte mit „Abmelden“".
  { kind: 'hypothetical', pattern: 'antworten|antwortet|antwort ~3 mit ~1 abmelden|abbestellen|austragen|stop' },
  // A Widerspruch against a rent increase, a notice or a bill is no objection under Art. 21.
  { kind: 'hypothetical', pattern: 'widerspreche|widerspruch|widersprechen|einspruch ~4 mieterhohung|mieterhoehung|preiserhohung|preiserhoehung|erhohung|erhoehung|bescheid|steuerbescheid|rechnung|kundigung|kuendigung|mahnung|forderung|nebenkostenabrechnung|beitragserhohung|beitragserhoehung|vertragsanderung|vertragsaenderung' },
  { kind: 'hypothetical', pattern: 'mieterhohung|mieterhoehung|preiserhohung|preiserhoehung|bescheid|steuerbescheid|mahnung|nebenkostenabrechnung|betriebskostenabrechnung|beitragserhohung|beitragserhoehung|beitragsanpassung|preisanpassung|lastschrift|abbuchung ~4 widerspruch|einspruch|widerspreche' },
  // A bank return of a direct debit, or an appeal against a notice or a bill: "gegen die Lastschrift", "gegen Ihren Bescheid".
  { kind: 'hypothetical', pattern: 'gegen ~3 bescheid|leistungsbescheid|beitragsbescheid|steuerbescheid|lastschrift|abbuchung|betriebskostenabrechnung|nebenkostenabrechnung|beitragsanpassung|beitragserhohung|beitragserhoehung|mieterhohung|mieterhoehung' },
  // Notices of every authority, written as compounds: "gegen den Abfallgebührenbescheid lege ich Widerspruch ein".
  { kind: 'hypothetical', pattern: 'gegen ~3 gebührenbescheid|gebuhrenbescheid|gebuehrenbescheid|abfallgebührenbescheid|abfallgebuhrenbescheid|abfallgebuehrenbescheid|bußgeldbescheid|bussgeldbescheid|grundsteuerbescheid|kostenbescheid|abgabenbescheid|festsetzungsbescheid|rentenbescheid|bewilligungsbescheid|ablehnungsbescheid|änderungsbescheid|anderungsbescheid|aenderungsbescheid' },
  // Thanks for what was done, done by oneself, or whether a colleague may: nothing to act on.
  { kind: 'hypothetical', pattern: 'danke|dank|bedanke ~3 dass ~8 haben|hat|wurden|wurde' },
  { kind: 'hypothetical', pattern: 'danke|dank ~2 fur|fuer ~3 loschung|loeschung|berichtigung|auskunft|abmeldung|korrektur|anderung|aenderung' },
  { kind: 'hypothetical', pattern: 'selbst|selber ~6 geloscht|geloescht|entfernt|abgemeldet|ausgetragen|geandert|geaendert' },
  { kind: 'hypothetical', pattern: 'ob ~1 sie|er|man ~8 kann|darf' },
  // "Auskunft" also asks when a technician comes or where an order stands: not Art. 15.
  { kind: 'hypothetical', pattern: 'auskunft ~4 wann|wo|wieviel|wieso|warum' },
  // "können Sie mir Auskunft geben, was ein zusätzlicher Arbeitsplatz kostet": a price asked, not Art. 15.
  { kind: 'hypothetical', pattern: 'auskunft ~4 was|welche|welcher ~12 kostet|kosten|preis|preise|gebühr|gebuhr|gebuehr' },
  { kind: 'hypothetical', pattern: 'auskunft ~2 zum|zur|zu|uber|bzgl|bezuglich|ueber|bezueglich ~2 termin|stand|status|preis|preisen|lieferung|liefertermin|lieferzeit|angebot|rechnung|bestellung|auftrag|ticket|verfugbarkeit|vertrag|verfuegbarkeit' },
  // The reader's own request, answered or acknowledged by the sender: "bezugnehmend auf Ihr Auskunftsersuchen".
  { kind: 'hypothetical', pattern: 'ihr|ihre|ihres|ihren|ihrem ~1 auskunftsersuchen|auskunftsersuchens|auskunftsanfrage|auskunftsantrag|auskunftsantrags|loschantrag|loeschantrag|loschantrags|loeschantrags|loschanfrage|loeschanfrage' },
  // The reader's request acknowledged with the object first: "Ihre Anfrage zur Löschung Ihrer Daten haben wir an unsere Datenschutzkoordinatorin weitergeleitet".
  { kind: 'hypothetical', pattern: 'ihre|ihren ~1 anfrage|antrag|ersuchen|nachricht ~8 haben|hat ~1 wir|ich ~8 weitergeleitet|erhalten|übergeben|ubergeben|uebergeben|bearbeitet|notiert' },
  // Staff naming a customer's request by the customer ("das Auskunftsersuchen von Herrn A.", "Der Widerspruch von Frau H. ist erledigt") discuss it.
  { kind: 'hypothetical', pattern: 'widerspruch|auskunftsersuchen|auskunftsanfrage|loschantrag|loeschantrag|löschantrag|loschanfrage|loeschanfrage|löschanfrage|anfrage|antrag ~1 von|des ~1 frau|herrn|herr' },
  // Staff telling a colleague of someone's complaint: "Er hat sich beschwert und droht mit der AP", "Sie hat sich bei der AP beschwert".
  { kind: 'hypothetical', pattern: 'er|sie ~1 hat|haben ~1 sich ~6 beschwert' },
  // ... so is a complaint against the sender's own firm ("eine Mitarbeiterin hat sich bei der Behörde über uns beschwert", "eine
  // Beschwerde gegen uns"), or one told as lodged by one of its people ("Beschwerde eingereicht von Mitarbeiter").
  { kind: 'hypothetical', pattern: 'beschwerde|beschwerden ~2 gegen|uber|über|ueber ~1 uns' },
  { kind: 'hypothetical', pattern: 'uber|über|ueber ~1 uns ~4 beschwert' },
  { kind: 'hypothetical', pattern: 'eingereicht|eingelegt ~1 von ~2 mitarbeiter|mitarbeiterin|kunde|kundin|patient|patientin|mieter|mieterin|bewerber|bewerberin' },
  { kind: 'hypothetical', pattern: 'droht|drohte|drohen ~3 mit ~3 der|dem|einer|einem ~1 ap|aufsichtsbehörde|aufsichtsbehorde|aufsichtsbehoerde|datenschutzbehörde|datenschutzbehorde|datenschutzbehoerde|anwalt|beschwerde' },
  // Erasure refused beside a hold: "Eine Löschung lehne ich ausdrücklich ab, da ich die Daten ... benötige".
  { kind: 'hypothetical', pattern: 'löschung|loschung|loeschung ~3 lehne|lehnen ~4 ab' },
  { kind: 'hypothetical', pattern: 'lehne|lehnen ~4 löschung|loschung|loeschung ~3 ab' },
  // A phishing threat: "Zur Vermeidung einer Sperrung und Löschung aller Daten bestätigen Sie ...".
  { kind: 'hypothetical', pattern: 'vermeidung|verhinderung ~2 einer|der ~1 sperrung|löschung|loschung|loeschung|deaktivierung' },
  // Another bank account on a bill is a fraud sign, not someone's data: "Da steht eine andere IBAN drauf".
  { kind: 'hypothetical', pattern: 'andere|anderen|neue|neuen ~1 iban|bankverbindung|kontonummer|kontoverbindung' },
  // Whether one's data were hit by an incident asks about the breach, not for a copy: "teilen Sie mir mit, ob meine Daten betroffen sind".
  { kind: 'hypothetical', pattern: 'ob ~3 @personalData ~4 betroffen ~1 sind|ist|waren|war|wurden' },
  // A form field left unused: "[Widerspruch gegen Direktwerbung – nicht zutreffend]".
  { kind: 'hypothetical', pattern: 'nicht ~1 zutreffend|zutreffen|anwendbar' },
  // Requests from one's own customers in general are a question of how to handle them.
  { kind: 'hypothetical', pattern: 'anfragen|auskunftsanfragen|loschanfragen|loeschanfragen ~3 von ~2 kunden|nutzern|mitarbeitern|bewerbern|patienten|mandanten|mitgliedern' },
  // Privacy notices tell the reader what he may do: "Sie können jederzeit widersprechen".
  { kind: 'hypothetical', pattern: 'sie ~1 konnen|können|koennen ~4 jederzeit|widersprechen|widerrufen' },
  // "Ich möchte nicht, dass meine Daten gelöscht werden": the opposite of a request.
  { kind: 'hypothetical', pattern: 'nicht ~2 dass ~6 geloscht|geloescht|entfernt ~1 werden|wird' },
  // "Ich habe erfahren, dass Sie meine Daten löschen wollen": what the company plans, not what is asked.
  { kind: 'hypothetical', pattern: 'dass ~1 sie ~8 @erase ~1 wollen|werden|mochten|möchten|wurden|würden|moechten|wuerden' },
  // A deletion the company announced, recalled before the sender asks to keep the data: "Sie haben angekündigt, meine Daten zu löschen".
  { kind: 'hypothetical', pattern: 'angekündigt|angekundigt|angekuendigt ~10 @erase' },
  { kind: 'hypothetical', pattern: 'mitgeteilt|geschrieben ~2 dass ~1 sie ~8 @erase' },
  { kind: 'hypothetical', pattern: 'wie ~4 sollen|mussen|konnen|gehen|muessen|koennen ~3 wir|man|ich ~6 @handle|um|vor' },
  { kind: 'hypothetical', pattern: 'auftragsverarbeitungsvertrag|auftragsverarbeitungsvertrags|auftragsverarbeitung|avv|sicherheitsfragebogen' },
  // A questionnaire to fill in is named in the singular ("den beigefügten Fragebogen", "Der Fragebogen fragt auch ..."); questionnaires
  // listed among one's own records ("Übungspläne, Messwerte, Fragebögen") are data asked for, not a supplier's questions.
  { kind: 'hypothetical', pattern: 'der|den|dem|des|ein|einen|einem|unser|unseren|unserem|ihren|ihrem|diesen|diesem|beigefügten|beigefugten|beigefuegten|beiliegenden|anliegenden|angehängten|angehangten|angehaengten ~1 fragebogen' },
  // A processing agreement or a reply template lists rights without asking for any.
  { kind: 'informational', pattern: 'auftragsverarbeitungsvertrag|auftragsverarbeitungsvertrags|avv|vertragsentwurf|mustervorlage|musterschreiben|textbaustein|textbausteine' },
  { kind: 'informational', pattern: 'av ~1 vertrag|vertrags' },
  // Model letters and reply drafts, and a colleague asked to review one: about requests, not one.
  { kind: 'informational', pattern: 'musterbrief|musterbriefe|musterantwort|musterantworten|briefvorlage|antwortvorlage|antwortentwurf' },
  { kind: 'informational', pattern: 'antwort|brief|schreiben|vorlage ~3 entworfen' },
  { kind: 'informational', pattern: 'gegenlesen|drüberschauen|druberschauen|drueberschauen|drüberschaust|druberschaust|drueberschaust' },
  // Supplier and security questionnaires ask how requests are handled.
  { kind: 'informational', pattern: 'fragebogen|lieferantenfragebogen|sicherheitsfragebogen|dienstleisterfragebogen' },
  { kind: 'informational', pattern: 'vertrag|vereinbarung ~3 zur|uber|ueber ~1 auftragsverarbeitung' },
  { kind: 'informational', pattern: '@article ~1 28' },
  // A procedure asked about for later, or whether we may: "wie würde das ablaufen, wenn ich irgendwann ...".
  { kind: 'hypothetical', pattern: 'wenn|falls ~3 ich ~4 irgendwann|eines|später|spater|spaeter|künftig|kunftig|kuenftig' },
  { kind: 'hypothetical', pattern: 'ob ~1 wir ~8 dürfen|durfen|duerfen|können|konnen|koennen|müssen|mussen|muessen|sollen' },
  // A request fulfilled and thanked for, or one's own deletion by mistake, asks nothing.
  { kind: 'hypothetical', pattern: 'nochmals|nochmal ~1 danke|dank' },
  { kind: 'hypothetical', pattern: 'danke|dank ~1 dafür|dafur|dafuer' },
  { kind: 'hypothetical', pattern: 'versehentlich ~10 gelöscht|geloscht|geloescht|entfernt|überschrieben|uberschrieben|ueberschrieben' },
  { kind: 'hypothetical', pattern: 'aus ~1 versehen ~10 gelöscht|geloscht|geloescht|entfernt|überschrieben|uberschrieben|ueberschrieben' },
  // An allegation about the sender told in the subjunctive ("im Ticket steht, ich hätte Passwörter an Dritte weitergegeben") is what
  // the sender contests, not a leak reported.
  { kind: 'hypothetical', pattern: 'vermerkt|steht|notiert|behauptet|heißt|heisst|vorgeworfen|unterstellt ~3 ich ~1 hätte|haette|sei' },
  // A Widerspruch against an invoice or a notice, the bill named first: "gegen Ihre Rechnung ... lege ich Widerspruch ein".
  { kind: 'hypothetical', pattern: 'gegen ~6 rechnung|rechnungen|kündigung|kundigung|kuendigung|mahnung|forderung|gutschrift|lastschrift|bescheid ~8 widerspruch|einspruch' },
  // The company told the authority itself (a breach notice), and an applicant's consent to the usual deletion.
  { kind: 'hypothetical', pattern: 'aufsichtsbehörde|aufsichtsbehorde|aufsichtsbehoerde|datenschutzbehörde|datenschutzbehorde|datenschutzbehoerde|datenschutzaufsichtsbehorde|datenschutzaufsichtsbehoerde|datenschutzaufsicht|behörde|behorde|behoerde ~3 wurde|wurden ~6 informiert|benachrichtigt|unterrichtet|eingeschaltet' },
  { kind: 'hypothetical', pattern: 'gemäß|gemass|gemaess|laut|entsprechend|nach ~3 datenschutzhinweisen|datenschutzerklärung|datenschutzerklarung|datenschutzerklaerung|datenschutzbestimmungen|datenschutzrichtlinie|datenschutzinformationen ~4 einverstanden' },
  // An applicant consenting to the usual storage and deletion: "Ich bin damit einverstanden, dass meine Unterlagen ... gelöscht werden", "Ich willige ein, dass".
  { kind: 'hypothetical', pattern: 'bin|sind damit|ich|wir einverstanden' },
  { kind: 'hypothetical', pattern: 'bin|sind ich|wir damit einverstanden' },
  { kind: 'hypothetical', pattern: 'willige|willigen ~1 ein ~1 dass' },
  // An applicant's papers to be kept are read, so that consenting to it ("Ich willige ein, dass meine Bewerbungsunterlagen
  // gespeichert werden", "Ich bin damit einverstanden, dass Sie meine Unterlagen speichern") is a doubted no the models leave alone.
  { kind: 'right', right: 'restriction', pattern: 'bewerbungsunterlagen|unterlagen|bewerbung|initiativbewerbung|lebenslauf ~14 speichern|gespeichert|aufbewahren|aufbewahrt|aufheben', weight: 0.3, topic: true },
  // Our own notice received tells what it said ("Ich habe Ihr Schreiben erhalten, dass bei einem Dienstleister Kundendaten abgeflossen sind").
  { kind: 'hypothetical', pattern: 'ihr|ihre|ihren|euer|eure|euren ~1 schreiben|ankündigung|ankundigung|ankuendigung|mitteilung|benachrichtigung|brief|hinweis|information ~3 erhalten|bekommen|gelesen ~2 dass|wonach' },
  // A firm telling that it notified the authority itself: "Wir haben ... die zuständige Aufsichtsbehörde gemäß Art. 33 DSGVO informiert".
  { kind: 'hypothetical', pattern: 'wir ~1 haben ~10 aufsichtsbehörde|aufsichtsbehorde|aufsichtsbehoerde|datenschutzbehörde|datenschutzbehorde|datenschutzbehoerde|behörde|behorde|behoerde ~6 informiert|benachrichtigt|unterrichtet|gemeldet' },
  // How long the firm keeps things in general ("Wie lange speichern Sie Logdaten?", "wie lange Sie Backups speichern") is a
  // question about its practice, read and set aside; the storage period in an access request is passive ("wie lange sie gespeichert werden").
  { kind: 'right', right: 'access', pattern: 'wie ~1 lange ~1 speichern|speichert|bewahren|bewahrt|archivieren|archiviert ~1 sie|ihr', weight: 0.3, topic: true },
  { kind: 'right', right: 'access', pattern: 'wie ~1 lange ~1 sie|ihr ~6 speichern|speichert|aufbewahren|aufbewahrt|archivieren|archiviert', weight: 0.3, topic: true },
  { kind: 'hypothetical', pattern: 'wie ~1 lange ~1 speichern|speichert|bewahren|bewahrt|archivieren|archiviert ~1 sie|ihr' },
  // Not the passive question of an access request: "und wie lange werden sie aufbewahrt?".
  { kind: 'hypothetical', pattern: 'wie ~1 lange sie|ihr ~6 speichern|speichert|aufbewahren|aufbewahrt|archivieren|archiviert' },
  // Facts asked for the customer's own privacy notice or records ("Für unsere Datenschutzerklärung muss ich angeben, wie lange ...").
  { kind: 'right', right: 'access', pattern: 'wie ~1 lange ~6 gespeichert|aufbewahrt|archiviert ~1 werden|wird', weight: 0.3, topic: true },
  { kind: 'hypothetical', pattern: 'für|fur|fuer ~1 unsere|unser|unseren ~2 datenschutzerklärung|datenschutzerklarung|datenschutzerklaerung|datenschutzdokumentation|datenschutzhinweise|verarbeitungsverzeichnis|verzeichnis|vvt' },
  // A company's own breach notice: "wir informieren Sie hiermit über ...", "am 3. März wurde festgestellt, dass".
  { kind: 'hypothetical', pattern: 'wir ~2 informieren ~2 sie ~6 über|uber|ueber|gemäß|gemass|gemaess|hiermit' },
  { kind: 'hypothetical', pattern: 'wurde|wurden ~2 festgestellt|entdeckt ~2 dass' },
  // Advice about a request the customer answers itself: "wir wollen das selbst beantworten", "kein Handlungsbedarf".
  { kind: 'informational', pattern: 'kein|keinen ~2 handlungsbedarf' },
  // Passed on to be known, as "ter info" and "pour info": "zur Info", "zur Kenntnisnahme".
  { kind: 'informational', pattern: 'zur ~1 info|kenntnis|kenntnisnahme' },
  { kind: 'informational', pattern: 'handlungsbedarf ~6 nicht' },
  // A request passed on that the sender's own firm already answered: "haben wir selbst beantwortet", "bei uns bereits erledigt",
  // and nothing for us to do: "für Sie ist nichts zu tun".
  { kind: 'informational', pattern: 'selbst|selber ~2 beantwortet|erledigt|bearbeitet' },
  { kind: 'informational', pattern: 'bei|von ~1 uns ~2 bereits|schon ~1 beantwortet|erledigt|bearbeitet' },
  { kind: 'informational', pattern: 'nichts ~2 zu ~1 tun' },
  // ... passed on for the archive only, or one we had dealt with earlier: "nur zur Ablage", "fürs Archiv", "das hatten Sie im
  // Mai bereits erledigt".
  { kind: 'informational', pattern: 'zur ~1 ablage|archivierung' },
  { kind: 'informational', pattern: 'fürs|furs|fuers ~1 archiv' },
  { kind: 'informational', pattern: 'hatten ~1 sie|ihr ~3 bereits|schon ~1 erledigt|bearbeitet|beantwortet' },
  { kind: 'informational', pattern: 'selbst|selber ~3 beantworten|bearbeiten|erledigen|übernehmen|ubernehmen|uebernehmen' },
  { kind: 'informational', pattern: 'beantworten|bearbeiten|erledigen|übernehmen|ubernehmen|uebernehmen ~3 selbst|selber' },
  // Students asking how requests are handled, and senders who say they ask nothing for themselves.
  { kind: 'informational', pattern: 'masterarbeit|bachelorarbeit|hausarbeit|seminararbeit|abschlussarbeit|doktorarbeit|dissertation' },
  { kind: 'informational', pattern: 'handelt ~2 sich ~2 nicht ~2 um ~3 anfrage|antrag|anliegen|ersuchen' },
  // Newsletters about data-protection law.
  { kind: 'informational', pattern: 'dieser ~1 ausgabe' },
  // Guides, press releases and forwarded reading tips: about requests, not one.
  { kind: 'informational', pattern: 'checkliste|leitfaden|ratgeber|pressemitteilung|whitepaper|lesenswert|lesetipp|faq|faqs|kundenleitfaden|kundenleitfadens' },
  { kind: 'informational', pattern: 'lesen ~2 lohnt' },
  // A guide walking the reader through it: "Wir zeigen, wie Sie Fristen richtig berechnen", "Löschkonzept – Schritt für Schritt"
  // (not the lawyer's "wir zeigen an, dass wir ... vertreten").
  { kind: 'informational', pattern: 'wir ~1 zeigen|erklaren|erklaeren ~1 ihnen ~2 wie|warum|worauf|wann|welche' },
  { kind: 'informational', pattern: 'wir ~1 zeigen|erklaren|erklaeren ~1 wie|warum|worauf|wann|welche' },
  { kind: 'informational', pattern: 'schritt ~1 fur|fuer ~1 schritt' },
  // An event or a newsletter calling to act ("Jetzt anmelden", "Jetzt weiterlesen", "Frühbucherrabatt"). Written folded only:
  // an accented alternative beside its folded twin would be counted twice.
  { kind: 'informational', pattern: 'jetzt ~1 anmelden|registrieren|buchen|lesen|weiterlesen|herunterladen|downloaden|sichern|teilnehmen' },
  { kind: 'informational', pattern: 'tagesseminar|halbtagesseminar|onlineseminar|teilnahmegebuhr|teilnahmegebuehr|fruhbucherrabatt|fruehbucherrabatt|fruhbucherpreis|fruehbucherpreis' },
  { kind: 'informational', pattern: 'unser|unsere|unseren|unserem|kostenlos|kostenloses|kostenlosen|kostenfreies|kostenfreien ~2 webinar|praxiswebinar|webinare|webinaren|seminar|workshop|onlineseminar' },
  // A suspect mail forwarded to ask whether it is real ("Ist das echt? Ich habe nichts angeklickt"): the leak it announces is
  // the phisher's bait, not one the sender reports.
  { kind: 'informational', pattern: 'ist ~1 das|dies|die|diese ~1 mail|nachricht|email|e ~2 echt|phishing|seriös|serios|seriös|gefälscht|gefalscht|gefaelscht' },
  { kind: 'informational', pattern: 'ist ~1 das|dies ~1 echt|phishing|seriös|serios|gefälscht|gefalscht|gefaelscht' },
  { kind: 'informational', pattern: 'nichts|keinen ~2 angeklickt|geklickt|geöffnet|geoffnet|geoeffnet' },
  // A teaser's "Und was tun bei einer Beschwerde bei der Aufsichtsbehörde?" supposes the case.
  { kind: 'hypothetical', pattern: 'was ~1 tun|machen ~2 bei|wenn' },
  { kind: 'informational', pattern: 'bußgeld|bussgeld|bußgelder|bussgelder ~8 verhängt|verhangt|verhaengt|verhängen|verhangen|verhaengen' },
  { kind: 'informational', pattern: 'praxistipp|praxistipps|eugh|bgh|rechtsprechung|tätigkeitsbericht|tatigkeitsbericht|taetigkeitsbericht' },
  // Guidance from the regulators ("Orientierungshilfe der Datenschutzkonferenz", "Leitlinien des EDSA") is privacy in general.
  { kind: 'informational', pattern: 'orientierungshilfe|orientierungshilfen|handreichung|handreichungen|leitlinien|datenschutzkonferenz|edsa' },
  { kind: 'informational', pattern: 'sie ~1 erhalten ~2 diesen|diese ~1 newsletter|nachricht|information|rundschreiben|rundbrief ~3 als|weil|da' },
  { kind: 'hypothetical', pattern: 'sie ~1 konnen|können|koennen ~4 beschwerde|einlegen|einreichen' },
  // Someone else's complaint that the authority acted on, told to the firm in its decision: "aufgrund der Beschwerde einer
  // betroffenen Person hat die Landesbeauftragte festgestellt ...".
  { kind: 'hypothetical', pattern: 'beschwerde|beschwerden ~1 einer|eines ~1 betroffenen|dritten' },
  { kind: 'hypothetical', pattern: 'aufgrund|infolge|nach ~1 einer ~1 beschwerde ~1 gegen|einer|eines' },
  // Telling the reader where to turn: "wenden Sie sich an die Aufsichtsbehörde", "können Sie sich ... wenden".
  { kind: 'hypothetical', pattern: 'wenden ~1 sie ~1 sich' },
  { kind: 'hypothetical', pattern: 'konnen|können|koennen ~1 sie ~1 sich ~6 wenden|beschweren' },
  { kind: 'hypothetical', pattern: 'sie ~1 konnen|können|koennen ~1 sich ~6 wenden|beschweren' },
  // A bill, statement or tax certificate sent again is routine ("Rechnungskopie Januar", "Kopien der Kontoauszüge für die Nachlassabwicklung",
  // "schicken Sie mir die Rechnung als PDF"): read and set aside, so the rules' no is a doubted one the models leave alone.
  ...readAndSetAside('access', 'rechnungskopie|rechnungskopien|rechnungsduplikat|jahressteuerbescheinigung|steuerbescheinigung', 0.3),
  ...readAndSetAside('access', 'kopie|kopien ~2 der|des|meiner|meines|ihrer|ihres|unserer|unseres ~1 kontoauszüge|kontoauszuge|kontoauszuege|kontoauszug|kontoauszugs|rechnung|rechnungen', 0.3),
  ...readAndSetAside('access', 'schicken|senden|zusenden|zuschicken|schickt|sendet ~6 rechnung|rechnungen ~4 als ~1 pdf', 0.3),
  ...readAndSetAside('access', 'rechnung|rechnungen ~6 als ~1 pdf ~3 schicken|senden|zusenden|zuschicken|schickt|sendet', 0.3),
  // A rights list told to the reader ("Was Sie verlangen können: Kopie der Daten, ...") and adverts for services ("30 Tage gratis testen", "Wussten Sie, dass ...").
  { kind: 'hypothetical', pattern: 'was ~1 sie ~3 verlangen|fordern|beantragen|anfordern ~1 können|konnen|koennen|dürfen|durfen|duerfen' },
  { kind: 'hypothetical', pattern: 'wie ~1 sie ~8 verlangen|fordern|beantragen|anfordern ~1 können|konnen|koennen|dürfen|durfen|duerfen' },
  { kind: 'informational', pattern: 'kostenlos|gratis|unverbindlich ~3 testen|ausprobieren|testversion' },
  { kind: 'informational', pattern: 'datenhändler|datenhandler|datenhaendler|datenhändlern|datenhandlern|datenhaendlern|datenbroker' },
  { kind: 'informational', pattern: 'wussten ~1 sie ~1 dass' },
  // News read about a leak elsewhere ("in einem Forum gelesen, dass bei einem IT-Dienstleister Daten geleakt sind") reports none.
  { kind: 'right', right: 'breach_report', pattern: 'daten ~3 geleakt|abgeflossen|gehackt', weight: 0.3, topic: true },
  // Told of someone the sender's matter reached: "meine Nachbarin hätte das nie wissen dürfen", "das hätte niemals weitergegeben
  // werden dürfen".
  { kind: 'right', right: 'breach_report', pattern: 'hatte|hatten|haette|haetten ~4 nie|niemals ~3 erfahren|wissen|horen|hoeren|sehen ~1 durfen|duerfen' },
  { kind: 'right', right: 'breach_report', pattern: 'hatte|hatten|haette|haetten ~4 nie|niemals ~3 weitergegeben|weitergeleitet|mitgeteilt|gezeigt ~1 werden ~1 durfen|duerfen' },
  { kind: 'hypothetical', pattern: 'forum|zeitung|presse|nachrichten|artikel|blog|internet ~3 gelesen|gehört|gehort|gehoert' },
  // Signing up, not leaving: "Können Sie mich wieder eintragen?", "mich für euren Newsletter anzumelden" asks to be put on a list.
  { kind: 'hypothetical', pattern: 'mich ~3 wieder|manuell|neu|erneut|bitte ~1 eintragen|anmelden' },
  { kind: 'hypothetical', pattern: 'mich ~3 für|fur|fuer|zum|zu ~3 newsletter|verteiler|mailingliste ~2 anmelden|anzumelden|eintragen|einzutragen' },
  // A colleague's login blocked, the mailbox kept ("Das Postfach NICHT löschen, nur sperren"): IT work for the firm, no restriction of one's own data.
  { kind: 'hypothetical', pattern: 'das|den|dessen|deren|sein|seinen ~1 postfach|konto|benutzerkonto|benutzer|account|zugang|mailkonto ~3 nicht|noch ~2 @erase ~3 sperren|deaktivieren' },
  // Not getting into one's own mail or account any more is a lockout for IT, no mail to stop: "ich komme nicht mehr in meine Mails".
  { kind: 'hypothetical', pattern: 'komme|kommt|komm|kam ~3 nicht ~2 mehr ~2 in|an ~2 @mine ~2 mails|mail|emails|postfach|konto|account|outlook' },
  // The erasure seen done by the sender himself ("alles ist weg, wie ich sehe", "ich sehe, dass meine Daten gelöscht sind"): told,
  // not asked. The gap is short, so a "noch nicht" before the verb stays a chase.
  { kind: 'hypothetical', pattern: 'sehe|sah ~1 dass ~2 weg|gelöscht|geloscht|geloescht|entfernt ist|sind|war|waren' },
  { kind: 'hypothetical', pattern: 'ist|sind|war|waren weg|gelöscht|geloscht|geloescht|entfernt wie ich|wir sehe|sehen|sah' },
  // A business customer asking where its own data are hosted ("Wo werden unsere Daten gespeichert?", "in welchem Rechenzentrum")
  // asks about our processing, not for its data: read and set aside, so the rules' no is a doubted one the models leave alone.
  ...readAndSetAside('access', 'wo ~3 unsere|unserer ~1 daten|backups|kundendaten|patientendaten ~3 gespeichert|liegen|gehostet|gesichert|aufbewahrt', 0.3),
  ...readAndSetAside('access', 'welchem|welchen ~1 rechenzentrum|rechenzentren', 0.3),
  { kind: 'stopword', language: 'de', pattern: 'der|die|das|und|ich|sie|nicht|mit|mich|mir|ist|zu|den|von|ein|eine|bitte|im|ihrer|ihrem|ihren|aller|auch|noch|wir|uns|einen|einem|wurde|habe|sind|war|meine|meiner|ihre|ihnen|auf|fur|dass|hiermit|gemäß|daten|personenbezogene|freundlichen|grüßen|sehr|geehrte|guten|tag' },
  // "Nie angemeldet" denies the sign-up, not the request beside it in the clause: "nehmt mich raus, hab mich nie angemeldet".
  { kind: 'deniesNothing', pattern: 'nie|niemals ~3 angemeldet|eingetragen|registriert|abonniert' },
];
