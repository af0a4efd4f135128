import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * German and French sentences written for these tests, grouped by the way people phrase a request:
 * each family holds several wordings of one idea, so a rule that only fits one sentence fails here.
 */
const FAMILIES: readonly { family: string; rights: readonly RightLabel[]; bodies: readonly string[] }[] = [
  {
    family: 'erasure with inflected "sämtlich" and "all" (sämtlicher, aller, sämtliche über mich)',
    rights: ['erasure'],
    bodies: [
      'Guten Tag,\n\nbitte um Löschung sämtlicher meiner Daten.\n\nGrüße\nAnke',
      'Hallo,\n\nich beantrage die Löschung aller meiner gespeicherten Daten.\n\nDanke\nUwe',
      'Hallo,\n\nlöschen Sie bitte sämtliche über mich gespeicherten Daten.\n\nGruß\nKai',
    ],
  },
  {
    family: 'a German detail quoted as it is held and the right value given (steht mein Nachname als, Korrekt ist)',
    rights: ['rectification'],
    bodies: [
      'Guten Tag,\n\nauf Ihren Briefen steht mein Nachname als „Schmitt“. Richtig ist Schmidt mit dt. Bitte ändern Sie das.\n\nGruß\nPetra Schmidt',
      'Hallo,\n\nim Kundenkonto ist mein Geburtsdatum als 12.05.1990 eingetragen. Korrekt ist der 21.05.1990.\n\nDanke\nLars',
    ],
  },
  {
    family: 'German mailing lists left with the particle last (nehmt mich aus allen Mailinglisten raus)',
    rights: ['unsubscribe'],
    bodies: ['Moin, nehmt mich bitte aus allen Mailinglisten raus, danke. Jens'],
  },
  {
    family: 'German mailing lists left beside an erasure (nehmen Sie mich aus Ihren Verteilern)',
    rights: ['unsubscribe', 'erasure'],
    bodies: ['Hallo, bitte nehmen Sie mich aus Ihren Verteilern und löschen Sie meine Daten vollständig. Gruß, Ute'],
  },
  {
    family: 'a German complaint copied to the Dutch authority (eine Kopie dieses Schreibens geht an): no copy of data asked',
    rights: ['complaint'],
    bodies: [
      'Sehr geehrte Damen und Herren, hiermit erhebe ich Beschwerde, weil Ihr Außendienst meine private Adresse an einen Partner weitergegeben hat. Eine Kopie dieses Schreibens geht an die Autoriteit Persoonsgegevens. Gruß, Ralf Becker',
    ],
  },
  {
    family: 'a German lawyer reserving a complaint in the plural (behalten wir uns vor): access alone',
    rights: ['access'],
    bodies: [
      'Sehr geehrte Damen und Herren, namens unserer Mandantin verlangen wir Auskunft nach Art. 15 DSGVO über die zu ihr gespeicherten Daten. Eine Beschwerde bei der Aufsichtsbehörde behalten wir uns ausdrücklich vor. Mit freundlichen Grüßen, Kanzlei Ostermann',
    ],
  },
  {
    family: 'a German erasure asked before and renewed by a deadline for its confirmation (keine Bestätigung)',
    rights: ['erasure', 'complaint'],
    bodies: [
      'Vor sechs Wochen habe ich Sie gebeten, mein Kundenkonto zu löschen. Sollte ich bis Monatsende keine Bestätigung der Löschung haben, werde ich mich an die Datenschutzbehörde wenden.',
    ],
  },
  {
    family: 'German papers of someone else received (nicht meine Abrechnung, sondern; die Jahresabrechnung einer fremden Familie) or called a breach in the GDPR\'s words',
    rights: ['breach_report'],
    bodies: [
      'Guten Tag, in Ihrem Brief von heute lag nicht meine Abrechnung, sondern die eines Herrn aus Kassel mit seiner Adresse. Ich habe das Dokument vernichtet. Gruß, Heike',
      'Hallo, Ihr Monteur hat mir eine Mail mit einer Excel-Datei geschickt, aber das sind nicht unsere Mitarbeiter, sondern Namen und Telefonnummern einer Bäckerei. Ich habe die Datei gelöscht.',
      'Im Umschlag war zusätzlich die Jahresabrechnung einer fremden Familie aus Kiel. Ich schicke sie Ihnen zurück.',
      'Sehr geehrte Damen und Herren, Ihre Serienmail ging mit allen Teilnehmeradressen im Klartext hinaus. Wir werten das als Verletzung des Schutzes personenbezogener Daten und bitten um Prüfung.',
      'Heute kam Ihre Mail mit der Rechnung einer anderen Praxis, mit Name und Privatanschrift der Inhaberin. Ich habe die Mail gelöscht.',
    ],
  },
  {
    family: 'a German record kept for a lawsuit but no longer used, the negation after the verb (löschen Sie ... nicht, verwenden Sie ... nicht weiter)',
    rights: ['restriction'],
    bodies: [
      'Guten Tag, bitte löschen Sie meine Kundenakte nicht, ich brauche sie für einen Rechtsstreit mit meinem Vermieter. Verwenden Sie die Daten aber auch nicht weiter. Gruß, Frank',
    ],
  },
  {
    family: 'a German entry held as wrong and not to be used until corrected (bin ich als ... hinterlegt, möchte ich nicht, dass Sie meine Daten verwenden)',
    rights: ['rectification', 'restriction'],
    bodies: [
      'Hallo, in Ihrem System bin ich als „Jonas Maier“ mit falscher Adresse hinterlegt. Richtig ist Jonas Meier, Gartenstraße 4. Bis das korrigiert ist, möchte ich nicht, dass Sie meine Daten verwenden. Jonas',
    ],
  },
  {
    family: 'German access for a child or one\'s own person named by a possessive (zu meinem Sohn, zu meiner Person gespeichert)',
    rights: ['access'],
    bodies: [
      'Hallo, ich möchte wissen, welche Angaben Sie zu meinem Sohn Paul im Vereinsportal gespeichert haben. Gruß, Sandra',
      'Guten Tag, mich interessiert, welche Notizen zu meiner Person nach dem Vorstellungsgespräch noch gespeichert sind. Danke, Timo',
    ],
  },
  {
    family: 'a German mailing left by a separable verb with the list named (melden Sie mich aus Ihrem Verteiler ab)',
    rights: ['unsubscribe'],
    bodies: ['Hallo, melden Sie mich bitte aus Ihrem Verteiler ab. Danke, Jana'],
  },
  {
    family: 'German mailings and sales calls stopped in a bare reply or the lawyer\'s word (bitte aus dem Verteiler nehmen, unterlassen Sie Werbeanrufe)',
    rights: ['unsubscribe'],
    bodies: [
      'Hallo, bitte aus dem Verteiler nehmen, danke.',
      'Sehr geehrte Damen und Herren, bitte unterlassen Sie künftig Werbeanrufe auf meinem Handy. Gruß, Petra Lang',
      'Ich fordere Sie auf, Werbe-E-Mails an meine Adresse ab sofort zu unterlassen. Klaus Timm',
    ],
  },
  {
    family: 'a German wish to be forgotten put softly (Sie würden mich ganz vergessen)',
    rights: ['erasure'],
    bodies: ['Ich habe gekündigt, und mir wäre am liebsten, Sie würden mich ganz vergessen. Gruß, Heiner'],
  },
  {
    family: 'a German restriction that refuses erasure (Eine Löschung lehne ich ab): no erasure added',
    rights: ['restriction'],
    bodies: [
      'Sehr geehrte Damen und Herren, wegen unseres Streits um die Kündigung verlange ich die Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO. Eine Löschung lehne ich ab, die Unterlagen brauche ich noch. Gruß, Karin Vogel',
    ],
  },
  {
    family: 'German consent or profiling refused in plain words (Meine Zustimmung gilt nicht mehr, nicht in Ihren Auswertungen landen)',
    rights: ['objection'],
    bodies: [
      'Guten Tag, letztes Jahr habe ich zugestimmt, dass Sie mein Zitat auf Ihrer Website zeigen. Meine Zustimmung gilt ab sofort nicht mehr. Gruß, Ina',
      'Hallo, ich möchte nicht in Ihren Auswertungen zum Kaufverhalten landen, die Bestellungen sollen aber normal weiterlaufen. Gruß, Rolf',
    ],
  },
  {
    family: 'erasure in Austrian and colloquial German (wegmachen, rausnehmen)',
    rights: ['erasure'],
    bodies: [
      'Servus,\n\nbitte alles, was ihr von mir habt, wegmachen.\n\nlg Sepp',
      'Hi,\n\nkönnt ihr meine Daten bitte wegmachen?\n\nDanke, Timo',
      'Hallo,\n\nbitte meine Kontaktdaten aus dem CRM rausnehmen.\n\nGruß, Elke',
    ],
  },
  {
    family: 'complaint to a German authority written out or with oe for ö',
    rights: ['complaint'],
    bodies: [
      'Sollte ich bis Freitag nichts hören, wende ich mich an den Landesbeauftragten für Datenschutz.\n\nP. Wolf',
      'Ich habe die Sache heute der Datenschutzbehoerde gemeldet.\n\nR. Vogt',
      'Wenn keine Antwort kommt, geht das an die Aufsichtsbehoerde.\n\nM. Kern',
      'Ich werde mich beim Hamburgischen Beauftragten für Datenschutz beschweren.\n\nL. Brandt',
    ],
  },
  {
    family: 'complaint to a Belgian, Swiss or Luxembourg authority',
    rights: ['complaint'],
    bodies: [
      "Sans réponse d'ici lundi, je saisis l'Autorité de protection des données.\n\nM. Peeters",
      "J'ai adressé une dénonciation au Préposé fédéral à la protection des données.\n\nN. Favre",
      'Je vais déposer une plainte auprès de la CNPD.\n\nA. Weber',
    ],
  },
  {
    family: 'rectification of a new or wrong name, address or number in German',
    rights: ['rectification'],
    bodies: [
      'Hallo,\n\nich habe geheiratet und heiße jetzt Berger statt Huber. Bitte ändern Sie das.\n\nAnna Berger',
      'Hallo,\n\nmeine Mailadresse stimmt nicht mehr, bitte auf anna@neu.example ändern.\n\nAnna',
      'Guten Tag,\n\nmeine Handynummer ist nicht mehr aktuell, die neue lautet 0171 2345678.\n\nGruß Jan',
      'Hallo,\n\nmein Name wird bei Ihnen falsch geschrieben: Meier und nicht Maier.\n\nK. Meier',
    ],
  },
  {
    family: 'rectification of a name or address in French (alors que, et non, n\'existe plus, n\'est plus)',
    rights: ['rectification'],
    bodies: [
      "Bonjour,\n\nvous m'appelez Dupond alors que je m'appelle Dupont.\n\nC. Dupont",
      "Bonjour,\n\nmon numéro de portable n'est plus le bon, le nouveau est le 06 11 22 33 44.\n\nMerci, Eric",
      "Bonjour,\n\nl'adresse à laquelle vous m'écrivez n'existe plus, merci d'utiliser jean@exemple.example.\n\nJean",
      "Bonjour,\n\nmon nom s'écrit Dupont et non Dupond.\n\nMerci",
      'Bonjour,\n\nmerci de rectifier mes coordonnées.\n\nCordialement, Inès',
    ],
  },
  {
    family: 'unsubscribe from sales calls and advertising in French, negated verb forms included',
    rights: ['unsubscribe'],
    bodies: [
      "Bonjour,\n\nmerci de ne plus m'appeler pour me proposer vos offres.\n\nKarim",
      "Ne m'appelez plus, je ne suis pas intéressé.\n\nP. Martin",
      'Bonjour,\n\nje ne veux plus aucune publicité de votre part.\n\nSylvie',
      "Arrêtez les appels commerciaux, s'il vous plaît.\n\nJ. Morel",
      "Bonjour,\n\nil ne veut plus rien recevoir de votre part, merci de l'enlever de vos listes.\n\nSa fille",
      "Je m'oppose à l'utilisation de mes données à des fins commerciales.\n\nO. Blanc",
    ],
  },
  {
    family: 'unsubscribe from sales calls and mailings in German',
    rights: ['unsubscribe'],
    bodies: [
      'Hallo,\n\nbitte mich nicht mehr anrufen, ich habe kein Interesse an Ihren Angeboten.\n\nGruß',
      'Hören Sie bitte auf, mich ständig anzurufen.\n\nB. Krause',
      'Ihr Vertrieb soll mich nicht mehr anschreiben.\n\nH. Lang',
    ],
  },
  {
    family: 'objection: withdrawn agreement, and analysis rather than marketing',
    rights: ['objection'],
    bodies: [
      "Je m'oppose au traitement de mes données à des fins d'analyse commerciale.\n\nA. Dubois",
      'Bonjour,\n\nje retire mon accord pour la publication de ma photo sur votre site.\n\nThomas',
      'Hallo,\n\nich ziehe mein Einverständnis zur Veröffentlichung meines Fotos zurück.\n\nGrüße, Lea',
    ],
  },
  {
    family: 'restriction: keep the data but use it for nothing else',
    rights: ['restriction'],
    bodies: [
      'Hallo,\n\nbitte meine Daten nur aufbewahren und nicht anderweitig verwenden, bis das Verfahren abgeschlossen ist.\n\nO. Pfeil',
      'Bonjour,\n\ngardez mes factures, mais merci de ne plus utiliser mes données pour autre chose que vos obligations comptables.\n\nF.',
      // A former employer named in a dispute is no stale job title to rectify.
      "Bonjour,\n\nj'ai besoin de ces tickets dans un litige avec mon ancien employeur, merci de les garder sans les utiliser à d'autres fins.\n\nN.",
      'Hallo,\n\nich brauche die Tickets im Rechtsstreit mit meinem alten Arbeitgeber, bitte aufbewahren, aber nicht anderweitig verwenden.\n\nO.',
    ],
  },
  {
    family: 'breach report: other customers\' details seen, attached or left on a stick',
    rights: ['breach_report'],
    bodies: [
      'Guten Tag,\n\nauf dem USB-Stick sind Passwortlisten anderer Kunden mit Namen drauf.\n\nG. Stein',
      'Hallo,\n\nim Portal habe ich die Kontaktdaten eines anderen Kunden gesehen.\n\nGruß',
      "Bonjour,\n\nen me connectant au portail, je vois les coordonnées des employés d'une autre société.\n\nJulien",
      'Bonjour,\n\ndans la pièce jointe il y avait la liste de vos clients avec noms et téléphones.\n\nYann',
    ],
  },
  {
    family: 'portability alone when the data go directly to a new provider',
    rights: ['portability'],
    bodies: [
      'Hallo,\n\nbitte übermitteln Sie meine Daten direkt an meinen neuen Anbieter.\n\nR. Kühn',
      'Bonjour,\n\nmerci de transmettre directement mes données à mon nouveau fournisseur dans un format structuré.\n\nB. Favre',
    ],
  },
  {
    family: 'unsubscribe with German separable verbs (trag mich aus, meld mich ab, bestelle ab)',
    rights: ['unsubscribe'],
    bodies: [
      'Hallo,\n\nTragen Sie mich bitte aus dem Newsletter aus.\n\nGruß, Falk',
      'Melden Sie mich bitte vom Newsletter ab.\n\nDanke',
      'Guten Tag,\n\nich bestelle den Newsletter hiermit ab.\n\nI. Graf',
      'Bonjour,\n\nje ne veux plus être démarché par téléphone.\n\nL. Marchand',
    ],
  },
  {
    family: 'access asked as "tell me" (dites-moi, sagen Sie mir) and erasure of "tout ce qui me concerne"',
    rights: ['access'],
    bodies: [
      'Bonjour,\n\npouvez-vous me dire ce que vous avez comme infos sur moi ?\n\nMerci',
      'Hallo,\n\nsagen Sie mir bitte, was Sie über mich gespeichert haben.\n\nGruß',
    ],
  },
  {
    family: 'erasure of everything that concerns me, subjunctive included',
    rights: ['erasure'],
    bodies: ['Je veux que vous supprimiez tout ce qui me concerne.\n\nP.', 'Merci de supprimer tout ce qui me concerne.\n\nR.'],
  },
  {
    family: 'portability alone when we are asked to send the data to the new provider, without "direct"',
    rights: ['portability'],
    bodies: [
      'Hallo,\n\nbitte übertragen Sie meine Daten an meinen neuen Anbieter.\n\nGruß',
      'Bonjour,\n\nmerci de transférer mes données à mon nouvel opérateur.\n\nA.',
      'Bonjour,\n\ntransmettez mes données à mon nouveau fournisseur.\n\nA.',
      'Bitte senden Sie die Daten direkt an meinen neuen Anbieter.',
    ],
  },
  {
    family: 'access and portability when the requester receives the file and passes it on himself',
    rights: ['access', 'portability'],
    bodies: ['Bonjour,\n\nje souhaite recevoir mes données en CSV afin de les transmettre à mon nouveau prestataire.\n\nM.'],
  },
  {
    family: 'a request forwarded under "Weitergeleitete Nachricht" or "Message transféré"',
    rights: ['erasure'],
    bodies: [
      'Zur Info, siehe unten.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Karl Berg <karl@example.de>\nBetreff: Löschung\n\nBitte löschen Sie alle meine Daten.',
      'Pour info.\n\n---------- Message transféré ---------\nDe : Anne Roy <anne@example.fr>\nObjet : suppression\n\nMerci de supprimer toutes mes données personnelles.',
    ],
  },
  {
    family: 'colloquial French removal from a list (virer, enlever)',
    rights: ['unsubscribe'],
    bodies: ['salut, vous pouvez virer mon mail de votre liste svp, merci', 'Bonjour, enlevez-moi de votre liste de diffusion.\n\nG.'],
  },
  {
    family: 'objection to recorded calls, not a sales-call unsubscribe',
    rights: ['objection'],
    bodies: [
      'Bonjour,\n\nje ne veux pas que mes appels soient enregistrés.\n\nMerci',
      'Hallo,\n\nich möchte nicht, dass meine Gespräche aufgezeichnet werden.\n\nGruß',
    ],
  },
  {
    family: 'breach report: data passed to another company, files left behind, other customers\' documents',
    rights: ['breach_report'],
    bodies: [
      'Hallo,\n\nein Mitarbeiter von Ihnen hat meine Daten an eine andere Firma weitergegeben.\n\nGruß',
      'Bonjour,\n\nvotre technicien a laissé des dossiers clients dans notre salle de réunion.\n\nMerci',
      "Bonjour,\n\nle lien de partage que vous m'avez envoyé donne accès aux documents d'autres clients.\n\nA.",
      'Hallo,\n\nim Ticketportal sehe ich Dokumente anderer Kunden.\n\nGruß',
    ],
  },
  {
    family: 'access asked formally ("Auskunft zu erteilen")',
    rights: ['access'],
    bodies: [
      'Sehr geehrte Damen und Herren,\n\nich fordere Sie auf, mir binnen eines Monats Auskunft zu erteilen.\n\nH. Vogel',
      'Bitte nennen Sie mir die Dritten, denen Sie meine personenbezogenen Daten übermittelt haben.\n\nT. Sommer',
    ],
  },
  {
    family: 'objection to surveys and tracking (keine Umfragen mehr, enquêtes, Klickverhalten, Surfverhalten)',
    rights: ['objection'],
    bodies: [
      'Hallo,\n\nbitte keine Umfragen mehr an mich schicken.\n\nGruß',
      'Bonjour,\n\nje ne souhaite plus participer à vos enquêtes de satisfaction.\n\nMerci',
      'Ich will nicht mehr, dass ihr mein Klickverhalten trackt.\n\nJ.',
      'Bitte hören Sie auf, mein Surfverhalten auszuwerten.\n\nE. Horn',
      'Ich widerspreche der Bearbeitung meiner Personendaten zu Analysezwecken.\n\nR. Keller',
    ],
  },
  {
    family: 'unsubscribe by objecting to marketing in Swiss German (Bearbeitung, Marketingzwecke)',
    rights: ['unsubscribe'],
    bodies: ['Grüezi\n\nIch widerspreche der Bearbeitung meiner Personendaten für Marketingzwecke.\n\nFreundliche Grüsse'],
  },
  {
    family: 'complaint to the Austrian DSB or the Belgian APD (eingebracht, introduit)',
    rights: ['complaint'],
    bodies: [
      'Ich habe bei der DSB eine Beschwerde gegen Ihr Unternehmen eingebracht.\n\nF. Gruber',
      "J'ai introduit une plainte auprès de l'APD.\n\nM. Janssens",
    ],
  },
  {
    family: 'a reminder with a deadline and a threat keeps the earlier request (sollte ich bis ... nichts hören, sans réponse d\'ici)',
    rights: ['access', 'complaint'],
    bodies: [
      'Ich habe Sie im März um Auskunft über meine Daten gebeten. Sollte ich bis Monatsende nichts hören, wende ich mich an die Datenschutzbehörde.',
      "Je vous ai demandé le 3 mars une copie de mes données. Sans réponse d'ici lundi, je saisirai la CNIL.",
      'Meine Auskunftsanfrage vom Mai ist unbeantwortet. Ich habe Beschwerde bei der Aufsichtsbehörde eingelegt und erwarte die Auskunft trotzdem.',
    ],
  },
  {
    family: 'consent withdrawn and the data erased in one sentence (de les supprimer, Löschung dieser Daten)',
    rights: ['objection', 'erasure'],
    bodies: [
      'Je retire mon consentement au traitement de mes données et vous demande de les supprimer.',
      'Ich widerrufe meine Einwilligung zur Datenverarbeitung und verlange die Löschung dieser Daten.',
    ],
  },
  {
    family: 'my data with words between (aller meiner bei Ihnen hinterlegten Daten) as a machine-readable file',
    rights: ['access', 'portability'],
    bodies: [
      'Bitte schicken Sie mir alle meine bei Ihnen hinterlegten Daten als CSV-Datei.',
      'Ich möchte eine Kopie aller meiner bei Ihnen gespeicherten Daten, am liebsten als JSON.',
    ],
  },
  {
    family: 'a processor request for a former employee\'s mailbox as PST (seines Postfachs, sa messagerie)',
    rights: ['access', 'portability'],
    bodies: [
      'Unser ehemaliger Mitarbeiter verlangt eine Kopie seines Postfachs. Bitte exportiert sein Postfach als PST.',
      'Eine ehemalige Mitarbeiterin möchte ihre Mails haben, könnt ihr ihr Postfach als PST exportieren?',
      'Un ancien salarié demande une copie de sa messagerie, pouvez-vous exporter sa boîte en PST ?',
    ],
  },
  {
    family: 'access in German with ue/oe/ae for ü/ö/ä and in informal register',
    rights: ['access'],
    bodies: [
      'hi, koennt ihr mal schauen was ihr so ueber mich gespeichert habt? thx',
      'Hallo,\n\nich moechte wissen, welche Daten Sie ueber mich gespeichert haben.\n\nGruss',
      'Bitte teilen Sie mir mit, woher Sie meine Adresse haben.\n\nE. Frank',
    ],
  },
  {
    family: 'access in formal and in spoken French (souhaiterais recevoir, faire parvenir, d\'où tenez-vous)',
    rights: ['access'],
    bodies: [
      "Bonjour, je souhaiterais recevoir l'ensemble des données que vous traitez à mon sujet.",
      "Madame, Monsieur, je vous prie de bien vouloir me faire parvenir l'ensemble des informations me concernant.",
      "D'où tenez-vous mon adresse e-mail ?\n\nP. Leroy",
      'bonjour, vous pouvez me dire quelles infos vous avez sur moi ? merci',
    ],
  },
  {
    family: 'unsubscribe in spoken German and French (raus aus dem Newsletter, "je veux plus" without "ne")',
    rights: ['unsubscribe'],
    bodies: [
      'Hey, ich will raus aus eurem Newsletter!!',
      'bitte nicht mehr anrufen, kein interesse',
      'je veux plus recevoir vos mails',
      'Je ne veux plus que vous utilisiez mes données pour de la publicité.',
    ],
  },
  {
    family: 'restriction to what the contract or accounts need (nur noch für, ne ... que pour)',
    rights: ['restriction'],
    bodies: ['Bitte nutzen Sie meine Daten nur noch für die Vertragsabwicklung.', 'Merci de n\'utiliser mes données que pour la facturation.'],
  },
  {
    family: 'erasure asked under a condition (falls Sie noch, si vous détenez encore, au cas où)',
    rights: ['erasure'],
    bodies: [
      'Falls Sie meine Daten noch haben, löschen Sie sie bitte.',
      'Sollten Sie noch Daten von mir gespeichert haben, bitte ich um deren Löschung.',
      'Si vous détenez encore des données me concernant, merci de les supprimer.',
      'Au cas où vous auriez encore mes coordonnées, veuillez les effacer.',
      'Bitte löschen Sie alle meine Daten, danke für Ihre Mühe.',
    ],
  },
  {
    family: 'rectification in Belgian and Swiss usage (GSM, adapter, passen Sie ... an, wohne neu)',
    rights: ['rectification'],
    bodies: [
      'Bonjour,\n\nPourriez-vous adapter mon numéro de GSM dans vos fichiers ? Le nouveau est le 0475 12 34 56.\n\nBàv',
      'Grüezi\n\nBitte passen Sie meine Adresse an, ich wohne neu an der Seestrasse 8 in Luzern.\n\nFreundliche Grüsse',
      "Bonjour,\n\nJe vous prie de bien vouloir m'écrire à ma nouvelle adresse e-mail : luc@exemple.example.\n\nBien à vous",
    ],
  },
  {
    family: 'erasure as no longer being on file (rayé, ne plus figurer, nicht mehr geführt, m\'oublier)',
    rights: ['erasure'],
    bodies: [
      'Bonjour, je désire être rayé de votre fichier clients.',
      'Bonjour, je désire ne plus figurer dans votre base de données.',
      'Guten Tag, ich möchte nicht mehr in Ihrer Kundendatei geführt werden.',
      "Bonjour, veuillez m'oublier.",
    ],
  },
  {
    family: 'access asked with a legal verb (verlange, begehre Auskunft) or for a call recording',
    rights: ['access'],
    bodies: [
      'Ich verlange Auskunft gemäß § 15 DSG.',
      'Sehr geehrte Damen und Herren, ich begehre Auskunft über die Verarbeitung.',
      'Bitte senden Sie mir die Aufzeichnung meines Telefonats mit Ihrem Support.',
      'Bitte senden Sie mir meine Daten.',
    ],
  },
  {
    family: 'unsubscribe by the right to object to direct marketing',
    rights: ['unsubscribe'],
    bodies: [
      'Ich mache mein Widerspruchsrecht gegen die Direktwerbung geltend.',
      "Je fais valoir mon droit d'opposition au démarchage.",
      'Widerspruch gegen Werbeanrufe: Ihr Vertrieb soll mich nicht mehr anrufen.',
    ],
  },
  {
    family: 'breach report: a mail meant for someone else (für Herrn X bestimmt, destiné à Mme Y)',
    rights: ['breach_report'],
    bodies: [
      'Sie haben mir eine Mail geschickt, die für Herrn Weber bestimmt war, mit seiner Gehaltsabrechnung.',
      'Vous m\'avez envoyé un mail destiné à Mme Martin avec sa fiche de paie.',
    ],
  },
  {
    family: 'erasure in a short follow-up that points back to a number just named (Die bitte löschen, Merci de le supprimer)',
    rights: ['erasure'],
    bodies: [
      'Hallo,\n\nmeine private Handynummer steht in eurem System als Notfallkontakt. Die bitte löschen.\n\nSven',
      'Bonjour,\n\nmon numéro de portable personnel figure dans vos fiches. Merci de le supprimer.\n\nFrançois',
    ],
  },
  {
    family: 'formal headings with the request after a colon (Antrag auf Datenauskunft, Demande de rectification)',
    rights: ['access'],
    bodies: [
      'Antrag auf Datenauskunft: Bitte teilen Sie mir alle zu meiner Person gespeicherten Daten mit.',
      "Demande d'exercice du droit d'accès : merci de me transmettre les données me concernant.",
    ],
  },
  {
    family: 'restriction: keep but do not use, verb-second German and imperative French',
    rights: ['restriction'],
    bodies: [
      'Bitte bewahren Sie meine Daten auf, aber verwenden Sie sie nicht, bis der Streit geklärt ist.',
      'Speichern Sie meine Daten weiter, aber nutzen Sie sie nicht mehr, solange das Verfahren läuft.',
      "Un litige est en cours concernant votre dernière facture. Conservez mes données mais ne les utilisez pas tant que ce n'est pas réglé, svp.",
      "Je vous demande de limiter l'utilisation de mes données tant que ma réclamation est en cours.",
    ],
  },
  {
    family: 'unsubscribe from advertising calls without a verb (Keine Werbeanrufe mehr, plus d\'appels commerciaux)',
    rights: ['unsubscribe'],
    bodies: ['Keine Werbeanrufe mehr bitte. Meine Nummer: 0171 2233445.', 'Keine Werbung mehr, danke.', "Plus d'appels commerciaux, merci."],
  },
  {
    family: 'objection to tracking put as a wish (ich will nicht, dass ihr trackt)',
    rights: ['objection'],
    bodies: ['Den Newsletter lese ich gern, aber ich möchte nicht, dass Sie auswerten, welche Artikel ich öffne.'],
  },
  {
    family: 'access and portability when the file is described as a spreadsheet (tableur, Tabelle)',
    rights: ['access', 'portability'],
    bodies: [
      'Bonjour,\n\nJe voudrais savoir ce que vous avez sur moi exactement, et me les envoyer dans un fichier que je peux ouvrir (tableur). Merci',
      'Bitte schicken Sie mir meine Daten als Tabelle.',
    ],
  },
  {
    family: 'portability alone towards a named company or a new provider (an die Firma, vers mon nouveau fournisseur)',
    rights: ['portability'],
    bodies: [
      'Ich beantrage die Übertragung meiner Daten an die Firma NetPlus GmbH gemäß Art. 20 DSGVO.',
      'Je demande la portabilité de mes données vers mon nouveau fournisseur.',
      'Nach Art. 20 DSGVO bitte ich Sie, meine Vertragsdaten in einem maschinenlesbaren Format direkt an Tarifo zu übermitteln.',
      "Au titre de l'article 20 du RGPD, merci de transmettre mes données dans un format structuré directement à Ampère Énergie.",
    ],
  },
  {
    family: 'rectification of a wrong form of address (ich bin Frau, je suis une femme, Anrede)',
    rights: ['rectification'],
    bodies: [
      'Sie schreiben mich immer mit Herr an, ich bin aber Frau Keller. Bitte ändern Sie die Anrede.',
      "Dans vos courriers vous m'appelez Monsieur, je suis une femme. Merci de corriger.",
    ],
  },
  {
    family: 'rectification with restriction while it is checked (en attendant la vérification, bis zur Klärung)',
    rights: ['rectification', 'restriction'],
    bodies: [
      'Merci de corriger ma date de naissance et, en attendant la vérification, de ne pas utiliser cette information.',
      'Bitte berichtigen Sie meine Adresse und verwenden Sie sie bis zur Klärung nicht.',
    ],
  },
  {
    family: 'access and portability of data named by a genitive (Verbindungsdaten meines Anschlusses, historique de mes appels)',
    rights: ['access', 'portability'],
    bodies: [
      'Bitte schicken Sie mir die Verbindungsdaten meines privaten Anschlusses als CSV.',
      "Je souhaite recevoir l'historique de mes appels au format CSV.",
    ],
  },
  {
    family: 'breach report: staff credentials posted in a public chat',
    rights: ['breach_report'],
    bodies: ['Ein Techniker hat die Zugangsdaten unserer Mitarbeiter in einem öffentlichen Chat gepostet.'],
  },
  {
    family: 'breach report: open recipient lists, public share links, papers left outside, other customers\' passwords',
    rights: ['breach_report'],
    bodies: [
      'Hallo, Ihr Newsletter ging an alle Empfänger im offenen Verteiler, ich sehe über 200 Mailadressen.',
      'Bonjour, votre dernier mail a été envoyé avec tous les destinataires en clair.',
      'Hallo, der Freigabelink zu unserem Projektordner ist öffentlich, jeder kann die Personalakten sehen.',
      'Bonjour, le lien de partage de votre OneDrive est public et on y voit des fiches de paie.',
      'Bonjour, des documents avec des données clients traînaient sur le trottoir devant vos bureaux.',
      'Ich habe eine E-Mail mit den Passwörtern anderer Kunden bekommen.',
      'Guten Tag, im Kundenportal kann ich die Rechnungen einer anderen Firma öffnen.',
    ],
  },
  {
    family: 'complaint reported to a Swiss or Bavarian authority (informiert, gemeldet, signalé)',
    rights: ['complaint'],
    bodies: [
      'Ich habe den EDÖB über Ihren Umgang mit meinen Daten informiert.',
      'Ich habe den Fall dem Bayerischen Landesamt für Datenschutzaufsicht gemeldet.',
      "J'ai signalé votre entreprise à la CNIL.",
    ],
  },
  {
    family: 'objection to appearing in published photos',
    rights: ['objection'],
    bodies: ['Je ne veux pas figurer sur les photos publiées sur votre site.', "Je ne veux plus apparaître sur les photos de votre brochure."],
  },
  {
    family: 'erasure of one\'s photo from the website',
    rights: ['erasure'],
    bodies: ['Bitte nehmen Sie mein Foto von Ihrer Webseite.', 'Nehmt bitte meine Fotos von eurer Homepage.'],
  },
  {
    family: 'unsubscribe with a misspelt newsletter and "nicht mehr" (will euren Newsleter nich mehr)',
    rights: ['unsubscribe'],
    bodies: ['will euren newsleter nich mehr.', 'Ich möchte Ihre Werbemails nicht mehr.', 'bitte abmelden vom newsleter, danke'],
  },
  {
    family: 'complaint that keeps an earlier request standing (maintiens, halte aufrecht)',
    rights: ['erasure', 'complaint'],
    bodies: [
      "J'ai déposé une réclamation auprès de la CNIL. Je maintiens ma demande d'effacement.\n\nN. Fabre",
      'Ich habe Beschwerde bei der Datenschutzbehörde eingelegt. Meinen Antrag auf Löschung halte ich aufrecht.\n\nK. Roth',
    ],
  },
  {
    family: 'complaint that only names the unanswered earlier request (faute de réponse, mangels Antwort)',
    rights: ['complaint'],
    bodies: [
      "Faute de réponse à ma demande d'effacement du 10 janvier. J'ai donc déposé une réclamation auprès de la CNIL.\n\nJ. Roux",
      "Sans retour de votre part à ma demande de suppression, j'ai saisi la CNIL. Vous recevrez un courrier.\n\nA. Petit",
      'Mangels Antwort auf meinen Antrag auf Löschung vom Mai. Ich reiche heute Beschwerde bei der Datenschutzbehörde ein.\n\nS. Kraus',
      'Ohne Reaktion auf meine Anfrage zur Löschung wende ich mich jetzt an die Aufsichtsbehörde.\n\nD. Ernst',
    ],
  },
  {
    family: 'a privacy complaint to the company: the complaint with its privacy object, or a complaint and a privacy harm across the mail',
    rights: ['complaint'],
    bodies: [
      'Ich beschwere mich hiermit über den Umgang mit meinen personenbezogenen Daten durch Ihre Hotline.',
      'Meine Akte wurde offen am Empfang liegen gelassen, das verstößt gegen die DSGVO. Ich reiche hiermit Beschwerde ein.',
      'Hiermit lege ich offiziell Beschwerde ein, weil mein Auskunftsersuchen nach zwei Monaten immer noch unbeantwortet ist.',
      'Je dépose une réclamation concernant le traitement de mes données personnelles par votre service client.',
      "Votre conseillère a lu ma situation à voix haute devant tout le monde, c'est une atteinte à ma vie privée. Je dépose une réclamation formelle.",
    ],
  },
  {
    family: 'a privacy complaint about our employee giving one\'s number to another customer',
    rights: ['complaint', 'breach_report'],
    bodies: ["Votre commercial a communiqué mon adresse à un autre client. C'est inadmissible, je dépose une réclamation formelle."],
  },
  {
    family: 'keep but do not use ("auf Eis legen", "nicht löschen, aber nicht mehr benutzen", "solange ... nicht weiter verwendet")',
    rights: ['restriction'],
    bodies: [
      'Könnt ihr meine Daten bitte erstmal auf Eis legen? Ich habe Streit mit euch wegen der Rechnung.',
      'Bitte nicht löschen, die brauche ich noch für das Verfahren, aber auch nicht mehr benutzen.',
      'Wir streiten noch über die Rechnung. Solange das nicht geklärt ist, sollen meine Daten nicht weiter verwendet werden.',
    ],
  },
  {
    family: 'a wrong name or form of address ("Nachname falsch", "mit dem falschen Vornamen")',
    rights: ['rectification'],
    bodies: [
      'In allen Briefen steht mein Nachname falsch, bitte ändern.',
      'Sie schreiben mich immer mit dem falschen Vornamen an.',
      'Die Anrede in Ihren Briefen ist falsch, bitte korrigieren.',
    ],
  },
  {
    family: 'our account taken over or data left public, each half supporting the other',
    rights: ['breach_report'],
    bodies: [
      'Wir erhalten gefälschte Rechnungen von Ihrer Adresse. Ihr Postfach ist wohl gehackt.',
      'Der Ordner mit den Bewerbungen ist öffentlich einsehbar. Jeder mit dem Link kann ihn öffnen, er ist öffentlich freigegeben.',
      "Vos messages arrivent de l'adresse de votre commercial mais ce n'est pas lui : son compte a été piraté. Le compte piraté envoie des liens.",
      'Votre agenda est publiquement accessible, on y voit les noms et adresses. Le lien est public et consultable par tous.',
    ],
  },
  {
    family: 'which data were passed on (Art. 15(1)(c))',
    rights: ['access'],
    bodies: [
      'Ich möchte wissen, welche Daten an die Inkassofirma weitergegeben wurden.',
      'Je voudrais savoir quelles données ont été transmises à votre partenaire.',
    ],
  },
  {
    family: 'a list of one\'s data, then erasure (a list of data is no mailing list)',
    rights: ['access', 'erasure'],
    bodies: [
      "Pouvez-vous m'envoyer la liste des données que vous avez sur moi puis tout supprimer ?",
      'Schickt mir bitte alles, was ihr über mich habt, und löscht es danach.',
    ],
  },
  {
    family: 'one\'s photo taken off the website ("la retirer du site")',
    rights: ['erasure'],
    bodies: ["La photo de moi sur la page équipe date d'il y a dix ans. Pouvez-vous la retirer du site ?"],
  },
  {
    family: 'one\'s number taken out of prospecting files',
    rights: ['unsubscribe'],
    bodies: ["Votre commercial m'appelle sans arrêt. Merci de retirer mon numéro de votre fichier de prospection."],
  },
  {
    family: 'a new phone number, informally ("un nouveau numéro")',
    rights: ['rectification'],
    bodies: ["Salut, j'ai un nouveau numéro de portable : 06 11 22 33 44. Tu peux le changer ?"],
  },
  {
    family: 'a formal notice renewing an earlier access request ("mise en demeure")',
    rights: ['access'],
    bodies: ["Je vous mets en demeure de répondre à ma demande d'accès envoyée le 2 mars."],
  },
  {
    family: 'a direct transfer to a named company (Art. 20(2))',
    rights: ['portability'],
    bodies: [
      'Bitte übermitteln Sie meine Daten direkt an die Muster GmbH in einem maschinenlesbaren Format.',
      'Merci de transmettre mes données directement à la société Dupont, dans un format structuré et lisible par machine.',
    ],
  },
  {
    family: 'erasure of everything held, named as what to erase, asks no copy',
    rights: ['erasure'],
    bodies: [
      'Hallo,\n\nlöschen Sie bitte alles, was Sie über mich gespeichert haben.\n\nGruß\nJens',
      'Moin,\n\nbitte entfernt alle Daten, die ihr von mir habt.\n\nDanke, Frauke',
    ],
  },
  {
    family: 'consent withdrawn and "meinen Namen" removed (accusative, the name itself)',
    rights: ['objection', 'erasure'],
    bodies: [
      'Guten Tag,\n\nich widerrufe meine Einwilligung zur Veröffentlichung. Bitte entfernen Sie meinen Namen und mein Porträt aus dem Jahresbericht.\n\nGrüße\nAnja',
    ],
  },
  {
    family: 'kept though the company announced its deletion: restriction, no erasure',
    rights: ['restriction'],
    bodies: [
      'Hallo,\n\nSie haben angekündigt, mein Kundenkonto nach der Kündigung zu löschen. Bitte bewahren Sie die Daten auf, aber nutzen Sie sie nicht mehr, ich brauche sie für einen Rechtsstreit.\n\nGruß\nPia',
      "Bonjour,\n\nVous m'avez annoncé que mes données seraient supprimées à la fin du contrat. Je vous demande de les conserver, mais de ne plus les utiliser tant que le litige n'est pas réglé.\n\nCordialement,\nLéa",
      "Bonjour,\n\nNotre ancien salarié conteste son licenciement et son avocat nous demande de limiter le traitement de ses données. Merci de suspendre la suppression automatique de sa boîte mail prévue fin mai et de limiter le traitement à la seule conservation.\n\nMerci,\nPaul",
    ],
  },
  {
    family: 'blocked instead of erased: the erasure named is the one declined',
    rights: ['restriction'],
    bodies: [
      'Guten Tag,\n\nich verlange die Sperrung statt der Löschung meiner Daten, ich brauche sie noch als Beweis.\n\nGrüße\nTom',
      "Bonjour,\n\nJe demande la limitation plutôt que l'effacement de mes données, car j'en ai besoin comme preuve.\n\nCordialement,\nMarc",
      "Bonjour,\n\nAu lieu de supprimer mes données, merci de limiter leur traitement jusqu'à la fin du litige.\n\nCordialement,\nNina",
    ],
  },  {
    family: 'scoring or one\'s own recorded calls refused as a wish in French: objection, not unsubscribe',
    rights: ['objection'],
    bodies: [
      "Bonjour,\n\nVotre application calcule une note de fidélité pour chaque client. Je ne veux pas faire l'objet de ce genre d'évaluation.\n\nCordialement,\nSami",
      'Bonjour,\n\nJe ne souhaite pas que mes appels servent à former vos nouveaux conseillers.\n\nMerci,\nClaire',
    ],
  },
  {
    family: 'a number taken off the calling lists in French is unsubscribe, not erasure',
    rights: ['unsubscribe'],
    bodies: [
      "Bonjour,\n\nVotre service commercial m'appelle chaque semaine. Merci de cesser ce démarchage à mon égard et de retirer mon numéro de vos listes d'appel.\n\nCordialement,\nLuc",
    ],
  },
  {
    family: 'a complaint lodged about a refused erasure: the refusal is recalled, not asked again',
    rights: ['complaint'],
    bodies: ["Bonjour,\n\nJ'ai déposé une plainte auprès de la CNIL. Elle porte sur votre refus de supprimer mes données l'an dernier.\n\nCordialement,\nYves"],
  },
  {
    family: 'newsletter database tables named as a place to erase, not a mailing to leave',
    rights: ['erasure'],
    bodies: [
      'Guten Tag,\n\nunser ehemaliger Kunde Herr B. hat die Löschung seiner Daten nach Art. 17 verlangt. Bitte löschen Sie ihn auch aus den Newsletter-Tabellen der Datenbank, die Sie für uns hosten.\n\nGrüße\nPohl',
      "Bonjour,\n\nUne ancienne cliente nous a demandé l'effacement de ses données (article 17). Merci de la supprimer aussi des tables newsletter de la base que vous hébergez pour nous.\n\nCordialement,\nAnne",
    ],
  },
  {
    family: 'a complaint that sets a deadline for the access asked before, or names the failing answer first',
    rights: ['access', 'complaint'],
    bodies: [
      'Guten Tag,\n\nam 2. Mai habe ich Auskunft über meine gespeicherten Daten verlangt und nichts gehört. Ich lege hiermit Beschwerde ein und gehe zur Aufsichtsbehörde, falls ich nicht binnen einer Woche die Auskunft erhalte.\n\nGrüße\nRita',
      'Guten Tag,\n\nunvollständige Auskunft und nun meine Beschwerde: es fehlen die Empfänger. Ich beschwere mich hiermit förmlich. Bitte ergänzen Sie die Auskunft über meine Daten.\n\nGrüße\nOlaf',
    ],
  },
  {
    family: 'a note about the sender taken out of the file in German',
    rights: ['erasure'],
    bodies: ['Hallo,\n\nin meinem Kundenkonto steht der Vermerk „zahlt schlecht“, das ist ehrverletzend. Ich verlange die Löschung dieses Vermerks.\n\nGruß\nIlse'],
  },
  {
    family: '"sans délai" and "sans tarder" hurry a French request, they deny nothing',
    rights: ['access'],
    bodies: ['Bonjour,\n\nMon mail du 3 mai est resté sans suite. Merci de me communiquer mes données sans délai.\n\nCordialement,\nRémi'],
  },
  {
    family: '"sans tarder" after a French erasure',
    rights: ['erasure'],
    bodies: ["Bonjour,\n\nJe ne suis plus client depuis un an. Merci d'effacer toutes mes données sans tarder.\n\nCordialement,\nInès"],
  },
  {
    family: 'the Art. 15 list in a German access request names the other rights without invoking them',
    rights: ['access'],
    bodies: [
      'Guten Tag,\n\nich bitte um Auskunft nach Art. 15 DSGVO, insbesondere über die Zwecke, die Empfänger und das Bestehen eines Rechts auf Berichtigung, Löschung oder Einschränkung der Verarbeitung.\n\nGrüße\nBernd',
      'Guten Tag,\n\nbitte teilen Sie mir mit, welche Daten Sie über mich speichern. Nennen Sie mir auch die Speicherdauer und das Bestehen eines Rechts auf Berichtigung oder Löschung sowie eines Beschwerderechts bei einer Aufsichtsbehörde.\n\nGrüße\nBernd',
    ],
  },
  {
    family: 'one\'s number or address no longer used for advertising (Art. 21(2)) in German',
    rights: ['unsubscribe'],
    bodies: [
      'Hallo,\n\nich habe schon einmal gebeten, meine Handynummer nicht mehr für Werbeanrufe zu nutzen. Bitte halten Sie sich daran.\n\nGruß\nEva',
      'Hallo,\n\nbitte verwenden Sie meine Adresse nicht mehr für Werbezwecke.\n\nGruß\nEva',
    ],
  },
  {
    family: 'an unsubscribe that names the broken link is the sender\'s request, not a newsletter footer',
    rights: ['unsubscribe'],
    bodies: [
      'Bonjour,\n\nMerci de me désinscrire de votre newsletter, le lien en bas du mail ne marche pas.\n\nPaul',
      'Hallo,\n\nbitte abmelden von Ihrem Newsletter, der Link unten funktioniert nicht.\n\nGruß\nJan',
    ],
  },
  {
    family: 'French erasure of all that need not be kept: the negation belongs to what may stay',
    rights: ['erasure'],
    bodies: ["Bonjour,\n\nJe ne suis plus adhérent. Merci de supprimer tout ce que vous n'êtes pas tenus de conserver.\n\nCordialement,\nMarc"],
  },
  {
    family: 'French sales contact stopped with a verb or the noun "arrêt"',
    rights: ['unsubscribe'],
    bodies: [
      "Bonjour,\n\nVotre commercial m'appelle tous les jours. Arrêtez de me démarcher, s'il vous plaît.\n\nAnne",
      "Bonjour,\n\nJe n'ai jamais été client chez vous. Je demande l'arrêt des sollicitations commerciales.\n\nAnne",
    ],
  },
  {
    family: 'a German complaint about data passed on without consent',
    rights: ['complaint'],
    bodies: ['Guten Tag,\n\nhiermit lege ich Beschwerde ein. Ohne meine Einwilligung haben Sie meine Telefonnummer an ein Callcenter weitergegeben.\n\nGrüße\nGünter'],
  },
  {
    family: 'a German newsletter no longer to be sent, the verb first',
    rights: ['unsubscribe'],
    bodies: ['Hallo,\n\ndie Rechnung ist bezahlt. Und bitte schickt den Newsletter nicht mehr an diese Adresse.\n\nGruß\nAndreas'],
  },
  {
    // His private folder shown to his boss is a disclosure told inside the complaint (corpus README: complaint + breach_report).
    family: '"mon ordinateur" is the sender\'s computer, no machine-readable copy',
    rights: ['breach_report', 'complaint'],
    bodies: [
      "Bonjour,\n\nJe dépose une réclamation formelle : lors d'une intervention à distance sur mon ordinateur, votre technicien a ouvert mon dossier personnel et l'a montré à mon chef. C'est une atteinte à ma vie privée.\n\nIsabelle",
    ],
  },
  {
    family: 'German sales contact stopped in plain words ("keinerlei Angebote mehr", "für Werbeanrufe sperren", "in Ruhe lassen")',
    rights: ['unsubscribe'],
    bodies: [
      'Guten Tag,\n\nbitte sperren Sie meine Festnetznummer für Werbeanrufe.\n\nDanke\nIrene',
      'Hallo,\n\nIhr Callcenter ruft ständig an. Ihr Vertrieb soll mich endlich in Ruhe lassen.\n\nGruß\nOtto',
    ],
  },
  {
    family: '"schicken Sie mir keinerlei Angebote mehr" beside an erasure asks for no copy',
    rights: ['erasure', 'unsubscribe'],
    bodies: ['Guten Tag,\n\nlöschen Sie bitte alle meine Daten und schicken Sie mir keinerlei Angebote mehr.\n\nGruß\nRolf'],
  },
  {
    family: '"vergessen Sie mich" beside a list of the sender\'s details is erasure, no leak',
    rights: ['erasure'],
    bodies: ['Guten Tag,\n\nbitte vergessen Sie mich: löschen Sie meinen Namen und alles andere, was Sie über mich wissen.\n\nGruß\nFranz'],
  },
  {
    family: 'German request ignored "zum dritten Mal" with a complaint: the request stands beside the complaint',
    rights: ['rectification', 'complaint'],
    bodies: [
      'Guten Tag,\n\nzum dritten Mal bitte ich Sie, meine Telefonnummer zu korrigieren, die richtige ist 0171 555 2020. Ich werde mich über Sie beschweren.\n\nHelga',
    ],
  },
  {
    family: 'French open copy list with the authority announced ("je vais alerter la CNIL")',
    rights: ['breach_report', 'complaint'],
    bodies: [
      'Bonjour,\n\nvotre message est parti avec tous les clients en copie visible : je vois les adresses de tout le monde. Je porte réclamation et je vais alerter la CNIL.\n\nLéa',
    ],
  },
  {
    family: 'French complaint about a number the sender never gave',
    rights: ['complaint'],
    bodies: ["Bonjour,\n\nvous m'appelez sur mon portable, un numéro que je ne vous ai jamais communiqué. Je vous adresse une réclamation formelle.\n\nPaul"],
  },
  {
    family: 'German correction with the entry held meanwhile ("Solange Sie das prüfen", "Bis das korrigiert ist ... nicht weiterverwendet")',
    rights: ['rectification', 'restriction'],
    bodies: [
      'Guten Tag,\n\nin Ihrer Kundendatei steht bei mir eine offene Forderung, die längst bezahlt ist. Bitte berichtigen Sie diesen Eintrag. Solange Sie das prüfen, darf der Eintrag nicht verwendet werden.\n\nGruß\nSven',
      'Hallo,\n\nmein Geburtsdatum ist bei Ihnen falsch gespeichert, bitte berichtigen Sie es. Bis das korrigiert ist, dürfen diese Angaben nicht weiterverwendet werden.\n\nGruß\nIna',
    ],
  },
  {
    family: 'French correction with nothing sent meanwhile ("Jusqu\'à la correction, n\'envoyez plus rien avec mes coordonnées")',
    rights: ['rectification', 'restriction'],
    bodies: [
      "Bonjour,\n\nmon numéro de téléphone dans votre fichier est faux, merci de le corriger : le bon est le 06 11 22 33 44. Jusqu'à la correction, n'envoyez plus rien avec mes coordonnées.\n\nMerci\nLuc",
    ],
  },
  {
    family: 'French processor erasure asking "une confirmation écrite": told it is done, no copy',
    rights: ['erasure'],
    bodies: [
      "Bonjour,\n\nun ancien salarié nous a demandé l'effacement de ses données. Pourriez-vous supprimer sa boîte mail et son compte Teams, et nous envoyer une confirmation écrite ?\n\nMerci\nClaire",
    ],
  },
  {
    family: 'French complaint to a data protection agency named in full',
    rights: ['complaint'],
    bodies: ["Bonjour,\n\nj'ai déposé une plainte auprès de l'Agence de protection des données contre votre société.\n\nMarc"],
  },
  {
    family: 'French request asked "deux fois" already, now with a complaint: the request stands beside it',
    rights: ['rectification', 'complaint'],
    bodies: [
      "Bonjour,\n\nje vous ai déjà demandé deux fois de corriger mon numéro de portable. C'est inadmissible, je saisirai la CNIL.\n\nLe bon numéro est le 06 12 34 56 78.\n\nNadia",
    ],
  },
  {
    family: 'German erasure naming the newsletter among the systems and the ID copy sent once: no unsubscribe, no access',
    rights: ['erasure'],
    bodies: [
      'Guten Tag,\n\nnach der Kündigung bitte ich um Löschung meiner personenbezogenen Daten: Einträge im CRM, alte Tickets und der Newsletter. Bitte entfernen Sie auch die Kopie meines Reisepasses, die ich Ihnen bei der Anmeldung schicken sollte.\n\nGruß\nPaul Weber',
    ],
  },
  {
    family: 'French erasure for a client whose data remain in the newsletter base and the backups: no unsubscribe',
    rights: ['erasure'],
    bodies: [
      "Bonjour,\n\nune cliente nous a demandé d'effacer toutes ses données. Elles figurent encore dans la newsletter et dans vos sauvegardes : pouvez-vous supprimer son adresse partout ?\n\nMerci,\nClaire",
    ],
  },
  {
    family: 'German and French old contact detail still in use: a correction',
    rights: ['rectification'],
    bodies: [
      'Hallo,\n\nIhre Briefe gehen immer noch an meine alte Anschrift. Bitte ändern Sie das auf Rosenweg 3, 50667 Köln.\n\nDanke\nLea Krüger',
      "Bonjour,\n\nvos courriers arrivent toujours à mon ancienne adresse. Merci de la remplacer par 12 rue des Lilas, 69003 Lyon.\n\nLéa",
    ],
  },
  {
    family: 'German data kept but left alone, the erasure declined beside the hold',
    rights: ['restriction'],
    bodies: [
      'Guten Tag,\n\nmeine alten Bestellungen müssen Sie wohl aufheben. Aufbewahren ist in Ordnung, aber bitte nichts mehr damit machen.\n\nGruß\nPetra Holm',
      'Hallo,\n\nbitte sperren Sie meine Daten. Löschen Sie sie aber bitte auch nicht, ich brauche die Anruflisten noch.\n\nTim Ernst',
    ],
  },
  {
    family: 'German access request with an unused form field',
    rights: ['access'],
    bodies: [
      'Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft nach Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten.\n\n[Widerruf der Einwilligung – nicht zutreffend]\n\nMit freundlichen Grüßen\nJonas Weber',
    ],
  },
  {
    family: 'French restriction while a disputed entry is checked, and a correction made by removing an entry',
    rights: ['rectification', 'restriction'],
    bodies: [
      "Madame, Monsieur,\n\nvotre fichier indique un retard de paiement que je n'ai jamais eu. Merci de corriger mon dossier en retirant cette mention erronée. Dans l'attente de votre vérification, merci de ne plus utiliser cette information.\n\nLucie Garnier",
    ],
  },
  {
    family: 'German out of the customer file',
    rights: ['erasure'],
    bodies: ['Hallo,\n\nich habe vor Jahren einmal bei Ihnen bestellt. Bitte nehmen Sie mich ganz aus Ihrer Kundenkartei heraus.\n\nGruß\nOlga Brandt'],
  },
  {
    family: 'French export in a format to re-import elsewhere',
    rights: ['access', 'portability'],
    bodies: ["Bonjour,\n\nje change de club. Pouvez-vous m'exporter l'historique de mes entraînements dans un format que je pourrai réimporter dans la nouvelle appli ?\n\nMerci,\nInès"],
  },
  {
    family: 'French file frozen for a customer: no more mailings, no deletion',
    rights: ['restriction'],
    bodies: [
      "Bonjour,\n\nun client conteste son solde de points et a demandé la limitation du traitement. Merci de laisser son compte gelé : plus d'offres par courriel, aucune modification ni suppression.\n\nService clients",
    ],
  },
  {
    family: 'French complaint lodged in the sentence with the erasure or correction it goes with',
    rights: ['complaint', 'erasure'],
    bodies: [
      "Bonjour,\n\nvotre agence a donné mon adresse à un démarcheur sans me demander mon avis. Je dépose une réclamation et je vous prie d'effacer mes données de votre fichier clients.\n\nHugo Lemaire",
    ],
  },
  {
    family: 'French correction asked, then a complaint lodged for the delay',
    rights: ['complaint', 'rectification'],
    bodies: ["Bonjour,\n\nc'est mon troisième message. Merci de corriger mon numéro de portable, et je dépose une réclamation pour ce manque de suivi.\n\nClaire Dubois"],
  },
  {
    family: 'French wrong entry in the file pointed at, held meanwhile',
    rights: ['rectification', 'restriction'],
    bodies: [
      "Bonjour,\n\nvotre fichier me signale comme mauvais payeur alors que tout est réglé. Je demande la correction de cette mention et, en attendant, que ces informations ne soient plus transmises à vos partenaires.\n\nPaul Girard",
    ],
  },
  {
    family: 'German sales calls stopped by striking the number or forbidding the advertising (Streichen Sie meine Nummer, untersage)',
    rights: ['unsubscribe'],
    bodies: ['Ihr Vertrieb hat mich schon wieder angerufen. Streichen Sie bitte meine Handynummer.', 'Hiermit untersage ich Ihnen jegliche Telefonwerbung.'],
  },
  {
    family: 'German complaint about rights disregarded, data passed on or an incomplete answer',
    rights: ['complaint'],
    bodies: [
      'Seit Monaten warte ich vergeblich. Ich beschwere mich hiermit über die Missachtung meiner Rechte.',
      'Ich beschwere mich über die Weitergabe meiner Daten an ein Callcenter.',
      'Ich lege Beschwerde ein. Betreff meiner ersten Mail: Beschwerde – Auskunft unvollständig.',
    ],
  },
  { family: 'German access expected (erwarte Ihre Auskunft)', rights: ['access'], bodies: ['Ich erwarte Ihre Auskunft bis Freitag.'] },
  {
    family: 'German portability to the new firm, which is no new contact detail (neue Firma, meines neuen Dienstleisters)',
    rights: ['portability'],
    bodies: [
      'Bitte schicken Sie meine Kontaktdaten und meine Verträge direkt an die neue Firma, die übernimmt ab Mai.',
      'Bitte übermitteln Sie meine Kontaktdaten direkt an die Buchhaltung meines neuen Dienstleisters.',
    ],
  },
  {
    family: 'German rectification asked for by name (bitte um Berichtigung, Antrag auf Berichtigung)',
    rights: ['rectification'],
    bodies: ['Ihr Kundenportal zeigt mein Geburtsjahr als 1971 an, es ist 1977. Ich bitte um Berichtigung.', 'Hiermit stelle ich einen Antrag auf Berichtigung.'],
  },
  {
    family: 'German applicant erasure beside consent refused (nicht einverstanden)',
    rights: ['erasure'],
    bodies: ['Bitte löschen Sie meine Bewerbungsunterlagen, ich bin mit einer weiteren Speicherung nicht einverstanden.'],
  },
  { family: 'German unsubscribe with the masculine Newsletter (keinen Newsletter mehr)', rights: ['unsubscribe'], bodies: ['Bitte keinen Newsletter mehr an diese Adresse, der Wartungsvertrag bleibt natürlich.'] },
  {
    family: 'German reminder of an access request whose deadline ran out (Monatsfrist abgelaufen, umgehende Erledigung)',
    rights: ['access'],
    bodies: [
      'Auskunftsersuchen vom 2. Mai\n\nAm 2. Mai habe ich um Auskunft nach Art. 15 DSGVO gebeten. Bislang habe ich keine Auskunft erhalten. Die Monatsfrist ist abgelaufen.',
      'Auskunftsersuchen vom 2. Mai\n\nAm 2. Mai habe ich um Auskunft nach Art. 15 DSGVO gebeten. Bislang kam nichts. Ich bitte um umgehende Erledigung.',
    ],
  },
  {
    family: 'German consent withdrawn and photos showing the sender or the child taken down (auf denen ich zu sehen bin)',
    rights: ['objection', 'erasure'],
    bodies: [
      'Ich ziehe meine Einwilligung zurück. Bitte löschen Sie die Videos vom Sommerfest, auf denen ich deutlich zu erkennen bin.',
      'Ich widerrufe meine Einwilligung. Nehmen Sie bitte die Bilder, auf denen mein Sohn zu sehen ist, von der Vereinsseite herunter.',
    ],
  },
  {
    family: 'German complaint recalling an erasure asked for in a subordinate clause (in der ich ... gebeten habe)',
    rights: ['complaint'],
    bodies: ['Ich beschwere mich über den Umgang mit meinen Daten. Auf meine Mail, in der ich Sie um die Löschung aller meiner Daten gebeten habe, kam keine Antwort.'],
  },
  {
    family: "German breach report: someone else's document received or shown, deleted by the finder",
    rights: ['breach_report'],
    bodies: [
      'Unter Dokumente sehe ich seit gestern einen fremden Befund mit Diagnose.',
      'Die Rechnung im Anhang gehört nicht uns, sie ist an eine Privatperson in Kleve adressiert.',
      'Mit Ihrer Mahnung kam eine Tabelle mit Kundennamen. Ich gehe davon aus, dass das ein Versehen war, und habe die Datei gelöscht.',
    ],
  },
  {
    family: 'French complaint about the answer to an earlier access request',
    rights: ['complaint'],
    bodies: [
      "Madame, Monsieur,\n\nVotre réponse à ma demande d'accès est arrivée avec six semaines de retard et ne contenait qu'une liste de commandes. J'ai donc déposé une plainte auprès de la CNIL.\n\nRémi Caron",
    ],
  },
  {
    family: 'French stranger who got into the sender\'s data, reported with a complaint',
    rights: ['breach_report', 'complaint'],
    bodies: [
      "Bonjour,\n\nvotre technicien a laissé mon dossier ouvert sur le comptoir et un autre client a eu accès à mes coordonnées bancaires. Je dépose plainte auprès de la CNIL.\n\nHélène Marchal",
    ],
  },
  {
    family: 'French objection that lets the other mailings go on',
    rights: ['objection'],
    bodies: [
      "Bonjour,\n\nje m'oppose au suivi de mes clics dans vos e-mails. Vous pouvez continuer à m'envoyer vos informations pratiques, sans ce suivi.\n\nMarc Olivier",
    ],
  },
  {
    family: 'French erasure wished in the passive (que tout soit supprimé)',
    rights: ['erasure'],
    bodies: ['Bonjour,\n\nmon abonnement a pris fin en janvier. Je voudrais maintenant que tout soit supprimé chez vous.\n\nLouis Perrin'],
  },
  {
    family: 'French published photos of a person taken down',
    rights: ['erasure'],
    bodies: [
      "Bonjour,\n\npourriez-vous enlever les photos de la fête de juin publiées sur Instagram où l'on voit notre fils ?\n\nClaire et Paul Roux",
      'Bonjour,\n\nmerci de retirer la vidéo de mon intervention de votre chaîne, je ne travaille plus chez Durand.\n\nPaul Durieux',
    ],
  },
  {
    family: 'French consent named by a demonstrative, withdrawn (cette autorisation)',
    rights: ['objection'],
    bodies: ["Bonjour,\n\nen mars j'avais accepté que mon témoignage soit cité dans votre rapport annuel. Je révoque cette autorisation dès ce jour.\n\nSophie Lemaire"],
  },
  {
    family: "French leaks told: someone else's document, recipients shown, a folder open to anyone, data given to a stranger",
    rights: ['breach_report'],
    bodies: [
      "Bonjour,\n\ndans mon espace client je vois depuis hier une attestation qui n'est pas à moi, au nom de Mme Girard.\n\nPaul Vidal",
      'Bonjour,\n\nvotre invitation au salon est partie et les adresses des participants étaient visibles dans le champ Cc.\n\nAnne Joly',
      "Bonjour,\n\nle dossier partagé que vous avez créé pour notre comptable avec les bulletins de paie est accessible à n'importe qui.\n\nMarc Blanc",
      "Bonjour,\n\nvotre agence a transmis mon adresse à un inconnu qui s'est présenté à ma place.\n\nLuc Morel",
    ],
  },
  {
    family: "French forget me, wished in the subjunctive (que vous m'oubliiez)",
    rights: ['erasure'],
    bodies: ["Bonjour,\n\nje préférerais que vous m'oubliiez, nom et adresse compris.\n\nMarc Petit"],
  },
  {
    family: 'French tracking told to stop (arrêtez de pister)',
    rights: ['objection'],
    bodies: ['Bonjour,\n\nvos lettres me plaisent, mais arrêtez de pister les liens sur lesquels je clique.\n\nMarc Petit'],
  },
  {
    family: 'French unsubscribe in a postscript (plus de newsletter pour moi)',
    rights: ['unsubscribe'],
    bodies: ["Bonjour,\n\nmerci pour le devis, c'est accepté. PS : plus de newsletter pour moi svp.\n\nMarc Petit"],
  },
  {
    family: 'German leaks told: an open distribution list, a stick or printout of ours found with other people\'s records',
    rights: ['breach_report'],
    bodies: [
      'Guten Tag,\n\nIhr Rundschreiben zur Jahresinventur ging mit offenem Verteiler an sämtliche Lieferanten.\n\nPetra Lang',
      'Hallo,\n\nim Besprechungsraum haben wir einen Ordner Ihrer Kanzlei gefunden. Darin sind Gehaltsabrechnungen Ihrer Mandanten.\n\nUwe Roth',
    ],
  },
  {
    family: 'a German opt-out with the verb first (Abbestellen bitte)',
    rights: ['unsubscribe'],
    bodies: ['Abbestellen bitte.\n\nGruß Kai'],
  },
  {
    family: 'German login and data deleted together (Zugang und meine Daten löschen)',
    rights: ['erasure'],
    bodies: ['Hallo,\n\nich nutze Ihre App nicht mehr. Bitte den Zugang und meine ganzen Daten löschen.\n\nTim Kurz'],
  },
  {
    family: 'German newsletter asked for without tracking, consent withdrawn (schicken Sie mir den Newsletter)',
    rights: ['objection'],
    bodies: ['Hallo,\n\nich widerrufe meine Einwilligung in die Auswertung meines Leseverhaltens. Schicken Sie mir den Newsletter trotzdem weiter, aber ohne meine Daten zu analysieren.\n\nEva Hahn'],
  },
  {
    family: "German processor asked to erase a shop customer still in a newsletter export file",
    rights: ['erasure'],
    bodies: ['Hallo,\n\neine Kundin hat die Löschung ihrer Daten verlangt. Ihr Konto habe ich gelöscht, aber sie steht noch in einer Newsletter-Exportdatei auf Ihrem Server.\n\nGruß\nMia Roth'],
  },
  {
    family: 'German copy of the sender\'s own file (Kopie meiner Krankenakte)',
    rights: ['access'],
    bodies: ['Guten Tag,\n\nich hätte gern eine Kopie meiner Krankenakte aus Ihrer Praxis.\n\nMit freundlichen Grüßen\nRita Sommer'],
  },
  {
    family: 'German number erased from the CRM beside advertising stopped',
    rights: ['erasure', 'unsubscribe'],
    bodies: ['Hallo,\n\nich möchte keine Werbung mehr bekommen, und meine Mobilnummer löschen Sie bitte aus Ihrem System.\n\nKarl Weiß'],
  },
  {
    family: 'German contested note not to be used (nutzen Sie diesen Eintrag nicht)',
    rights: ['restriction'],
    bodies: ['Sehr geehrte Damen und Herren,\n\nden Eintrag über eine angebliche Zahlungsverzögerung bestreite ich. Bitte nutzen Sie diesen Eintrag nicht für die Bonitätsprüfung.\n\nJan Ebert'],
  },
  {
    family: 'German answer to the sender\'s access request holding a stranger\'s data (Antwort auf mein Auskunftsersuchen)',
    rights: ['breach_report'],
    bodies: ['Guten Tag,\n\ndie Antwort auf mein Auskunftsersuchen, Ihre Auskunft vom 2. Mai, ist gekommen. Auf Seite 3 stehen aber die Daten einer anderen Kundin, Frau S. aus Kiel.\n\nOle Brandt'],
  },
  {
    family: 'German access naming the storage period (wie lange sie gespeichert werden): still access',
    rights: ['access'],
    bodies: ['Sehr geehrte Damen und Herren, bitte teilen Sie mir mit, welche Daten Sie über mich verarbeiten und wie lange sie gespeichert werden. Mit freundlichen Grüßen, Petra Lang'],
  },
  {
    family: 'German data asked in a machine-readable format (die Daten in einem maschinenlesbaren Format): access and portability',
    rights: ['access', 'portability'],
    bodies: ['Vielen Dank für die Übersicht. Könnten Sie mir die Daten auch in einem maschinenlesbaren Format schicken? Gruß, Olaf Brück'],
  },
  {
    family: 'German photos that show the child, then taken down in the next sentence (Bitte entfernen Sie diese Fotos): erasure',
    rights: ['erasure'],
    bodies: ['Guten Tag, auf der Website des Vereins sind Fotos vom Sommerfest, auf denen meine Tochter gut zu erkennen ist. Bitte entfernen Sie diese Fotos. Gruß, Sven Moll'],
  },
  {
    family: 'German erasure asked in so many words (ich bitte um Löschung)',
    rights: ['erasure'],
    bodies: ['Guten Tag, mein Vertrag mit Ihnen ist beendet. Ich bitte um Löschung, soweit keine Aufbewahrungspflichten bestehen. Gruß, Karl Boos'],
  },
  {
    family: 'German own records by name in a file format (meine Stammdaten als CSV, Kontakte als vcf): access and portability',
    rights: ['access', 'portability'],
    bodies: [
      'Guten Tag, ich wechsle den Dienstleister. Schicken Sie mir bitte meine Stammdaten und meine komplette Bestellhistorie als CSV-Datei. Danke, Ina Vogt',
      'Hallo, können Sie mir meine Kontakte und meinen Kalender aus dem alten Postfach als vcf und ics exportieren? Danke, Rolf',
    ],
  },
  {
    family: 'German current address given (meine aktuelle Anschrift lautet): rectification, not erasure',
    rights: ['rectification'],
    bodies: ['Sehr geehrte Damen und Herren, Sie schreiben mir an eine veraltete Anschrift. Meine aktuelle Anschrift lautet Lindenallee 4, 50667 Köln. Bitte ändern Sie das. Gruß, Britta Sommer'],
  },
  {
    family: 'German data blocked with the verb last (dass diese Daten gesperrt werden): restriction',
    rights: ['restriction'],
    bodies: ['Sie müssen meine Rechnungen zehn Jahre aufbewahren, das verstehe ich. Dann verlange ich, dass diese Daten gesperrt werden und nur noch für das Finanzamt verwendet werden.'],
  },
  {
    family: 'German complaint with data put where they do not belong (gehört nicht in)',
    rights: ['complaint'],
    bodies: ['Ich möchte mich offiziell beschweren: Ihr Monteur hat meine Diagnose im Auftrag notiert, den mein Chef lesen kann. Meine Krankmeldung gehört nicht in einen Auftrag.'],
  },
  {
    family: "French portability relayed by the customer (a exercé son droit à la portabilité): portability alone",
    rights: ['portability'],
    bodies: ['Bonjour,\n\nNotre ancien employé, M. Paul Girard, a exercé son droit à la portabilité. Pourriez-vous extraire ses contacts et son agenda Outlook en CSV et ICS pour que nous les lui remettions ?\n\nMerci, Claire'],
  },
  {
    family: 'French copies to be destroyed (la destruction de toutes les copies): erasure, not access',
    rights: ['erasure'],
    bodies: ['Bonjour, je vous demande la destruction de toutes les copies de mes données, y compris dans vos sauvegardes. Merci, Yves'],
  },
  {
    family: 'French wrong name just noticed (je viens de voir que): rectification, not access',
    rights: ['rectification'],
    bodies: ['Bonjour, je viens de voir que sur mon dossier client mon nom est écrit Duppont au lieu de Dupont. Pouvez-vous corriger mon nom ? Merci'],
  },
  {
    family: 'a French name misspelt on an insurance contract (mon nom sur mon contrat d\'assurance): still rectification',
    rights: ['rectification'],
    bodies: ["Bonjour, mon nom est mal orthographié sur mon contrat d'assurance habitation : c'est Dupont, pas Dupond. Merci de le corriger."],
  },
  {
    family: 'a French chaser that names the earlier request (des nouvelles de, vous relancer concernant): the quoted request is read',
    rights: ['access'],
    bodies: [
      "Bonjour,\n\ndes nouvelles de mon dossier ? Je n'ai toujours eu qu'un accusé de réception.\n\nPaul Mercier\n\n> Le 2 mars 2026, Paul Mercier a écrit :\n> Bonjour, pourriez-vous m'envoyer une copie de toutes les données que vous avez sur moi ? Merci.",
      "Bonjour,\n\nje me permets de vous relancer concernant ma demande ci-dessous, toujours en attente.\n\nIrène Bastien\n\n> De : Irène Bastien\n> Envoyé : 4 février 2026\n> Pourriez-vous m'envoyer une copie de toutes mes données personnelles ?",
    ],
  },
  {
    family: 'a French access answer to be completed (compléter votre réponse) beside a complaint',
    rights: ['access', 'complaint'],
    bodies: ["Madame, Monsieur, il manque dans votre réponse à ma demande d'accès l'historique de mes appels. Merci de compléter votre réponse au plus vite. Par ailleurs j'ai saisi la CNIL. Jeanne Roy"],
  },
  {
    family: 'French unsubscribe beside an erasure (me retirer de vos listes) or from everything sent (quoi que ce soit)',
    rights: ['erasure', 'unsubscribe'],
    bodies: [
      "Bonjour, merci de me retirer de vos listes d'envoi et d'effacer tout ce que vous savez de moi. Hugo",
      "Bonjour, je ne vous connais pas : merci de ne plus m'envoyer quoi que ce soit et de supprimer toutes mes données. Bernard",
    ],
  },
  {
    family: "a French breach named with il s'agit de (il s'agit d'une violation de la confidentialité de mes données)",
    rights: ['breach_report'],
    bodies: [
      "Bonjour, à l'accueil, votre employée a lu mon dossier médical à voix haute devant toute la salle d'attente. Il s'agit d'une violation grave de la confidentialité de mes données. Paul Renaud",
    ],
  },
  {
    family: 'French contested bill with a cross-reference (voir mail à ...): restriction, not access',
    rights: ['restriction'],
    bodies: ['je conteste le décompte de charges (voir mail à la gérance) et en attendant merci de ne pas transmettre mes données à un huissier, juste les conserver.'],
  },
  {
    family: "French disk or printout of ours found with other people's passwords (trouvé, oublié ... il n'est pas à nous)",
    rights: ['breach_report'],
    bodies: [
      "Bonjour,\n\nCe matin, notre concierge a trouvé un disque dur externe avec votre logo près de l'ascenseur. Dessus : une liste de clients avec leurs noms et mots de passe.\n\nQue faisons-nous ?\n\nMarie",
      "Bonjour,\n\nUn classeur a été oublié à notre accueil après la visite de votre commercial. Il n'est pas à nous : il y a dedans des contrats signés par d'autres clients.\n\nJulie",
    ],
  },
  {
    family: "French planned deletion heard of (j'ai appris que ... doit être supprimé) and stopped: restriction alone",
    rights: ['restriction'],
    bodies: [
      "Bonjour,\n\nJ'ai appris que mon ancien compte client doit être supprimé à la fin du mois. Je vous demande de ne pas effacer ces données mais de les conserver, sans les utiliser, le temps de mon litige avec le vendeur.\n\nMarc",
    ],
  },
  { family: "French 'dites-moi ce que vous avez sur moi' (access)", rights: ['access'], bodies: ["Bonjour, dites-moi ce que vous avez sur moi dans vos fichiers, s'il vous plaît. Merci, Léon"] },
  {
    family: 'French consent to advertising tracking withdrawn (suivi publicitaire): objection, not unsubscribe',
    rights: ['objection'],
    bodies: ['Je retire mon accord pour le suivi publicitaire de ma navigation sur votre site ; la newsletter, je la garde.'],
  },
  {
    family: "French complaint about the answer to one's request (Réclamation – réponse incomplète à ma demande)",
    rights: ['complaint'],
    bodies: [
      "Réclamation – réponse incomplète à ma demande d'accès\n\nMadame, Monsieur,\n\nIl manque l'historique de mes appels et les notes de vos commerciaux. Je dépose donc une réclamation formelle.\n\nRaoul Petit",
    ],
  },
  { family: "French sales mail stopped (ne plus m'écrire pour vos propositions)", rights: ['unsubscribe'], bodies: ["Bonjour, merci de ne plus m'écrire pour vos propositions de site web. Gaston"] },
  {
    family: "French misspelt name told (mon prénom apparaît comme, mon nom est écrit) with a bare 'pourriez-vous le corriger ?'",
    rights: ['rectification'],
    bodies: [
      'Bonjour,\n\nSur vos relevés, mon prénom apparaît comme « Jerome ». Il prend deux accents : Jérôme. Pourriez-vous le corriger ?\n\nMerci, Jérôme Piat',
      "Bonjour,\n\nMon nom est écrit « Dupond » sur la carte de membre. C'est Dupont avec un t. Ce serait gentil de corriger une bonne fois pour toutes.\n\nLuc Dupont",
    ],
  },
  {
    family: "French wrong birth date told with a bare 'pouvez-vous corriger ?'",
    rights: ['rectification'],
    bodies: ["Bonjour,\n\nMa date de naissance est indiquée comme le 03/07/1985 sur mon espace adhérent. C'est le 07/03/1985. Pouvez-vous corriger ?\n\nYann"],
  },
  { family: "French source asked with 'comment' (comment avez-vous eu mon numéro)", rights: ['access'], bodies: ["Bonjour, un de vos vendeurs m'a téléphoné hier soir. Comment avez-vous eu mon numéro ? Sophie"] },
  { family: "French 'envoyez-moi ce que vous avez sur moi' (access)", rights: ['access'], bodies: ['Bonjour, envoyez-moi ce que vous avez sur moi dans votre logiciel de réservation. Merci, Hugo'] },
  {
    family: 'French copy in a reusable digital format (sous format numérique réutilisable): access and portability',
    rights: ['access', 'portability'],
    bodies: ["Bonjour, je change de médecin. Pourriez-vous m'envoyer une copie de mon dossier sous format numérique réutilisable ? Merci, Claire"],
  },
  { family: "French objection to being filmed (je m'oppose à être filmé)", rights: ['objection'], bodies: ["Bonjour, je m'oppose à être filmé pendant les formations en ligne. Merci, Hugo"] },
  {
    family: 'French data not to be deleted in a dispute (merci de ne pas les effacer, ils me serviront): restriction, not erasure',
    rights: ['restriction'],
    bodies: ['Bonjour, je suis en litige avec vous au sujet de la facture 3021. Nos échanges doivent être supprimés le mois prochain : merci de ne pas les effacer, ils me serviront de preuve, mais de ne plus les utiliser en attendant. Rémi Caron'],
  },
  {
    family: 'German mail that was not for the sender, or sent to a stranger (Diese Mail ist nicht für mich)',
    rights: ['breach_report'],
    bodies: [
      'Hallo,\n\ndiese Mail ist nicht für mich. Darin stehen Name und Geburtsdatum eines Herrn Brückner. Bitte klären Sie das.\n\nTanja Eck',
      'Guten Tag,\n\nmeine Lohnabrechnungen gehen seit März an einen fremden Empfänger in Bonn. Bitte kümmern Sie sich darum.\n\nLars Wendt',
    ],
  },
  {
    family: 'German breach called by its name with a complaint beside it (Das ist eine Datenpanne ... ich beschwere mich)',
    rights: ['breach_report', 'complaint'],
    bodies: [
      'Guten Tag,\n\nIhr Rundschreiben ging mit offenem Verteiler an 80 Eltern. Das ist eine Datenpanne. Ich beschwere mich hiermit ausdrücklich darüber.\n\nPetra Sommer',
    ],
  },
  {
    family: 'German salutation wrong and the title named (werde ich als „Herr Kern“ angesprochen ... Doktortitel)',
    rights: ['rectification'],
    bodies: [
      'Guten Tag,\n\nin Ihren Mails werde ich stets als „Herr Kern“ angesprochen. Ich bin Frau Dr. Ines Kern und hätte gern Anrede und Doktortitel richtig.\n\nI. Kern',
    ],
  },
  {
    family: 'German advertising named and told to stop (Werbe-SMS ... bitte aufhören)',
    rights: ['unsubscribe'],
    bodies: ['hallo, von euch kommen jede woche werbe sms. das nervt, bitte aufhören. gruß tom'],
  },
  {
    family: 'German portability invoked as the sender\'s own right (im Rahmen meines Rechts auf Datenübertragbarkeit)',
    rights: ['portability'],
    bodies: [
      'Guten Tag,\n\nich wechsle das Fitnessstudio. Bitte übermitteln Sie meine Trainingsdaten im Rahmen meines Rechts auf Datenübertragbarkeit direkt an das Studio Kraftwerk Lüneburg.\n\nGruß\nLea Brandt',
    ],
  },
  {
    family: 'German complaint with the matter to be taken to the authority (beschwere mich ... werde ... der Aufsichtsbehörde vorlegen)',
    rights: ['complaint'],
    bodies: [
      'Guten Tag,\n\nfür meine Anfrage verlangen Sie eine Kopie meines Reisepasses samt Meldebescheinigung. Das finde ich übertrieben und beschwere mich hiermit ausdrücklich darüber. Ich werde den Vorgang der Aufsichtsbehörde vorlegen.\n\nGruß\nJan Ott',
    ],
  },
  {
    family: 'German questionnaires listed among one\'s own records sent on to a new practice (Befunde, Fragebögen)',
    rights: ['portability'],
    bodies: [
      'Guten Tag,\n\nich wechsle die Praxis. Bitte übermitteln Sie meine Befunde, Trainingspläne und Fragebögen im Rahmen meines Rechts auf Datenübertragbarkeit direkt an die Praxis Nordlicht in Kiel.\n\nGruß\nIna Vogt',
    ],
  },
  {
    family: 'a German erasure passed on to us as processor (hat uns aufgefordert, seine Daten zu löschen)',
    rights: ['erasure'],
    bodies: ['Guten Tag,\n\nein früherer Kunde hat uns per Einschreiben aufgefordert, seine Daten zu löschen. Können Sie das in unserem Shop umsetzen?\n\nGruß\nMara Stein'],
  },
  {
    family: 'a German ultimatum naming the access still owed (wenn ich bis ... keine Auskunft über meine Daten bekomme)',
    rights: ['access', 'complaint'],
    bodies: [
      'Guten Tag,\n\nwenn ich bis zum 20. Mai keine Auskunft über meine gespeicherten Daten bekomme, wende ich mich an die Datenschutzbehörde.\n\nGruß\nFelix Brandt',
      'Hallo,\n\nsollte ich bis Monatsende keine Kopie meiner Daten erhalten, reiche ich Beschwerde beim Landesdatenschutzbeauftragten ein.\n\nMit freundlichen Grüßen\nSina Koch',
    ],
  },
  {
    family: 'a German access request passed on to us as processor (alles, was wir über ihn gespeichert haben)',
    rights: ['access'],
    bodies: ['Hallo,\n\nein ausgeschiedener Lagerist hat uns aufgefordert, ihm alles zu schicken, was wir über ihn gespeichert haben. Können Sie uns beim Zusammenstellen helfen?\n\nGruß\nTanja Fink'],
  },
  {
    family: 'a French erasure passed on to us as processor beside the processing agreement (nous a demandé l\'effacement de ses données, procéder à cette suppression)',
    rights: ['erasure'],
    bodies: [
      "Bonjour,\n\nJe vous écris en votre qualité de sous-traitant, au titre de notre contrat de sous-traitance (article 28 RGPD). Un ancien adhérent de notre club nous a demandé l'effacement de ses données. Pourriez-vous procéder à cette suppression dans l'extranet ?\n\nCordialement,\nSylvie Marchand",
    ],
  },
  {
    family: 'a French correction passed on for a client, or a stale mail address and the one to use now (corriger son nom, adresse désactivée, écrire désormais)',
    rights: ['rectification'],
    bodies: [
      "Bonjour,\n\nUne cliente nous signale une faute : pourriez-vous corriger son nom dans le fichier des rendez-vous ? Elle s'appelle Lemaire, pas Lemaitre.\n\nMerci,\nDr Paul Girard",
      "Bonjour,\n\nVos rappels partent toujours vers mon ancienne adresse, qui est désactivée depuis juin. Merci d'écrire désormais à mon adresse personnelle.\n\nJulie Caron",
    ],
  },
  {
    family: 'French data kept but no longer used while a dispute runs (gardez ..., mais ... n\'utilisiez plus)',
    rights: ['restriction'],
    bodies: ["Bonjour,\n\nGardez mes données si vous y êtes obligés, mais pendant le litige je demande que vous n'utilisiez plus mes coordonnées.\n\nOlivier Blanc"],
  },
  {
    family: 'a French photo named on the reader\'s page, then taken down in the next sentence (merci de la retirer)',
    rights: ['erasure'],
    bodies: ["Bonjour,\n\nMa photo figure toujours sur votre page Facebook depuis la fête de l'école. Merci de la retirer.\n\nClaire"],
  },
  {
    family: 'French advertising texts no longer wanted, in spoken French (je veux plus les recevoir)',
    rights: ['unsubscribe'],
    bodies: ["Bonjour, vous m'envoyez des SMS de prospection chaque semaine, je veux plus les recevoir. Merci"],
  },
  {
    family: 'a French staff pay file sent to everyone (les salaires de tous les employés ... envoyé à tous les employés)',
    rights: ['breach_report'],
    bodies: ['Bonjour,\n\nLe tableau des salaires de tous les employés a été envoyé par erreur à tous les employés ce matin par votre outil de paie. Que faisons-nous ?\n\nMarc Leroy, RH'],
  },
  {
    family: 'a French erasure asked in so many words after an identity check (procéder à présent à l\'effacement)',
    rights: ['erasure'],
    bodies: ['Bonjour,\n\nVoici le justificatif demandé. Merci de procéder à présent à l\'effacement.\n\nHugo Perrin'],
  },
  {
    family: 'a French complaint about our technician going through private files (a ouvert mes documents personnels)',
    rights: ['complaint'],
    bodies: ['Bonjour,\n\nLors du dépannage, votre technicien a ouvert mes documents personnels sans me le demander. Je dépose une plainte auprès de votre direction.\n\nAnne Colin'],
  },
  {
    family: 'French results or mail of another person received (les résultats d\'une autre patiente, ne m\'est pas destiné)',
    rights: ['breach_report'],
    bodies: [
      'Bonjour,\n\nDans mon espace patient, je vois les résultats d\'une autre patiente, avec son nom et sa date de naissance. Je n\'ai rien téléchargé.\n\nLucie Marchal',
      'Bonjour,\n\nLe courrier arrivé ce matin chez moi ne m\'est pas destiné : il est au nom de ma voisine et parle de son prêt.\n\nKarim',
    ],
  },
];

