import type { ReplyLanguagePack } from '../replyLanguagePack.ts';

const GREETING = 'Beste {{requesterName}},';

const SIGNATURE = `{{staffNote}}

Heeft u vragen? Beantwoord dan deze e-mail of schrijf naar {{privacyContact}}, met vermelding van kenmerk {{caseReference}}. Bereikbaar: {{officeHours}}.

Met vriendelijke groet,
{{signedBy}}
{{organisationName}}
{{organisationAddress}}
{{organisationPhone}}`;

/** Dutch reply templates, in the words of the privacy statement ("recht op inzage", "AVG"). */
export const DUTCH_REPLIES: ReplyLanguagePack = {
  language: 'nl',
  monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  and: 'en',
  anonymousRequester: 'heer, mevrouw',
  teamSignature: 'Het privacyteam',
  rightNames: {
    access: 'het recht op inzage (art. 15 AVG)',
    rectification: 'het recht op rectificatie (art. 16 AVG)',
    erasure: 'het recht op wissen van gegevens (art. 17 AVG)',
    restriction: 'het recht op beperking van de verwerking (art. 18 AVG)',
    portability: 'het recht op overdracht van gegevens (art. 20 AVG)',
    objection: 'het recht van bezwaar en het intrekken van toestemming (art. 21 lid 1 en art. 7 lid 3 AVG)',
    unsubscribe: 'het recht van bezwaar tegen direct marketing (art. 21 lid 2 en 3 AVG)',
    complaint: 'het recht om te klagen over de omgang met persoonsgegevens',
    breach_report: 'een melding van een mogelijk datalek',
  },
  identityProofs: {
    known_email_address: 'een antwoord vanaf het e-mailadres dat bij ons van u bekend is',
    customer_details: 'uw klantnummer of het nummer van een recente factuur van ons',
    id_copy: 'een kopie van een identiteitsbewijs (paspoort, identiteitskaart of rijbewijs)',
  },
  idCopyAdvice:
    'Stuurt u een kopie van uw identiteitsbewijs? Maak dan eerst uw pasfoto en uw burgerservicenummer (BSN) onleesbaar, zoals de Autoriteit Persoonsgegevens adviseert. Wij gebruiken de kopie alleen om uw identiteit vast te stellen en verwijderen haar zodra dat is gebeurd.',
  legalBasisNames: {
    consent: 'grondslag: uw toestemming (art. 6 lid 1 onder a AVG)',
    contract: 'grondslag: de uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)',
    legal_obligation: 'grondslag: een wettelijke verplichting (art. 6 lid 1 onder c AVG)',
    vital_interests: 'grondslag: de bescherming van vitale belangen (art. 6 lid 1 onder d AVG)',
    public_task: 'grondslag: een taak van algemeen belang (art. 6 lid 1 onder e AVG)',
    legitimate_interests: 'grondslag: ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG)',
  },
  exportFormat: 'CSV en JSON',
  breachReportMention: 'U heeft ook een mogelijk datalek gemeld.',
  nothingErased: 'Wij hebben in onze systemen geen persoonsgegevens van u gevonden die gewist moesten worden.',
  templates: {
    acknowledgement: {
      title: 'Ontvangstbevestiging',
      subject: 'Wij hebben uw verzoek ontvangen – {{caseReference}}',
      body: `${GREETING}

Dank u voor uw e-mail. Wij hebben uw verzoek op {{receivedOn}} ontvangen en geregistreerd onder kenmerk {{caseReference}}. Wij begrijpen het als een beroep op {{rightsInvoked}}.

{{breachReportMention}} Die melding behandelen wij apart: als het om een datalek gaat dat gemeld moet worden, melden wij het binnen 72 uur nadat wij ervan op de hoogte zijn aan de {{supervisoryAuthority}} (art. 33 AVG).

Wij antwoorden zo snel mogelijk en uiterlijk op {{legalDeadline}} (art. 12 lid 3 AVG). Hebben wij meer tijd nodig omdat het verzoek ingewikkeld is, dan laten wij u dat vóór die datum weten, met de reden.

${SIGNATURE}`,
    },
    identity_check: {
      title: 'Identiteitscontrole',
      subject: 'Wilt u uw identiteit bevestigen? – {{caseReference}}',
      body: `${GREETING}

Wij hebben uw verzoek op {{receivedOn}} ontvangen (kenmerk {{caseReference}}). Voordat wij het uitvoeren, moeten wij zeker weten dat wij met de juiste persoon te maken hebben, zodat wij uw persoonsgegevens nooit aan een ander geven. Wij vragen alleen wat daarvoor nodig is. Wilt u ons sturen:
- {{identityProof}}

{{idCopyAdvice}}

Zodra wij dit hebben ontvangen, nemen wij uw verzoek in behandeling.

${SIGNATURE}`,
    },
    extension: {
      title: 'Verlenging termijn',
      subject: 'Meer tijd nodig voor uw verzoek – {{caseReference}}',
      body: `${GREETING}

Wij hebben uw verzoek op {{receivedOn}} ontvangen (kenmerk {{caseReference}}). U doet daarin een beroep op {{rightsInvoked}}. Om het zorgvuldig af te handelen hebben wij meer tijd nodig, om de volgende redenen:
{{extensionReasons}}

De AVG staat ons toe de termijn met ten hoogste twee maanden te verlengen (art. 12 lid 3 AVG). Wij antwoorden uiterlijk op {{extendedDeadline}}.

${SIGNATURE}`,
    },
    completion_access: {
      title: 'Afhandeling: inzage',
      subject: 'Inzage in uw persoonsgegevens – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} vroeg u ons welke persoonsgegevens wij van u verwerken (kenmerk {{caseReference}}). Als bijlage ontvangt u een kopie van de persoonsgegevens die wij van u hebben. Hieronder vindt u de informatie waar u volgens artikel 15 lid 1 AVG recht op heeft.

(a) Waarom wij uw gegevens verwerken, en op welke grondslag:
- {{purposes}}

(b) Welke persoonsgegevens wij van u hebben:
- {{dataCategories}}

(c) Wie ze ontvangen:
- {{recipients}}

(d) Waar wij ze bewaren, en hoe lang:
- {{retentionPeriods}}

(e) Uw andere rechten: u kunt ons vragen uw gegevens te corrigeren of te wissen, het gebruik ervan te beperken of ze in een machineleesbaar formaat te ontvangen, en u kunt bezwaar maken tegen het gebruik:
- {{otherRights}}

(f) U heeft het recht een klacht in te dienen bij de {{supervisoryAuthority}}: {{supervisoryAuthorityLink}}

(g) Waar uw gegevens vandaan komen: {{dataSource}}

(h) Geautomatiseerde besluitvorming: {{automatedDecisions}}

${SIGNATURE}`,
    },
    completion_rectification: {
      title: 'Afhandeling: rectificatie',
      subject: 'Uw persoonsgegevens zijn gecorrigeerd – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} vroeg u ons uw persoonsgegevens te corrigeren (kenmerk {{caseReference}}). Dat hebben wij in al onze systemen gedaan.

Wat wij hebben aangepast:
- {{corrections}}

Hebben wij de gegevens met anderen gedeeld, dan hebben wij de correctie aan hen doorgegeven (art. 19 AVG).

${SIGNATURE}`,
    },
    completion_erasure: {
      title: 'Afhandeling: wissen',
      subject: 'Uw verzoek om uw persoonsgegevens te wissen is afgehandeld – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} vroeg u ons uw persoonsgegevens te wissen (kenmerk {{caseReference}}). Wij hebben uw verzoek afgehandeld.

Wij hebben uw gegevens gewist uit deze systemen:
- {{erasedSystems}}

Wij hebben uw verzoek doorgegeven aan de volgende partijen, zodat ook zij uw gegevens wissen (art. 19 AVG):
- {{forwardedTo}}

{{nothingErased}}

Sommige gegevens moeten wij volgens de wet bewaren; die wissen wij daarom niet (art. 17 lid 3 onder b AVG). Wij bewaren ze alleen daarvoor en verwijderen ze als de termijn voorbij is:
- {{erasureExceptions}}

${SIGNATURE}`,
    },
    completion_restriction: {
      title: 'Afhandeling: beperking',
      subject: 'Het gebruik van uw persoonsgegevens is beperkt – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} vroeg u ons de verwerking van uw persoonsgegevens te beperken (kenmerk {{caseReference}}). Dat hebben wij gedaan: wij bewaren uw gegevens, maar gebruiken ze behalve voor opslag alleen met uw toestemming, voor een rechtsvordering, ter bescherming van een ander of om een gewichtig algemeen belang (art. 18 lid 2 AVG).

Voordat wij de beperking opheffen, laten wij u dat weten (art. 18 lid 3 AVG).

${SIGNATURE}`,
    },
    completion_portability: {
      title: 'Afhandeling: overdracht',
      subject: 'Uw persoonsgegevens in een machineleesbaar formaat – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} vroeg u ons om uw persoonsgegevens in een vorm die u kunt meenemen (kenmerk {{caseReference}}). Als bijlage ontvangt u de persoonsgegevens die u ons heeft verstrekt, in een gestructureerd, gangbaar en machineleesbaar formaat: {{exportFormat}}.

U mag ze doorgeven aan een andere organisatie. Wilt u dat, dan sturen wij ze rechtstreeks naar die organisatie als dat technisch mogelijk is (art. 20 lid 2 AVG).

${SIGNATURE}`,
    },
    completion_objection: {
      title: 'Afhandeling: bezwaar',
      subject: 'Uw bezwaar is afgehandeld – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} maakte u bezwaar tegen het gebruik van uw persoonsgegevens of trok u uw toestemming in (kenmerk {{caseReference}}). Wij zijn gestopt met de verwerking waartegen u bezwaar maakte. Berustte die op uw toestemming, dan blijft wat wij daarvoor deden rechtmatig (art. 7 lid 3 AVG).

${SIGNATURE}`,
    },
    completion_unsubscribe: {
      title: 'Afhandeling: afmelden nieuwsbrief',
      subject: 'U bent afgemeld – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} vroeg u ons u geen nieuwsbrief meer te sturen (kenmerk {{caseReference}}). Wij hebben {{requesterEmail}} direct van onze verzendlijst gehaald en gebruiken uw gegevens niet meer voor direct marketing (art. 21 lid 3 AVG).

${SIGNATURE}`,
    },
    refusal: {
      title: 'Weigering',
      subject: 'Ons besluit over uw verzoek – {{caseReference}}',
      body: `${GREETING}

Op {{receivedOn}} deed u een beroep op {{rightsInvoked}} (kenmerk {{caseReference}}). Wij hebben uw verzoek zorgvuldig bekeken, maar kunnen er niet aan voldoen, om de volgende redenen:
{{refusalReasons}}

Bent u het hier niet mee eens, dan heeft u het recht een klacht in te dienen bij de {{supervisoryAuthority}}: {{supervisoryAuthorityLink}}. Ook kunt u naar de rechter stappen (art. 12 lid 4 en art. 79 AVG).

${SIGNATURE}`,
    },
    complaint_acknowledgement: {
      title: 'Bevestiging klacht',
      subject: 'Wij hebben uw klacht ontvangen – {{caseReference}}',
      body: `${GREETING}

Dank u dat u het ons laat weten. Wij hebben uw klacht op {{receivedOn}} ontvangen en geregistreerd onder kenmerk {{caseReference}}. Wij zoeken het uit en antwoorden uiterlijk op {{legalDeadline}}.

U heeft ook altijd het recht een klacht in te dienen bij de {{supervisoryAuthority}}: {{supervisoryAuthorityLink}}

${SIGNATURE}`,
    },
    breach_report_reply: {
      title: 'Reactie op melding datalek',
      subject: 'Dank voor uw melding – {{caseReference}}',
      body: `${GREETING}

Dank u dat u ons dit laat weten. Wij nemen uw melding serieus en hebben haar op {{receivedOn}} geregistreerd onder kenmerk {{caseReference}}.

Wat er nu gebeurt:
- wij zoeken uit wat er is gebeurd en van wie de gegevens zijn, en zorgen dat het niet opnieuw gebeurt;
- is het een datalek dat gemeld moet worden, dan melden wij het binnen 72 uur nadat wij het ontdekten bij de {{supervisoryAuthority}} (art. 33 AVG);
- brengt het lek waarschijnlijk een hoog risico mee voor de betrokkenen, dan informeren wij hen rechtstreeks (art. 34 AVG).

Heeft u persoonsgegevens ontvangen die niet voor u bedoeld waren? Stuur ze dan niet door, verwijder ze en laat ons weten dat u dat heeft gedaan.

${SIGNATURE}`,
    },
  },
};
