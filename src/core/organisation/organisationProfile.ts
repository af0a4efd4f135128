import type { RequestLanguage } from '../rights/language.ts';
import type { RightLabel } from '../rights/rightLabel.ts';

/** What the organisation does with personal data in one system when a right is exercised. */
export interface SystemHandling {
  /** Steps for the handler, keyed by right; absent = nothing to do in this system for that right. */
  steps: Partial<Record<RightLabel, string>>;
  /** Why data is kept despite an erasure request (e.g. fiscal retention), told to the requester. */
  erasureException?: string;
}

export interface ProcessingSystem {
  id: string;
  name: string;
  holds: string;
  retention: string;
  handling: SystemHandling;
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

export interface OrganisationProfile {
  name: string;
  address: { street: string; postalCode: string; city: string; country: string };
  phone: string;
  chamberOfCommerce?: string;
  website?: string;
  mailboxes: string[];
  privacyContact: string;
  officeHours: string;
  privacyStatement: { version: string; date: string; url?: string };
  supervisoryAuthority: { name: string; url: string };
  systems: ProcessingSystem[];
  targets: InternalTargets;
  handlers: { id: string; name: string; email: string }[];
  /** Steps per right that belong to no single system (e.g. the Art. 15 information, a breach assessment). */
  procedures?: Partial<Record<RightLabel, string[]>>;
  replyTemplates?: ReplyTemplateOverrides;
}
