import type { ReplyLanguagePack } from '../replyLanguagePack.ts';

const GREETING = 'Dear {{requesterName}},';

const SIGNATURE = `{{staffNote}}

If you have any questions, reply to this email or write to {{privacyContact}}, mentioning reference {{caseReference}}. Office hours: {{officeHours}}.

Kind regards,
{{signedBy}}
{{organisationName}}
{{organisationAddress}}
{{organisationPhone}}`;

/** English reply templates; also the fallback for requests in German, French or an unknown language. */
export const ENGLISH_REPLIES: ReplyLanguagePack = {
  language: 'en',
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  and: 'and',
  anonymousRequester: 'Sir or Madam',
  teamSignature: 'The privacy team',
  rightNames: {
    access: 'the right of access (Art. 15 GDPR)',
    rectification: 'the right to rectification (Art. 16 GDPR)',
    erasure: 'the right to erasure (Art. 17 GDPR)',
    restriction: 'the right to restriction of processing (Art. 18 GDPR)',
    portability: 'the right to data portability (Art. 20 GDPR)',
    objection: 'the right to object and to withdraw consent (Art. 21(1) and 7(3) GDPR)',
    unsubscribe: 'the right to object to direct marketing (Art. 21(2)–(3) GDPR)',
    complaint: 'the right to complain about how we handle personal data',
    breach_report: 'a report of a possible personal data breach',
  },
  identityProofs: {
    known_email_address: 'a reply from the email address we have on file for you',
    customer_details: 'your customer number or the number of a recent invoice from us',
    id_copy: 'a copy of an identity document (passport, identity card or driving licence)',
  },
  idCopyAdvice:
    'Before you send a copy of your identity document, please black out your photo and your citizen service number (BSN), as the Autoriteit Persoonsgegevens (Dutch Data Protection Authority) advises. We only use the copy to check your identity and delete it once we have done so.',
  legalBasisNames: {
    consent: 'legal basis: your consent (Art. 6(1)(a) GDPR)',
    contract: 'legal basis: the performance of a contract (Art. 6(1)(b) GDPR)',
    legal_obligation: 'legal basis: a legal obligation (Art. 6(1)(c) GDPR)',
    vital_interests: 'legal basis: the protection of vital interests (Art. 6(1)(d) GDPR)',
    public_task: 'legal basis: a task in the public interest (Art. 6(1)(e) GDPR)',
    legitimate_interests: 'legal basis: our legitimate interests (Art. 6(1)(f) GDPR)',
  },
  exportFormat: 'CSV and JSON',
  breachReportMention: 'You also reported a possible personal data breach.',
  nothingErased: 'We found no personal data about you in our systems that needed erasing.',
  templates: {
    acknowledgement: {
      title: 'Acknowledgement of receipt',
      subject: 'We have received your request – {{caseReference}}',
      body: `${GREETING}

Thank you for your email. We received your request on {{receivedOn}} and registered it under reference {{caseReference}}. We understand it as an exercise of {{rightsInvoked}}.

{{breachReportMention}} We handle that report separately: if it is a personal data breach that must be reported, we notify the {{supervisoryAuthority}} within 72 hours of becoming aware of it (Art. 33 GDPR).

We will answer without undue delay and at the latest on {{legalDeadline}} (Art. 12(3) GDPR). If we need more time because the request is complex, we will tell you before then, with our reasons.

${SIGNATURE}`,
    },
    identity_check: {
      title: 'Identity check',
      subject: 'Please confirm your identity – {{caseReference}}',
      body: `${GREETING}

We received your request on {{receivedOn}} (reference {{caseReference}}). Before we act on it, we must be sure that we are dealing with the right person, so that we never give your personal data to someone else. We ask only what we need for that. Please send us:
- {{identityProof}}

{{idCopyAdvice}}

We will handle your request as soon as we have received this.

${SIGNATURE}`,
    },
    extension: {
      title: 'Extension notice',
      subject: 'More time needed for your request – {{caseReference}}',
      body: `${GREETING}

We received your request on {{receivedOn}} (reference {{caseReference}}), in which you exercise {{rightsInvoked}}. We need more time to handle it properly, for the following reasons:
{{extensionReasons}}

The GDPR allows us to extend the period by at most two further months (Art. 12(3) GDPR). We will answer at the latest on {{extendedDeadline}}.

${SIGNATURE}`,
    },
    completion_access: {
      title: 'Completion: access',
      subject: 'Your personal data – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you asked which personal data we process about you (reference {{caseReference}}). Attached you will find a copy of the personal data we hold about you. Below is the information that Article 15(1) GDPR entitles you to.

(a) Why we process your data, and on which legal basis:
- {{purposes}}

(b) Which personal data we hold about you:
- {{dataCategories}}

(c) Who receives it:
- {{recipients}}

(d) Where we keep it, and for how long:
- {{retentionPeriods}}

(e) Your other rights: you may ask us to correct or erase your data, to restrict its use, to receive it in a machine-readable format, and you may object to its use:
- {{otherRights}}

(f) You have the right to lodge a complaint with the {{supervisoryAuthority}}: {{supervisoryAuthorityLink}}

(g) Where your data came from: {{dataSource}}

(h) Automated decision-making: {{automatedDecisions}}

${SIGNATURE}`,
    },
    completion_rectification: {
      title: 'Completion: rectification',
      subject: 'Your personal data has been corrected – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you asked us to correct your personal data (reference {{caseReference}}). We have done so in all our systems.

What we changed:
- {{corrections}}

Where we shared the data with others, we have passed the correction on to them (Art. 19 GDPR).

${SIGNATURE}`,
    },
    completion_erasure: {
      title: 'Completion: erasure',
      subject: 'Your request to erase your personal data has been handled – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you asked us to erase your personal data (reference {{caseReference}}). We have handled your request.

We have erased your data from these systems:
- {{erasedSystems}}

We have passed your request on to the following parties, so that they erase your data too (Art. 19 GDPR):
- {{forwardedTo}}

{{nothingErased}}

The law obliges us to keep some data, which we therefore do not erase (Art. 17(3)(b) GDPR). We keep it only for that purpose and delete it when the period ends:
- {{erasureExceptions}}

${SIGNATURE}`,
    },
    completion_restriction: {
      title: 'Completion: restriction',
      subject: 'We have restricted the use of your personal data – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you asked us to restrict the processing of your personal data (reference {{caseReference}}). We have done so: we keep your data, but apart from storing it we use it only with your consent, for legal claims, to protect another person or for an important public interest (Art. 18(2) GDPR).

We will tell you before we lift the restriction (Art. 18(3) GDPR).

${SIGNATURE}`,
    },
    completion_portability: {
      title: 'Completion: portability',
      subject: 'Your personal data in a machine-readable format – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you asked us for your personal data in a form you can take elsewhere (reference {{caseReference}}). Attached you will find the personal data you provided to us, in a structured, commonly used and machine-readable format: {{exportFormat}}.

You may pass it on to another organisation. If you wish, we send it directly to that organisation where this is technically feasible (Art. 20(2) GDPR).

${SIGNATURE}`,
    },
    completion_objection: {
      title: 'Completion: objection',
      subject: 'Your objection has been handled – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you objected to the use of your personal data or withdrew your consent (reference {{caseReference}}). We have stopped the processing you objected to. Where it rested on your consent, the withdrawal does not affect what we did before it (Art. 7(3) GDPR).

${SIGNATURE}`,
    },
    completion_unsubscribe: {
      title: 'Completion: unsubscribe',
      subject: 'You have been unsubscribed – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you asked us to stop sending you our newsletter (reference {{caseReference}}). We have removed {{requesterEmail}} from our mailing list straight away, and we no longer use your data for direct marketing (Art. 21(3) GDPR).

${SIGNATURE}`,
    },
    refusal: {
      title: 'Refusal',
      subject: 'Our decision on your request – {{caseReference}}',
      body: `${GREETING}

On {{receivedOn}} you exercised {{rightsInvoked}} (reference {{caseReference}}). We have looked at your request carefully, but we cannot comply with it, for the following reasons:
{{refusalReasons}}

If you disagree, you have the right to lodge a complaint with the {{supervisoryAuthority}}: {{supervisoryAuthorityLink}}. You also have the right to go to court (Art. 12(4) and Art. 79 GDPR).

${SIGNATURE}`,
    },
    complaint_acknowledgement: {
      title: 'Complaint acknowledgement',
      subject: 'We have received your complaint – {{caseReference}}',
      body: `${GREETING}

Thank you for telling us. We received your complaint on {{receivedOn}} and registered it under reference {{caseReference}}. We will look into it and answer at the latest on {{legalDeadline}}.

You also have the right to lodge a complaint with the {{supervisoryAuthority}} at any time: {{supervisoryAuthorityLink}}

${SIGNATURE}`,
    },
    breach_report_reply: {
      title: 'Reply to a breach report',
      subject: 'Thank you for your report – {{caseReference}}',
      body: `${GREETING}

Thank you for letting us know. We take your report seriously and registered it on {{receivedOn}} under reference {{caseReference}}.

What happens next:
- we find out what happened, whose data is involved, and stop it from happening again;
- if it is a personal data breach that must be reported, we notify the {{supervisoryAuthority}} within 72 hours of becoming aware of it (Art. 33 GDPR);
- if the breach is likely to result in a high risk for the people involved, we inform them directly (Art. 34 GDPR).

If you received personal data that was not meant for you, please do not pass it on, delete it and let us know that you have done so.

${SIGNATURE}`,
    },
  },
};
