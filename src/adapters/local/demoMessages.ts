import type { MailMessage } from '../mailbox.ts';

/**
 * The demo mailbox: mail as it reaches the shared mailboxes of Quality Networks BV in the days before
 * 24 November 2026. Twelve messages are privacy requests (every right label at least once, one processor
 * request from a business customer, one follow-up in the conversation of an earlier access request);
 * six look like requests but are not, so the demo also shows what Privacy Desk leaves alone.
 * People and addresses are invented.
 */
export const DEMO_MESSAGES: readonly MailMessage[] = [
  // Access, the start of a conversation that continues below.
  {
    internetMessageId: '<c1a7e2f0-inzage-0001@mail.example>',
    conversationId: 'conv-demo-inzage-verhoeven',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Marleen Verhoeven', email: 'marleen.verhoeven@mail.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Inzageverzoek persoonsgegevens',
    body:
      'Geachte heer, mevrouw,\n\n' +
      'Tot vorig jaar was ik contactpersoon voor Verhoeven Installatietechniek, dat bij u klant was. ' +
      'Op grond van artikel 15 AVG verzoek ik u mij te laten weten welke persoonsgegevens u van mij ' +
      'verwerkt, waar u ze vandaan heeft, met wie u ze deelt en hoe lang u ze bewaart. Graag ontvang ik ' +
      'ook een kopie van die gegevens.\n\n' +
      'Ik zie uw reactie graag binnen de wettelijke termijn tegemoet.\n\n' +
      'Met vriendelijke groet,\nMarleen Verhoeven\nAmersfoort',
    bodyType: 'text',
    receivedAt: '2026-11-16T09:12:44Z',
  },
  // Access and erasure in one mail.
  {
    internetMessageId: '<8b3d41aa-everything-then-delete@mail.example>',
    conversationId: 'conv-demo-access-erasure-okafor',
    mailbox: 'info@qualitynetworks.nl',
    from: { name: 'Daniel Okafor', email: 'd.okafor@mail.example' },
    to: ['info@qualitynetworks.nl'],
    subject: 'My personal data',
    body:
      'Hello,\n\n' +
      'I attended one of your network security webinars in 2024 and have been getting calls and emails ' +
      'from your sales team ever since. Please send me a copy of all the personal data you hold about me, ' +
      'and once you have done that, delete all of it from your systems, including your CRM.\n\n' +
      'Thanks,\nDaniel Okafor',
    bodyType: 'text',
    receivedAt: '2026-11-16T14:03:10Z',
  },
  // Rectification of the requester's own name and email address.
  {
    internetMessageId: '<5f0e9c12-naamswijziging@mail.example>',
    conversationId: 'conv-demo-rectificatie-bakker',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Sanne de Wit', email: 'sanne.dewit@mail.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Naam en e-mailadres aanpassen',
    body:
      'Hoi,\n\n' +
      'Sinds mijn scheiding heet ik weer De Wit in plaats van Bakker, maar in jullie tickets en in de ' +
      'mails die ik krijg sta ik nog als Sanne Bakker met mijn oude adres sanne.bakker@mail.example. ' +
      'Willen jullie mijn naam corrigeren en voortaan dit adres gebruiken?\n\n' +
      'Groetjes,\nSanne de Wit\nTelefoon 06 1234 5678',
    bodyType: 'text',
    receivedAt: '2026-11-17T07:41:29Z',
  },
  // Erasure, in German.
  {
    internetMessageId: '<a9d2c7e4-loeschung@mail.example>',
    conversationId: 'conv-demo-loeschung-hartmann',
    mailbox: 'info@qualitynetworks.nl',
    from: { name: 'Jörg Hartmann', email: 'j.hartmann@mail.example' },
    to: ['info@qualitynetworks.nl'],
    subject: 'Antrag auf Löschung meiner Daten',
    body:
      'Sehr geehrte Damen und Herren,\n\n' +
      'ich war bis März 2026 bei einem Ihrer Kunden in Emmerich beschäftigt und stehe offenbar noch in ' +
      'Ihrem System. Hiermit fordere ich Sie gemäß Art. 17 DSGVO auf, sämtliche mich betreffenden ' +
      'personenbezogenen Daten unverzüglich zu löschen, und bitte um eine kurze Bestätigung der Löschung.\n\n' +
      'Mit freundlichen Grüßen\nJörg Hartmann',
    bodyType: 'text',
    receivedAt: '2026-11-17T16:25:02Z',
  },
  // Restriction while a dispute runs.
  {
    internetMessageId: '<3e6b8f51-restrict-dispute@mail.example>',
    conversationId: 'conv-demo-restriction-lindqvist',
    mailbox: 'finance@qualitynetworks.nl',
    from: { name: 'Erik Lindqvist', email: 'erik.lindqvist@mail.example' },
    to: ['finance@qualitynetworks.nl'],
    subject: 'Disputed record - please restrict processing',
    body:
      'Dear finance team,\n\n' +
      'Your records link me personally to the unpaid VoIP invoices of a company I left two years ago, ' +
      'and I am contesting that. While this is being sorted out, I ask you to restrict the processing of ' +
      'my personal data: keep it, but do not use it, pass it to a collection agency or contact me about ' +
      'it until the dispute is resolved.\n\n' +
      'Kind regards,\nErik Lindqvist',
    bodyType: 'text',
    receivedAt: '2026-11-18T10:55:37Z',
  },
  // Access with a machine-readable export: access and portability.
  {
    internetMessageId: '<7c2a90d8-export-csv@mail.example>',
    conversationId: 'conv-demo-overdracht-janssen',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Pieter Janssen', email: 'pjanssen@mail.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Mijn gegevens als CSV',
    body:
      'Goedemiddag,\n\n' +
      'Ik stap over naar een andere IT-partij. Kunnen jullie mij alle persoonsgegevens die jullie van mij ' +
      'hebben (contactgegevens, mijn tickets in Topdesk) sturen in een machineleesbaar bestand, CSV of ' +
      'JSON, zodat ik ze aan mijn nieuwe leverancier kan overdragen?\n\n' +
      'Alvast bedankt,\nPieter Janssen',
    bodyType: 'text',
    receivedAt: '2026-11-18T13:20:15Z',
  },
  // Objection to tracking while keeping the newsletter, in French.
  {
    internetMessageId: '<d4f1b6a3-opposition-suivi@mail.example>',
    conversationId: 'conv-demo-opposition-moreau',
    mailbox: 'info@qualitynetworks.nl',
    from: { name: 'Claire Moreau', email: 'claire.moreau@mail.example' },
    to: ['info@qualitynetworks.nl'],
    subject: 'Opposition au suivi de mes clics',
    body:
      'Bonjour,\n\n' +
      "Je souhaite continuer à recevoir votre lettre d'information, mais je m'oppose au suivi de mes " +
      "ouvertures et de mes clics ainsi qu'au profilage qui en découle. Merci de cesser ce traitement " +
      'pour mon adresse.\n\n' +
      'Cordialement,\nClaire Moreau',
    bodyType: 'text',
    receivedAt: '2026-11-19T08:07:48Z',
  },
  // Unsubscribe from the newsletter, sent from Outlook as HTML.
  {
    internetMessageId: '<0b8e5d27-afmelden-nieuwsbrief@mail.example>',
    conversationId: 'conv-demo-afmelden-smits',
    mailbox: 'info@qualitynetworks.nl',
    from: { name: 'Ruud Smits', email: 'ruud.smits@mail.example' },
    to: ['info@qualitynetworks.nl'],
    subject: 'Nieuwsbrief',
    body:
      '<html><head><meta charset="utf-8"><style>p{margin:0;font-family:Calibri,sans-serif}</style></head>' +
      '<body><div class="WordSection1"><p>Hallo,</p><p>&nbsp;</p>' +
      '<p>Wilt u mij afmelden voor de nieuwsbrief? Ik lees hem niet meer en krijg hem nu op twee ' +
      'adressen.</p><p>&nbsp;</p><p>Met vriendelijke groet,</p><p><b>Ruud Smits</b><br>' +
      'Smits &amp; Zn Elektrotechniek</p></div></body></html>',
    bodyType: 'html',
    receivedAt: '2026-11-19T15:42:06Z',
  },
  // Complaint that announces going to the supervisory authority.
  {
    internetMessageId: '<6a4c3e19-complaint-ap@mail.example>',
    conversationId: 'conv-demo-complaint-hughes',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Fiona Hughes', email: 'fiona.hughes@mail.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Formal complaint about the handling of my data',
    body:
      'To whom it may concern,\n\n' +
      'In September I asked you to stop calling my private mobile number. Your sales team called me again ' +
      'last week and could not tell me where they got the number. I consider this a breach of the GDPR ' +
      'and I am filing a complaint with the Autoriteit Persoonsgegevens, the Dutch supervisory ' +
      'authority. I am copying you so you know.\n\n' +
      'Fiona Hughes',
    bodyType: 'text',
    receivedAt: '2026-11-20T22:47:31Z',
  },
  // Breach report: someone else's invoice in the requester's mail.
  {
    internetMessageId: '<f2e7a0c5-verkeerde-factuur@mail.example>',
    conversationId: 'conv-demo-datalek-kok',
    mailbox: 'finance@qualitynetworks.nl',
    from: { name: 'Annemiek Kok', email: 'administratie@kokbouw.example' },
    to: ['finance@qualitynetworks.nl'],
    subject: 'Verkeerde factuur ontvangen',
    body:
      'Goedemorgen,\n\n' +
      'Bij jullie mail van vanochtend met onze factuur zat ook een factuur voor een andere klant, ' +
      'met de naam, het woonadres en de telefoonnummers van een particulier erop. Ik heb die bijlage ' +
      'niet doorgestuurd en zal hem verwijderen, maar jullie moeten dit waarschijnlijk melden.\n\n' +
      'Groet,\nAnnemiek Kok\nKok Bouw BV',
    bodyType: 'text',
    receivedAt: '2026-11-20T09:18:54Z',
  },
  // Processor request: a business customer needs help answering its former employee.
  {
    internetMessageId: '<9d5b2f86-processor-mailbox-copy@mail.example>',
    conversationId: 'conv-demo-processor-vandenberg',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Thomas van den Berg', email: 't.vandenberg@bergadvies.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Request from a former employee - copy of his mailbox',
    body:
      'Hi team,\n\n' +
      'A former employee of ours, Mark Peeters, has sent us a subject access request and wants a copy of ' +
      'his personal data, including the mail in his old mailbox on our Office 365 tenant, which you ' +
      'manage for us. Could you help us export what belongs to him? He sent his request on 12 November, ' +
      'so we are on the clock.\n\n' +
      'Best,\nThomas van den Berg\nOffice manager, Berg Advies BV',
    bodyType: 'text',
    receivedAt: '2026-11-21T11:30:22Z',
  },
  // Follow-up in the conversation of the first access request: same sender, same conversation.
  {
    internetMessageId: '<c1a7e2f0-inzage-0002@mail.example>',
    conversationId: 'conv-demo-inzage-verhoeven',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Marleen Verhoeven', email: 'marleen.verhoeven@mail.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'RE: Inzageverzoek persoonsgegevens',
    body:
      'Goedemiddag,\n\n' +
      'Een week geleden heb ik een inzageverzoek gestuurd, maar ik heb nog geen ontvangstbevestiging ' +
      'gehad. Kunt u laten weten of mijn verzoek in behandeling is?\n\n' +
      'Met vriendelijke groet,\nMarleen Verhoeven\n\n' +
      '-----Oorspronkelijk bericht-----\n' +
      'Van: Marleen Verhoeven\nVerzonden: maandag 16 november 2026 10:12\n' +
      'Aan: support@qualitynetworks.nl\nOnderwerp: Inzageverzoek persoonsgegevens\n\n' +
      '> Op grond van artikel 15 AVG verzoek ik u mij te laten weten welke persoonsgegevens u van mij ' +
      'verwerkt.',
    bodyType: 'text',
    receivedAt: '2026-11-23T12:04:09Z',
  },
  // Not a request: a supplier newsletter with an unsubscribe footer.
  {
    internetMessageId: '<news-2026-11-netdistri-partner@mail.example>',
    conversationId: 'conv-demo-newsletter-distributor',
    mailbox: 'info@qualitynetworks.nl',
    from: { name: 'NetDistri Partner News', email: 'partnernews@netdistri.example' },
    to: ['info@qualitynetworks.nl'],
    subject: 'Partner update November: new firewall series and Q1 price changes',
    body:
      '<html><body><div style="font-family:Arial,sans-serif;max-width:600px">' +
      '<h2>Partner update &ndash; November 2026</h2>' +
      '<p>The new SG-400 firewall series ships from week 49. Partner prices change on 1 January; ' +
      'place your Q1 orders before 15 December to keep current pricing.</p>' +
      '<p><a href="https://netdistri.example/portal">Open the partner portal</a></p>' +
      '<hr><p style="font-size:11px;color:#777">You receive this email because you are a registered ' +
      'partner. <a href="https://netdistri.example/unsubscribe?id=8812">Unsubscribe</a> or ' +
      '<a href="https://netdistri.example/preferences">manage your preferences</a>. Read our privacy ' +
      'statement for how we process your personal data.</p></div></body></html>',
    bodyType: 'html',
    receivedAt: '2026-11-17T05:00:00Z',
  },
  // Not a request: an ordinary question under a signature disclaimer that mentions the AVG.
  {
    internetMessageId: '<2c9f7a31-wifi-vergaderzaal@mail.example>',
    conversationId: 'conv-demo-wifi-deboer',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Henk de Boer', email: 'h.deboer@deboeraccountants.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Wifi in vergaderzaal valt steeds weg',
    body:
      'Hallo support,\n\n' +
      'Sinds maandag valt de wifi in onze grote vergaderzaal om de paar minuten weg; op de werkplekken ' +
      'is er niets aan de hand. Kunnen jullie even meekijken?\n\n' +
      'Groet,\nHenk de Boer\nDe Boer Accountants\n\n' +
      'Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. ' +
      'Wij verwerken uw persoonsgegevens in overeenstemming met de Algemene Verordening ' +
      'Gegevensbescherming (AVG). Bent u niet de juiste ontvanger, verwijder dit bericht dan en stel de ' +
      'afzender op de hoogte.',
    bodyType: 'text',
    receivedAt: '2026-11-18T08:33:12Z',
  },
  // Not a request: a customer asks to delete a firewall rule.
  {
    internetMessageId: '<4e1d8b70-firewall-rule@mail.example>',
    conversationId: 'conv-demo-firewall-patel',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Ravi Patel', email: 'ravi@patellogistics.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Please delete that firewall rule',
    body:
      'Hi,\n\n' +
      'The temporary rule you added last week for our camera supplier (port 8443 to 10.20.0.15) is no ' +
      'longer needed. Please delete that firewall rule and remove the old guest VLAN while you are at it.\n\n' +
      'Cheers,\nRavi',
    bodyType: 'text',
    receivedAt: '2026-11-19T12:11:40Z',
  },
  // Not a request: a customer asks for a processing agreement.
  {
    internetMessageId: '<b7a3e6c2-verwerkersovereenkomst@mail.example>',
    conversationId: 'conv-demo-vwo-mulder',
    mailbox: 'info@qualitynetworks.nl',
    from: { name: 'Lotte Mulder', email: 'l.mulder@mulderzorg.example' },
    to: ['info@qualitynetworks.nl'],
    subject: 'Verwerkersovereenkomst voor beheer',
    body:
      'Beste Quality Networks,\n\n' +
      'Voor onze AVG-documentatie hebben we een getekende verwerkersovereenkomst nodig voor het beheer ' +
      'van ons netwerk en onze Office 365-omgeving. Kunnen jullie die sturen, samen met een overzicht ' +
      'van jullie subverwerkers?\n\n' +
      'Met vriendelijke groet,\nLotte Mulder\nMulder Thuiszorg',
    bodyType: 'text',
    receivedAt: '2026-11-20T13:47:26Z',
  },
  // Not a request: correcting an invoice amount is company data.
  {
    internetMessageId: '<e8c0f4d9-factuur-2025-114@mail.example>',
    conversationId: 'conv-demo-factuur-vos',
    mailbox: 'finance@qualitynetworks.nl',
    from: { name: 'Gerda Vos', email: 'crediteuren@vostransport.example' },
    to: ['finance@qualitynetworks.nl'],
    subject: 'Factuur 2025-114',
    body:
      'Goedendag,\n\n' +
      'Op factuur 2025-114 staan 14 VoIP-toestellen, terwijl we er 12 hebben afgenomen. Kunnen jullie ' +
      'het bedrag corrigeren en een creditnota sturen?\n\n' +
      'Met vriendelijke groet,\nGerda Vos\nCrediteurenadministratie Vos Transport',
    bodyType: 'text',
    receivedAt: '2026-11-21T09:02:58Z',
  },
  // Not a request: an out-of-office reply, in German.
  {
    internetMessageId: '<1f6d2b84-abwesenheit@mail.example>',
    conversationId: 'conv-demo-abwesenheit-schneider',
    mailbox: 'support@qualitynetworks.nl',
    from: { name: 'Katrin Schneider', email: 'k.schneider@schneider-technik.example' },
    to: ['support@qualitynetworks.nl'],
    subject: 'Automatische Antwort: Ticket #48213 Wartungsfenster Switches',
    body:
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30. November 2026 nicht im Büro und habe ' +
      'keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen ' +
      'wenden Sie sich bitte an it@schneider-technik.example.\n\n' +
      'Mit freundlichen Grüßen\nKatrin Schneider',
    bodyType: 'text',
    receivedAt: '2026-11-22T18:15:03Z',
  },
];
