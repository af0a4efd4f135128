import { buildCommonReplyValues } from './buildCommonReplyValues.ts';
import { findAccessValues } from './findAccessValues.ts';
import { findErasureValues } from './findErasureValues.ts';
import { findExtendedDeadline } from './findExtendedDeadline.ts';
import { findTemplateMismatch } from './findTemplateMismatch.ts';
import { formatReplyDate } from './formatReplyDate.ts';
import type { ReplyContext } from './replyContext.ts';
import { ReplyError } from './replyError.ts';
import type { ReplyLanguagePack } from './replyLanguagePack.ts';
import type { ReplyTemplateId } from './replyTemplateId.ts';
import type { ReplyValues } from './replyValue.ts';

/**
 * The values for every placeholder `templateId` may use, from the case, the profile and the staff's
 * inputs, in the pack's language; a profile text without a translation into that language is quoted
 * in the profile's default language. Throws a `ReplyError` when an input the law requires is missing
 * or the template does not fit the case (`findTemplateMismatch`).
 *
 * @example
 * buildReplyValues('acknowledgement', context, DUTCH_REPLIES).legalDeadline // '24 december 2026'
 */
export function buildReplyValues(templateId: ReplyTemplateId, context: ReplyContext, pack: ReplyLanguagePack): ReplyValues {
  const { privacyCase, profile, inputs = {} } = context;
  const mismatch = findTemplateMismatch(templateId, privacyCase);
  if (mismatch) throw new ReplyError(mismatch.code, mismatch.message);
  const common = buildCommonReplyValues(context, pack);
  const required = (value: string | undefined, what: string): string => {
    if (value === undefined || value.trim() === '') {
      throw new ReplyError('missing_input', `Fill in ${what} before rendering this reply for ${privacyCase.reference}.`);
    }
    return value.trim();
  };
  switch (templateId) {
    case 'acknowledgement': {
      const alsoReportsBreach = privacyCase.rightsInvoked.includes('breach_report');
      return { ...common, breachReportMention: alsoReportsBreach ? pack.breachReportMention : '' };
    }
    case 'identity_check': {
      const proofs = inputs.identityProof?.length ? inputs.identityProof : (['customer_details'] as const);
      const identityProof = [...new Set(proofs)].map((proof) => pack.identityProofs[proof]);
      return { ...common, identityProof, idCopyAdvice: proofs.includes('id_copy') ? pack.idCopyAdvice : '' };
    }
    case 'extension':
      return {
        ...common,
        extensionReasons: required(inputs.extensionReasons, 'the reasons for the extension'),
        extendedDeadline: formatReplyDate(findExtendedDeadline(privacyCase, context.today, inputs.newDeadline), pack.language),
      };
    case 'refusal':
      return { ...common, refusalReasons: required(inputs.refusalReasons, 'the reasons for the refusal') };
    case 'completion_access': {
      const facts = findAccessValues(profile, pack);
      return {
        ...common,
        ...facts,
        purposes: inputs.purposes?.trim() ? [inputs.purposes.trim()] : facts.purposes,
        dataSource: inputs.dataSource?.trim() || facts.dataSource,
        automatedDecisions: inputs.automatedDecisions?.trim() || facts.automatedDecisions,
      };
    }
    case 'completion_rectification':
      return { ...common, corrections: inputs.corrections ?? [] };
    case 'completion_erasure':
      return { ...common, ...findErasureValues(privacyCase, profile, pack) };
    case 'completion_portability':
      return { ...common, exportFormat: inputs.exportFormat?.trim() || pack.exportFormat };
    default:
      return common;
  }
}
