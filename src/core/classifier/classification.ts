import type { DetectedLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';

/** The words that decided one right, located in the text the classifier read. */
export interface Evidence {
  right: RightLabel;
  field: 'subject' | 'body';
  /**
   * Character span [start, end) in the subject, or in the body after conversion to plain text
   * (`emailBodyToText` in this folder), so a screen can highlight it in that same text.
   */
  start: number;
  end: number;
  /** The deciding words, verbatim. */
  text: string;
}

export interface Classification {
  isPrivacyRequest: boolean;
  rights: RightLabel[];
  language: DetectedLanguage;
  /** 0..1 */
  confidence: number;
  /** True when a person should look before trusting the result (weak or conflicting signals). */
  needsReview: boolean;
  evidence: Evidence[];
  /** True when the body was longer than the examined cap; only the first `examinedChars` were read. */
  truncated: boolean;
  examinedChars: number;
  /** True when the mail says it is an automatic reply (out of office, auto-reply): never a request. */
  isAutoReply?: boolean;
  /**
   * True when a business customer passes on a request of someone it serves and asks us to act on it, as its
   * processor: "Een oud-medewerker van ons wil haar gegevens; kunnen jullie haar mailbox exporteren?".
   */
  isPassedOnByCustomer?: boolean;
  /**
   * True when the trained request model, not the rules, found the request (the rules saw none): the
   * evidence is then the word n-grams that weighed most, and `needsReview` is always true.
   */
  isModelDecision?: boolean;
  /**
   * True when the rules found a request but the trained models, weighed against them, found the mail
   * unlike one: it is then no request, `needsReview` is true and the evidence is what the rules found.
   */
  isSetAsideByModel?: boolean;
  /** Rights the rules missed and the trained right models are sure the mail asks (`weighWithRequestModel`); their evidence is the models' n-grams. */
  rightsAddedByModel?: RightLabel[];
  /** Rights the rules read but the trained right models are sure the mail does not ask; they are left out of `rights` and their evidence dropped. */
  rightsSetAsideByModel?: RightLabel[];
}