/** Look-alikes that are not requests: everyday "Auskunft", DNS records, number porting, notices, footers. */
const NOT_REQUESTS: readonly { family: string; body: string }[] = [
  {
    family: 'a German leaver\'s mailbox turned into a shared one, the rest deleted afterwards',
    body: 'Hallo IT,\n\nFrau Lenz ist ausgeschieden. Ihr Postfach bitte erst in ein gemeinsames Postfach für den Vertrieb umwandeln, danach kann alles weg.\n\nGruß\nKai',
  },
  {
    family: 'a German colleague forwarding a press release about a fine',
    body: 'Lesenswert für unser Projekt!\n\nPressemitteilung: Die Landesbeauftragte hat ein Bußgeld gegen einen Versandhändler verhängt, der Auskunftsersuchen monatelang liegen ließ.',
  },
  {
    family: 'a German customer asking whether his data were hit by an incident',
    body: 'Sie haben gestern über den Angriff auf Ihren Mailserver informiert. Bitte sagen Sie mir, ob meine Daten davon betroffen sind.',
  },
  {
    family: 'a French service complaint about a bank branch ("votre agence")',
    body: "Bonjour,\n\nje souhaite porter réclamation concernant l'accueil reçu hier à votre agence de Lyon : quarante minutes d'attente et un conseiller désagréable.\n\nMarie",
  },
  {
    family: 'a German invoice amount quoted and put right (steht der Betrag als, Richtig ist)',
    body: 'Guten Tag, auf der Rechnung 2026-118 steht der Betrag als 540 Euro. Richtig ist 450 Euro laut Angebot. Bitte korrigieren Sie das. Buchhaltung',
  },
  { family: 'a German statement for another month (die Abrechnung eines anderen Monats)', body: 'Können Sie mir die Abrechnung eines anderen Monats schicken? Die von Mai fehlt mir noch.' },
  { family: 'a German credit note sent instead of an invoice (nicht meine Rechnung, sondern die Gutschrift)', body: 'Das ist nicht meine Rechnung, sondern die Gutschrift vom Mai, die Rechnung fehlt noch.' },
  {
    family: 'a German questionnaire naming a breach in the GDPR\'s words',
    body: 'Im Handbuch steht: Innerhalb welcher Frist melden Sie eine Verletzung des Schutzes personenbezogener Daten?',
  },
  { family: 'German papers asked for a child\'s course (welche Unterlagen ... meiner Tochter)', body: 'Welche Unterlagen brauchen Sie für die Anmeldung meiner Tochter zum Schwimmkurs?' },
  {
    family: 'a German workshop left (Bitte melden Sie mich ab)',
    body: 'Hallo, am Workshop nächste Woche kann ich leider nicht teilnehmen, der Workshop passt zeitlich nicht. Bitte melden Sie mich ab. Gruß, Olaf',
  },
  { family: 'a German seminar advert (Tagesseminar, Jetzt anmelden)', body: 'Unser Tagesseminar zeigt, wie Sie Auskunftsersuchen und Löschanfragen fristgerecht beantworten. Jetzt anmelden!' },
  {
    family: 'a German press release about a breach the authority was told of (wurde ... informiert)',
    body: 'Pressemitteilung: Beim Versorger Nordlicht wurden Kundendaten gestohlen. Die zuständige Datenschutzaufsichtsbehörde wurde noch am selben Tag informiert.',
  },
  {
    family: 'German staff telling a colleague of a customer\'s complaint (Sie hat sich bei der Aufsichtsbehörde beschwert, droht mit der Aufsichtsbehörde)',
    body: 'Hallo Jana, zur Info: Frau Kranz hat angerufen. Sie hat sich bei der Aufsichtsbehörde beschwert, weil ihre Rechnung an die falsche Adresse ging. Kannst du die Akte raussuchen? Gruß, Tim',
  },
  { family: 'a German delivery habit to stop (unterlassen Sie es)', body: 'Bitte unterlassen Sie es, die Pakete beim Nachbarn abzugeben.' },
  {
    family: 'a German phishing threat (zur Vermeidung einer Löschung aller Daten)',
    body: 'Sehr geehrter Kunde, zur Vermeidung einer Löschung aller Daten bestätigen Sie bitte Ihr Konto innerhalb von 12 Stunden.',
  },
  { family: 'a German reminder checked for fraud (eine andere IBAN)', body: 'Hallo, ist diese Mahnung echt? Darauf steht eine andere IBAN als sonst. Gruß, Ben' },
  {
    family: 'a German works council\'s consent no longer required (die Zustimmung des Betriebsrats gilt nicht mehr)',
    body: 'Hallo, die Zustimmung des Betriebsrats gilt nicht mehr als Voraussetzung für die neue Telefonanlage. Gruß, Udo',
  },
  { family: 'a German "vergessen Sie mich nicht" asking to be invited', body: 'Hallo,\n\nvergessen Sie mich bitte nicht, wenn Sie die Einladungen zum Sommerfest verschicken!\n\nGruß\nBirgit' },
  { family: '"Auskunft" about an appointment', body: 'Können Sie mir Auskunft geben, wann der Techniker kommt?\n\nFrau Lutz' },
  { family: '"Auskunft" about an order', body: 'Kurze Auskunft zum Stand der Bestellung bitte.\n\nDanke' },
  {
    family: 'advice about one\'s own customers\' requests',
    body: 'Hallo,\n\nwir bekommen ab und zu Anfragen von Kunden, die wissen wollen, welche Daten wir über sie haben. Wie organisieren wir das?\n\nMelanie',
  },
  { family: 'a notice telling the reader he may object', body: 'Sie können der Nutzung Ihrer Daten jederzeit widersprechen.' },
  { family: '"berichtigen" an invoice', body: 'Bitte berichtigen Sie die Rechnung 2025-114, der Betrag ist falsch.\n\nBuchhaltung' },
  { family: '"rectifier" a DNS record', body: "Pouvez-vous rectifier l'enregistrement DNS de notre domaine ?\n\nRémi" },
  {
    family: 'a sales mail telling the reader he may object or unsubscribe',
    body: 'Bonjour,\n\nVous pouvez vous opposer à ce traitement ou vous désinscrire à tout moment en répondant à ce message.\n\nAlexis',
  },
  {
    family: 'porting phone numbers ("portabilité")',
    body: 'Bonjour,\n\nNous souhaitons porter nos numéros fixes vers votre offre VoIP. Quels documents faut-il pour la portabilité ?\n\nLe standard',
  },
  {
    family: 'a French newsletter footer ("Vous recevez cet email car", "Se désabonner")',
    body: 'Découvrez nos offres.\n\n---\nVous recevez cet email car vous êtes inscrit à notre liste. Se désabonner | Mentions légales',
  },
  {
    family: 'a sender who wants his data kept',
    body: 'Hallo,\n\nich möchte nicht, dass meine Daten gelöscht werden, ich bleibe Kunde.\n\nGruß',
  },
  { family: 'a copy of an invoice', body: "Pourriez-vous m'envoyer une copie de la facture 2026-004 ?\n\nMerci" },
  {
    family: 'a French privacy notice ("vous disposez d\'un droit d\'accès")',
    body: "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données.",
  },
  { family: 'a retention notice ("Die Löschung der Daten erfolgt")', body: 'Die Löschung der Daten erfolgt automatisch nach 30 Tagen.' },
  { family: 'thanks for an erasure done', body: 'Danke, dass Sie meine Daten gelöscht haben.' },
  { family: 'thanks for an erasure done, as a noun', body: 'Vielen Dank für die schnelle Löschung meiner Daten.' },
  { family: 'thanks in French for an erasure done', body: "Merci d'avoir supprimé mes données." },
  { family: 'data the sender erased himself', body: 'Ich habe meine Daten gestern selbst im Kundenportal gelöscht, danke.' },
  { family: 'a supplier confirming our request', body: 'Nous avons bien reçu votre demande de suppression et la traiterons sous 30 jours.' },
  { family: 'whether a colleague may have her data erased', body: 'Meine Kollegin möchte wissen, ob sie ihre Daten löschen lassen kann. Was muss sie tun?' },
  { family: 'a sender who wants his account kept', body: 'Non, ne supprimez pas mon compte, je reste client.' },
  {
    family: 'a phone number given, then an IT object to delete',
    body: 'Meine Handynummer ist 0171 2345. Bitte löschen Sie den alten Drucker aus dem System.',
  },
  { family: 'a telephony fault: no more calls coming in', body: 'Ich bekomme seit gestern keine Anrufe mehr auf meiner Nebenstelle.' },
  { family: 'a telephony fault in French', body: "Je ne reçois plus d'appels sur ma ligne depuis hier." },
  { family: 'invoices as a spreadsheet', body: 'Können Sie mir die Rechnungen als Excel-Tabelle schicken? Danke.' },
  {
    family: 'a draft processing agreement listing the rights it supports',
    body: 'Anbei unser Entwurf für den AV-Vertrag nach Art. 28 DSGVO: §6 Unterstützung bei Auskunft, Berichtigung und Löschung.',
  },
  {
    family: 'comments on a French processing agreement (contrat de sous-traitance)',
    body: "Voici nos commentaires sur le contrat de sous-traitance : assistance pour les demandes d'accès et de rectification.",
  },
  {
    family: 'a reply template to review, quoting the right to complain',
    body: 'Könnt ihr unsere Mustervorlage für Auskunftsanfragen prüfen? «Sie können Beschwerde bei der Aufsichtsbehörde einlegen.»',
  },
  { family: 'an account locked after phishing', body: 'Ich habe auf einen Phishing-Link geklickt. Bitte sperren Sie sofort mein Konto.' },
  { family: 'an account locked after phishing, in French', body: "J'ai cliqué sur un lien douteux, pouvez-vous bloquer mon compte ?" },
  { family: 'a leak at an unrelated webshop', body: 'Bei der Firma XY (Webshop) gab es ein Datenleck, meine Kreditkartendaten sind betroffen.' },
  { family: 'a leak at an unrelated French shop', body: "Il y a eu une fuite de données chez un site marchand où j'ai un compte." },
  { family: 'reserving the right to complain', body: 'Ich behalte mir vor, mich an die Aufsichtsbehörde zu wenden.' },
  { family: 'reserving the right to complain, in French', body: 'Je me réserve le droit de saisir la CNIL.' },
  { family: 'a complaint about the hotline', body: 'Ich beschwere mich hiermit über die lange Wartezeit bei Ihrer Hotline.' },
  { family: 'a complaint about service quality', body: 'Je souhaite déposer une réclamation concernant la qualité de votre service.' },
  { family: 'a copy of one\'s ID card attached', body: "Ci-joint la copie de ma carte d'identité et le formulaire signé." },
  { family: 'a copy of one\'s passport attached, in German', body: 'Anbei eine Kopie meines Personalausweises für die Kontoeröffnung.' },
  { family: 'a Widerspruch against a rent increase', body: 'Ich widerspreche der Mieterhöhung vom 1. November, die Vergleichsmiete liegt darunter.' },
  { family: 'an Einspruch against a tax notice', body: 'Gegen den Steuerbescheid vom 3. Mai lege ich Einspruch ein.' },
  { family: 'deregistering a dog from the dog tax', body: 'Bitte melden Sie unseren Hund zur Hundesteuer ab, er ist verstorben.' },
  { family: 'a shipping notice with a newsletter footer', body: 'Deine Bestellung ist unterwegs!\n\nDu möchtest keine Newsletter mehr? Hier abmelden.' },
  { family: 'a course offer with a STOP footer', body: "Nous proposons une formation RGPD le 12 janvier.\n\nPour ne plus recevoir nos offres, répondez STOP." },
  { family: 'a phishing notice that the mailbox will be deleted', body: 'Votre boîte de messagerie sera supprimée sous 24 heures avec toutes vos données. Cliquez ici.' },
  { family: 'a sender who wants to keep his loyalty account', body: 'Je ne souhaite surtout pas que mon compte soit supprimé : que dois-je faire pour le garder actif ?' },
  { family: 'an insurance statement asked for (relevé d\'information)', body: "Pouvez-vous m'envoyer mon relevé d'information pour mon nouvel assureur ?" },  { family: 'two service complaints in one mail', body: 'Ich beschwere mich über die lange Wartezeit. Ich lege hiermit förmliche Beschwerde ein.' },
  {
    family: 'two service complaints in one mail, in French',
    body: 'Je souhaite déposer une réclamation formelle concernant la qualité de votre service. Je vous adresse cette réclamation par écrit.',
  },
  { family: 'a phishing notice that the account was compromised', body: 'Votre compte a été compromis. Cliquez ici pour vérifier votre identité.' },
  { family: 'a phishing notice that the account was compromised, in German', body: 'Ihr Konto wurde kompromittiert. Bestätigen Sie jetzt Ihre Identität.' },
  {
    family: 'a sender who wants to keep receiving the newsletter',
    body: 'Merci de ne pas supprimer mon compte, je souhaite continuer à recevoir vos offres et vos mails.',
  },
  { family: 'a procedure asked about for later', body: 'Si un jour je souhaitais que mes données soient effacées, comment faudrait-il faire ?' },
  { family: 'a procedure asked about for later, in German', body: 'Wie würde das ablaufen, wenn ich irgendwann meine Daten löschen lassen will?' },
  {
    family: 'an earlier request done and thanked for',
    body: "Il y a deux ans j'avais demandé la suppression de mon ancien compte et vous l'aviez fait, merci encore. Aujourd'hui j'ai une question sur ma box.",
  },
  {
    family: 'an earlier request done and thanked for, in German',
    body: 'Letztes Jahr hatte ich Auskunft beantragt und alles bekommen, nochmals danke. Heute brauche ich einen neuen Router.',
  },
  { family: 'a folder deleted by mistake', body: "J'ai supprimé par erreur le dossier Factures sur le partage. Pouvez-vous le restaurer ?" },
  { family: 'a folder deleted by mistake, in German', body: 'Ich habe versehentlich den Ordner Angebote gelöscht, könnt ihr ihn wiederherstellen?' },
  { family: 'a Widerspruch against a dunning letter, named first', body: 'Gegen Ihre Mahnung vom 3. Mai lege ich Widerspruch ein, die Rechnung ist bezahlt.' },
  {
    family: 'an applicant consenting to storage and later deletion',
    body: 'Mit der Speicherung meiner Unterlagen und ihrer Löschung nach sechs Monaten gemäß Ihrer Datenschutzerklärung bin ich einverstanden.',
  },
  {
    family: 'a customer answering its own customer\'s request',
    body: 'Eine Patientin verlangt Auskunft über ihre Daten. Wir beantworten das selbst, es gibt keinen Handlungsbedarf für Sie.',
  },
  {
    family: 'a company\'s own breach notice',
    body: 'Wir informieren Sie hiermit über einen Sicherheitsvorfall. Am 2. März wurde festgestellt, dass E-Mail-Adressen unserer Kunden öffentlich abrufbar waren.',
  },
  { family: 'a French data-protection newsletter', body: "Au sommaire : droit d'accès et sanctions. Fiche pratique : répondre à une demande d'effacement." },
  {
    family: 'a French training listing the rights',
    body: "Notre formation couvre le droit d'accès, l'effacement et l'opposition au traitement des données. Inscription en ligne.",
  },
  { family: 'a German data-protection newsletter', body: 'In dieser Ausgabe: EuGH zum Auskunftsanspruch, Praxistipp zum Löschkonzept, BGH zur Löschung nach Art. 17.' },
  { family: 'a German bank return of a direct debit', body: 'Gegen die Abbuchung vom 5. Mai habe ich bei meiner Sparkasse Widerspruch eingelegt, sie war doppelt.' },
  { family: 'a German appeal against a notice', body: 'Gegen Ihren Beitragsbescheid vom 12. Januar lege ich fristgerecht Widerspruch ein. Die Einstufung stimmt nicht.' },
  { family: 'a German appeal with a bare Widerspruch', body: 'Ich lege hiermit Widerspruch ein und bitte um erneute Prüfung der Kostenübernahme für den Rollstuhl.' },
  { family: 'a German reply draft for review', body: 'Anbei die Musterantwort auf einen Löschantrag. Kannst du sie bitte einmal gegenlesen?' },
  { family: 'a German supplier questionnaire', body: 'Bitte füllen Sie unseren Lieferantenfragebogen aus. Der Fragebogen fragt auch, wie Sie Auskunftsersuchen bearbeiten.' },
  { family: 'a German company answering the reader\'s own request', body: 'Bezugnehmend auf Ihr Auskunftsersuchen vom 4. Mai senden wir Ihnen anbei die gespeicherten Angaben.' },
  { family: 'a German notice telling the reader where to turn', body: 'Bei Fragen zum Datenschutz wenden Sie sich bitte an die Datenschutzaufsicht Ihres Landes.' },
  { family: 'a French stopped bank card', body: "J'ai fait opposition sur ma carte bancaire hier soir, merci de m'en envoyer une nouvelle." },
  { family: 'a French cancelled place in a workshop', body: "Je voudrais me désinscrire de l'atelier poterie de samedi, j'ai un empêchement." },
  { family: 'French figures about a customer\'s own mailing', body: "Pouvez-vous nous envoyer le taux d'ouverture et de désinscription de notre dernière campagne ?" },
  { family: 'a French letter draft to read over', body: "Voici mon brouillon pour mon ancien employeur, tu peux le relire ? J'y parle du droit d'accès." },
  { family: 'a French reply sending the reader\'s data', body: 'Vous trouverez ci-joint une copie de vos données personnelles, comme demandé le 3 mai.' },
  { family: 'a French requester thanking for the copy', body: "J'ai bien reçu votre réponse et la copie de mes données, merci beaucoup." },
  { family: 'a French correction of a payment schedule', body: "Le montant de la facture est faux, merci de rectifier le devis et de m'envoyer la version corrigée." },
  { family: 'a French guide telling the reader where to complain', body: "Toujours rien après un mois ? Adressez une plainte à l'autorité de contrôle." },
  {
    family: 'a German student asking how erasure is handled',
    body: 'Für meine Bachelorarbeit untersuche ich das Recht auf Löschung nach Art. 17 DSGVO. Es handelt sich nicht um eine Anfrage zu meinen eigenen Daten, ich würde Ihnen nur gern einige Fragen stellen.',
  },
  { family: 'a French student asking about the right of access', body: "Je suis étudiante en master et je rédige un mémoire sur le droit d'accès. Accepteriez-vous de répondre à quelques questions ?" },
  { family: 'a French stopped card asked about', body: "J'ai appelé le serveur vocal hier soir. Pouvez-vous me confirmer que l'opposition est bien enregistrée ?" },
  { family: 'a French equipment list', body: "Enlevez l'ancienne imprimante de la liste du matériel, elle a été jetée." },
  { family: 'a French bank transfer', body: 'Merci de virer le solde sur mon compte à la Banque Postale.' },
  { family: 'a French service complaint lodged', body: "Je dépose une réclamation : votre technicien est reparti sans rebrancher la box et personne ne répond au téléphone." },
  { family: 'a French question said to be no request', body: "Bonjour, ce n'est pas une demande concrète, juste pour info : que devient le droit à l'oubli dans vos sauvegardes ?" },
  { family: "a French customer asking advice on its own client's erasure", body: 'Un client de notre agence nous demande de supprimer toutes ses données. Sommes-nous obligés de garder ses factures ?' },
  { family: 'a French direct debit stopped', body: 'Bonjour, je voudrais me désinscrire du prélèvement automatique et payer par virement à partir de mars.' },
  { family: 'a French newsletter that stopped arriving', body: 'Depuis deux mois je ne reçois plus vos newsletters, pouvez-vous vérifier mon inscription ?' },
  { family: "French product photos replaced on the customer's own site", body: 'Bonjour, pouvez-vous retirer les photos des anciens produits sur notre site et mettre les nouvelles en ligne ? Merci, Hugo' },
  { family: 'a French website open to anyone', body: "Bonjour, notre site est accessible à n'importe qui depuis lundi, vous pouvez annoncer l'ouverture. Hugo" },
  { family: 'a French workshop invitation listing rights (inscrivez-vous)', body: "Inscrivez-vous à notre atelier du 4 mai : droit d'accès, droit à l'effacement, réclamation auprès de la CNIL." },
  {
    family: 'French phishing dressed as a breach notice (réinitialiser votre mot de passe)',
    body: "Alerte : violation de données.\n\nUne violation de données a été détectée sur votre compte. Vous devez réinitialiser votre mot de passe aujourd'hui.\n\nRéinitialiser maintenant",
  },
  { family: 'a French general question on erasure (question générale)', body: 'Question générale : comment traitez-vous une demande de suppression de données, et en combien de temps ?' },
  { family: 'French thanks for a confirmed erasure', body: "Bonjour, j'ai bien reçu la confirmation de la suppression de mes données, merci beaucoup. Marc" },
  { family: 'a French order put right (rectifier ma commande)', body: 'Bonjour, est-il possible de rectifier ma commande 5521 ? Je voulais la taille M. Merci, Léa' },
  { family: 'a French laptop the sender forgot himself (j\'ai oublié mon ordinateur portable)', body: "Bonjour, j'ai oublié mon ordinateur portable dans votre salle d'attente hier. L'avez-vous trouvé ? Merci, Léon" },
  {
    family: 'a French non-delivery report (Non remis : RE: ...) quoting the reply that bounced',
    body: "Non remis : RE: Demande d'effacement de mes données\n\nLe message n'a pas pu être remis à : j.martin@exemple-ancien.fr\n\nObjet : RE: Demande d'effacement de mes données\nNous avons effacé vos données comme demandé.",
  },
  { family: 'a French non-delivery report (Rapport de non-remise)', body: "Rapport de non-remise\n\nDestinataire introuvable : rgpd@cabinet-ferme.fr\nObjet : Votre demande d'accès à vos données" },
  { family: 'a French order total to correct (pouvez-vous corriger ?)', body: 'Bonjour, le total de la commande 8812 ne tient pas compte de la remise. Pouvez-vous corriger ? Merci, Yann' },
  { family: 'a French web page to correct (pouvez-vous corriger cela ?)', body: "Bonjour, la page d'accueil de notre site affiche encore les horaires d'hiver. Pouvez-vous corriger cela ? Merci, Inès" },
  { family: 'a French double debit just noticed (je viens de voir)', body: 'Bonjour, je viens de voir sur mon compte client un double débit de 45 €. Pouvez-vous rembourser le second ? Merci, Anne' },
  { family: "a French closing date asked (m'indiquer la date)", body: "Bonjour, je résilie mon abonnement au 30 juin. Merci de m'indiquer la date du dernier prélèvement sur mon compte. Paul" },
  { family: 'a French case status asked (où en est mon dossier)', body: 'Bonjour, pouvez-vous me dire où en est mon dossier de remboursement ? Merci, Léa' },
  { family: 'a French newsletter that seems to have stopped (il n\'y a plus de newsletter)', body: "Bonjour, je vois qu'il n'y a plus de newsletter depuis mars, est-ce normal ? Marc" },
  { family: 'French login details asked (me communiquer les informations de connexion)', body: 'Bonjour, pouvez-vous me communiquer les informations de connexion au nouveau serveur de fichiers ? Merci, Léo' },
  { family: 'French meeting notes asked (une copie des informations présentées)', body: "Bonjour, pouvez-vous m'envoyer une copie des informations présentées à la réunion de lundi ? Merci, Zoé" },
  { family: 'French papers the sender must supply (quelles informations dois-je vous fournir)', body: 'Bonjour, quelles informations dois-je vous fournir pour ouvrir un compte professionnel ? Cordialement, Marc' },
  { family: "a French objection to a co-owners' decision (je m'oppose à la hausse des charges)", body: "Bonjour, je m'oppose à la hausse des charges votée par le conseil syndical. Cordialement, Paul" },
  { family: 'a French internal distribution list (la liste de diffusion interne)', body: "Bonjour, merci de me retirer de la liste de diffusion interne du projet Alpha, je change d'équipe. Léa" },
  { family: 'French access to a shared folder removed (mon accès au dossier partagé)', body: 'Bonjour, merci de supprimer mon accès au dossier partagé Marketing, je change de service. Tom' },
  { family: "a French old server wiped before recycling (les données de l'ancien serveur)", body: "Bonjour, merci de supprimer toutes les données de l'ancien serveur avant de le recycler. Karim" },
  { family: "French contract papers asked (m'envoyer l'ensemble des documents)", body: "Bonjour, pouvez-vous m'envoyer l'ensemble des documents pour la signature du contrat ? Merci, Anne" },
  { family: "a French insurance contract's address changed on moving (l'adresse de mon contrat d'assurance)", body: "Bonjour, je déménage en juin. Merci de modifier l'adresse de mon contrat d'assurance auto : nouvelle adresse 3 rue des Lilas, 35000 Rennes." },
  { family: 'a French car registration address updated (l\'adresse sur la carte grise)', body: "Bonjour, merci de mettre à jour l'adresse sur la carte grise : nouvelle adresse 5 rue Haute, 21000 Dijon." },
  { family: 'a French contract updated to the new address (mettre à jour le contrat ... à cette adresse)', body: 'Bonjour, nous avons déménagé. Pouvez-vous mettre à jour le contrat et nous envoyer les nouvelles attestations à cette adresse ? Merci' },
  { family: "a French paid option cancelled (me désabonner de l'option antivirus)", body: "Bonjour, je souhaite me désabonner de l'option antivirus à partir du mois prochain. Cordialement, Luc" },
  { family: 'a French content-marketing mail (notre guide, téléchargez-le gratuitement)', body: "Nouveau : notre guide pour répondre à une demande d'effacement en moins de 30 jours. Téléchargez-le gratuitement." },
  {
    family: "a German office asking to change a former colleague's old number in the phone menu",
    body: 'In der Warteschleife wird noch die alte Handynummer von Frau Berger angesagt. Sie arbeitet seit Januar nicht mehr bei uns. Bitte ändern Sie die Ansage auf die Zentrale 030-5566778.',
  },
  {
    family: 'a German contract end deleting data under the processing agreement',
    body: 'Nach Vertragsende löschen Sie bitte alle personenbezogenen Daten gemäß § 10 des Auftragsverarbeitungsvertrags und bestätigen uns die Löschung.',
  },
  { family: 'German phishing: confirm to prevent the deletion', body: 'Um die Löschung aller Ihrer Daten zu verhindern, bestätigen Sie bitte Ihr Passwort.' },
  {
    family: 'German phishing: deleted within hours unless confirmed',
    body: 'Wegen ungewöhnlicher Anmeldungen wird Ihr Konto mit allen Daten binnen 12 Stunden entfernt und gelöscht, wenn Sie Ihr Passwort nicht bestätigen.',
  },
  { family: "a German mailing's own opt-out (antworten mit Abmelden)", body: 'Wer keine Einladungen mehr möchte, antwortet bitte mit „Abmelden“.' },
  { family: 'a German mail forwarding rule to delete', body: 'Bitte die Weiterleitung vom Postfach kasse@beispiel-baeckerei.de auf meine private Adresse löschen.' },
  { family: "a German departed employee's user deleted in the directory", body: 'Hallo,\n\nFrau Lenz hat gekündigt. Bitte löschen Sie ihren Benutzer und ihre E-Mails im Active Directory.\n\nGruß\nPeter Falk' },
  { family: 'German wrong data in a product catalogue (Unrichtige Daten)', body: 'Unrichtige Daten in Ihrem Katalog\n\nIn Ihrem Online-Katalog steht beim Artikel 4711 noch der alte Preis.' },
  { family: 'a German list of the rights a webinar covers', body: 'Unser Webinar behandelt alle Betroffenenrechte: Auskunft, Berichtigung, Löschung und Widerspruch.' },
  { family: 'a German mailing footer (Newsletter abbestellen | Datenschutzhinweise)', body: 'Die neue Firmware für Ihre Kamera steht zum Download bereit.\n\nNewsletter abbestellen | Datenschutzhinweise | Impressum' },
  { family: 'a German applicant consenting to the usual deletion', body: 'Ich bin damit einverstanden, dass meine Bewerbungsunterlagen nach Ende des Verfahrens gelöscht werden.' },
  { family: 'a German suspicious mail the sender deleted', body: 'Heute kam eine seltsame Mail mit Link zu einem angeblichen Paket. Ich habe die Mail gelöscht.' },
  { family: 'a German applicant asking erasure only if not hired (falls es nicht zu einer Zusage kommt)', body: 'Anbei mein Lebenslauf für die Stelle als Lagerist. Nach dem Verfahren bitte ich um Löschung, falls es nicht zu einer Zusage kommt.' },
  { family: "a German advice question on an applicant's access request (wenn eine Bewerberin)", body: 'Kurze Frage: Wenn eine Bewerberin bei uns Auskunft nach Art. 15 verlangt, ab wann läuft die Monatsfrist?' },
  { family: "German trainees' user accounts to delete (Benutzerkonten löschen)", body: 'Hallo, bitte löschen Sie die Benutzerkonten der beiden Praktikanten, die Lizenzen sollen wieder frei werden. Danke, Eva' },
  {
    family: 'a German applicant consenting to the papers being kept (damit einverstanden, dass Sie meine Unterlagen speichern)',
    body: 'Sehr geehrte Damen und Herren, anbei meine Bewerbung als Bürokauffrau. Ich bin damit einverstanden, dass Sie meine Unterlagen auch für andere Stellen ein Jahr lang speichern. Freundliche Grüße, Lea Brandt',
  },
  {
    family: 'a German customer telling what our notice said (Ihre Mitteilung bekommen, dass ...)',
    body: 'Guten Tag, ich habe Ihre Mitteilung bekommen, dass bei Ihrem Versanddienstleister Kundendaten abhandengekommen sind. Muss ich jetzt etwas tun? Gruß, Otto Kern',
  },
  { family: 'a German firm that notified the authority itself (wir haben die Aufsichtsbehörde informiert)', body: 'Sehr geehrte Kundin, sehr geehrter Kunde, wir haben den Fehler behoben und die zuständige Aufsichtsbehörde fristgerecht informiert. Ihr Serviceteam' },
  {
    family: "a German prospect asking how long the firm keeps things (Wie lange speichern Sie ...?)",
    body: 'Guten Tag, wir überlegen, unsere Buchhaltung zu Ihnen zu verlagern. Wie lange speichern Sie Sicherungskopien nach Vertragsende, und wo stehen die Server? Gruß, Ute Brand',
  },
  {
    family: "German facts asked for the customer's own privacy notice (für unsere Datenschutzerklärung)",
    body: 'Hallo, für unsere Datenschutzerklärung muss ich wissen, wie lange die Zugriffsprotokolle auf dem Server gespeichert werden. Könnten Sie mir das sagen? Danke, Jens',
  },
  {
    family: "German staff telling a customer's objection is done (der Widerspruch von Herrn A. ist umgesetzt)",
    body: 'Hallo Nina, kurz zur Info: Der Widerspruch von Herrn Albers gegen die Newsletter-Auswertung ist umgesetzt, ich habe das Tracking für seinen Kontakt abgeschaltet. Gruß, Till',
  },
  { family: 'a German machine-readable invoice (Rechnungen in einem maschinenlesbaren Format)', body: 'Guten Tag, bitte senden Sie uns die Rechnungen künftig in einem maschinenlesbaren Format. Danke, Buchhaltung Brück GmbH' },
  { family: 'German event photos taken out of the intranet (die Fotos vom Sommerfest entfernen)', body: 'Hallo, bitte entfernen Sie die Fotos vom Sommerfest aus dem Intranet, die Galerie wird neu aufgebaut. Gruß, Sven' },
  { family: 'a German child deregistered from a sports course (Abmeldung Sportkurs)', body: 'Abmeldung Sportkurs\n\nUnser Sohn muss sich leider vom Sportkurs am Dienstag abmelden, er hat sich den Arm gebrochen.' },
  { family: 'a French child deregistered from a holiday club (désinscrire notre fils)', body: 'Bonjour, je voudrais désinscrire notre fils Tom (CM2) du centre aéré pour les vacances de février. Merci, Claire Morel' },
  {
    family: 'a French digest of data protection news (Actualités RGPD, Lire la suite)',
    body: "Actualités RGPD – avril\n\nDroit d'accès : la Cour précise ce que couvre la copie.\nDroit à l'effacement : une amende pour un hôtel qui gardait les passeports.\n\nLire la suite sur notre site.",
  },
  {
    family: 'French figures about complaints in a report (le nombre de réclamations a augmenté)',
    body: "Rapport d'activité 2026\n\nLe nombre de réclamations reçues a augmenté de 8 %, surtout pour le droit d'opposition au démarchage téléphonique.",
  },
  { family: 'a French chaser about a quote (des nouvelles de ma demande de devis)', body: 'Des nouvelles de ma demande de devis ? Merci, Alain\n\n> Bonjour, pourriez-vous nous faire un devis pour deux postes de travail ?' },
  { family: 'a German ultimatum about a parcel (bis Freitag keine Auskunft zur Sendung)', body: 'Hallo, wenn ich bis Freitag keine Auskunft zu meiner Sendung bekomme, storniere ich die Bestellung. Gruß, Ben' },
  {
    family: 'a German guide walking the reader through requests (Wir zeigen, wie Sie ..., Schritt für Schritt)',
    body: 'Datenschutz kompakt\n\nAuskunftsersuchen ohne Stress: Wir zeigen, wie Sie die Monatsfrist berechnen und welche Angaben in die Auskunft gehören.\n\nLöschkonzept – Schritt für Schritt erklärt.',
  },
  {
    family: 'a German Widerspruch against a fine notice (Bußgeldbescheid)',
    body: 'Widerspruch gegen den Bußgeldbescheid vom 3. März\n\nGegen diesen Bußgeldbescheid lege ich hiermit Widerspruch ein, ich war zu der Zeit im Urlaub.',
  },
  {
    family: 'a French planning sent to all staff and received (envoyé à tous les salariés, les salariés l\'ont reçu)',
    body: "Bonjour,\n\nLe planning de juin a été envoyé à tous les salariés hier soir et les salariés l'ont reçu sans souci.\n\nBonne journée,\nNadia",
  },
  {
    family: 'a French leaver\'s mailbox deleted after its content is moved to a colleague (transféré son contenu vers la mienne)',
    body: 'Bonjour,\n\nNotre stagiaire part vendredi. Pouvez-vous supprimer sa boîte mail après avoir transféré son contenu vers la mienne ?\n\nMerci,\nLéa',
  },
  {
    family: 'French invoices no longer wanted by post (je ne veux plus les recevoir par courrier)',
    body: 'Bonjour, je reçois mes factures en double, je ne veux plus les recevoir par courrier, seulement par e-mail. Merci',
  },
  {
    family: 'French firewall entries and old disks wiped (procéder à l\'effacement des anciens journaux du pare-feu)',
    body: 'Bonjour, merci de procéder à l\'effacement des anciens journaux du pare-feu et à l\'effacement sécurisé des disques des deux postes remplacés.',
  },
  {
    family: 'a French technician who opened a shared folder to fix a printer, thanked',
    body: 'Bonjour, votre technicien a ouvert mon dossier partagé pour réparer l\'imprimante, tout marche, merci !',
  },
  { family: 'a French quote asked for another configuration (le devis d\'une autre configuration)', body: 'Bonjour, pouvez-vous m\'envoyer le devis d\'une autre configuration, avec deux écrans ? Merci' },
];

