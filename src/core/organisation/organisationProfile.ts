import type { RequestLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { LegalBasis } from './legalBasis.ts';

/**
 * A profile text that replies quote, written per language: `{ "nl": "...", "en": "..." }`. The
 * profile's `defaultLanguage` is always there; other languages are optional, and a reply in a
 * language the text lacks quotes the default language instead (`localiseText`).
 */
export type LocalisedText = Readonly<Partial<Record<RequestLanguage, string>>>;

/** The languages a profile writes its texts in. */
export interface ProfileLanguages {
  /** Every `LocalisedText` has this language; it stands in for a missing translation. */
  defaultLanguage: RequestLanguage;
  /** The languages texts may be written in, the default included; any other key is refused at load. */
  languages: readonly RequestLanguage[];
}

/** What the organisation does with personal data in one system when a right is exercised. */
export interface SystemHandling {
  /**
   * Steps for the handler, keyed by right, in the profile's `staffLanguage` (staff read them, not
   * requesters); absent = nothing to do in this system for that right.
   */
  steps: Partial<Record<RightLabel, string>>;
  /** Why data is kept despite an erasure request (e.g. fiscal retention), told to the requester. */
  erasureException?: LocalisedText;
  /**
   * Set when others hold this data (suppliers, processors): a request is passed on to them rather
   * than carried out here (GDPR Art. 19), and replies say so, naming them with this text.
   */
  forwardTo?: LocalisedText;
}

export interface ProcessingSystem {
  id: string;
  name: LocalisedText;
  /** What the system holds about a person; an access reply quotes it next to `retention`. */
  holds: LocalisedText;
  /** How long the system keeps it: the Art. 15(1)(d) answer for this system. */
  retention: LocalisedText;
  handling: SystemHandling;
}

/** Why the organisation processes personal data (Art. 15(1)(a)) and on which basis (Art. 6(1)). */
export interface ProcessingPurpose {
  description: LocalisedText;
  legalBasis: LegalBasis;
}

/** Targets the organisation sets itself, inside the legal deadline. */
export interface InternalTargets {
  /** Calendar days to handle an objection (privacy statement: two weeks). */
  objectionDays: number;
  /** Working days to process an unsubscribe; 0 = the same working day. */
  unsubscribeWorkingDays: number;
}

/** Reply text the organisation writes itself, keyed by template id and language. */
export type ReplyTemplateOverrides = Partial<Record<string, Partial<Record<RequestLanguage, { subject?: string; body?: string }>>>>;

/**
 * Everything Privacy Desk knows about the controller. Texts a reply quotes are `LocalisedText`;
 * texts only staff read (checklist steps, procedures) are written once, in `staffLanguage`.
 */
export interface OrganisationProfile extends ProfileLanguages {
  /** The language of checklist steps and procedures, and of profile texts shown to staff. */
  staffLanguage: RequestLanguage;
  name: string;
  address: { street: string; postalCode: string; city: string; country: string };
  phone: string;
  chamberOfCommerce?: string;
  website?: string;
  /**
   * The names the organisation's own newsletters go by ("Quality Update"): a reply under such a name
   * answers a mailing, so the classifier reads the name as a mailing list.
   */
  newsletterNames?: string[];
  mailboxes: string[];
  privacyContact: string;
  officeHours: LocalisedText;
  privacyStatement: { version: string; date: string; url?: string };
  supervisoryAuthority: { name: string; url: string };
  systems: ProcessingSystem[];
  /** Art. 15(1)(a): the purposes of processing, each with its legal basis. */
  purposes: ProcessingPurpose[];
  /** Art. 15(1)(b): the categories of personal data concerned. */
  dataCategories: LocalisedText[];
  /** Art. 15(1)(c): the recipients or categories of recipients. */
  recipients: LocalisedText[];
  /** Art. 15(1)(g): where the data comes from when not from the requester. */
  dataSource: LocalisedText;
  /** Art. 15(1)(h): automated decision-making and profiling, or that there is none. */
  automatedDecisions: LocalisedText;
  targets: InternalTargets;
  handlers: { id: string; name: string; email: string }[];
  /** Steps per right that belong to no single system (e.g. a breach assessment), in `staffLanguage`. */
  procedures?: Partial<Record<RightLabel, string[]>>;
  replyTemplates?: ReplyTemplateOverrides;
}
