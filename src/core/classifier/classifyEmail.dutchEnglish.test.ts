import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * Dutch and English requests written for these tests in styles customers use: curt replies, questions,
 * implied requests, requests for someone else, long formal letters, Flemish and non-native phrasing,
 * SMS spelling. Each row names the rights a person reading the mail would name.
 */
const REQUESTS: readonly { rights: readonly RightLabel[]; body: string }[] = [
  // access, Dutch
  { rights: ['access'], body: 'Wat weten jullie eigenlijk allemaal van mij?' },
  { rights: ['access'], body: 'Graag ontvang ik een overzicht van de persoonsgegevens die u over mij verwerkt.' },
  { rights: ['access'], body: 'Ik wil mijn dossier inzien.' },
  { rights: ['access'], body: 'Mag ik weten welke info jullie over mij hebben opgeslagen?' },
  { rights: ['access'], body: 'Kan ik een kopie krijgen van alles wat jullie over mij bijhouden?' },
  { rights: ['access'], body: 'Namens mijn moeder vraag ik inzage in haar gegevens, zij heeft mij daarvoor gemachtigd.' },
  { rights: ['access'], body: 'Hierbij doe ik een beroep op artikel 15 AVG.' },
  { rights: ['access'], body: 'Welke gegevens hebben jullie van me? Thx' },
  { rights: ['access'], body: 'Ik zou graag willen weten welke persoonsgegevens er van mij bij u geregistreerd staan en met wie u die deelt.' },
  { rights: ['access'], body: 'wat hebben jullie allemaal over mij opgeslagen??' },
  // access, English
  { rights: ['access'], body: 'What personal information do you hold on me?' },
  { rights: ['access'], body: 'Please send me everything you have on file about me.' },
  { rights: ['access'], body: 'I am writing to make a subject access request under the UK GDPR.' },
  { rights: ['access'], body: 'Can I get a copy of my data?' },
  { rights: ['access'], body: 'I would like to know what data your company has collected about me and who it was shared with.' },
  { rights: ['access'], body: 'On behalf of my client, Mr Jones, I request copies of all personal data you hold relating to him. His signed authority is attached.' },
  { rights: ['access'], body: 'pls send me a copy of my personal data' },
  { rights: ['access'], body: 'Kindly provide me with all the informations you are keeping about my person.' },
  { rights: ['access'], body: 'I want to see the data you have about me.' },
  { rights: ['access'], body: 'Do you store any personal data about me? If so, please provide a copy.' },
  // erasure, Dutch
  { rights: ['erasure'], body: 'Verwijder al mijn gegevens alstublieft.' },
  { rights: ['erasure'], body: 'Ik wil dat jullie mijn account en alle bijbehorende gegevens wissen.' },
  { rights: ['erasure'], body: 'Gelieve mijn persoonsgegevens te verwijderen uit uw bestanden.' },
  { rights: ['erasure'], body: 'Mijn gegevens mogen weg.' },
  { rights: ['erasure'], body: 'Kunnen jullie mijn cv vernietigen? De vacature is ingevuld.' },
  { rights: ['erasure'], body: 'Hierbij verzoek ik u op grond van artikel 17 AVG mijn gegevens te wissen.' },
  { rights: ['erasure'], body: 'Graag alles van mij verwijderen, ik ben geen klant meer.' },
  { rights: ['erasure'], body: 'Gooi mijn gegevens maar weg.' },
  { rights: ['erasure'], body: 'Ik stuurde gisteren mijn rijbewijs mee met de offerteaanvraag. Kunnen jullie de bijlage en de scan van mijn rijbewijs verwijderen?' },
  { rights: ['access', 'erasure'], body: 'Stuur eerst alles wat jullie over mij bewaren op, daarna mag het weg.' },
  { rights: ['erasure'], body: 'Wilt u mijn cv na afloop van de procedure verwijderen?' },
  // erasure, English
  { rights: ['erasure'], body: 'Please delete my account and all associated data.' },
  { rights: ['erasure'], body: 'I want you to erase all the data you have about me.' },
  { rights: ['erasure'], body: 'Remove my details from your systems please.' },
  { rights: ['erasure'], body: 'Kindly delete all my personal informations from your database.' },
  { rights: ['erasure'], body: 'I exercise my right to be forgotten.' },
  { rights: ['erasure'], body: 'Please wipe my data.' },
  { rights: ['erasure'], body: 'Get rid of my data please, I am no longer a customer.' },
  { rights: ['erasure'], body: 'Could you delete my personal data?' },
  // rectification, Dutch
  { rights: ['rectification'], body: 'Mijn achternaam is verkeerd gespeld, het moet De Vries zijn.' },
  { rights: ['rectification'], body: 'Mijn telefoonnummer is gewijzigd, graag aanpassen naar 06 98765432.' },
  { rights: ['rectification'], body: 'Ik ben verhuisd. Mijn nieuwe adres is Dorpsstraat 3, Utrecht.' },
  { rights: ['rectification'], body: 'Jullie hebben een verkeerde geboortedatum van mij genoteerd.' },
  { rights: ['rectification'], body: 'Kunt u mijn e-mailadres wijzigen in piet@voorbeeld.nl?' },
  // rectification, English
  { rights: ['rectification'], body: 'My surname is misspelled in your system, please correct it to Smith.' },
  { rights: ['rectification'], body: 'Please update my address to 4 High Street, Leeds.' },
  { rights: ['rectification'], body: 'You have my date of birth wrong.' },
  { rights: ['rectification'], body: 'My email address has changed, the new one is sam@example.org.' },
  { rights: ['rectification'], body: 'The phone number you have for me is incorrect.' },
  // restriction
  { rights: ['restriction'], body: 'Verwijder mijn gegevens niet, ik heb ze nodig voor een procedure, maar gebruik ze ook niet meer.' },
  { rights: ['restriction'], body: 'Zolang mijn bezwaar loopt, wil ik dat u de verwerking van mijn gegevens beperkt.' },
  { rights: ['restriction'], body: 'Please do not delete my data as I need it for a legal claim, but stop using it.' },
  { rights: ['restriction'], body: 'While you check whether my details are correct, please restrict the processing of my data.' },
  { rights: ['restriction'], body: 'I ask you to limit the use of my personal data until the dispute is resolved.' },
  // portability
  { rights: ['access', 'portability'], body: 'Graag mijn gegevens in een machineleesbaar formaat, bijvoorbeeld CSV.' },
  { rights: ['access', 'portability'], body: 'Kunnen jullie mij een export van mijn gegevens sturen in Excel?' },
  { rights: ['portability'], body: 'Please transfer my data to my new provider.' },
  { rights: ['access', 'portability'], body: 'Can you send me my data as a CSV file?' },
  { rights: ['access', 'portability'], body: 'I would like to receive my personal data in a structured, commonly used and machine-readable format.' },
  // objection
  { rights: ['objection'], body: 'Ik trek mijn toestemming in.' },
  { rights: ['objection'], body: 'Ik wil niet dat jullie mijn klikgedrag volgen.' },
  { rights: ['objection'], body: 'Ik maak bezwaar tegen profilering.' },
  { rights: ['objection'], body: 'I withdraw my consent.' },
  { rights: ['objection'], body: 'I do not want you to track my behaviour on your website anymore.' },
  { rights: ['objection'], body: 'I object to the processing of my personal data for profiling.' },
  // unsubscribe
  { rights: ['unsubscribe'], body: 'Afmelden aub' },
  { rights: ['unsubscribe'], body: 'Ik wil geen mails meer van jullie.' },
  { rights: ['unsubscribe'], body: 'Haal me van jullie mailinglijst.' },
  { rights: ['unsubscribe'], body: 'Bel me niet meer voor aanbiedingen.' },
  { rights: ['unsubscribe'], body: 'Please unsubscribe me.' },
  { rights: ['unsubscribe'], body: 'Stop sending me your newsletter.' },
  { rights: ['unsubscribe'], body: 'Remove me from your mailing list.' },
  { rights: ['unsubscribe'], body: 'I no longer wish to receive marketing emails from you.' },
  { rights: ['unsubscribe'], body: 'Please stop calling me with sales offers.' },
  // complaint
  { rights: ['complaint'], body: 'Ik heb een klacht ingediend bij de Autoriteit Persoonsgegevens.' },
  { rights: ['complaint'], body: 'Als ik niets hoor, stap ik naar de Autoriteit Persoonsgegevens.' },
  { rights: ['complaint'], body: 'Ik dien een klacht in bij de Gegevensbeschermingsautoriteit.' },
  { rights: ['complaint'], body: 'I have filed a complaint with the ICO.' },
  { rights: ['complaint'], body: 'I will be reporting you to the Information Commissioner.' },
  { rights: ['complaint'], body: 'I have lodged a complaint with the Irish Data Protection Commission.' },
  // breach
  { rights: ['breach_report'], body: 'Ik kreeg een factuur van een andere klant.' },
  { rights: ['breach_report'], body: 'Jullie nieuwsbrief ging naar iedereen in de cc, ik zie alle e-mailadressen.' },
  { rights: ['breach_report'], body: 'I received an invoice meant for another customer.' },
  { rights: ['breach_report'], body: 'Your email contained the names and addresses of other customers.' },
  { rights: ['breach_report'], body: 'I can see other people\'s tickets in your customer portal.' },
];