describe('classifyEmail: German and French phrasing families', () => {
  for (const { family, rights, bodies } of FAMILIES) {
    it.each(bodies)(`${family}: %s`, (body) => {
      const result = classifyEmail({ subject: '', body });
      expect(result.isPrivacyRequest).toBe(true);
      expect([...result.rights].sort()).toEqual([...rights].sort());
    });
  }

  it.each(NOT_REQUESTS)('not a request: $family', ({ body }) => {
    const result = classifyEmail({ subject: '', body });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.rights).toEqual([]);
  });

  // IT deletions are read and set aside, so the rules' "no" is a doubted one that the models leave alone.
  it.each([
    'Hallo Team, bitte die Weiterleitung von buero@beispiel-tischlerei.de an mein privates Postfach löschen, ich bin wieder im Büro. Gruß Timo',
    'Hallo, bitte löschen Sie die Benutzerkonten der beiden Praktikanten, die Lizenzen sollen wieder frei werden. Danke, Eva',
  ])('a German IT deletion is a doubted no: %s', (body) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });

  // Bills, statements, tax certificates sent again, a rights list told to the reader, an advert, test data deleted, a phishing
  // threat, mail rerouted, someone's erasure supposed in an advice question and news read about a leak are read and set aside.
  it.each([
    'Guten Tag, für meinen Kreditantrag brauche ich Kopien der Kontoauszüge von Oktober bis Dezember. Können Sie mir die bitte zuschicken? Danke, Jana Roth',
    'Hallo, könnten Sie mir die Rechnung vom März noch einmal als PDF senden? Im Portal finde ich sie nicht. Gruß, Olaf',
    'Wussten Sie, dass Ihre Adresse bei Dutzenden Datenhändlern liegt? Unser Dienst verschickt für Sie Löschanträge nach Art. 17 DSGVO. Jetzt 14 Tage kostenlos testen.',
    'Ratgeber Auskunft: Was Sie verlangen können: eine Kopie Ihrer Daten, die Zwecke und die Empfänger.',
    'Hallo, vor dem Start bitte die Testdaten im Shop löschen, also alle Testbestellungen und Testkonten. Danke, Mira',
    'Ihr Konto hat das Limit erreicht, alle Daten werden in 24 Stunden gelöscht. Klicken Sie hier, um Ihre Daten zu behalten.',
    'Die Umleitung brauch ich nicht mehr, die Mails landen jetzt direkt im Teampostfach.',
    'Hallo, wir bewahren Bewerbungen zwei Jahre auf. Was tun wir, wenn ein Bewerber die Löschung seiner Daten verlangt? Können Sie uns dazu beraten? Gruß, Nina',
    'Guten Tag, ich habe in der Zeitung gelesen, dass bei einem Onlinehändler Daten geleakt wurden. Betrifft das auch Sie?',
  ])('a German routine or IT mail is a doubted no: %s', (body) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });

  // Signing up again for a list, a colleague's login blocked with the mailbox kept, and a guide telling the reader
  // where to complain ask nothing.
  it.each([
    'Hallo, ich habe mich letzte Woche aus Versehen abgemeldet. Meine Adresse ist die alte geblieben. Könnten Sie mich wieder eintragen? Danke, Carla',
    'Hallo, Herr Berger ist seit heute nicht mehr bei uns. Bitte den Zugang sofort sperren, das Postfach nicht löschen, nur sperren. Danke, Büro',
    'Entwurf für unser Merkblatt: Wenn wir nicht antworten, können Sie sich bei der zuständigen Aufsichtsbehörde beschweren.',
  ])('a German sign-up, login block or guide asks nothing: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  // A business customer asking where its data are hosted is read and set aside: a doubted no the models leave alone.
  it.each([
    'Hallo, für unser Verzeichnis der Verarbeitungstätigkeiten: Wo werden unsere Kundendaten bei Ihnen gespeichert?',
    'Guten Tag, in welchem Rechenzentrum laufen die Server, auf denen Sie unsere Buchhaltung betreiben?',
    'Liebe Kundin, lieber Kunde, in den neuen Hinweisen lesen Sie, wie Sie Auskunft oder die Berichtigung Ihrer Daten verlangen können.',
  ])('a German hosting question or rights notice is a doubted no: %s', (body) => {
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });

  // Guidance from the regulators forwarded to colleagues is privacy in general, while a request citing it still asks.
  it('a German regulator guidance forwarded asks nothing, a request citing it does', () => {
    const forwarded = 'Hallo Team, die Datenschutzkonferenz hat eine Orientierungshilfe zum Auskunftsrecht nach Art. 15 DSGVO herausgegeben. Bitte bis Freitag lesen. Gruß, Jana';
    expect(classifyEmail({ subject: 'WG: Neue Orientierungshilfe', body: forwarded }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
    const request = 'Gemäß der Orientierungshilfe der Datenschutzkonferenz bitte ich um Auskunft nach Art. 15 DSGVO über alle Daten, die Sie über mich speichern.';
    expect(classifyEmail({ subject: 'Auskunft', body: request }, { rulesAlone: true }).rights).toEqual(['access']);
  });

  // Their look-alikes still ask.
  it.each([
    ['Bitte tragen Sie mich aus Ihrem Newsletter aus und löschen Sie meine Adresse.', 'unsubscribe'],
    ['Sie haben meine Auskunft nach Art. 15 DSGVO seit zwei Monaten nicht beantwortet. Ich beschwere mich hiermit bei der Aufsichtsbehörde.', 'complaint'],
    ['Bitte meine Daten nicht löschen, sondern sperren, bis der Rechtsstreit beendet ist.', 'restriction'],
    ['Bitte tragen Sie meine neue Adresse ein: Lindenweg 4, 50667 Köln.', 'rectification'],
  ] as const)('a German request beside them still asks: %s', (body, right) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain(right);
  });

  // French thirteenth pass: an account the sender already deleted himself, a leaver's or the firm's mailboxes exported for
  // the firm, and a customer who answers a request himself and asks only advice ask nothing.
  it.each([
    ['', "Bonjour, j'ai déjà supprimé mon compte moi-même depuis l'application, merci. Le ticket peut être clos."],
    ['', "Bonjour, Mme Roux part en mars. Pouvez-vous exporter sa boîte mail en PST et la ranger sur le serveur de l'agence ? Merci, Paul"],
    ['', 'Bonjour, pouvez-vous exporter sa boîte mail au format PST et la mettre à disposition de sa remplaçante ? Merci, Paul'],
    ['', "Bonjour, pouvez-vous exporter les boîtes mail de l'entreprise au format PST et les transmettre à notre nouveau prestataire ? Merci, Inès"],
    [
      "Demande d'accès d'un patient",
      'Bonjour, un patient nous a écrit. Juste une question : le délai court-il depuis la réception ? Nous répondrons nous-mêmes, merci pour vos conseils. Hélène',
    ],
    [
      'Sanction pour prospection',
      "Communiqué. La formation restreinte de l'autorité a prononcé une amende de 90 000 euros à l'encontre d'une agence de voyages qui ignorait les demandes d'effacement et continuait sa prospection auprès de clients s'y étant opposés. L'autorité rappelle que toute personne peut s'opposer à la prospection.",
    ],
    [
      'Atelier en ligne : les droits des personnes',
      "Bonjour, droit d'accès, droit à l'effacement, réclamation auprès de l'autorité : êtes-vous prêts ? Rejoignez notre webinaire du 3 juin, places limitées.",
    ],
    [
      'Confirmation : votre demande de suppression de compte',
      "Bonjour, nous confirmons que votre compte de démonstration a été supprimé. Cette action est irréversible. Si vous n'êtes pas à l'origine de cette demande, écrivez à notre support.",
    ],
  ] as const)('a French mail done or handled by the sender, news of a sanction, an invitation or a notice asks nothing: %s %s', (subject, body) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  // Their look-alikes still ask.
  it.each([
    ["Je n'arrive pas à supprimer mon compte moi-même : merci de supprimer mon compte et toutes mes données.", 'erasure'],
    ["Bonjour, merci d'exporter mes données au format CSV et de me les envoyer. Cordialement", 'portability'],
    ["Bonjour, je souhaite exercer mon droit d'accès. Juste une question : combien de temps faut-il ? Merci de me communiquer mes données personnelles.", 'access'],
    ["La CNIL a déjà sanctionné d'autres entreprises pour cela. Je vous demande d'effacer mes données sans délai.", 'erasure'],
    ["Je porte plainte auprès de la CNIL à l'encontre d'une de vos agences qui m'appelle sans cesse pour de la prospection.", 'complaint'],
    ["Je vous ai envoyé ma demande d'accès il y a deux mois. Êtes-vous prêts à me répondre ? Sinon je saisirai la CNIL.", 'complaint'],
    ["Bonjour, je n'ai pas créé ce compte, je ne suis pas à l'origine de cette inscription. Merci de supprimer mon compte et toutes mes données.", 'erasure'],
  ] as const)('a French request beside them still asks: %s', (body, right) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain(right);
  });

  // German and French fourteenth passes: advertising refused without "mehr" or as "weder ... noch", a prohibition of
  // "werbliche" contact, objecting to "Werbeanrufen"; a photo the sender is seen on taken down; nothing about the sender kept.
  it.each([
    ['Ich wünsche keinerlei Werbung von Ihnen, egal ob per Brief oder per Telefon.', 'unsubscribe'],
    ['Guten Tag, ich möchte weder Werbeanrufe noch Newsletter von Ihrer Firma. Danke.', 'unsubscribe'],
    ['Hiermit untersage ich Ihnen jede werbliche Ansprache per Telefon.', 'unsubscribe'],
    ['Ich widerspreche allen künftigen Werbeanrufen Ihres Callcenters.', 'unsubscribe'],
    ["Sur votre page Facebook il y a une photo du salon où l'on me reconnaît très bien. Merci d'enlever cette photo.", 'erasure'],
    ["Je quitte votre club à la fin de l'année. Merci de ne rien conserver me concernant après mon départ.", 'erasure'],
  ] as const)('a German or French request in plain words: %s', (body, right) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain(right);
  });

  // A price asked as "Auskunft", and a reply acknowledging the reader's erasure request above its quote, ask nothing.
  it('German "Auskunft" about a price, and an acknowledged request with its quote, are no request', () => {
    const price = 'Hallo, könnten Sie uns Auskunft geben, welche Lizenz für zehn Nutzer im Jahr kostet? Gruß Ben';
    expect(classifyEmail({ subject: 'Auskunft', body: price }).isPrivacyRequest).toBe(false);
    const acknowledged = [
      'Guten Tag Frau Roth,',
      '',
      'Ihre Anfrage zur Löschung Ihrer Kundendaten haben wir an unseren Datenschutzbeauftragten weitergeleitet. Sie hören binnen eines Monats von uns.',
      '',
      'Freundliche Grüße',
      'Kundenservice',
      '',
      '-----Ursprüngliche Nachricht-----',
      'Von: Eva Roth',
      'Betreff: Meine Daten',
      '',
      'Guten Tag, senden Sie mir bitte alles, was Sie über mich gespeichert haben, und löschen Sie danach alles.',
    ].join('\n');
    expect(classifyEmail({ subject: 'AW: Meine Daten', body: acknowledged }).isPrivacyRequest).toBe(false);
  });

  // German and French fourteenth passes, second batch: a letter on data protection and a regulator's guidance told, a webinar
  // teaser supposing the case, and a suspect mail forwarded to ask whether it is real ask nothing.
  it.each([
    [
      'Notre lettre RGPD du printemps',
      "Bonjour, au programme de la lettre RGPD : l'autorité rappelle que toute réponse doit contenir une copie des données traitées. Droit à l'effacement : nos conseils. Lire la lettre en ligne.",
    ],
    [
      'Einladung: Datenschutz am Mittag',
      'Guten Tag, wie gehen Sie mit einem Auskunftsersuchen um? Und was tun bei einer Beschwerde bei der Landesbeauftragten? Unser kostenloses Webinar am Dienstag gibt Antworten. Jetzt anmelden.',
    ],
    [
      'WG: Achtung Datenleck',
      'Hallo, diese Nachricht kam heute angeblich von meiner Bank, es geht um ein Datenleck. Ist das echt? Ich habe nichts angeklickt. Gruß Tom',
    ],
  ] as const)('a German or French letter, invitation or suspect mail asks nothing: %s', (subject, body) => {
    expect(classifyEmail({ subject, body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  // Their look-alikes still ask.
  it.each([
    ["La CNIL rappelle que je peux obtenir mes données. Je vous demande donc une copie de toutes mes données personnelles.", 'access'],
    ['Ist das echt? Ihre Rechnung an mich enthielt die Rechnung eines anderen Kunden mit dessen Adresse.', 'breach_report'],
    ['Was tun Sie eigentlich mit meinen Daten? Bitte löschen Sie alle meine Daten.', 'erasure'],
  ] as const)('a German or French request beside a guidance, a doubt or a question still asks: %s', (body, right) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain(right);
  });

  // German and French fourteenth passes, third batch: an entry's accuracy contested beside the correction asked, and a detail
  // erased "komplett" beside a newsletter left.
  it.each([
    ["Je conteste l'exactitude de cette note sur mon dossier et je vous demande de la corriger sans attendre.", 'rectification'],
    ['Je conteste cette mention dans votre fichier. Merci de la rectifier au plus vite.', 'rectification'],
    ['Ich bestreite die Richtigkeit dieses Vermerks. Ich verlange deren Berichtigung.', 'rectification'],
    ['bitte den newsletter abbestellen und meine telefonnummer vollständig löschen.', 'erasure'],
  ] as const)('a German or French correction or erasure in plain words: %s', (body, right) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain(right);
  });

  // A contested invoice corrected, or a bare "merci de la corriger", is no rectification.
  it.each([
    'Je conteste cette facture du mois de mars. Merci de la corriger.',
    'Bonjour, la date de livraison est fausse sur le bon. Merci de la corriger.',
  ])('a French invoice or delivery note corrected asks no rectification: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).not.toContain('rectification');
  });

  // German and French fourteenth passes, fourth batch: the Swiss and Austrian "Auskunftsbegehren" names an access request, and
  // a French delivery failure is an automatic reply, whatever list header it quotes.
  it('a Swiss "Auskunftsbegehren" passed on to us is access', () => {
    const body = 'Hallo Team, ein Kunde hat ein Auskunftsbegehren gestellt. Könnt ihr uns helfen, die Daten zusammenzustellen? Gruss Urs';
    expect(classifyEmail({ subject: 'Auskunftsbegehren eines Kunden', body }, { rulesAlone: true }).rights).toContain('access');
  });

  it('a French delivery failure quoting a newsletter header asks nothing', () => {
    const body = [
      "Votre message n'a pas pu être remis aux destinataires suivants :",
      'a.martin@exemple.fr',
      '',
      'Merci de me désinscrire de votre newsletter.',
    ].join('\n');
    expect(classifyEmail({ subject: 'Les nouvelles de juin', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  // German fourteenth pass, fifth batch: invoices no longer on paper but by e-mail change a contract's channel; advertising
  // refused beside them still unsubscribes.
  it('German invoices moved from post to e-mail ask nothing, advertising refused beside them does', () => {
    const invoices = 'Guten Tag, schicken Sie mir bitte keine Rechnungen mehr per Post, sondern nur noch als PDF per Mail. Gruß Eva';
    expect(classifyEmail({ subject: 'Rechnungsversand', body: invoices }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
    const both = 'Schicken Sie mir bitte keine Rechnungen mehr per Post und auch keine Werbung mehr.';
    expect(classifyEmail({ subject: '', body: both }, { rulesAlone: true }).rights).toContain('unsubscribe');
  });

  // German and French fifteenth passes, first batch: data held while a dispute is settled, in plain words, is restriction;
  // "je vous demande de tout supprimer", in a mail about what the firm sends or holds, is erasure.
  it.each([
    "Tant que la vérification de ma facture est en cours, je ne veux pas que mes données soient transmises à votre sous-traitant.",
    "Merci de corriger mon prénom et, tant que nous n'avons pas vérifié ensemble, de geler mon dossier.",
    'Solange der Streit nicht beigelegt ist: bis das geklärt ist, mit meinen Daten bitte nichts weiter machen, nichts löschen, nichts weitergeben.',
  ])('a German or French hold while a dispute runs is restriction: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('restriction');
  });

  it('French "je vous demande de tout supprimer" is erasure, "merci de tout supprimer" on a PC is not', () => {
    const asked = "Vous m'envoyez vos invitations depuis un an. Je vous demande de tout supprimer.";
    expect(classifyEmail({ subject: '', body: asked }, { rulesAlone: true }).rights).toContain('erasure');
    const pc = "Le vieux PC de l'accueil part au recyclage, merci de tout supprimer avant.";
    expect(classifyEmail({ subject: '', body: pc }, { rulesAlone: true }).rights).not.toContain('erasure');
  });

  // German fifteenth pass, second batch: a detail told as "nicht mehr X, sondern Y", or held "von mir", then to be changed, is rectification.
  it.each([
    'Ich habe Ihnen am 4. Mai und am 9. Juni mitgeteilt, dass meine Adresse nicht mehr Gartenweg 3 ist, sondern Bahnhofstraße 12. Ihre Briefe gehen weiter an die alte Adresse. Ich beschwere mich hiermit über Ihren Umgang mit meinen Daten. Ändern Sie bitte die Adresse.',
    'hallo, die anschrift die sie von mir haben stimmt nich mehr. wohne jetzt in Kleve, Gartenweg 3. bitte ändern',
  ])('a German detail changed in plain words is rectification: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('rectification');
  });

  it.each(['Die Adresse, die Sie von mir haben, ist die der Firma.', 'Ich bin nicht mehr bei der Firma, sondern selbständig.'])(
    'a German detail named without a change asks no rectification: %s',
    (body) => {
      expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).not.toContain('rectification');
    },
  );

  // German fifteenth pass, third batch, French second: details named before, to vanish from the firm's systems, are erased;
  // a firm's own records erased at a contract's end are contract work.
  it.each([
    'Ich höre Ende des Monats bei der Firma auf. Bei Ihnen stehen noch meine private Handynummer und meine Adresse. Sorgen Sie bitte dafür, dass diese Angaben dann aus Ihren Systemen verschwinden.',
    'Mes coordonnées personnelles figurent encore chez vous. Je veux que ces informations disparaissent de vos systèmes.',
  ])('German or French details to vanish from the systems are erasure: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('erasure');
  });

  it("a German firm's own records erased at a contract's end ask no erasure", () => {
    const body = 'Unser Vertrag endet im Juli. Übergeben Sie bitte alle SharePoint-Daten an die neue IT-Firma und bestätigen Sie danach schriftlich die Löschung unserer Firmendaten.';
    expect(classifyEmail({ subject: 'Vertragsende', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  // French fifteenth pass, third batch: "un format que je pourrai réutiliser" is Art. 20's reusable format, told with the verb.
  it.each([
    'Je voudrais recevoir mes données personnelles dans un format que je pourrai réutiliser ailleurs.',
    "Elle nous demande ses propres données dans un format qu'elle pourra réutiliser ailleurs. Elle invoque ses droits.",
  ])('French data asked in a format to reuse is portability: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('portability');
  });

  // German fifteenth pass, fourth batch: the Austrian and Swiss VAT number changed is the firm's own detail, a mobile number is not.
  it.each([
    'Unsere UID-Nummer hat sich geändert: ATU99887766. Bitte auf den nächsten Rechnungen verwenden.',
    'Neue MWST-Nummer: CHE-123.456.789 MWST. Bitte ab sofort so übernehmen.',
  ])('an Austrian or Swiss VAT number changed asks no rectification: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).not.toContain('rectification');
  });

  it('a German mobile number changed is still rectification', () => {
    const body = 'Meine Handynummer hat sich geändert: 0664 1234567. Bitte ab sofort verwenden.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('rectification');
  });

  // German and French sixteenth passes, first batch: the sender's own record erased from a system beside a newsletter left,
  // and the German plural of the mailing lists one is struck from.
  it.each([
    'Bitte entfernen Sie meinen Eintrag aus Ihrer Datenbank und melden Sie mich vom Newsletter ab.',
    "Merci d'effacer mon contact de votre base et de ne plus m'envoyer la lettre d'information.",
  ])('my own record erased from a system beside a mailing left is erasure and unsubscribe: %s', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['erasure', 'unsubscribe']);
  });

  it('German "streicht mich aus euren Mailinglisten" is unsubscribe', () => {
    const body = 'Bitte streicht mich aus euren Mailinglisten, ich bin seit Mai im Ruhestand.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  // German sixteenth pass, second batch: restriction with the verb last, and an allegation told in the subjunctive.
  it('German "dass die Verarbeitung ... eingeschränkt wird" is restriction', () => {
    const body = 'Ich verlange, dass die Verarbeitung meiner Kontodaten sofort eingeschränkt wird.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['restriction']);
  });

  it('an allegation about the sender in the subjunctive reports no leak, the same in the indicative by the firm does', () => {
    const alleged = 'In Ihrem Protokoll steht, ich hätte Kundendaten an eine andere Firma weitergegeben. Das stimmt nicht, bitte korrigieren Sie diesen Eintrag.';
    expect(classifyEmail({ subject: '', body: alleged }, { rulesAlone: true }).rights).not.toContain('breach_report');
    const reported = 'Sie haben meine Kundendaten an eine andere Firma weitergegeben, ohne mich zu fragen.';
    expect(classifyEmail({ subject: '', body: reported }, { rulesAlone: true }).rights).toContain('breach_report');
  });

  // German sixteenth pass, third batch: the Austrian "ersuchen" recalled is background to a complaint; asked now, it is the request.
  it('German "habe ich Sie um Löschung ersucht" in a complaint is background, "ich ersuche Sie um Löschung" is erasure', () => {
    const recalled = 'Im Jänner habe ich Sie um Löschung meiner Daten ersucht. Trotzdem kommen weiter Mails. Ich beschwere mich hiermit förmlich über Ihren Umgang mit meinen Daten.';
    expect(classifyEmail({ subject: '', body: recalled }, { rulesAlone: true }).rights).toEqual(['complaint']);
    expect(classifyEmail({ subject: '', body: 'Ich ersuche Sie um Löschung meiner Daten.' }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  // German sixteenth pass, fourth batch: a photo showing the sender, then taken down with a pronoun; the pronoun alone takes down nothing personal.
  it('German "ein Bild von mir zu sehen ... Nehmen Sie das bitte offline" is erasure, the test page taken offline is not', () => {
    const photo = 'Auf der Vereinsseite ist ein Bild von mir zu sehen, das beim Sommerfest entstand. Nehmen Sie das bitte offline.';
    expect(classifyEmail({ subject: '', body: photo }, { rulesAlone: true }).rights).toEqual(['erasure']);
    const testPage = 'Die Testseite ist noch öffentlich erreichbar. Nehmen Sie das bitte offline.';
    expect(classifyEmail({ subject: '', body: testPage }, { rulesAlone: true }).rights).toEqual([]);
  });

  // German sixteenth pass, fifth batch: the handling complained of, told with the verb.
  it('German "beschwere mich darüber, wie Ihr Callcenter mit meinen Daten umgegangen ist" is a complaint', () => {
    const body = 'Ich beschwere mich ausdrücklich darüber, wie Ihr Callcenter mit meinen Daten umgegangen ist.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['complaint']);
  });

  // French sixteenth pass, second batch: a firm's formal acknowledgement of the reader's request asks nothing; a sender asking for one still asks.
  it('French "nous accusons réception de votre demande d\'effacement" asks nothing, "merci d\'en accuser réception" after a request does', () => {
    const acknowledged = "Nous accusons réception de votre demande d'effacement et vous répondrons sous un mois.";
    expect(classifyEmail({ subject: '', body: acknowledged }, { rulesAlone: true }).rights).toEqual([]);
    const asked = "Je vous demande d'effacer toutes mes données personnelles. Merci d'en accuser réception.";
    expect(classifyEmail({ subject: '', body: asked }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });
});

describe('classifyEmail: French finder deletion and identity copies', () => {
  const rulesAlone = (body: string) => classifyEmail({ subject: '', body }, { rulesAlone: true });

  it("'je l'ai supprimée' by the finder of someone else's details asks no erasure", () => {
    const body = "Bonjour,\n\nCette quittance n'est pas pour nous. Elle indique l'adresse privée et le numéro de portable d'un voisin. Je l'ai supprimée, mais je préférais vous prévenir.\n\nPaul";
    expect(rulesAlone(body).rights).not.toContain('erasure');
  });

  it("'j'ai détruit le document' by the finder asks no erasure", () => {
    const body = "Bonjour,\n\nLe courrier reçu hier portait le nom et l'adresse privée d'une autre locataire. J'ai détruit le document, mais je préférais vous le dire.\n\nMarc";
    expect(rulesAlone(body).rights).not.toContain('erasure');
  });

  it('the sender deleting his own account still asks the erasure of his data', () => {
    expect(rulesAlone("Bonjour,\n\nJ'ai supprimé mon compte hier, merci de supprimer aussi toutes mes données.\n\nMarc").rights).toContain('erasure');
  });

  it("a photocopy of my passport is the detail a short follow-up asks to delete", () => {
    const body = 'Bonjour,\n\nGardez-vous encore la photocopie de mon passeport envoyée pour le bail ? Si oui, merci de la supprimer.\n\nAnne';
    expect(rulesAlone(body).rights).toEqual(['erasure']);
  });
});
