import type { LegalBasis } from '../organisation/legalBasis.ts';
import type { RightLabel } from '../rights/rightLabel.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';

/**
 * Languages with a built-in set of reply templates. Adding one = one more module in `templates/`
 * and one more entry here and in `REPLY_LANGUAGE_PACKS`; nothing else changes.
 */
export const REPLY_LANGUAGES = ['nl', 'en'] as const;

export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/**
 * One template in one language. `body` is plain text with a small structure:
 * blocks are separated by a blank line; a line starting with `- ` is a list item; other lines are
 * text. `{{name}}` is replaced by a value; a block in which an optional placeholder
 * (`isOptionalPlaceholder`) is empty is left out, which is how optional parts (an ID-copy advice, a
 * staff note) appear only when they apply. An empty required placeholder is an error, never a gap.
 */
export interface ReplyTemplateText {
  /** Shown in the template picker. */
  title: string;
  subject: string;
  body: string;
}

/** What staff may ask a requester to prove their identity; ask only what is needed. */
export type IdentityProof = 'known_email_address' | 'customer_details' | 'id_copy';

/** Everything language-specific about replies: words, default explanations and the templates. */
export interface ReplyLanguagePack {
  language: ReplyLanguage;
  /** January first; dates read "24 December 2026". */
  monthNames: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  /** Joins the last two items of an enumeration: "access and erasure". */
  and: string;
  /** Stands in for the requester's name when the email gave none. */
  anonymousRequester: string;
  /** Signs a reply when no handler is assigned to the case. */
  teamSignature: string;
  /** Each right with its article, as the requester reads it after "an exercise of". */
  rightNames: Readonly<Record<RightLabel, string>>;
  identityProofs: Readonly<Record<IdentityProof, string>>;
  /** The Autoriteit Persoonsgegevens' advice to black out photo and BSN on an ID copy. */
  idCopyAdvice: string;
  /** Each lawful basis of Art. 6(1), following a purpose in an access reply: "– grondslag: ...". */
  legalBasisNames: Readonly<Record<LegalBasis, string>>;
  exportFormat: string;
  /** Opens the acknowledgement's paragraph on a breach report made along with a right. */
  breachReportMention: string;
  /** An erasure answer when every erasure step was waived: there was nothing to erase. */
  nothingErased: string;
  templates: Readonly<Record<ReplyTemplateId, ReplyTemplateText>>;
}
