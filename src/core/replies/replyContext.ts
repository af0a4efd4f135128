import type { CalendarDate } from '../calendar/legalDeadline.ts';
import type { PrivacyCase } from '../cases/privacyCase.ts';
import type { OrganisationProfile } from '../organisation/organisationProfile.ts';
import type { DetectedLanguage } from '../rights/language.ts';
import type { IdentityProof } from './replyLanguagePack.ts';

/** What staff add to one reply; which fields a template needs is said per field. */
export interface ReplyInputs {
  /** identity_check: what to ask for; default only the customer number or an invoice number. */
  identityProof?: readonly IdentityProof[];
  /** extension (required): why more time is needed. */
  extensionReasons?: string;
  /** extension: the extended deadline; default the case's deadline once it has been extended. */
  newDeadline?: CalendarDate;
  /** refusal (required): why the request is refused. */
  refusalReasons?: string;
  /** completion_rectification: what was corrected, one line each. */
  corrections?: readonly string[];
  /** completion_portability: the file formats sent; default "CSV and JSON". */
  exportFormat?: string;
  /** completion_access: replace, for this reply only, the profile's Art. 15(1)(a), (g) and (h) texts. */
  purposes?: string;
  dataSource?: string;
  automatedDecisions?: string;
  /** Any template: a paragraph from the handler, shown above the closing lines. */
  staffNote?: string;
}

/** Everything `renderReply` reads: the case, the organisation and today's date. */
export interface ReplyContext {
  privacyCase: PrivacyCase;
  profile: OrganisationProfile;
  /** Today on the Europe/Amsterdam calendar; passed in so replies never read the clock. */
  today: CalendarDate;
  /** Switches the reply language; default the case's language (German, French, unknown → English). */
  language?: DetectedLanguage;
  /** Who signs; default the case's handler from the profile, else the language's team signature. */
  signedBy?: string;
  inputs?: ReplyInputs;
}