/** Phrasing families, each said several ways: a rule must cover the family, never one sentence. */
const FAMILIES: readonly { family: string; rights: readonly RightLabel[]; bodies: readonly string[] }[] = [
  {
    family: 'access asked as a question, verb first',
    rights: ['access'],
    bodies: [
      'Hebben jullie gegevens van mij?',
      'Bewaren jullie nog iets van mij?',
      'Verwerkt u gegevens over mij?',
      'Do you have any data on me?',
      'Are you storing any information about me?',
      'Do you hold personal data about me? If so, please provide a copy.',
    ],
  },
  {
    family: 'access to what is on file, word order free',
    rights: ['access'],
    bodies: [
      'Kan ik zien wat er over mij in jullie systeem staat?',
      'Ik was benieuwd: wat staat er eigenlijk allemaal over mij in jullie systemen?',
      'Wat is er bij jullie over mij bekend?',
      'Graag ontvang ik een afschrift van mijn klantdossier.',
    ],
  },
  {
    family: 'access to the recipients of my data, a direct question',
    rights: ['access'],
    bodies: [
      'Who exactly did you pass my details on to?',
      'Who have you shared my phone number with?',
      'Which companies did you give my email address to?',
      'Wie hebben jullie mijn gegevens allemaal gegeven?',
      'Aan welke bedrijven is mijn adres doorgegeven?',
      'Met wie hebben jullie mijn telefoonnummer gedeeld?',
    ],
  },
  {
    family: 'access in a formal letter asking whether data is processed',
    rights: ['access'],
    bodies: [
      'Hierbij verzoek ik u mij te laten weten of u gegevens over mij verwerkt.',
      'Graag wil ik weten of jullie gegevens van mij bewaren.',
      'Ik wil weten of u persoonsgegevens over mij heeft.',
    ],
  },
  {
    family: 'access to recordings and downloads',
    rights: ['access'],
    bodies: [
      'Do you record support calls? If so I would like copies of mine.',
      'Neemt u mijn gesprekken op? Dan wil ik die opnames van mij horen.',
      'Ik wil de opnames van mijn gesprekken terugluisteren.',
      'Is there a way to download all my info?',
    ],
  },
  {
    family: 'access for someone else, the person named',
    rights: ['access'],
    bodies: [
      'On behalf of my client, Mr Jones, I request copies of all personal data you hold relating to him.',
      'As her guardian I request a copy of the personal data relating to her.',
      'Please send copies of the data related to them, both parents signed the authorisation.',
    ],
  },
  {
    family: 'erasure with the Dutch possessive "m\'n"',
    rights: ['erasure'],
    bodies: ["Verwijder aub al m'n gegevens", "Wil je m'n gegevens verwijderen?", "Kun je m'n account wissen?", 'verwijder mn gegevens'],
  },
  {
    family: 'erasure: out of your systems',
    rights: ['erasure'],
    bodies: [
      'Ik wil uit jullie systeem.',
      'Ik wil niet langer in jullie database staan.',
      'Mijn naam en nummer mogen uit jullie klantsysteem.',
      'I want out of your database.',
      "I don't want to be in your systems any longer.",
    ],
  },
  {
    family: 'erasure: a curt yes to our question',
    rights: ['erasure'],
    bodies: ['yes, delete it all', 'Yes please, remove them.', 'Doe maar weg.', 'ja haal maar weg allemaal', 'Gooi maar weg.'],
  },
  {
    family: 'restriction: block or limit my data',
    rights: ['restriction'],
    bodies: [
      'Kunnen jullie mijn gegevens blokkeren totdat duidelijk is of ze kloppen?',
      'Graag mijn account bevriezen tot het geschil voorbij is.',
      'I ask you to limit the use of my personal data until the dispute is resolved.',
      'Please keep the processing of my data restricted while you check it.',
    ],
  },
  {
    family: 'portability straight to a new provider, no copy for me',
    rights: ['portability'],
    bodies: [
      'Please transfer my data to my new provider.',
      'Could you send my data directly to my new supplier?',
      'Stuur mijn gegevens rechtstreeks naar mijn nieuwe leverancier.',
      'Graag mijn gegevens overzetten naar mijn nieuwe leverancier.',
    ],
  },
  {
    family: 'objection: consent taken back without the word consent',
    rights: ['objection'],
    bodies: [
      'When I signed up I ticked the box allowing partner offers. I would like to take that back.',
      "I agreed to you sharing my details with partners. I'm taking that back.",
      'Ik heb het vinkje aangezet dat jullie mijn gegevens met partners mogen delen. Dat trek ik bij deze in.',
    ],
  },
  {
    family: 'objection: tracking in a newsletter the sender keeps',
    rights: ['objection'],
    bodies: [
      'Your newsletter has tracking pixels. Please switch that off for me.',
      'Jullie nieuwsbrief heeft trackers. Kan dat uit voor mij?',
      'Ik wil dat u stopt met het bijhouden welke links ik aanklik in uw nieuwsbrief.',
    ],
  },
  {
    family: 'objection: do not use my data for anything else',
    rights: ['objection'],
    bodies: [
      'Ik wil niet dat jullie mijn gegevens nog ergens voor gebruiken.',
      'Ik wil niet dat u mijn adres deelt met anderen.',
      "I don't want you to use my data for anything else.",
      'I do not want you to share my email address.',
      'Gebruik mijn nummer aub niet voor andere dingen, zoals enquêtes.',
      'Ik ga niet akkoord met het gebruik van mijn gegevens voor marketingprofielen.',
    ],
  },
  {
    family: 'unsubscribe, curt Dutch',
    rights: ['unsubscribe'],
    bodies: [
      'Geen nieuwsbrief meer aub.',
      'Ik wil van de mailinglijst af.',
      'Stop met mailen.',
      'Hou op met die reclame.',
      'Niet meer sturen aub',
      'Gelieve mij uit te schrijven voor de nieuwsbrief.',
      'Jullie blijven me maar mailen, ik wil dit niet meer.',
      'Ik ontvang nog steeds jullie nieuwsbrief.',
    ],
  },
  {
    family: 'unsubscribe, curt English',
    rights: ['unsubscribe'],
    bodies: ['Please stop contacting me.', 'Quit spamming me.', 'I keep getting your newsletter even though I unsubscribed.', 'I am still receiving your promotional emails.'],
  },
  {
    family: 'complaint announced or made in other words',
    rights: ['complaint'],
    bodies: [
      'Ik heb een melding gemaakt bij de Autoriteit Persoonsgegevens.',
      'Ik ga dit voorleggen aan de Autoriteit Persoonsgegevens.',
      'Ik ga jullie melden bij de AP.',
      'Ik dien een klacht in bij de Gegevensbeschermingsautoriteit.',
      'I will be reporting you to the Information Commissioner.',
      'I am escalating this to the ICO.',
      'I will take this to the supervisory authority.',
      'I have lodged a complaint with the Irish Data Protection Commission.',
    ],
  },
  {
    family: 'breach: addresses of others visible',
    rights: ['breach_report'],
    bodies: [
      'Jullie nieuwsbrief ging naar iedereen in de cc, ik zie alle e-mailadressen.',
      'Ik kan alle mailadressen van andere klanten zien.',
      'Er stonden zo\'n 60 klanten in de CC.',
      'Your update went out with 60 customers in the cc.',
    ],
  },
  {
    family: 'breach: mail or documents meant for someone else',
    rights: ['breach_report'],
    bodies: [
      'Ik heb een e-mail gekregen die voor iemand anders bedoeld was.',
      'Ik kreeg de factuur van iemand anders.',
      "I got someone else's invoice.",
      "Your portal shows me other customers' orders.",
      'Ik heb per ongeluk het salarisoverzicht van een collega ontvangen.',
    ],
  },
  {
    family: 'breach: papers or devices left unattended',
    rights: ['breach_report'],
    bodies: [
      'Jullie medewerker heeft zijn laptop in de trein laten liggen.',
      'Bij de balie lag een lijst met namen en telefoonnummers van klanten open en bloot.',
      'Your engineer left his laptop on the train.',
    ],
  },
  {
    family: 'restriction: kept but not used',
    rights: ['restriction'],
    bodies: [
      'We dispute the invoice. Our director asks that the personal data you hold on him be retained but not used for any other purpose.',
      'Please make sure my data is stored but not used until this is settled.',
      'Mijn gegevens moeten bewaard blijven maar niet gebruikt worden tot het geschil voorbij is.',
    ],
  },
  {
    family: 'restriction: not used until checked',
    rights: ['restriction'],
    bodies: [
      'Tot jullie dat gecontroleerd hebben wil ik niet dat die markering gebruikt wordt.',
      'Zolang het niet nagekeken is wil ik niet dat mijn gegevens gedeeld worden.',
      'Please stop using my data until you have checked it.',
    ],
  },
  {
    family: 'rectification: where I live now, then a short request',
    rights: ['rectification'],
    bodies: [
      'Per 1 juni woon ik op de Biltstraat 220 in Utrecht. Willen jullie dat aanpassen?',
      'Sinds maart woon ik in Gent. Graag aanpassen.',
      'I now live at 5 Elm Road, Leeds. Please update that.',
    ],
  },
  {
    family: 'erasure: anonymise my data',
    rights: ['erasure'],
    bodies: ['Ik wil dat jullie mijn gegevens anonimiseren.', 'Please anonymise my personal data.', 'Graag mijn naam en gegevens anonimiseren.'],
  },
  {
    family: 'access to what is kept about my child',
    rights: ['access'],
    bodies: ['Please tell me what else you keep about him.', 'What do you hold on her?', 'I want to know what you have about them.'],
  },
  {
    family: 'breach: our mail went to another company instead of us',
    rights: ['breach_report'],
    bodies: [
      'Your engineer emailed our audit report with all staff names to another surgery instead of us.',
      'The report with our staff names was sent to Oakwood instead of to us.',
      'Jullie hebben de lijst met namen van onze medewerkers naar een ander bedrijf gestuurd in plaats van naar ons.',
    ],
  },
  {
    family: 'breach: credentials or lists exposed online or in plain text',
    rights: ['breach_report'],
    bodies: [
      'Een monteur heeft de inloggegevens van al onze medewerkers in platte tekst in de notities gezet.',
      'Via Google vond ik een Excel met namen en telefoonnummers van alle deelnemers, gewoon vindbaar.',
      'Your technician put the passwords of all our employees in plain text in the ticket.',
    ],
  },
  {
    family: 'breach: mail with another customer\'s details sent to the wrong address',
    rights: ['breach_report'],
    bodies: [
      'In de mail staan de naam en het adres van een mevrouw uit Almere. Blijkbaar is die mail naar het verkeerde adres gestuurd.',
      'Jullie bevestiging met naam en telefoonnummer van een andere klant is bij mij beland: naar de verkeerde persoon gestuurd.',
      'Vanochtend kreeg ik een bevestiging, maar dat is niet mijn bestelling: er staan naam en adres van iemand anders in.',
    ],
  },
  {
    family: 'access: hand my file over to me',
    rights: ['access'],
    bodies: [
      'Kunt u mijn volledige dossier aan mij overdragen?',
      'Graag mijn patiëntendossier aan mij overhandigen bij de volgende afspraak.',
      'Wilt u mijn dossier aan mij meegeven?',
    ],
  },
  {
    family: 'erasure for a parent who asked for it',
    rights: ['erasure'],
    bodies: [
      'Mijn vader heeft mij gevraagd namens hem te vragen of zijn dossier vernietigd kan worden.',
      'Mijn moeder vraagt of haar account verwijderd kan worden.',
      'My father asked me to request that his account be deleted.',
    ],
  },
  {
    family: 'unsubscribe: want to be off it',
    rights: ['unsubscribe'],
    bodies: ['Ik krijg jullie nieuwsbrief. Wil daar graag vanaf.', 'Ik krijg steeds die nieuwsbrief, ik wil er vanaf.', 'Die mailings van jullie, daar wil ik vanaf.'],
  },
  {
    family: 'portability: the file format asked in a later sentence',
    rights: ['access', 'portability'],
    bodies: [
      'Ik wil graag weten wat jullie allemaal van mij hebben opgeslagen. En als het kan in een Excel- of CSV-bestandje graag, dan kan ik het naast mijn eigen administratie leggen.',
      "I'd like a copy of all my booking data. Ideally as a CSV or JSON file so I can import it into another app.",
      'Stuur mij een kopie van mijn gegevens. Het liefst als JSON, dan kan ik het zelf inlezen in mijn eigen systeem.',
    ],
  },
  {
    family: 'access: how did you get my details',
    rights: ['access'],
    bodies: [
      'Ik weet niet eens hoe jullie aan mijn adres komen, vertel dat even.',
      'Hoe komen jullie aan mijn telefoonnummer?',
      'How did you get my email address?',
      'Please tell me what else you kept about me from that process.',
    ],
  },
  {
    family: 'unsubscribe: no need for the commercial mails any more',
    rights: ['unsubscribe'],
    bodies: [
      "Eerlijk gezegd hoef ik die commerciële mails over 'de nieuwste Teams-telefonie' ook niet meer.",
      'Die nieuwsbrief hoef ik niet meer.',
      'Ik hoef jullie reclame echt niet meer.',
    ],
  },
  {
    family: 'Flemish and formal Dutch: access',
    rights: ['access'],
    bodies: [
      'Graag had ik geweten wat u allemaal over mij bewaart.',
      'Mag ik eens weten welke gegevens jullie van mij bijhouden?',
      'Gelieve mij een kopie te bezorgen van al mijn persoonsgegevens.',
    ],
  },
  {
    family: 'Flemish and formal Dutch: erasure',
    rights: ['erasure'],
    bodies: [
      'Gelieve mijn gegevens te schrappen uit uw bestanden.',
      'Ik wens niet langer in uw databank opgenomen te zijn.',
      'Mogen al mijn gegevens gewist worden aub?',
    ],
  },
  {
    family: 'Flemish and formal Dutch: rectification',
    rights: ['rectification'],
    bodies: [
      'Gelieve mijn gsm-nummer aan te passen naar 0470 12 34 56.',
      'Mijn familienaam is fout geschreven.',
      'Kunt u mijn adres aan te passen naar Kerkstraat 4 in Gent?',
    ],
  },
  {
    family: 'Flemish and formal Dutch: unsubscribe',
    rights: ['unsubscribe'],
    bodies: [
      'Gelieve mij niet meer te contacteren voor commerciële doeleinden.',
      'Ik wens mij uit te schrijven van uw nieuwsbrief.',
      'Gelieve mij niet meer te bellen voor reclame.',
    ],
  },
  {
    family: 'Flemish and formal Dutch: restriction',
    rights: ['restriction'],
    bodies: [
      'Gelieve de verwerking van mijn gegevens op te schorten tot de betwisting is afgehandeld.',
      'Ik vraag u de verwerking op te schorten zolang mijn bezwaar loopt.',
      'De verwerking van mijn gegevens graag op te schorten tijdens het geschil.',
    ],
  },
  {
    family: 'SMS spelling',
    rights: ['access'],
    bodies: [
      'wat hebbe jullie van mij opgeslage?',
      'wat hebben jullie over mij opgeslagen?',
      'wat weten jullie van mij',
    ],
  },
  {
    family: 'SMS spelling: erasure',
    rights: ['erasure'],
    bodies: [
      'wil ff dat jullie me gegevens wissen',
      'can u delete my stuff',
      'pls delete all my info',
    ],
  },
  {
    family: 'non-native English: access',
    rights: ['access'],
    bodies: [
      'I would like to know which personal datas you are having about me.',
      'Please to send me all informations you have about me.',
      'I want to know what datas you keep about me.',
    ],
  },
  {
    family: 'non-native English: erasure',
    rights: ['erasure'],
    bodies: [
      'Please to delete my account and all my datas.',
      'I want you remove my informations from your database.',
      'Kindly erase my datas from your system.',
    ],
  },
  {
    family: 'non-native English: rectification',
    rights: ['rectification'],
    bodies: [
      'Please correct my adress, I moved.',
      'Please change my adress to 12 Main Street.',
      'My adress is wrong in your system.',
    ],
  },
  {
    family: 'rectification with a restriction until it is checked',
    rights: ['rectification', 'restriction'],
    bodies: [
      "Please correct that note and, until you've checked, don't share it with my manager.",
      "Please correct your records and, until you've sorted it, don't use my details at all.",
      'Please rectify this entry and stop using it until it is corrected.',
    ],
  },
  {
    family: 'access: what is on file for me',
    rights: ['access'],
    bodies: ["Hey, what's on file for me?", 'What do you have on file about me?', 'Can you check what is on file for me?'],
  },
  {
    family: 'erasure, colloquial: bin the lot',
    rights: ['erasure'],
    bodies: ['Once you have checked, you can bin the lot.', 'Just shred everything.', 'Please trash the lot.'],
  },
  {
    family: 'portability: a Dutch compound file name',
    rights: ['access', 'portability'],
    bodies: [
      'Kunnen jullie me alles wat jullie van mij hebben in een excelbestand sturen?',
      'Graag een csv-bestand met mijn gegevens.',
      'Stuur mijn gegevens als json-export.',
    ],
  },
  {
    family: 'erasure: into the bin',
    rights: ['erasure'],
    bodies: ['Mijn gegevens mogen de prullenbak in.', 'Mijn oude cv mag door de shredder.', 'Gooi mijn dossier maar in de prullenbak.'],
  },
  {
    family: 'restriction: delete nothing yet, do nothing more with it',
    rights: ['restriction'],
    bodies: [
      'Wil je voorlopig nog niks verwijderen maar ook niks meer met mijn gegevens doen? Ik heb de facturen misschien nodig voor de Belastingdienst.',
      'Verwijder voorlopig niets, maar doe er niks meer mee zolang het geschil loopt.',
      'Please delete nothing for now, but do not use my data while the dispute runs.',
    ],
  },
  {
    family: 'rectification beside restriction: accuracy disputed, and a short ask to put it right',
    rights: ['rectification', 'restriction'],
    bodies: [
      'In jullie klantportaal sta ik als penningmeester vermeld, maar dat ben ik nooit geweest. Tot jullie dat hebben nagekeken wil ik niet dat die vermelding ergens voor wordt gebruikt. Zet het daarna goed.',
      'Op de aanmaning staat een adres waar ik nooit heb gewoond. Zolang niet vaststaat welk adres juist is, wil ik dat jullie mijn gegevens nergens voor gebruiken. Eerst corrigeren graag.',
      'Ik betwist de juistheid van de score die u mij heeft gegeven. Zolang dit niet is rechtgezet, wil ik dat u mijn gegevens nergens voor gebruikt.',
      'Mijn geboortejaar staat verkeerd bij jullie. Zolang dat niet is rechtgezet wil ik niet dat jullie die datum ergens voor gebruiken.',
    ],
  },
  {
    family: 'complaint: the sender taking it to the authority himself',
    rights: ['complaint'],
    bodies: [
      'Als ik niets hoor, meld ik het zelf bij de AP.',
      'Ik overweeg dit zelf bij de Autoriteit Persoonsgegevens aan te kaarten.',
      'Als jullie dit niet binnen een week oplossen, dan meld ik jullie bij de AP.',
    ],
  },
  {
    family: 'access beside erasure: who saw it, where it came from, what is still kept, what is to go',
    rights: ['access', 'erasure'],
    bodies: [
      'Verwijder mijn gegevens uit jullie klantenbestand. Laat me ook weten van wie jullie mijn adres hebben gekregen.',
      'Graag mijn cv verwijderen. Kunnen jullie me laten weten wie er allemaal mijn sollicitatie heeft ingezien?',
      'Mijn dochter heeft bij u een proefles gevolgd. Ik wil graag weten wat u daar nog van bewaart. Alles wat u niet meer nodig heeft, wil ik graag laten verwijderen.',
      'Wis al mijn persoonsgegevens, maar stuur me eerst een overzicht van welke gegevens het betreft.',
    ],
  },
  {
    family: 'objection and restriction: held while the objection is weighed',
    rights: ['objection', 'restriction'],
    bodies: [
      'Ik maak bezwaar tegen het gebruik van mijn gegevens voor jullie klantpanel. Zolang jullie mijn bezwaar behandelen, wil ik dat de gegevens bewaard blijven maar nergens voor worden gebruikt.',
      'Ik maak bezwaar tegen de verwerking van mijn gegevens voor uw marktonderzoek. Zolang u nog niet op mijn bezwaar heeft beslist, verzoek ik u mijn gegevens niet te gebruiken.',
    ],
  },
  {
    family: 'objection and unsubscribe: the mailing named before the negation, or curtly for whom',
    rights: ['objection', 'unsubscribe'],
    bodies: [
      'Ik wil niet dat jullie een profiel van mijn aankopen bijhouden. En stuur me die folders ook niet meer.',
      'Mijn toestemming voor de klantenpanels trek ik in. En geen nieuwsbrief meer voor mij.',
    ],
  },
];

