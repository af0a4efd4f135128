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
  ])('English: names $rights in "$body"', ({ rights, body }) => {
    expect([...classifyEmail({ subject: '', body }).rights].sort()).toEqual([...rights].sort());
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
  ])('English: finds no request in the look-alike "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }).isPrivacyRequest).toBe(false);
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
  ])('Dutch: finds no request in the look-alike "%s"', (body) => {
    expect(classifyEmail({ subject: '', body }).isPrivacyRequest).toBe(false);
  });
});
