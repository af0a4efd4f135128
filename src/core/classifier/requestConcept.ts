/**
 * Ingredients of a request that the lexicons recognise in every language. A sentence that holds the
 * right ingredients together invokes a right (see `RIGHT_COMBINATIONS`), whatever the word order.
 * Actions can be negated ("we do not delete"); objects and circumstances cannot.
 */
export const REQUEST_CONCEPTS = [
  // actions
  'erase', 'learn', 'getCopy', 'copyOf', 'correct', 'stopUsing', 'keep', 'object', 'withdrawConsent', 'stopContact',
  'complain', 'transfer', 'received', 'see',
  // objects and circumstances
  'myData', 'theirData', 'myContactDetail', 'wrongValue', 'newValue', 'mailingList', 'marketing', 'profiling',
  'calls', 'recording', 'dispute', 'authority', 'portableFormat', 'newProvider', 'otherPerson', 'personalDetails',
  'everything', 'exposed', 'notifyMe', 'direct', 'me', 'refuse', 'selfService', 'eraseMe', 'halt', 'notForMe', 'disclosed', 'ourCompany', 'theyAsked', 'adminTask', 'itObject', 'retention', 'recipientField', 'affirm', 'consentGiven', 'takeBack', 'wantsMailing', 'contractAdmin',
  'contractPaper', 'homeAddress', 'mailAddress', 'removeMe', 'ourSystems', 'fetchOwn', 'anotherOwner', 'legalPower', 'notOurMailing', 'caseStatus', 'thanksDone', 'asksMore', 'compromised', 'dataHolding', 'askSource',
  'eraseNamed', 'askWhich', 'askWhoSaw', 'askWhoSawMine', 'askCompletion', 'copyForMe', 'otherShop', 'pictured', 'outOfUse',
  'languageApology', 'invitations', 'surveys', 'haltNamed', 'stillReceives', 'ownHandling', 'ownRequester', 'asksUs', 'processingAgreement',
  'notToErase', 'knewMine', 'preferNot', 'myMailbox', 'otherErrand', 'asksToReceive', 'endsContract', 'otherBody',
  'pendingOutcome', 'detailErased', 'asksToHave', 'generalReader', 'retractsMail', 'ownSlip', 'notifyDuty', 'copyDeclined',
  'breachNotified', 'customersGreeted', 'onOurMailing', 'serviceChange', 'sendingStopped', 'allAddresses', 'mishap', 'asksNoData',
  'deletedMyself', 'nameShownAs', 'sourceUnknown', 'offerMade', 'yourDetail', 'accessBarred', 'erasureAhead', 'erasurePlanned',
  'lostDevice', 'mailErased', 'hedged', 'myPersonalData', 'forwardedOn', 'privateMatter', 'theirAccount',
] as const;

export type RequestConcept = (typeof REQUEST_CONCEPTS)[number];

/** Actions: a negation in their clause cancels them. */
export const ACTION_CONCEPTS: ReadonlySet<RequestConcept> = new Set<RequestConcept>([
  'erase', 'learn', 'getCopy', 'correct', 'object', 'withdrawConsent', 'complain', 'transfer',
  'see', 'eraseNamed', 'askSource', 'askWhoSaw', 'askWhoSawMine', 'askCompletion', 'copyForMe', 'detailErased', 'removeMe', 'eraseMe',
]);