/** Look-alikes that ask for nothing a data subject has a right to. */
const NON_REQUESTS: readonly string[] = [
  'Kunnen jullie de oude firewallregels verwijderen?',
  'Graag het btw-nummer op de factuur aanpassen.',
  'Hoe moeten wij omgaan met een inzageverzoek van een klant?',
  'Ik ben afwezig tot maandag.',
  'Wij willen ons contract opzeggen per 1 januari.',
  'Please delete the old VLAN configuration.',
  'How should we handle a subject access request from one of our customers?',
  'Could you update the billing address on our invoices?',
  'I am out of the office until Monday.',
  'Please send me a copy of last month\'s invoice.',
  'Yes, delete it - the old DHCP reservation is no longer needed.',
  'Ja, haal de oude firewallregel maar weg.',
  'I want to keep receiving your newsletter.',
  'Please notify the third parties to whom you passed my data.',
  'You will hear from them.',
  'Ik heb nooit iets bij jullie gekocht en weet niet eens hoe jullie aan mijn nummer komen.',
  'Jullie vroegen of ik mijn gegevens wil laten verwijderen. Nee, dat hoeft niet.',
  'You asked whether I want my data deleted. No need, I will be back in September.',
  'Niemand weet waar mijn dossier is, ik wacht al vijf maanden op een besluit over mijn bijstand.',
  'Uitschrijving zoon: hij gaat per 1 augustus naar een andere school.',
  'What data do you need from me to set up the new phone?',
  'Please send me the data sheet for the Yealink T54W.',
  "I don't want to unsubscribe, I love your newsletter.",
  'Ik wil mijn gegevens NIET laten verwijderen.',
  'Mijn collega is uit dienst, kunnen jullie zijn licentie verwijderen?',
  'Hierbij maak ik bezwaar tegen de WOZ-beschikking 2026.',
  'Ik maak bezwaar tegen de parkeerboete van 3 maart.',
  'Ik maak bezwaar tegen de naheffingsaanslag van vorige maand.',
  'In de bijlage de gevraagde kopie van mijn ID.',
  'Attached is a copy of my passport as you asked.',
  'Please stop sending me SMS appointment reminders, I prefer email.',
  'Graag de eindafrekening naar mijn nieuwe adres sturen.',
  'Kunnen jullie het voorschot op het nieuwe adres opnieuw berekenen?',
  'Vanaf 1 maart wonen we op de Beukenlaan 21. Wilt u de polis per 1 maart laten ingaan op het nieuwe adres en de premie herberekenen?',
  'De woonverzekering moet vanaf 1 juni op mijn naam komen te staan.',
  'You can withdraw your consent at any time via Cookie Settings.',
  'U kunt uw toestemming op elk moment intrekken via de cookie-instellingen.',
  'Kunnen we de bewaartijd naar 4 weken zetten? Dat schijnt de norm te zijn volgens de AP.',
  'Your data was anonymised in 2020 as part of the migration.',
  'Wij hebben een melding gemaakt bij de AP van het datalek bij onze leverancier; moeten jullie nog iets doen?',
  'De DNS-records kloppen niet. Zet het even goed en pas het daarna aan in de documentatie.',
  'Zolang niet duidelijk is welk tarief klopt. Eerst corrigeren graag.',
  'Ik neem aan dat jullie het zelf bij de AP gaan melden.',
  'Ons salariskantoor had een hack; zij melden het zelf bij de AP, schrijven ze.',
  'Laat me weten wie de monteur is die morgen komt.',
  'Stuur een overzicht van welke gegevens u nodig heeft voor de offerte.',
  'Stuur me die mails niet meer door, ik ben er vanaf volgende week niet.',
  'Ik kreeg een mail dat mijn gegevens bij een datalek zijn buitgemaakt en dat ik mijn wachtwoord moet wijzigen. Is dit echt? Ik heb niet op de link geklikt.\n\n---------- Doorgestuurd bericht ----------\nOnderwerp: Datalek - bevestig uw gegevens\nDoor een datalek zijn uw gegevens mogelijk openbaar geworden.',
];

describe('classifyEmail: Dutch and English requests in many styles', () => {
  it.each(REQUESTS)('names $rights in "$body"', ({ rights, body }) => {
    const result = classifyEmail({ subject: '', body });
    expect(result.isPrivacyRequest).toBe(true);
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });

  it.each(FAMILIES.flatMap(({ family, rights, bodies }) => bodies.map((body) => ({ family, rights, body }))))(
    '$family: "$body"',
    ({ rights, body }) => {
      const result = classifyEmail({ subject: '', body });
      expect([...result.rights].sort()).toEqual([...rights].sort());
    },
  );

  it.each(NON_REQUESTS)('finds no request in the look-alike "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }).isPrivacyRequest).toBe(false);
  });

  // English phrasings learnt from mail written without sight of the classifier (h11-h14).
  it.each([
    { rights: ['erasure'], body: "Could you make sure I'm no longer in your customer database?" },
    { rights: ['complaint'], body: 'I wish to complain about how you handled my erasure request.' },
    { rights: ['complaint'], body: 'Complaint: my home address passed to a debt collector without my knowledge.' },
    { rights: ['breach_report'], body: 'I discovered an admin password for your customer portal in a publicly readable config file.' },
    { rights: ['access', 'portability'], body: 'Please send me a JSON export of everything you store about me.' },
    { rights: ['access'], body: 'Can you tell me what you recorded during my support call?' },
    // h15-h31: a transfer to a provider named only by name or "them" is portability alone.
    { rights: ['portability'], body: 'Under Article 20, please transmit the data I gave you, my profile and order history, directly to Northwind in a machine-readable format.' },
    { rights: ['portability'], body: 'Could you send my profile and ticket history straight to my new provider in CSV?' },
    { rights: ['restriction'], body: 'I got your notice that my account will be deleted after the contract ends. Please keep it, but do not use it until my dispute is settled.' },
    { rights: ['complaint'], body: 'I am lodging a formal complaint about the way my personal details were handled by your engineer.' },
    { rights: ['complaint'], body: 'Please treat this as a complaint about your failure to respond to my earlier email within a month.' },
    { rights: ['unsubscribe'], body: 'I clicked the unsubscribe link twice and you still send me your offers. Take me off your list.' },
    { rights: ['rectification', 'restriction'], body: 'My date of birth on file is wrong, it is 4 May 1980. Please correct it, and until it is corrected, do not use my record for anything.' },
    { rights: ['restriction'], body: 'While you verify this, the note in my file must not be shared with my insurer.' },
    // h15-h31, rights: a request told as past, a mailing list among the places to erase, the Art. 15(1) list.
    { rights: ['complaint'], body: 'I emailed you in March asking for a copy of my data. I am now lodging a complaint with the ICO.' },
    { rights: ['complaint'], body: 'Your reply to my subject access request came far too late. I am therefore lodging a complaint with the supervisory authority.' },
    { rights: ['complaint'], body: 'I want you to know that I lodged a complaint with the ICO about how you handled my personal data.' },
    { rights: ['erasure'], body: 'Please erase all my personal data from your systems, including the newsletter list.' },
    { rights: ['access'], body: 'Please confirm whether or not you process personal data about me, including any profiling, and send me a copy.' },
    { rights: ['access'], body: 'Please send me a copy of my data and tell me about the existence of the right to request rectification, erasure or restriction, and the right to lodge a complaint with a supervisory authority.' },
    { rights: ['unsubscribe'], body: 'Stop the promotional calls. Delete my mobile number from your marketing.' },
    { rights: ['objection'], body: 'I object to the use of my personal data for analytics; as an importer I make many calls abroad.' },
    { rights: ['objection'], body: 'I object to the profiling of my personal data; I run a small import business and my clients are private.' },
    { rights: ['access', 'portability'], body: 'Please send me all my data in a format I can import into my new CRM.' },
    { rights: ['unsubscribe'], body: 'How many times must I ask to be unsubscribed?' },
    { rights: ['complaint'], body: 'Publishing my home address on your website is a breach of my privacy, and I am filing a formal complaint.' },
    { rights: ['complaint'], body: 'This is a formal complaint about the incomplete response I received from your privacy team.' },
    { rights: ['erasure'], body: 'I no longer want to appear on your website. Please remove my picture from the staff page.' },
    { rights: ['erasure'], body: 'Could you take my photo down from your blog?' },
    { rights: ['erasure'], body: 'I would like the profile you built from my browsing history to be deleted.' },
    { rights: ['rectification'], body: 'The statement in my personnel file about a warning is false; I ask you to correct that statement.' },
    { rights: ['rectification', 'restriction'], body: 'My date of birth in your records is wrong. Until you have verified and corrected it, please do not use or share it.' },
    { rights: ['objection'], body: 'Your hotline says calls are recorded for quality purposes. I would rather my calls were not recorded or kept at all.' },
    { rights: ['breach_report'], body: 'The brochure you printed has a photo of the reception desk in which you can clearly read my name and my booking details.' },
    { rights: ['unsubscribe'], body: 'How can I get off your mailing list? The link at the bottom does not work.' },
    { rights: ['access'], body: 'Could I have the recordings of my calls with your sales team last week?' },
    { rights: ['erasure'], body: 'Please erase my customer account and all data linked to it. I no longer use your app since I switched phones.' },
    { rights: ['objection'], body: 'Please no longer use my details for your satisfaction surveys.' },
    { rights: ['access'], body: 'Please send me a copy of all personal data you hold about me. My current address is below.\n\nFlat 2, 9 Mill Lane, Leeds' },
    // Fifth pass: confirmations, attachments and cross-references ask for no copy; admin tasks and a stopped deletion add no erasure.
    { rights: ['erasure'], body: 'Our former colleague Ms Verhoeven asked us (letter, copy attached) to erase her personal data. Please remove her mailbox and OneDrive and let us know when it is done.' },
    { rights: ['erasure'], body: 'As our processor, please purge the mailbox of our former employee, who asked for erasure of his personal data, and send us written confirmation with the date.' },
    { rights: ['erasure'], body: 'I repeat my request: erase all my personal data (see my letter of 3 March).' },
    { rights: ['restriction'], body: 'Our ex-employee disputes his dismissal and asked us to restrict processing of his data. Please cancel the planned deletion of his mailbox and make sure only our lawyer can open it.' },
    { rights: ['breach_report'], body: 'A laptop of one of our nurses was stolen from her bike bag this morning. Please remotely wipe it and block her account until we have reset everything.' },
    { rights: ['breach_report'], body: 'Your letter with my diagnosis went to my neighbour instead of to me. I want to know how you will make sure she has deleted it.' },
    { rights: ['rectification'], body: 'Please change my phone number in your records to 06 1234 5678. Also add me to the authorised contacts for the firewall and remove Piet from that list.' },
    { rights: ['objection'], body: 'I object to the processing of my data for your legitimate interests, including keeping me in your sales pipeline.' },
    { rights: ['erasure'], body: 'Now that our contract has ended, please remove my details from your CRM, mailing lists and support system.' },
    { rights: ['erasure', 'objection'], body: 'I withdraw my consent for the case study. Please delete my photo from your marketing brochures and the website.' },
    { rights: ['breach_report'], body: "Your portal showed me a ticket of another company with a woman's name and home address. I would like to know how you will make sure my own tickets are not shown to other customers." },
    { rights: ['rectification'], body: 'In the app I can see my appointment history, and the visit of 4 May is wrong: I was never there. Please correct this entry.' },
    { rights: ['access'], body: 'What data about me do you still have from my time as a temp?' },
    { rights: ['erasure'], body: 'Now that I have moved abroad there is no need for you to keep my details, so please clear them out.' },
    { rights: ['access'], body: 'Where did you get this phone number? I only gave it to my family.' },
    { rights: ['breach_report'], body: 'I received your invoice for someone else, with his home address on it. I have deleted the email.' },
    { rights: ['erasure'], body: 'Please make sure my CV is gone from your recruitment system.' },
    { rights: ['rectification'], body: "I've gone back to my maiden name, Jansen. Could you update my details?" },
    { rights: ['access', 'breach_report'], body: "Your report contained another client's page with names of their staff. Now I wonder where my data has gone. Could you tell me who you have shared my data with?" },
    // Sixth pass: a passport copy to erase is no copy of data; consent withdrawn corrects nothing; a violation of my rights as a complaint.
    { rights: ['erasure'], body: 'The technician filmed my living room for his report. I want the video deleted from your systems.' },
    { rights: ['erasure'], body: 'Please delete the copy of my passport that I sent you last year, and my CV as well.' },
    { rights: ['objection'], body: 'Since I have a new job, I withdraw my consent for the use of my name and photo on your website.' },
    { rights: ['objection', 'complaint'], body: 'You recorded my call without telling me and I object to any further recording. I see this as a violation of my rights and this email is my complaint.' },
    { rights: ['complaint', 'breach_report'], body: 'Your newsletter showed the home addresses of other members. I want to formally complain that my address was visible to everyone on the list.' },
    { rights: ['complaint'], body: 'My medical question was read out in a public webinar. Please register this as a formal complaint about my privacy.' },
    { rights: ['erasure'], body: 'We have stopped using your booking service. Please delete my profile and everything you store about me. I understand you have to keep the receipts for tax purposes, but nothing more than that.' },
    { rights: ['restriction'], body: 'Your letter says that my client file and the scanned forms will be deleted at the end of the month. I am contesting a bill and need them as evidence, so please keep them but do not use them for anything else until this is settled.' },
    { rights: ['access', 'erasure'], body: 'Could you send me a list of everything you keep on me, and then please erase all of it?' },
    { rights: ['objection'], body: 'You want to register the boiler with the installer. I do not want my name and mobile number passed on to them for that.' },
    { rights: ['objection'], body: 'I clicked accept on your site last week, but I now withdraw my consent for the marketing cookies.' },
    { rights: ['objection'], body: 'I object to my order history being used for recommendations. Please stop that, but keep the newsletter coming.' },
    { rights: ['erasure'], body: 'Please erase the advertising profile you have compiled on me from my clicks.' },
    { rights: ['erasure'], body: 'Please delete my account and all my data, also from your newsletter. I invoke my right to be forgotten.' },
    { rights: ['restriction'], body: 'The former manager has asked for restriction of processing under Art. 18 while his case runs. Please exclude his mailbox from the scheduled deletion.' },
    { rights: ['erasure'], body: 'A former volunteer asked us to erase her data. We asked our solicitor, and except for the payroll records, which we need to keep, we can delete everything. Please remove her account.' },
    { rights: ['erasure'], body: 'A customer asked to be forgotten. I deleted his account in the webshop, but he also mentioned your mailing tool. Please erase his data there too.' },
    { rights: ['complaint'], body: 'You keep sending me loan offers although I ticked no marketing. I have raised this with the Information Commissioner.' },
    { rights: ['objection', 'erasure'], body: 'I said yes to the photographer at your open day, but I now withdraw my consent for that picture of me. Could you please take it down?' },
    { rights: ['objection', 'erasure'], body: "I withdraw the consent I gave for my son's photos on your website. Let me know when the photos have been taken down." },
    { rights: ['breach_report', 'complaint'], body: 'Your reminder was sent with every recipient in the To field, so I can see the addresses of all the other members. I expect you to notify the data protection authority. I consider this a formal complaint.' },
    { rights: ['complaint'], body: 'I have filed a complaint with the data protection authority about your failure to delete my account after my request in March.' },
    { rights: ['complaint'], body: 'You told me in April that my details had been deleted, yet you still send me invoices. I have lodged a complaint with the Information Commissioner.' },
    { rights: ['rectification', 'restriction'], body: 'The mobile number you have on file for me is wrong, it is not mine. Please correct it, and until then do not use my data or pass it to a collection agency.' },
    { rights: ['objection'], body: 'I object to my usage data being used for profiling. I am happy for you to use my data to run the service itself.' },
    { rights: ['access'], body: 'Request for my personal data. I was a member of your club until 2024.' },
    { rights: ['erasure'], body: 'Request for deletion of my personal data: please erase my account and everything in it.' },
    { rights: ['unsubscribe'], body: "I'd like to stop getting your monthly offers, thanks." },
    { rights: ['breach_report'], body: 'This morning I found a USB stick with your logo in the car park. It holds spreadsheets with customer names.' },
    { rights: ['erasure'], body: 'Please delete the photos where my son is recognisable.' },
    { rights: ['access'], body: 'A caller from a solar panel firm knew my name. Who sold you my phone number?' },
    { rights: ['access'], body: 'I would like to know where you got my home address, since I never ordered anything from you.' },
    { rights: ['access'], body: 'Please give me a list of who you passed my details to last year.' },
    { rights: ['erasure', 'complaint'], body: 'Your engineer took a picture of my screen without asking. I want to complain about this, and I want the picture deleted.' },
    { rights: ['rectification'], body: 'My date of birth is listed as 1981, but I was born in 1918. Please correct this in your records.' },
    { rights: ['unsubscribe', 'complaint'], body: 'Please stop the promotional texts. I am lodging a complaint because you keep ignoring my unsubscribe requests.' },
    { rights: ['objection'], body: 'Please stop using my name as a reference for your sales team; I never agreed to it.' },
    { rights: ['objection'], body: 'I object to the use of my photo in your marketing material.' },
    { rights: ['objection'], body: 'Please do not share my data with your partners for advertising.' },
    { rights: ['portability'], body: 'I have joined a new dental practice. Please transfer my patient records directly to them.' },
    { rights: ['restriction'], body: 'I accept that you keep the archive tapes, but the information about me on them must not be accessed or used for anything other than a restore until they are erased per your retention schedule.' },
    { rights: ['objection'], body: 'Your new policy says chats with the helpdesk may train a chatbot. I object to my chats and calls being used for that.' },
    { rights: ['restriction'], body: 'Her contract dispute is ongoing, so please restrict the processing of her data, put her mailbox on hold and remove the delegated access her team lead still has.' },
    { rights: ['access'], body: 'A stranger phoned me about solar panels and knew my name. Who else gets my phone number from you?' },
    { rights: ['access'], body: 'There is a camera above your shop door. Please send me the footage in which I appear from Monday morning.' },
    { rights: ['breach_report'], body: 'Your newsletter went out with the whole member list pasted under it. That is a data leak.' },
    { rights: ['breach_report'], body: 'Your shop put a photo on Instagram showing my screen at the counter, with my private messages visible.' },
    { rights: ['erasure', 'complaint'], body: 'Three weeks ago I asked you to erase my account and nothing has happened. I will escalate to the data protection authority if my data is not deleted by Friday.' },
    { rights: ['access'], body: 'I sent my access request on 3 March and received nothing other than an automatic reply. I still expect a copy of my personal data.' },
    { rights: ['complaint'], body: 'Further to your email confirming my erasure request, you say you will keep my name and address for seven years. I have filed a complaint with the ICO about this.' },
    { rights: ['rectification'], body: 'Your letters to me start with "Dear Sir", but I am a woman. Please correct the salutation in your records.' },
    { rights: ['rectification'], body: 'My last name on the account is spelt Jansen, it should be Janssen.' },
    { rights: ['access'], body: 'Do you record calls to the helpdesk? If so, please send me a copy of the recordings relating to my number.' },
    { rights: ['breach_report'], body: 'After the move our receptionist found a printed sheet on the table with the usernames and temporary passwords of all our staff.' },
    { rights: ['restriction'], body: "Until the dispute is settled I don't want my details used for anything, no newsletters and no calls." },
    { rights: ['restriction'], body: 'Until the invoice dispute is settled you are not to use my personal details for reminders or send them to anyone.' },
    { rights: ['access', 'complaint'], body: 'I have lodged a complaint with the ICO today. I repeat my request for a complete copy.' },
    { rights: ['access'], body: 'I want a full copy of the data, not the summary you sent.' },
    { rights: ['access'], body: 'Please answer my access request this week.' },
    { rights: ['access'], body: "I'd like my access request answered before the end of the month." },
    { rights: ['access'], body: 'Six weeks have passed since my letter, so please provide the data without further delay.' },
    { rights: ['restriction'], body: 'Your processing was unlawful. I do not, however, request erasure, as I need the data for a claim. Please restrict the processing of my data.' },
    { rights: ['erasure'], body: 'I would like the video with me in it removed from your site.' },
    { rights: ['erasure'], body: 'Thanks for the photos from the open day. Please delete the ones I am in.' },
    { rights: ['rectification'], body: 'New mobile number: 06 1234 0000. The old one was stolen together with my phone at the station.' },
    { rights: ['breach_report'], body: 'Our sales manager lost his laptop at the airport; it holds the client database. Please lock his account and wipe the laptop remotely.' },
    { rights: ['rectification', 'erasure'], body: 'Please change my phone number to 06 5555 1212 and remove my old email address from your records.' },
    { rights: ['rectification', 'unsubscribe'], body: "Please update my address in the portal, and don't send the newsletter to the new one, I don't want to receive it anymore." },
    { rights: ['portability'], body: 'Could you send the archive directly to my new hosting provider?' },
    { rights: ['erasure'], body: 'Under our agreement we instruct you to delete all personal data relating to the data subject named in the attached letter.' },
    { rights: ['access'], body: 'A salesman rang my private number yesterday. Tell me where you got it from.' },
    { rights: ['access'], body: 'Your recruiter forwarded my CV without asking me. I expect an explanation of who received my CV, and on what basis.' },
    { rights: ['access'], body: 'My details were given to your event partners. Please tell me with whom.' },
    { rights: ['access'], body: 'I phoned your service desk twice in May. Please provide copies of the recordings of those calls.' },
    { rights: ['access'], body: 'Your monitoring agent runs on my work laptop. Could you let me know what has been logged so far?' },
    { rights: ['rectification'], body: 'You still have me as the contact for my old employer. Please fix it wherever it appears.' },
    { rights: ['rectification'], body: "Small thing: my surname shows up as 'Smiht' on every ticket mail your helpdesk sends. It is Smith." },
    { rights: ['rectification'], body: "Our employee Ana Lopes says her name is shown as 'Ana Lopez' in the directory you host for us, and has asked us to have it put right." },
    { rights: ['restriction'], body: 'Please stop using my data for anything other than keeping it.' },
    { rights: ['restriction'], body: 'One of our clients asked us to stop processing her data while she checks whether it is correct. Her record is in the CRM you host for us.' },
    { rights: ['objection'], body: 'Thanks for the quote, we will sign next week. P.S. Your site still sets analytics cookies after I click reject. If I ever gave consent for that, I hereby withdraw it.' },
    { rights: ['erasure'], body: 'I already asked once. Delete my data, all of it, and tell me when it is done.' },
    { rights: ['restriction'], body: "Please don't delete my tickets yet, and don't use them for anything else either: just freeze them until I tell you the case is over." },
    { rights: ['breach_report'], body: 'When I open one of my tickets in your portal and change the number at the end of the link, I can see a ticket of another company with its contact names.' },
    { rights: ['breach_report'], body: 'Walking past your depot this morning I saw an open box of paperwork by the recycling bins: application forms with names, addresses and bank details.' },
    { rights: ['breach_report'], body: 'I walk past your shop every day. Today there was an open box of printed papers next to your paper container - invoices and what looked like customer lists with phone numbers.' },
    { rights: ['restriction'], body: "Your records mix me up with another customer of the same name. Until that's sorted please don't send anything about me anywhere." },
    { rights: ['breach_report'], body: 'While scanning public repositories I came across a GitHub account of yours; one script there holds a plaintext password for your ticket system.' },
    { rights: ['objection', 'restriction'], body: 'A member of our staff has formally objected to the GPS tracking on her company phone, which you manage for us. While we assess her objection, please make sure the location data already collected is not used.' },
    { rights: ['erasure'], body: "Re: We miss you! Nothing personal, but I'd rather you forgot I exist." },
    { rights: ['objection'], body: "Last year I agreed to be quoted in your brochure. My situation has changed and I'd rather not be featured anymore." },
    { rights: ['complaint'], body: "The camera at your front desk films the changing room door. I've reported this to the Information Commissioner's Office today." },
    { rights: ['breach_report'], body: 'Your letter arrived today, and inside was also the gas bill of my neighbour across the road, with her account number on it.' },
    { rights: ['erasure'], body: 'I mentioned my illness when I logged the ticket for a new chair. Could you please remove the part about my illness? My manager can read it.' },
    { rights: ['access'], body: 'You kept a copy of my old hard drive with my private photos. Tell me who has had access to it since then.' },
    { rights: ['access', 'portability'], body: 'I would like a copy of my data in a format I can load elsewhere.' },
    { rights: ['rectification'], body: 'Our colleague asked us to change her surname, under her right to have her personal data corrected. Could you update it in the directory you manage for us?' },
    { rights: ['access'], body: 'As requested, here is a scan of my ID card with the number covered. Please proceed with my access request.' },
    { rights: ['rectification'], body: 'Your service desk spells my surname "Jonson" in every reply; it is Johnson.' },
    { rights: ['rectification'], body: 'Your reminders address me as "Dr Patel". I am not a doctor, plain Ms Patel will do.' },
    { rights: ['erasure'], body: 'Under clause 7 of our processing agreement we instruct you to delete all personal data relating to the data subject named in the attached form.' },
    { rights: ['rectification'], body: 'Could you switch my contact email to kim@example.org? The old one is closed.' },
    { rights: ['portability'], body: 'My new provider asks if you can give them my mailbox and calendar in a standard format, or send it directly to them.' },
    { rights: ['complaint'], body: 'Your technician copied my photos without asking, a breach I reported to the ICO this morning.' },
    { rights: ['erasure'], body: 'The hotel still has a scan of my ID card from my stay in May. Please erase the ID scan now that I have left.' },
    { rights: ['breach_report'], body: 'Your technician left a USB stick in our meeting room yesterday; we put it in a drawer.' },
    { rights: ['breach_report'], body: 'I found a laptop on the tram this morning with one of your asset stickers on it.' },
    { rights: ['unsubscribe'], body: "I've had three of your promotional emails this week.\n\nStop sending them." },
    { rights: ['breach_report'], body: 'I just noticed that the backup of your customer database is publicly readable on an open server.' },
    { rights: ['erasure'], body: "Please delete my personal data, don't just put it in the archive." },
    { rights: ['erasure'], body: 'Third reminder. It has been five weeks since my request below.\n\n> Please delete all personal data you hold about me.' },
    { rights: ['rectification'], body: "I'm not allergic to nuts, it's shellfish. Please correct my file." },
    { rights: ['rectification'], body: "I'm Head of Finance since March, not Controller. Could you update that in your records?" },
    { rights: ['access'], body: 'Quick update: I have still not received a copy of my personal data. Please send it this week.' },
    { rights: ['complaint'], body: 'You ignored my access request, so I am filing a complaint with the ICO. I read they can fine you up to 4% of turnover.' },
    { rights: ['unsubscribe'], body: 'Please unsubscribe me from your newsletter and confirm you receive this email.' },
    { rights: ['objection'], body: 'I withdraw my consent, in line with Article 7(3) GDPR, for the use of my photo on your website.' },
    { rights: ['access'], body: 'I made a subject access request in March. Who is handling it? I would like to know before I reply to your survey.' },
    { rights: ['access'], body: 'I spoke to your people at the conference last week. Please send me a copy of my personal data.' },
  ])('English: names $rights in "$body"', ({ rights, body }) => {
    expect([...classifyEmail({ subject: '', body }).rights].sort()).toEqual([...rights].sort());
  });

  it('English: an erasure only supposed is a "no" the rules doubt, so the models do not overrule it', () => {
    const body = 'Just wondering: if I ever wanted my data removed from your systems, would an email to this address be enough?';
    const rules = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(rules.isPrivacyRequest).toBe(false);
    expect(rules.needsReview).toBe(true);
  });

  it.each([
    'Helaas geen plek nu, maar u mag mijn cv een jaar bewaren voor latere vacatures. Daar geef ik graag toestemming voor.',
    'Voordat ik mijn cv stuur, wil ik even weten hoe groot het team is.',
  ])('Dutch: an applicant allowing his CV kept or sending it is a "no" the rules doubt or find nothing in: "%s"', (body) => {
    const rules = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(rules.isPrivacyRequest).toBe(false);
  });

  it('Dutch: a colleague asked to read a draft reply that tells what is kept by law finds no request', () => {
    const body =
      'Hoi Joost, hieronder mijn concept. Kun je meelezen voordat ik het verstuur?\n\n' +
      'Beste meneer Bakker, wij hebben uw gegevens uit onze klantenlijst gehaald. Uw facturen bewaren wij op grond van de ' +
      'fiscale bewaarplicht nog zeven jaar; deze gegevens gebruiken wij niet voor iets anders.';
    expect(classifyEmail({ subject: 'Concept antwoord meneer Bakker', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch: my data to be had erased is read, and where only supposed it is a "no" the models do not overrule', () => {
    const asked = classifyEmail({ subject: '', body: 'Ik wil mijn klantprofiel bij de webwinkel laten wissen.' }, { rulesAlone: true });
    expect(asked.rights).toEqual(['erasure']);
    const supposed = classifyEmail(
      { subject: '', body: 'Stel dat ik na de verhuizing mijn gegevens zou willen laten verwijderen, kan dat per mail?' },
      { rulesAlone: true },
    );
    expect(supposed.isPrivacyRequest).toBe(false);
    expect(supposed.needsReview).toBe(true);
  });

  it.each([
    'Mijn buurman las jullie nieuwsbrief over back-ups. Mag ik me ook aanmelden met dit adres?',
    'Sinds de overstap krijg ik niets meer van jullie binnen, terwijl ik de nieuwsbrief weer wil ontvangen.',
  ])('Dutch: signing up for a mailing is a "no" the models do not overrule: "%s"', (body) => {
    const rules = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(rules.isPrivacyRequest).toBe(false);
    expect(rules.needsReview).toBe(true);
  });

  it('Dutch: a CV kept for later vacancies, allowed, is a "no" the models do not overrule', () => {
    const body = 'U mag mijn cv en gegevens gerust bewaren voor een volgende vacature, daar geef ik toestemming voor.';
    const rules = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(rules.isPrivacyRequest).toBe(false);
    expect(rules.needsReview).toBe(true);
  });

  it.each([
    { rights: ['unsubscribe'], body: 'Your rep has rung me four times about printer leases. I do not want to be contacted for marketing purposes any more.' },
    { rights: ['unsubscribe'], body: 'Could you kindly stop inviting me to your seminars and open days? I run a bakery.' },
    { rights: ['unsubscribe'], body: 'Please stop the texts about weekend offers.' },
    { rights: ['erasure'], body: 'I applied for the analyst role in May and I was not selected. Please delete my CV and the interview notes.' },
    { rights: ['restriction'], body: 'Please keep my file for tax purposes only and do not use it for anything else.' },
    { rights: ['erasure'], body: 'Your engineer filmed the server cupboard with my children playing in the background. I would like those videos removed.' },
    { rights: ['rectification'], body: 'My mobile number changed to 07700 900123, please replace the old one in your records.' },
    { rights: ['access'], body: 'A colleague says your firewall keeps a list of the websites each user visits. I want to see what is recorded under my name.' },
    { rights: ['erasure'], body: "I never gave you my private mobile and I don't want my number in your database at all." },
    { rights: ['erasure'], body: "You also kept the scan of my passport. I don't want it in your files any longer." },
    { rights: ['erasure'], body: "Once my contract ends I don't want any of this lying around in your systems." },
    { rights: ['erasure'], body: "I am closing my shop. Please end my subscription in May and don't keep anything, my name, my address, my bank details." },
    { rights: ['unsubscribe'], body: 'Three mailers and two invitations this month. I would like never to hear from your company again.' },
    { rights: ['rectification'], body: 'On every parcel label my surname is misspelt as "Pereria". It is Pereira.' },
    { rights: ['access', 'rectification'], body: 'Could you send me a copy of the personal data you hold about me? I would also like my postal address to be corrected to 4 Mill Lane.' },
  ])('English fifteenth pass: names $rights in "$body"', ({ rights, body }) => {
    expect([...classifyEmail({ subject: '', body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Please stop inviting Tom to the Monday stand-ups, he has left the project.',
    'We bought a new printer for reception, please replace the old one in your system.',
    "We don't want any downtime in your systems during the migration.",
    'I agree to you using my CV for this role; please erase my CV after the interviews if I am not selected.',
    'Sara leaves on the 30th. Please convert her mailbox to shared for her manager and delete the account after 30 days.',
    'Your address is on three delivery notes; these are kept for accounting purposes only and are not used for anything else.',
    'My name is Priya and I manage the office in Leeds. Could you quote for three new laptops?',
  ])('English fifteenth pass: the rules alone find no request in "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('English fifteenth pass: a sales pitch offering a free consultation names the rights it sells as topics only', () => {
    const body =
      'Hi,\n\nDid you know that most small firms are not ready for the GDPR? Fines can reach EUR 10 million.\n\nOur certified privacy officers handle:\n' +
      '- Subject access requests\n- Data breach notifications within 72 hours\n- Your records of processing\n\n' +
      'Book a free 20-minute consultation: https://example.org/book\n\nKind regards,\nAnna';
    const pitch = classifyEmail({ subject: 'Privacy officer on demand', body }, { rulesAlone: true });
    expect(pitch.isPrivacyRequest).toBe(false);
    expect(pitch.evidence).toEqual([]);
  });

  it.each([
    { rights: ['objection'], body: "Hello, I don't want my purchase history used for training your recommendation AI. Thanks, Kim" },
    { rights: ['objection'], body: 'I do not want my browsing behaviour analysed by your web shop.' },
    { rights: ['restriction'], body: "Until the invoice dispute is settled I don't want my address used for anything." },
    { rights: ['access'], body: 'Have my contact details ever been passed on to other companies?' },
    { rights: ['unsubscribe'], body: 'Please remove my mobile number from your call list and also stop sending promotional emails.' },
    { rights: ['erasure'], body: 'Delete my account and all my data, also from your mailing list.' },
    {
      rights: ['access', 'erasure'],
      body: 'First send me a copy of what you hold on me. After that I would like everything you are not obliged to keep to be erased.',
    },
  ])('English sixteenth pass: names $rights in "$body"', ({ rights, body }) => {
    expect([...classifyEmail({ subject: '', body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
  });

  it.each(['After the migration we want everything in the old tenant to be deleted.', 'My data has been shared with the new payroll provider as agreed.'])(
    'English sixteenth pass: the rules alone find no request in "%s"',
    (body) => {
      expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
    },
  );

  it('English: a platform confirming an unsubscribe it carried out asks nothing', () => {
    const notice = classifyEmail({
      subject: 'Your unsubscribe request has been processed',
      body: 'You\'ve been unsubscribed from "Daily deals". You can change your email settings at any time.',
    });
    expect(notice.isPrivacyRequest).toBe(false);
  });

  it('English: a reminder that names no right chases the request in its subject', () => {
    const reminder = classifyEmail({
      subject: 'Re: Subject access request',
      body: 'It has been five weeks and I have not yet received the data. Could you tell me when I can expect it?\n\n> We confirm receipt of your request and will respond within one month.',
    });
    expect(reminder.rights).toEqual(['access']);
  });

  it.each([
    "Our bookkeeper needs a CSV export of last year's invoices.",
    'Please remove me from the CC of this ticket, my colleague takes over.',
    'Can someone take me off the project channel in Teams?',
    'Please restrict external sharing on our document library to guests only.',
    'Not interested? Reply STOP and we will remove you from our list.',
    'I asked for deletion of my account last year and you did it promptly, thanks. Could you now quote for two new laptops?',
    'Just wondering: if I ever wanted my data deleted, how would that work?',
    'NEWS RELEASE. The regulator reprimanded four firms for ignoring subject access requests. Notes to editors follow below.',
    'Delivery has failed to these recipients or groups.\n\nPlease send me a copy of my data.',
    'I want to make a formal complaint about the delay of my refund.',
    'I heard the old test server will be deleted next week, can we keep the logs?',
    'Please stop sending me paper statements, email is fine.',
    'Thanks, I got the confirmation that my account has been deleted. Have a good weekend!',
    'The unsubscribe button in our mailing template links to a 404 page, can you fix it?',
    'Please delete the standing order to the tennis club from my account.',
    'Until the new router arrives, please do not use the old one for anything.',
    "While I'm away, please don't share the wifi password with anyone.",
    'I accidentally unsubscribed from your newsletter last week, could you put me back on the list?',
    'Data Protection Bulletin, spring edition. Key takeaways from the latest judgment on subject access requests.',
    'Next month we hold a tabletop exercise on a data breach where a laptop with client files is stolen. Could one of your engineers take part?',
    'While the backup runs, the data is not processed or shared, so expect a short delay.',
    'I applied for the service desk vacancy in May. Could you let me know whether my application is still under review?',
    'Hi, I would like to unsubscribe from my gym membership at the end of the month, what notice do I need to give?',
    'My parcel arrived today but the phone charger was missing. Could you send it separately?',
    'Please remove the intern from the all staff distribution list, her contract ended on Friday.',
    'Thanks for your message. If you would rather not hear from me again, just say so and I will remove you from my list.',
    'Your webcam recorded you. If you want me to delete all your data, pay 900 euro in Bitcoin. After payment I will erase everything.',
    'Yes, remove the user Kate from the portal list, her replacement is Ana.',
    'Most IT firms struggle with right to be forgotten requests in their backups. Would you be open to a 20-minute call next week?',
    'I want to make a formal complaint about the engineer who was late again.',
    'We checked with our lawyer whether the new office lease can be signed electronically.',
    'Your project has 12 new followers this week.\n\nYou are receiving alert emails for this project. Unsubscribe · Help',
    'Hello, I am a reporter at a regional paper writing about a data breach at a hospital supplier. Would someone be willing to comment before Thursday?',
    'Unusual sign-in activity: a data breach may affect your mailbox. Verify your password within 24 hours to restore access.',
    'A new study by our institute shows that half of all small firms never reported their data breach to the authority.',
    'Please treat this as a formal complaint about the invoice you sent twice.',
    "I'd like to stop getting paper invoices and receive them by email instead.",
    'I have sent the answer to the subject access request from Mrs Smith this morning, with the Art. 15 letter.',
    'Further to your letter, please find enclosed the personal data our company holds about your employee, with the information required by Article 15.',
    'I object to the late payment fee on my last invoice, I paid on time.',
    'If I ask you to delete my account, do you also remove it from the backups?',
    'Could you remove my old phone as an MFA method on my account?',
    'Please also remove the Everyone link on my account folder.',
    'Could you add a consent banner to our shop that lets visitors withdraw consent with one click?',
    'Please quote for a review of our systems, including whether we could handle a subject access request in time.',
    'Yes, remove the old wifi network and everything on it.',
    'Could you copy that folder to the new server and then delete his account?',
    'My husband also wants his account deleted, but he will email you himself.',
    'For the register: we removed the customer from the mailing tool yesterday after her reply.',
    'Before I sign up for your mailing: do you pass addresses on to other firms, and can I unsubscribe whenever I like?',
    'Small thing: there is a typo in your website footer, the link says Unsubsribe.',
    'Please transfer our DNS records directly to the new hosting company.',
    'We keep paper invoices until they are destroyed under our retention policy.',
    'Could I see the video in which I am interviewed before it goes online?',
    'Our trainee asks whether this is a data breach: a printout with prices only was left in the meeting room.',
    'The photo showing my desk in your office newsletter came out nicely.',
    'Could you copy all his emails from last year for our solicitor?',
    'Please escalate to the second line team if the printer is not fixed by Friday.',
    'If the old invoices are not deleted by Friday, the export will fail.',
    'Nothing but automated backups run on that server.',
    'Please correct the title of the report in the project file.',
    'We found a box of old cables with the printers in the basement.',
    'Could you send me a copy of the logs relating to the firewall outage?',
    'The title on the last invoice should be spelled in capitals.',
    'We need a full copy of the file server before the migration.',
    'I want a full copy of my contract for the mortgage advisor.',
    'I still have a full copy of the old contract if you need it.',
    'Please provide the signed quote without further delay.',
    'The photos with me in the background are fine to keep.',
    'Please remove my old phone from the system, I have a new one now.',
    'Can you wipe the old test server remotely before it goes back to the lessor?',
    "The paper invoice comes every month by post, I don't want to receive it anymore.",
    'Could you send the invoices directly to our new accountant?',
    'Our opening hours changed; please update it everywhere on the website.',
    'We instruct you to delete the old backups of the test server.',
    'The webinar is online; here is a copy of the recording of that call for those who missed it.',
    'Who received the new laptops last week?',
    "Our company name shows up as 'Qualty Networks' on the login page.",
    'Please stop the backup job until we have checked the new disk.',
    'I wish to object to planning application 26/0412 for the car park behind our office; it would block the only access road.',
    'If I ever end the contract, how do I get my files back?',
    'Could you take away the open box of old cables next to the server rack?',
    'We formally object to the 9% price increase announced in your letter.',
    'Our own GitHub repository still has a plaintext password in the deploy script; could you help us move it to a vault?',
    'I forgot I ever signed up for this webinar, sorry for the late reply.',
    'Two of our staff would rather not be featured in the team photo; can you crop them out before it goes to print?',
    'Could you remove the part about my discount from the quote before you send it?',
    'Please tell me who has access to the shared calendar.',
    'The supplier sent the price list in a format we can import into the webshop.',
    "Could you send last year's invoices to our accountant in a format they can import into their bookkeeping software?",
    'Could you send us your processing agreement? We need to check how you delete personal data of data subjects.',
    'Please go ahead with the deletion of the old test tenant.',
    'Our webinar shows what to do when a customer asks for a copy of all their data.',
    'When someone submits a subject access request, which template do you use?',
    'Only a third of the firms that had a data breach reported it to the regulator within 72 hours.',
    'Please list any data breaches the company notified to the ICO last year.',
    'Your technician left his laptop charger in our server room yesterday, shall we post it to you?',
    'Our price list file is publicly accessible on the website, so customers can download it.',
    'Jan and Piet have left the company, so please stop sending them the monitoring alerts.',
    'Could you switch my email address to the new Microsoft 365 tenant on Friday?',
    'Please address me as the main contact for the project from now on.',
    'Your engineer forgot his laptop in the office, so he could not finish the firewall change today.',
    'We found the laptop with asset tag QN-0412 in our storage room; could you re-image it for the new hire?',
    'Please make sure the file is publicly accessible so our clients can download it.',
    'Our ex-colleague Tom left last week. Please export his mailbox to PST and save it to our archive share.',
    'Privacy Weekly digest. The regulator fined a retailer over ignored access requests. New guidelines on the right of access were adopted.',
  ])('English: finds no request in the look-alike "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }).isPrivacyRequest).toBe(false);
  });

  // Topic words in staff updates on a request and in sales mail that scares with fines are set aside by the rules themselves.
  it.each([
    'Quick update: the DSAR of Ms Jansen is finished and I have logged it in the register. Can you close the case on your side?',
    'Status update on the subject access request: my notes are in the folder on the shared drive. Still waiting on the finance team.',
    'Are you covered for a data breach? The average cost of a data breach keeps rising, and regulators can fine you up to 2% of turnover. Get a quote today.',
    'Spring deals on bikes and helmets, this weekend only.\n\nYou receive this newsletter as a club member. Unsubscribe.',
    'All candidate profiles are shared with explicit consent and in full compliance with the GDPR. Shall I send you a few?',
    "DSAR from Mr de Boer - who's picking this up? I can do the mailbox search if someone else drafts the reply.",
    'Invitation to our privacy summit. Keynote on subject access requests in practice; early bird tickets until Friday.',
  ])('English: the rules alone find no request in "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  // Dutch phrasings learnt from mail written without sight of the classifier (h11-h14).
  it.each([
    { rights: ['complaint'], body: 'Ik wil een klacht indienen. Dit is een grove schending van mijn privacy.' },
    { rights: ['complaint'], body: 'Hierbij dien ik een klacht in over de manier waarop u met mijn persoonsgegevens bent omgegaan.' },
    { rights: ['complaint'], body: 'Als ik voor vrijdag niets hoor, wend ik mij tot de Autoriteit Persoonsgegevens.' },
    { rights: ['erasure'], body: 'Zorg er alsjeblieft voor dat ik niet langer in jullie klantenbestand sta.' },
    { rights: ['objection'], body: 'Ik wil de nieuwsbrief blijven krijgen, maar dan zonder trackingpixels.' },
    { rights: ['portability'], body: 'Kunnen jullie mijn gegevens rechtstreeks naar mijn nieuwe boekhouder overzetten?' },
    { rights: ['portability'], body: 'Graag mijn gegevens rechtstreeks naar mijn nieuwe dienstverlener sturen, in CSV.' },
    { rights: ['restriction'], body: 'Opslaan mag, maar gebruiken niet tot de zaak is uitgezocht.' },
    { rights: ['restriction'], body: 'Mijn bezwaar loopt nog; wilt u in de tussentijd mijn gegevens niet meer gebruiken?' },
    { rights: ['rectification'], body: 'Mijn functietitel klopt niet in jullie CRM.' },
    { rights: ['rectification'], body: 'Ik ben geen directeur maar adviseur, graag aanpassen in jullie systeem.' },
    { rights: ['breach_report'], body: 'De bijlage bij jullie mail is niet van ons: het bevat de namen en adressen van patiënten van een huisarts.' },
    { rights: ['objection'], body: 'Jullie nemen de gesprekken op, las ik. Daar maak ik bezwaar tegen.' },
    { rights: ['erasure'], body: 'Ik ben geen klant meer. Haal me overal uit, graag.' },
    { rights: ['erasure'], body: 'Wilt u mij uit uw klantenbestand verwijderen? Dank.' },
    { rights: ['erasure'], body: 'Wat mij betreft mogen jullie gewoon vergeten dat ik ooit besta.' },
    { rights: ['rectification'], body: 'Gescheiden sinds maart: mijn achternaam is voortaan weer Smit.' },
    { rights: ['rectification'], body: 'Mijn voornaam is verkeerd gespeld, het is Ilse met één l.' },
    { rights: ['rectification'], body: 'nieuw mobiel nummer: 06-98765432, de oude werkt niet meer' },
    { rights: ['unsubscribe'], body: 'Hou alsjeblieft op met die mails over aanbiedingen.' },
    { rights: ['unsubscribe'], body: 'Graag geen mailings meer van jullie, dank.' },
    { rights: ['unsubscribe'], body: 'Bel me nooit meer en haal mijn mobiele nummer uit jullie belbestand.' },
    { rights: ['unsubscribe'], body: 'Alweer die folder per mail. Haal mijn mailadres er nu eens af.' },
    { rights: ['erasure'], body: 'Wilt u de foto van de barbecue waarop ik sta van uw website halen?' },
    { rights: ['objection'], body: 'Ik maak er bezwaar tegen dat jullie mijn locatie bijhouden in de app.' },
    // h15-h31, rights: a request recalled in a complaint, sent straight on, kept for a dispute, "per direct", lists.
    { rights: ['complaint'], body: 'Op 3 mei heb ik gevraagd mijn gegevens te wissen. Toch kreeg ik gisteren weer post van jullie, dus ik dien een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['erasure', 'complaint'], body: 'Op 3 mei heb ik u verzocht al mijn gegevens te verwijderen. Ik herhaal dat verzoek en dien een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['portability'], body: 'Ik ga naar een andere boekhouder. Kunt u mijn gegevens in een Excelbestand rechtstreeks naar haar kantoor sturen?' },
    { rights: ['portability'], body: 'Ik stap over naar een andere sportschool. Kunnen jullie mijn gegevens als CSV direct overzetten naar hun systeem?' },
    { rights: ['restriction'], body: 'Zolang de discussie over mijn laatste factuur loopt, wilt u mijn gegevens bewaren maar niet meer gebruiken voor mailings?' },
    { rights: ['erasure'], body: 'Verwijder per direct mijn account en al mijn gegevens.' },
    { rights: ['unsubscribe'], body: 'Haal me maar van al jullie mailinglijsten af.' },
    { rights: ['unsubscribe'], body: 'Ik krijg nu ook jullie webinaruitnodigingen. Haal me daar per direct van af.' },
    { rights: ['objection'], body: 'Ik heb bezwaar tegen de gps in mijn bestelbus die ook in het weekend mijn locatie bijhoudt.' },
    { rights: ['erasure'], body: 'Verwijder al mijn gegevens, ook uit het klantenbestand en uit de verzendlijsten van de beurs.' },
    { rights: ['erasure'], body: 'Ik zeg mijn abonnement op. Verwijder daarna alles wat jullie van mij hebben.' },
    { rights: ['erasure'], body: 'Zodra de laatste factuur betaald is, mag alles wat jullie van mij hebben weg.' },
    { rights: ['erasure'], body: 'Ik ben geen lid meer. Kunnen jullie alles wat jullie nog van mij hebben weghalen?' },
    { rights: ['erasure'], body: 'Mijn contract loopt af. Graag alles wat u over mij heeft schrappen, ook mijn telefoonnummer.' },
    { rights: ['access'], body: 'Graag ontvang ik per mail een overzicht van alles wat jullie van mij hebben.' },
    { rights: ['erasure'], body: 'Ik zou graag zien dat de opnames van mijn gesprekken met de helpdesk worden gewist.' },
    { rights: ['erasure'], body: 'Wilt u de scan van mijn rijbewijs die ik vorige week meestuurde verwijderen?' },
    { rights: ['breach_report'], body: 'Dank voor het overzicht naar aanleiding van mijn inzageverzoek. Er zaten helaas ook facturen van een andere klant bij.' },
    // Fourth pass: a planned deletion stopped, the Art. 15 list, 'oud' as a description, complaints in other words.
    { rights: ['restriction'], body: 'Jullie gaan mijn oude account volgende week opruimen. Kunnen jullie die verwijdering stoppen en mijn gegevens bewaren tot het geschil over de borg is opgelost?' },
    { rights: ['restriction'], body: 'Ik kreeg bericht dat mijn profiel wegens inactiviteit wordt gewist. Wilt u mijn profiel niet verwijderen, maar ook niet meer gebruiken tot het geschil met de verhuurder is opgelost?' },
    { rights: ['access'], body: 'Ik verzoek u om inzage in mijn persoonsgegevens. Vermeld daarbij ook:\na. de doeleinden;\nb. dat ik het recht heb u te verzoeken mijn gegevens te wissen of te verbeteren;\nc. dat ik het recht heb een klacht in te dienen bij de toezichthouder.' },
    { rights: ['erasure'], body: 'Mijn klantaccount bestaat nog, met mijn oude adres en mijn bankrekening erin. Verwijder dat account en al mijn gegevens.' },
    { rights: ['rectification'], body: 'De monteur belde gisteren weer naar mijn oude nummer.' },
    { rights: ['breach_report', 'complaint'], body: 'Jullie zetten alle klanten in de cc van de uitnodiging. Als dit niet opgelost wordt, leg ik het neer bij de Autoriteit Persoonsgegevens.' },
    { rights: ['complaint'], body: 'De monteur las mijn privéberichten mee. Dat is niet ok voor mijn privacy en ik wil dat dit als klacht wordt behandeld.' },
    { rights: ['unsubscribe'], body: 'Wij krijgen steeds uw folders in de bus. Wij verzoeken u ons adres niet meer voor reclame te gebruiken.' },
    { rights: ['breach_report'], body: 'Bij uw factuur zat ook een factuur van een andere klant, met zijn privéadres. Wij verwijderen hem zodra u bevestigt dat u dat wilt.' },
    { rights: ['erasure', 'complaint'], body: 'Wis al mijn gegevens uiterlijk vrijdag. Een kopie van deze mail stuur ik naar de Autoriteit Persoonsgegevens.' },
    { rights: ['erasure'], body: 'Verwijder al mijn persoonsgegevens. Als u zich op een fiscale bewaarplicht beroept, verneem ik graag welke gegevens u bewaart.' },
    { rights: ['objection'], body: 'Ik wil niet dat jullie mijn bezoeken aan de site aan mijn klantprofiel koppelen, want jullie verkoper wist precies welke pagina ik had bekeken.' },
    { rights: ['unsubscribe', 'erasure'], body: 'Stuur me geen nieuwsbrief meer en haal daarna ook mijn naam en adres uit het ledenbestand weg.' },
    { rights: ['unsubscribe', 'erasure'], body: 'Ik wil van al jullie lijstjes af, en ook uit het klantenbestand.' },
    // Sixth pass: consent withdrawn beside a profile to be erased; an old contact detail going away is no erasure.
    { rights: ['objection', 'erasure'], body: 'Mijn toestemming voor de nieuwsbrief-analyse trek ik in. Verder wil ik dat het profiel dat jullie van mijn aankopen bijhouden wordt verwijderd.' },
    { rights: ['rectification'], body: 'Mijn mailadres is gewijzigd en het oude mailadres gaat verdwijnen. Graag de orderbevestigingen voortaan naar piet@bakkerij-aarts.nl.' },
    { rights: ['rectification'], body: 'Mijn telefoonnummer in jullie klantsysteem klopt niet meer, het oude abonnement is weg. Nieuw nummer: 06-11223344.' },
    // Seventh pass: a contested record not to be used meanwhile; my data out of their files beside the newsletter.
    { rights: ['rectification', 'restriction'], body: 'Mijn geboortedatum staat verkeerd in jullie systeem. Zolang dat niet is rechtgezet wil ik niet dat jullie die gegevens gebruiken.' },
    { rights: ['rectification', 'restriction'], body: 'Er staat genoteerd dat ik niet betaald heb. Ik wil dat die notitie wordt gecorrigeerd, en tot dat geregeld is graag niks met mijn gegevens doen.' },
    { rights: ['unsubscribe', 'erasure'], body: 'Geen nieuwsbrief meer voor mij, en ik wil ook dat u mijn naam en adres uit uw database verwijdert.' },
    { rights: ['breach_report'], body: 'Uw medewerker gaf mijn telefoonnummer door aan een wildvreemde beller. Ik meld dit hierbij als datalek.' },
    { rights: ['breach_report'], body: 'Oplichters kenden mijn klantnummer en mijn laatste bestelling. Ik denk dat er bij jullie iets is uitgelekt.' },
    // Seventh pass, third batch: a copy received or a deletion told back is background; a complaint in the sentence of the leak or the request.
    { rights: ['rectification'], body: 'Bij mijn vertrek kreeg ik een kopie van mijn dossier. Daarin staat dat ik een waarschuwing kreeg, maar dat klopt niet. Ik wil dat die aantekening wordt gecorrigeerd.' },
    { rights: ['complaint'], body: 'U schrijft dat mijn gegevens zijn verwijderd, maar niemand legt uit waarom de facturen blijven. Ik leg dit voor aan de Autoriteit Persoonsgegevens.' },
    { rights: ['breach_report', 'complaint'], body: 'Mijn factuur stond zomaar in het klantportaal van een ander bedrijf. Ik meld dit als datalek en dien ook een klacht in.' },
    { rights: ['erasure', 'complaint'], body: 'Ik herhaal mijn verzoek om verwijdering van al mijn gegevens en dien daarnaast een klacht in over de trage reactie.' },
    { rights: ['breach_report'], body: 'Sinds gisteren krijg ik facturen binnen van iemand anders, met zijn adres en klantnummer erop.' },
    { rights: ['breach_report'], body: 'Jullie nieuwsbrief ging uit met honderd adressen zichtbaar in het cc-veld.' },
    { rights: ['breach_report'], body: 'Ik ontvang orderbevestigingen van iemand anders. Ik denk dat jullie mijn mailadres verkeerd aan zijn account hebben gekoppeld.' },
    { rights: ['restriction'], body: 'Graag mijn gegevens niet langer gebruiken totdat de rechter heeft beslist over de opzegging.' },
    { rights: ['objection', 'erasure'], body: "Wij trekken onze toestemming voor de schoolfoto's in. Wilt u de foto's waarop onze zoon herkenbaar is van de website verwijderen?" },
    { rights: ['objection', 'erasure'], body: "Ik maak bezwaar tegen het gebruik van de foto's van het zomerfeest en vraag u ze te verwijderen." },
    { rights: ['erasure'], body: 'Ik ben geen klant meer. Wis al mijn gegevens uit uw systemen: de klantenadministratie, het ticketsysteem, de mailinglijsten.' },
    { rights: ['breach_report', 'complaint'], body: 'Gisteren kreeg ik jullie uitnodiging met de adressen van alle deelnemers in de cc. Dit is toch gewoon een datalek? Ik dien hierbij een klacht in.' },
    { rights: ['breach_report', 'complaint'], body: 'Mijn privénummer stond in de offerte die jullie aan een andere klant stuurden. Dat lijkt me een datalek. Ik wil hier formeel over klagen.' },
    { rights: ['access', 'erasure'], body: 'Stuur me eerst een kopie van al mijn gegevens. Daarna mogen jullie alles verwijderen.' },
    { rights: ['access', 'erasure'], body: 'Ik wil graag een overzicht van mijn persoonsgegevens en daarna alles verwijderen wat jullie niet wettelijk hoeven te bewaren.' },
    { rights: ['erasure'], body: 'Graag wil ik dat u al mijn gegevens wist.' },
    { rights: ['rectification'], body: 'In het gespreksverslag staat dat ik te laat was. Dat klopt niet. Ik verzoek u dit te corrigeren.' },
    { rights: ['rectification', 'restriction'], body: 'In uw administratie sta ik als eigenaar van de zaak. Dat is mijn zus. Zolang u dit uitzoekt, mijn gegevens niet gebruiken. Daarna wil ik dat u het corrigeert.' },
    { rights: ['rectification', 'restriction'], body: 'Mijn lidnummer in jullie portaal hoort bij iemand anders. Zolang het niet is gecorrigeerd wil ik niet dat jullie die gegevens gebruiken.' },
    { rights: ['breach_report'], body: 'Vanochtend kreeg ik een afspraakbevestiging van de fysiotherapeut, maar die was bedoeld voor ene meneer De Groot, met zijn adres en behandeling erbij.' },
    { rights: ['unsubscribe'], body: 'Haal me hier maar uit, ik lees het toch nooit.' },
    { rights: ['breach_report'], body: 'Sinds gisteren zie ik in het klantportaal de dossiers van een ander kantoor, met namen en geboortedata.' },
    { rights: ['breach_report'], body: 'Onze map met loonstroken staat sinds de migratie open voor iedereen met de link.' },
    { rights: ['access', 'complaint'], body: 'Op 2 februari vroeg ik om een kopie van mijn gegevens. Dit is mijn derde herinnering, en ik dien hierbij een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['erasure', 'complaint'], body: 'Op 3 maart vroeg ik jullie om verwijdering van al mijn gegevens. Ik wil dat het nu gebeurt en dien hierbij een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['complaint'], body: 'Jullie hebben mijn telefoonnummer aan een leverancier doorgegeven. Ik dien hierover een klacht in.' },
    { rights: ['complaint'], body: 'Jullie fotograaf heeft zonder mijn toestemming een foto van mijn dochter op Instagram gezet. Ik dien hierbij een klacht in.' },
    { rights: ['unsubscribe'], body: 'Haal mijn adres uit uw bestand voor reclame, ik word er gek van.' },
    { rights: ['rectification'], body: 'Sinds mijn scheiding gebruik ik weer mijn meisjesnaam. Op de facturen sta ik nog als mevrouw De Vries.' },
    { rights: ['restriction'], body: 'Over de factuur loopt een geschil. Bewaar alles, maar ik wil niet dat mijn gegevens in de tussentijd worden gebruikt voor uw reclame.' },
    { rights: ['breach_report'], body: "Mijn oude telefoon, die jullie zouden wissen, wordt nu tweedehands aangeboden met mijn foto's er nog op." },
    { rights: ['rectification'], body: 'Er staat een fout in mijn personeelsdossier: mijn startdatum is 1 maart, niet 1 mei.' },
    { rights: ['unsubscribe'], body: 'graag van deze lijst af. heb me nooit ingeschreven' },
    { rights: ['unsubscribe'], body: 'Kunnen jullie mij van de uitnodigingslijst afhalen? Aan de seminars heb ik geen behoefte.' },
    { rights: ['rectification'], body: "Al uw brieven aan mij beginnen met 'Geachte mevrouw De Wit'. Ik ben een man." },
    { rights: ['erasure'], body: 'Jullie hebben per ongeluk mijn account verwijderd, maar ik wil nu echt al mijn gegevens laten wissen.' },
    { rights: ['access', 'unsubscribe'], body: 'Welke gegevens hebben jullie van mij? En bel me niet meer.' },
    { rights: ['complaint'], body: 'In uw brief wijst u mijn bezwaar tegen het gebruik van mijn gegevens voor uw klantenpanel af. Ik dien hierbij een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['rectification', 'restriction'], body: 'Mijn geboortejaar staat verkeerd in mijn klantdossier, het is 1984. Wilt u de onjuiste gegevens tot die tijd niet gebruiken voor de offerte?' },
    // Twelfth pass: use denied after an open question, erasure by a pronoun beside an objection, curt erasure, a passed
    // deadline, a wish for erasure in the passive, a list left as a question, a new mail address from a date, copy first then gone.
    { rights: ['restriction'], body: 'De rekening klopt volgens mij niet. Totdat vaststaat wie er gelijk heeft, graag mijn gegevens niet meer aan de deurwaarder verstrekken.' },
    { rights: ['objection', 'erasure'], body: 'Ik maak bezwaar tegen het gebruik van mijn portret in uw brochure en vraag u het per omgaande te vernietigen.' },
    { rights: ['erasure'], body: 'gegevens verwijderen aub, ik ben geen klant meer' },
    { rights: ['access', 'complaint'], body: 'In januari vroeg ik om een kopie van mijn persoonsgegevens. De wettelijke termijn is inmiddels ruim verlopen, dus ik dien een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['objection', 'erasure'], body: 'Mijn toestemming voor de klantenpanels trek ik in. Daarnaast wil ik dat al mijn gegevens bij jullie gewist worden.' },
    { rights: ['unsubscribe'], body: 'die mailings lees ik nooit, kun je me er even afhalen?' },
    { rights: ['rectification'], body: 'Mijn e-mailadres wordt vanaf maandag petra@voorbeeldpost.nl, het oude vervalt.' },
    { rights: ['access', 'erasure'], body: 'Kunnen jullie mij eerst laten zien wat er over mij in het klantsysteem staat en dat vervolgens wissen?' },
    { rights: ['access'], body: 'Na het gesprek ben ik benieuwd wat de selectiecommissie over mij heeft opgeschreven.' },
    { rights: ['restriction'], body: 'Wilt u de beelden van de parkeergarage bewaren en niet wissen? Ik heb ze nodig voor de verzekering.' },
    { rights: ['erasure'], body: 'Hierbij het gevraagde identiteitsbewijs, met het BSN afgeschermd. Kunt u nu verder met de verwijdering?' },
    { rights: ['objection'], body: 'De nieuwsbrief mag blijven, maar stop met dat meten van wat ik aanklik.' },
    { rights: ['objection'], body: 'Geen trackingpixels meer in jullie mails graag, de inhoud lees ik met plezier.' },
    { rights: ['unsubscribe'], body: 'Ik verzoek u mijn mailadres per omgaande van uw verzendlijsten te verwijderen.' },
    { rights: ['unsubscribe'], body: 'Haal mijn naam er vandaag nog maar af, die folders hoef ik niet.' },
    { rights: ['access'], body: 'Onze klant wil inzage in haar gegevens. Kunnen jullie uitzoeken wat er allemaal over haar is geregistreerd in het ticketsysteem?' },
    { rights: ['unsubscribe'], body: 'uitschijven aub' },
    { rights: ['breach_report'], body: 'In het klantportaal zie ik bij mijn account de facturen van een zekere meneer Bakker uit Assen.' },
    { rights: ['objection'], body: 'Die toestemming geven wij niet langer.' },
    { rights: ['objection'], body: 'Neem mijn telefoongesprekken met de helpdesk voortaan niet meer op.' },
    { rights: ['erasure', 'complaint'], body: 'Ik heb jullie al drie keer gevraagd om mijn gegevens te wissen. Nu dien ik een klacht in bij de Autoriteit Persoonsgegevens.' },
    { rights: ['unsubscribe'], body: 'Elke maand valt jullie reclamefolder in mijn bus. Daar wil ik vanaf.' },
    { rights: ['access'], body: 'Jullie nemen de gesprekken met de servicedesk op. Kan ik de opname van mijn telefoontje van dinsdag toegestuurd krijgen?' },
    { rights: ['erasure'], body: 'Wilt u de opname van mijn gesprek verwijderen en niet meer terugluisteren?' },
    { rights: ['erasure'], body: 'Mijn vorige bericht bevatte mijn pincode. Willen jullie dat bericht verwijderen uit jullie systemen?' },
    { rights: ['unsubscribe'], body: 'Doe mij maar geen folders meer, bedankt.' },
    { rights: ['unsubscribe'], body: 'Zet me maar van die lijst, ik lees het nooit.' },
    { rights: ['unsubscribe'], body: 'Wilt u ons niet meer uitnodigen voor de klantavonden?' },
    { rights: ['unsubscribe'], body: 'De uitnodigingen voor jullie klantavonden hoeven voor mij niet meer.' },
    { rights: ['access'], body: 'Kunt u mij vertellen wat jullie over ons gezin bewaren?' },
    { rights: ['objection'], body: 'Ik maak bezwaar tegen het doorgeven van mijn adres aan uw partners.' },
    { rights: ['objection'], body: 'Wat ik niet wil is dat jullie bijhouden hoe vaak ik inlog.' },
    { rights: ['unsubscribe'], body: 'Ik heb me vorige maand afgemeld en ik krijg die mails nog steeds.' },
    { rights: ['unsubscribe'], body: 'Mijn man krijgt jullie folders nog altijd.' },
    { rights: ['access'], body: 'Waar hebben jullie dit nummer vandaan?' },
    { rights: ['erasure'], body: 'Kunnen jullie die mail met mijn BSN ook uit de back-ups halen?' },
    { rights: ['access'], body: 'Wij hebben geen idee hoe we een export van haar mailbox maken, dus graag jullie hulp.' },
    { rights: ['access'], body: 'Hoe lang bewaren jullie mijn gegevens nu ik weg ben bij jullie?' },
    { rights: ['access'], body: 'Graag een kopie van de camerabeelden waarop ik te zien ben.' },
    { rights: ['objection'], body: 'Jullie nieuwsbrief houdt bij waar ik op klik. Kunnen jullie dat voor mijn adres uitzetten?' },
    { rights: ['objection'], body: 'Wilt u niks meer met mijn klikgegevens doen?' },
    { rights: ['rectification'], body: 'In al uw brieven staat Pietersen. Het is Pieterse, zonder n. Wilt u dat in uw systeem corrigeren?' },
    { rights: ['rectification'], body: 'Het is Van den Berg, niet Vandenberg. Kunnen jullie dat in je systeem verbeteren?' },
    { rights: ['rectification'], body: 'Verder wil ik dat jullie mijn e-mailadres in jullie systemen corrigeren zodat dit niet nog een keer gebeurt.' },
    { rights: ['unsubscribe'], body: 'Graag wil ik me afmelden voor de nieuwsbrief over jullie trainingen.' },
  ])('Dutch: names $rights in "$body"', ({ rights, body }) => {
    expect([...classifyEmail({ subject: '', body }).rights].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Ik wil een klacht indienen over de helpdesk, die nooit terugbelt.',
    'Wij hebben het datalek bij onze webshop zelf gemeld bij de Autoriteit Persoonsgegevens.',
    'Ik had per ongeluk op afmelden geklikt, kunnen jullie mij weer aanmelden?',
    'Kunnen jullie een afmeldlink toevoegen zodat klanten zich kunnen afmelden?',
    'Stel dat ik ooit mijn account wil laten verwijderen, hoe werkt dat dan?',
    'Laat maar weten of jullie nog iets van mij nodig hebben voor de offerte.',
    'Ik maak bezwaar tegen de nieuwe rooster-indeling voor het weekend.',
    'FG-nieuwsbrief, editie mei: een arrest over het inzageverzoek en wat het betekent voor uw organisatie.',
    'Ik moet me helaas afmelden voor de cursus Excel van dinsdag, mijn collega neemt mijn plek in.',
    'Kan ik me per e-mail uitschrijven uit de basisregistratie nu ik naar Spanje verhuis?',
    'Ik wil me per 1 januari afmelden als lid van de vereniging.',
    'Kunnen jullie de foto van mijn winkelpand op de website vervangen door een nieuwere?',
    'Het verwijderverzoek van meneer Bakker ligt nog op de stapel. Wie pakt dit op, zodat de begeleidende brief morgen de deur uit kan?',
    'Mevrouw De Wit belde net: zij heeft inmiddels een klacht bij de Autoriteit Persoonsgegevens ingediend over de wachttijd.',
    'Na de laatste mailing kwamen er twaalf bounces terug. Willen jullie die mailadressen van de verzendlijst halen?',
    'Ons antwoord eindigt met: bent u het niet eens met onze reactie, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    'Ik ben student bedrijfskunde en schrijf een scriptie over privacy bij webwinkels. Hoe handelen jullie een inzageverzoek af?',
    'Nieuw webinar: de mailbox van een oud-medewerker doorzoeken, mag dat? Met tips voor IT-beheerders. Meld u gratis aan.',
    'Kun je klant Jansen uit het klantenbestand verwijderen? Hij is verhuisd.',
    "Tot de migratie is geregeld wil ik niet dat de collega's de oude share gebruiken.",
    'Ik moet me helaas afmelden voor het webinar van donderdag, er kwam een klantafspraak tussen.',
    'Hierbij mijn brief en cv. Ik geef toestemming om mijn gegevens na afloop van de sollicitatieprocedure een jaar te bewaren.',
    'Een klant van ons heeft gevraagd om inzage in zijn dossier. Hoeveel tijd hebben we daarvoor volgens de AVG?',
    'Sorry, in mijn vorige mail stond het verkeerde factuurnummer: het moet 2025-118 zijn.',
    "Op de foto's van de meterkast is het typeplaatje niet herkenbaar. Kun je ze verwijderen en nieuwe maken?",
    'Onze boekhouder heeft haar wachtwoord op een nepsite ingevuld. Kunnen jullie al haar sessies afmelden en het wachtwoord resetten?',
    'Geen actie voor jullie nodig, het is een adviesvraag: een patiënt stuurde ons een inzageverzoek. Binnen welke termijn moeten we antwoorden?',
    'Jaarrekeningcontrole 2026: verzoek om inzage. Wij ontvangen graag toegang tot het grootboek en de debiteurenlijst per 31 december.',
    'Ik las gisteren op het nieuws over een datalek bij een grote webwinkel. Moeten wij onze wachtwoorden wijzigen?',
    'Wij stellen een protocol op: wat doen we als er een telefoon gestolen wordt?',
    'Dank voor de bevestiging dat mijn gegevens zijn verwijderd, dat ging vlot.',
    'Ter info: de nieuwsbrief van de toezichthouder gaat deze maand over het recht om vergeten te worden. Lees verder op de website.',
    'Zet de mailbox van Piet in een PST-bestand, daarna mag alles weg.',
    'Verwijder alle oude back-ups, behalve wat we niet wettelijk hoeven te bewaren.',
    'Ik wil formeel klagen over de monteur die drie uur te laat kwam.',
    'Op factuur 2026-031 staan twaalf licenties, wij hebben er tien. Kunnen jullie dat corrigeren?',
    'Zolang de DNS niet is aangepast wil ik niet dat we de mail omzetten.',
    'Het verslag van de vergadering wordt aangepast na de opmerkingen van Piet.',
    'Kunnen jullie een lijst sturen van wie zich dit jaar voor de nieuwsbrief heeft afgemeld? Dan haal ik ze ook uit onze eigen verzendlijst.',
    'Uw melding 5120 (portaal toont documenten van een ander kantoor) is opgelost: de rechten zijn hersteld.',
    'Ik heb een offerte van een ander bedrijf gekregen, die is een stuk goedkoper.',
    'Onze inloopochtend staat open voor iedereen, ook voor niet-klanten.',
    'Ik dien een klacht in: de monteur kwam zonder afspraak en was veel te laat.',
    'Voor de zakelijke rekening gebruik ik de achternaam van mijn man.',
    'Ik heb de laptop opnieuw laten installeren. Staan mijn bestanden er nog op of moet ik de back-up terugzetten?',
    'Gebruik de verkeerde offerte tot maandag niet, dan stuur ik een nieuwe versie.',
    'Ik heb nooit een account aangevraagd, maar krijg wel een activatiemail van jullie.',
    "De nieuwe nieuwsbrief begint met 'Beste meneer of mevrouw', kan dat persoonlijker?",
    'Ik heb net per ongeluk mijn gegevens in de klantenmap verwijderd. Kunnen jullie ze terugzetten?',
    'Bel me vandaag niet meer, ik zit de hele middag in overleg.',
    'Mailen naar een verkeerde ontvanger? Zo voorkom je het: lees onze checklist voor het mkb.',
    'De toezichthouder legt een boete op aan een webwinkel die een datalek te laat had gemeld.',
    'Ontvangstbevestiging melding datalek. Uw melding van het datalek staat geregistreerd onder nummer 4471.',
    'De bijlage bevat een kopie van mijn loonstrook voor de hypotheekaanvraag.',
    'Hierbij stuur ik u mijn open sollicitatie voor de functie van magazijnmedewerker.',
    "Namens ons bureau de profielen van twee kandidaten. Wij vragen u de cv's na de selectie te vernietigen.",
    'Graag alle adressen die vorige maand gebounced zijn eruit halen, dan klopt onze statistiek weer.',
    'Zolang de nieuwe firewall niet is getest, het oude profiel niet verwijderen.',
    'De termijn voor het indienen van de offerte is verstreken, helaas.',
    'Eerst maken we een back-up van de server, daarna wissen we de oude schijven.',
    'Mijn nummer wordt per 1 mei overgezet naar de nieuwe provider, kunnen jullie de porteringsdatum bevestigen?',
    'In deze editie: de toezichthouder publiceert haar jaarverslag. Vraag van de maand: wanneer is een inzageverzoek te laat beantwoord?',
    'Een ex-klant vraagt ons om inzage in haar dossier. Hoe lang hebben we daarvoor, en hebben jullie een standaardbrief?',
    'Ter info, geen actie nodig: bij ons is een map met klantgegevens zoekgeraakt. Wij hebben dit zelf gemeld bij de Autoriteit Persoonsgegevens.',
    'Ik heb al drie keer gebeld over de storing en er komt niemand.',
    'Wilt u geen aanbiedingen meer van ons ontvangen? Stuur dan een mail met STOP.',
    'Laat maar weten wat jullie van ons nodig hebben voor de verhuizing.',
    'Die extra monitor hoeft voor ons niet meer, we hebben er al een.',
    'Kennissessie over datalekken in de zorg op 12 maart. U ontvangt deze uitnodiging als relatie van ons kantoor. Afmelden',
    'Beste gebruiker, uw mailbox heeft de opslaglimiet bereikt en wordt binnen 24 uur verwijderd inclusief alle gegevens.',
    'Kunnen jullie de verwijderde map terugzetten vanuit de back-up van gisteren?',
    'Kunnen jullie het contract uit het archief halen?',
    'Hoe lang bewaren jullie sollicitatiegegevens in het algemeen?',
    'Ik heb mijn account zelf al verwijderd, het ticket mag dicht.',
    'Deze editie: het recht op dataportabiliteit in het kort. Lees het volledige artikel op onze website.',
    'Met onze software verwijdert u alle gegevens van een klant als die een verzoek tot verwijdering indient.',
    'Kunnen jullie dat voor mij uitzetten? Het scherm start steeds opnieuw op door de updates.',
    'Kees is vanaf april onze contactpersoon. Willen jullie dat in jullie systemen aanpassen?',
    'Wij moeten ons helaas afmelden voor de ouderavond van donderdag.',
    'Ja, die oude back-ups van vorig jaar mogen weg.',
    'Wij willen op onze site een formulier waarmee klanten zelf een verwijderverzoek kunnen indienen. Graag een prijsopgave.',
    "Wij hebben twee ontwikkelaars beschikbaar. Natuurlijk delen wij hun cv's pas na uw akkoord.",
    'Wij leveren de software voor uw ledenadministratie. We delen ledenlijsten alleen met uitdrukkelijke toestemming van het bestuur.',
  ])('Dutch: finds no request in the look-alike "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }).isPrivacyRequest).toBe(false);
  });

  // Dutch fifteenth pass: leave to erase given after a copy, and a firm's receipt told with the verb first.
  it.each([
    { rights: ['access', 'erasure'], body: 'Ik wil eerst weten wat jullie over mij opslaan. Daarna mag alles verwijderd worden.' },
    {
      rights: ['access', 'erasure'],
      body: 'Stuur me een overzicht van wat jullie van mij hebben. Daarna mag alles wat jullie niet wettelijk moeten bewaren weg.',
    },
    { rights: ['erasure'], body: 'Ik heb mijn winkel verkocht. Ik wil nergens meer in staan bij jullie.' },
    { rights: ['unsubscribe'], body: 'Bezwaar tegen direct marketing, wat moet ik doen om van uw lijst af te komen?' },
    { rights: ['erasure'], body: 'Ik ben verhuisd naar het buitenland en wil dat u alles wat u van mij bewaart uit uw klantsysteem verwijdert.' },
    { rights: ['erasure'], body: 'Mijn lidmaatschap is opgezegd. Alles wat de club over mij heeft mag de shredder in.' },
    { rights: ['rectification'], body: "Elke nieuwsbrief opent met 'Beste meneer De Wit'. Ik ben een vrouw, graag aanpassen." },
    { rights: ['rectification'], body: 'Ik heb nooit bij die makelaar gewerkt. Wilt u de foute koppeling in uw klantportaal herstellen?' },
    { rights: ['breach_report'], body: 'Bij mijn jaaroverzicht zat ook een polis voor een andere verzekerde, met zijn adres erop.' },
    {
      rights: ['objection'],
      body: 'Uit uw antwoord op mijn inzageverzoek blijkt dat u mijn klikgedrag analyseert. Ik maak bezwaar tegen die profilering.',
    },
    {
      rights: ['access', 'complaint'],
      body: 'Uw antwoord op mijn inzageverzoek is onvolledig. Ik verwacht binnen tien dagen een volledig overzicht, anders dien ik een klacht in bij de AP.',
    },
    {
      rights: ['complaint'],
      body: 'Hierbij dien ik een klacht in bij de Autoriteit Persoonsgegevens over de manier waarop mijn verzoek om verwijdering van al mijn gegevens werd behandeld.',
    },
    {
      rights: ['complaint'],
      body: 'De klantenservice schreef mij dat mijn gegevens waren verwijderd. Toch belde uw verkoper gisteren. Ik dien hierover een klacht in bij de Autoriteit Persoonsgegevens.',
    },
    { rights: ['rectification'], body: 'Onze medewerker heet sinds haar huwelijk Jansen. Zij heeft gevraagd haar naam in alle systemen te wijzigen.' },
  ])('Dutch fifteenth pass: names $rights in "$body"', ({ rights, body }) => {
    expect([...classifyEmail({ subject: '', body }, { rulesAlone: true }).rights].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Op 2 juni ontvingen wij uw verzoek om inzage in uw persoonsgegevens. Wilt u ons nog een kopie van uw rijbewijs sturen?',
    'Gisteren hebben wij uw verzoek tot verwijdering van uw gegevens ontvangen.',
    'Uw verzoek om een kopie van uw gegevens is afgehandeld; het overzicht staat klaar in uw account.',
    'Cursus voor winkeliers. Bezwaar tegen direct marketing: wat moet u doen met uw klantenlijst?',
    'Nieuw in onze kennisbank: zo beantwoordt u een inzageverzoek op tijd. Lees verder op de site.',
    'Anouk neemt het beheer over. Kunnen jullie mij daarna uit de lijst voor onderhoudsmeldingen halen?',
    'Ik werk nu in Zwolle. Willen jullie mij afmelden bij team-noord en toevoegen aan team-oost?',
    'Kunnen jullie mij uit de distributielijst van de verkoopafdeling halen? Ik zit nu bij inkoop.',
    'Is er nu geen plek, dan geef ik u toestemming om mijn gegevens een jaar in uw bestand te bewaren.',
    'Ik heb per ongeluk de offerte voor een andere leverancier naar jullie gestuurd.',
  ])('Dutch fifteenth pass: the rules alone find no request in "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch fifteenth pass: a mailing confirming that the reader left it is a "no" the models do not overrule', () => {
    const result = classifyEmail({ subject: '', body: 'Beste lezer,\n\nJe bent uitgeschreven voor de Tuinpost.' }, { rulesAlone: true });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });

  it.each([
    'Ik ben op zoek naar een baan als monteur. In de bijlage treft u mijn cv aan.',
  ])('Dutch fifteenth pass: an open application is a "no" the models do not overrule: "%s"', (body) => {
    const rules = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(rules.isPrivacyRequest).toBe(false);
    expect(rules.needsReview).toBe(true);
  });

  it('Dutch fifteenth pass: a colleague put on the mailing list too is a "no" the models do not overrule', () => {
    const body = 'Kunnen jullie onze nieuwe office manager ook op de verzendlijst van de kwartaalupdate zetten?';
    const result = classifyEmail({ subject: '', body }, { rulesAlone: true });
    expect(result.isPrivacyRequest).toBe(false);
    expect(result.needsReview).toBe(true);
  });

  it('Dutch fifteenth pass: "u bent afgemeld" quoted in a complaint that the mailing still comes keeps the unsubscribe', () => {
    const body = "Ik kreeg de melding 'u bent afgemeld' en toch komt de nieuwsbrief nog steeds.";
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it.each([
    ['Uw medewerker nam mijn telefoon mee naar de werkplaats. Ik wil weten of er kopieën zijn gemaakt van mijn berichten.', 'breach_report'],
    ['Uw medewerker had mijn dagboekbestanden open staan. Graag hoor ik of ze gekopieerd zijn.', 'breach_report'],
    ['Op de pakbon staat nog Lindelaan 3. Daar woon ik sinds mei niet meer; het is nu Beukstraat 9.', 'rectification'],
    ['Ik ben opgestapt bij de vereniging. Ik wil niet dat mijn naam nog in jullie ledenlijst staat.', 'erasure'],
    ['Zolang de rekening van april ter discussie staat, wil ik niet dat jullie mijn adres aan een deurwaarder geven.', 'restriction'],
    ['Het gesprek met uw verkoper is opgenomen, zei hij. Mag ik een kopie van die opname? Ik wil nalezen wat er beloofd is.', 'access'],
    ['Ik ben gestopt bij de stichting. Kunnen jullie mij schrappen als beheerder uit jullie administratie?', 'erasure'],
    ['De herinneringen gaan nog altijd naar mijn oude gmail.', 'rectification'],
    ['Een oud-collega vraagt om een kopie van haar mails. Kunnen jullie dat uit haar mailbox halen?', 'access'],
  ])('Dutch sixteenth pass: "%s" asks %s in plain words', (body, right) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual([right]);
  });

  it('Dutch sixteenth pass: a leak asked about in plain words, with a complaint lodged with us beside it, is a complaint too', () => {
    const body = 'Ik dien een klacht in over uw installateur. Ik wil weten wie mijn loonstroken nog meer heeft kunnen inzien.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['complaint', 'breach_report']);
  });

  it('Dutch sixteenth pass: our copy of the data told as received is background to a complaint', () => {
    const body =
      'U stuurde mij een overzicht van mijn gegevens, maar de ontvangers ontbreken. Daarom heb ik vandaag een klacht ingediend bij de Autoriteit Persoonsgegevens.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['complaint']);
  });

  it.each([
    'Wie van jullie kan straks de logbestanden inzien?',
    'Zolang de storing duurt, wil ik niet dat de monteur langskomt.',
    'Maak een kopie van de opnamemap op de server voordat je de schijf vervangt.',
    'Kunnen jullie mij verwijderen uit de groep beheerders en Tim toevoegen?',
    'Kun je dat uit het archief halen? Ik heb de offerte van vorig jaar nodig.',
    'Wij zeggen het contract op. Kunnen jullie bevestigen dat na de migratie alle gegevens van onze praktijk bij jullie worden verwijderd?',
  ])(
    'Dutch sixteenth pass: the rules alone find no request in "%s"',
    (body) => {
      expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
    },
  );

  it.each([
    'Ik zoek advies. Gisteren is bij ons een offerte per ongeluk naar de verkeerde klant gestuurd. Moeten wij dit melden bij de toezichthouder?',
    'Ik zoek advies. Een collega heeft een bestand naar een leverancier gestuurd in plaats van naar onze accountant. Moeten wij dit melden bij de toezichthouder?',
  ])('Dutch seventeenth pass: a firm asking advice on its own misdirected mail reports no leak in "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it.each([
    'Jullie hebben mijn factuur naar de verkeerde klant gestuurd.',
    'Jullie hebben een bestand met mijn gegevens naar een leverancier gestuurd in plaats van naar mij.',
  ])('Dutch seventeenth pass: the same slip told plainly still reports a leak: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it.each([
    'Mijn oude provider stopt ermee. Willen jullie voortaan jan.devries@voorbeeld.nl gebruiken?',
    'Kun je voortaan mijn nieuwe nummer gebruiken? Het oude heb ik opgezegd.',
  ])('Dutch seventeenth pass: a new address or number to be used from now on is rectification: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['rectification']);
  });

  it.each([
    'Ik heb vorige week bezwaar gemaakt tegen het gebruik van mijn gegevens voor uw klantenpanel. Zolang u daar niet over heeft beslist, doet u niets met mijn gegevens voor dat panel.',
    'Totdat het is uitgezocht wil ik dat jullie niks met mijn adres doen.',
  ])('Dutch seventeenth pass: nothing done with my data while something is open is restriction: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['restriction']);
  });

  it('Dutch seventeenth pass: nothing done with a system\'s data during a migration asks nothing', () => {
    const body = 'Zolang de migratie loopt, doen we niets met de gegevens van de oude server.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch seventeenth pass: something else to be used from now on asks nothing', () => {
    const body = 'Kunnen jullie voortaan de achteringang gebruiken? De voordeur klemt.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it.each([
    'Ik hoorde van de receptie dat mijn klantdossier volgende week wordt verwijderd. Bewaar het alstublieft, maar gebruik het niet tot de rechtszaak voorbij is.',
    'Dank voor uw brief dat u mijn gegevens eind juni gaat wissen. Bewaar ze nog even, maar gebruik ze niet meer tot mijn geschil is opgelost.',
    'Ik hoorde van de receptie dat mijn klantdossier volgende week wordt verwijderd. Doe dat alsjeblieft niet.',
  ])('Dutch eighteenth pass: a deletion heard of and then stopped asks restriction, no erasure: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['restriction']);
  });

  it('Dutch eighteenth pass: a deletion of something not mine heard of asks nothing', () => {
    const body = 'Wij hoorden van de leverancier dat de oude licenties volgende maand worden verwijderd.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch eighteenth pass: hearing that the data is gone, asked for, still erases', () => {
    const body = 'Verwijder alstublieft al mijn gegevens uit uw klantenbestand. Ik hoor graag dat mijn gegevens zijn verwijderd.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('Dutch eighteenth pass: my detail nowhere on file any more, with where, is erasure', () => {
    const body = 'Zorg ervoor dat mijn adres nergens meer in jullie systemen staat.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('Dutch eighteenth pass: a thing no longer found asks nothing', () => {
    const body = 'Ik kan het bestand nergens meer vinden, het staat niet in de prullenbak.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch eighteenth pass: an automatic reply someone gets, the verb last, makes no automatic reply', () => {
    const body = 'Een klant vertelde me dat ze nog steeds een automatisch antwoord krijgt met mijn privénummer erin. Verwijder mijn privénummer uit jullie systemen.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('Dutch eighteenth pass: no more mail, in the singular, is unsubscribe', () => {
    const body = 'Ik wil geen mail meer van jullie winkel, bedankt.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it('Dutch eighteenth pass: our receipt of the reader\'s request, by its subject, asks nothing', () => {
    const email = { subject: 'Ontvangstbevestiging van uw verzoek om verwijdering', body: 'Geachte mevrouw Jansen, wij nemen binnen vier weken contact met u op.' };
    expect(classifyEmail(email, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch eighteenth pass: a seller\'s own way out of its offers asks nothing', () => {
    const body = 'Nieuw: onze zomercursus privacyrecht in Utrecht. Geen interesse meer in onze cursussen? Laat het ons weten.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('Dutch eighteenth pass: a customer done with our offers still leaves the mailing', () => {
    const body = 'Ik heb geen interesse meer in jullie aanbiedingen, stop met mailen.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });

  it('Dutch eighteenth pass: what we still send to my old address is my detail out of date, not a copy asked', () => {
    const body = 'Jullie sturen de rekeningen nog steeds naar mijn oude mailadres. Mijn adres is nu k.smit@voorbeeld.nl, graag aanpassen.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['rectification']);
  });

  it('Dutch eighteenth pass: my data asked to be sent to my old address still asks a copy', () => {
    const body = 'Kunnen jullie mijn gegevens sturen naar mijn oude mailadres? Dat lees ik nog.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('access');
  });

  it.each([
    'Please correct the mobile number on my account, 06 4821 9930 is not mine but my old employer\'s.',
    'Your records still list 020 771 4455 for me, a number that is not mine any more; I would like it replaced by 06 1122 3344.',
    'The correct number is 06 5566 7788, please update it.',
  ])('English seventeenth pass: a number on file put right in plain words is rectification: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['rectification']);
  });

  it('English seventeenth pass: a number that is not mine, on a website to fix, asks nothing of us about me', () => {
    const body = 'The router is not mine to manage. Please fix the phone number on the contact page.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it.each([
    'Dear Ms Peters, we have received your request for erasure of your personal data and will answer within one month.',
    'Dear Mr Young, we have received a request for a copy of your personal data, sent on your behalf by a solicitor. Please confirm you authorised it.',
    'Dear Ms Peters, thank you for your letter. You will receive a copy of your personal data within four weeks.',
  ])('English seventeenth pass: our own acknowledgement of a request asks nothing: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).isPrivacyRequest).toBe(false);
  });

  it('English seventeenth pass: a customer passing on a request it received still asks for it', () => {
    const body = 'We have received a request from a former employee for a copy of his personal data. Could you export his mailbox?';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toContain('access');
  });

  it('English seventeenth pass: one more mail of ours received, with my name in it, reports no leak', () => {
    const body = 'I told you in May to erase my details. This morning I received another email from your shop greeting me by my first name. Erase my details now.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['erasure']);
  });

  it('English seventeenth pass: someone else\'s mail received still reports a leak', () => {
    const body = 'Today I received another customer\'s email from you, with his name and home address in it.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['breach_report']);
  });

  it('English seventeenth pass: who gave you the address a mail came to asks where it came from', () => {
    const body = 'Who gave you that number? I only use it for family.';
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['access']);
  });

  it.each([
    'Please do not send us any further promotions.',
    'I never asked for this. Don\'t send me any more deals.',
  ])('English seventeenth pass: offers refused in plain words unsubscribe: "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }, { rulesAlone: true }).rights).toEqual(['unsubscribe']);
  });
});
